/**
 * One slice of signature work, as an execution does it: read the mailboxes the plan needs, plan, write. Safe to
 * repeat after a cut-off at any point (see apply.ts), and deterministic for a given run start `at`, so a run that
 * spans several executions gives every employee the same campaign and the same `{{year}}`.
 */
import { applySignaturePlan, readMailboxes, type ApplyOptions, type ApplyReport, type SignatureStateStore, type SignatureWriter } from './apply';
import type { AddressState } from './types';
import { planSignatureReads, planSignatureWrites, signatureRenderer, type PlanInput, type SignaturePlan } from './plan';

export interface SliceInput extends Omit<PlanInput, 'states'>, ApplyOptions {
  writer: SignatureWriter;
  store: SignatureStateStore;
}

export interface SliceReport extends ApplyReport {
  reads: number;
  plan: SignaturePlan['counts'];
}

/**
 * Reads, plans and writes the slice one write chunk of employees at a time: an execution cut off mid-slice then
 * leaves at most one chunk read and not written (its mailboxes are read again, with new tokens, next execution),
 * not the whole slice's reads done before its first write. Employees past the chunk the time ran out in are
 * left unread: `deferred` counts them, and the caller takes the slice again.
 */
export function runSignatureSlice(input: SliceInput): SliceReport {
  const chunk = Math.max(100, input.chunkSize ?? 0);
  if (input.employees.length <= chunk) return runSignatureChunk(input);
  let report: SliceReport | null = null;
  for (let i = 0; i < input.employees.length; i += chunk) {
    if (report && input.outOfTime()) return { ...report, deferred: report.deferred + input.employees.length - i };
    const part = runSignatureChunk({ ...input, employees: input.employees.slice(i, i + chunk) });
    report = report ? addReports(report, part) : part;
  }
  return report!;
}

function addReports(a: SliceReport, b: SliceReport): SliceReport {
  const plan = { ...a.plan };
  for (const k of Object.keys(b.plan) as Array<keyof SliceReport['plan']>) plan[k] = (plan[k] ?? 0) + b.plan[k];
  return {
    written: a.written + b.written,
    confirmed: a.confirmed + b.confirmed,
    failed: a.failed + b.failed,
    deferred: a.deferred + b.deferred,
    refused: a.refused + b.refused,
    failures: [...a.failures, ...b.failures],
    refusals: [...a.refusals, ...b.refusals],
    reads: a.reads + b.reads,
    plan,
  };
}

function runSignatureChunk(input: SliceInput): SliceReport {
  const states = input.store.addressStates(input.employees.map((e) => e.primaryEmail));
  const planInput: PlanInput = { ...input, states };
  // Both planning steps render each employee: once is enough.
  const render = signatureRenderer(planInput);
  const memo = new Map<string, ReturnType<typeof render>>();
  planInput.renderer = (e) => {
    let r = memo.get(e.id);
    if (!r) memo.set(e.id, (r = render(e)));
    return r;
  };
  const readUsers = planSignatureReads(planInput);
  const unreached: string[] = [];
  // Read in chunks as large as the writes (at least 100): the writer mints a round of tokens and sends its reads as
  // one wave, so 100-user chunks cost a wave (≈ 0.4 s) per 100 first writes; its own deadline still stops it in time.
  const observed = readMailboxes(input.writer, readUsers, Math.max(100, input.chunkSize ?? 0), input.outOfTime, unreached);
  // Mailboxes the execution ran out of time to read are this slice's unfinished work, like writes cut short: the
  // caller takes the slice again next execution instead of leaving them unread (and unwritten) until the next run.
  const unread = unreached.length;
  const plan = planSignatureWrites(planInput, observed);
  const report = applySignaturePlan(plan, input.writer, input.store, input);
  return { ...report, deferred: report.deferred + unread, reads: readUsers.length, plan: plan.counts };
}

/**
 * Addresses written since `at` (a run's start) as the store recorded them: Gmail answered the write, or a read
 * found an interrupted write landed, and Autograph kept what Gmail stored (status ok, lastWrittenAt set then).
 */
export function writtenSince(states: Iterable<AddressState>, at: number): number {
  let n = 0;
  for (const s of states) if (s.status === 'ok' && s.lastWrittenAt >= at) n++;
  return n;
}
