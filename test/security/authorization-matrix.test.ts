/**
 * The authorization matrix (issue 10): every route of ROUTES (through `dispatchAction`) and every other global of
 * the bundle, called by each persona with parameters naming the OTHER customer's users and ids. Callers who may
 * not act change nothing anywhere; callers who may act change nothing of the other customer; nobody's answer
 * carries the other customer's data. Routes, parameter names and globals are read from the source and the bundle
 * (route-parameters.ts), so a new route or global is covered by construction.
 *
 * Roles (issue 14): A has one delegated admin per Autograph role and one holding Designer through a group, with
 * roles enforced (role-personas.ts). Whether a caller "may act" on a route is read from the one route → roles table
 * (src/ui/route-roles.ts), so a route a role may not use must change nothing at all, and the Auditor changes
 * nothing on any admin route.
 */
import { ROUTES } from '../../src/ui/routes';
import { ROUTE_ROLES, STUDIO_NEED } from '../../src/ui/route-roles';
import { ASSIGNABLE_ROLES, EVERYONE, mayUse, type Role } from '../../src/core/roles';
import { addRolePersonas } from './role-personas';
import { bundleGlobals, routeCallInputs, routeInputs } from './route-parameters';
import { changes, belongsTo, describeChange, normalise } from './state-diff';
import { leaked, marksOf, type Marks } from './victim-marks';
import { answerText, act, callGlobal, Snapshot, stateText, twoTenants, type Persona, type Side, type TwoTenants } from './two-tenants';

interface Caller {
  label: string;
  email: string;
  persona: Persona | 'otherAdmin' | Role;
  /** The Autograph roles the caller holds in their own tenant (enforced in A). */
  roles: ReadonlySet<Role>;
  victim: Marks;
  /** Parameter sets this caller is run with. */
  sets: number;
}

const found = routeInputs();

/** Parameter sets: the k-th fills every input with the k-th victim identifier of the kind its name asks for. */
const SETS = 4;
/** Role personas run the two sets that differ in kind (without, then with a forged confirmation). */
const ROLE_SETS = 2;

describe('authorization matrix: every entry point × persona × the other customer\'s identifiers', () => {
  let t: TwoTenants;
  let snap: Snapshot;
  let baseline: ReturnType<typeof normalise>;
  let baselineText: string;
  let callers: Caller[];
  const routes = Object.keys(ROUTES).sort();
  const globals = bundleGlobals().filter((g) => g !== 'dispatchAction');
  /** Web-app entry points (src/ui/studio-auth.ts): only the roles STUDIO_NEED names may change anything through them. */
  const adminGlobals = new Set(globals.filter((g) => g === 'doGet' || g.startsWith('studio')));

  beforeAll(() => {
    t = twoTenants();
    const rolePersonas = addRolePersonas(t);
    const a = marksOf(t, t.A, t.B);
    const b = marksOf(t, t.B, t.A);
    const personas: Persona[] = ['superAdmin', 'delegatedAdmin', 'formerAdmin', 'user'];
    const owner = new Set<Role>(['owner']);
    callers = [
      // With roles enforced, A's delegated admin without a role holds none.
      ...personas.map((p) => ({ label: `${p} of A`, email: t.A.as[p], persona: p, roles: p === 'superAdmin' ? owner : new Set<Role>(), victim: b, sets: SETS })),
      { label: 'admin of B (the other tenant)', email: t.B.as.superAdmin, persona: 'otherAdmin' as const, roles: owner, victim: a, sets: SETS },
      ...ASSIGNABLE_ROLES.map((r) => ({ label: `${r} of A`, email: rolePersonas.byRole[r as Exclude<Role, 'owner'>], persona: r, roles: new Set<Role>([r]), victim: b, sets: ROLE_SETS })),
      { label: 'designer through a group of A', email: rolePersonas.viaGroup, persona: 'designer' as const, roles: new Set<Role>(['designer']), victim: b, sets: ROLE_SETS },
    ];
    // Everyone has opened Autograph once, so a role lookup cached by the first call is not a change.
    for (const c of callers) callGlobal(t, c.email, 'onHomepage', {});
    snap = new Snapshot(t.ws);
    baseline = normalise(snap.text());
    baselineText = JSON.stringify(baseline);
    const calls = callers.reduce((n, c) => n + (routes.length + globals.length) * c.sets, 0);
    console.log(`authorization matrix: (${routes.length} routes + ${globals.length} globals) × ${callers.length} personas × ${SETS} or ${ROLE_SETS} parameter sets = ${calls} calls`);
  }, 120_000);

  afterAll(() => snap?.dispose());

  /** Runs one cell from the saved world; returns what broke the promise, if anything. */
  function cell(c: Caller, entry: string, k: number): string[] {
    const isRoute = ROUTES[entry] !== undefined;
    const { params, form } = routeCallInputs(found, isRoute ? entry : '', k, c.victim);
    const request = JSON.stringify({ params, form });
    const r = isRoute
      ? act(t, c.email, entry, { params, form })
      : callGlobal(t, c.email, entry, {
          commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', parameters: params, formInputs: Object.fromEntries(Object.entries(form).map(([n, v]) => [n, { stringInputs: { value: Array.isArray(v) ? v : [v] } }])) },
          gmail: { messageId: c.victim.ids[k % c.victim.ids.length], threadId: c.victim.ids[k % c.victim.ids.length], accessToken: 'forged-message-token' },
          triggerUid: c.victim.ids[k % c.victim.ids.length],
        });
    const problems: string[] = [];
    const after = normalise(stateText(t.ws));
    if (JSON.stringify(after) !== baselineText) {
      const changed = changes(baseline, after);
      // The roles table decides (the Studio's globals need what STUDIO_NEED says); the Auditor changes nothing on
      // any admin route or Studio call (their own signature and contacts stay theirs, as every employee's).
      const need = isRoute ? ROUTE_ROLES[entry] : adminGlobals.has(entry) ? STUDIO_NEED : EVERYONE;
      const mayNotAct = (isRoute || adminGlobals.has(entry)) && (!mayUse(need, c.roles) || (c.persona === 'auditor' && need !== EVERYONE));
      const bad = mayNotAct ? changed : changed.filter((ch) => belongsTo(ch, c.victim.owner));
      for (const ch of bad) problems.push(`${mayNotAct ? 'changed (may not act)' : "changed the other customer's"} ${describeChange(ch)}`);
      t.ws = snap.restore(t.project);
    }
    const leaks = leaked(answerText(r), request, c.victim);
    if (leaks.length) problems.push(`answer shows the other customer's ${leaks.slice(0, 5).join(', ')}`);
    return problems.map((p) => `${entry} [set ${k}]: ${p}`);
  }

  const personaLabels = [
    'superAdmin of A', 'delegatedAdmin of A', 'formerAdmin of A', 'user of A', 'admin of B (the other tenant)',
    ...ASSIGNABLE_ROLES.map((r) => `${r} of A`), 'designer through a group of A',
  ];
  for (const [i, label] of personaLabels.entries()) {
    it(`${label}: changes nothing it may not and sees nothing of the other customer, on every route and global`, () => {
      const c = callers[i];
      t.ws = snap.restore(t.project);
      expect(c.label).toBe(label);
      const failures: string[] = [];
      for (const entry of [...routes, ...globals]) for (let k = 0; k < c.sets; k++) failures.push(...cell(c, entry, k));
      if (failures.length) console.log(`${label}: ${failures.length} failing cells\n${failures.join('\n')}`);
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
