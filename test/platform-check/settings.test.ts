/**
 * The Platform check's pure core: what each measurement switches, that results only move towards the safe side,
 * that a tampered record is not trusted, and how fetchAll concurrency and the card-action limit are read.
 */
import { effectiveSettings, scaledCardBudget, DEFAULT_CARD_BUDGET_MS, DEFAULT_CONTINUATION_DELAY_MS } from '../../src/core/platform-check/settings';
import { mergeResults, parseResults, type PlatformResults } from '../../src/core/platform-check/results';
import { estimateConcurrency } from '../../src/core/platform-check/fetch-all-estimate';
import { conclusion, nextStep, CARD_LIMIT_STEPS_MS } from '../../src/core/platform-check/card-limit';

const at = Date.UTC(2026, 11, 6);
const m = <T>(value: T) => ({ value, at });

describe('effective settings', () => {
  it('are the documented defaults when nothing was measured, and say nothing switched', () => {
    expect(effectiveSettings({})).toEqual({
      gmailTransport: 'batch',
      batchRequestsPerFetchAll: 10,
      singleRequestsPerFetchAll: 500,
      continuationDelayMs: DEFAULT_CONTINUATION_DELAY_MS,
      continueFromTrigger: true,
      cardBudgetMs: DEFAULT_CARD_BUDGET_MS,
      switched: [],
    });
  });

  it('keep the defaults when every measurement matches the assumption', () => {
    const s = effectiveSettings({
      batchAuthorization: m('honoured'),
      fetchAllConcurrency: m({ atLeast: 20, below: 30 }),
      cardActionLimit: m({ finishedMs: 28_000, endedMs: 35_000 }),
    });
    expect(s).toEqual(effectiveSettings({}));
  });

  it('send one request per Gmail call once batch parts were answered as the outer request', () => {
    const s = effectiveSettings({ batchAuthorization: m('ignored') });
    expect(s.gmailTransport).toBe('fetchAll');
    expect(s.switched.join(' ')).toMatch(/outer request.*its own request/);
  });

  it('size each fetchAll to the measured concurrency when it is below the 10 batch requests a wave assumes', () => {
    const s = effectiveSettings({ fetchAllConcurrency: m({ atLeast: 4, below: 6 }) });
    expect([s.batchRequestsPerFetchAll, s.singleRequestsPerFetchAll]).toEqual([4, 40]);
    expect(s.switched.join(' ')).toMatch(/only 4 request/);
  });

  it('ask a continuation for the measured time when one-off triggers fired sooner than the hourly rule, never less', () => {
    const fired = { cardTrigger: m('fired' as const), triggerTrigger: m('fired' as const) };
    const soon = effectiveSettings({ ...fired, afterDelayMs: m(40_000) });
    // Asked for 1 min, fired 40 s late: 100 s, rounded up to whole minutes.
    expect(soon.continuationDelayMs).toBe(2 * 60_000);
    expect(soon.switched.join(' ')).toMatch(/fired 100 s after they were created.*asks for 2 min/);
    // Twenty minutes late is still sooner than an hour: 21 min.
    expect(effectiveSettings({ ...fired, afterDelayMs: m(20 * 60_000) }).continuationDelayMs).toBe(21 * 60_000);
    // Only the card's probe has fired: a trigger made inside a trigger is not measured yet, so the hourly rule holds.
    expect(effectiveSettings({ cardTrigger: m('fired'), afterDelayMs: m(40_000) }).continuationDelayMs).toBe(DEFAULT_CONTINUATION_DELAY_MS);
    // Fired only after the hour: the hourly rule plus the lateness, as before.
    expect(effectiveSettings({ ...fired, afterDelayMs: m(59 * 60_000) }).continuationDelayMs).toBe(DEFAULT_CONTINUATION_DELAY_MS + 60 * 60_000);
  });

  it('ask a continuation for longer when one-off triggers fire late, and none from a trigger when those never fire', () => {
    const late = effectiveSettings({ afterDelayMs: m(58 * 60_000) });
    expect(late.continuationDelayMs).toBe(DEFAULT_CONTINUATION_DELAY_MS + 60 * 60_000);
    expect(late.continueFromTrigger).toBe(true);
    const never = effectiveSettings({ triggerTrigger: m('notFired') });
    expect(never.continueFromTrigger).toBe(false);
    expect(never.switched.join(' ')).toMatch(/next nightly run/);
    expect(effectiveSettings({ afterDelayMs: m(30 * 3_600_000) }).continueFromTrigger).toBe(false);
  });

  it('shrink the card budget to 60% of the longest action that finished when a shorter limit was measured', () => {
    const s = effectiveSettings({ cardActionLimit: m({ finishedMs: 15_000, endedMs: 20_000 }) });
    expect(s.cardBudgetMs).toBe(9_000);
    expect(s.switched.join(' ')).toMatch(/ended after 20 s.*9 s at most/);
    expect(scaledCardBudget(15_000, s)).toBe(7_500);
    expect(scaledCardBudget(15_000, effectiveSettings({}))).toBe(15_000);
  });
});

