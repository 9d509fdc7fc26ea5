/**
 * The signatures stage of a run, after the directory stage brought employees up to date: render every synced
 * employee's signature and write the differences into Gmail through the service account.
 *
 * - Resumable: employees are taken in a fixed order (by email) in slices; the checkpoint holds the run's start
 *   time `at` and the slice reached. Each slice is idempotent (see core/signatures/apply.ts), so an execution cut
 *   off mid-slice repeats no write that reached Gmail and loses none.
 * - One instant per run: campaign windows and `{{year}}` are evaluated at `at`, the run's start, in every
 *   execution of the run.
 * - Budgeted: a slice stops when the execution's budget is spent and the next execution resumes it.
 * - "Apply now" for a department or everyone queues a request; the next run (started by the card) takes it and
 *   writes over employees' own edits in that scope.
 */
import { runSignatureSlice, writtenSince, type SliceReport } from '../core/signatures/run';
import { describeCause, type AddressState, type AuditCause } from '../core/signatures/types';
import type { Employee } from '../core/directory/employee';
import { departmentKey } from '../core/directory/departments';
import { tenantKey } from '../core/tenant';
import { SheetSignatureStore } from '../adapters/signature-store';
import { readEditOverlay } from '../adapters/edit-request-store';
import { publishSignatures } from '../adapters/published-signatures';
import { membershipGate } from '../adapters/membership';
import type { OwnCopy } from '../core/signatures/own-copy';
import { isWritable, signatureRenderer } from '../core/signatures/plan';
import { DelegatedSignatureWriter } from '../adapters/gmail-signature-writer';
import { activeConnection } from '../adapters/service-account/connection';
import { scriptProperties } from '../adapters/store/registry';
import { linkage, type SignatureWriter } from '../core/signatures/apply';
import type { Budget, NightlyStage, StageContext, StageResult } from './stage';
import { employeesFrom } from './signature-order';
import { forgetAdminEvent, notifyAdmins } from '../adapters/mail-admins';
import { connectionLost, connectionLostEvent } from '../core/admin-mail-events';

/**
 * Employees per slice: one plan and one checkpoint. Writes go out in chunks of WRITE_CHUNK, each costing two state
 * saves (pending, then what Gmail stored) and one audit append: large chunks keep the spreadsheet's ~100 ms per call
 * off the per-mailbox cost, and the delegated client still sends them in Gmail batches of 50.
 */
export const SIGNATURE_SLICE = 2000;
export const WRITE_CHUNK = 1000;
/** Share of the remaining budget kept back for saving state after the last Gmail wave (at most 15 s). */
const SAVE_RESERVE_SHARE = 0.2;
const SAVE_RESERVE_MAX_MS = 15_000;

/** What "Apply now" asked for, waiting for the next run. */
export interface ApplyRequest {
  scope: { kind: 'everyone' } | { kind: 'department'; department: string };
  by: string;
  at: number;
}

export interface SignatureCheckpoint {
  /** The run's start: campaigns and dates are evaluated at this instant for the whole run. */
  at: number;
  cursor: number;
  total: number;
  /** Writes Gmail answered, as this execution's slices counted them (progress only: the summary reads the store). */
  written: number;
  /** Of those, writes an earlier execution sent and a read of Gmail confirmed (not sent again). */
  confirmed?: number;
  refused: number;
  failed: number;
  reads: number;
  request: ApplyRequest | null;
  /** Employees' sealed own copies ("My signature", compose) are up to date for this run. */
  published?: boolean;
}

const requestKey = (cid: string) => tenantKey(cid, 'signatures:apply');

/**
 * At most how many signatures a run handed to the background has still to write, without reading a sheet: the
 * employees the stage has not taken yet once it started (its checkpoint), else the directory users the directory
 * stage brought up to date this run. Both are upper bounds: users without Gmail, paused or refused ones get none, and
 * a nightly run writes only what changed. undefined when neither is known yet.
 */
export function signaturesLeft(ctx: Pick<StageContext, 'checkpoint'>, directoryUsersSeen: number): number | undefined {
  const cp = ctx.checkpoint<SignatureCheckpoint>();
  if (cp) return Math.max(0, cp.total - cp.cursor);
  return directoryUsersSeen > 0 ? directoryUsersSeen : undefined;
}

export function queueApplyRequest(customerId: string, request: ApplyRequest): void {
  scriptProperties().setProperty(requestKey(customerId), JSON.stringify(request));
}

export function pendingApplyRequest(customerId: string): ApplyRequest | null {
  const raw = scriptProperties().getProperty(requestKey(customerId));
  return raw ? (JSON.parse(raw) as ApplyRequest) : null;
}

