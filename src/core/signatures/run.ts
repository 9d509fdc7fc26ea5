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

export function runSignatureSlice(input: SliceInput): SliceReport {
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
