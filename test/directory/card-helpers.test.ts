import { mappingFromForm } from '../../src/ui/setup-cards';
import { applyEdits, filterEmployees } from '../../src/ui/employee-cards';
import { defaultMapping } from '../../src/core/directory/mapping';
import { newEmployee } from '../../src/core/directory/employee';

describe('the field mapping form', () => {
  it('names both attributes when two are mapped onto one field', () => {
    const r = mappingFromForm({ 'name.fullName': 'field:fullName', 'name.displayName': 'field:fullName' }, defaultMapping(), {});
    expect(r).toBe('Full name is mapped from two attributes (name.fullName and name.displayName). Map one of them to another field or skip it.');
  });

  it('creates a typed custom field for "new custom field" choices', () => {
    const r = mappingFromForm({ 'customSchemas.Employment.employeeNumber': 'new:number' }, defaultMapping(), { 'customSchemas.Employment.employeeNumber': 'employeeNumber' });
    if (typeof r === 'string') throw new Error(r);
    expect(r.customFields).toEqual([{ key: 'employeenumber', label: 'employeeNumber', type: 'number' }]);
    expect(r.rules).toContainEqual({ attribute: 'customSchemas.Employment.employeeNumber', target: 'custom.employeenumber' });
  });

  it('skips attributes set to Skip', () => {
    const r = mappingFromForm({ 'organizations.title': 'skip' }, defaultMapping(), {});
    if (typeof r === 'string') throw new Error(r);
    expect(r.rules.some((x) => x.attribute === 'organizations.title')).toBe(false);
  });
});

describe('editing an employee on the card', () => {
  it('refuses text in a number field and saves nothing', () => {
    const e = newEmployee('a@x.example', 0, '1');
    e.custom.badge = 7;
    expect(applyEdits(e, { location: 'Desk 4', 'custom.badge': 'seven' }, { 'custom.badge': 'number' })).toContain('"seven" is not a number');
    expect(e.custom.badge).toBe(7);
    expect(e.location).toBe('');
  });

  it('marks edited fields as Autograph-sourced so syncs keep them', () => {
    const e = newEmployee('a@x.example', 0, '1');
    expect(applyEdits(e, { location: 'Desk 4', 'custom.start': '2024-03-01' }, { 'custom.start': 'date' })).toBeNull();
    expect(e.sources).toEqual({ location: 'autograph', 'custom.start': 'autograph' });
    expect(e.editedFields).toEqual(['location', 'custom.start']);
  });
});

describe('the employee list filters', () => {
  const ctx = { pausedAll: false, pausedDepartments: new Set(['sales']) };
  const mk = (email: string, patch: Partial<ReturnType<typeof newEmployee>>) => ({ ...newEmployee(email, 0, email), ...patch });
  const list = [
    mk('zoe@x.example', { fullName: 'Zoe Adams', department: 'Sales' }),
    mk('al@x.example', { fullName: 'Al Brown', department: 'R&D', title: 'Engineer' }),
    mk('cy@x.example', { fullName: 'Cy Chen', department: 'r&d ', syncOn: false }),
  ];

  it('searches names, emails and titles, sorted by name', () => {
    expect(filterEmployees(list, { q: 'engineer', status: '', department: '' }, ctx).map((e) => e.primaryEmail)).toEqual(['al@x.example']);
    expect(filterEmployees(list, { q: '', status: '', department: '' }, ctx).map((e) => e.fullName)).toEqual(['Al Brown', 'Cy Chen', 'Zoe Adams']);
  });

  it('filters by status (department pauses count) and by department ignoring case and spaces', () => {
    expect(filterEmployees(list, { q: '', status: 'paused', department: '' }, ctx).map((e) => e.primaryEmail)).toEqual(['cy@x.example', 'zoe@x.example']);
    expect(filterEmployees(list, { q: '', status: '', department: 'R&D' }, ctx).map((e) => e.primaryEmail)).toEqual(['al@x.example', 'cy@x.example']);
  });
});
