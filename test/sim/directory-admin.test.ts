import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany, setUserStatus } from '../../sim/directory/generator';
import { addFault } from '../../sim/faults';
import { runScript } from './directory-fixture';

describe('the AdminDirectory advanced service', () => {
  const ws = new OfflineWorkspace();
  const t = createSampleCompany(ws, { seed: 11, users: 1200 });
  const other = createSampleCompany(ws, { seed: 12, users: 30 });
  const admin = `admin@${t.domains[0]}`;
  const users = ws.directory.usersOf(t.customerId);
  const regular = users.find((u) => !u.isAdmin && !u.isDelegatedAdmin && !u.suspended && !u.archived)!.primaryEmail;
  const delegated = users.find((u) => u.isDelegatedAdmin && !u.suspended)!.primaryEmail;

  const listAll = `
    var out = [], token, pages = 0;
    do {
      var page = AdminDirectory.Users.list(Object.assign({}, arg, { pageToken: token }));
      (page.users || []).forEach(function (u) { out.push(u); });
      token = page.nextPageToken; pages++;
    } while (token);
    return { pages: pages, users: out };`;

  it('pages through every active user of the caller\'s customer, 500 at a time', () => {
    const before = ws.counters.get('directory.calls');
    const r = runScript(ws, admin, listAll, { customer: 'my_customer', maxResults: 500 });
    expect(r.pages).toBe(3);
    expect(r.users).toHaveLength(users.length);
    expect(new Set(r.users.map((u: any) => u.id)).size).toBe(users.length);
    expect(ws.counters.get('directory.calls') - before).toBe(3);
  });

  it('returns 100 users by default and refuses more than 500', () => {
    expect(runScript(ws, admin, `return AdminDirectory.Users.list({ customer: 'my_customer' }).users.length;`)).toBe(100);
    const e = runScript(ws, admin, `return AdminDirectory.Users.list({ customer: 'my_customer', maxResults: 501 });`);
    expect(e).toEqual(expect.objectContaining({ name: 'GoogleJsonResponseException', code: 400, isError: true }));
    expect(e.error).toMatch(/^API call to directory\.users\.list failed with error: Invalid value '501'/);
  });

  it('needs a customer or a domain', () => {
    expect(runScript(ws, admin, `return AdminDirectory.Users.list({});`)).toEqual(expect.objectContaining({ code: 400 }));
    const d = runScript(ws, admin, listAll, { domain: t.domains[0], maxResults: 500 });
    expect(d.users).toHaveLength(users.length);
  });

  it('orders by email, given or family name in either direction', () => {
    const emails = runScript(ws, admin, listAll, { customer: t.customerId, orderBy: 'email', maxResults: 200 }).users.map((u: any) => u.primaryEmail);
    expect(emails).toEqual([...emails].sort());
    const desc = runScript(ws, admin, listAll, { customer: t.customerId, orderBy: 'email', sortOrder: 'DESCENDING', maxResults: 300 }).users.map((u: any) => u.primaryEmail);
    expect(desc).toEqual([...emails].reverse());
    const fam = runScript(ws, admin, listAll, { customer: t.customerId, orderBy: 'familyName', maxResults: 500 }).users.map((u: any) => u.name.familyName.toLowerCase());
    expect(fam).toEqual([...fam].sort());
  });

  it('filters with the query syntax: org unit subtree, status, title, department, custom field, free text', () => {
    const q = (query: string) => runScript(ws, admin, listAll, { customer: 'my_customer', maxResults: 500, query }).users;
    const sales = q("orgUnitPath='/Sales'");
    expect(sales.length).toBe(users.filter((u) => u.orgUnitPath.startsWith('/Sales')).length);
    expect(sales.some((u: any) => u.orgUnitPath === '/Sales/EMEA')).toBe(true);
    expect(q('isSuspended=true').length).toBe(users.filter((u) => u.suspended).length);
    expect(q('isSuspended=false isArchived=false').length).toBe(users.filter((u) => !u.suspended && !u.archived).length);
    expect(q("orgTitle='Staff Engineer'").every((u: any) => u.organizations[0].title === 'Staff Engineer')).toBe(true);
    expect(q('orgDepartment:Engineering').length).toBe(users.filter((u) => u.organizations![0].department === 'Engineering').length);
    expect(q('Employment.EmployeeNumber=100003').map((u: any) => u.primaryEmail)).toEqual([users[3].primaryEmail]);
    expect(q('Employment.EmployeeNumber>=101190').length).toBe(10);
    expect(q("obrien").map((u: any) => u.name.familyName)).toContain("O'Brien");
    expect(q('email:sean.o*').length).toBeGreaterThan(0);
    expect(q(`externalId=E100005`).map((u: any) => u.primaryEmail)).toEqual([users[5].primaryEmail]);
    const ceo = users[1].primaryEmail;
    expect(q(`manager='${ceo}'`).length).toBe(users.length - 2);
    expect(q(`directManager='${ceo}'`).length).toBeLessThan(20);
  });

  it("matches ':' on whole words in order and reads \\' inside a quoted value (guides/search-users)", () => {
    const q = (query: string) => runScript(ws, admin, listAll, { customer: 'my_customer', maxResults: 500, query }).users ?? [];
    // "givenName:Jane matches … "Jane" and "Jane Ann", but not "Janet"".
    expect(q('orgDepartment:Engineer')).toEqual([]);
    expect(q("orgDepartment:'Customer Success'").length).toBe(users.filter((u) => u.organizations![0].department === 'Customer Success').length);
    expect(q("orgDepartment:'Success Customer'")).toEqual([]);
    expect(q("familyName='O\\'Brien'").map((u: any) => u.name.familyName)).toContain("O'Brien");
  });

  it('rejects an unknown org unit or field in the query', () => {
    const e = runScript(ws, admin, `return AdminDirectory.Users.list({ customer: 'my_customer', query: "orgUnitPath='/Nope'" });`);
    expect(e.error).toBe('API call to directory.users.list failed with error: Invalid Input: INVALID_OU_ID');
    expect(runScript(ws, admin, `return AdminDirectory.Users.list({ customer: 'my_customer', query: 'shoeSize=42' });`).code).toBe(400);
  });

  it('omits the users field when nothing matches', () => {
    const r = runScript(ws, admin, `return AdminDirectory.Users.list({ customer: 'my_customer', query: 'givenName=Nobody' });`);
    expect(r.users).toBeUndefined();
    expect(r.kind).toBe('admin#directory#users');
  });

  it('returns custom schemas only with projection full or custom', () => {
    const get = (args: object) => runScript(ws, admin, `return AdminDirectory.Users.get(arg.key, arg.args);`, { key: users[3].primaryEmail, args });
    expect(get({}).customSchemas).toBeUndefined();
    expect(Object.keys(get({ projection: 'full' }).customSchemas)).toContain('Employment');
    const custom = get({ projection: 'custom', customFieldMask: 'Signature' }).customSchemas ?? {};
    expect(custom.Employment).toBeUndefined();
    expect(get({ projection: 'custom' }).code).toBe(400);
  });

  it('gives a partial response for the fields parameter', () => {
    const r = runScript(ws, admin, `return AdminDirectory.Users.list({ customer: 'my_customer', maxResults: 2, fields: 'nextPageToken,users(primaryEmail,name/fullName)' });`);
    expect(Object.keys(r).sort()).toEqual(['nextPageToken', 'users']);
    expect(r.users[0]).toEqual({ primaryEmail: expect.any(String), name: { fullName: expect.any(String) } });
  });

  it('finds a user by primary email, alias, domain-alias address or id, and says 404 otherwise', () => {
    const withAlias = users.find((u) => u.aliases?.length)!;
    const get = (key: string) => runScript(ws, admin, `return AdminDirectory.Users.get(arg).primaryEmail;`, key);
    expect(get(withAlias.aliases![0])).toBe(withAlias.primaryEmail);
    const emails = runScript(ws, admin, `return AdminDirectory.Users.get(arg).emails;`, withAlias.id);
    expect(emails).toEqual(expect.arrayContaining([{ address: withAlias.primaryEmail, primary: true }, { address: withAlias.aliases![0] }]));
    expect(get(withAlias.id)).toBe(withAlias.primaryEmail);
    expect(get(withAlias.primaryEmail.replace(t.domains[0], t.domains[1]))).toBe(withAlias.primaryEmail);
    const e = runScript(ws, admin, `return AdminDirectory.Users.get('nobody@' + arg);`, t.domains[0]);
    expect(e).toEqual(expect.objectContaining({ code: 404, name: 'GoogleJsonResponseException', error: 'API call to directory.users.get failed with error: Resource Not Found: userKey' }));
  });

  it('never shows one tenant another tenant\'s users', () => {
    const theirs = `admin@${other.domains[0]}`;
    expect(runScript(ws, admin, `return AdminDirectory.Users.get(arg);`, theirs).code).toBe(403);
    expect(runScript(ws, admin, `return AdminDirectory.Users.get(arg);`, ws.user(theirs).id).code).toBe(404);
    expect(runScript(ws, admin, `return AdminDirectory.Users.list({ customer: arg });`, other.customerId).code).toBe(403);
    expect(runScript(ws, admin, `return AdminDirectory.Users.list({ domain: arg });`, other.domains[0]).code).toBe(403);
    const theirList = runScript(ws, theirs, listAll, { customer: 'my_customer', maxResults: 500 }).users;
    expect(theirList).toHaveLength(30);
    expect(theirList.every((u: any) => u.customerId === other.customerId)).toBe(true);
  });

  it('refuses admin_view to a non-admin with 403 and shows domain_public without private fields', () => {
    const e = runScript(ws, regular, `return AdminDirectory.Users.list({ customer: 'my_customer' });`);
    expect(e).toEqual(expect.objectContaining({ code: 403, error: 'API call to directory.users.list failed with error: Not Authorized to access this resource/api' }));
    expect(runScript(ws, regular, `return AdminDirectory.Users.get(arg);`, admin).code).toBe(403);
    const pub = runScript(ws, regular, listAll, { customer: 'my_customer', viewType: 'domain_public', projection: 'full', maxResults: 500 }).users;
    expect(pub.length).toBe(users.filter((u) => !u.suspended).length);
    const other3 = pub.find((u: any) => u.primaryEmail === users[3].primaryEmail) ?? pub.find((u: any) => u.customSchemas?.Employment);
    expect(other3.isAdmin).toBeUndefined();
    expect(other3.orgUnitPath).toBeUndefined();
    expect(pub.every((u: any) => u.customSchemas?.Employment?.EmployeeNumber === undefined || u.primaryEmail === regular)).toBe(true);
    expect(pub.some((u: any) => u.name && u.phones)).toBe(true);
  });

  it('lets a delegated admin read users but keeps admin-only calls from regular users', () => {
    expect(runScript(ws, delegated, `return AdminDirectory.Users.list({ customer: 'my_customer', maxResults: 1 }).users.length;`)).toBe(1);
    for (const call of [
      `AdminDirectory.Groups.list({ customer: 'my_customer' })`,
      `AdminDirectory.Orgunits.list('my_customer')`,
      `AdminDirectory.Customers.get('my_customer')`,
      `AdminDirectory.Schemas.list('my_customer')`,
    ]) {
      expect(runScript(ws, regular, `return ${call};`).code).toBe(403);
    }
  });

  it('lists deleted users only with showDeleted', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 5, users: 20 });
    const gone = w.directory.usersOf(c.customerId)[12].primaryEmail;
    setUserStatus(w, gone, { deleted: true });
    const a = `admin@${c.domains[0]}`;
    const active = runScript(w, a, `return AdminDirectory.Users.list({ customer: 'my_customer' }).users.map(function (u) { return u.primaryEmail; });`);
    expect(active).not.toContain(gone);
    const deleted = runScript(w, a, `return AdminDirectory.Users.list({ customer: 'my_customer', showDeleted: true }).users;`);
    expect(deleted.map((u: any) => u.primaryEmail)).toEqual([gone]);
    expect(deleted[0].deletionTime).toBeDefined();
    expect(runScript(w, a, `return AdminDirectory.Users.get(arg);`, gone).code).toBe(404);
  });

  it('keeps pages stable when a user is added between two pages', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 6, users: 40 });
    const a = `admin@${c.domains[0]}`;
    const first = runScript(w, a, `return AdminDirectory.Users.list({ customer: 'my_customer', orderBy: 'email', maxResults: 20 });`);
    w.directory.addUser({ ...w.user(a), id: '999', primaryEmail: `aaa@${c.domains[0]}`, aliases: [], nonEditableAliases: [], isAdmin: false });
    const second = runScript(w, a, `return AdminDirectory.Users.list({ customer: 'my_customer', orderBy: 'email', maxResults: 20, pageToken: arg });`, first.nextPageToken);
    const emails = [...first.users, ...second.users].map((u: any) => u.primaryEmail);
    expect(new Set(emails).size).toBe(40);
    expect(runScript(w, a, `return AdminDirectory.Users.list({ customer: 'my_customer', orderBy: 'givenName', pageToken: arg });`, first.nextPageToken).code).toBe(400);
  });

  it('answers 403 userRateLimitExceeded past 2,400 queries a minute', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 9, users: 10 });
    const a = `admin@${c.domains[0]}`;
    const r = runScript(w, a, `
      for (var i = 0; i < 2500; i++) {
        try { AdminDirectory.Users.get(arg); }
        catch (e) { return { at: i, code: e.details.code, reason: e.details.errors[0].reason, minutes: 0 }; }
      }
      return { at: -1 };`, a);
    // 120 ms per get: 500 gets a minute, so one user alone stays under the limit; concurrency would not.
    expect(r.at).toBe(-1);
    w.state<any>('adminDirectory', () => ({ rate: {} })).rate[a] = { minute: Math.floor(w.clock.now() / 60000), count: 2400 };
    const e = runScript(w, a, `return AdminDirectory.Users.get(arg);`, a);
    expect(e).toEqual(expect.objectContaining({ code: 403, reason: 'userRateLimitExceeded' }));
  });

  it('injects the faults a test asks for', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 10, users: 10 });
    const a = `admin@${c.domains[0]}`;
    addFault(w, { match: 'directory.users.list', status: 503, nth: [2] });
    const r = runScript(w, a, `
      var out = [];
      for (var i = 0; i < 3; i++) {
        try { AdminDirectory.Users.list({ customer: 'my_customer' }); out.push('ok'); }
        catch (e) { out.push(e.details.code + ' ' + e.message); }
      }
      return out;`);
    expect(r).toEqual(['ok', '503 API call to directory.users.list failed with error: Service unavailable. Please try again', 'ok']);
  });

  it('spends virtual time per call and per returned user', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 13, users: 600 });
    const a = `admin@${c.domains[0]}`;
    const t0 = w.clock.now();
    runScript(w, a, `AdminDirectory.Users.list({ customer: 'my_customer', maxResults: 500 });`);
    expect(w.clock.now() - t0).toBe(150 + 250);
  });

  it('lists groups, pages members and checks nested membership', () => {
    const groups = runScript(ws, admin, `return AdminDirectory.Groups.list({ customer: 'my_customer' }).groups;`);
    expect(groups.map((g: any) => g.email)).toEqual(expect.arrayContaining([`all@${t.domains[0]}`, `leadership@${t.domains[0]}`]));
    const members = runScript(ws, admin, `
      var out = [], token;
      do { var p = AdminDirectory.Members.list(arg, { pageToken: token }); out = out.concat(p.members); token = p.nextPageToken; } while (token);
      return out;`, `all@${t.domains[0]}`);
    expect(members.length).toBe(t.groups[0].members.length);
    expect(members.length).toBeGreaterThan(200);
    const manager = t.groups.find((g) => g.email.startsWith('managers@'))!.members[0].email;
    expect(runScript(ws, admin, `return AdminDirectory.Members.hasMember(arg[0], arg[1]).isMember;`, [`leadership@${t.domains[0]}`, manager])).toBe(true);
    expect(runScript(ws, admin, `return AdminDirectory.Members.hasMember(arg[0], arg[1]).isMember;`, [`leadership@${t.domains[0]}`, regular])).toBe(
      t.groups.find((g) => g.email.startsWith('managers@'))!.members.some((m) => m.email === regular),
    );
    expect(runScript(ws, admin, `return AdminDirectory.Groups.get('nope@' + arg);`, t.domains[0]).error).toMatch(/Resource Not Found: groupKey/);
    const managers = t.groups.find((g) => g.email.startsWith('managers@'))!.members.map((m) => m.email);
    const derived = runScript(ws, admin, `
      var out = [], token;
      do { var p = AdminDirectory.Members.list(arg, { includeDerivedMembership: true, pageToken: token }); out = out.concat(p.members); token = p.nextPageToken; } while (token);
      return out.filter(function (m) { return m.type === 'USER'; }).map(function (m) { return m.email; });`, `leadership@${t.domains[0]}`);
    expect(derived).toEqual(expect.arrayContaining(managers));
    expect(new Set(derived).size).toBe(derived.length);
  });

  it('lists org units as children or the whole subtree, and gets one by path', () => {
    const children = runScript(ws, admin, `return AdminDirectory.Orgunits.list('my_customer').organizationUnits.map(function (o) { return o.orgUnitPath; });`);
    expect(children).toContain('/Sales');
    expect(children).not.toContain('/Sales/EMEA');
    const all = runScript(ws, admin, `return AdminDirectory.Orgunits.list('my_customer', { type: 'all' }).organizationUnits.map(function (o) { return o.orgUnitPath; });`);
    expect(all).toContain('/Sales/EMEA');
    const sub = runScript(ws, admin, `return AdminDirectory.Orgunits.list('my_customer', { orgUnitPath: '/Sales' }).organizationUnits.map(function (o) { return o.orgUnitPath; });`);
    expect(sub.sort()).toEqual(['/Sales/APAC', '/Sales/Americas', '/Sales/EMEA']);
    expect(runScript(ws, admin, `return AdminDirectory.Orgunits.get('my_customer', 'Sales/EMEA').name;`)).toBe('EMEA');
  });

  it('describes the customer and its custom schemas', () => {
    const c = runScript(ws, admin, `return AdminDirectory.Customers.get('my_customer');`);
    expect(c).toEqual(expect.objectContaining({ id: t.customerId, customerDomain: t.domains[0], kind: 'admin#directory#customer' }));
    const s = runScript(ws, admin, `return AdminDirectory.Schemas.list('my_customer').schemas;`);
    expect(s.map((x: any) => x.schemaName)).toEqual(['Employment', 'Signature']);
    expect(s[0].fields.find((f: any) => f.fieldName === 'EmployeeNumber').fieldType).toBe('INT64');
    expect(runScript(ws, admin, `return AdminDirectory.Schemas.get('my_customer', 'Signature').fields.length;`)).toBe(2);
  });

  it('is absent unless the manifest enables it', () => {
    expect(runScript(ws, admin, `return typeof AdminDirectory;`, undefined, [])).toBe('undefined');
  });
});
