/**
 * Carries out a write plan through a `SignatureWriter` (the delegated Gmail client, or the user's own Gmail),
 * recording every outcome in the `SignatureStateStore` as it goes, so that a run cut off at any point loses no
 * write and repeats none that succeeded:
 *   1. before a chunk is sent, each address is marked `pendingHash` and saved;
 *   2. the chunk is sent; each success saves `sentHash` + Gmail's stored HTML and clears `pendingHash`;
 *   3. a run that finds `pendingHash` still set reads that mailbox first (planSignatureReads) and, when Gmail
 *      already holds the signature, records it without writing again (plan action `confirmed`).
 * Rate-limited and transient failures stay unwritten (`sentHash` unchanged), so the next slice or run plans them
 * again. The writer does its own batching and back-off; this loop only decides what to send and when to stop.
 */
import type { Observation, PlanItem, SendAsEntry, SignaturePlan } from './plan';
import type { AddressState, AuditCause, AuditEntry, LinkageStatus } from './types';
import { describeCause } from './types';
import { keepOriginal } from './originals';

/** Why Gmail refused a call, as the writer classifies it (gmail/api/guides/handle-errors). */
/** `deadline`: the writer stopped before this call finished (the execution's time ran out); it may have been sent. */
export type WriteFailureKind = 'deadline' | 'rate_limited' | 'transient' | 'not_found' | 'no_mailbox' | 'unauthorized' | 'api_disabled' | 'too_long' | 'invalid' | 'other';

export interface WriteFailure {
  kind: WriteFailureKind;
  message: string;
  /** The fix when the writer knows a better one than the generic text (e.g. the delegation verdict's). */
  fix?: string;
}

export type WriterResult<T> = { ok: true; value: T } | { ok: false; error: WriteFailure };

export interface SignatureWrite {
  user: string;
  sendAsEmail: string;
  signature: string;
}

/**
 * The port the Gmail side satisfies: read the send-as list of many mailboxes, patch many signatures. Results come
 * back in request order. Implementations batch, mint per-user tokens and back off on 429/5xx themselves.
 */
export interface SignatureWriter {
  listSendAs(users: string[]): Array<WriterResult<SendAsEntry[]>>;
  patchSignatures(writes: SignatureWrite[]): Array<WriterResult<SendAsEntry>>;
}

/** Where per-address state and the audit log live (the tenant store, or memory in tests). */
export interface SignatureStateStore {
  /** Per-address state by address; only the given mailboxes' addresses when `users` is given. */
  addressStates(users?: string[]): Map<string, AddressState>;
  saveAddressStates(states: AddressState[]): void;
  appendAudit(entries: AuditEntry[]): void;
}

export interface ApplyOptions {
  cause: AuditCause;
  now: () => number;
  /** True when the execution should stop and leave the rest to the next one (time budget). */
  outOfTime: () => boolean;
  /** Writes per chunk; each chunk costs two state saves. */
  chunkSize?: number;
}

export interface ApplyReport {
  written: number;
  confirmed: number;
  failed: number;
  /** Planned writes not attempted because time ran out; they are planned again next time. */
  deferred: number;
  refused: number;
  failures: Array<{ address: string; kind: WriteFailureKind; message: string }>;
  /** Addresses refused this time (too long, …), with the reason and the fix, for the run's error list. */
  refusals: Array<{ address: string; reason: string; fix: string }>;
}

/** Reads the mailboxes a plan needs, turning failures into observations the plan shows. */
export function readMailboxes(
  writer: SignatureWriter,
  users: string[],
  chunkSize = 100,
  outOfTime: () => boolean = () => false,
  /** Filled with the users the execution ran out of time to read (not reached, or cut by the deadline). */
  unreached: string[] = [],
): Map<string, Observation> {
  const out = new Map<string, Observation>();
  let i = 0;
  for (; i < users.length && !outOfTime(); i += chunkSize) {
    const chunk = users.slice(i, i + chunkSize);
    const results = writer.listSendAs(chunk);
    chunk.forEach((user, k) => {
      const r = results[k];
      if (!r) return;
      if (r.ok) out.set(user, { ok: true, entries: r.value });
      else if (r.error.kind === 'deadline') unreached.push(user);
      else if (r.error.kind !== 'rate_limited' && r.error.kind !== 'transient') out.set(user, { ok: false, ...linkage(r.error) });
    });
  }
  unreached.push(...users.slice(i));
  return out;
}

