/**
 * The directory wizard's "Which users" step, clicked through Gmail: only the chosen way's controls show, the
 * search takes plain words and Autograph builds the directory query, and a search that cannot work says so in
 * plain words (never the directory's own error). Runs the built bundle.
 */
import { SidebarSession } from '../../sim/host/session';
import { buildUserQuery } from '../../src/core/directory/user-search';
import { directoryWorld, importableUsers, sheetRows, type DirWorld } from '../directory/world';

/** Home › Directory sync › Connect › Next (departments) — the users step. */
function usersStep(w: DirWorld): SidebarSession {
  const s = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Directory sync');
  if (s.targets().some((t) => t.label === 'Connect')) s.click('Connect');
  s.click('Next');
  expect(s.card?.name).toBe('dir.users');
  return s;
}

const inputNames = (s: SidebarSession) => s.inputs().map((i) => i.name).sort();

describe('the users step of the directory wizard', () => {
  let w: DirWorld;
  beforeAll(() => {
    w = directoryWorld({ users: 60 });
  });

  it('shows only the controls of the chosen way, redrawn when the choice changes', () => {
    const s = usersStep(w);
    expect(inputNames(s)).toEqual(['selectionKind']);
    s.change('selectionKind', 'orgUnit');
    expect(inputNames(s)).toEqual(['children', 'orgUnit', 'selectionKind']);
    s.change('selectionKind', 'group');
    expect(inputNames(s)).toEqual(['group', 'selectionKind']);
    s.change('selectionKind', 'search');
    expect(inputNames(s)).toEqual(['searchDepartment', 'searchName', 'searchOrgUnit', 'searchTitle', 'selectionKind']);
    expect(JSON.stringify(s.card)).not.toMatch(/orgDepartment|orgUnitPath=/);
    // What was typed for the search stays when the admin looks at another way and comes back.
    s.change('selectionKind', 'all', { searchDepartment: 'Engineering' });
    expect(inputNames(s)).toEqual(['selectionKind']);
    s.change('selectionKind', 'search');
    expect(s.inputs().find((i) => i.name === 'searchDepartment')?.initial?.stringInputs?.value?.[0]).toBe('Engineering');
    s.change('selectionKind', 'picked');
    expect(s.targets().map((t) => t.label)).toContain('Pick users…');
    expect(inputNames(s)).toEqual(['selectionKind']);
  });

  it('builds the directory query from plain words and imports exactly whom it finds', () => {
    const s = usersStep(w);
    s.change('selectionKind', 'search');
    s.click('Next', { searchDepartment: 'Engineering', searchOrgUnit: '/Engineering/Platform' });
    expect(s.error).toBeUndefined();
    expect(s.card?.name).toBe('dir.mapping');
    const saved = JSON.parse(sheetRows(w, 'settings').find((r) => r.key === 'selection')!.value);
    expect(saved.query).toBe("orgDepartment:'Engineering' orgUnitPath='/Engineering/Platform'");
    expect(saved.words).toMatchObject({ department: 'Engineering', orgUnit: '/Engineering/Platform' });
    s.click('Save mapping').click('Import now');
    const expected = importableUsers(w)
      .filter((u) => u.organizations?.[0]?.department === 'Engineering' && (u.orgUnitPath === '/Engineering/Platform' || u.orgUnitPath.startsWith('/Engineering/Platform/')))
      .map((u) => u.primaryEmail)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(sheetRows(w, 'employees').map((e) => e.primaryEmail).sort()).toEqual(expected);
  });

  it('says plainly when a search finds nobody, or when the directory cannot run it', () => {
    const s = usersStep(directoryWorld({ users: 30 }));
    s.change('selectionKind', 'search');
    s.click('Next', { searchDepartment: 'Salse' });
    expect(s.card?.name).toBe('dir.users');
    expect(s.notification).toMatch(/^Not saved: No user matches: department has "Salse"\. Check the spelling/);
    // An org unit removed since the card was drawn: the directory answers 400; the card says what to do instead.
    s.click('Next', { searchDepartment: '', searchOrgUnit: '/Gone' });
    expect(s.notification).toMatch(/could not run the search.*choose it again from the list/);
    expect(s.notification).not.toMatch(/Invalid|INVALID_OU_ID|API call|orgUnitPath/);
    // Nothing filled in: the card says what to fill in, beside the field.
    s.click('Next', { searchOrgUnit: '/' });
    expect(s.notification).toMatch(/Type a name, a department or a job title/);
    expect(JSON.stringify(s.card)).toContain('Not saved: 1 field needs a change');
  });
});

describe('plain words into a directory query (guides/search-users)', () => {
  it('quotes every value and escapes single quotes as \\\'', () => {
    expect(buildUserQuery({ name: "Seán O'Brien", department: '', title: '', orgUnit: '' })).toEqual({ query: "name:'Seán O\\'Brien'" });
    expect(buildUserQuery({ name: '', department: ' People  & Culture ', title: 'VP', orgUnit: '/People/' })).toEqual({
      query: "orgDepartment:'People & Culture' orgTitle:'VP' orgUnitPath='/People'",
    });
  });

  it('refuses what the guide does not say how to search for, naming the field', () => {
    expect(buildUserQuery({ name: 'Jo*', department: '', title: '', orgUnit: '' })).toEqual({ problems: [{ field: 'name', message: expect.stringMatching(/^Name: remove the \*/) }] });
    expect(buildUserQuery({ name: '', department: '', title: '', orgUnit: 'Sales' })).toEqual({ problems: [{ field: 'orgUnit', message: expect.stringMatching(/^Org unit: "Sales" is not an org unit path/) }] });
    expect(buildUserQuery({ name: '', department: '', title: '', orgUnit: '/' })).toEqual({ problems: [{ field: '', message: expect.stringMatching(/^Type a name/) }] });
  });

  it('finds a name with an apostrophe in the offline directory exactly as typed', () => {
    const w = directoryWorld({ users: 30 });
    const u = w.ws.directory.usersOf(w.tenant.customerId).find((x) => !x.suspended && !x.isAdmin)!;
    u.name.familyName = "D'Souza";
    w.ws.directory.updateUser(u);
    const s = usersStep(w);
    s.change('selectionKind', 'search');
    s.click('Next', { searchName: `${u.name.givenName} D'Souza` });
    expect(s.error).toBeUndefined();
    expect(s.card?.name).toBe('dir.mapping');
  });
});
