import type { OfflineWorkspace } from '../workspace';
import { hashString } from '../rng';

/**
 * How long each emulated endpoint takes, in virtual milliseconds: a base per endpoint, ±`jitter` of it, and a
 * seeded tail (`tailRate` of the calls take `tailMs` longer). Figures are typical of Google's public endpoints
 * seen from Apps Script [unverified: Google publishes no latency figures]. Tests and benchmarks change them with
 * `setLatencyModel`.
 */

export interface EndpointLatency {
  baseMs: number;
  jitter?: number;
  tailRate?: number;
  tailMs?: number;
}

export interface LatencyModel {
  endpoints: Record<string, EndpointLatency>;
  /** Anything not listed (DNS failures, refused URLs). */
  fallback: EndpointLatency;
  /** Fixed cost of a batch request on top of its slowest wave of parts. */
  batchOverheadMs: number;
}

export const DEFAULT_LATENCY: LatencyModel = {
  endpoints: {
    'oauth.token': { baseMs: 120, jitter: 0.2, tailRate: 0.02, tailMs: 400 },
    'gmail.sendAs.list': { baseMs: 80, jitter: 0.2, tailRate: 0.02, tailMs: 300 },
    'gmail.sendAs.get': { baseMs: 80, jitter: 0.2, tailRate: 0.02, tailMs: 300 },
    'gmail.sendAs.patch': { baseMs: 250, jitter: 0.2, tailRate: 0.03, tailMs: 800 },
    'gmail.sendAs.update': { baseMs: 250, jitter: 0.2, tailRate: 0.03, tailMs: 800 },
    'gmail.messages.list': { baseMs: 120, jitter: 0.25, tailRate: 0.02, tailMs: 400 },
    'gmail.messages.get': { baseMs: 60, jitter: 0.25, tailRate: 0.02, tailMs: 300 },
  },
  fallback: { baseMs: 30, jitter: 0 },
  batchOverheadMs: 60,
};

interface LatencyState {
  model: LatencyModel;
  draws: number;
}

function latencyState(ws: OfflineWorkspace): LatencyState {
  return ws.state<LatencyState>('google.latency', () => ({ model: structuredClone(DEFAULT_LATENCY), draws: 0 }));
}

/** Replaces parts of the model, e.g. `setLatencyModel(ws, {endpoints: {'gmail.sendAs.patch': {baseMs: 900}}})`. */
export function setLatencyModel(
  ws: OfflineWorkspace,
  change: { endpoints?: Record<string, EndpointLatency>; fallback?: EndpointLatency; batchOverheadMs?: number },
): void {
  const st = latencyState(ws);
  Object.assign(st.model.endpoints, change.endpoints ?? {});
  if (change.fallback) st.model.fallback = change.fallback;
  if (change.batchOverheadMs !== undefined) st.model.batchOverheadMs = change.batchOverheadMs;
}

export function batchOverheadMs(ws: OfflineWorkspace): number {
  return latencyState(ws).model.batchOverheadMs;
}

/** One draw from the model for `endpoint`; deterministic for a given seed and call order. */
export function drawLatency(ws: OfflineWorkspace, endpoint: string): number {
  const st = latencyState(ws);
  const e = st.model.endpoints[endpoint] ?? st.model.fallback;
  const n = st.draws++;
  const u1 = hashString(`${ws.seed}|lat|${n}|a`) / 4294967296;
  const u2 = hashString(`${ws.seed}|lat|${n}|b`) / 4294967296;
  const jitter = (e.jitter ?? 0) * e.baseMs * (2 * u1 - 1);
  const tail = e.tailRate && u2 < e.tailRate ? (e.tailMs ?? 0) : 0;
  return Math.max(1, Math.round(e.baseMs + jitter + tail));
}
