/**
 * Measuring how long a card action may run: one timed action per click, each a step longer, until the platform
 * ends one (gmail/add-ons/how-tos/interactions: callbacks "have execution time limits"; the number is not given).
 * A step is marked as started before it waits and as finished after; a step still marked started when the card
 * is next opened was ended by the platform.
 */
import type { CardActionLimit } from './results';

export const CARD_LIMIT_STEPS_MS = [10_000, 15_000, 20_000, 25_000, 28_000, 35_000, 45_000] as const;
/** The last step below the assumed ~30 s: a limit that lets it finish matches the assumption. */
export const ASSUMED_LIMIT_STEP_MS = 28_000;
/** A started step older than its length plus this was ended by the platform (not still running in another tab). */
export const STEP_GRACE_MS = 20_000;

/** One admin's measurement in progress (their own user properties). */
export interface CardLimitProgress {
  /** The longest step that finished so far (0: none). */
  finishedMs: number;
  /** The step running now, and when it started. */
  running: { stepMs: number; startedAt: number } | null;
}

/** The next step after `finishedMs`, or null when every step finished. */
export function nextStep(finishedMs: number): number | null {
  return CARD_LIMIT_STEPS_MS.find((s) => s > finishedMs) ?? null;
}

/**
 * The conclusion, once there is one: a step that was ended (the limit lies between the last finished step and it),
 * or every step finished (the limit is at least the longest). Null while the measurement can go on.
 */
export function conclusion(p: CardLimitProgress, now: number): CardActionLimit | null {
  if (p.running && now > p.running.startedAt + p.running.stepMs + STEP_GRACE_MS) {
    return { finishedMs: p.finishedMs, endedMs: p.running.stepMs };
  }
  if (!p.running && nextStep(p.finishedMs) === null) return { finishedMs: p.finishedMs, endedMs: null };
  return null;
}
