import type { OfflineWorkspace } from './workspace';
import { hashString } from './rng';

/**
 * Faults on demand, deterministic by seed. A rule matches service keys by prefix (`directory.users.list`,
 * `gmail.sendAs.patch`, `oauth.token`, `urlfetch`) and makes matching calls fail with the given HTTP status and
 * message: either the `nth` matching calls (1-based), or a fraction `rate` of them chosen by a seeded hash, at
 * most `times` times in all. Service fakes ask `takeFault(ws, key)` before doing the work.
 */
export interface FaultRule {
  match: string;
  status: number;
  /** Google's error reason, e.g. `rateLimitExceeded`, `backendError`. */
  reason?: string;
  message?: string;
  /** Seconds for a `Retry-After` header, where the endpoint sends one. */
  retryAfterSeconds?: number;
  nth?: number[];
  rate?: number;
  times?: number;
  /** Only for calls made as this user (primary email). */
  user?: string;
}

interface FaultState {
  rules: Array<FaultRule & { seen: number; fired: number }>;
}

function faultState(ws: OfflineWorkspace): FaultState {
  return ws.state<FaultState>('faults', () => ({ rules: [] }));
}

export function addFault(ws: OfflineWorkspace, rule: FaultRule): void {
  faultState(ws).rules.push({ ...rule, seen: 0, fired: 0 });
}

export function clearFaults(ws: OfflineWorkspace): void {
  faultState(ws).rules = [];
}

/** The fault to inject for this call, if a rule says so. Counts the call against every matching rule. */
export function takeFault(ws: OfflineWorkspace, key: string, user?: string): FaultRule | null {
  let hit: FaultRule | null = null;
  for (const r of faultState(ws).rules) {
    if (!(key === r.match || key.startsWith(r.match + '.') || key.startsWith(r.match))) continue;
    if (r.user && r.user !== user) continue;
    r.seen++;
    if (hit || (r.times !== undefined && r.fired >= r.times)) continue;
    const byNth = r.nth?.includes(r.seen) ?? false;
    const byRate = r.rate !== undefined && hashString(`${ws.seed}|${r.match}|${r.seen}`) / 4294967296 < r.rate;
    if (byNth || byRate) {
      r.fired++;
      hit = r;
    }
  }
  return hit;
}
