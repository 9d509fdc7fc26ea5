import { planSync, DirectoryEntry, PlanInput, mergeValues } from '../../src/core/directory/plan';
import { newEmployee, Employee } from '../../src/core/directory/employee';
import { defaultMapping, addCustomField, setRule } from '../../src/core/directory/mapping';
import { newDepartment, STANDARD_DEPARTMENT } from '../../src/core/directory/departments';
import { statusOf } from '../../src/core/directory/status';

const NOW = Date.UTC(2026, 10, 21, 3, 0, 0);

function entry(id: string, email: string, attrs: Record<string, string> = {}, extra: Partial<DirectoryEntry> = {}): DirectoryEntry {
  return { id, primaryEmail: email, aliases: [], suspended: false, archived: false, hasMailbox: true, admin: false, orgUnitPath: '/', attrs, ...extra };
}

function employee(email: string, patch: Partial<Employee> = {}): Employee {
  return { ...newEmployee(email, NOW - 86_400_000, patch.directoryId ?? ''), department: STANDARD_DEPARTMENT, orgUnitPath: '/', ...patch };
}

function plan(over: Partial<PlanInput>) {
  return planSync({
    entries: [],
    complete: true,
    employees: [],
    departments: [newDepartment(STANDARD_DEPARTMENT, 'standard', 0)],
    mapping: defaultMapping(),
    departmentsMode: 'standard',
    pausedAll: false,
    shouldImport: () => true,
    now: NOW,
    ...over,
  });
}

