/**
 * When to retry a Google call. gmail/api/guides/handle-errors#exponential-backoff: wait
 * min(2^n seconds + random_number_milliseconds, maximum_backoff), random ≤ 1,000 ms, maximum 32 or 64 s; honour
 * `Retry-After` where the server sends one. Only 429, 5xx and the rate-limit 403s change by waiting.
 */

export interface BackoffPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First wait (2^0 s in Google's formula). */
  baseMs: number;
  maxBackoffMs: number;
  /** The random part added to each wait. */
  maxJitterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { maxRetries: 5, baseMs: 1000, maxBackoffMs: 32_000, maxJitterMs: 1000 };

/** For a card action (about 30 s in all): three retries, waits of about 1, 2 and 4 s. */
export const INTERACTIVE_BACKOFF: BackoffPolicy = { maxRetries: 3, baseMs: 1000, maxBackoffMs: 8_000, maxJitterMs: 1000 };

/** The wait before retry number `retry` (0 = the first retry). */
export function backoffDelayMs(retry: number, policy: BackoffPolicy, random: () => number): number {
  const exp = policy.baseMs * 2 ** Math.max(0, retry);
  return Math.min(exp + Math.floor(random() * policy.maxJitterMs), policy.maxBackoffMs);
}

/** `Retry-After` as milliseconds from `nowMs`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | undefined | null, nowMs: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'concurrentLimitExceeded']);

/**
 * True when the same request may succeed later. 400/401/404 and permission 403s will not change by waiting
 * (handle-errors: "do not retry" for those); 403 rate-limit reasons, 429 and 5xx will.
 */
export function isRetryable(status: number, reason = ''): boolean {
  if (status === 429 || status === 500 || status === 502 || status === 503 || status === 504) return true;
  if (status === 403 && RATE_LIMIT_REASONS.has(reason)) return true;
  return false;
}

/** The wait before retry `retry`: the longer of the server's `Retry-After` and the exponential schedule. */
export function retryWaitMs(
  retry: number,
  retryAfter: string | undefined | null,
  nowMs: number,
  policy: BackoffPolicy,
  random: () => number,
): number {
  const server = retryAfterMs(retryAfter, nowMs);
  const own = backoffDelayMs(retry, policy, random);
  return server === null ? own : Math.max(server, own);
}

/**
 * A seeded generator (mulberry32 over an FNV-1a hash of the seed), so the jitter a test sees is the same every
 * run. In Apps Script the seed comes from `Utilities.getUuid()`, so executions do not retry in lock-step.
 */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
