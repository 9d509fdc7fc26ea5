/**
 * Gmail's usage limits (gmail/api/reference/quota): every method costs quota units; a project may spend
 * 1,200,000 units a minute and 15,000 per user a minute. `QuotaLedger` keeps a sliding one-minute window of what
 * this execution spent and says when the next call may start without going over. The project window is shared
 * with every other execution (and, for the publisher's service account, every customer), which one execution
 * cannot see: it budgets a share of it and still backs off on 429.
 */

export type GmailMethod = 'sendAs.list' | 'sendAs.get' | 'sendAs.patch' | 'sendAs.update' | 'messages.list' | 'messages.get';

/** gmail/api/reference/quota "Per-method quota usage". */
export const GMAIL_QUOTA_UNITS: Record<GmailMethod, number> = {
  'sendAs.list': 1,
  'sendAs.get': 1,
  'sendAs.patch': 100,
  'sendAs.update': 100,
  'messages.list': 5,
  'messages.get': 5,
};

export const PER_USER_UNITS_PER_MINUTE = 15_000;
export const PER_PROJECT_UNITS_PER_MINUTE = 1_200_000;
const WINDOW_MS = 60_000;

export interface QuotaLimits {
  perUserPerMinute: number;
  perProjectPerMinute: number;
}

export const GMAIL_QUOTA: QuotaLimits = {
  perUserPerMinute: PER_USER_UNITS_PER_MINUTE,
  perProjectPerMinute: PER_PROJECT_UNITS_PER_MINUTE,
};

/** Spending in one window: entries oldest first, with a running total. */
interface Window {
  at: number[];
  units: number[];
  head: number;
  total: number;
}

function newWindow(): Window {
  return { at: [], units: [], head: 0, total: 0 };
}

function expire(w: Window, now: number): void {
  while (w.head < w.at.length && w.at[w.head] <= now - WINDOW_MS) {
    w.total -= w.units[w.head];
    w.head++;
  }
}

/** The earliest time ≥ now at which `units` more fit under `limit` in this window. */
function earliestFit(w: Window, units: number, limit: number, now: number): number {
  expire(w, now);
  let total = w.total;
  if (total + units <= limit) return now;
  for (let i = w.head; i < w.at.length; i++) {
    total -= w.units[i];
    if (total + units <= limit) return w.at[i] + WINDOW_MS;
  }
  return now + WINDOW_MS;
}

export class QuotaLedger {
  private readonly users = new Map<string, Window>();
  private readonly project = newWindow();
  private spentTotal = 0;

  constructor(private readonly limits: QuotaLimits = GMAIL_QUOTA) {}

  private user(u: string): Window {
    let w = this.users.get(u);
    if (!w) this.users.set(u, (w = newWindow()));
    return w;
  }

  /** When a call of `units` for `user` may start; `now` when it fits already. */
  earliestStart(user: string, units: number, now: number): number {
    return Math.max(
      earliestFit(this.user(user), units, this.limits.perUserPerMinute, now),
      earliestFit(this.project, units, this.limits.perProjectPerMinute, now),
    );
  }

  /** Records a call's units as spent at `at` (retries spend again: Google counts every attempt). */
  spend(user: string, units: number, at: number): void {
    for (const w of [this.user(user), this.project]) {
      w.at.push(at);
      w.units.push(units);
      w.total += units;
    }
    this.spentTotal += units;
  }

  get unitsSpent(): number {
    return this.spentTotal;
  }
}

/**
 * The least time the quotas allow for `calls` calls of one method spread over `users` users (each user's calls
 * equal): whole minutes needed by the tighter of the two windows, minus the last (a window's first minute is
 * free). Used by the bench to put measured figures beside the floor.
 */
export function minimumQuotaMs(method: GmailMethod, callsPerUser: number, users: number, limits: QuotaLimits = GMAIL_QUOTA): number {
  const units = GMAIL_QUOTA_UNITS[method];
  const perUser = Math.ceil((units * callsPerUser) / limits.perUserPerMinute) - 1;
  const project = Math.ceil((units * callsPerUser * users) / limits.perProjectPerMinute) - 1;
  return Math.max(0, perUser, project) * WINDOW_MS;
}
