import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { OfflineWorkspace } from '../../sim/workspace';
import {
  addUsers,
  changeUsers,
  companyFromJson,
  companyToJson,
  createSampleCompany,
  setUserStatus,
} from '../../sim/directory/generator';

describe('the sample-company generator', () => {
  const ws = new OfflineWorkspace();
  const t = createSampleCompany(ws, { seed: 7, users: 2000 });
  const users = ws.directory.usersOf(t.customerId);

  it('makes the same company from the same seed', () => {
    const a = companyToJson(ws, t.customerId);
    const other = new OfflineWorkspace();
    const t2 = createSampleCompany(other, { seed: 7, users: 2000 });
    expect(companyToJson(other, t2.customerId)).toEqual(a);
    const third = new OfflineWorkspace();
    const t3 = createSampleCompany(third, { seed: 8, users: 2000 });
    expect(t3.customerId).not.toBe(t.customerId);
  });

  it('gives the tenant a customer id, a primary domain and a domain alias', () => {
    expect(t.customerId).toMatch(/^C0[0-9a-f]{7}$/);
    expect(t.domains).toHaveLength(2);
    expect(users).toHaveLength(2000);
    expect(new Set(users.map((u) => u.primaryEmail)).size).toBe(2000);
    expect(users.every((u) => u.nonEditableAliases?.[0]?.endsWith('@' + t.domains[1]))).toBe(true);
    expect(users.filter((u) => u.aliases?.length).length).toBeGreaterThan(20);
  });

  it('has one super admin at admin@, a few delegated admins, and suspended, archived and mailbox-less users', () => {
    const admins = users.filter((u) => u.isAdmin);
    expect(admins.map((u) => u.primaryEmail)).toEqual([`admin@${t.domains[0]}`]);
    expect(users.filter((u) => u.isDelegatedAdmin).length).toBeGreaterThanOrEqual(1);
    expect(users.filter((u) => u.suspended).length).toBe(20);
    expect(users.filter((u) => u.archived).length).toBe(6);
    expect(users.filter((u) => !u.isMailboxSetup).length).toBe(4);
  });

  it('includes names that need escaping, non-ASCII and right-to-left names', () => {
    const full = users.map((u) => u.name.fullName);
    expect(full).toEqual(expect.arrayContaining(["Seán O'Brien", '"Bob" <b>Tables</b>', 'Zoë Smith & Sons', '山田 太郎', 'Nguyễn Thị Mai']));
    expect(full.some((n) => /[\u0590-\u05ff]/.test(n!))).toBe(true);
    expect(full.some((n) => /[\u0600-\u06ff]/.test(n!))).toBe(true);
    expect(full.some((n) => /Ż|ó|ł/.test(n!))).toBe(true);
    expect(users.every((u) => /^[a-z0-9.\-]+@/.test(u.primaryEmail))).toBe(true);
  });

  it('gives everyone a department, a title and an org unit from a tree', () => {
    const paths = new Set(t.orgUnits.map((o) => o.orgUnitPath));
    expect([...paths]).toEqual(expect.arrayContaining(['/Sales', '/Sales/EMEA', '/Engineering', '/Engineering/Platform']));
    for (const o of t.orgUnits) expect(o.parentOrgUnitPath === '/' || paths.has(o.parentOrgUnitPath)).toBe(true);
    for (const u of users) {
      expect(u.organizations?.[0]?.title).toBeTruthy();
      expect(u.organizations?.[0]?.department).toBeTruthy();
      expect(u.orgUnitPath === '/' || paths.has(u.orgUnitPath)).toBe(true);
    }
  });

  it('links managers into one tree under the CEO', () => {
    const byEmail = new Map(users.map((u) => [u.primaryEmail, u]));
    const roots = users.filter((u) => !u.relations?.length);
    expect(roots.map((u) => u.organizations![0].title).sort()).toEqual(['Chief Executive Officer', 'IT Administrator']);
    for (const u of users) {
      const seen = new Set<string>();
      let cur = u;
      while (cur.relations?.length) {
        expect(seen.has(cur.primaryEmail)).toBe(false);
        seen.add(cur.primaryEmail);
        const m = byEmail.get(cur.relations[0].value);
        expect(m).toBeDefined();
        expect(cur.relations[0].type).toBe('manager');
        cur = m!;
      }
      expect(['Chief Executive Officer', 'IT Administrator']).toContain(cur.organizations![0].title);
    }
  });

  it('writes typed phones in the international format of the office country', () => {
    const types = new Set(users.flatMap((u) => u.phones!.map((p) => p.type)));
    expect([...types]).toEqual(expect.arrayContaining(['work', 'mobile', 'work_fax', 'work_mobile', 'home']));
    const countries = new Set<string>();
    for (const u of users.slice(0, 300)) {
      const cc = u.addresses![0].countryCode!;
      countries.add(cc);
      const parsed = parsePhoneNumberFromString(u.phones![0].value);
      expect(parsed?.countryCallingCode).toBeDefined();
      expect(u.phones![0].value).toMatch(/^\+\d{1,3} /);
      // +1 is shared by the US and Canada; the calling code is what the country owns.
      expect(parsed!.countryCallingCode).toBe(
        { DE: '49', US: '1', FR: '33', JP: '81', GB: '44', IL: '972', AE: '971', BR: '55', PL: '48', VN: '84' }[cc],
      );
    }
    expect([...countries]).toEqual(expect.arrayContaining(['DE', 'US', 'FR', 'JP', 'GB', 'IL', 'BR']));
  });

  it('gives work addresses with parts and a formatted block, plus external ids, websites and custom schema values', () => {
    const u = users[5];
    expect(u.addresses![0]).toEqual(expect.objectContaining({ type: 'work', streetAddress: expect.any(String), locality: expect.any(String), postalCode: expect.any(String), countryCode: expect.any(String) }));
    expect(u.addresses![0].formatted).toContain(u.addresses![0].locality);
    expect(u.externalIds![0]).toEqual({ type: 'organization', value: expect.stringMatching(/^E\d{6}$/) });
    expect(users.filter((x) => x.websites?.length).length).toBeGreaterThan(500);
    expect(t.schemas.map((s) => s.schemaName)).toEqual(['Employment', 'Signature']);
    expect(typeof u.customSchemas!.Employment.EmployeeNumber).toBe('number');
    expect(u.customSchemas!.Employment.StartDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(users.some((x) => typeof x.customSchemas?.Signature?.ShowPhoto === 'boolean')).toBe(true);
  });

  it('makes groups with members, one of them nested', () => {
    const all = t.groups.find((g) => g.email === `all@${t.domains[0]}`)!;
    expect(all.members.length).toBe(users.filter((u) => !u.suspended && !u.archived).length);
    expect(t.groups.some((g) => g.members.some((m) => m.type === 'GROUP'))).toBe(true);
  });

  it('loads a company back from JSON into another workspace', () => {
    const json = JSON.stringify(companyToJson(ws, t.customerId));
    const other = new OfflineWorkspace();
    const loaded = companyFromJson(other, json);
    expect(loaded.customerId).toBe(t.customerId);
    expect(other.directory.findUser(`admin@${t.domains[0]}`)?.isAdmin).toBe(true);
    expect(() => companyFromJson(other, json)).toThrow(/exists already/);
  });

  it('changes about 1% of users between two syncs and bumps their etags', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 3, users: 1000 });
    const before = new Map(w.directory.usersOf(c.customerId).map((u) => [u.primaryEmail, JSON.stringify(u)]));
    const changed = changeUsers(w, c.customerId, { fraction: 0.01, seed: 1 });
    expect(changed).toHaveLength(10);
    const after = w.directory.usersOf(c.customerId);
    const differing = after.filter((u) => before.get(u.primaryEmail) !== JSON.stringify(u)).map((u) => u.primaryEmail);
    expect(differing.sort()).toEqual([...changed].sort());
    for (const e of changed) expect(JSON.parse(before.get(e)!).etag).not.toBe(w.user(e).etag);
    expect(changeUsers(w, c.customerId, { fraction: 0.01, seed: 1 })).toEqual(changed);
  });

  it('adds new hires and changes a user status', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 4, users: 50 });
    const hires = addUsers(w, c.customerId, 5, 'monday');
    expect(hires).toHaveLength(5);
    expect(w.directory.usersOf(c.customerId)).toHaveLength(55);
    for (const h of hires) expect(h.relations?.[0]?.type).toBe('manager');
    const u = setUserStatus(w, hires[0].primaryEmail, { deleted: true });
    expect(u.deletionTime).toBeDefined();
    expect(w.directory.findUser(hires[0].primaryEmail)).toBeUndefined();
  });

  it('refuses a size it cannot make', () => {
    expect(() => createSampleCompany(new OfflineWorkspace(), { seed: 1, users: 1 })).toThrow(/users must be/);
  });

  it('keeps two companies in one workspace apart', () => {
    const w = new OfflineWorkspace();
    const a = createSampleCompany(w, { seed: 1, users: 10 });
    const b = createSampleCompany(w, { seed: 1, users: 10 });
    expect(a.customerId).not.toBe(b.customerId);
    expect(a.domains[0]).not.toBe(b.domains[0]);
  });
});
