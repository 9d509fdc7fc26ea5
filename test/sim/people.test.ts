import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany } from '../../sim/directory/generator';
import { addFault } from '../../sim/faults';
import { contactsOf } from '../../sim/services/people';
import { runScript } from './directory-fixture';

describe('the People advanced service', () => {
  const ws = new OfflineWorkspace();
  const t = createSampleCompany(ws, { seed: 31, users: 12 });
  const users = ws.directory.usersOf(t.customerId).filter((u) => !u.suspended);
  const me = users[0].primaryEmail;
  const other = users[2].primaryEmail;
  const run = (user: string, body: string, arg?: unknown) => runScript(ws, user, body, arg, ['People']);

  const jane = {
    names: [{ givenName: 'Jane', familyName: "O'Neil" }],
    emailAddresses: [{ value: 'jane@partner.example', type: 'work' }],
    phoneNumbers: [{ value: '+49 30 901820', type: 'work' }, { value: '+1 415 555 0100', type: 'mobile' }],
    organizations: [{ name: 'Partner & Co', title: 'CTO' }],
    addresses: [{ streetAddress: 'Unter den Linden 1', city: 'Berlin', postalCode: '10117', country: 'Germany', type: 'work' }],
    urls: [{ value: 'https://partner.example', type: 'work' }],
    biographies: [{ value: 'Met at the fair', contentType: 'TEXT_PLAIN' }],
  };

  it('creates a contact and reads it back with the fields asked for', () => {
    const created = run(me, `return People.People.createContact(arg);`, jane);
    expect(created.resourceName).toMatch(/^people\/c\d+$/);
    expect(created.etag).toBeTruthy();
    expect(created.metadata.sources[0]).toEqual(expect.objectContaining({ type: 'CONTACT', etag: created.etag }));
    expect(created.names[0]).toEqual(expect.objectContaining({ givenName: 'Jane', familyName: "O'Neil", displayName: "Jane O'Neil" }));
    expect(created.phoneNumbers[0]).toEqual(expect.objectContaining({ value: '+49 30 901820', type: 'work', formattedType: 'Work', canonicalForm: '+4930901820' }));
    const got = run(me, `return People.People.get(arg, { personFields: 'names,organizations' });`, created.resourceName);
    expect(Object.keys(got).sort()).toEqual(['etag', 'names', 'organizations', 'resourceName']);
    expect(got.organizations[0]).toEqual(expect.objectContaining({ name: 'Partner & Co', title: 'CTO' }));
  });

  it('needs personFields on get, in Google\'s words', () => {
    const id = contactsOf(ws, me)[0].id;
    const e = run(me, `return People.People.get(arg);`, `people/${id}`);
    expect(e).toEqual(expect.objectContaining({ name: 'GoogleJsonResponseException', code: 400 }));
    expect(e.error).toMatch(/^API call to people\.people\.get failed with error: personFields mask is required/);
    expect(run(me, `return People.People.get(arg, { personFields: 'shoeSize' });`, `people/${id}`).code).toBe(400);
  });

  it('keeps each user\'s contacts to that user', () => {
    const id = contactsOf(ws, me)[0].id;
    const e = run(other, `return People.People.get(arg, { personFields: 'names' });`, `people/${id}`);
    expect(e).toEqual(expect.objectContaining({ code: 404, error: 'API call to people.people.get failed with error: Requested entity was not found.' }));
    expect(run(other, `return People.People.Connections.list('people/me', { personFields: 'names' }).totalPeople;`)).toBe(0);
  });

  it('updates only the fields named in updatePersonFields, and refuses a stale etag', () => {
    const c = run(me, `return People.People.createContact(arg);`, { names: [{ givenName: 'Ravi', familyName: 'Shah' }], emailAddresses: [{ value: 'ravi@x.example' }] });
    const updated = run(me, `
      var p = People.People.get(arg, { personFields: 'names,emailAddresses,metadata' });
      p.names[0].familyName = 'Shah-Patel';
      p.emailAddresses = [];
      return People.People.updateContact(p, p.resourceName, { updatePersonFields: 'names' });`, c.resourceName);
    expect(updated.names[0].familyName).toBe('Shah-Patel');
    expect(updated.emailAddresses[0].value).toBe('ravi@x.example');
    expect(updated.etag).not.toBe(c.etag);
    const stale = run(me, `return People.People.updateContact(arg, arg.resourceName, { updatePersonFields: 'names' });`, c);
    expect(stale).toEqual(expect.objectContaining({ code: 400, reason: 'failedPrecondition' }));
    expect(run(me, `return People.People.updateContact(arg, arg.resourceName, {});`, updated).code).toBe(400);
    const two = run(me, `var p = arg; p.names = [{ givenName: 'A' }, { givenName: 'B' }]; return People.People.updateContact(p, p.resourceName, { updatePersonFields: 'names' });`, updated);
    expect(two.error).toMatch(/Only one names field/);
  });

  it('finds contacts by prefix phrases once the search cache is warmed', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 32, users: 10 });
    const u = `admin@${c.domains[0]}`;
    const r = runScript(w, u, `
      People.People.searchContacts({ query: '', readMask: 'names' });
      People.People.createContact({ names: [{ givenName: 'Foo', familyName: 'Name' }], emailAddresses: [{ value: 'foo.name@acme.example' }], organizations: [{ name: 'Acme Widgets' }] });
      var before = People.People.searchContacts({ query: 'foo', readMask: 'names' }).results;
      People.People.searchContacts({ query: '', readMask: 'names' });
      var find = function (q) { var r = People.People.searchContacts({ query: q, readMask: 'names,emailAddresses' }).results; return r ? r.length : 0; };
      return { before: before ? before.length : 0, f: find('f'), fooN: find('foo n'), nam: find('nam'), ooN: find('oo n'), email: find('foo.name@'), org: find('widg') };`, undefined, ['People']);
    expect(r).toEqual({ before: 0, f: 1, fooN: 1, nam: 1, ooN: 0, email: 1, org: 1 });
    expect(runScript(w, u, `return People.People.searchContacts({ query: 'foo' });`, undefined, ['People']).code).toBe(400);
  });

  it('caps a search at 30 results, 10 by default', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 33, users: 10 });
    const u = `admin@${c.domains[0]}`;
    const r = runScript(w, u, `
      for (var i = 0; i < 40; i++) People.People.createContact({ names: [{ givenName: 'Sam', familyName: 'Doe' + i }] });
      People.People.searchContacts({ query: '', readMask: 'names' });
      return [People.People.searchContacts({ query: 'sam', readMask: 'names' }).results.length,
              People.People.searchContacts({ query: 'sam', readMask: 'names', pageSize: 100 }).results.length];`, undefined, ['People']);
    expect(r).toEqual([10, 30]);
  });

  it('pages through connections of people/me and deletes a contact', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 34, users: 10 });
    const u = `admin@${c.domains[0]}`;
    const r = runScript(w, u, `
      for (var i = 0; i < 25; i++) People.People.createContact({ names: [{ givenName: 'P' + i }] });
      var all = [], token;
      do {
        var page = People.People.Connections.list('people/me', { personFields: 'names', pageSize: 10, pageToken: token });
        all = all.concat(page.connections || []); token = page.nextPageToken;
      } while (token);
      People.People.deleteContact(all[0].resourceName);
      var gone;
      try { People.People.get(all[0].resourceName, { personFields: 'names' }); } catch (e) { gone = e.details.code; }
      return { n: all.length, first: all[0].names[0].givenName, after: People.People.Connections.list('people/me', { personFields: 'names' }).totalPeople, gone: gone };`, undefined, ['People']);
    expect(r).toEqual({ n: 25, first: 'P0', after: 24, gone: 404 });
    expect(runScript(w, u, `return People.People.Connections.list('people/me');`, undefined, ['People']).code).toBe(400);
  });

  it('reads the running user\'s own profile as people/me', () => {
    const p = run(me, `return People.People.get('people/me', { personFields: 'names,emailAddresses' });`);
    expect(p.emailAddresses[0].value).toBe(me);
    expect(p.names[0].givenName).toBe(ws.user(me).name.givenName);
  });

  it('counts calls and fails on injected faults', () => {
    const w = new OfflineWorkspace();
    const c = createSampleCompany(w, { seed: 35, users: 10 });
    const u = `admin@${c.domains[0]}`;
    addFault(w, { match: 'people.people.createContact', status: 429, nth: [1] });
    const r = runScript(w, u, `
      try { People.People.createContact({ names: [{ givenName: 'X' }] }); return 'no fault'; }
      catch (e) { return e.details.code + ' ' + e.details.status; }`, undefined, ['People']);
    expect(r).toBe('429 RESOURCE_EXHAUSTED');
    expect(w.counters.get('people.calls')).toBe(1);
  });
});
