import type { OfflineWorkspace } from '../workspace';

/**
 * Gmail's usage limits (gmail/api/reference/quota): quota units per method, 15,000 units per user per minute,
 * 1,200,000 per project per minute, and a per-user limit on concurrent requests ("Too many concurrent requests
 * for user"; Google gives no number — about 5 is what integrators observe, so it is a setting here).
 * Minutes are fixed windows of virtual time [unverified: Google may use sliding windows].
 */

export const QUOTA_UNITS: Record<string, number> = {
  'gmail.sendAs.list': 1,
  'gmail.sendAs.get': 1,
  'gmail.sendAs.patch': 100,
  'gmail.sendAs.update': 100,
  'gmail.messages.list': 5,
  'gmail.messages.get': 5,
};

export interface TrafficLimits {
  unitsPerUserPerMinute: number;
  unitsPerProjectPerMinute: number;
  concurrentPerUser: number;
  /** Parts of one batch request the server runs at once; the rest wait for a free slot. */
  batchParallelism: number;
}

export const DEFAULT_LIMITS: TrafficLimits = {
  unitsPerUserPerMinute: 15_000,
  unitsPerProjectPerMinute: 1_200_000,
  concurrentPerUser: 5,
  batchParallelism: 100,
};

interface TrafficState {
  limits: TrafficLimits;
  /** user → minute → units */
  userUnits: Record<string, Record<string, number>>;
  projectUnits: Record<string, Record<string, number>>;
  /** user → [start, end) intervals of calls in flight, in virtual time. */
  inFlight: Record<string, Array<[number, number]>>;
}

function traffic(ws: OfflineWorkspace): TrafficState {
  return ws.state<TrafficState>('google.traffic', () => ({
    limits: { ...DEFAULT_LIMITS },
    userUnits: {},
    projectUnits: {},
    inFlight: {},
  }));
}

export function setTrafficLimits(ws: OfflineWorkspace, change: Partial<TrafficLimits>): void {
  Object.assign(traffic(ws).limits, change);
}

export function trafficLimits(ws: OfflineWorkspace): TrafficLimits {
  return traffic(ws).limits;
}

export type Admission =
  | { ok: true; units: number }
  | { ok: false; kind: 'userRate' | 'projectRate'; retryAfterSeconds: number }
  | { ok: false; kind: 'concurrency' };

const minuteOf = (t: number) => String(Math.floor(t / 60_000));

function prune(byMinute: Record<string, number>, now: string): void {
  for (const m of Object.keys(byMinute)) if (Number(m) < Number(now) - 2) delete byMinute[m];
}

/**
 * Admits one call of `endpoint` for `user` over [at, at + durationMs): checks concurrency, then the per-minute
 * units of the user and of the project, and records the call when admitted. Refused calls use no units.
 */
export function admit(
  ws: OfflineWorkspace,
  endpoint: string,
  user: string,
  projectId: string,
  at: number,
  durationMs: number,
): Admission {
  const st = traffic(ws);
  const key = user.toLowerCase();
  const flights = (st.inFlight[key] ??= []);
  const live = flights.filter(([s, e]) => e > at - 600_000);
  st.inFlight[key] = live;
  const concurrent = live.filter(([s, e]) => s <= at && e > at).length;
  if (concurrent >= st.limits.concurrentPerUser) return { ok: false, kind: 'concurrency' };

  const units = QUOTA_UNITS[endpoint] ?? 1;
  const minute = minuteOf(at);
  const retryAfterSeconds = Math.max(1, Math.ceil((60_000 - (at % 60_000)) / 1000));
  const u = (st.userUnits[key] ??= {});
  prune(u, minute);
  if ((u[minute] ?? 0) + units > st.limits.unitsPerUserPerMinute) return { ok: false, kind: 'userRate', retryAfterSeconds };
  const p = (st.projectUnits[projectId] ??= {});
  prune(p, minute);
  if ((p[minute] ?? 0) + units > st.limits.unitsPerProjectPerMinute) {
    return { ok: false, kind: 'projectRate', retryAfterSeconds };
  }
  u[minute] = (u[minute] ?? 0) + units;
  p[minute] = (p[minute] ?? 0) + units;
  live.push([at, at + durationMs]);
  return { ok: true, units };
}
