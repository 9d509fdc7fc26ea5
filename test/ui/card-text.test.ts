/**
 * Card text reads basic HTML (<b> <i> <u> <s> <font> <a> <br>), so directory data must reach the cards escaped:
 * a user named `"Bob" <b>Tables</b>` shows as typed, never in bold. Runs the built bundle (npm run build first).
 */
import { action, directoryWorld, importableUsers, setUp, sheetRows, shown, type DirWorld } from '../directory/world';

const TYPED = '&lt;b&gt;Tables&lt;/b&gt;';

function bobTables(w: DirWorld) {
  const u = importableUsers(w).find((x) => x.name.familyName === '<b>Tables</b>');
  if (!u) throw new Error('the sample company has no user named <b>Tables</b>');
  return u;
}

describe('directory data in card text', () => {
  const w = directoryWorld({ users: 60 });
  setUp(w, { mode: 'mirror' });
  const bob = bobTables(w);
  const row = sheetRows(w, 'employees').find((e) => e.primaryEmail === bob.primaryEmail)!;

  it('shows a name with tags as typed in the employees list', () => {
    const list = shown(action(w, 'emp.page', { params: { page: '0' }, form: { q: bob.primaryEmail } }));
    expect(list).toContain(bob.primaryEmail);
    expect(list).toContain(TYPED);
    expect(list).not.toContain('<b>Tables</b>');
  });

  it('shows a name with tags as typed on the employee card, header included', () => {
    const card = shown(action(w, 'emp.open', { params: { id: row.id } }));
    expect(card).toContain(TYPED);
    expect(card).not.toContain('<b>Tables</b>');
  });

  it('shows a name with tags as typed on the employee signature card', () => {
    const card = shown(action(w, 'signatures.employee', { params: { email: bob.primaryEmail } }));
    expect(card).toContain(TYPED);
    expect(card).not.toContain('<b>Tables</b>');
  });
});
