/**
 * The nightly signature push through the built bundle under a 429 storm on Gmail and executions cut off at
 * arbitrary points: every employee ends with their signature, and no write that reached Gmail is sent again.
 */
import { directoryWorld, sheetRows, scriptProps } from '../directory/world';
import { fireRunTrigger } from '../support/triggers';
import { mailboxOf } from '../../sim/google/mailbox';
import { addFault, clearFaults } from '../../sim/faults';
import { classicForEveryone, countWrites } from './push-world';

describe('the nightly signature push under faults', () => {
  it('loses no write and repeats none that succeeded through 429 storms and cut-off executions', () => {
    const w = directoryWorld({ users: 120, seed: 23 });
    classicForEveryone(w);
    const key = `t:${w.tenant.customerId}`;

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
