/**
 * Autograph's delegated Gmail client: the calls of many users at once, each user's with a token of the service
 * account acting as that user. Calls go out in waves (one `UrlFetchApp.fetchAll` each): packed into Gmail batch
 * requests of ≤ 50 calls with a per-part `Authorization` (gmail/api/guides/batch), or one request per call
 * (`transport: 'fetchAll'`). A wave holds at most `perUserConcurrency` calls of any one user and only what fits
 * Gmail's per-user and per-project one-minute quotas (gmail/api/reference/quota). 429, 5xx and rate-limit 403s are
 * retried with exponential backoff and jitter, honouring `Retry-After` (gmail/api/guides/handle-errors); other
 * 4xx are final. Every user ends with a linkage verdict and every call with a typed result.
 */
import { BackoffPolicy, DEFAULT_BACKOFF, isRetryable, retryWaitMs, seededRandom } from '../core/delegation/backoff';
import { BATCH_ENDPOINT, buildBatchRequest, BatchPart, matchBatchResponses, parseBatchResponse, RECOMMENDED_CALLS_PER_BATCH } from '../core/delegation/batch';
import type { ServiceAccountKey } from '../core/delegation/key-file';
import type { MembershipGate } from '../core/delegation/membership';
import { GmailCall, GmailResult, linkageNeutral, requestOf, scopesFor } from '../core/delegation/gmail-calls';
import { apiErrorOf, classifyGmailFailure, FixContext, LinkageVerdict, okVerdict } from '../core/delegation/linkage';
import { GMAIL_QUOTA, QuotaLedger } from '../core/delegation/quota';
import { chunk, QueuedCall, takeWave } from '../core/delegation/waves';
import { forgetToken, MintStats, newMintStats, tokensFor } from './service-account/token-minter';
import { fetchAllHttp, HttpRequest, HttpResponse, newTransportStats, TransportStats } from './service-account/transport';
import { platformSettings } from './platform-probe';
import type { PlatformSettings } from '../core/platform-check/settings';

export type { GmailAnswer, GmailCall, GmailMessage, GmailResult, MessageList, SendAs } from '../core/delegation/gmail-calls';
export { dataOf, scopesFor } from '../core/delegation/gmail-calls';

const GMAIL_HOST = 'https://gmail.googleapis.com';
/**
 * Until a run has timed its own (then the slowest it saw), what one wave of token requests (100) and one wave of
 * Gmail calls are assumed to take: generous against the latency model's ~0.7 s and ~0.5 s, since guessing short
 * wastes tokens and guessing long only ends the execution's work a moment sooner.
 */
const ASSUMED_MINT_WAVE_MS = 1500;
const ASSUMED_SEND_WAVE_MS = 2000;
const MAX_WAVE_ESTIMATE_MS = 10_000;
/** Token requests per wave of `tokensFor` (service-account/token-minter.ts MINT_WAVE). */
const TOKENS_PER_WAVE = 100;

export interface UserOutcome {
  user: string;
  linkage: LinkageVerdict;
  results: GmailResult[];
}

export interface DelegatedRunStats extends MintStats, TransportStats {
  calls: number;
  batches: number;
  callRetries: number;
  unitsSpent: number;
  sleptMs: number;
  virtualMs: number;
}

export interface DelegatedRunReport {
  outcomes: UserOutcome[];
  /** Users not finished before the deadline: run again for them. */
  unfinished: string[];
  stats: DelegatedRunStats;
}

export interface GmailClientOptions {
  key: ServiceAccountKey;
  /** Whose users this run may act as (src/adapters/membership.ts `membershipGate`); the token minter enforces it. */
  gate: MembershipGate;
  fix: FixContext;
  /** Default: what the Platform check left in force (`fetchAll` once batch parts were seen answered as the caller). */
  transport?: 'batch' | 'fetchAll';
  /** The effective platform settings (core/platform-check/settings.ts); read from the project's record by default. */
  platform?: PlatformSettings;
  /** Stop starting waves after this time (ms since epoch); unfinished users are reported. */
  deadline: number;
  perUserConcurrency?: number;
  callsPerBatch?: number;
  /** Calls per wave (one fetchAll): batches × callsPerBatch, or single requests (default: sized to fetchAll's measured concurrency). */
  callsPerWave?: number;
  /** Users whose tokens are minted, and calls queued, at a time. */
  usersPerRound?: number;
  /** The share of the project's per-minute quota this run may use (other executions spend the rest). */
  projectQuotaShare?: number;
  backoff?: BackoffPolicy;
  /** Seed of the jitter; defaults to a UUID so executions do not retry in lock-step. */
  seed?: string;
  scopes?: readonly string[];
  /**
   * Mint fresh tokens instead of using cached ones. A connection check needs Google's answer now: a cached token
   * outlives a deleted key or revoked delegation by up to an hour.
   */
  freshTokens?: boolean;
}

interface Pending extends QueuedCall {
  index: number;
  call: GmailCall;
}

