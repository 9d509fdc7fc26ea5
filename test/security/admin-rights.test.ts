/**
 * Rights follow the directory at once (issue 10, findings 4, 6, 8, 9): no cached "admin", a transient Directory
 * error is its own state, the store's sharing follows the current admins on every run, and a store that cannot
 * be opened is a state with its fix.
 */
import { action, directoryWorld, setUp, sheetRows, shown, tenantRecord, type DirWorld } from '../directory/world';
import { turnOnAutoSync } from '../support/triggers';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { setUserStatus } from '../../sim/directory/changes';
import { addFault } from '../../sim/faults';

const DAY = 24 * 3600_000;

function ready(): DirWorld {
  const w = directoryWorld({ users: 60, seed: 11 });
  if (!setUp(w).ok) throw new Error('setup failed');
  for (let i = 0; i < 6 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  return w;
}

const storeId = (w: DirWorld) => String(tenantRecord(w)!.spreadsheetId);
const otherAdmin = (w: DirWorld) =>
  w.ws.directory.usersOf(w.tenant.customerId).find((u) => (u.isAdmin || u.isDelegatedAdmin) && u.primaryEmail !== w.admin && !u.suspended)!.primaryEmail;
const regular = (w: DirWorld, n = 0) => w.ws.directory.usersOf(w.tenant.customerId).filter((u) => !u.isAdmin && !u.isDelegatedAdmin && !u.suspended)[n].primaryEmail;

function demote(w: DirWorld, email: string): void {
  setUserStatus(w.ws, email, { isAdmin: false });
  w.ws.directory.findUser(email)!.isDelegatedAdmin = false;
}

describe('admin rights follow the directory', () => {
  it('removes a demoted admin from the store on the next run and refuses their next click', () => {
    const w = ready();
    turnOnAutoSync(w.ws, w.project, w.admin);
    const ex = otherAdmin(w);
    expect(spreadsheetState(w.ws, storeId(w))!.editors).toContain(ex);
    expect(shown(action(w, 'sync.open', { user: ex }))).toContain('Directory sync');
    demote(w, ex);
    // Their next click, before any run: refused (no 5-minute role cache).
    expect(shown(action(w, 'sync.open', { user: ex }))).toContain('Only an administrator of your domain can do this.');
    w.ws.advance(DAY);
    const f = spreadsheetState(w.ws, storeId(w))!;
    expect(f.editors).not.toContain(ex);
    expect(f.viewers).not.toContain(ex);
    expect(sheetRows(w, 'runs').pop()).toMatchObject({ kind: 'nightly', outcome: 'done' });
  });

  it('lets a second admin own the nightly run: every stage runs and writes', () => {
    const w = ready();
    const second = otherAdmin(w);
    turnOnAutoSync(w.ws, w.project, second);
    w.ws.advance(DAY);
    const last = sheetRows(w, 'runs').pop()!;
    expect(last).toMatchObject({ kind: 'nightly', outcome: 'done' });
    const errors = sheetRows(w, 'errors').filter((e) => e.runId === last.id);
    expect(errors.map((e) => e.message).join('\n')).not.toMatch(/permission/i);
    // Every file Autograph keeps for the tenant is editable by the admin who owns the nightly run.
    expect(spreadsheetState(w.ws, storeId(w))!.editors).toContain(second);
    expect(tenantRecord(w)).toMatchObject({ autoSync: true, triggerOwner: second });
  });

  it('keeps an admin an admin through a transient Directory 503 and says to retry', () => {
    const w = ready();
    addFault(w.ws, { match: 'directory.users.get', status: 503, reason: 'backendError', message: 'Service Unavailable', nth: [1], user: w.admin });
    const card = shown(action(w, 'sync.open'));
    expect(card).toContain('could not check your admin rights');
    expect(card).toContain('Try again in a minute');
    // Not cached: the next click asks again and the admin is an admin.
    expect(shown(action(w, 'sync.open'))).toContain('Directory sync');
  });

  it('says the Admin SDK API is not enabled instead of treating the admin as an employee', () => {
    const w = ready();
    addFault(w.ws, { match: 'directory.users.get', status: 403, reason: 'accessNotConfigured', message: 'Admin SDK API has not been used in project 1 before or it is disabled.', nth: [1] });
    const home = shown(w.ws.run(w.project, 'onHomepage', { user: w.admin, kind: 'homepage', event: {} }));
    expect(home).toContain('Admin SDK API is not enabled');
    expect(home).toContain('Try again');
  });
});

describe('a store that cannot be opened is a state', () => {
  it('shows a deleted store as a state with the fix', () => {
    const w = ready();
    const files = w.ws.state<{ files: Record<string, unknown> }>('spreadsheets', () => ({ files: {} })).files;
    const old = storeId(w);
    delete files[old];
    const card = shown(action(w, 'sync.open'));
    expect(card).toContain('was deleted or cannot be found');
    expect(card).toContain('Re-create the store and re-import');
    expect(card).toContain('The Autograph spreadsheet is gone');
    const recreated = shown(action(w, 'store.recreate'));
    expect(recreated).toContain('A new Autograph spreadsheet, owned by you');
    expect(storeId(w)).not.toBe(old);
    for (let i = 0; i < 6 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
    expect(sheetRows(w, 'employees').length).toBeGreaterThan(0);
  });

  it('tells an admin promoted after setup that the store is not shared yet, and the next run shares it', () => {
    const w = ready();
    turnOnAutoSync(w.ws, w.project, w.admin);
    const promoted = regular(w);
    setUserStatus(w.ws, promoted, { isAdmin: true });
    const card = shown(action(w, 'sync.open', { user: promoted }));
    expect(card).toContain('is not shared with you');
    expect(card).toContain("wait for tonight's run, which shares it with every current admin");
    w.ws.advance(DAY);
    expect(spreadsheetState(w.ws, storeId(w))!.editors).toContain(promoted);
    expect(shown(action(w, 'sync.open', { user: promoted }))).toContain('Directory sync');
  });

  it("tells the admins when the store's owner is no longer an admin, with the fix", () => {
    const w = ready();
    const second = otherAdmin(w);
    demote(w, w.admin);
    const home = shown(action(w, 'home.open', { user: second }));
    expect(home).toContain(`owned by ${w.admin}, who is no longer an administrator`);
    expect(home).toContain('Re-create the store');
    const before = sheetRows(w, 'signature_templates').length;
    shown(action(w, 'store.recreate', { user: second }));
    expect(spreadsheetState(w.ws, storeId(w))!.owner).toBe(second);
    expect(spreadsheetState(w.ws, storeId(w))!.editors).not.toContain(w.admin);
    expect(sheetRows(w, 'signature_templates').length).toBe(before);
  });
});
