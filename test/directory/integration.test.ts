/**
 * Directory sync on the built bundle in the offline Workspace: the setup wizard, the nightly job, merge rules
 * against the real store, faults (Directory errors, cut-offs, lost admin rights) and tenant isolation.
 */
import { addFault } from '../../sim/faults';
import { fireOwnTrigger } from '../support/triggers';
import { changeUsers, setUserStatus } from '../../sim/directory/generator';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { Execution } from '../../sim/execution';
import { action, directoryWorld, importableUsers, scriptProps, setUp, sheetRows, shown, tenantRecord, triggersOf } from './world';

const DAY = 86_400_000;

import { confirmationIdIn } from '../support/confirmation';

describe('setting up directory sync', () => {
  it('walks an admin from Connect to an imported employee list', () => {
    const w = directoryWorld({ users: 60 });
    const home = w.ws.run(w.project, 'onHomepage', { user: w.admin, kind: 'homepage', event: {} });
    expect(JSON.stringify(home.value && require('../../sim/services/card-service').readHostResponse(home.value))).toContain('Directory sync');
    expect(shown(action(w, 'dir.home'))).toContain('Step 1 of 5: Connect');
    expect(shown(action(w, 'dir.setup.connect'))).toContain('Step 2 of 5: Departments');
    expect(shown(action(w, 'dir.setup.saveDepartments', { form: { departmentsMode: 'mirror' } }))).toContain('Step 3 of 5: Which users');
    const mapping = shown(action(w, 'dir.setup.saveUsers', { form: { selectionKind: 'all' } }));
    expect(mapping).toContain('Step 4 of 5: Field mapping');
    expect(mapping).toContain('organizations.title');
    expect(mapping).toMatch(/"bottomLabel":"\d+ of \d+ users · now: [^"]+"/);
    expect(mapping).toContain('cannot be skipped');
    expect(shown(action(w, 'dir.setup.saveMapping'))).toContain('Step 5 of 5: Import');
    const done = shown(action(w, 'dir.setup.import'));
    expect(done).toContain('Sync done');
    const employees = sheetRows(w, 'employees');
    expect(employees).toHaveLength(importableUsers(w).length);
    const depts = sheetRows(w, 'departments').map((d) => d.name);
    expect(depts).toEqual(expect.arrayContaining(['Standard department', 'Sales']));
    expect(sheetRows(w, 'runs')[0]).toMatchObject({ kind: 'import', outcome: 'done' });
  });

  it('refuses setup to a user who is not an admin', () => {
    const w = directoryWorld({ users: 30 });
    const plain = w.ws.directory.usersOf(w.tenant.customerId).find((u) => !u.isAdmin && !u.isDelegatedAdmin && !u.suspended)!;
    expect(shown(action(w, 'dir.setup.connect', { user: plain.primaryEmail }))).toContain('Only an administrator');
    expect(tenantRecord(w)).toBeNull();
  });

  it('imports only the org unit, group or picked users chosen', () => {
    const w = directoryWorld({ users: 80 });
    const ou = w.tenant.orgUnits.find((o) => w.ws.directory.usersOf(w.tenant.customerId).some((u) => u.orgUnitPath === o.orgUnitPath && !u.suspended))!;
    setUp(w, { selection: { selectionKind: 'orgUnit', orgUnit: ou.orgUnitPath, children: [] } });
    const expected = importableUsers(w).filter((u) => u.orgUnitPath === ou.orgUnitPath).map((u) => u.primaryEmail).sort();
    expect(sheetRows(w, 'employees').map((e) => e.primaryEmail).sort()).toEqual(expected);
  });

  it('maps an attribute to a new custom number field and stores typed values', () => {
    const w = directoryWorld({ users: 40 });
    action(w, 'dir.setup.connect');
    action(w, 'dir.setup.saveDepartments', { form: { departmentsMode: 'standard' } });
    action(w, 'dir.setup.saveUsers', { form: { selectionKind: 'all' } });
    const schema = w.tenant.schemas.find((s) => s.fields.some((f) => f.fieldType === 'INT64'))!;
    const field = schema.fields.find((f) => f.fieldType === 'INT64')!;
    const attr = `customSchemas.${schema.schemaName}.${field.fieldName}`;
    expect(shown(action(w, 'dir.setup.saveMapping', { form: { [`map|${attr}`]: 'new:number' } }))).toContain('Import');
    action(w, 'dir.setup.import');
    const fields = sheetRows(w, 'fields');
    const target = fields.find((f) => f.attribute === attr)!.target;
    const def = fields.find((f) => f.target === target && !f.attribute)!;
    expect(def.type).toBe('number');
    const withValue = sheetRows(w, 'employees').filter((e) => e.custom && target.slice(7) in JSON.parse(e.custom));
    expect(withValue.length).toBeGreaterThan(0);
    expect(typeof JSON.parse(withValue[0].custom)[target.slice(7)]).toBe('number');
  });
});

