/**
 * The time-driven triggers of the nightly job. Installable triggers run as the user who created them, on that
 * user's quotas, and only that user can see or delete them (apps-script/guides/triggers/installable). Add-ons
 * may use time-driven triggers at most once per hour, so a continuation is a one-off trigger an hour out — or
 * later, or none from inside a trigger, when the Platform check measured so (core/platform-check/settings.ts).
 */
import { platformSettings } from '../adapters/platform-probe';

export const NIGHTLY_FUNCTION = 'onNightlyRun';
export const CONTINUE_FUNCTION = 'onContinueRun';
/** The nightly run fires between 03:00 and 04:00 in the chosen time zone ("24 h update"). */
export const NIGHTLY_HOUR = 3;
// guides/triggers/installable: "Add-ons can use time-driven triggers at most once per hour".
export { DEFAULT_CONTINUATION_DELAY_MS as CONTINUE_AFTER_MS } from '../core/platform-check/settings';

function ownTriggers(fn: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === fn);
}

/** Creates (or re-creates, for a new time zone) the running user's nightly trigger. */
export function installNightlyTrigger(timeZone: string): void {
  for (const t of ownTriggers(NIGHTLY_FUNCTION)) ScriptApp.deleteTrigger(t);
  ScriptApp.newTrigger(NIGHTLY_FUNCTION).timeBased().atHour(NIGHTLY_HOUR).everyDays(1).inTimezone(timeZone).create();
}

export function removeNightlyTrigger(): number {
  const mine = ownTriggers(NIGHTLY_FUNCTION);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}

export function hasNightlyTrigger(): boolean {
  return ownTriggers(NIGHTLY_FUNCTION).length > 0;
}

/**
 * Makes sure exactly one continuation trigger of the running user is pending. Created BEFORE work starts, so an
 * execution the platform ends at 6 minutes still has its successor; deleted when the run is done. `fromTrigger`:
 * this execution is itself a trigger's; when the Platform check saw triggers created there never fire, none is
 * created (it would only take one of the user's 20 triggers) and the run waits at its checkpoint for the nightly
 * trigger or Sync now. Returns whether a continuation is pending.
 */
export function armContinuation(fromTrigger = false): boolean {
  const settings = platformSettings();
  const pending = ownTriggers(CONTINUE_FUNCTION);
  if (pending.length === 1) return true;
  for (const t of pending) ScriptApp.deleteTrigger(t);
  if (fromTrigger && !settings.continueFromTrigger) return false;
  ScriptApp.newTrigger(CONTINUE_FUNCTION).timeBased().after(settings.continuationDelayMs).create();
  return true;
}

/** Deletes the running user's continuation triggers (the run is done, or the one that fired is used up). */
export function disarmContinuation(): void {
  for (const t of ownTriggers(CONTINUE_FUNCTION)) ScriptApp.deleteTrigger(t);
}

/** Whether `triggerUid` names one of the running user's own triggers of `fn` (only the owner can see a trigger). */
export function isOwnTrigger(triggerUid: string, fn: string): boolean {
  return ownTriggers(fn).some((t) => t.getUniqueId() === triggerUid);
}

/** Deletes the one-off trigger that started this execution, so used triggers do not pile up (20 per user). */
export function deleteFiredTrigger(triggerUid: string | undefined): void {
  if (!triggerUid) return;
  for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === triggerUid) ScriptApp.deleteTrigger(t);
}