export function runDelegated(calls: readonly GmailCall[], opts: GmailClientOptions): DelegatedRunReport {
  const startedAt = Date.now();
  const transport = newTransportStats();
  const mint = newMintStats();
  const random = seededRandom(opts.seed ?? Utilities.getUuid());
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  const scopes = opts.scopes ?? scopesFor(calls);
  const perBatch = Math.min(opts.callsPerBatch ?? RECOMMENDED_CALLS_PER_BATCH, 100);
  const platform = opts.platform ?? platformSettings();
  const mode = opts.transport ?? platform.gmailTransport;
  const perWave = opts.callsPerWave ?? (mode === 'batch' ? perBatch * platform.batchRequestsPerFetchAll : platform.singleRequestsPerFetchAll);
  const ledger = new QuotaLedger({
    perUserPerMinute: GMAIL_QUOTA.perUserPerMinute,
    perProjectPerMinute: Math.floor(GMAIL_QUOTA.perProjectPerMinute * (opts.projectQuotaShare ?? 0.5)),
  });
  const stats = { calls: 0, batches: 0, callRetries: 0, sleptMs: 0 };

  const byUser = new Map<string, number[]>();
  calls.forEach((c, i) => {
    const u = c.user.toLowerCase();
    if (!byUser.has(u)) byUser.set(u, []);
    byUser.get(u)!.push(i);
  });
  const users = [...byUser.keys()];
  const results: Array<GmailResult | null> = calls.map(() => null);
  const tokenVerdict = new Map<string, LinkageVerdict>();
  const tokens = new Map<string, string>();
  const refreshed = new Set<string>();
  const unfinished: string[] = [];
  // A token is worth minting only if its calls can still be sent before the deadline: no wave of token requests
  // starts unless it and one wave of calls fit. A run at 49,250 employees otherwise minted ~1,300 tokens (~325 per
  // cut-off) whose calls the deadline then stopped, and minted them again in the next execution.
  let mintWaveMs = 0;
  let sendWaveMs = 0;
  const mintOpts = { key: opts.key, gate: opts.gate, fix: opts.fix, backoff, random, transport, stats: mint, deadline: opts.deadline, stopAt: opts.deadline, skipCache: opts.freshTokens };

  const finish = (p: Pending, status: number, body: string, ok: boolean) => {
    if (ok) {
      let data: unknown = {};
      try {
        data = body ? JSON.parse(body) : {};
      } catch {
        data = {};
      }
      results[p.index] = { ok: true, call: p.call, status, data, attempts: p.retries + 1 };
    } else {
      const e = apiErrorOf(body);
      results[p.index] = { ok: false, call: p.call, status, reason: e.reason, message: e.message, attempts: p.retries + 1 };
    }
  };

  const roundSize = opts.usersPerRound ?? 500;
  let stopped = false;
  for (let r = 0; r < users.length; r += roundSize) {
    const round = users.slice(r, r + roundSize);
    if (stopped || Date.now() >= opts.deadline) {
      unfinished.push(...round);
      stopped = true;
      continue;
    }
    const mintStart = Date.now();
    const mintedBefore = mint.minted;
    const reserve = (mintWaveMs || ASSUMED_MINT_WAVE_MS) + (sendWaveMs || ASSUMED_SEND_WAVE_MS);
    const got = tokensFor(round, scopes, { ...mintOpts, stopAt: opts.deadline - reserve });
    const mintWaves = Math.ceil((mint.minted - mintedBefore) / TOKENS_PER_WAVE);
    // Capped: a wave slowed by 429 backoff says little about the next, and must not stop the execution's work.
    if (mintWaves > 0) mintWaveMs = Math.min(MAX_WAVE_ESTIMATE_MS, Math.max(mintWaveMs, (Date.now() - mintStart) / mintWaves));
    const queue: Pending[] = [];
    round.forEach((u, j) => {
      const t = got[j];
      if (!t.ok && t.late) {
        // Out of time before this user's token was asked for: the next execution carries on.
        unfinished.push(u);
        stopped = true;
        return;
      }
      if (!t.ok) {
        tokenVerdict.set(u, t.verdict);
        return;
      }
      tokens.set(u, t.accessToken);
      for (const index of byUser.get(u)!) {
        queue.push({ id: `c${index}`, index, user: u, method: calls[index].method, retries: 0, notBefore: 0, call: calls[index] });
      }
    });

    while (queue.length > 0) {
      const now = Date.now();
      if (now >= opts.deadline) break;
      const wave = takeWave(queue, ledger, now, { perUserConcurrency: opts.perUserConcurrency ?? 5, maxCallsPerWave: perWave });
      if (wave.calls.length === 0) {
        const until = wave.nextAt ?? now;
        if (until >= opts.deadline) break;
        const ms = Math.max(1, until - now);
        stats.sleptMs += ms;
        Utilities.sleep(ms);
        continue;
      }
      const answers = send(wave.calls, tokens, mode, perBatch, transport, stats);
      sendWaveMs = Math.min(MAX_WAVE_ESTIMATE_MS, Math.max(sendWaveMs, Date.now() - now));
      const retryAt = Date.now();
      wave.calls.forEach((p, k) => {
        const a = answers[k];
        stats.calls++;
        const { reason } = apiErrorOf(a.body);
        if (a.status >= 200 && a.status < 300) return finish(p, a.status, a.body, true);
        if (a.status === 401 && !refreshed.has(p.user)) {
          // The cached token was revoked or expired early: mint once more, then retry.
          refreshed.add(p.user);
          forgetToken(opts.key.clientEmail, p.user, scopes);
          const [t] = tokensFor([p.user], scopes, mintOpts);
          if (t.ok) {
            tokens.set(p.user, t.accessToken);
            queue.push({ ...p, retries: p.retries + 1 });
            stats.callRetries++;
            return;
          }
          tokenVerdict.set(p.user, t.verdict);
          return finish(p, a.status, a.body, false);
        }
        if ((a.status === 0 || isRetryable(a.status, reason)) && p.retries < backoff.maxRetries) {
          const wait = retryWaitMs(p.retries, a.headers['retry-after'], retryAt, backoff, random);
          queue.push({ ...p, retries: p.retries + 1, notBefore: retryAt + wait });
          stats.callRetries++;
          return;
        }
        finish(p, a.status === 0 ? 503 : a.status, a.body, false);
      });
    }
    for (const p of queue) if (!unfinished.includes(p.user)) unfinished.push(p.user);
    if (queue.length > 0) stopped = true;
  }

  const unfinishedSet = new Set(unfinished);
  const outcomes: UserOutcome[] = [];
  for (const u of users) {
    if (unfinishedSet.has(u)) continue;
    const mine = byUser.get(u)!.map((i) => results[i]).filter((x): x is GmailResult => x !== null);
    let linkage = tokenVerdict.get(u) ?? null;
    if (!linkage) {
      const bad = mine.find((x) => !x.ok && !linkageNeutral(x.status, x.reason));
      linkage = bad && !bad.ok ? classifyGmailFailure(bad.status, bad.reason, bad.message, opts.fix) : okVerdict();
    }
    outcomes.push({ user: u, linkage, results: mine });
  }
  return {
    outcomes,
    unfinished,
    stats: { ...mint, ...transport, ...stats, unitsSpent: ledger.unitsSpent, virtualMs: Date.now() - startedAt },
  };
}

