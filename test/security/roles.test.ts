/**
 * Roles (issue 14): every route declares what it needs in one table, dispatchAction enforces it on every click,
 * the roles come from the Directory (super admins, groups) and from sealed rows only Autograph writes, and every
 * change of a role is in the audit log with who made it. The matrix (authorization-matrix.test.ts) runs every
 * route as every role; this file follows the promises one by one.
 */
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { ROUTES } from '../../src/ui/routes';
import { ROUTE_ROLES } from '../../src/ui/route-roles';
import { ASSIGNABLE_ROLES, EVERYONE, heldRoles, mayUse, parseRoleRows, parseRolesMode, ROLE_COLUMNS, roleRow, type RoleAssignment } from '../../src/core/roles';
import { changes, describeChange, normalise } from './state-diff';
import { act, answerText, callGlobal, rows, runNight, Snapshot, stateText, twoTenants, type TwoTenants } from './two-tenants';
import { sentMail } from '../../sim/services/mail-app';
import { addRolePersonas, giveRole, type RolePersonas } from './role-personas';

describe('the route → roles table', () => {
  it('lists every route of the registry, and nothing else', () => {
    expect(Object.keys(ROUTE_ROLES).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('keeps the employee routes open to everyone and every admin route behind a role', () => {
    for (const [name, route] of Object.entries(ROUTES)) {
      expect([name, ROUTE_ROLES[name] === EVERYONE]).toEqual([name, !route.adminOnly]);
    }
  });

  it('gives the Auditor only routes every admin role may use (views)', () => {
    const auditorRoutes = Object.entries(ROUTE_ROLES).filter(([, need]) => need !== EVERYONE && mayUse(need, new Set(['auditor']))).map(([n]) => n);
    expect(auditorRoutes.length).toBeGreaterThan(10);
    for (const n of auditorRoutes) expect([n, ROUTE_ROLES[n]]).toEqual([n, ['integrationManager', 'mappingEditor', 'designer', 'approver', 'auditor']]);
  });
});

describe('who holds which role (core)', () => {
  const seal = (text: string) => `sealed(${text.length}:${text.split('|').slice(1).join(',')})`;
  const row = (a: Partial<RoleAssignment>) => roleRow({ principal: 'ann@a.example', kind: 'user', role: 'designer', by: 'boss@a.example', at: 5, ...a }, seal);

  it('makes super admins and the admin who set Autograph up Owners, whatever the rows say', () => {
    expect([...heldRoles({ isAdmin: true, isSuperAdmin: true, isSetupAdmin: false, enforced: true, assigned: [] }).roles]).toContain('owner');
    expect([...heldRoles({ isAdmin: true, isSuperAdmin: false, isSetupAdmin: true, enforced: true, assigned: ['auditor'] }).roles]).toContain('owner');
    // The setup admin demoted in the Directory is nobody here.
    expect(heldRoles({ isAdmin: false, isSuperAdmin: false, isSetupAdmin: true, enforced: true, assigned: ['designer'] }).roles.size).toBe(0);
  });

  it('keeps delegated admins working as before until an Owner enforces roles, then gives exactly the roles given', () => {
    expect([...heldRoles({ isAdmin: true, isSuperAdmin: false, isSetupAdmin: false, enforced: false, assigned: [] }).roles].sort()).toEqual([...ASSIGNABLE_ROLES].sort());
    expect([...heldRoles({ isAdmin: true, isSuperAdmin: false, isSetupAdmin: false, enforced: true, assigned: ['designer'] }).roles]).toEqual(['designer']);
    expect(heldRoles({ isAdmin: true, isSuperAdmin: false, isSetupAdmin: false, enforced: true, assigned: [] }).roles.size).toBe(0);
  });

  it('grants nothing for a malformed, hand-typed or Owner row, and reports each with its fix', () => {
    const header = [...ROLE_COLUMNS];
    const good = row({});
    const forged = [...row({ principal: 'eve@a.example' })];
    forged[1] = 'group';
    const r = parseRoleRows(header, [good, ['not-an-email', 'user', 'designer', '', 0, ''], row({ kind: 'team' as 'user' }), row({ role: 'owner' }), row({ role: 'boss' as 'designer' }), forged], seal);
    expect(r.assignments).toEqual([{ principal: 'ann@a.example', kind: 'user', role: 'designer', by: 'boss@a.example', at: 5 }]);
    expect(r.problems.map((p) => [p.row, p.problem])).toEqual([
      [3, 'principal "not-an-email" is not an email address'],
      [4, 'kind "team" is neither user nor group'],
      [5, 'Owner cannot be assigned (Owners are the super admins and the admin who set Autograph up)'],
      [6, 'role "boss" is not one of integrationManager, mappingEditor, designer, approver, auditor'],
      [7, 'eve@a.example as Designer was not written by Autograph (edited in the spreadsheet)'],
    ]);
    for (const p of r.problems) expect(p.fix).toMatch(/Roles card/);
  });

  it('reads a damaged enforcement setting as enforced and says so', () => {
    expect(parseRolesMode(null)).toEqual({ enforced: false, rows: 0, problem: '' });
    expect(parseRolesMode('on 3')).toEqual({ enforced: true, rows: 3, problem: '' });
    expect(parseRolesMode('off 2')).toEqual({ enforced: false, rows: 2, problem: '' });
    expect(parseRolesMode('of')).toMatchObject({ enforced: true, problem: expect.stringMatching(/damaged/) });
  });
});

describe('roles in the offline Workspace', () => {
  let t: TwoTenants;
  let p: RolePersonas;
  let snap: Snapshot;

  beforeAll(() => {
    t = twoTenants();
    p = addRolePersonas(t);
    snap = new Snapshot(t.ws);
  }, 180_000);

  beforeEach(() => {
    t.ws = snap.restore(t.project);
  });

  afterAll(() => snap?.dispose());

  const owner = () => t.A.as.superAdmin;
  const saveTemplate = (user: string, name: string) => act(t, user, 'templates.save', { params: { id: t.A.templateId }, form: { name, html: '<p>{{fullName}}</p>', aliasPolicy: 'primary' } });

  /** Runs `fn` and returns what changed anywhere in the Workspace. */
  function changed(fn: () => void): string[] {
    const before = normalise(stateText(t.ws));
    fn();
    return changes(before, normalise(stateText(t.ws))).map(describeChange);
  }

  it('lets a Designer save a template and refuses them the sync settings, naming the role and whom to ask, changing nothing', () => {
    const designer = p.byRole.designer;
    const saved = saveTemplate(designer, 'Designed by the Designer');
    expect(answerText(saved)).not.toMatch(/role in Autograph/);
    expect(JSON.stringify(rows(t, t.A, 'signature_templates'))).toContain('Designed by the Designer');
    let refused = '';
    expect(changed(() => (refused = answerText(act(t, designer, 'sync.toggleAuto', { params: { to: 'on' } }))))).toEqual([]);
    expect(refused).toContain('This needs the Integration manager role in Autograph, which you do not hold.');
    expect(refused).toContain(`Ask an Owner (${owner()} or a super admin)`);
  });

  it('lets the Approver take and decide edit requests, and refuses the Designer the queue, changing nothing', () => {
    const tpl = t.A.templateId;
    expect(answerText(act(t, p.byRole.designer, 'edits.saveFields', { params: { templateId: tpl }, form: { [`unlock_${tpl}`]: ['pronouns'] } }))).toContain('Saved: Pronouns open to proposals');
    expect(answerText(act(t, t.A.as.user, 'edits.propose', { form: { field: 'pronouns', value: 'they/them' } }))).toContain('Proposed Pronouns');
    let refused = '';
    expect(changed(() => (refused = answerText(act(t, p.byRole.designer, 'edits.queue'))))).toEqual([]);
    expect(refused).toContain('This needs the Approver role in Autograph, which you do not hold.');
    // The night tells whoever may decide: the Approver and the Owners, not the other roles.
    runNight(t, t.A);
    const told = sentMail(t.ws).filter((m) => /edit request\(s\) waiting/.test(m.subject ?? ''));
    expect(told).toHaveLength(1);
    const to = String(told[0].to).split(',').sort();
    expect(to).toContain(p.byRole.approver.toLowerCase());
    expect(to).toContain(owner().toLowerCase());
    for (const other of [p.byRole.designer, p.byRole.auditor, p.byRole.integrationManager, p.byRole.mappingEditor, p.viaGroup]) expect(to).not.toContain(other.toLowerCase());
    expect(answerText(act(t, p.byRole.approver, 'edits.queue'))).toContain(t.A.as.user);
    const [r] = rows(t, t.A, 'edit_requests');
    expect(answerText(act(t, p.byRole.approver, 'edits.decide', { params: { id: r.id, decision: 'approved' } }))).toContain('Approved: the next run writes');
    expect(rows(t, t.A, 'edit_requests')[0]).toMatchObject({ status: 'approved', decidedBy: p.byRole.approver.toLowerCase() });
    expect(answerText(act(t, t.A.as.user, 'signatures.mine'))).toContain(`approved by ${p.byRole.approver.toLowerCase()}`);
  });

  it('lets only Owners change roles: a forged roles.add by another role changes nothing', () => {
    for (const who of [p.byRole.integrationManager, p.byRole.auditor, t.A.as.delegatedAdmin]) {
      let answer = '';
      expect(changed(() => (answer = answerText(act(t, who, 'roles.add', { form: { rolePrincipal: `user:${who}`, roleName: 'integrationManager' } }))))).toEqual([]);
      expect(answer).toContain('Only an Owner of Autograph');
    }
    expect(answerText(act(t, owner(), 'roles.open'))).toContain('Roles are enforced');
  });

  it('shows each role only the home entries it may open, and whom to ask for the rest', () => {
    const home = (who: string) => answerText(callGlobal(t, who, 'onHomepage', {}));
    const designer = home(p.byRole.designer);
    expect(designer).toContain('Signatures');
    expect(designer).not.toContain('Who may change the connection');
    expect(designer).toContain(`Your roles in Autograph: Designer. For the rest, ask ${owner()} or a super admin.`);
    const ownerHome = home(owner());
    expect(ownerHome).toContain('Who may change the connection');
    expect(ownerHome).not.toContain('Your roles in Autograph');
    // An admin without a role once roles are enforced: what employees see, and whom to ask.
    expect(home(t.A.as.delegatedAdmin)).toContain('Your roles in Autograph: none.');
  });

  it('greys out, inside a card, the buttons a role may not press, saying which role they need and whom to ask', () => {
    const syncNow = (who: string) => {
      const text = answerText(act(t, who, 'sync.open'));
      const at = text.indexOf('"text":"Sync now"');
      expect(at).toBeGreaterThan(-1);
      const end = text.indexOf('"onClick"', at);
      return text.slice(at, end);
    };
    const auditorSees = syncNow(p.byRole.auditor);
    expect(auditorSees).toContain('"disabled":true');
    expect(auditorSees).toContain('This needs the Integration manager role in Autograph, which you do not hold.');
    expect(auditorSees).toContain(`Ask an Owner (${owner()} or a super admin)`);
    expect(syncNow(p.byRole.integrationManager)).not.toContain('"disabled"');
    expect(syncNow(owner())).not.toContain('"disabled"');
  });

  it('takes a removed role away at the next click, with the change and its author in the audit log', () => {
    const designer = p.byRole.designer;
    const removed = act(t, owner(), 'roles.remove', { params: { principal: designer, principalKind: 'user', role: 'designer' } });
    expect(answerText(removed)).toContain(`Designer removed from ${designer}`);
    expect(answerText(saveTemplate(designer, 'After removal'))).toContain('This needs the Designer role');
    expect(JSON.stringify(rows(t, t.A, 'signature_templates'))).not.toContain('After removal');
    const audit = rows(t, t.A, 'signature_audit').filter((r) => r.address === designer && r.cause.startsWith('Roles card'));
    expect(audit.map((r) => [r.why, r.cause, r.before, r.after])).toEqual([
      ['role Designer given (user)', `Roles card, by ${owner()}`, 'no role', 'roles: Designer'],
      ['role Designer removed (user)', `Roles card, by ${owner()}`, 'roles: Designer', 'no role'],
    ]);
  });

  it('follows the Directory: leaving the group takes its role away at the next click', () => {
    expect(answerText(saveTemplate(p.viaGroup, 'By the group member'))).not.toMatch(/role in Autograph/);
    expect(JSON.stringify(rows(t, t.A, 'signature_templates'))).toContain('By the group member');
    const group = t.ws.directory.tenant(t.A.tenant.customerId).groups.find((g) => g.email === p.group)!;
    group.members = [];
    t.ws.directory.revision++;
    expect(answerText(saveTemplate(p.viaGroup, 'After leaving'))).toContain('This needs the Designer role');
  });

  it('grants nothing for a row typed into the roles sheet, and shows it to the Owners', () => {
    const store = spreadsheetState(t.ws, t.A.spreadsheetId)!;
    const sheet = store.sheets.find((s) => s.name === 'roles')!;
    // A restricted admin edits the shared spreadsheet to make themselves Integration manager.
    const auditor = p.byRole.auditor;
    sheet.values.push([auditor, 'user', 'integrationManager', auditor, 1, 'x'.repeat(43)]);
    expect(answerText(act(t, auditor, 'sync.toggleAuto', { params: { to: 'on' } }))).toContain('This needs the Integration manager role');
    const card = answerText(act(t, owner(), 'roles.open'));
    expect(card).toContain('Rows that grant nothing (1)');
    expect(card).toContain(`${auditor} as Integration manager was not written by Autograph (edited in the spreadsheet)`);
  });

  it('gives every admin every role but Owner again when an Owner stops enforcing, and logs who did it', () => {
    const auditor = p.byRole.auditor;
    expect(answerText(saveTemplate(auditor, 'Auditor tries'))).toContain('This needs the Designer role');
    expect(answerText(act(t, owner(), 'roles.enforce', { params: { to: 'off' } }))).toContain('Roles are no longer enforced');
    expect(answerText(saveTemplate(auditor, 'Auditor saves'))).not.toMatch(/role in Autograph/);
    expect(JSON.stringify(rows(t, t.A, 'signature_templates'))).toContain('Auditor saves');
    expect(answerText(act(t, auditor, 'roles.open'))).toContain('Only an Owner of Autograph');
    const log = rows(t, t.A, 'signature_audit').filter((r) => r.address === 'all administrators');
    expect(log.map((r) => [r.why, r.cause])).toEqual([
      ['roles enforced', `Roles card, by ${owner()}`],
      ['roles no longer enforced', `Roles card, by ${owner()}`],
    ]);
  });

  it('lets a Designer save through the Signature Studio and refuses every Studio call to the other roles, changing nothing', () => {
    const design = { html: '<b>{{fullName}}</b>', id: t.A.templateId, name: 'From the Studio' };
    for (const who of [p.byRole.mappingEditor, p.byRole.auditor, p.byRole.integrationManager]) {
      for (const fn of ['studioLoad', 'studioSave']) {
        let r: ReturnType<typeof t.ws.runScriptCall> | undefined;
        expect(changed(() => (r = t.ws.runScriptCall(t.project, who, fn, fn === 'studioSave' ? [design] : [t.A.templateId])))).toEqual([]);
        expect([fn, r!.ok, !r!.ok && r!.error]).toEqual([fn, false, expect.stringContaining('This needs the Designer role')]);
      }
    }
    const saved = t.ws.runScriptCall(t.project, p.viaGroup, 'studioSave', [design]);
    expect(saved.ok && (saved.value as { saved: boolean }).saved).toBe(true);
    expect(JSON.stringify(rows(t, t.A, 'signature_templates'))).toContain('From the Studio');
  });

  it('keeps the admin who set Autograph up an Owner as a delegated admin, and no longer once not an admin', () => {
    const setupAdmin = t.ws.directory.findUser(owner())!;
    setupAdmin.isAdmin = false;
    setupAdmin.isDelegatedAdmin = true;
    t.ws.directory.revision++;
    expect(answerText(act(t, owner(), 'roles.open'))).toContain('Roles are enforced');
    setupAdmin.isDelegatedAdmin = false;
    t.ws.directory.revision++;
    expect(answerText(act(t, owner(), 'roles.open'))).toContain('Only an administrator of your domain can do this.');
  });

  it('refuses to give a role to a user or group the Directory does not confirm in this customer', () => {
    for (const forged of [`user:${t.B.as.delegatedAdmin}`, `group:nobody@${t.B.as.superAdmin.split('@')[1]}`, 'nonsense']) {
      let answer = '';
      expect(changed(() => (answer = answerText(act(t, owner(), 'roles.add', { form: { rolePrincipal: forged, roleName: 'designer' } }))))).toEqual([]);
      expect(answer).toMatch(/Administrator or group: /);
    }
    // And a picked one is checked too: giving the same role twice says so and writes nothing.
    expect(() => giveRole(t, owner(), `user:${p.byRole.designer}`, 'designer')).toThrow(/already holds Designer/);
  });
});
