/**
 * The run's summary says what was verified: "N written" counts the addresses whose write Gmail answered (or a
 * read of Gmail confirmed) and whose stored copy Autograph kept in this run — read from the store at the end of
 * the run, not added up in a checkpoint that an execution cut off at the wrong moment never saves.
 */
import { directoryWorld, sheetRows, scriptProps, type DirWorld } from '../directory/world';
import { fireOwnTrigger } from '../support/triggers';
import { propertiesState } from '../../sim/services/properties';
import { classicForEveryone, countWrites } from './push-world';

/** A small company with the publisher's service account and Classic assigned to everyone; nothing written yet. */
const readyToPush = () => classicForEveryone(directoryWorld({ users: 30, seed: 41 }));

/**
 * The service call of the nightly execution that saves the signatures checkpoint past its first slice (observed
 * in the script property store as the run writes it).
 */
function checkpointSaveCall(w: DirWorld): number {
  const st = propertiesState(w.ws);
  const base = w.ws.counters.get('service.calls');
  let at = 0;
  st.script = new Proxy(st.script, {
    set(target, key, value: Record<string, string>) {
      const cp = Object.entries(value ?? {}).find(([k]) => k.endsWith(':run:signatures'))?.[1];
      if (!at && cp && (JSON.parse(cp) as { cursor: number }).cursor > 0) at = w.ws.counters.get('service.calls') - base;
      (target as Record<string, unknown>)[key as string] = value;
      return true;
    },
  });
  const r = fireOwnTrigger(w.ws, w.project, w.admin, 'onNightlyRun');
  if (!r.ok || at === 0) throw new Error(`reference run: ${r.error ?? 'no checkpoint saved past the first slice'}`);
  return at;
}

describe("the signatures run's summary", () => {
  it('counts every address Gmail holds the signature for, when an execution is cut off after its writes were recorded but before its checkpoint', () => {
    // Two identical worlds: the first shows where the checkpoint is saved, the second is cut off right there.
    const at = checkpointSaveCall(readyToPush());
    const w = readyToPush();
    const writes = countWrites(w);
    const key = `t:${w.tenant.customerId}:run`;
    const cut = fireOwnTrigger(w.ws, w.project, w.admin, 'onNightlyRun', { cutOff: { afterServiceCalls: at - 1 } });
    expect(cut.ok).toBe(false);
    const employees = sheetRows(w, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false').map((e) => e.primaryEmail);
    // Every write landed and was recorded before the cut: Gmail has them all.
    expect(writes.size).toBe(employees.length);
    // The scheduler fires the continuation the cut-off execution had armed.
    for (let i = 0; i < 6 && scriptProps(w)[key]; i++) w.ws.advance(3600_000);
    expect(scriptProps(w)[key]).toBeUndefined();
    const runs = sheetRows(w, 'runs');
    expect(runs.filter((r) => r.changes.includes('signatures:') && !r.changes.includes('no template'))).toHaveLength(1);
    const changes = runs[runs.length - 1].changes;
    // The checkpoint the cut-off execution never saved said 0: the summary must not.
    expect(changes).toContain(`signatures: ${employees.length} written`);
    expect([...writes.values()].every((n) => n === 1)).toBe(true);
    const verified = sheetRows(w, 'signature_addresses').filter((s) => s.status === 'ok' && s.lastWrittenAt !== '');
    expect(verified.length).toBe(employees.length);
  });
});