describe('the nightly sync', () => {
  function ready(users = 120) {
    const w = directoryWorld({ users });
    setUp(w);
    expect(shown(action(w, 'sync.toggleAuto', { params: { to: 'on' } }))).toContain('Automatic sync is on');
    return w;
  }

  it('runs at 03:00 in the domain time zone as the admin who turned it on', () => {
    const w = ready();
    const nightly = triggersOf(w, w.admin).filter((t) => t.handler === 'onNightlyRun');
    expect(nightly).toHaveLength(1);
    expect(nightly[0].timeZone).toBe(w.tenant.timeZone);
    expect(nightly[0].schedule).toMatchObject({ type: 'days', everyDays: 1, hour: 3 });
    w.ws.advance(DAY);
    const runs = sheetRows(w, 'runs');
    expect(runs.map((r) => r.kind)).toEqual(['import', 'nightly']);
  });

  it('rewrites no rows on a night with no changes', () => {
    const w = ready();
    const before = w.ws.counters.snapshot();
    w.ws.advance(DAY);
    const spent = w.ws.counters.since(before);
    const night = sheetRows(w, 'runs')[1];
    expect(night).toMatchObject({ outcome: 'done', added: '0', updated: '0', rowsWritten: '0' });
    expect(Number(night.unchanged)).toBe(importableUsers(w).length);
    // One write for the run record; none on the employees table.
    expect(spent['service.calls.spreadsheet.setValues'] ?? 0).toBeLessThanOrEqual(1);
  });

  it('updates what changed, takes suspended and deleted users out, and keeps their data', () => {
    const w = ready();
    const changed = changeUsers(w.ws, w.tenant.customerId, { fraction: 0.05, seed: 1 });
    const victims = importableUsers(w).filter((u) => !u.isAdmin && !changed.includes(u.primaryEmail)).slice(0, 2);
    setUserStatus(w.ws, victims[0].primaryEmail, { suspended: true });
    setUserStatus(w.ws, victims[1].primaryEmail, { deleted: true });
    w.ws.advance(DAY);
    const night = sheetRows(w, 'runs')[1];
    expect(Number(night.updated)).toBe(changed.length);
    expect(night.left).toBe('2');
    const rows = new Map(sheetRows(w, 'employees').map((e) => [e.primaryEmail, e]));
    expect(rows.get(victims[0].primaryEmail)).toMatchObject({ reason: 'suspended', givenName: victims[0].name.givenName });
    expect(rows.get(victims[1].primaryEmail)).toMatchObject({ reason: 'deleted' });
    const u = w.ws.directory.findUser(changed[0])!;
    expect(rows.get(changed[0])!.title).toBe(u.organizations![0].title);
  });

  it('retries Directory 403 rate limits, 429 and 500 mid-run and still finishes', () => {
    const w = ready(1400);
    addFault(w.ws, { match: 'directory.users.list', status: 403, reason: 'userRateLimitExceeded', message: 'User Rate Limit Exceeded', nth: [2] });
    addFault(w.ws, { match: 'directory.users.list', status: 429, nth: [3] });
    addFault(w.ws, { match: 'directory.users.list', status: 500, nth: [4] });
    const before = w.ws.counters.snapshot();
    w.ws.advance(DAY);
    const spent = w.ws.counters.since(before);
    const night = sheetRows(w, 'runs')[1];
    expect(night.outcome).toBe('done');
    // 3 pages, 3 retries, and 4 admin listings (isAdmin and isDelegatedAdmin, when the run starts and ends: the
    // store's sharing follows the current admins).
    expect(spent['service.calls.directory.users.list']).toBe(3 + 3 + 4);
    expect(Number(night.unchanged)).toBe(importableUsers(w).length);
  });

  it('resumes from its checkpoint after an execution is cut off between pages, with the same result', () => {
    const w = directoryWorld({ users: 1400 });
    setUp(w);
    action(w, 'sync.toggleAuto', { params: { to: 'on' } });
    changeUsers(w.ws, w.tenant.customerId, { fraction: 0.1, seed: 3 });
    fireOwnTrigger(w.ws, w.project, w.admin, 'onNightlyRun', { cutOff: { afterServiceCalls: 25 } });
    // The run could not finish; its continuation trigger was armed before work began.
    expect(triggersOf(w, w.admin).filter((t) => t.handler === 'onContinueRun' && t.nextAt !== null)).toHaveLength(0 + 1);
    w.ws.advance(2 * 3600_000);
    const runs = sheetRows(w, 'runs');
    expect(runs[runs.length - 1]).toMatchObject({ kind: 'nightly', outcome: 'done' });
    const reference = directoryWorld({ users: 1400 });
    setUp(reference);
    action(reference, 'sync.toggleAuto', { params: { to: 'on' } });
    changeUsers(reference.ws, reference.tenant.customerId, { fraction: 0.1, seed: 3 });
    fireOwnTrigger(reference.ws, reference.project, reference.admin, 'onNightlyRun');
    const strip = (rows: Array<Record<string, string>>) => rows.map(({ updatedAt, lastSyncAt, createdAt, ...rest }) => rest);
    expect(strip(sheetRows(w, 'employees'))).toEqual(strip(sheetRows(reference, 'employees')));
  });

  it('stops cleanly when the trigger owner loses admin rights, and tells the other admins', () => {
    const w = ready();
    const other = w.ws.directory.usersOf(w.tenant.customerId).find((u) => (u.isAdmin || u.isDelegatedAdmin) && u.primaryEmail !== w.admin && !u.suspended)!;
    setUserStatus(w.ws, w.admin, { isAdmin: false });
    w.ws.advance(DAY);
    const last = sheetRows(w, 'runs').pop()!;
    expect(last.outcome).toBe('stopped');
    expect(last.message).toContain('no longer an administrator');
    expect(tenantRecord(w)).toMatchObject({ autoSync: false, triggerOwner: '' });
    expect(triggersOf(w, w.admin).filter((t) => t.handler === 'onNightlyRun')).toHaveLength(0);
    const card = shown(action(w, 'sync.open', { user: other.primaryEmail }));
    expect(card).toContain('Automatic sync stopped');
  });

  it('records a mapping to a deleted custom schema as a problem and syncs the rest', () => {
    const w = directoryWorld({ users: 50 });
    action(w, 'dir.setup.connect');
    action(w, 'dir.setup.saveDepartments', { form: { departmentsMode: 'standard' } });
    action(w, 'dir.setup.saveUsers', { form: { selectionKind: 'all' } });
    const schema = w.tenant.schemas[0];
    const attr = `customSchemas.${schema.schemaName}.${schema.fields[0].fieldName}`;
    action(w, 'dir.setup.saveMapping', { form: { [`map|${attr}`]: 'new:text' } });
    action(w, 'dir.setup.import');
    w.tenant.schemas.splice(0, 1);
    changeUsers(w.ws, w.tenant.customerId, { fraction: 0.1, seed: 9 });
    const r = action(w, 'sync.now');
    expect(shown(r)).toContain('Sync done');
    const errors = sheetRows(w, 'errors');
    expect(errors.some((e) => e.message.includes(`Custom schema "${schema.schemaName}" was deleted`))).toBe(true);
    expect(Number(sheetRows(w, 'runs').pop()!.updated)).toBeGreaterThan(0);
  });
});