export function applySignaturePlan(plan: SignaturePlan, writer: SignatureWriter, store: SignatureStateStore, opts: ApplyOptions): ApplyReport {
  const report: ApplyReport = { written: 0, confirmed: 0, failed: 0, deferred: 0, refused: 0, failures: [], refusals: [] };
  const states = store.addressStates([...new Set(plan.items.map((i) => i.user))]);
  const cause = describeCause(opts.cause);
  const chunkSize = opts.chunkSize ?? 50;

  // Outcomes that need no call: statuses for the card, confirmations of interrupted writes.
  const quiet: AddressState[] = [];
  const audit: AuditEntry[] = [];
  for (const item of plan.items) {
    if (item.action === 'write') continue;
    const s = stateFor(states, item);
    const next = { ...s };
    switch (item.action) {
      case 'confirmed':
        Object.assign(next, { sentHash: item.hash, storedHtml: item.before, pendingHash: '', lastWrittenAt: opts.now(), lastVerifiedAt: opts.now(), status: 'ok', reason: '', fix: '' });
        audit.push(auditEntry(item, s.storedHtml, item.before, opts.now(), cause));
        report.confirmed++;
        break;
      case 'unchanged':
        Object.assign(next, { status: 'ok', reason: '', fix: '', pendingHash: '' });
        if (item.readNow && item.before === s.storedHtml) next.lastVerifiedAt = Math.max(s.lastVerifiedAt, plan.at);
        break;
      case 'edited':
        Object.assign(next, { status: 'edited_in_gmail', reason: item.why, fix: item.fix, lastVerifiedAt: plan.at, storedHtml: s.storedHtml });
        break;
      case 'refused':
        Object.assign(next, { status: 'refused', reason: item.why, fix: item.fix });
        report.refused++;
        report.refusals.push({ address: item.address, reason: item.why, fix: item.fix });
        break;
      case 'unreadable':
        // Keep what the read showed (no mailbox, not authorised): the employee's state and the Connection card use it.
        Object.assign(next, { status: item.observed ?? 'error', reason: item.why, fix: item.fix });
        break;
      case 'paused':
      case 'no_template':
        Object.assign(next, { status: item.action, reason: item.why, fix: item.fix });
        break;
    }
    if (changed(s, next)) quiet.push(next);
  }
  if (quiet.length > 0) store.saveAddressStates(quiet);
  if (audit.length > 0) store.appendAudit(audit);

  const writes = plan.items.filter((i) => i.action === 'write');
  for (let i = 0; i < writes.length; i += chunkSize) {
    if (opts.outOfTime()) {
      report.deferred += writes.length - i;
      break;
    }
    const chunk = writes.slice(i, i + chunkSize);
    const before = chunk.map((item) => stateFor(states, item));
    // The original is kept in the same save as the mark, before anything is sent (originals.ts).
    const marked = before.map((s, k) => ({ ...keepOriginal(s, chunk[k].readNow ? chunk[k].before : undefined, opts.now()), pendingHash: chunk[k].hash }));
    store.saveAddressStates(marked);
    const results = writer.patchSignatures(chunk.map((item) => ({ user: item.user, sendAsEmail: item.address, signature: item.html })));
    const after: AddressState[] = [];
    const entries: AuditEntry[] = [];
    chunk.forEach((item, k) => {
      const s = marked[k];
      const r = results[k];
      if (r && r.ok) {
        const stored = r.value.signature;
        after.push({ ...s, templateId: item.templateId, campaignId: item.campaignId, sentHash: item.hash, storedHtml: stored, pendingHash: '', lastWrittenAt: opts.now(), lastVerifiedAt: opts.now(), status: 'ok', reason: '', fix: '' });
        entries.push(auditEntry(item, item.before, stored, opts.now(), cause));
        report.written++;
        return;
      }
      const error: WriteFailure = r && !r.ok ? r.error : { kind: 'transient', message: 'no answer for this write' };
      if (error.kind === 'deadline') {
        // Out of time, not a failure: planned again by the next execution, after reading the mailbox.
        after.push({ ...s, pendingHash: item.hash });
        report.deferred++;
        return;
      }
      // 429 and bad requests certainly did not land; a 5xx or a lost answer might have: keep pendingHash so
      // the next run reads the mailbox before deciding.
      const mightHaveLanded = error.kind === 'transient';
      after.push({ ...s, pendingHash: mightHaveLanded ? item.hash : '', ...linkage(error) });
      report.failed++;
      report.failures.push({ address: item.address, kind: error.kind, message: error.message });
    });
    store.saveAddressStates(after);
    if (entries.length > 0) store.appendAudit(entries);
    for (const s of after) states.set(s.address, s);
  }
  return report;
}

