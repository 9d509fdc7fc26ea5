/**
 * Every Studio entry point (doGet and each google.script.run function) as callers who may not use it — a regular
 * user, a demoted admin, and the admin of the other customer — with arguments naming the victim customer's template
 * and employees: refused (or, for the other admin, confined to their own customer), nothing changed, nothing of the
 * victim in the answer. The entry points are read from the bundle, so a new Studio function is covered by
 * construction (and must be given arguments below).
 */
import { bundleGlobals } from './route-parameters';
import { changes, belongsTo, describeChange, normalise } from './state-diff';
import { leaked, marksOf } from './victim-marks';
import { stateText, twoTenants, type TwoTenants } from './two-tenants';
import type { ScriptCallResult, WebAppPage } from '../../sim/web-app';

/** Arguments a forged page would send, naming the victim's ids. */
function argumentsFor(fn: string, victimTemplate: string, victimEmail: string): unknown[] {
  const design = { html: '<b>{{fullName}}</b><img src="https://example.com/logo.png">' };
  const calls: Record<string, unknown[]> = {
    studioLoad: [victimTemplate],
    studioSearch: [victimEmail.slice(0, 4)],
    studioPreview: [design, victimEmail],
    studioSave: [{ ...design, id: victimTemplate, name: 'Taken over' }],
    studioCheckImages: [design],
  };
  if (!calls[fn]) throw new Error(`give the Studio function ${fn} forged arguments in studio-authorization.test.ts`);
  return calls[fn];
}

describe('Studio entry points: refused to non-admins, confined to the caller’s own customer', () => {
  let t: TwoTenants;
  const studioFns = bundleGlobals().filter((g) => g.startsWith('studio'));

  beforeAll(() => {
    t = twoTenants();
  }, 240_000);

  it('lists the Studio functions the bundle exposes', () => {
    expect(studioFns.sort()).toEqual(['studioCheckImages', 'studioLoad', 'studioPreview', 'studioSave', 'studioSearch']);
    expect(bundleGlobals()).toContain('doGet');
  });

  for (const persona of ['user', 'formerAdmin'] as const) {
    it(`refuses the ${persona} of A every Studio call and the page, with no state read or changed`, () => {
      const caller = t.A.as[persona];
      const victimEmail = t.A.as.user;
      const before = normalise(stateText(t.ws));
      const page: WebAppPage = t.ws.serveWebApp(t.project, caller);
      expect(page.ok).toBe(true);
      expect(page.html).toMatch(/administrator/);
      expect(page.html).not.toContain('google.script.run');
      // Nothing of the store is read for a refused caller.
      expect(page.run!.execution.counters.sum('spreadsheet')).toBe(0);
      for (const fn of studioFns) {
        const r: ScriptCallResult = t.ws.runScriptCall(t.project, caller, fn, argumentsFor(fn, t.A.templateId, victimEmail));
        expect([fn, r.ok]).toEqual([fn, false]);
        expect(!r.ok && r.error).toMatch(/administrator|Directory|rights/i);
        expect([fn, r.run?.execution.counters.sum('spreadsheet')]).toEqual([fn, 0]);
      }
      const after = normalise(stateText(t.ws));
      expect(changes(before, after).map(describeChange)).toEqual([]);
    });
  }

  it("lets the admin of B touch nothing of A and see nothing of A, whatever A's ids the page sends", () => {
    const caller = t.B.as.superAdmin;
    const victim = marksOf(t, t.A, t.B);
    const before = normalise(stateText(t.ws));
    const page = t.ws.serveWebApp(t.project, caller);
    expect(page.html).toContain('google.script.run');
    for (const fn of studioFns) {
      const args = argumentsFor(fn, t.A.templateId, t.A.as.user);
      const r = t.ws.runScriptCall(t.project, caller, fn, args);
      const answer = JSON.stringify(r.ok ? r.value : r.error);
      expect([fn, leaked(answer, JSON.stringify(args), victim)]).toEqual([fn, []]);
      if (fn === 'studioSave') expect(r.ok && (r.value as { saved: boolean }).saved).toBe(false);
      if (fn === 'studioLoad') expect(r.ok && (r.value as { template: unknown }).template).toBeNull();
    }
    const after = normalise(stateText(t.ws));
    const ofA = changes(before, after).filter((c) => belongsTo(c, victim.owner));
    expect(ofA.map(describeChange)).toEqual([]);
  });
});