describe('employees and departments cards', () => {
  it('pages a long list, filters by status, pauses, removes and re-imports an employee', () => {
    const w = directoryWorld({ users: 120 });
    setUp(w);
    const list = shown(action(w, 'emp.list'));
    expect(list).toContain(`1–25 of ${importableUsers(w).length}`);
    expect(shown(action(w, 'emp.page', { params: { page: '1', q: '', status: '', department: '' } }))).toContain('26–50');
    const target = sheetRows(w, 'employees')[3];
    expect(shown(action(w, 'emp.open', { params: { id: target.id } }))).toContain('from Workspace');
    expect(shown(action(w, 'emp.pause', { params: { id: target.id, to: 'off' } }))).toContain('Sync paused');
    expect(shown(action(w, 'emp.page', { params: { page: '0', q: '', status: 'paused', department: '' } }))).toContain('1–1 of 1');
    const asked = shown(action(w, 'emp.remove', { params: { id: target.id } }));
    expect(sheetRows(w, 'employees').some((e) => e.id === target.id)).toBe(true);
    action(w, 'emp.remove', { params: { id: target.id, confirm: confirmationIdIn(asked) } });
    expect(sheetRows(w, 'employees').some((e) => e.id === target.id)).toBe(false);
    // A sync does not bring a removed employee back...
    action(w, 'sync.now');
    expect(sheetRows(w, 'employees').some((e) => e.id === target.id)).toBe(false);
    // ...until an admin imports them again.
    const notImported = shown(action(w, 'emp.page', { params: { page: '0', q: '', status: 'not_imported', department: '' } }));
    expect(notImported).toContain(target.primaryEmail);
    expect(shown(action(w, 'emp.import', { params: { id: target.directoryId } }))).toContain('imported');
    expect(sheetRows(w, 'employees').some((e) => e.id === target.id)).toBe(true);
  });

  it('keeps an admin\'s edit of an Autograph-only field through later syncs', () => {
    const w = directoryWorld({ users: 40 });
    setUp(w);
    expect(shown(action(w, 'dir.setup.addField', { form: { fieldName: 'Desk', fieldType: 'text' } }))).toContain('Custom field \\\"Desk\\\" added');
    const target = sheetRows(w, 'employees')[2];
    expect(shown(action(w, 'emp.save', { params: { id: target.id }, form: { 'f|custom.desk': 'Desk 42' } }))).toContain('Saved');
    changeUsers(w.ws, w.tenant.customerId, { fraction: 1, seed: 5 });
    action(w, 'sync.now');
    action(w, 'sync.now');
    const after = sheetRows(w, 'employees').find((e) => e.id === target.id)!;
    expect(JSON.parse(after.custom)).toEqual({ desk: 'Desk 42' });
    expect(after.editedFields).toContain('custom.desk');
    expect(after.title).toBe(w.ws.directory.findUser(target.primaryEmail)!.organizations![0].title);
  });

  it('lists departments with counts and pauses one', () => {
    const w = directoryWorld({ users: 60 });
    setUp(w);
    const card = shown(action(w, 'dept.list'));
    expect(card).toMatch(/\d+ employees · Synced/);
    const sales = sheetRows(w, 'departments').find((d) => d.name === 'Sales')!;
    expect(shown(action(w, 'dept.toggle', { params: { id: sales.id, to: 'off' } }))).toContain('Sales: sync paused');
    expect(sheetRows(w, 'departments').find((d) => d.name === 'Sales')!.sync).toBe('off');
  });
});