function stateFor(states: Map<string, AddressState>, item: PlanItem): AddressState {
  return (
    states.get(item.address) ?? {
      address: item.address,
      user: item.user,
      employeeId: item.employeeId,
      sentHash: '',
      storedHtml: '',
      pendingHash: '',
      templateId: item.templateId,
      campaignId: item.campaignId,
      lastWrittenAt: 0,
      lastVerifiedAt: 0,
      status: 'pending',
      reason: '',
      fix: '',
    }
  );
}

function changed(a: AddressState, b: AddressState): boolean {
  return (Object.keys(b) as Array<keyof AddressState>).some((k) => a[k] !== b[k]);
}

function auditEntry(item: PlanItem, before: string, after: string, at: number, cause: string): AuditEntry {
  return { at, address: item.address, employeeId: item.employeeId, before, after, templateId: item.templateId, campaignId: item.campaignId, cause, why: item.why };
}

/** The linkage status, reason and fix an employee card shows for a failure. */
export function linkage(error: WriteFailure): { status: LinkageStatus; reason: string; fix: string } {
  const generic = genericLinkage(error);
  return error.fix ? { ...generic, fix: error.fix } : generic;
}

function genericLinkage(error: WriteFailure): { status: LinkageStatus; reason: string; fix: string } {
  switch (error.kind) {
    case 'deadline':
      return { status: 'pending', reason: 'not finished before the execution’s time ran out', fix: 'nothing to do: the next execution continues' };
    case 'rate_limited':
      return { status: 'pending', reason: `Gmail asked to slow down: ${error.message}`, fix: 'nothing to do: the next run writes it' };
    case 'transient':
      return { status: 'pending', reason: `Gmail did not answer: ${error.message}`, fix: 'nothing to do: the next run checks and writes it' };
    case 'not_found':
      return { status: 'not_send_as', reason: `not a send-as address in Gmail: ${error.message}`, fix: 'add the alias as "Send mail as" in Gmail, or set the template to the primary address only' };
    case 'no_mailbox':
      return { status: 'no_mailbox', reason: `no Gmail mailbox: ${error.message}`, fix: 'assign a Workspace licence with Gmail to the user' };
    case 'unauthorized':
      return { status: 'unauthorized', reason: error.message, fix: 'check the service account’s domain-wide delegation (Admin console › Security › API controls) and its scopes' };
    case 'api_disabled':
      // Gmail refused for the whole project, not this user: "can't write to Gmail" with the project's fix.
      return { status: 'error', reason: error.message, fix: error.fix ?? 'enable the Gmail API in the service account\'s Cloud project' };
    case 'too_long':
      return { status: 'refused', reason: error.message, fix: 'shorten the template for this employee' };
    case 'invalid':
      return { status: 'error', reason: `Gmail refused the signature: ${error.message}`, fix: 'check the template for markup Gmail rejects' };
    default:
      return { status: 'error', reason: error.message, fix: 'try Apply now for this employee; if it persists, check the log' };
  }
}
