/**
 * What the Platform check measured on the real deployment, for the whole project (every customer runs on the same
 * Apps Script and Gmail platform). Kept in ONE script property as compact JSON; no tenant, user or domain appears
 * in it, because every customer's admins see it.
 *
 * Any tenant's admin can run the check, so a measurement can only move the project towards the safe side: once a
 * fallback was measured it stays (`mergeResults`), and no admin can make another customer's runs less safe. The
 * publisher clears the property (Apps Script editor › Project settings › Script properties) to measure afresh.
 */

export const PLATFORM_RESULTS_KEY = 'AUTOGRAPH_PLATFORM';

export interface Measured<T> {
  value: T;
  /** When it was measured (ms since epoch). */
  at: number;
}

export type TriggerFiring = 'fired' | 'notFired';

/** fetchAll ran at least `atLeast` requests at once; `below`, when seen, is a size that needed a second round. */
export interface FetchAllConcurrency {
  atLeast: number;
  below: number | null;
}

/** The longest card action that finished, and the shortest one the platform ended (null: none was ended). */
export interface CardActionLimit {
  finishedMs: number;
  endedMs: number | null;
}

export interface PlatformResults {
  /** (a) A one-off trigger created from a card action fired. */
  cardTrigger?: Measured<TriggerFiring>;
  /** (a) A one-off trigger created inside a trigger execution fired. */
  triggerTrigger?: Measured<TriggerFiring>;
  /** (b) How much later than asked a one-off `after()` trigger fired (ms). */
  afterDelayMs?: Measured<number>;
  /** (c) Whether a Gmail batch part is answered as its own Authorization, or as the outer request's. */
  batchAuthorization?: Measured<'honoured' | 'ignored'>;
  /** (d) */
  fetchAllConcurrency?: Measured<FetchAllConcurrency>;
  /** (e) */
  cardActionLimit?: Measured<CardActionLimit>;
}

const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 10_000;

function measured<T>(raw: unknown, valid: (v: unknown) => v is T): Measured<T> | undefined {
  const r = raw as { value?: unknown; at?: unknown } | null;
  if (!r || typeof r !== 'object' || !isTime(r.at) || !valid(r.value)) return undefined;
  return { value: r.value, at: r.at };
}

const oneOf =
  <T extends string>(...xs: T[]) =>
  (v: unknown): v is T =>
    xs.includes(v as T);

/** Reads the stored JSON; anything malformed is dropped field by field (it is re-measured, never trusted). */
export function parseResults(text: string | null): PlatformResults {
  if (!text) return {};
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const out: PlatformResults = {};
  const put = <K extends keyof PlatformResults>(k: K, v: PlatformResults[K]) => {
    if (v) out[k] = v;
  };
  put('cardTrigger', measured(raw.cardTrigger, oneOf('fired', 'notFired')));
  put('triggerTrigger', measured(raw.triggerTrigger, oneOf('fired', 'notFired')));
  put('afterDelayMs', measured(raw.afterDelayMs, isTime));
  put('batchAuthorization', measured(raw.batchAuthorization, oneOf('honoured', 'ignored')));
  put(
    'fetchAllConcurrency',
    measured(raw.fetchAllConcurrency, (v): v is FetchAllConcurrency => {
      const c = v as FetchAllConcurrency | null;
      return !!c && isCount(c.atLeast) && (c.below === null || (isCount(c.below) && c.below > c.atLeast));
    }),
  );
  put(
    'cardActionLimit',
    measured(raw.cardActionLimit, (v): v is CardActionLimit => {
      const c = v as CardActionLimit | null;
      return !!c && isTime(c.finishedMs) && (c.endedMs === null || (isTime(c.endedMs) && c.endedMs > c.finishedMs));
    }),
  );
  return out;
}

/** The worse of two answers, keeping the newer time when both agree. */
function safer<T>(a: Measured<T> | undefined, b: Measured<T> | undefined, worse: (x: T, y: T) => T, same: (x: T, y: T) => boolean): Measured<T> | undefined {
  if (!a || !b) return a ?? b;
  const value = worse(a.value, b.value);
  return { value, at: same(value, b.value) ? b.at : a.at };
}

const eq = <T>(x: T, y: T) => JSON.stringify(x) === JSON.stringify(y);
const minNull = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));

/**
 * Adds new measurements to what was recorded, keeping the safe side of each: a trigger that did not fire, the
 * longest delay, ignored batch authorization, the lowest concurrency and the shortest card-action limit seen.
 */
export function mergeResults(old: PlatformResults, add: PlatformResults): PlatformResults {
  const out: PlatformResults = {};
  const firing = (x: TriggerFiring, y: TriggerFiring): TriggerFiring => (x === 'notFired' || y === 'notFired' ? 'notFired' : 'fired');
  const set = <K extends keyof PlatformResults>(k: K, v: PlatformResults[K]) => {
    if (v) out[k] = v;
  };
  set('cardTrigger', safer(old.cardTrigger, add.cardTrigger, firing, eq));
  set('triggerTrigger', safer(old.triggerTrigger, add.triggerTrigger, firing, eq));
  set('afterDelayMs', safer(old.afterDelayMs, add.afterDelayMs, Math.max, eq));
  set('batchAuthorization', safer(old.batchAuthorization, add.batchAuthorization, (x, y) => (x === 'ignored' || y === 'ignored' ? 'ignored' : 'honoured'), eq));
  set(
    'fetchAllConcurrency',
    safer(old.fetchAllConcurrency, add.fetchAllConcurrency, (x, y) => {
      const atLeast = Math.min(x.atLeast, y.atLeast);
      const below = minNull(x.below, y.below);
      return { atLeast, below: below !== null && below > atLeast ? below : null };
    }, eq),
  );
  set(
    'cardActionLimit',
    safer(old.cardActionLimit, add.cardActionLimit, (x, y) => {
      const endedMs = minNull(x.endedMs, y.endedMs);
      const finishedMs = Math.min(x.finishedMs, y.finishedMs);
      return { finishedMs, endedMs: endedMs !== null && endedMs > finishedMs ? endedMs : null };
    }, eq),
  );
  return out;
}