describe('tenants', () => {
  it('never lets two tenants in one offline Workspace see each other\'s data', () => {
    const a = directoryWorld({ users: 40, seed: 1 });
    const b = directoryWorld({ users: 30, seed: 2, ws: a.ws, project: a.project });
    setUp(a);
    setUp(b);
    const aEmails = new Set(sheetRows(a, 'employees').map((e) => e.primaryEmail));
    const bEmails = sheetRows(b, 'employees').map((e) => e.primaryEmail);
    expect(bEmails.length).toBe(importableUsers(b).length);
    expect(bEmails.some((e) => aEmails.has(e))).toBe(false);
    expect(tenantRecord(a)!.spreadsheetId).not.toBe(tenantRecord(b)!.spreadsheetId);
    const bList = shown(action(b, 'emp.list'));
    for (const e of [...aEmails].slice(0, 10)) expect(bList).not.toContain(e);
  });
});

describe('a run cut off anywhere', () => {
  it('never leaves the employees table half-written, and the next run reaches the same table', () => {
    const reference = directoryWorld({ users: 700 });
    setUp(reference);
    const strip = (rows: Array<Record<string, string>>) => rows.map(({ updatedAt, lastSyncAt, createdAt, ...rest }) => rest);
    const expected = strip(sheetRows(reference, 'employees'));
    for (const cut of [25, 60, 90, 110, 125, 140]) {
      const w = directoryWorld({ users: 700 });
      for (const [route, form] of [
        ['dir.setup.connect', {}],
        ['dir.setup.saveDepartments', { departmentsMode: 'mirror' }],
        ['dir.setup.saveUsers', { selectionKind: 'all' }],
        ['dir.setup.saveMapping', {}],
      ] as Array<[string, Record<string, string>]>) action(w, route, { form });
      w.ws.run(w.project, 'dispatchAction', {
        user: w.admin,
        kind: 'action',
        event: { commonEventObject: { parameters: { action: 'dir.setup.import' }, formInputs: {} } },
        cutOff: { afterServiceCalls: cut },
      });
      const partial = sheetRows(w, 'employees').length;
      expect([0, expected.length]).toContain(partial);
      // The continuation armed before the work began finishes the import in the background.
      w.ws.advance(2 * 3600_000);
      expect(strip(sheetRows(w, 'employees'))).toEqual(expected);
    }
  });
});

