/**
 * Every entry point checks who runs it and why (issue 10, findings 5 and 12): the trigger functions act only for
 * a trigger the running user owns, and card routes are looked up among the route table's own names.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { action, directoryWorld, scriptProps, setUp, sheetRows, shown, tenantRecord, type DirWorld } from '../directory/world';
import { fireOwnTrigger, ownTriggerId, turnOnAutoSync } from '../support/triggers';
import { timeDrivenEvent } from '../../sim/services/trigger-state';

const DAY = 24 * 3600_000;

function ready(): DirWorld {
  const w = directoryWorld({ users: 60, seed: 11 });
  if (!setUp(w).ok) throw new Error('setup failed');
  for (let i = 0; i < 6 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  turnOnAutoSync(w.ws, w.project, w.admin);
  return w;
}

/** Every service's state, the directory and the clock-independent parts of the workspace, as saved to disk. */
function savedStates(w: DirWorld): Record<string, unknown> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'entry-')), 'ws.json');
  try {
    w.ws.saveState(file);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { states: data.states, users: data.users, tenants: data.tenants, installs: data.installs };
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

function regularUser(w: DirWorld): string {
  return w.ws.directory.usersOf(w.tenant.customerId).find((u) => !u.isAdmin && !u.isDelegatedAdmin && !u.suspended)!.primaryEmail;
}

describe('trigger entry points', () => {
  it('refuses onNightlyRun called by a regular user without touching any state', () => {
    const w = ready();
    // A run in progress and a notice-free tenant: what the attack used to clear and overwrite.
    fireOwnTrigger(w.ws, w.project, w.admin, 'onNightlyRun', { cutOff: { afterServiceCalls: 60 } });
    const before = savedStates(w);
    const user = regularUser(w);
    const adminsTrigger = ownTriggerId(w.ws, w.project, w.admin, 'onNightlyRun')!;
    for (const event of [{}, { triggerUid: adminsTrigger }, timeDrivenEvent(adminsTrigger, w.ws.clock.now())]) {
      for (const fn of ['onNightlyRun', 'onContinueRun']) {
        const r = w.ws.run(w.project, fn, { user, kind: 'trigger', event });
        expect(r.ok).toBe(true);
      }
    }
    const after = savedStates(w);
    // Executions leave no trace in service state beyond the per-user runtime bookkeeping of real triggers (none here).
    expect(after).toEqual(before);
    expect(w.ws.logs.filter((l) => l.user === user).some((l) => l.text.includes('Refused: onNightlyRun runs only when fired by its own trigger'))).toBe(true);
  });

  it("refuses an admin calling onNightlyRun by name (no trigger event), leaving another admin's run alone", () => {
    const w = ready();
    const other = w.ws.directory.usersOf(w.tenant.customerId).find((u) => (u.isAdmin || u.isDelegatedAdmin) && u.primaryEmail !== w.admin && !u.suspended)!.primaryEmail;
    const before = savedStates(w);
    const r = w.ws.run(w.project, 'onNightlyRun', { user: other, kind: 'trigger', event: {} });
    expect(r.ok).toBe(true);
    expect(savedStates(w)).toEqual(before);
    expect(tenantRecord(w)).toMatchObject({ autoSync: true, triggerOwner: w.admin, notice: '' });
  });

  it('runs the nightly job when its owner\'s trigger fires', () => {
    const w = ready();
    const runs = sheetRows(w, 'runs').length;
    w.ws.advance(DAY);
    const all = sheetRows(w, 'runs');
    expect(all.length).toBe(runs + 1);
    expect(all[all.length - 1]).toMatchObject({ kind: 'nightly', outcome: 'done' });
    expect(scriptProps(w)[`t:${w.tenant.customerId}:run`]).toBeUndefined();
  });
});

describe('card routes', () => {
  it('answers Unknown action for __proto__, constructor and toString', () => {
    const w = directoryWorld({ users: 20, seed: 5 });
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const card = shown(action(w, name));
      expect(card).toContain(`Unknown action \\"${name}\\"`);
      expect(card).not.toContain('is not a function');
    }
  });
});
