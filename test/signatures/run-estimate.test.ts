/**
 * When a run handed to the background should end (src/jobs/runner.ts `estimateEnd`): what is left at the pace the
 * execution measured, in trigger executions of TRIGGER_BUDGET_MS, each starting a continuation delay after the last.
 */
import { estimateEnd, TRIGGER_BUDGET_MS } from '../../src/jobs/runner';

const HOUR = 3600_000;
const t0 = Date.UTC(2026, 11, 6, 3);

describe('the estimate of when a run in the background ends', () => {
  it('is the next execution plus the work left when that fits one execution', () => {
    // 9,000 employees left at 20 ms each: 180 s of work, in the execution an hour after this one started.
    expect(estimateEnd({ label: 'Writing signatures', done: 1000, total: 10_000, msPerItem: 20 }, t0, HOUR)).toBe(t0 + HOUR + 180_000);
  });

  it('counts one more continuation for each full execution of work left', () => {
    const left = 2.5 * TRIGGER_BUDGET_MS;
    const end = estimateEnd({ label: 'Writing signatures', done: 0, total: left / 10, msPerItem: 10 }, t0, HOUR);
    expect(end).toBe(t0 + 3 * HOUR + 0.5 * TRIGGER_BUDGET_MS);
  });

  it('follows a shorter continuation delay the Platform check measured', () => {
    expect(estimateEnd({ label: 'Writing signatures', done: 0, total: 1000, msPerItem: 20 }, t0, 2 * 60_000)).toBe(t0 + 2 * 60_000 + 20_000);
  });

  it('gives no estimate without a measured pace, or with nothing left', () => {
    expect(estimateEnd({ label: 'Writing signatures', done: 0, total: 1000 }, t0, HOUR)).toBe(0);
    expect(estimateEnd({ label: 'Writing signatures', done: 1000, total: 1000, msPerItem: 20 }, t0, HOUR)).toBe(0);
  });
});