/** Sends one wave and returns one answer per call, in order (batch parts unpacked). */
function send(
  wave: Pending[],
  tokens: Map<string, string>,
  mode: 'batch' | 'fetchAll',
  perBatch: number,
  transport: TransportStats,
  stats: { batches: number },
): HttpResponse[] {
  if (mode === 'fetchAll') {
    const requests: HttpRequest[] = wave.map((p) => {
      const r = requestOf(p.call);
      return {
        url: GMAIL_HOST + r.path,
        method: r.method.toLowerCase() as HttpRequest['method'],
        headers: { Authorization: `Bearer ${tokens.get(p.user)}` },
        ...(r.body !== undefined ? { payload: r.body, contentType: 'application/json' } : {}),
      };
    });
    return fetchAllHttp(requests, transport);
  }
  const groups = chunk(wave, perBatch);
  const partsOf = groups.map((g) =>
    g.map((p): BatchPart => {
      const r = requestOf(p.call);
      return { id: p.id, method: r.method, path: r.path, headers: { Authorization: `Bearer ${tokens.get(p.user)}` }, body: r.body };
    }),
  );
  const boundary = `autograph_${Utilities.getUuid().replace(/-/g, '')}`;
  const requests: HttpRequest[] = partsOf.map((parts) => {
    const b = buildBatchRequest(parts, boundary);
    return { url: BATCH_ENDPOINT, method: 'post', contentType: b.contentType, payload: b.payload };
  });
  stats.batches += requests.length;
  const answers = fetchAllHttp(requests, transport);
  const out: HttpResponse[] = [];
  answers.forEach((a, g) => {
    const parts = partsOf[g];
    if (a.status !== 200) {
      // The whole batch failed (e.g. 429 or 503 on the outer request): every call gets that answer.
      for (let i = 0; i < parts.length; i++) out.push(a);
      return;
    }
    let matched: ReturnType<typeof matchBatchResponses>;
    try {
      matched = matchBatchResponses(parts, parseBatchResponse(a.headers['content-type'] ?? '', a.body));
    } catch {
      matched = parts.map(() => null);
    }
    for (const m of matched) {
      out.push(
        m
          ? { status: m.status, headers: m.headers, body: m.body }
          : { status: 502, headers: {}, body: JSON.stringify({ error: { code: 502, message: 'No answer for this call in the batch response' } }) },
      );
    }
  });
  return out;
}
