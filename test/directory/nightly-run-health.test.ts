/**
 * Issue 11, item 10: a nightly trigger whose owner is suspended or deleted stops firing (Google's pages are silent;
 * the offline Workspace plays the conservative answer), and every admin's home card then says the last completed
 * nightly run is older than 36 hours, names the owner and why, and offers to take the run over.
 */
import { action, directoryWorld, setUp, sheetRows, shown, type DirWorld } from './world';
import { turnOnAutoSync } from '../support/triggers';
import { setUserStatus } from '../../sim/directory/changes';
import { scriptAppState, TRIGGER_OWNER_DELETED, TRIGGER_OWNER_SUSPENDED } from '../../sim/services/trigger-state';

const DAY = 24 * 3600_000;

function ready(): DirWorld {
  const w = directoryWorld({ users: 30, seed: 'run-health' });
  if (!setUp(w).ok) throw new Error('setup failed');
  for (let i = 0; i < 6 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  return w;
}

const otherAdmin = (w: DirWorld) =>
  w.ws.directory.usersOf(w.tenant.customerId).find((u) => (u.isAdmin || u.isDelegatedAdmin) && u.primaryEmail !== w.admin && !u.suspended)!.primaryEmail;
const home = (w: DirWorld, user: string) => shown(w.ws.run(w.project, 'onHomepage', { user, kind: 'homepage', event: {} }));
const nightlyDone = (w: DirWorld) => sheetRows(w, 'runs').filter((r) => r.kind === 'nightly' && r.outcome === 'done').length;
const ownerFirings = (w: DirWorld, owner: string) => scriptAppState(w.ws).firings.filter((f) => f.owner === owner && f.handler === 'onNightlyRun');

describe('a nightly run whose trigger owner is gone', () => {
  it('warns every admin after 36 hours when the owner is suspended, and taking over restores the runs', () => {
    const w = ready();
    const owner = w.admin;
    const second = otherAdmin(w);
    turnOnAutoSync(w.ws, w.project, owner);
    w.ws.advance(DAY);
    expect(nightlyDone(w)).toBe(1);
    expect(home(w, second)).not.toContain('Take over the nightly run');

    setUserStatus(w.ws, owner, { suspended: true });
    w.ws.advance(2 * DAY);
    // The trigger did not fire: no execution started, no run was recorded.
    expect(nightlyDone(w)).toBe(1);
    const skipped = ownerFirings(w, owner).slice(-2);
    expect(skipped.map((f) => [f.executionId, f.error])).toEqual([[null, TRIGGER_OWNER_SUSPENDED], [null, TRIGGER_OWNER_SUSPENDED]]);

    const card = home(w, second);
    expect(card).toContain('The last nightly run completed');
    expect(card).toContain('more than 36');
    expect(card).toContain(`${owner}, who owns the nightly run, is suspended`);
    expect(card).toContain('Take over the nightly run');
    // The sync card says the same, from the same rule.
    expect(shown(action(w, 'sync.open', { user: second }))).toContain(`${owner}, who owns the nightly run, is suspended`);

    expect(action(w, 'sync.toggleAuto', { user: second, params: { to: 'on' } }).ok).toBe(true);
    w.ws.advance(DAY);
    expect(nightlyDone(w)).toBe(2);
    expect(sheetRows(w, 'runs').pop()).toMatchObject({ kind: 'nightly', outcome: 'done' });
    expect(home(w, second)).not.toContain('Take over the nightly run');
  });

  it('names a deleted owner, and stays quiet while automatic sync is off', () => {
    const w = ready();
    const owner = otherAdmin(w);
    turnOnAutoSync(w.ws, w.project, owner);
    w.ws.advance(DAY);
    setUserStatus(w.ws, owner, { deleted: true });
    w.ws.advance(2 * DAY);
    expect(ownerFirings(w, owner).pop()!.error).toBe(TRIGGER_OWNER_DELETED);
    const card = home(w, w.admin);
    expect(card).toContain(`${owner}, who owned the nightly run, no longer exists in the Directory`);

    expect(action(w, 'sync.toggleAuto', { params: { to: 'off' } }).ok).toBe(true);
    expect(home(w, w.admin)).not.toContain('Take over the nightly run');
  });
});
