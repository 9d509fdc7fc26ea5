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
