/**
 * Reads and records what the Platform check measured (one project-wide script property, merged towards the safe
 * side under the script lock), keeps each admin's measurement in progress in their own user properties (the user
 * who runs a trigger is its creator: guides/triggers/installable), and runs the probes that need UrlFetchApp:
 * fetchAll concurrency and Gmail batch-part authorization.
 */
import { BATCH_ENDPOINT, buildBatchRequest, matchBatchResponses, parseBatchResponse } from '../core/delegation/batch';
import { seededRandom } from '../core/delegation/backoff';
import { SIGNATURE_SCOPES } from '../core/delegation/scopes';
import type { SendAs } from '../core/delegation/gmail-calls';
import { errorText } from '../core/error-text';
import { estimateConcurrency, FETCH_ALL_SIZES, FetchAllTiming, REPEATS, tookOneRound } from '../core/platform-check/fetch-all-estimate';
import { mergeResults, parseResults, PLATFORM_RESULTS_KEY, type FetchAllConcurrency, type PlatformResults } from '../core/platform-check/results';
import { effectiveSettings, scaledCardBudget, type PlatformSettings } from '../core/platform-check/settings';
import type { ActiveConnection } from './service-account/connection';
import { newMintStats, tokensFor } from './service-account/token-minter';
import { fetchAllHttp, newTransportStats } from './service-account/transport';

export function readPlatformResults(): PlatformResults {
  return parseResults(PropertiesService.getScriptProperties().getProperty(PLATFORM_RESULTS_KEY));
}

let cached: PlatformSettings | null = null;

/** The effective settings for this execution (read once: a script's globals live one execution). */
export function platformSettings(): PlatformSettings {
  if (!cached) cached = effectiveSettings(readPlatformResults());
  return cached;
}

/** A card action's budget `writtenMs` (for the assumed ~30 s limit), shrunk when a shorter limit was measured. */
export function cardBudget(writtenMs: number): number {
  return scaledCardBudget(writtenMs, platformSettings());
}

/** Adds measurements to the project's record (never towards the less safe side) and logs one line per check. */
export function recordPlatformResults(add: PlatformResults): PlatformResults {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) throw new Error('Another Platform check is saving its results; try again in a minute.');
  try {
    const props = PropertiesService.getScriptProperties();
    const whole = Object.fromEntries(Object.entries(add).map(([k, m]) => [k, { value: m.value, at: Math.floor(m.at) }])) as PlatformResults;
    const merged = mergeResults(parseResults(props.getProperty(PLATFORM_RESULTS_KEY)), whole);
    props.setProperty(PLATFORM_RESULTS_KEY, JSON.stringify(merged));
    cached = effectiveSettings(merged);
    for (const [check, m] of Object.entries(add)) console.log(`[platform-check] ${check}: ${JSON.stringify(m.value)} (recorded: ${JSON.stringify((merged as Record<string, { value: unknown }>)[check]?.value)})`);
    return merged;
  } finally {
    lock.releaseLock();
  }
}

/** One admin's probe state (their own user properties; small JSON). */
export function readProbeState<T>(name: string): T | null {
  const raw = PropertiesService.getUserProperties().getProperty(`platformCheck:${name}`);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeProbeState<T>(name: string, value: T | null): void {
  const props = PropertiesService.getUserProperties();
  if (value === null) props.deleteProperty(`platformCheck:${name}`);
  else props.setProperty(`platformCheck:${name}`, JSON.stringify(value));
}

/**
 * The probe endpoint for fetchAll: an unauthenticated GET of Gmail's sendAs list. Gmail answers 401 at once; it
 * costs no quota, touches no mailbox and has no per-user concurrency limit, and the host is already allow-listed.
 */
const PROBE_URL = 'https://gmail.googleapis.com/gmail/v1/users/me/settings/sendAs';

/** Times fetchAll calls of growing size (see core/platform-check/fetch-all-estimate.ts for the method). */
export function measureFetchAllConcurrency(): { estimate: FetchAllConcurrency | null; timings: FetchAllTiming[] } {
  const timings: FetchAllTiming[] = [];
  for (const size of FETCH_ALL_SIZES) {
    const ms: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      const requests = Array.from({ length: size }, () => ({ url: PROBE_URL, method: 'get' as const, muteHttpExceptions: true }));
      const t0 = Date.now();
      UrlFetchApp.fetchAll(requests);
      ms.push(Date.now() - t0);
    }
    timings.push({ size, ms });
    if (!tookOneRound(ms, timings[0].ms)) break;
  }
  return { estimate: estimateConcurrency(timings), timings };
}

