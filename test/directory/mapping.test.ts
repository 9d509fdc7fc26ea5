import { addCustomField, applyMapping, checkMapping, defaultMapping, MappingError, setRule, suggestedMapping, toTyped, mappedAttributes } from '../../src/core/directory/mapping';
import { attributeGroup, attributeLabel, discoverAttributes, fieldsForAttributes, flattenUser, schemasForAttributes } from '../../src/core/directory/attributes';
import { isSelected, normalizeOrgUnitPath } from '../../src/core/directory/selection';
import { employeeToRow, rowToEmployee, EMPLOYEE_COLUMNS } from '../../src/core/directory/employee-row';
import { newEmployee } from '../../src/core/directory/employee';
import { spans } from '../../src/adapters/store/sheet-table';

const user = {
  id: '1',
  primaryEmail: 'ana@x.example',
  name: { givenName: 'Ana', familyName: 'Lee', fullName: 'Ana Lee' },
  aliases: ['a@x.example'],
  organizations: [{ title: 'CTO', department: 'R&D', primary: true }],
  phones: [
    { value: '+49 30 1', type: 'work' },
    { value: '+49 170 2', type: 'mobile' },
    { value: '+49 30 9', type: 'custom', customType: 'reception' },
  ],
  addresses: [{ type: 'work', locality: 'Berlin', postalCode: '10115', primary: true }],
  relations: [{ value: 'boss@x.example', type: 'manager' }],
  customSchemas: { HR: { number: '42', pronouns: 'she/her', skills: [{ value: 'Go' }, { value: 'TS' }] } },
};

describe('available attributes', () => {
  it('lists every attribute users have, with sample values, and every custom schema field', () => {
    const attrs = discoverAttributes([user, { id: '2', primaryEmail: 'ben@x.example', name: { givenName: 'Ben' } }], [
      { schemaName: 'HR', fields: [{ fieldName: 'number', fieldType: 'INT64' }, { fieldName: 'start', fieldType: 'DATE', displayName: 'Start date' }] },
    ]);
    const by = new Map(attrs.map((a) => [a.key, a]));
    expect(attrs[0].key).toBe('primaryEmail');
    expect(by.get('name.givenName')).toMatchObject({ count: 2, samples: ['Ana', 'Ben'] });
    expect(by.get('phones.custom:reception')?.samples).toEqual(['+49 30 9']);
    expect(by.get('customSchemas.HR.number')).toMatchObject({ count: 1, schemaType: 'INT64', samples: ['42'] });
    // Plain names: the schema's and field's display names, or the API name in words.
    expect(by.get('customSchemas.HR.start')).toMatchObject({ count: 0, label: 'HR › Start date' });
    expect(by.get('customSchemas.HR.number')?.label).toBe('HR › Number');
    expect(by.get('phones.custom:reception')?.label).toBe('Phone › reception');
    expect(by.get('customSchemas.HR.skills')?.samples).toEqual(['Go, TS']);
    expect(by.get('relations.manager')?.samples).toEqual(['boss@x.example']);
  });

  it('names attributes in plain words and groups them person, work, contact, custom', () => {
    expect(attributeLabel('customSchemas.Employment.StartDate')).toBe('Employment › Start date');
    expect(attributeLabel('customSchemas.Employment.StartDate', [{ schemaName: 'Employment', displayName: 'Employment data', fields: [{ fieldName: 'StartDate', fieldType: 'DATE', displayName: 'First day' }] }])).toBe('Employment data › First day');
    expect(attributeLabel('phones.work')).toBe('Work phone');
    expect(attributeLabel('addresses.locality')).toBe('Address › City');
    expect(attributeLabel('locations.buildingId')).toBe('Desk › Building id');
    expect(attributeLabel('websites.custom:LinkedIn')).toBe('Website › LinkedIn');
    const keys = ['customSchemas.HR.x', 'phones.work', 'organizations.title', 'name.givenName', 'addresses.locality', 'relations.manager'];
    expect(keys.map(attributeGroup)).toEqual(['custom', 'contact', 'work', 'person', 'contact', 'work']);
    const sorted = discoverAttributes([{ id: '1', primaryEmail: 'a@x.example', name: { givenName: 'A' }, phones: [{ type: 'work', value: '1' }], organizations: [{ title: 'T' }], customSchemas: { HR: { x: 'y' } } }], []);
    expect(sorted.map((a) => attributeGroup(a.key))).toEqual(['person', 'person', 'work', 'contact', 'custom']);
  });

  it('asks the directory only for the fields the mapping reads', () => {
    const m = setRule(addCustomField(defaultMapping(), 'Pronouns', 'text').mapping, 'customSchemas.HR.pronouns', 'custom.pronouns');
    const attrs = mappedAttributes(m);
    expect(fieldsForAttributes(attrs)).toBe(
      'nextPageToken,users(addresses,aliases,archived,customSchemas,id,isAdmin,isDelegatedAdmin,isMailboxSetup,name,orgUnitPath,organizations,phones,primaryEmail,relations,suspended,thumbnailPhotoUrl)',
    );
    expect(schemasForAttributes(attrs)).toEqual(['HR']);
  });
});

