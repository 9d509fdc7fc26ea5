import { backoffDelayMs, DEFAULT_BACKOFF, isRetryable, retryAfterMs, retryWaitMs, seededRandom } from '../../src/core/delegation/backoff';

describe('retrying Google calls (gmail/api/guides/handle-errors)', () => {
  it('doubles the wait each retry, adds up to a second of jitter, and stops growing at 32 s', () => {
    const zero = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelayMs(n, DEFAULT_BACKOFF, zero))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 32000]);
    const r = seededRandom('jitter');
    for (let n = 0; n < 5; n++) {
      const d = backoffDelayMs(n, DEFAULT_BACKOFF, r);
      expect(d).toBeGreaterThanOrEqual(1000 * 2 ** n);
      expect(d).toBeLessThan(1000 * 2 ** n + 1000);
    }
  });

  it('draws the same jitter for the same seed and different jitter for another', () => {
    const a = seededRandom('exec-1');
    const b = seededRandom('exec-1');
    const c = seededRandom('exec-2');
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('honours Retry-After in seconds or as an HTTP date, and waits at least that long', () => {
    const now = Date.UTC(2026, 10, 21, 12, 0, 0);
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Sat, 21 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
    expect(retryWaitMs(0, '20', now, DEFAULT_BACKOFF, () => 0)).toBe(20_000);
    expect(retryWaitMs(3, '1', now, DEFAULT_BACKOFF, () => 0)).toBe(8000);
  });

  it('retries 429, 5xx and rate-limit 403s, and never a 4xx that will not change', () => {
    for (const s of [429, 500, 502, 503, 504]) expect(isRetryable(s)).toBe(true);
    expect(isRetryable(403, 'userRateLimitExceeded')).toBe(true);
    expect(isRetryable(403, 'rateLimitExceeded')).toBe(true);
    for (const s of [400, 401, 404, 409]) expect(isRetryable(s)).toBe(false);
    expect(isRetryable(403, 'insufficientPermissions')).toBe(false);
    expect(isRetryable(403, 'forbidden')).toBe(false);
  });
});
