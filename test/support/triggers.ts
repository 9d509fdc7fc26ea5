/**
 * Runs Autograph's trigger functions the way Apps Script does: as the owner of one of their own triggers, with
 * the time-driven event that carries its `triggerUid` (guides/triggers/events). `onNightlyRun` called by name
 * without one is refused, so tests that drive nightly runs by hand go through here.
 */
import type { OfflineWorkspace, RunResult } from '../../sim/workspace';
import type { SimProject } from '../../sim/project';
import { scriptAppState, timeDrivenEvent } from '../../sim/services/trigger-state';

/** Turns automatic sync on as `admin` through the sync card (installs their nightly trigger). */
export function turnOnAutoSync(ws: OfflineWorkspace, project: SimProject, admin: string): RunResult {
  const r = ws.run(project, 'dispatchAction', { user: admin, kind: 'action', event: { commonEventObject: { parameters: { action: 'sync.toggleAuto', to: 'on' } } } });
  if (!r.ok) throw new Error(`turning automatic sync on failed: ${r.error}`);
  return r;
}

/** The id of `owner`'s trigger of `handler` in `project`, or null. */
export function ownTriggerId(ws: OfflineWorkspace, project: SimProject, owner: string, handler: string): string | null {
  const t = Object.values(scriptAppState(ws).triggers)
    .filter((x) => x.projectId === project.id && x.owner === owner.toLowerCase() && x.handler === handler)
    .sort((a, b) => a.createdAt - b.createdAt)[0];
  return t?.id ?? null;
}

/** Fires `owner`'s own trigger of `handler` now (as the scheduler would). Throws when they have none. */
export function fireOwnTrigger(
  ws: OfflineWorkspace,
  project: SimProject,
  owner: string,
  handler: 'onNightlyRun' | 'onContinueRun',
  opts: { cutOff?: { afterServiceCalls: number } } = {},
): RunResult {
  const id = ownTriggerId(ws, project, owner, handler);
  if (!id) throw new Error(`${owner} has no ${handler} trigger to fire`);
  return ws.run(project, handler, { user: owner, kind: 'trigger', event: timeDrivenEvent(id, ws.clock.now()), cutOff: opts.cutOff });
}

/**
 * Fires the trigger Apps Script would fire next for a run: the pending continuation when a run is in progress and
 * one is armed (an execution cut off before arming it leaves none: the nightly trigger then resumes the run).
 */
export function fireRunTrigger(ws: OfflineWorkspace, project: SimProject, owner: string, running: boolean, opts: { cutOff?: { afterServiceCalls: number } } = {}): RunResult {
  const handler = running && ownTriggerId(ws, project, owner, 'onContinueRun') ? 'onContinueRun' : 'onNightlyRun';
  return fireOwnTrigger(ws, project, owner, handler, opts);
}
