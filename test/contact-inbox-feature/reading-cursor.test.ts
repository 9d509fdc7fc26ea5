import { advance, listQuery, listWindow, narrow, newCursor, toRead, type ReadOutcome } from '../../src/core/contact-inbox/reading-cursor';
import { planMessageBudget, DEFAULT_BUDGET } from '../../src/core/contact-inbox/budget';
import { enrollmentToRow, newEnrollment, rowToEnrollment, ENROLLMENT_COLUMNS } from '../../src/core/contact-inbox/enrollment';

const T0 = Date.UTC(2026, 10, 20, 12);
const S0 = T0 / 1000;

describe('reading cursor', () => {
  it('starts a week before enabling and lists incoming mail only, with a second of overlap', () => {
    const c = newCursor(T0);
    expect(c.floorSec).toBe(S0 - 7 * 86_400);
    expect(listQuery(listWindow(c, S0))).toBe(`after:${S0 - 7 * 86_400 - 1} -in:sent -in:drafts -in:chats`);
  });

  it('reads oldest first and skips ids already done', () => {
    const c = { floorSec: S0, done: { m2: S0 + 5 }, spanSec: 0 };
    expect(toRead(c, ['m4', 'm3', 'm2', 'm1'])).toEqual(['m1', 'm3', 'm4']);
  });

  it('raises the floor only over the unbroken prefix of done messages, and keeps later done ids', () => {
    const c = newCursor(T0, 0);
    const outcomes: ReadOutcome[] = [
      { id: 'a', sec: S0 + 10, state: 'done' },
      { id: 'b', sec: null, state: 'failed' },
      { id: 'c', sec: S0 + 30, state: 'done' },
    ];
    const next = advance(c, outcomes, listWindow(c, S0 + 100), true, S0 + 100);
    expect(next.floorSec).toBe(S0 + 10);
    expect(Object.keys(next.done).sort()).toEqual(['a', 'c']);
    expect(toRead(next, ['c', 'b', 'a'])).toEqual(['b']);
  });

  it('forgets done ids once the floor passes them', () => {
    const c = { floorSec: S0, done: { old: S0 }, spanSec: 0 };
    const next = advance(c, [{ id: 'new', sec: S0 + 50, state: 'done' }], listWindow(c, S0 + 60), true, S0 + 60);
    expect(next).toEqual({ floorSec: S0 + 50, done: { new: S0 + 50 }, spanSec: 0 });
  });

  it('narrows a window that holds more mail than a listing reads, then moves to the next window once read', () => {
    const c = narrow(newCursor(T0, 2), S0);
    const w = listWindow(c, S0);
    expect(w.beforeSec).toBe(c.floorSec + 86_400);
    expect(listQuery(w)).toContain(`before:${w.beforeSec}`);
    const next = advance(c, [{ id: 'x', sec: c.floorSec + 100, state: 'done' }], w, true, S0);
    expect(next.floorSec).toBe(w.beforeSec! - 1);
  });
});

describe('reading plan and enrolment records', () => {
  it('never plans more than the user\'s Gmail quota allows in the time left', () => {
    const plan = planMessageBudget({ ...DEFAULT_BUDGET, users: 1, remainingMs: 300_000, maxPerUser: 100_000 });
    expect(plan.unitsPerUser).toBeLessThanOrEqual(15_000 * 5);
    expect(planMessageBudget({ ...DEFAULT_BUDGET, users: 10, remainingMs: 1000 }).messagesPerUser).toBeLessThan(10);
  });

  it('round-trips an enrolment row, and restarts a damaged cursor from the lookback', () => {
    const u = { ...newEnrollment('Ada@Acme.example', 'Sales', 'admin@acme.example', T0), suggestedSenders: ['ab12', 'cd34'] };
    const row = enrollmentToRow(u);
    expect(rowToEnrollment(ENROLLMENT_COLUMNS, row)).toEqual(u);
    const damaged = [...row];
    damaged[ENROLLMENT_COLUMNS.indexOf('cursor')] = '{not json';
    expect(rowToEnrollment(ENROLLMENT_COLUMNS, damaged)!.cursor).toEqual(newCursor(T0));
  });
});
