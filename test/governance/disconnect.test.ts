/**
 * Leaving Autograph through the built bundle and the offline Gmail: disconnect puts back each mailbox's signature
 * from before Autograph (never one over 10,000 characters), leaves no trigger and refuses every run after; one
 * employee can be let go the same way; under a 429 storm and cut-off executions each mailbox is written once.
 */
import { action, scriptProps, sheetRows, shown, triggersOf } from '../directory/world';
import { fireOwnTrigger, turnOnAutoSync } from '../support/triggers';
import { addFault, clearFaults } from '../../sim/faults';
import { mailboxOf } from '../../sim/google/mailbox';
import * as gov from './world';
import { confirmed, gmailSignature, governanceWorld, runUntilIdle, writable, type GovWorld } from './world';

/** Counts, per address, the writes that reached Gmail from now on. */
function countWrites(w: GovWorld): Map<string, number> {
  const counts = new Map<string, number>();
  for (const email of writable(w)) {
    const box = mailboxOf(w.ws, w.ws.user(email));
    box.sendAs = new Proxy(box.sendAs, {
      set(target, key, value) {
        if (typeof key === 'string') counts.set(key, (counts.get(key) ?? 0) + 1);
        (target as Record<string, unknown>)[key as string] = value;
        return true;
      },
    });
  }
  return counts;
}

