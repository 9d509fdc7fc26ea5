/**
 * The restore job: puts back the signature each released address had before Autograph first wrote it
 * (core/signatures/originals.ts), or leaves the current one, as the admin chose on disconnect or per employee.
 * It runs as a stage — alone in a `disconnect`/`release` run, and last in every nightly run for employees whose
 * management was stopped since — so it has the runner's continuations, lease and cut-off safety.
 *
 * Exactly once, whatever cuts an execution off (the standard of core/signatures/apply.ts):
 *   1. a row is marked `sending` and saved BEFORE its restore is sent;
 *   2. Gmail's answer makes it `restored` (or `waiting` again after a 429, which certainly did not land);
 *   3. a row found `sending` is read from Gmail first: if Gmail already holds the original it is recorded as
 *      restored without writing again; otherwise it is sent.
 * Never restored: an original over Gmail's 10,000 characters, an address without a kept original, or one Gmail
 * refuses (400) — each listed with the reason.
 */
import { signatureFingerprint } from '../core/signatures/html-policy';
import { restoreVerdict } from '../core/signatures/originals';
import { linkage, readMailboxes, type SignatureWriter } from '../core/signatures/apply';
import type { AddressState, AuditEntry } from '../core/signatures/types';
import { SheetSignatureStore } from '../adapters/signature-store';
import { isOpen, ReleaseTable, type Release } from '../adapters/release-store';
import { stageWriter } from './signature-stage';
import type { Budget, NightlyStage, StageContext, StageResult } from './stage';

/** Restores per Gmail batch: each costs two saves of the release sheet. */
const CHUNK = 50;
/** Passes over the open rows per execution (429s send rows back to `waiting`; the writer backs off in between). */
const MAX_PASSES = 6;

const NO_WRITER = {
  reason: 'no service account is connected, so Autograph cannot write other people’s Gmail',
  fix: 'connect the service account (Autograph › Connection) and stop managing again, or the employee sets their signature in Gmail',
};

interface Tally {
  restored: number;
  notRestored: number;
}

export const releaseStage: NightlyStage = {
  name: 'releases',
  run(ctx: StageContext, budget: Budget): StageResult {
    const releases = new ReleaseTable(ctx.store.spreadsheet);
    let open = releases.all().filter(isOpen);
    if (open.length === 0) return 'done';
    const tally: Tally = { restored: 0, notRestored: 0 };
    const writer = stageWriter(ctx, budget);
    if (!writer) {
      releases.save(open.map((r) => ({ ...r, state: 'not_restored', ...NO_WRITER, doneAt: ctx.now() })));
      ctx.record({ changes: `signatures released: ${open.length} not restored (${NO_WRITER.reason})` });
      return 'done';
    }
    const sigs = new SheetSignatureStore(ctx.store.spreadsheet);
    for (let pass = 0; pass < MAX_PASSES && open.length > 0 && !budget.exhausted(); pass++) {
      for (let i = 0; i < open.length && !budget.exhausted(); i += CHUNK) {
        restoreChunk(open.slice(i, i + CHUNK), writer, sigs, releases, ctx, budget, tally);
      }
      open = releases.all().filter(isOpen);
    }
    if (tally.restored || tally.notRestored) {
      ctx.record({ changes: `signatures released: ${tally.restored} restored, ${tally.notRestored} not restored (see errors)`, failed: tally.notRestored });
    }
    ctx.progress('Restoring signatures', releases.all().filter((r) => !isOpen(r)).length, releases.all().length);
    return open.length > 0 ? 'more' : 'done';
  },
};