describe('the default mapping', () => {
  it('maps the work phone, not the home phone', () => {
    const targets = new Map(defaultMapping().rules.map((r) => [r.attribute, r.target]));
    expect(targets.get('phones.work')).toBe('phones.work');
    expect(targets.has('phones.home')).toBe(false);
  });

  it('maps a website and a LinkedIn profile to custom fields when the directory has them', () => {
    const attrs = discoverAttributes(
      [
        { id: '1', primaryEmail: 'a@x.example', websites: [{ type: 'work', value: 'https://x.example/a' }, { type: 'profile', value: 'https://www.linkedin.com/in/a' }] },
        { id: '2', primaryEmail: 'b@x.example', websites: [{ type: 'work', value: 'https://x.example/b' }] },
      ],
      [],
    );
    const m = suggestedMapping(defaultMapping(), attrs);
    expect(m.customFields).toEqual([{ key: 'website', label: 'Website', type: 'text' }, { key: 'linkedin', label: 'LinkedIn', type: 'text' }]);
    expect(m.rules).toEqual(expect.arrayContaining([{ attribute: 'websites.work', target: 'custom.website' }, { attribute: 'websites.profile', target: 'custom.linkedin' }]));
    // Nothing to fit without websites; and a mapping an admin changed is left as it is.
    expect(suggestedMapping(defaultMapping(), discoverAttributes([{ id: '1', primaryEmail: 'a@x.example' }], []))).toEqual(defaultMapping());
    const changed = setRule(defaultMapping(), 'organizations.title', '');
    expect(suggestedMapping(changed, attrs)).toBe(changed);
  });
});