describe('leaving Autograph', () => {
  it('keeps each mailbox’s signature from before Autograph, read before the first write and never overwritten', () => {
    const w = governanceWorld(12);
    const rows = sheetRows(w, 'signature_addresses');
    expect(rows.length).toBe(writable(w).length);
    for (const r of rows) {
      expect(Number(r.originalAt)).toBeGreaterThan(0);
      expect(r.original).toBe(w.originals.get(r.address));
      expect(gmailSignature(w, r.address)).not.toBe(w.originals.get(r.address));
    }
  });

  it('disconnects: originals restored exactly, the over-limit one listed with the reason, no trigger left, runs refused after', () => {
    const w = governanceWorld(30);
    const people = writable(w);
    shown(action(w, 'disconnect.open'));
    const done = confirmed(w, 'disconnect.start', { choice: 'restore' });
    expect(done).toContain('Disconnected:');
    runUntilIdle(w);
    for (const email of people) {
      if (email === w.tooLong) continue;
      expect([email, gmailSignature(w, email)]).toEqual([email, w.originals.get(email)]);
    }
    // Not put back: still Autograph's signature, and listed with the reason.
    expect(gmailSignature(w, w.tooLong)).not.toBe(w.originals.get(w.tooLong));
    const releases = sheetRows(w, 'signature_releases');
    const listed = releases.find((r) => r.address === w.tooLong)!;
    expect(listed).toMatchObject({ state: 'not_restored' });
    expect(listed.reason).toMatch(/characters; Gmail accepts at most 10,000/);
    expect(releases.filter((r) => r.state === 'restored').length).toBe(people.length - 1);
    const card = shown(action(w, 'disconnect.open'));
    expect(card).toContain(`${people.length - 1} restored (read back from Gmail)`);
    expect(card).toContain(w.tooLong);
    // No trigger left, and nothing runs any more.
    expect(triggersOf(w, w.admin)).toEqual([]);
    expect(shown(action(w, 'sync.now'))).toMatch(/disconnected/i);
    // Every restore is in the audit log with who did it.
    const audit = sheetRows(w, 'signature_audit').filter((a) => a.cause === `disconnect by ${w.admin}`);
    expect(audit.filter((a) => a.why === 'signature from before Autograph restored').length).toBe(people.length - 1);
    expect(audit.some((a) => a.why.startsWith('Autograph disconnected'))).toBe(true);
  });

  it('refuses the nightly run of another admin’s trigger after a disconnect, and that trigger removes itself', () => {
    const w = governanceWorld(8);
    const second = w.ws.directory.usersOf(w.tenant.customerId).find((u) => !u.isAdmin && !u.suspended && !u.deleted && u.isMailboxSetup !== false)!;
    second.isAdmin = true;
    const other = second.primaryEmail.toLowerCase();
    // A run shares the store with the new admin; then they take the nightly run over (their own trigger).
    w.ws.advance(24 * 3600_000);
    fireOwnTrigger(w.ws, w.project, w.admin, 'onNightlyRun');
    runUntilIdle(w);
    turnOnAutoSync(w.ws, w.project, other);
    expect(triggersOf(w, other).length).toBe(1);
    const card = shown(action(w, 'disconnect.open'));
    expect(card).toContain(`The nightly run is a trigger of ${other}: triggers belong to their owner, so you cannot delete it.`);
    confirmed(w, 'disconnect.start', { choice: 'leave' });
    runUntilIdle(w);
    expect(triggersOf(w, w.admin)).toEqual([]);
    expect(triggersOf(w, other).length).toBe(1);
    const runs = sheetRows(w, 'runs').length;
    expect(fireOwnTrigger(w.ws, w.project, other, 'onNightlyRun').ok).toBe(true);
    expect(sheetRows(w, 'runs').length).toBe(runs);
    expect(triggersOf(w, other)).toEqual([]);
  });

  it('stops managing one employee: their original back, the others untouched', () => {
    const w = governanceWorld(10);
    const [one, other] = writable(w).filter((e) => e !== w.tooLong);
    const before = gmailSignature(w, other);
    const id = sheetRows(w, 'employees').find((e) => e.primaryEmail.toLowerCase() === one)!.id;
    expect(confirmed(w, 'emp.stopManaging', { id, choice: 'restore' })).toContain(`${one} is no longer managed: 1 of 1 addresses have their signature from before Autograph back`);
    expect(gmailSignature(w, one)).toBe(w.originals.get(one));
    expect(gmailSignature(w, other)).toBe(before);
    // The next nightly run leaves them alone.
    w.ws.advance(24 * 3600_000);
    fireOwnTrigger(w.ws, w.project, w.admin, 'onNightlyRun');
    runUntilIdle(w);
    expect(gmailSignature(w, one)).toBe(w.originals.get(one));
    expect(sheetRows(w, 'employees').find((e) => e.id === id)!.sync).toBe('off');
  });

  it('reconnects: restores not yet done stop, runs start again, and the next sync writes the templates back', () => {
    const w = governanceWorld(30);
    const people = writable(w).filter((e) => e !== w.tooLong);
    const ours = new Map(people.map((e) => [e, gmailSignature(w, e)]));
    // Gmail turns three mailboxes' restores away (429): those wait for the background job, which has not run yet.
    for (const email of people.slice(0, 3)) addFault(w.ws, { match: 'gmail.sendAs.patch', status: 429, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded', rate: 1, user: w.ws.user(email).primaryEmail });
    confirmed(w, 'disconnect.start', { choice: 'restore' });
    clearFaults(w.ws);
    const open = () => sheetRows(w, 'signature_releases').filter((r) => r.state === 'waiting' || r.state === 'sending').length;
    const stillToDo = open();
    expect(stillToDo).toBeGreaterThan(0);
    const putBack = people.filter((e) => gmailSignature(w, e) === w.originals.get(e));
    expect(putBack.length).toBeGreaterThan(0);
    const text = confirmed(w, 'disconnect.reconnect', {});
    expect(text).toContain(`Reconnected by ${w.admin}: ${stillToDo} restores not yet done were stopped`);
    expect(open()).toBe(0);
    expect(shown(action(w, 'disconnect.open'))).toContain('Disconnect, put back signatures');
    // Nothing restores any more; Sync now runs and every mailbox gets Autograph's signature again.
    runUntilIdle(w);
    expect(shown(action(w, 'sync.now'))).not.toMatch(/disconnected/i);
    runUntilIdle(w);
    for (const e of people) expect([e, gmailSignature(w, e)]).toEqual([e, ours.get(e)]);
    // The originals kept at the first write are still those from before Autograph.
    for (const r of sheetRows(w, 'signature_addresses')) if (people.includes(r.address)) expect(r.original).toBe(w.originals.get(r.address));
    const audit = sheetRows(w, 'signature_audit').filter((a) => a.cause === `reconnect by ${w.admin}`);
    expect(audit.map((a) => a.why)).toEqual([`Autograph reconnected: ${stillToDo} restores not yet done were cancelled; automatic sync stays off until an admin turns it on`]);
  });

  it('leaves the current signatures when asked, and writes nothing', () => {
    const w = governanceWorld(8);
    const now = new Map(writable(w).map((e) => [e, gmailSignature(w, e)]));
    const writes = countWrites(w);
    confirmed(w, 'disconnect.start', { choice: 'leave' });
    runUntilIdle(w);
    expect([...writes.values()].reduce((a, b) => a + b, 0)).toBe(0);
    for (const [e, html] of now) expect(gmailSignature(w, e)).toBe(html);
    expect(sheetRows(w, 'signature_releases').every((r) => r.state === 'left')).toBe(true);
  });

  it('restores every mailbox exactly once through a 429 storm and cut-off executions', () => {
    const w = governanceWorld(40, 47);
    const people = writable(w).filter((e) => e !== w.tooLong);
    const writes = countWrites(w);
    addFault(w.ws, { match: 'gmail.sendAs.patch', status: 429, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded', rate: 0.4 });
    addFault(w.ws, { match: 'gmail.sendAs.list', status: 429, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded', rate: 0.3 });
    // The card's own slice is cut off too, mid-restore; the rest is the background job's.
    confirmed(w, 'disconnect.start', { choice: 'restore' }, undefined, 90);
    const cutOffs = runUntilIdle(w, 120, (i) => (i < 8 ? 80 + i * 40 : undefined));
    const midRestore = gov.cutMidRestore;
    clearFaults(w.ws);
    runUntilIdle(w, 20);
    expect(cutOffs).toBeGreaterThanOrEqual(3);
    // At least one execution died between marking restores as sent and recording Gmail's answer.
    expect(midRestore).toBeGreaterThan(0);
    expect(scriptProps(w)[`t:${w.tenant.customerId}:run`]).toBeUndefined();
    for (const e of people) expect([e, gmailSignature(w, e)]).toEqual([e, w.originals.get(e)]);
    expect([...writes.entries()].filter(([, n]) => n > 1)).toEqual([]);
    expect(people.every((e) => writes.get(e) === 1)).toBe(true);
  });
});
