import { GMAIL_QUOTA_UNITS, minimumQuotaMs, QuotaLedger } from '../../src/core/delegation/quota';
import { takeWave, QueuedCall, chunk } from '../../src/core/delegation/waves';

describe('Gmail quota budgeting (gmail/api/reference/quota)', () => {
  it('charges Google\'s units per method', () => {
    expect(GMAIL_QUOTA_UNITS['sendAs.list']).toBe(1);
    expect(GMAIL_QUOTA_UNITS['sendAs.patch']).toBe(100);
    expect(GMAIL_QUOTA_UNITS['messages.get']).toBe(5);
  });

  it('lets a user spend 15,000 units a minute, then makes the next call wait for the window to slide', () => {
    const l = new QuotaLedger();
    for (let i = 0; i < 150; i++) {
      expect(l.earliestStart('ada', 100, 1000 + i)).toBe(1000 + i);
      l.spend('ada', 100, 1000 + i);
    }
    expect(l.earliestStart('ada', 100, 2000)).toBe(61_000);
    expect(l.earliestStart('bob', 100, 2000)).toBe(2000);
    expect(l.earliestStart('ada', 100, 61_000)).toBe(61_000);
  });

  it('keeps the whole project under its per-minute limit', () => {
    const l = new QuotaLedger({ perUserPerMinute: 15_000, perProjectPerMinute: 1000 });
    for (let i = 0; i < 10; i++) l.spend(`u${i}`, 100, 0);
    expect(l.earliestStart('new', 1, 10)).toBe(60_000);
    expect(l.unitsSpent).toBe(1000);
  });

  it('states the least time the quotas allow', () => {
    expect(minimumQuotaMs('sendAs.list', 1, 10_000)).toBe(0);
    expect(minimumQuotaMs('sendAs.patch', 1, 36_000)).toBe(2 * 60_000);
    expect(minimumQuotaMs('sendAs.patch', 300, 1)).toBe(60_000);
  });
});

describe('waves of calls', () => {
  const call = (id: number, user: string, notBefore = 0): QueuedCall => ({ id: `c${id}`, user, method: 'sendAs.list', retries: 0, notBefore });

  it('sends at most five calls of one user at once and keeps the rest in order', () => {
    const q = [...Array.from({ length: 8 }, (_, i) => call(i, 'ada')), call(8, 'bob')];
    const w = takeWave(q, new QuotaLedger(), 0, { perUserConcurrency: 5, maxCallsPerWave: 100 });
    expect(w.calls.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c8']);
    expect(q.map((c) => c.id)).toEqual(['c5', 'c6', 'c7']);
  });

  it('holds back calls waiting for a retry time and says when the next can go', () => {
    const q = [call(0, 'ada', 5000), call(1, 'bob', 3000)];
    const w = takeWave(q, new QuotaLedger(), 1000, { perUserConcurrency: 5, maxCallsPerWave: 100 });
    expect(w.calls).toEqual([]);
    expect(w.nextAt).toBe(3000);
  });

  it('holds back calls the quota has no room for', () => {
    const ledger = new QuotaLedger({ perUserPerMinute: 2, perProjectPerMinute: 1000 });
    const q = [call(0, 'ada'), call(1, 'ada'), call(2, 'ada')];
    const w = takeWave(q, ledger, 0, { perUserConcurrency: 5, maxCallsPerWave: 100 });
    expect(w.calls).toHaveLength(2);
    const next = takeWave(q, ledger, 0, { perUserConcurrency: 5, maxCallsPerWave: 100 });
    expect(next.calls).toHaveLength(0);
    expect(next.nextAt).toBe(60_000);
  });

  it('caps a wave and splits it into batches of 50', () => {
    const q = Array.from({ length: 700 }, (_, i) => call(i, `u${i}`));
    const w = takeWave(q, new QuotaLedger(), 0, { perUserConcurrency: 5, maxCallsPerWave: 500 });
    expect(w.calls).toHaveLength(500);
    expect(chunk(w.calls, 50).map((b) => b.length)).toEqual(Array(10).fill(50));
  });
});
