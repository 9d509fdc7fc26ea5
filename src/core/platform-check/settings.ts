/**
 * The one place that turns what the Platform check measured into how Autograph runs. Every card and job asks
 * `effectiveSettings` (through src/adapters/platform-probe.ts `platformSettings()`); with nothing measured the
 * answer is the default assumption of each behaviour, i.e. what Google's docs say or, where they are silent,
 * the most likely answer:
 *
 * - Gmail batch: gmail/api/guides/batch "If you provide an Authorization header for a specific call, then that
 *   header applies only to that call" → one batch carries many users' calls.
 * - `after()`: reference/script/clock-trigger-builder#after "the minimum duration ... after the current time"; an
 *   add-on may use time-driven triggers "once per hour at most" (guides/triggers/installable) → continuations an
 *   hour out. How much later a one-off fires, and whether one created inside a trigger fires, is not documented:
 *   once the check saw one-off triggers (from a card and inside a trigger) fire sooner, continuations ask for the
 *   measured time rounded up to a minute, never less; later than asked, an hour plus the lateness.
 * - fetchAll: reference/url-fetch/url-fetch-app#fetchAll runs requests concurrently; no cap is documented → waves
 *   of up to 10 batch requests (500 single calls) per fetchAll.
 * - Card actions: gmail/add-ons/how-tos/interactions "they have execution time limits" (no number given; ~30 s
 *   is reported) → 18 s of work per card action, the rest kept for saving state and the answer.
 */
import type { PlatformResults } from './results';
import { ASSUMED_LIMIT_STEP_MS } from './card-limit';

export const DEFAULT_CONTINUATION_DELAY_MS = 60 * 60_000;
/** What each Platform check probe trigger asks `after()` for (jobs/platform-probe.ts). */
export const PROBE_AFTER_MS = 60_000;
export const DEFAULT_CARD_BUDGET_MS = 18_000;
/**
 * The share of the longest card action that finished used for work, once a limit below the assumed ~30 s was
 * measured (the default is 18 s of 30 s); a limit that let the 28 s step finish keeps the default.
 */
export const CARD_BUDGET_SHARE = 0.6;
export const DEFAULT_BATCH_REQUESTS_PER_FETCH_ALL = 10;
export const DEFAULT_SINGLE_REQUESTS_PER_FETCH_ALL = 500;
/** Single requests per fetchAll, in rounds of the measured concurrency: one fetchAll stays a few seconds long. */
export const ROUNDS_PER_FETCH_ALL = 10;
/** A one-off trigger later than this is no continuation: the nightly run (24 h) gets there first. */
export const LONGEST_USEFUL_DELAY_MS = 23 * 60 * 60_000;

export interface PlatformSettings {
  /** How delegated Gmail calls travel: batch parts with their own Authorization, or one request per call. */
  gmailTransport: 'batch' | 'fetchAll';
  /** Gmail batch requests per fetchAll (each up to 50 calls). */
  batchRequestsPerFetchAll: number;
  /** Single Gmail requests per fetchAll (transport 'fetchAll'). */
  singleRequestsPerFetchAll: number;
  /** What a continuation trigger asks `after()` for. */
  continuationDelayMs: number;
  /**
   * Whether a run that needs another execution arms a continuation trigger from inside a trigger. When such
   * triggers do not fire, the run waits at its checkpoint for the next nightly run (or Sync now) instead.
   */
  continueFromTrigger: boolean;
  /** Work time of a card action (Apply now, Sync now, re-checks). */
  cardBudgetMs: number;
  /** Sentences for the card: each fallback in force and the measurement behind it. */
  switched: string[];
}

