/**
 * Background work of the served offline Workspace. In Gmail, work an add-on hands to the background (a manual
 * "Apply now" or "Sync now" that goes on in continuation triggers) runs on Google's servers while the admin waits;
 * offline, virtual time stands still until someone moves it. This module moves it only as far as the queued work
 * needs: to the next one-off time-driven trigger of the served project, through `ws.advanceTo`, so the trigger
 * fires as an execution of its owner — the same machinery the tests use (sim/services/script-app.ts), with the
 * same `triggerUid` checks in the add-on. Recurring triggers (the nightly run) are not "queued work": they fire
 * only when the clock passes them on the way.
 */
import type { OfflineWorkspace } from '../workspace';
import type { SimProject } from '../project';
import { scriptAppState, triggerFirings, type TriggerFiring } from '../services/trigger-state';
import { esc } from './render';

export interface QueuedTrigger {
  id: string;
  handler: string;
  owner: string;
  /** Virtual time the trigger is due. */
  dueAt: number;
}

export interface BackgroundRun {
  /** Every trigger that fired on the way, oldest first (recurring ones included when their time came). */
  firings: TriggerFiring[];
  /** Virtual time before and after. */
  from: number;
  to: number;
  /** Queued triggers left (a run that keeps re-arming its continuation stops at `maxSteps`). */
  left: QueuedTrigger[];
}

/**
 * One-off time-driven triggers of the project still to fire ("after(ms)" / "at(date)"): the continuations of runs
 * handed to the background. guides/triggers/installable: "Add-ons can use time-driven triggers at most once per
 * hour", so each is about an hour of virtual time away.
 */
export function queuedWork(ws: OfflineWorkspace, project: SimProject): QueuedTrigger[] {
  return Object.values(scriptAppState(ws).triggers)
    .filter((t) => t.projectId === project.id && t.schedule.type === 'once' && t.nextAt !== null)
    .map((t) => ({ id: t.id, handler: t.handler, owner: t.owner, dueAt: t.nextAt as number }))
    .sort((a, b) => a.dueAt - b.dueAt || Number(a.id) - Number(b.id));
}

/**
 * Advances virtual time to each queued trigger in turn, at most `maxSteps` times, and reports what fired. One step
 * fires the earliest queued trigger (and anything due with or before it); a continuation it arms is the next step.
 */
export function runBackgroundWork(ws: OfflineWorkspace, project: SimProject, maxSteps = 1): BackgroundRun {
  const from = ws.clock.now();
  const seen = triggerFirings(ws).length;
  for (let step = 0; step < maxSteps; step++) {
    const next = queuedWork(ws, project)[0];
    if (!next) break;
    ws.advanceTo(Math.max(ws.clock.now(), next.dueAt));
  }
  return { firings: triggerFirings(ws).slice(seen), from, to: ws.clock.now(), left: queuedWork(ws, project) };
}

export interface BackgroundBar {
  queued: QueuedTrigger[];
  /** The run the user just asked for (shown once). */
  done: BackgroundRun | null;
  /** Real ms of idleness after which the page runs the next step by itself (0: only the control). */
  idleMs: number;
  showAdminConsole: boolean;
}

/**
 * The bar under the top bar: what ran, what is queued, and the "Run background work" control. The card on screen
 * stays as it was built, as in Gmail, so the bar says to refresh it. The page's script (PAGE_JS) submits the
 * control's form with one step once the user has been idle for `data-idle-ms`.
 */
export function backgroundBarHtml(bar: BackgroundBar): string {
  const time = (t: number) => esc(new Date(t).toISOString().slice(11, 16));
  const parts: string[] = [];
  const done = bar.done;
  if (done && done.firings.length > 0) {
    const failed = done.firings.some((f) => !f.ok);
    const list = done.firings
      .map((f) => `${esc(f.handler)} as ${esc(f.owner)} at ${time(f.startedAt)}: ${f.ok ? 'finished' : `failed — ${esc(f.error ?? 'no reason given')}`}`)
      .join('; ');
    parts.push(
      `<span class="bg-done${failed ? ' bg-failed' : ''}" id="background-report">Ran in the background (virtual ${time(done.from)} → ${time(done.to)} UTC): ${list}. ` +
        'The card shows what it showed when it was built: press its Refresh (or open it again) to see the new state.</span>',
    );
  }
  if (bar.queued.length > 0) {
    const next = bar.queued[0];
    const n = bar.queued.length;
    const auto = bar.idleMs > 0 ? ` — runs by itself after ${Math.max(1, Math.round(bar.idleMs / 1000))} s without a click or key press` : '';
    parts.push(
      `<form method="post" action="/background/run" id="background-run" data-idle-ms="${bar.idleMs}">` +
        `<span>Background work queued: ${n} trigger${n === 1 ? '' : 's'} (next: ${esc(next.handler)} as ${esc(next.owner)}, due ${time(next.dueAt)} UTC virtual)${auto}.</span> ` +
        '<input type="hidden" name="steps" value="all"><button class="btn" id="run-background">Run background work</button></form>',
    );
  }
  if (bar.showAdminConsole) {
    parts.push('<span>Play the Admin console step: <a href="/admin-console" id="admin-console-link">Admin console › Domain-wide delegation</a> (grant or revoke Autograph\'s access).</span>');
  }
  return parts.length ? `<div class="background-bar">${parts.join(' ')}</div>` : '';
}