describe('recorded results', () => {
  it('only ever move towards the safe side, whoever measures next', () => {
    const unsafe: PlatformResults = {
      triggerTrigger: m('notFired'),
      afterDelayMs: m(3_600_000),
      batchAuthorization: m('ignored'),
      fetchAllConcurrency: m({ atLeast: 4, below: 6 }),
      cardActionLimit: m({ finishedMs: 15_000, endedMs: 20_000 }),
    };
    const later: PlatformResults = {
      triggerTrigger: { value: 'fired', at: at + 1 },
      afterDelayMs: { value: 1_000, at: at + 1 },
      batchAuthorization: { value: 'honoured', at: at + 1 },
      fetchAllConcurrency: { value: { atLeast: 50, below: null }, at: at + 1 },
      cardActionLimit: { value: { finishedMs: 45_000, endedMs: null }, at: at + 1 },
    };
    expect(mergeResults(unsafe, later)).toEqual(unsafe);
    expect(effectiveSettings(mergeResults(unsafe, later))).toEqual(effectiveSettings(unsafe));
    expect(mergeResults({}, later)).toEqual(later);
  });

  it('drop what is malformed or tampered with, field by field', () => {
    expect(parseResults('not json')).toEqual({});
    expect(parseResults(null)).toEqual({});
    const text = JSON.stringify({
      batchAuthorization: { value: 'maybe', at },
      fetchAllConcurrency: { value: { atLeast: 0, below: null }, at },
      cardActionLimit: { value: { finishedMs: 30_000, endedMs: 10_000 }, at },
      afterDelayMs: { value: -5, at },
      cardTrigger: { value: 'fired', at },
    });
    expect(parseResults(text)).toEqual({ cardTrigger: { value: 'fired', at } });
  });
});

describe('fetchAll concurrency from timings', () => {
  /** fetchAll in waves of `c`, each wave as long as one request (100 ms), with one slow repeat per size. */
  const timings = (c: number) =>
    [1, 2, 4, 6, 8, 10, 15, 20, 30, 50].map((size) => ({ size, ms: [Math.ceil(size / c) * 100 + 5, Math.ceil(size / c) * 100, Math.ceil(size / c) * 100 + 400] }));

  it('reads the largest size that took one round, and the first that took more', () => {
    expect(estimateConcurrency(timings(20))).toEqual({ atLeast: 20, below: 30 });
    expect(estimateConcurrency(timings(5))).toEqual({ atLeast: 4, below: 6 });
    expect(estimateConcurrency(timings(100))).toEqual({ atLeast: 50, below: null });
    expect(estimateConcurrency([])).toBeNull();
  });
});

describe('card-action limit steps', () => {
  it('go one step longer per click and conclude at the first step the platform ended', () => {
    expect(nextStep(0)).toBe(CARD_LIMIT_STEPS_MS[0]);
    expect(nextStep(45_000)).toBeNull();
    const running = { finishedMs: 15_000, running: { stepMs: 20_000, startedAt: at } };
    expect(conclusion(running, at + 25_000)).toBeNull();
    expect(conclusion(running, at + 60_000)).toEqual({ finishedMs: 15_000, endedMs: 20_000 });
    expect(conclusion({ finishedMs: 45_000, running: null }, at)).toEqual({ finishedMs: 45_000, endedMs: null });
  });
});
