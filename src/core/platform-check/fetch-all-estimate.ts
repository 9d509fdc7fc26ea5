/**
 * How many requests `UrlFetchApp.fetchAll` runs at once, from what a script can observe: `Date.now()` before and
 * after each call (Apps Script gives no per-request timestamps; a response's `Date` header has one-second
 * resolution, too coarse for ~100 ms requests). The probe times fetchAll calls of growing size against one cheap
 * endpoint: while the size fits in one round of parallel requests, a call takes about as long as one request;
 * past it, two rounds or more. So the concurrency is at least the largest size that took one round and below the
 * first size that took more.
 *
 * Uncertainty: latency varies (Google's endpoints show tails of several times the median), so each size is timed
 * `REPEATS` times and the fastest counts; a size counts as one round up to `ONE_ROUND_FACTOR` × the median single
 * request. A pool that starts a new request as soon as one ends (rather than in waves) reads the same way. The
 * answer is a range between two probed sizes, never finer; a false "two rounds" only makes the estimate lower,
 * which is the safe side. The probe stops at the first size that took more than one round (the answer is known),
 * so a low concurrency does not make the card action run long.
 */
import type { FetchAllConcurrency } from './results';

export const FETCH_ALL_SIZES = [1, 2, 4, 6, 8, 10, 15, 20, 30, 50] as const;
export const REPEATS = 3;
export const ONE_ROUND_FACTOR = 1.5;

export interface FetchAllTiming {
  size: number;
  /** Elapsed ms of each repeat. */
  ms: number[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Whether a fetchAll's repeats (`ms`) took one round of parallel requests, given single requests' times. */
export function tookOneRound(ms: readonly number[], singleMs: readonly number[]): boolean {
  return ms.length > 0 && singleMs.length > 0 && Math.min(...ms) <= ONE_ROUND_FACTOR * Math.max(1, median([...singleMs]));
}

/** The estimate, or null when there is nothing to go by (no single-request time). */
export function estimateConcurrency(timings: readonly FetchAllTiming[]): FetchAllConcurrency | null {
  const single = timings.find((t) => t.size === 1);
  if (!single || single.ms.length === 0) return null;
  let atLeast = 1;
  for (const t of [...timings].sort((a, b) => a.size - b.size)) {
    if (t.ms.length === 0) continue;
    if (!tookOneRound(t.ms, single.ms)) return { atLeast, below: t.size };
    atLeast = t.size;
  }
  return { atLeast, below: null };
}
