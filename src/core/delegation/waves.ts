/**
 * Which queued calls go out together. A wave is what one `UrlFetchApp.fetchAll` sends: up to
 * `maxCallsPerWave` calls (packed into batches of ≤ 50), at most `perUserConcurrency` for any one user — Gmail
 * answers 429 "Too many concurrent requests for user" past a handful at once (gmail/api/reference/quota) — and
 * only calls whose retry time has come and whose quota units fit the one-minute windows.
 */
import { GMAIL_QUOTA_UNITS, GmailMethod, QuotaLedger } from './quota';

export interface QueuedCall {
  /** Unique within a run; also the batch part id. */
  id: string;
  user: string;
  method: GmailMethod;
  /** Retries done so far. */
  retries: number;
  /** Not before this time (backoff, Retry-After). */
  notBefore: number;
}

export interface WaveOptions {
  perUserConcurrency: number;
  maxCallsPerWave: number;
}

export const DEFAULT_WAVE: WaveOptions = { perUserConcurrency: 5, maxCallsPerWave: 500 };

export interface Wave<C extends QueuedCall> {
  calls: C[];
  /** When nothing could go now: the earliest time something can. Null when the queue is empty. */
  nextAt: number | null;
}

/**
 * Takes the calls of the next wave out of `queue` (keeping the others in order) and records their units in the
 * ledger as spent now.
 */
export function takeWave<C extends QueuedCall>(queue: C[], ledger: QuotaLedger, now: number, opts: WaveOptions): Wave<C> {
  const perUser = new Map<string, number>();
  const picked: C[] = [];
  const kept: C[] = [];
  let nextAt: number | null = null;
  const later = (t: number) => {
    nextAt = nextAt === null ? t : Math.min(nextAt, t);
  };
  for (const call of queue) {
    if (picked.length >= opts.maxCallsPerWave) {
      kept.push(call);
      continue;
    }
    if (call.notBefore > now) {
      later(call.notBefore);
      kept.push(call);
      continue;
    }
    const n = perUser.get(call.user) ?? 0;
    if (n >= opts.perUserConcurrency) {
      kept.push(call);
      continue;
    }
    const units = GMAIL_QUOTA_UNITS[call.method];
    const start = ledger.earliestStart(call.user, units, now);
    if (start > now) {
      later(start);
      kept.push(call);
      continue;
    }
    ledger.spend(call.user, units, now);
    perUser.set(call.user, n + 1);
    picked.push(call);
  }
  queue.length = 0;
  queue.push(...kept);
  return { calls: picked, nextAt: picked.length > 0 || queue.length === 0 ? null : (nextAt ?? now) };
}

/** Splits a wave into batches of at most `size` calls. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
