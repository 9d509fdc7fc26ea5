/**
 * When a run handed to the background should end (src/jobs/runner.ts `estimateEnd`): the executions what is left
 * needs at what this trigger execution finished, each a continuation delay after the last, the last counted whole.
 */
import { estimateEnd, EXECUTION_LIMIT_MS } from '../../src/jobs/runner';
import { signaturesLeft } from '../../src/jobs/signature-stage';

const HOUR = 3600_000;
const t0 = Date.UTC(2026, 11, 6, 3);

describe('the estimate of when a run in the background ends', () => {
  it('is the end of the next execution when what is left fits what this one finished', () => {
    // 2,000 employees finished in this execution, 1,500 left: the next execution, an hour after this one started.
    expect(estimateEnd({ label: 'Writing signatures', done: 8_500, total: 10_000, doneThisExecution: 2_000 }, t0, HOUR)).toBe(t0 + HOUR + EXECUTION_LIMIT_MS);
  });

  it('counts one more continuation for each execution of work left, at the capacity measured', () => {
    // 9,000 employees this execution, 25,000 left: three more executions.
    expect(estimateEnd({ label: 'Writing signatures', done: 9_000, total: 34_000, doneThisExecution: 9_000 }, t0, HOUR)).toBe(t0 + 3 * HOUR + EXECUTION_LIMIT_MS);
  });

  it('follows a shorter continuation delay the Platform check measured', () => {
    expect(estimateEnd({ label: 'Writing signatures', done: 2_000, total: 3_000, doneThisExecution: 2_000 }, t0, 2 * 60_000)).toBe(t0 + 2 * 60_000 + EXECUTION_LIMIT_MS);
  });

  it('gives no estimate when nothing whole was finished to measure by, or nothing is left', () => {
    expect(estimateEnd({ label: 'Writing signatures', done: 0, total: 1000 }, t0, HOUR)).toBe(0);
    expect(estimateEnd({ label: 'Writing signatures', done: 1000, total: 1000, doneThisExecution: 1000 }, t0, HOUR)).toBe(0);
  });
});

describe('at most how many signatures a run handed off has left', () => {
  const ctx = (cp: unknown) => ({ checkpoint: <T>() => cp as T | null });

  it('counts the employees the signatures stage has not taken yet, once it started', () => {
    expect(signaturesLeft(ctx({ at: t0, cursor: 2_000, total: 4_935, written: 0, refused: 0, failed: 0, reads: 0, request: null }), 5_000)).toBe(2_935);
  });

  it('falls back to the directory users brought up to date this run, else says nothing', () => {
    expect(signaturesLeft(ctx(null), 1_000)).toBe(1_000);
    expect(signaturesLeft(ctx(null), 0)).toBeUndefined();
  });
});
