/**
 * Restoring a version under the fault tests' standard (test/signatures/faults.test.ts): a 429 storm on Gmail and
 * seven executions in eight cut off at arbitrary service calls. Every mailbox ends with the restored signature,
 * and each is written exactly once — no write that reached Gmail is sent again.
 */
import { action, sheetRows, shown } from '../directory/world';
import { addFault, clearFaults } from '../../sim/faults';
import { CLASSIC, confirmed, countWrites, dryRunCount, runToEnd, signatureOf, versionRows, versionsWorld } from './versions-world';

describe('restoring a version under faults', () => {
  it('writes every mailbox exactly once through 429 storms and cut-off executions', () => {
    const w = versionsWorld(100, 23);
    const first = new Map(w.employees.map((e) => [e, signatureOf(w, e)]));
    action(w, 'templates.save', { params: { id: w.templateId }, form: { name: 'Classic', html: CLASSIC.replace('{{fullName}}</b>', '{{fullName}} (new)</b>'), aliasPolicy: 'primary' } });
    w.ws.advance(24 * 3600_000);
    runToEnd(w);
    expect(w.employees.filter((e) => !signatureOf(w, e).includes('(new)'))).toEqual([]);

    expect(confirmed(w, 'versions.restore', { versionId: versionRows(w, w.templateId)[0].id })).toMatch(/restored to version 1/);
    const wouldWrite = dryRunCount(shown(action(w, 'signatures.dryRun', { params: { scope: 'nightly' } })));
    expect(wouldWrite).toBe(w.employees.length);

    const writes = countWrites(w);
    addFault(w.ws, { match: 'gmail.sendAs.patch', status: 429, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded', rate: 0.4 });
    addFault(w.ws, { match: 'gmail.sendAs.list', status: 429, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded', rate: 0.3 });
    w.ws.advance(24 * 3600_000);
    const restored = () => w.employees.every((e) => signatureOf(w, e) === first.get(e));
    const confirmedAll = () => sheetRows(w, 'signature_addresses').every((s) => s.status === 'ok');
    const cutOffs = runToEnd(w, {
      // Seven executions in eight are cut off, each at a different service call; the eighth may finish. The cut points
      // stay below what a continuing execution calls (about 64 service calls since tables are looked up once per
      // execution; at 40–127 the fourth execution finished before its cut and the storm saw only three).
      cutOff: (i) => (i % 8 !== 7 ? { afterServiceCalls: (i < 4 ? 30 : 60) + ((i * 17) % 40) } : undefined),
      until: () => restored() && confirmedAll(),
    });
    expect(cutOffs).toBeGreaterThan(3);
    expect(restored()).toBe(true);
    // The storm passes; the next night confirms whatever a cut-off left unconfirmed, without writing again.
    clearFaults(w.ws);
    w.ws.advance(24 * 3600_000);
    runToEnd(w);
    expect(w.employees.filter((e) => writes.get(e) !== 1).map((e) => [e, writes.get(e) ?? 0])).toEqual([]);
    expect([...writes.values()].reduce((a, b) => a + b, 0)).toBe(wouldWrite);
    expect(sheetRows(w, 'signature_addresses').filter((s) => s.status !== 'ok').map((s) => [s.address, s.status, s.reason])).toEqual([]);
  }, 300_000);
});