describe('a directory that keeps failing', () => {
  it('records the failure with a fix, keeps its checkpoint, and finishes once the directory answers again', () => {
    const w = directoryWorld({ users: 1200 });
    setUp(w);
    action(w, 'sync.toggleAuto', { params: { to: 'on' } });
    changeUsers(w.ws, w.tenant.customerId, { fraction: 0.05, seed: 4 });
    // Calls 1–2 list the admins (the store's sharing); the sync's second page is call 4.
    addFault(w.ws, { match: 'directory.users.list', status: 503, nth: [4, 5, 6, 7, 8, 9] });
    const first = fireOwnTrigger(w.ws, w.project, w.admin, 'onNightlyRun');
    expect(first.ok).toBe(true);
    const errors = sheetRows(w, 'errors');
    expect(errors.pop()!.message).toContain('kept failing for users.list after 6 attempts');
    expect(triggersOf(w, w.admin).some((t) => t.handler === 'onContinueRun' && t.nextAt !== null)).toBe(true);
    w.ws.advance(2 * 3600_000);
    const last = sheetRows(w, 'runs').pop()!;
    expect(last).toMatchObject({ kind: 'nightly', outcome: 'done' });
    expect(Number(last.updated)).toBeGreaterThan(0);
  });
});

describe('card edits during a sync', () => {
  it('refuses an edit while a sync execution holds the tenant, and changes nothing', () => {
    const w = directoryWorld({ users: 30 });
    setUp(w);
    const target = sheetRows(w, 'employees')[1];
    scriptProps(w)[`t:${w.tenant.customerId}:lease`] = JSON.stringify({ holder: 'nightly@x', until: w.ws.clock.now() + 5 * 60_000 });
    expect(shown(action(w, 'emp.pause', { params: { id: target.id, to: 'off' } }))).toContain('A sync is writing your employees right now');
    expect(sheetRows(w, 'employees')[1].sync).toBe('on');
    w.ws.advance(6 * 60_000);
    expect(shown(action(w, 'emp.pause', { params: { id: target.id, to: 'off' } }))).toContain('Sync paused');
  });
});