let writerFactory: ((ctx: StageContext, budget: Budget) => SignatureWriter | null) | null = null;

/** Tests and the bench hand in their own writer. */
export function useSignatureWriter(factory: ((ctx: StageContext, budget: Budget) => SignatureWriter | null) | null): void {
  writerFactory = factory;
}

/** The writer a stage uses for other people's Gmail (null: no service account is connected). */
export function stageWriter(ctx: StageContext, budget: Budget): SignatureWriter | null {
  return (writerFactory ?? delegatedWriter)(ctx, budget);
}

function delegatedWriter(ctx: StageContext, budget: Budget): SignatureWriter | null {
  const conn = activeConnection(ctx.store);
  if (!conn) return null;
  return new DelegatedSignatureWriter(() => ({
    key: conn.key,
    gate: conn.gate,
    fix: conn.fix,
    deadline: Date.now() + Math.max(0, budget.remainingMs() - Math.min(SAVE_RESERVE_MAX_MS, budget.remainingMs() * SAVE_RESERVE_SHARE)),
  }));
}

/** Employees an Apply now request forces (its scope); the dry run splits slices the same way. */
export function inScope(e: Employee, r: ApplyRequest | null): boolean {
  if (!r) return false;
  return r.scope.kind === 'everyone' || departmentKey(e.department) === departmentKey(r.scope.department);
}

