/**
 * The Platform check in the offline Workspace, for each behaviour Google's docs leave open: with the default
 * answer it records what it measured and switches nothing; with the other answer (ws.platform) it records that,
 * the card says what was measured and what was switched, and the fallback keeps every signature write exact.
 */
import { action, scriptProps, triggersOf, type DirWorld } from '../directory/world';
import { timeDrivenEvent } from '../../sim/services/trigger-state';
import { SidebarSession } from '../../sim/host';
import { applyEveryone, platformWorld, recorded, said, signatureProblems, syncedEmployees } from './world';

const MIN = 60_000;

describe('Platform check card', () => {
  it("is reached from the admin home card in Gmail's sidebar and refused to a non-admin", () => {
    const w = platformWorld();
    const sidebar = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Platform check');
    expect(JSON.stringify(sidebar.card)).toContain('Measured on this deployment (all customers)');
    sidebar.click('Measure fetchAll');
    expect(sidebar.notification).toMatch(/fetchAll ran between 20 and 29 requests at once \(measured\)/);
    const user = w.ws.directory.usersOf(w.tenant.customerId).find((u) => !u.isAdmin && !u.isDelegatedAdmin && !u.suspended)!;
    for (const route of ['platform.open', 'platform.fetchAll', 'platform.triggers', 'platform.cardLimit', 'platform.batchAuth']) {
      expect(said({ ...w, admin: user.primaryEmail }, route)).toContain('Only an administrator of your domain can do this');
    }
  });
});

describe('Platform check: Gmail batch-part Authorization', () => {
  it('records "honoured" where each part is answered as its own token, and keeps batch requests', () => {
    const w = platformWorld();
    const text = said(w, 'platform.batchAuth');
    expect(text).toMatch(/Measured: the part authorised as (\S+) was answered with \1's addresses/);
    expect(text).toContain('each part answered as its own Authorization');
    expect(text).toContain('No fallback');
    expect(recorded(w).batchAuthorization.value).toBe('honoured');
  });

  it('records "ignored" where parts are answered as the outer request, switches to one request per call, and every user ends with their own signature', () => {
    const w = platformWorld({ batchPartAuthorization: 'ignored' });
    // Before the check: Autograph's batches carry no outer token, so every part is refused — nobody is written as
    // anybody else.
    applyEveryone(w);
    const before = signatureProblems(w);
    expect(before.filter((p) => p.includes('carries'))).toEqual([]);
    expect(before.length).toBe(syncedEmployees(w).length);

    const text = said(w, 'platform.batchAuth');
    expect(text).toMatch(/answered with \S+'s addresses \(the outer request's\)/);
    expect(text).toContain('Autograph now sends one request per Gmail call');
    expect(text).toContain('parts answered as the OUTER request');
    expect(text).toContain('Gmail calls: one request per call');
    expect(recorded(w).batchAuthorization.value).toBe('ignored');

    const batches = w.ws.counters.get('urlfetch.calls.gmail.batch');
    applyEveryone(w);
    expect(signatureProblems(w)).toEqual([]);
    expect(w.ws.counters.get('urlfetch.calls.gmail.batch')).toBe(batches);
  }, 60_000);
});

describe('Platform check: UrlFetchApp.fetchAll concurrency', () => {
  it('reads 20 at once (the default) and switches nothing', () => {
    const w = platformWorld();
    const text = said(w, 'platform.fetchAll');
    expect(text).toContain('fetchAll ran between 20 and 29 requests at once (measured)');
    expect(recorded(w).fetchAllConcurrency.value).toEqual({ atLeast: 20, below: 30 });
    expect(text).toContain('Per fetchAll: 10 batch requests or 500 single requests');
  });

  it('reads 4 at once where fetchAll runs 4, sizes each fetchAll to it, and writes stay exact', () => {
    const w = platformWorld({ fetchAllConcurrency: 4 });
    const text = said(w, 'platform.fetchAll');
    expect(recorded(w).fetchAllConcurrency.value).toEqual({ atLeast: 4, below: 6 });
    expect(text).toContain('fetchAll ran only 4 request(s) at once: each fetchAll now holds 4 batch request(s) or 40 single requests');
    applyEveryone(w);
    expect(signatureProblems(w)).toEqual([]);
  }, 60_000);
  it('stops at the first size that needed a second round, so even one-at-a-time fetchAll fits in the card action', () => {
    const w = platformWorld({ fetchAllConcurrency: 1 });
    const r = action(w, 'platform.fetchAll');
    expect(r.ok).toBe(true);
    expect(r.execution.elapsed()).toBeLessThan(5_000);
    expect(recorded(w).fetchAllConcurrency.value).toEqual({ atLeast: 1, below: 2 });
  });
});

