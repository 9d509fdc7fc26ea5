/**
 * Admin routes on a domain that has not run the setup yet answer with a card saying so, with the button to the
 * setup — not an error. A second admin can reach them from an old card or a bookmark before anyone has set up
 * Autograph. Runs the built bundle.
 */
import { action, directoryWorld, shown, type DirWorld } from '../directory/world';

describe('admin routes before the setup', () => {
  let w: DirWorld;
  let secondAdmin: string;
  beforeAll(() => {
    w = directoryWorld({ users: 30 });
    // A second super admin, besides the one who installed Autograph; nobody has run the setup.
    const other = w.ws.directory.usersOf(w.tenant.customerId).find((u) => !u.isAdmin && !u.suspended && u.primaryEmail !== w.admin)!;
    other.isAdmin = true;
    w.ws.directory.updateUser(other);
    secondAdmin = other.primaryEmail;
  });

  it.each([
    ['emp.open', { id: 'emp-1' }],
    ['emp.save', { id: 'emp-1' }],
    ['emp.page', { page: '0' }],
    ['dept.page', { page: '0' }],
    ['dept.toggle', { id: 'd1', to: 'off' }],
    ['sync.pauseAll', { to: 'on' }],
    ['dir.setup.mapping', {}],
    ['dir.progress', {}],
    ['contactInbox.admin', {}],
    ['contactInbox.user', { email: 'ada@example.com' }],
  ])('answers %s with "Run the setup first" and the way to the setup', (route, params) => {
    const r = action(w, route, { params, user: secondAdmin });
    expect(r.ok).toBe(true);
    const card = shown(r);
    expect(card).toContain('"pushCard"');
    expect(card).toContain('Run the setup first');
    expect(card).toContain('is not set up for');
    expect(card).toContain('"value":"dir.home"');
  });

  it('leads from that card to the first setup step', () => {
    const card = shown(action(w, 'dir.home', { user: secondAdmin }));
    expect(card).toContain('"name":"dir.connect"');
  });
});