describe('merge rules', () => {
  it('never duplicates an existing employee with the same primary email', () => {
    const p = plan({ employees: [employee('ana@x.example')], entries: [entry('1', 'ana@x.example', { 'name.givenName': 'Ana' })] });
    expect(p.employees).toHaveLength(1);
    expect(p.added).toEqual([]);
    expect(p.employees[0].directoryId).toBe('1');
    expect(p.employees[0].givenName).toBe('Ana');
  });

  it('never duplicates an existing employee whose alias is the user\'s primary email', () => {
    const existing = employee('ana.old@x.example', { aliases: ['ana@x.example'] });
    const p = plan({ employees: [existing], entries: [entry('1', 'ana@x.example')] });
    expect(p.employees).toHaveLength(1);
    expect(p.employees[0].primaryEmail).toBe('ana@x.example');
  });

  it('never duplicates an employee when the user has the employee\'s email as an alias', () => {
    const p = plan({ employees: [employee('sales.ana@x.example')], entries: [entry('1', 'ana@x.example', {}, { aliases: ['sales.ana@x.example'] })] });
    expect(p.employees).toHaveLength(1);
    expect(p.added).toEqual([]);
  });

  it('overwrites mapped fields with what Workspace has', () => {
    const p = plan({
      employees: [employee('ana@x.example', { directoryId: '1', title: 'Intern', sources: { title: 'workspace' } })],
      entries: [entry('1', 'ana@x.example', { 'organizations.title': 'Engineer' })],
    });
    expect(p.employees[0].title).toBe('Engineer');
    expect(p.updated).toEqual([{ email: 'ana@x.example', fields: ['title'] }]);
  });

  it('keeps data only Autograph has when Workspace has none', () => {
    const p = plan({
      employees: [employee('ana@x.example', { directoryId: '1', phones: { ...newEmployee('a@b', 0).phones, mobile: '+49 170 1' }, custom: { pronouns: 'she/her' } })],
      entries: [entry('1', 'ana@x.example', { 'organizations.title': 'Engineer' })],
    });
    expect(p.employees[0].phones.mobile).toBe('+49 170 1');
    expect(p.employees[0].custom.pronouns).toBe('she/her');
  });

  it('keeps a mapped field Workspace leaves empty', () => {
    const p = plan({
      employees: [employee('ana@x.example', { directoryId: '1', title: 'Engineer', sources: { title: 'workspace' } })],
      entries: [entry('1', 'ana@x.example', { 'organizations.title': '' })],
    });
    expect(p.employees[0].title).toBe('Engineer');
    expect(p.unchanged).toBe(1);
  });

  it('lets an admin\'s manual edit of an Autograph-only field survive every sync', () => {
    let employees = [employee('ana@x.example', { directoryId: '1', location: 'Desk 4', editedFields: ['location'], sources: { location: 'autograph' } })];
    const mapping = setRule(defaultMapping(), 'organizations.location', '');
    for (let night = 0; night < 3; night++) {
      const p = plan({ employees, mapping, entries: [entry('1', 'ana@x.example', { 'organizations.location': 'Berlin HQ', 'organizations.title': 'CTO' })] });
      employees = p.employees;
    }
    expect(employees[0].location).toBe('Desk 4');
    expect(employees[0].editedFields).toEqual(['location']);
    expect(employees[0].title).toBe('CTO');
  });

  it('takes suspended, archived and deleted users out of the synced set with a reason and keeps their data', () => {
    const employees = [
      employee('s@x.example', { directoryId: '1', title: 'A' }),
      employee('a@x.example', { directoryId: '2', title: 'B' }),
      employee('d@x.example', { directoryId: '3', title: 'C' }),
    ];
    const p = plan({
      employees,
      entries: [entry('1', 's@x.example', { 'organizations.title': 'changed' }, { suspended: true }), entry('2', 'a@x.example', {}, { archived: true })],
    });
    expect(p.left).toEqual([
      { email: 's@x.example', reason: 'suspended' },
      { email: 'a@x.example', reason: 'archived' },
      { email: 'd@x.example', reason: 'deleted' },
    ]);
    expect(p.employees.map((e) => e.title)).toEqual(['A', 'B', 'C']);
    const ctx = { pausedAll: false, pausedDepartments: new Set<string>() };
    expect(p.employees.map((e) => statusOf(e, ctx))).toEqual([
      { status: 'paused', reason: 'suspended' },
      { status: 'paused', reason: 'archived' },
      { status: 'paused', reason: 'deleted' },
    ]);
  });

  it('brings an un-suspended user back into the synced set', () => {
    const p = plan({ employees: [employee('s@x.example', { directoryId: '1', reason: 'suspended' })], entries: [entry('1', 's@x.example')] });
    expect(p.returned).toEqual(['s@x.example']);
    expect(p.employees[0].reason).toBe('');
  });

  it('flags users without a mailbox instead of failing them', () => {
    const p = plan({ entries: [entry('1', 'nomail@x.example', { 'name.givenName': 'No' }, { hasMailbox: false })] });
    expect(p.added).toEqual(['nomail@x.example']);
    expect(p.problems).toEqual([]);
    expect(statusOf(p.employees[0], { pausedAll: false, pausedDepartments: new Set() })).toEqual({ status: 'synced', reason: 'no_mailbox' });
  });

  it('does not import suspended or archived users', () => {
    const p = plan({ entries: [entry('1', 's@x.example', {}, { suspended: true }), entry('2', 'a@x.example', {}, { archived: true })] });
    expect(p.added).toEqual([]);
  });

  it('pauses one user: Workspace data stops flowing in', () => {
    const p = plan({ employees: [employee('ana@x.example', { directoryId: '1', syncOn: false, title: 'Old' })], entries: [entry('1', 'ana@x.example', { 'organizations.title': 'New' })] });
    expect(p.employees[0].title).toBe('Old');
    expect(p.paused).toBe(1);
  });

  it('pauses a department: its employees keep their data', () => {
    const sales = { ...newDepartment('Sales', 'workspace', 0), syncOn: false };
    const p = plan({
      departments: [newDepartment(STANDARD_DEPARTMENT, 'standard', 0), sales],
      employees: [employee('ana@x.example', { directoryId: '1', department: 'sales ', title: 'Old' })],
      entries: [entry('1', 'ana@x.example', { 'organizations.title': 'New' })],
    });
    expect(p.employees[0].title).toBe('Old');
    expect(statusOf(p.employees[0], { pausedAll: false, pausedDepartments: new Set(['sales']) })).toEqual({ status: 'paused', reason: 'paused_department' });
  });

  it('pauses everyone: nothing is updated or imported', () => {
    const p = plan({ pausedAll: true, employees: [employee('ana@x.example', { directoryId: '1', title: 'Old' })], entries: [entry('1', 'ana@x.example', { 'organizations.title': 'New' }), entry('2', 'ben@x.example')] });
    expect(p.employees.map((e) => e.title)).toEqual(['Old']);
    expect(p.added).toEqual([]);
  });

  it('lets removed employees be Not imported and re-imported later', () => {
    const removed = new Set(['1']);
    const users = [entry('1', 'ana@x.example', { 'name.givenName': 'Ana' })];
    const skipped = plan({ entries: users, shouldImport: (d) => !removed.has(d.id) });
    expect(skipped.added).toEqual([]);
    expect(statusOf(null, { pausedAll: false, pausedDepartments: new Set() }).status).toBe('not_imported');
    removed.delete('1');
    const again = plan({ entries: users, shouldImport: (d) => !removed.has(d.id) });
    expect(again.added).toEqual(['ana@x.example']);
    expect(again.employees[0].givenName).toBe('Ana');
  });

  it('changes nothing on a night with no changes', () => {
    const first = plan({ entries: [entry('1', 'ana@x.example', { 'organizations.title': 'Engineer', 'phones.work': '+1 555' })] });
    const second = plan({ employees: first.employees, entries: [entry('1', 'ana@x.example', { 'organizations.title': 'Engineer', 'phones.work': '+1 555' })], now: NOW + 86_400_000 });
    expect(second.updated).toEqual([]);
    expect(second.added).toEqual([]);
    expect(second.employees).toEqual(first.employees);
  });

  it('records Workspace as the source of the fields it filled', () => {
    const e = newEmployee('a@x.example', NOW);
    mergeValues(e, { title: 'CTO', 'phones.mobile': '' });
    expect(e.sources).toEqual({ title: 'workspace' });
  });
});