describe('field mapping', () => {
  it('refuses to skip the primary email', () => {
    expect(() => setRule(defaultMapping(), 'primaryEmail', '')).toThrow(MappingError);
    expect(() => setRule(defaultMapping(), 'primaryEmail', '')).toThrow(/cannot be skipped/);
  });

  it('maps one attribute per field: mapping a second attribute to a field replaces the first', () => {
    const m = setRule(defaultMapping(), 'name.displayName', 'fullName');
    expect(m.rules.filter((r) => r.target === 'fullName')).toEqual([{ attribute: 'name.displayName', target: 'fullName' }]);
  });

  it('refuses a custom field target that does not exist, naming the fix', () => {
    expect(() => setRule(defaultMapping(), 'customSchemas.HR.number', 'custom.nope')).toThrow(/Create it first/);
  });

  it('reports a mapping to a deleted custom schema and skips it', () => {
    const { mapping } = addCustomField(defaultMapping(), 'Pronouns', 'text');
    const m = setRule(mapping, 'customSchemas.Gone.pronouns', 'custom.pronouns');
    const problems = checkMapping(m, [{ schemaName: 'HR', fields: [] }]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('Custom schema "Gone" was deleted');
    expect(problems[0].fix).toContain('skip customSchemas.Gone.pronouns');
    const { values } = applyMapping({ 'customSchemas.Gone.pronouns': 'x' }, m, new Set(['customSchemas.Gone.pronouns']));
    expect(values['custom.pronouns']).toBeUndefined();
  });

  it('converts typed custom values and rejects what does not fit', () => {
    expect(toTyped('1,234.5', 'number')).toEqual({ ok: true, value: 1234.5 });
    expect(toTyped('12abc', 'number').ok).toBe(false);
    expect(toTyped('2026-02-30', 'date').ok).toBe(false);
    expect(toTyped('2026-02-03', 'date')).toEqual({ ok: true, value: '2026-02-03' });
    expect(toTyped('March 3, 2024', 'date')).toEqual({ ok: true, value: expect.stringMatching(/^2024-03-0[23]$/) });
    expect(toTyped('soon', 'date').error).toContain('YYYY-MM-DD');
  });

  it('makes custom field keys unique', () => {
    const a = addCustomField(defaultMapping(), 'Employee No.', 'number');
    const b = addCustomField(a.mapping, 'employee no', 'text');
    expect([a.field.key, b.field.key]).toEqual(['employee_no', 'employee_no_2']);
  });
});

describe('user selection', () => {
  it('selects an org unit with or without its children', () => {
    const s = { kind: 'orgUnit' as const, path: '/Sales/', children: false };
    expect(isSelected(s, { id: '1', orgUnitPath: '/Sales' })).toBe(true);
    expect(isSelected(s, { id: '1', orgUnitPath: '/Sales/EMEA' })).toBe(false);
    expect(isSelected({ ...s, children: true }, { id: '1', orgUnitPath: '/Sales/EMEA' })).toBe(true);
    expect(isSelected({ ...s, children: true }, { id: '1', orgUnitPath: '/SalesOps' })).toBe(false);
    expect(normalizeOrgUnitPath('Sales/')).toBe('/Sales');
  });

  it('selects group members and search matches by resolved ids, and picked users by id', () => {
    expect(isSelected({ kind: 'group', email: 'g@x' }, { id: '7', orgUnitPath: '/' }, new Set(['7']))).toBe(true);
    expect(isSelected({ kind: 'search', query: 'x' }, { id: '8', orgUnitPath: '/' }, new Set(['7']))).toBe(false);
    expect(isSelected({ kind: 'picked', ids: ['9'] }, { id: '9', orgUnitPath: '/' })).toBe(true);
  });
});

describe('employee rows', () => {
  it('round-trips an employee through a sheet row', () => {
    const e = newEmployee('Ana@X.example', Date.UTC(2026, 0, 1), '123');
    e.aliases = ['a@x.example'];
    e.phones.mobile = '+49 170 2';
    e.custom = { employee_no: 42, start: '2024-03-01' };
    e.sources = { 'phones.mobile': 'workspace', 'custom.start': 'autograph' };
    e.editedFields = ['custom.start'];
    e.syncOn = false;
    const row = employeeToRow(e);
    expect(row).toHaveLength(EMPLOYEE_COLUMNS.length);
    expect(rowToEmployee(EMPLOYEE_COLUMNS, row)).toEqual(e);
  });

  it('reads rows by header name, whatever the column order', () => {
    const e = newEmployee('ana@x.example', 0, '1');
    e.title = 'CTO';
    const header = [...EMPLOYEE_COLUMNS].reverse();
    const row = [...employeeToRow(e)].reverse();
    expect(rowToEmployee(header, row).title).toBe('CTO');
  });
});

describe('sheet writes', () => {
  it('joins changed rows that are close into one write', () => {
    expect(spans([1, 2, 3, 20, 25, 100], 8)).toEqual([[1, 3], [20, 25], [100, 100]]);
    expect(spans([], 8)).toEqual([]);
  });

  it('reads the flattened user the way the mapping expects', () => {
    expect(flattenUser(user)).toMatchObject({ 'organizations.title': 'CTO', 'addresses.locality': 'Berlin', 'phones.mobile': '+49 170 2' });
  });
});