function restoreChunk(chunk: Release[], writer: SignatureWriter, sigs: SheetSignatureStore, releases: ReleaseTable, ctx: StageContext, budget: Budget, tally: Tally): void {
  const states = sigs.addressStates([...new Set(chunk.map((r) => r.user))]);
  const done: Release[] = [];
  const stateChanges: AddressState[] = [];
  const audit: AuditEntry[] = [];
  const finish = (r: Release, state: Release['state'], reason = '', fix = '') => {
    done.push({ ...r, state, reason, fix, doneAt: ctx.now() });
    if (state === 'restored') tally.restored++;
    if (state === 'not_restored') {
      tally.notRestored++;
      ctx.reportErrors([{ email: r.address, field: 'signature', message: `Signature from before Autograph not restored: ${reason}`, fix }]);
    }
  };
  const restored = (r: Release, s: AddressState, stored: string) => {
    finish(r, 'restored');
    stateChanges.push({
      ...s, sentHash: '', pendingHash: '', storedHtml: stored, status: 'paused', lastWrittenAt: ctx.now(),
      reason: 'Autograph no longer manages this signature: the one from before Autograph was put back', fix: '',
    });
    audit.push({ at: ctx.now(), address: r.address, employeeId: r.employeeId, before: s.storedHtml, after: stored, templateId: '', campaignId: '', cause: causeOf(r), why: 'signature from before Autograph restored' });
  };

  // A row left `sending` by a cut-off: does Gmail already hold the original? Then record it, do not send again.
  const unsure = chunk.filter((r) => r.state === 'sending');
  const seen = unsure.length ? readMailboxes(writer, [...new Set(unsure.map((r) => r.user))], 100, () => budget.exhausted()) : new Map();
  const toSend: Array<{ r: Release; s: AddressState; html: string }> = [];
  for (const r of chunk) {
    const s = states.get(r.address);
    if (!s) {
      finish(r, 'not_restored', 'Autograph has no record of this address', 'the employee sets their signature in Gmail');
      continue;
    }
    const verdict = restoreVerdict(s);
    if (!verdict.ok) {
      finish(r, 'not_restored', verdict.reason, verdict.fix);
      continue;
    }
    if (r.state === 'sending') {
      const o = seen.get(r.user);
      if (!o) continue; // Gmail could not be read now: decided in the next pass or execution, never sent blind.
      if (!o.ok) {
        finish(r, 'not_restored', o.reason, o.fix);
        continue;
      }
      const entry = o.entries.find((x: { sendAsEmail: string }) => x.sendAsEmail.toLowerCase() === r.address);
      if (!entry) {
        finish(r, 'not_restored', 'no longer a send-as address in Gmail', 'nothing to do');
        continue;
      }
      if (signatureFingerprint(entry.signature) === signatureFingerprint(verdict.html)) {
        restored(r, s, entry.signature);
        continue;
      }
    }
    toSend.push({ r, s, html: verdict.html });
  }
  // Marked before sending (step 1), in one save.
  releases.save(toSend.map((x) => ({ ...x.r, state: 'sending' })));
  const results = toSend.length ? writer.patchSignatures(toSend.map((x) => ({ user: x.r.user, sendAsEmail: x.r.address, signature: x.html }))) : [];
  const again: Release[] = [];
  toSend.forEach((x, k) => {
    const res = results[k];
    if (res && res.ok) return restored(x.r, x.s, res.value.signature);
    const error = res && !res.ok ? res.error : { kind: 'transient' as const, message: 'no answer for this write' };
    if (error.kind === 'rate_limited') again.push({ ...x.r, state: 'waiting' });
    else if (error.kind === 'transient' || error.kind === 'deadline') return; // might have landed: stays `sending`
    else if (error.kind === 'too_long' || error.kind === 'invalid') finish(x.r, 'not_restored', `Gmail refused the signature from before Autograph: ${error.message}`, 'the employee sets their signature in Gmail › Settings › Signature');
    else {
      const l = linkage(error);
      finish(x.r, 'not_restored', l.reason, l.fix);
    }
  });
  releases.save([...done, ...again]);
  sigs.saveAddressStates(stateChanges);
  sigs.appendAudit(audit);
}

function causeOf(r: Release): string {
  return r.scope === 'disconnect' ? `disconnect by ${r.by}` : `stopped managing the employee's signature, by ${r.by}`;
}