describe('choosing users by group and by search', () => {
  it('imports the members of a group, nested groups included', () => {
    const w = directoryWorld({ users: 90 });
    const group = w.tenant.groups.find((g) => g.members.some((m) => m.type === 'USER'))!;
    const members = new Set<string>();
    const visit = (email: string, seen = new Set<string>()) => {
      if (seen.has(email)) return;
      seen.add(email);
      const g = w.tenant.groups.find((x) => x.email === email)!;
      for (const m of g.members) {
        if (m.type === 'USER') members.add(m.email.toLowerCase());
        else visit(m.email, seen);
      }
    };
    visit(group.email);
    setUp(w, { selection: { selectionKind: 'group', group: group.email } });
    const expected = importableUsers(w).filter((u) => members.has(u.primaryEmail.toLowerCase())).map((u) => u.primaryEmail).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(sheetRows(w, 'employees').map((e) => e.primaryEmail).sort()).toEqual(expected);
  });

  it('imports the users a plain-words search finds, and refuses a search that finds nobody in plain words', () => {
    const w = directoryWorld({ users: 90 });
    action(w, 'dir.setup.connect');
    action(w, 'dir.setup.saveDepartments', { form: { departmentsMode: 'mirror' } });
    const typo = shown(action(w, 'dir.setup.saveUsers', { form: { selectionKind: 'search', searchDepartment: 'Salse' } }));
    expect(typo).toContain('No user matches: department has \\"Salse\\"');
    expect(typo).not.toMatch(/orgDepartment|Invalid Input/);
    setUp(w, { selection: { selectionKind: 'search', searchDepartment: 'Sales' } });
    const expected = importableUsers(w).filter((u) => u.organizations?.[0]?.department === 'Sales').map((u) => u.primaryEmail).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(sheetRows(w, 'employees').map((e) => e.primaryEmail).sort()).toEqual(expected);
    expect(JSON.parse(sheetRows(w, 'settings').find((r) => r.key === 'selection')!.value)).toMatchObject({ kind: 'search', query: "orgDepartment:'Sales'" });
  });
});

