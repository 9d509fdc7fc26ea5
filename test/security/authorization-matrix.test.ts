/**
 * The authorization matrix (issue 10): every route of ROUTES (through `dispatchAction`) and every other global of
 * the bundle, called by each persona with parameters naming the OTHER customer's users and ids. Callers who may
 * not act change nothing anywhere; callers who may act change nothing of the other customer; nobody's answer
 * carries the other customer's data. Routes, parameter names and globals are read from the source and the bundle
 * (route-parameters.ts), so a new route or global is covered by construction.
 */
import { ROUTES } from '../../src/ui/routes';
import { bundleGlobals, routeCallInputs, routeInputs } from './route-parameters';
import { changes, belongsTo, describeChange, normalise } from './state-diff';
import { leaked, marksOf, type Marks } from './victim-marks';
import { answerText, act, callGlobal, Snapshot, stateText, twoTenants, type Persona, type Side, type TwoTenants } from './two-tenants';

interface Caller {
  label: string;
  email: string;
  persona: Persona | 'otherAdmin';
  victim: Marks;
}

const found = routeInputs();

/** Parameter sets: the k-th fills every input with the k-th victim identifier of the kind its name asks for. */
const SETS = 4;

describe('authorization matrix: every entry point × persona × the other customer\'s identifiers', () => {
  let t: TwoTenants;
  let snap: Snapshot;
  let baseline: ReturnType<typeof normalise>;
  let baselineText: string;
  let callers: Caller[];
  const routes = Object.keys(ROUTES).sort();
  const globals = bundleGlobals().filter((g) => g !== 'dispatchAction');
  /** Web-app entry points only an admin may use (src/ui/studio-auth.ts): nobody else may change anything through them. */
  const adminGlobals = new Set(globals.filter((g) => g === 'doGet' || g.startsWith('studio')));

  beforeAll(() => {
    t = twoTenants();
    const a = marksOf(t, t.A, t.B);
    const b = marksOf(t, t.B, t.A);
    const personas: Persona[] = ['superAdmin', 'delegatedAdmin', 'formerAdmin', 'user'];
    callers = [
      ...personas.map((p) => ({ label: `${p} of A`, email: t.A.as[p], persona: p, victim: b })),
      { label: 'admin of B (the other tenant)', email: t.B.as.superAdmin, persona: 'otherAdmin' as const, victim: a },
    ];
    // Everyone has opened Autograph once, so a role lookup cached by the first call is not a change.
    for (const c of callers) callGlobal(t, c.email, 'onHomepage', {});
    snap = new Snapshot(t.ws);
    baseline = normalise(snap.text());
    baselineText = JSON.stringify(baseline);
    console.log(`authorization matrix: (${routes.length} routes + ${globals.length} globals) × ${callers.length} personas × ${SETS} parameter sets = ${(routes.length + globals.length) * callers.length * SETS} calls`);
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
      const adminOnly = isRoute ? ROUTES[entry].adminOnly : adminGlobals.has(entry);
      const mayNotAct = adminOnly && (c.persona === 'formerAdmin' || c.persona === 'user');
      const bad = mayNotAct ? changed : changed.filter((ch) => belongsTo(ch, c.victim.owner));
      for (const ch of bad) problems.push(`${mayNotAct ? 'changed (may not act)' : "changed the other customer's"} ${describeChange(ch)}`);
      t.ws = snap.restore(t.project);
    }
    const leaks = leaked(answerText(r), request, c.victim);
    if (leaks.length) problems.push(`answer shows the other customer's ${leaks.slice(0, 5).join(', ')}`);
    return problems.map((p) => `${entry} [set ${k}]: ${p}`);
  }

  const personaLabels = ['superAdmin of A', 'delegatedAdmin of A', 'formerAdmin of A', 'user of A', 'admin of B (the other tenant)'];
  for (const [i, label] of personaLabels.entries()) {
    it(`${label}: changes nothing it may not and sees nothing of the other customer, on every route and global`, () => {
      const c = callers[i];
      t.ws = snap.restore(t.project);
      expect(c.label).toBe(label);
      const failures: string[] = [];
      for (const entry of [...routes, ...globals]) for (let k = 0; k < SETS; k++) failures.push(...cell(c, entry, k));
      if (failures.length) console.log(`${label}: ${failures.length} failing cells\n${failures.join('\n')}`);
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
