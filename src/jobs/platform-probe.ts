/**
 * The trigger part of the Platform check: (a) whether a one-off trigger created from a card fires, and whether one
 * created inside that trigger's execution fires too; (b) how much later than asked each fired. One probe per
 * admin at a time; its state is in their user properties (a trigger runs as its creator, so the firing reads the
 * same store). Not documented by Google: workspace/add-ons/concepts/workspace-triggers only says add-ons "can also
 * use Apps Script installable triggers"; clock-trigger-builder#after promises a minimum delay, no maximum.
 */
import { recordPlatformResults, readProbeState, writeProbeState } from '../adapters/platform-probe';
import type { PlatformResults } from '../core/platform-check/results';
import { PROBE_AFTER_MS } from '../core/platform-check/settings';

export { PROBE_AFTER_MS };
export const PROBE_FUNCTION = 'onPlatformProbe';
/** A probe trigger that has not fired this long after it was due counts as "did not fire". */
export const NOT_FIRED_AFTER_MS = 24 * 60 * 60_000;

export interface TriggerProbe {
  stage: 'card' | 'trigger';
  uid: string;
  createdAt: number;
  afterMs: number;
}

const STATE = 'triggers';

export function readTriggerProbe(): TriggerProbe | null {
  return readProbeState<TriggerProbe>(STATE);
}

function createProbeTrigger(stage: TriggerProbe['stage']): TriggerProbe {
  const createdAt = Date.now();
  const t = ScriptApp.newTrigger(PROBE_FUNCTION).timeBased().after(PROBE_AFTER_MS).create();
  const probe = { stage, uid: t.getUniqueId(), createdAt, afterMs: PROBE_AFTER_MS };
  writeProbeState(STATE, probe);
  return probe;
}

function deleteOwnTrigger(uid: string): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
}

const resultKey = (stage: TriggerProbe['stage']) => (stage === 'card' ? 'cardTrigger' : 'triggerTrigger');

/**
 * Concludes a probe whose trigger never fired (called when the card opens). Returns what was recorded, or null
 * while it may still fire.
 */
export function expireTriggerProbe(now: number): PlatformResults | null {
  const probe = readTriggerProbe();
  if (!probe || now < probe.createdAt + probe.afterMs + NOT_FIRED_AFTER_MS) return null;
  deleteOwnTrigger(probe.uid);
  writeProbeState(STATE, null);
  console.warn(`[platform-check] ${resultKey(probe.stage)}: a one-off trigger created ${probe.stage === 'card' ? 'from a card' : 'inside a trigger'} did not fire within ${NOT_FIRED_AFTER_MS / 3_600_000} h`);
  return recordPlatformResults({ [resultKey(probe.stage)]: { value: 'notFired', at: now } });
}

/** The card's "Test triggers" button: a one-off trigger from this card action. */
export function startTriggerProbe(): { started: boolean; probe: TriggerProbe } {
  const pending = readTriggerProbe();
  if (pending) return { started: false, probe: pending };
  return { started: true, probe: createProbeTrigger('card') };
}

/**
 * The probe trigger fired. Anything that is not the running user's pending probe trigger (a user calling
 * `onPlatformProbe` by name, a forged event, a left-over trigger) changes nothing but removes that trigger.
 */
export function onProbeTrigger(e: { triggerUid?: unknown } | undefined): string {
  const uid = typeof e?.triggerUid === 'string' || typeof e?.triggerUid === 'number' ? String(e.triggerUid) : '';
  const own = uid !== '' && ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === uid && t.getHandlerFunction() === PROBE_FUNCTION);
  if (!own) {
    const message = `Refused: ${PROBE_FUNCTION} runs only when fired by its own trigger.`;
    console.warn(message);
    return message;
  }
  deleteOwnTrigger(uid);
  const probe = readTriggerProbe();
  if (!probe || probe.uid !== uid) return 'A left-over Platform check trigger fired; it was removed.';
  const now = Date.now();
  const lateMs = Math.max(0, Math.round(now - probe.createdAt - probe.afterMs));
  recordPlatformResults({ [resultKey(probe.stage)]: { value: 'fired', at: now }, afterDelayMs: { value: lateMs, at: now } });
  if (probe.stage === 'card') {
    // The second half of (a): a trigger created inside this trigger's execution.
    createProbeTrigger('trigger');
    return `Card-created trigger fired ${Math.round(lateMs / 1000)} s later than asked; a trigger created inside it is armed.`;
  }
  writeProbeState(STATE, null);
  return `Trigger-created trigger fired ${Math.round(lateMs / 1000)} s later than asked.`;
}