describe('a big import from the card', () => {
  it('hands the work to the background instead of blocking the 30-second card action, showing done of total', () => {
    const w = directoryWorld({ users: 9000 });
    for (const [route, form] of [
      ['dir.setup.connect', {}],
      ['dir.setup.saveDepartments', { departmentsMode: 'mirror' }],
      ['dir.setup.saveUsers', { selectionKind: 'all' }],
      ['dir.setup.saveMapping', {}],
    ] as Array<[string, Record<string, string>]>) action(w, route, { form });
    const r = action(w, 'dir.setup.import');
    expect(r.execution.elapsed()).toBeLessThan(30_000);
    const card = shown(r);
    expect(card).toContain('continues in the background');
    expect(card).toMatch(/(Reading the directory|Updating employees): [\d,]+ (of [\d,]+|so far)/);
    expect(sheetRows(w, 'employees')).toHaveLength(0);
    w.ws.advance(2 * 3600_000);
    expect(sheetRows(w, 'employees')).toHaveLength(importableUsers(w).length);
    const run = sheetRows(w, 'runs').pop()!;
    expect(run).toMatchObject({ kind: 'import', outcome: 'done', executions: '2' });
    expect(shown(action(w, 'dir.progress'))).toMatch(/"topLabel":"First import finished \d{4}-\d\d-\d\d \d\d:\d\d/);
  });
});

describe('a tenant spreadsheet the sync cannot open', () => {
  it('stops the run with a notice for every admin instead of retrying forever, and clears it once a sync works', () => {
    const w = directoryWorld({ users: 60 });
    setUp(w);
    const other = w.ws.directory.usersOf(w.tenant.customerId).find((u) => (u.isAdmin || u.isDelegatedAdmin) && u.primaryEmail !== w.admin && !u.suspended)!;
    action(w, 'sync.toggleAuto', { params: { to: 'on' }, user: other.primaryEmail });
    const ss = spreadsheetState(w.ws, String(tenantRecord(w)!.spreadsheetId))!;
    const editors = ss.editors.slice();
    ss.editors = ss.editors.filter((e) => e !== other.primaryEmail.toLowerCase());
    w.ws.advance(DAY);
    expect(String(tenantRecord(w)!.notice)).toContain('Autograph cannot open its spreadsheet');
    expect(triggersOf(w, other.primaryEmail).filter((t) => t.handler === 'onContinueRun' && t.nextAt !== null)).toHaveLength(0);
    expect(shown(action(w, 'sync.open'))).toContain('cannot open its spreadsheet');
    ss.editors = editors;
    action(w, 'sync.now');
    expect(tenantRecord(w)!.notice).toBe('');
  });
});

describe('a spill of directory pages cut off half-way', () => {
  it('overwrites the half-written spill on resume instead of appending after it, and ends with the same employees', () => {
    const strip = (rows: Array<Record<string, string>>) => rows.map(({ updatedAt, lastSyncAt, createdAt, ...rest }) => rest);
    const prepare = () => {
      const w = directoryWorld({ users: 6000 });
      for (const [route, form] of [
        ['dir.setup.connect', {}],
        ['dir.setup.saveDepartments', { departmentsMode: 'mirror' }],
        ['dir.setup.saveUsers', { selectionKind: 'all' }],
        ['dir.setup.saveMapping', {}],
      ] as Array<[string, Record<string, string>]>) action(w, route, { form });
      return w;
    };
    // Probe: where in the card's import slice the spilled pages are written and the checkpoint saved.
    const reference = prepare();
    const calls: string[] = [];
    const original = Execution.prototype.serviceCall;
    Execution.prototype.serviceCall = function (this: Execution, key: string, ms: number) {
      if (this.functionName === 'dispatchAction') calls.push(key);
      return original.call(this, key, ms);
    };
    try {
      action(reference, 'dir.setup.import');
    } finally {
      Execution.prototype.serviceCall = original;
    }
    const spillWrite = calls.lastIndexOf('spreadsheet.setValues');
    expect(calls.slice(spillWrite + 1)).toContain('properties.set');
    reference.ws.advance(2 * 3600_000);
    const expected = strip(sheetRows(reference, 'employees'));
    expect(expected).toHaveLength(importableUsers(reference).length);

    // Cut right after the spill's rows are written, before the checkpoint records them.
    const w = prepare();
    w.ws.run(w.project, 'dispatchAction', {
      user: w.admin,
      kind: 'action',
      event: { commonEventObject: { parameters: { action: 'dir.setup.import' }, formInputs: {} } },
      cutOff: { afterServiceCalls: spillWrite + 1 },
    });
    const orphans = sheetRows(w, '_directory').length;
    expect(orphans).toBeGreaterThan(0);
    // The directory changes before the run resumes; the resumed slice (Sync now) reads every page again and
    // spills them over the orphans, so the import must carry today's values, not the orphans' stale ones.
    const changed = changeUsers(w.ws, w.tenant.customerId, { fraction: 0.3, seed: 8 });
    // The dead execution's lease keeps the tenant for a few minutes; then it expires.
    expect(shown(action(w, 'sync.now'))).toContain('Another sync of your domain is running');
    w.ws.advance(8 * 60_000);
    expect(shown(action(w, 'sync.now'))).toContain('continues in the background');
    expect(sheetRows(w, '_directory')).toHaveLength(orphans);
    w.ws.advance(2 * 3600_000);
    const rows = new Map(sheetRows(w, 'employees').map((e) => [e.primaryEmail, e]));
    expect(rows.size).toBe(expected.length);
    for (const email of changed.slice(0, 200)) {
      const u = w.ws.directory.findUser(email)!;
      if (u.suspended || u.archived) continue;
      expect(rows.get(email)?.title).toBe(u.organizations?.[0]?.title ?? '');
    }
  });
});

describe('moving an employee between departments', () => {
  it('lets an admin pick another department in standard mode, and the choice survives syncs', () => {
    const w = directoryWorld({ users: 40 });
    setUp(w, { mode: 'standard' });
    action(w, 'dept.add', { form: { name: 'Field Sales' } });
    const target = sheetRows(w, 'employees')[4];
    const card = shown(action(w, 'emp.open', { params: { id: target.id } }));
    expect(card).toContain('"name":"f|department"');
    action(w, 'emp.save', { params: { id: target.id }, form: { 'f|department': 'Field Sales' } });
    changeUsers(w.ws, w.tenant.customerId, { fraction: 1, seed: 2 });
    action(w, 'sync.now');
    expect(sheetRows(w, 'employees').find((e) => e.id === target.id)!.department).toBe('Field Sales');
    expect(shown(action(w, 'dept.list'))).toContain('1 employee · Synced');
  });
});

describe('the 24 h update time zone', () => {
  it('moves the nightly trigger to 03:00 in the zone the admin picks', () => {
    const w = directoryWorld({ users: 30 });
    setUp(w);
    action(w, 'sync.toggleAuto', { params: { to: 'on' } });
    expect(shown(action(w, 'sync.saveTimeZone', { form: { timeZone: 'America/New_York' } }))).toContain('3:00 America/New_York');
    const nightly = triggersOf(w, w.admin).filter((t) => t.handler === 'onNightlyRun');
    expect(nightly).toHaveLength(1);
    expect(nightly[0].timeZone).toBe('America/New_York');
    expect(tenantRecord(w)).toMatchObject({ timeZone: 'America/New_York', autoSync: true, triggerOwner: w.admin });
    expect(shown(action(w, 'sync.saveTimeZone', { form: { timeZone: 'Mars/Olympus' } }))).toContain('is not a time zone Autograph offers');
  });
});

describe('odd values in the sheet', () => {
  it('stores a department name with odd characters as plain text, never as a formula', () => {
    const w = directoryWorld({ users: 30 });
    const u = importableUsers(w).find((x) => !x.isAdmin)!;
    u.organizations = [{ ...(u.organizations?.[0] ?? {}), department: '  =HYPERLINK("http://x")\t<R&D> / Ops — Île 🚀 ', primary: true }];
    u.phones = [{ value: '+49 30 1234', type: 'work' }];
    setUp(w, { mode: 'mirror' });
    const row = sheetRows(w, 'employees').find((e) => e.primaryEmail === u.primaryEmail)!;
    expect(row.department).toBe('=HYPERLINK("http://x") <R&D> / Ops — Île 🚀');
    expect(row['phones.work']).toBe('+49 30 1234');
    expect(sheetRows(w, 'departments').map((d) => d.name)).toContain('=HYPERLINK("http://x") <R&D> / Ops — Île 🚀');
    const list = shown(action(w, 'dept.list'));
    expect(list).toContain('1 employee · Synced');
    // Card text reads basic HTML: the name is escaped so it shows as typed.
    expect(list).toContain('&lt;R&amp;D&gt; / Ops');
  });
});