export type BatchAuthorizationProbe =
  | { ok: true; value: 'honoured' | 'ignored'; detail: string }
  | { ok: false; detail: string };

function primaryOf(body: string): string {
  try {
    const list = (JSON.parse(body) as { sendAs?: SendAs[] }).sendAs ?? [];
    return (list.find((s) => s.isPrimary)?.sendAsEmail ?? '').toLowerCase();
  } catch {
    return '';
  }
}

/**
 * One Gmail batch whose outer request carries the runner's delegated token and whose first part carries another
 * user's, both asking for `users/me/settings/sendAs` (read-only, 1 quota unit). If the part honours its own
 * Authorization, Gmail answers with the other user's addresses; if it is answered as the outer request, with the
 * runner's — and a batch of many users' writes would land in the wrong mailbox (or be refused).
 */
export function measureBatchAuthorization(conn: ActiveConnection, runner: string, candidates: string[]): BatchAuthorizationProbe {
  const me = runner.toLowerCase();
  const others = candidates.map((c) => c.toLowerCase()).filter((c) => c && c !== me).slice(0, 5);
  if (others.length === 0) return { ok: false, detail: 'needs a second employee in the store (sync the directory first)' };
  const stats = { transport: newTransportStats(), stats: newMintStats() };
  const tokens = tokensFor([me, ...others], SIGNATURE_SCOPES, {
    key: conn.key,
    gate: conn.gate,
    fix: conn.fix,
    random: seededRandom(Utilities.getUuid()),
    deadline: Date.now() + 10_000,
    skipCache: true,
    ...stats,
  });
  const mine = tokens[0];
  if (!mine.ok) return { ok: false, detail: `no delegated token for ${me}: ${mine.verdict.reason}` };
  const i = tokens.slice(1).findIndex((t) => t.ok);
  if (i < 0) return { ok: false, detail: 'no delegated token for any other employee (see the Connection card)' };
  const other = others[i];
  const otherToken = (tokens[i + 1] as { accessToken: string }).accessToken;
  const path = '/gmail/v1/users/me/settings/sendAs';
  const parts = [
    { id: 'other', method: 'GET' as const, path, headers: { Authorization: `Bearer ${otherToken}` } },
    { id: 'runner', method: 'GET' as const, path, headers: { Authorization: `Bearer ${mine.accessToken}` } },
  ];
  const b = buildBatchRequest(parts, `autograph_probe_${Utilities.getUuid().replace(/-/g, '')}`);
  const [answer] = fetchAllHttp(
    [{ url: BATCH_ENDPOINT, method: 'post', contentType: b.contentType, payload: b.payload, headers: { Authorization: `Bearer ${mine.accessToken}` } }],
    stats.transport,
  );
  if (answer.status !== 200) return { ok: false, detail: `the batch request was answered ${answer.status}` };
  let matched: ReturnType<typeof matchBatchResponses>;
  try {
    matched = matchBatchResponses(parts, parseBatchResponse(answer.headers['content-type'] ?? '', answer.body));
  } catch (err) {
    return { ok: false, detail: `the batch answer could not be read: ${errorText(err)}` };
  }
  const [forOther] = matched;
  if (!forOther || forOther.status !== 200) return { ok: false, detail: `the part for another employee was answered ${forOther?.status ?? 'not at all'}` };
  const answeredAs = primaryOf(forOther.body);
  if (answeredAs === other) return { ok: true, value: 'honoured', detail: `the part authorised as ${other} was answered with ${other}'s addresses` };
  if (answeredAs === me) return { ok: true, value: 'ignored', detail: `the part authorised as ${other} was answered with ${me}'s addresses (the outer request's)` };
  return { ok: false, detail: 'the part was answered with neither user\'s addresses' };
}