export const signatureStage: NightlyStage = {
  name: 'signatures',
  run(ctx: StageContext, budget: Budget): StageResult {
    const writer = stageWriter(ctx, budget);
    const sigs = new SheetSignatureStore(ctx.store.spreadsheet);
    let cp = ctx.checkpoint<SignatureCheckpoint>();
    // A continuing execution reads only the employees its run has not taken yet, when it can (signature-order.ts).
    const list = employeesFrom(ctx.store, cp?.cursor ?? 0, cp?.total ?? null);
    const total = list.total;
    if (!cp) {
      const request = pendingApplyRequest(ctx.tenant.customerId);
      if (request) scriptProperties().deleteProperty(requestKey(ctx.tenant.customerId));
      cp = { at: ctx.now(), cursor: 0, total, written: 0, refused: 0, failed: 0, reads: 0, request };
      ctx.saveCheckpoint(cp);
    }
    const templates = sigs.templates();
    const assignments = sigs.assignments();
    if (templates.length === 0 || assignments.length === 0) {
      ctx.record({ changes: 'signatures: no template assigned yet' });
      ctx.saveCheckpoint(null);
      return 'done';
    }
    const campaigns = sigs.campaigns();
    const departmentBanners = sigs.departmentBanners();
    const settings = sigs.settings();
    const edits = readEditOverlay(ctx.store);
    const cause: AuditCause = cp.request ? { kind: 'apply_now', by: cp.request.by, scope: describeScope(cp.request) } : { kind: 'nightly' };

    if (!writer && cp.cursor < total) {
      // Nothing can write other people's Gmail: publish only, so employees apply their own.
      ctx.record({ changes: 'signatures not written: no service account is connected (employees apply their own from Autograph in Gmail)' });
      cp.cursor = total;
    }
    // Employees of whole slices this execution finished: what an execution can do, for the estimate of the end.
    let handled = 0;
    while (writer && cp.cursor < total) {
      if (budget.exhausted()) break;
      const slice = list.employees.slice(cp.cursor - list.from, cp.cursor - list.from + SIGNATURE_SLICE);
      const forced = slice.filter((e) => inScope(e, cp!.request));
      const regular = slice.filter((e) => !inScope(e, cp!.request));
      const base = {
        templates, assignments, campaigns, departmentBanners, edits, at: cp.at, timeZone: settings.timeZone,
        writer, store: sigs, now: ctx.now, outOfTime: () => budget.exhausted(),
        verifyAfterMs: settings.verifyAfterDays * 86_400_000, chunkSize: WRITE_CHUNK,
      };
      const reports: SliceReport[] = [];
      if (regular.length) reports.push(runSignatureSlice({ ...base, employees: regular, cause: { kind: 'nightly' } }));
      if (forced.length) reports.push(runSignatureSlice({ ...base, employees: forced, force: true, cause }));
      for (const r of reports) {
        ctx.reportErrors([
          ...r.refusals.map((x) => ({ email: x.address, field: 'signature', message: `Signature refused: ${x.reason}`, fix: x.fix })),
          ...r.failures
            .filter((f) => f.kind !== 'rate_limited' && f.kind !== 'transient')
            .map((f) => ({ email: f.address, field: 'signature', message: `Signature not written: ${f.message}`, fix: linkage(f).fix })),
        ]);
        cp.written += r.written + r.confirmed;
        cp.confirmed = (cp.confirmed ?? 0) + r.confirmed;
        cp.refused += r.refused;
        cp.failed += r.failed;
        cp.reads += r.reads;
      }
      const deferred = reports.reduce((n, r) => n + r.deferred, 0);
      // A slice cut short is taken again from its start (its finished writes then only confirmed); it is not counted:
      // only whole slices say what an execution does.
      if (deferred > 0) break;
      cp.cursor += slice.length;
      handled += slice.length;
      ctx.progress('Writing signatures', cp.cursor, total, handled);
      ctx.saveCheckpoint(cp);
    }
    ctx.saveCheckpoint(cp);
    if (cp.cursor < total) {
      ctx.log(`signatures: ${cp.cursor} of ${total} employees done; continuing in the next execution`);
      return 'more';
    }
    if (!cp.published) {
      if (budget.exhausted()) return 'more';
      const employees = list.from === 0 ? list.employees : employeesFrom(ctx.store, 0, null).employees;
      const render = signatureRenderer({ templates, assignments, campaigns, departmentBanners, edits, at: cp.at, timeZone: settings.timeZone });
      // Each copy says whether Gmail already holds it (what Gmail stored after Autograph sent exactly this HTML).
      const states = sigs.addressStates();
      const copies: OwnCopy[] = [];
      for (const e of employees) {
        if (!isWritable(e)) continue;
        const r = render(e);
        if (!r.template || r.refusal) continue;
        const st = states.get(e.primaryEmail.toLowerCase());
        const gmailHtml = writer && st && st.sentHash === r.hash ? st.storedHtml : '';
        // With a service account Gmail is the employee's copy: no employee is given the file, and an admin's My
        // signature compares Gmail with the store. A sealed copy is kept only while Gmail does not hold the signature
        // (at 49,250 employees sealing every one cost a key derivation each and a 49,250-row sheet).
        if (writer && gmailHtml) continue;
        const fields = edits.unlocked[r.templateId] ?? [];
        copies.push({
          email: e.primaryEmail, html: r.html, length: r.length, rule: r.rule, updatedAt: cp.at, writer: writer ? 'service-account' : 'self-service', gmailHtml,
          ...(fields.length ? { editable: { templateId: r.templateId, fields: [...fields] } } : {}),
        });
      }
      // Only employees who apply their own signature need to open the file.
      // Sharing is acting on an address: only employees the tenant's Directory confirms now become viewers.
      const wanted = writer ? [] : copies.map((c) => c.email);
      const confirmed = wanted.length ? membershipGate(ctx.tenant.customerId).check(wanted) : new Map<string, string>();
      const readers = wanted.filter((e) => confirmed.get(e.toLowerCase()) === 'member');
      const pub = publishSignatures(ctx.store, copies, readers);
      ctx.log(`signatures: sealed copies for ${copies.length} employees (${pub.written} rows changed, shared with ${pub.sharedWith} more${pub.removedClearText ? ', clear-text sheet of an earlier version deleted' : ''})`);
      cp.published = true;
      ctx.saveCheckpoint(cp);
    }
    if (writer) {
      const states = [...sigs.addressStates().values()];
      reportConnection(ctx, states);
      // What the summary states is what the store verified: addresses whose write Gmail answered (or a read
      // confirmed) in this run, with Gmail's stored copy kept. The checkpoint's running count misses the writes of
      // an execution cut off between saving them and saving the checkpoint (test/signatures/run-summary.test.ts).
      const written = writtenSince(states, cp.at);
      const confirmed = cp.confirmed ? `; ${cp.confirmed} of them sent by an execution that was cut short and found in Gmail by a read, not sent again` : '';
      ctx.record({
        changes: `signatures: ${written} written (Gmail answered each and its stored copy is kept${confirmed}), ${cp.refused} refused, ${cp.failed} failed (retried next run)${cp.request ? ` — ${describeCause(cause)}` : ''}`,
        failed: cp.failed + cp.refused,
      });
    }
    ctx.saveCheckpoint(null);
    return 'done';
  },
};

/** Many addresses unauthorized at once: the admins are emailed once, until the connection is back. */
function reportConnection(ctx: StageContext, states: AddressState[]): void {
  const lost = states.filter((s) => s.status === 'unauthorized').map((s) => s.address);
  const ss = ctx.store.spreadsheet;
  if (connectionLost(lost.length, states.length)) notifyAdmins(ss, connectionLostEvent(ctx.tenant.primaryDomain, ctx.now(), lost, states.length), ctx.now());
  else forgetAdminEvent(ss, 'connectionLost', 'ongoing');
}

function describeScope(r: ApplyRequest): string {
  return r.scope.kind === 'everyone' ? 'everyone' : `department ${r.scope.department}`;
}