function roundUpTo(ms: number, step: number): number {
  return Math.ceil(ms / step) * step;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

export function effectiveSettings(r: PlatformResults): PlatformSettings {
  const switched: string[] = [];
  let gmailTransport: PlatformSettings['gmailTransport'] = 'batch';
  if (r.batchAuthorization?.value === 'ignored') {
    gmailTransport = 'fetchAll';
    switched.push('Gmail batch parts were answered as the outer request, not their own Authorization: every Gmail call now goes as its own request.');
  }

  let batchRequestsPerFetchAll = DEFAULT_BATCH_REQUESTS_PER_FETCH_ALL;
  let singleRequestsPerFetchAll = DEFAULT_SINGLE_REQUESTS_PER_FETCH_ALL;
  const c = r.fetchAllConcurrency?.value;
  if (c && c.atLeast < DEFAULT_BATCH_REQUESTS_PER_FETCH_ALL) {
    batchRequestsPerFetchAll = c.atLeast;
    singleRequestsPerFetchAll = Math.min(DEFAULT_SINGLE_REQUESTS_PER_FETCH_ALL, c.atLeast * ROUNDS_PER_FETCH_ALL);
    switched.push(
      `UrlFetchApp.fetchAll ran only ${c.atLeast} request(s) at once: each fetchAll now holds ${batchRequestsPerFetchAll} batch request(s) or ${singleRequestsPerFetchAll} single requests.`,
    );
  }

  let continuationDelayMs = DEFAULT_CONTINUATION_DELAY_MS;
  let continueFromTrigger = true;
  const late = r.afterDelayMs?.value ?? 0;
  // Both probes fired (from a card, and inside a trigger, where continuations are made): the slowest of them fired
  // `PROBE_AFTER_MS + late` after it was created. Sooner than the hourly rule: continuations ask for that, never less.
  const firedAfter = PROBE_AFTER_MS + late;
  const measuredSooner = r.cardTrigger?.value === 'fired' && r.triggerTrigger?.value === 'fired' && r.afterDelayMs !== undefined && firedAfter < DEFAULT_CONTINUATION_DELAY_MS;
  if (measuredSooner) {
    continuationDelayMs = roundUpTo(firedAfter, 60_000);
    switched.push(`One-off triggers fired ${seconds(firedAfter)} after they were created (the hourly rule did not hold back one-off triggers here): a continuation now asks for ${Math.round(continuationDelayMs / 60_000)} min.`);
  } else if (late >= 5 * 60_000) {
    continuationDelayMs = DEFAULT_CONTINUATION_DELAY_MS + roundUpTo(late, 5 * 60_000);
    switched.push(`One-off triggers fired ${Math.round(late / 60_000)} min later than asked: a continuation now asks for ${Math.round(continuationDelayMs / 60_000)} min.`);
  }
  if (r.triggerTrigger?.value === 'notFired' || late >= LONGEST_USEFUL_DELAY_MS) {
    continueFromTrigger = false;
    switched.push(
      r.triggerTrigger?.value === 'notFired'
        ? 'A trigger created inside a trigger did not fire: a run cut off in a trigger now waits at its checkpoint for the next nightly run (or Sync now).'
        : 'One-off triggers fire too late to continue a run: a run cut off in a trigger now waits at its checkpoint for the next nightly run (or Sync now).',
    );
  }
  if (r.cardTrigger?.value === 'notFired') {
    switched.push('A trigger created from a card did not fire: automatic sync cannot run on this deployment; use Sync now.');
  }

  let cardBudgetMs = DEFAULT_CARD_BUDGET_MS;
  const limit = r.cardActionLimit?.value;
  if (limit && limit.endedMs !== null && limit.finishedMs < ASSUMED_LIMIT_STEP_MS) {
    const budget = Math.floor(limit.finishedMs * CARD_BUDGET_SHARE);
    if (budget < DEFAULT_CARD_BUDGET_MS) {
      cardBudgetMs = Math.max(1_000, budget);
      switched.push(`Card actions were ended after ${seconds(limit.endedMs)} (${seconds(limit.finishedMs)} finished): card actions now work ${seconds(cardBudgetMs)} at most.`);
    }
  }

  return { gmailTransport, batchRequestsPerFetchAll, singleRequestsPerFetchAll, continuationDelayMs, continueFromTrigger, cardBudgetMs, switched };
}

/**
 * A card action's own budget (written for the assumed ~30 s limit), shrunk in proportion when the Platform check
 * measured a shorter limit; never longer than written.
 */
export function scaledCardBudget(writtenMs: number, settings: Pick<PlatformSettings, 'cardBudgetMs'>): number {
  return Math.min(writtenMs, Math.floor((writtenMs * settings.cardBudgetMs) / DEFAULT_CARD_BUDGET_MS));
}
