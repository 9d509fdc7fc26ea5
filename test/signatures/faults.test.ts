/**
 * The nightly signature push through the built bundle under a 429 storm on Gmail and executions cut off at
 * arbitrary points: every employee ends with their signature, and no write that reached Gmail is sent again.
 */
import { action, directoryWorld, importableUsers, setUp, sheetRows, scriptProps, type DirWorld, connectPublisher } from '../directory/world';
import { fireRunTrigger, turnOnAutoSync } from '../support/triggers';
import { mailboxOf } from '../../sim/google/mailbox';
import { addFault, clearFaults } from '../../sim/faults';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';

/** Counts, per address, the writes that changed Gmail's stored signature (sendAs.patch successes). */
function countWrites(w: DirWorld): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of importableUsers(w)) {
    if (u.isMailboxSetup === false) continue;
    const box = mailboxOf(w.ws, u);
    box.sendAs = new Proxy(box.sendAs, {
      set(target, key, value) {
        if (typeof key === 'string' && value?.signature) counts.set(key, (counts.get(key) ?? 0) + 1);
        (target as Record<string, unknown>)[key as string] = value;
        return true;
      },
    });
  }
  return counts;
}

describe('the nightly signature push under faults', () => {
  it('loses no write and repeats none that succeeded through 429 storms and cut-off executions', () => {
    const w = directoryWorld({ users: 120, seed: 23 });
    if (!setUp(w).ok) throw new Error('setup failed');
    for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
    connectPublisher(w);
    const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
    action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } });
    action(w, 'assignments.add', { form: { targetKind: 'company', templateId: sheetRows(w, 'signature_templates')[0].id } });
    const key = `t:${w.tenant.customerId}`;
    turnOnAutoSync(w.ws, w.project, w.admin);

    const writes = countWrites(w);
    addFault(w.ws, { match: 'gmail.sendAs.patch', status: 429, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded', rate: 0.4 });
    addFault(w.ws, { match: 'gmail.sendAs.list', status: 429, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded', rate: 0.3 });

    const employees = sheetRows(w, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false').map((e) => e.primaryEmail);
    const signed = () => employees.filter((e) => mailboxOf(w.ws, w.ws.user(e)).sendAs[e]?.signature).length;
    let cutOffs = 0;
    // A write cut off before Gmail could be read back is confirmed by the next run ("the next run reads Gmail
    // first"), so nights go on until every address is confirmed, not only written.
    const unconfirmed = () => sheetRows(w, 'signature_addresses').some((s) => s.status !== 'ok');
    for (let i = 0; i < 120 && (signed() < employees.length || scriptProps(w)[`${key}:run`] || unconfirmed()); i++) {
      const running = Boolean(scriptProps(w)[`${key}:run`]);
      // Seven executions in eight are cut off, each at a different service call (directory reads, sheet writes,
      // token requests, Gmail batches, state saves); the eighth may finish.
      const cutOff = i % 8 !== 7 ? { afterServiceCalls: (i < 4 ? 40 : 300) + ((i * 29) % 400) } : undefined;
      const r = fireRunTrigger(w.ws, w.project, w.admin, running, { cutOff });
      if (!r.ok) cutOffs++;
      w.ws.advance(10 * 60_000);
    }
    expect(cutOffs).toBeGreaterThan(5);
    expect(signed()).toBe(employees.length);
    // The storm passes. A write whose execution was cut off and whose read-back then met a 429 on every retry is
    // confirmed by the next night's run (plan item 'unreadable': "the next run reads Gmail first"), not sent again.
    clearFaults(w.ws);
    w.ws.advance(24 * 3600_000);
    w.ws.run(w.project, 'onNightlyRun', { user: w.admin, kind: 'trigger', event: {} });
    const repeated = [...writes.entries()].filter(([, n]) => n > 1);
    expect(repeated).toEqual([]);
    expect(sheetRows(w, 'signature_addresses').filter((s) => s.status !== 'ok').map((s) => [s.address, s.status, s.reason])).toEqual([]);
    expect(sheetRows(w, 'signature_addresses').filter((s) => s.status === 'ok').length).toBe(employees.length);
  });
});