describe('Platform check: triggers', () => {
  function testTriggers(w: DirWorld): void {
    expect(said(w, 'platform.triggers')).toContain('A one-off trigger was created to fire in 60 s');
  }

  it('sees a trigger from the card and one from inside it fire, about as late as asked', () => {
    const w = platformWorld();
    testTriggers(w);
    w.ws.advance(5 * MIN);
    const r = recorded(w);
    expect([r.cardTrigger.value, r.triggerTrigger.value]).toEqual(['fired', 'fired']);
    expect(r.afterDelayMs.value).toBeLessThan(MIN);
    const text = said(w, 'platform.open');
    expect(text).toContain('From a card: fired');
    expect(text).toContain('From inside a trigger: fired');
    // Fired within two minutes of being created: continuations ask for what was measured, not the hour.
    expect(text).toMatch(/One-off triggers fired \d+(\.\d)? s after they were created.*a continuation now asks for 2 min/);
    expect(text).toMatch(/Continuation: after 2 min/);
    expect(triggersOf(w, w.admin).filter((t) => t.handler === 'onPlatformProbe')).toEqual([]);
  });

  it('records a trigger created inside a trigger that never fires, removes it, and says the nightly run resumes instead', () => {
    const w = platformWorld({ triggersFromTrigger: 'never' });
    testTriggers(w);
    w.ws.advance(5 * MIN);
    expect(said(w, 'platform.open')).toContain('Waiting for the trigger created inside the first trigger');
    w.ws.advance(25 * 60 * MIN);
    const text = said(w, 'platform.open');
    expect(recorded(w).triggerTrigger.value).toBe('notFired');
    expect(text).toContain('From inside a trigger: did NOT fire');
    expect(text).toContain('a run cut off in a trigger now waits at its checkpoint for the next nightly run');
    expect(triggersOf(w, w.admin).filter((t) => t.handler === 'onPlatformProbe')).toEqual([]);
  });

  /**
   * A run that a trigger execution cannot finish: Apply now is cut off after it armed its continuation (from the
   * card, which fires), then that continuation is itself cut off. Returns the continuation triggers left behind.
   */
  function cutOffInATrigger(w: DirWorld): Array<{ nextAt: number | null }> {
    const card = w.ws.run(w.project, 'dispatchAction', {
      user: w.admin,
      kind: 'action',
      cutOff: { afterServiceCalls: 150 },
      event: { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', parameters: { scope: 'everyone', action: 'signatures.applyNow' } } },
    });
    expect(card.endedByPlatform).toBe(true);
    const armed = triggersOf(w, w.admin).find((t) => t.handler === 'onContinueRun')!;
    expect(armed.nextAt).not.toBeNull();
    w.ws.advance(8 * MIN); // the cut-off card action's lease runs out
    const cont = w.ws.run(w.project, 'onContinueRun', { user: w.admin, kind: 'trigger', event: timeDrivenEvent(armed.id, w.ws.clock.now()), cutOff: { afterServiceCalls: 30 } });
    expect(cont.endedByPlatform).toBe(true);
    expect(scriptProps(w)[`t:${w.tenant.customerId}:run`]).toBeDefined();
    return triggersOf(w, w.admin).filter((t) => t.handler === 'onContinueRun');
  }

  it('without the check, a continuation armed inside a trigger that never fires is left behind, dead', () => {
    const w = platformWorld({ triggersFromTrigger: 'never' });
    expect(cutOffInATrigger(w).map((t) => t.nextAt)).toEqual([null]);
  });

  it('once measured, a run cut off in a trigger arms nothing from there, and the next Apply now finishes it with exact writes', () => {
    const w = platformWorld({ triggersFromTrigger: 'never' });
    testTriggers(w);
    w.ws.advance(25 * 60 * MIN);
    said(w, 'platform.open');
    expect(recorded(w).triggerTrigger.value).toBe('notFired');
    expect(cutOffInATrigger(w)).toEqual([]);
    expect(signatureProblems(w).length).toBeGreaterThan(0);
    w.ws.advance(8 * MIN);
    applyEveryone(w);
    expect(signatureProblems(w)).toEqual([]);
    expect(scriptProps(w)[`t:${w.tenant.customerId}:run`]).toBeUndefined();
  }, 60_000);

  it('measures a one-off trigger two hours late and asks continuations for that much longer', () => {
    const w = platformWorld({ afterTriggerDelayMs: 2 * 60 * MIN });
    testTriggers(w);
    w.ws.advance(5 * 60 * MIN);
    const late = recorded(w).afterDelayMs.value as number;
    expect(late).toBeGreaterThanOrEqual(2 * 60 * MIN);
    const text = said(w, 'platform.open');
    expect(text).toMatch(/One-off triggers fired 12\d min later than asked: a continuation now asks for 18\d min/);
    expect(text).toMatch(/Continuation: after 18\d min/);
  });
});

describe('Platform check: how long a card action may run', () => {
  /** Presses the timed-action button until the platform ends one; returns the steps that finished. */
  function measure(w: DirWorld): number {
    let finished = 0;
    for (let i = 0; i < 10; i++) {
      const r = action(w, 'platform.cardLimit');
      if (!r.ok) {
        expect(r.endedByPlatform).toBe(true);
        break;
      }
      finished++;
      w.ws.advance(MIN);
    }
    w.ws.advance(MIN);
    return finished;
  }

  it('sees the 28 s step finish and the 35 s one ended under the assumed ~30 s, and keeps the 18 s budget', () => {
    const w = platformWorld();
    expect(measure(w)).toBe(5);
    const text = said(w, 'platform.open');
    expect(recorded(w).cardActionLimit.value).toEqual({ finishedMs: 28_000, endedMs: 35_000 });
    expect(text).toContain('28 s finished, 35 s was ended');
    expect(text).toContain('Card actions work at most 18 s');
  });

  it('sees a 20 s limit, shrinks card actions to 9 s, and Apply now finishes inside the limit with exact writes', () => {
    const w = platformWorld({ cardActionLimitMs: 20_000 });
    expect(measure(w)).toBe(2);
    const text = said(w, 'platform.open');
    expect(recorded(w).cardActionLimit.value).toEqual({ finishedMs: 15_000, endedMs: 20_000 });
    expect(text).toContain('card actions now work 9 s at most');
    const r = action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    expect(r.ok).toBe(true);
    expect(r.execution.elapsed()).toBeLessThan(20_000);
    for (let i = 0; i < 6 && signatureProblems(w).length > 0; i++) w.ws.advance(3600_000);
    expect(signatureProblems(w)).toEqual([]);
  }, 60_000);
});