describe('departments', () => {
  it('puts new employees in the Standard department in standard mode', () => {
    const p = plan({ entries: [entry('1', 'ana@x.example', { 'organizations.department': 'Sales' })] });
    expect(p.employees[0].department).toBe(STANDARD_DEPARTMENT);
    expect(p.departmentsAdded).toEqual([]);
  });

  it('mirrors Workspace departments, matching names ignoring case and surrounding spaces', () => {
    const p = plan({
      departmentsMode: 'mirror',
      departments: [newDepartment(STANDARD_DEPARTMENT, 'standard', 0), newDepartment('Sales', 'manual', 0)],
      entries: [
        entry('1', 'a@x.example', { 'organizations.department': '  sales ' }),
        entry('2', 'b@x.example', { 'organizations.department': 'Research & Development' }),
        entry('3', 'c@x.example', { 'organizations.department': 'research & development' }),
        entry('4', 'd@x.example'),
      ],
    });
    expect(p.employees.map((e) => e.department)).toEqual(['Sales', 'Research & Development', 'Research & Development', STANDARD_DEPARTMENT]);
    expect(p.departmentsAdded).toEqual(['Research & Development']);
  });

  it('keeps a department name with odd characters as typed, minus control characters', () => {
    const p = plan({
      departmentsMode: 'mirror',
      entries: [entry('1', 'a@x.example', { 'organizations.department': '=SUM(A1)\t<b>R&D</b> / Ops — Île 🚀\n' })],
    });
    expect(p.employees[0].department).toBe('=SUM(A1) <b>R&D</b> / Ops — Île 🚀');
    expect(p.departmentsAdded).toEqual(['=SUM(A1) <b>R&D</b> / Ops — Île 🚀']);
  });
});

describe('bad input', () => {
  it('matches neither of two users claiming one alias, and says which alias to fix', () => {
    const existing = employee('team@x.example', { directoryId: '' });
    const p = plan({
      employees: [existing],
      entries: [entry('1', 'ana@x.example', {}, { aliases: ['team@x.example'] }), entry('2', 'ben@x.example', {}, { aliases: ['team@x.example'] })],
    });
    expect(p.employees.filter((e) => e.primaryEmail === 'team@x.example')).toHaveLength(1);
    expect(p.added.sort()).toEqual(['ana@x.example', 'ben@x.example']);
    expect(p.employees.every((e) => !e.aliases.includes('team@x.example'))).toBe(true);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0].message).toContain('team@x.example is claimed by 2 Workspace users (ana@x.example, ben@x.example)');
    expect(p.problems[0].fix).toContain('Admin console');
  });

  it('keeps the previous value when a custom number field receives text, and reports it', () => {
    const { mapping } = addCustomField(defaultMapping(), 'Employee number', 'number');
    const m = setRule(mapping, 'customSchemas.HR.number', 'custom.employee_number');
    const first = plan({ mapping: m, entries: [entry('1', 'a@x.example', { 'customSchemas.HR.number': '1,234' })] });
    expect(first.employees[0].custom.employee_number).toBe(1234);
    const second = plan({ mapping: m, employees: first.employees, entries: [entry('1', 'a@x.example', { 'customSchemas.HR.number': 'twelve' })] });
    expect(second.employees[0].custom.employee_number).toBe(1234);
    expect(second.problems).toHaveLength(1);
    expect(second.problems[0]).toMatchObject({ email: 'a@x.example', field: 'custom.employee_number' });
    expect(second.problems[0].message).toContain('"twelve" is not a number');
  });
});
