/**
 * Access tokens for "the service account acting as user X" (identity/protocols/oauth2/service-account): sign a JWT
 * with `Utilities.computeRsaSha256Signature`, POST it to the token endpoint, cache the answer in the script cache
 * until shortly before it expires. Many users' tokens are minted at once with `fetchAll`; 5xx/429 are retried with
 * backoff; any other refusal becomes that user's linkage verdict. Tokens and keys are never logged.
 */
import { retryWaitMs, isRetryable, BackoffPolicy, DEFAULT_BACKOFF } from '../../core/delegation/backoff';
import { toHex } from '../../core/delegation/bytes';
import { buildJwtClaims, jwtHeader, signingInput, stripPadding, TOKEN_ENDPOINT, tokenRequestBody } from '../../core/delegation/jwt';
import type { ServiceAccountKey } from '../../core/delegation/key-file';
import { classifyTokenAnswer, FixContext, LinkageVerdict } from '../../core/delegation/linkage';
import { MembershipGate, membershipVerdict, memberKey } from '../../core/delegation/membership';
import { jwtScopeClaim } from '../../core/delegation/scopes';
import { fetchAllHttp, HttpRequest, TransportStats } from './transport';

/** Tokens are dropped from the cache this long before Google's expiry, so no call starts with a dying token. */
const EXPIRY_MARGIN_S = 300;
/** CacheService's longest TTL (apps-script/reference/cache/cache#put(String,String,Integer)). */
const MAX_CACHE_S = 21_600;
/** Token requests per fetchAll. */
const MINT_WAVE = 100;
/**
 * A call that mints more tokens than this keeps them in memory only: thousands of tokens put into the 1,000-item
 * cache every tenant shares would evict everyone else's entries (and each other) without being found again.
 */
const SHARED_CACHE_MAX = 200;

/**
 * This execution's tokens, by user and scopes, with the time they stop being used. The script cache is shared by every
 * tenant of the add-on and holds few items (developers.google.com/apps-script/class_cache: "a cache item cap of 1,000
 * entries"), so a run that mints thousands of tokens cannot count on finding the
 * first ones there again; this map lives as long as the execution (Apps Script starts each with fresh globals), so
 * within one execution no user gets a second token while the first is alive. Never written to any store.
 */
const minted = new Map<string, { token: string; until: number }>();

/** In memory only, so in clear: the address needs no hashing where no other tenant can look. */
function memoryKey(clientEmail: string, subject: string, scopes: readonly string[]): string {
  return `${clientEmail}|${subject.toLowerCase()}|${jwtScopeClaim(scopes)}`;
}

function remembered(key: string, now: number): string | null {
  const m = minted.get(key);
  if (!m) return null;
  if (m.until > now) return m.token;
  minted.delete(key);
  return null;
}

export type TokenOutcome =
  | { ok: true; accessToken: string; fromCache: boolean }
  | { ok: false; verdict: LinkageVerdict; late?: boolean };

export interface MintStats {
  minted: number;
  fromCache: number;
  retries: number;
}

export function newMintStats(): MintStats {
  return { minted: 0, fromCache: 0, retries: 0 };
}

export interface TokenMinterOptions {
  key: ServiceAccountKey;
  /**
   * Whose users this run may act as: no token is minted (nor taken from the cache) for a subject the tenant's
   * Directory does not confirm (core/delegation/membership.ts). Required, so no caller can skip it.
   */
  gate: MembershipGate;
  fix: FixContext;
  backoff?: BackoffPolicy;
  random: () => number;
  transport: TransportStats;
  stats: MintStats;
  /** Stop retrying once this time (ms since epoch) is near; unfinished users get a Linkage error. */
  deadline: number;
  /**
   * Start no wave of token requests after this time (ms since epoch): those users come back `late` (not minted, not
   * refused), so a caller at the end of its execution's budget leaves them to the next one instead of overrunning.
   */
  stopAt?: number;
  /** Mint even when a cached token exists (a connection check must ask Google, not the cache). */
  skipCache?: boolean;
}

/** The cache key: a hash, so neither the user's address nor the key id sits in the cache key in clear. */
export function tokenCacheKey(clientEmail: string, subject: string, scopes: readonly string[]): string {
  const digest = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    `${clientEmail}|${subject.toLowerCase()}|${jwtScopeClaim(scopes)}`,
    Utilities.Charset.UTF_8,
  );
  return `dwd:${toHex(digest)}`;
}

function webSafe(data: string | number[]): string {
  return stripPadding(
    typeof data === 'string' ? Utilities.base64EncodeWebSafe(data, Utilities.Charset.UTF_8) : Utilities.base64EncodeWebSafe(data),
  );
}

/** A signed JWT assertion for one user. Throws only when the key cannot sign (checked when the key is saved). */
export function signAssertion(key: ServiceAccountKey, subject: string, scopes: readonly string[], nowMs: number): string {
  const input = signingInput(
    jwtHeader(key.privateKeyId || undefined),
    buildJwtClaims({ clientEmail: key.clientEmail, subject, scopes, nowMs }),
    webSafe,
  );
  const signature = Utilities.computeRsaSha256Signature(input, key.privateKey);
  return `${input}.${webSafe(signature)}`;
}

/** True when the PEM signs: `computeRsaSha256Signature` throws "Invalid argument: key" otherwise. */
export function keySigns(key: ServiceAccountKey): boolean {
  try {
    Utilities.computeRsaSha256Signature('autograph key check', key.privateKey);
    return true;
  } catch {
    return false;
  }
}

interface TokenAnswer {
  access_token?: string;
  expires_in?: number;
}

/**
 * Tokens for every subject, in order. Cached ones first (one `getAll`), the rest minted in waves of
 * `fetchAll`, retried on 5xx/429 with exponential backoff and jitter, honouring `Retry-After`.
 */
export function tokensFor(subjects: readonly string[], scopes: readonly string[], opts: TokenMinterOptions): TokenOutcome[] {
  const cache = CacheService.getScriptCache();
  const membership = opts.gate.check(subjects);
  const refused = subjects.map((s) => {
    const answer = membership.get(memberKey(s)) ?? 'unverified';
    return answer === 'member' ? null : membershipVerdict(answer, s, opts.gate);
  });
  const startedAt = Date.now();
  const memKeys = subjects.map((s) => memoryKey(opts.key.clientEmail, s, scopes));
  const inMemory = memKeys.map((k, i) => (refused[i] === null && !opts.skipCache ? remembered(k, startedAt) : null));
  const need = subjects.map((_s, i) => i).filter((i) => refused[i] === null && inMemory[i] === null);
  // Small calls share their tokens with later executions through the script cache; large ones keep to memory.
  const shared = !opts.skipCache && need.length > 0 && need.length <= SHARED_CACHE_MAX;
  const keys = new Map(shared ? need.map((i) => [i, tokenCacheKey(opts.key.clientEmail, subjects[i], scopes)] as const) : []);
  const cached = shared ? cache.getAll([...keys.values()]) : {};
  const out: Array<TokenOutcome | null> = subjects.map((_s, i) => {
    const verdict = refused[i];
    if (verdict) return { ok: false, verdict };
    const t = inMemory[i] ?? cached[keys.get(i) ?? ''];
    if (!t) return null;
    opts.stats.fromCache++;
    return { ok: true, accessToken: t, fromCache: true };
  });
  let pending = subjects.map((_s, i) => i).filter((i) => out[i] === null);
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  for (let retry = 0; pending.length > 0; retry++) {
    const again: number[] = [];
    let wait = 0;
    for (let w = 0; w < pending.length; w += MINT_WAVE) {
      const wave = pending.slice(w, w + MINT_WAVE);
      const now = Date.now();
      if (opts.stopAt !== undefined && now >= opts.stopAt) {
        for (const i of pending.slice(w)) out[i] = { ok: false, late: true, verdict: classifyTokenAnswer(503, '{"error":"timeout"}', opts.fix) };
        break;
      }
      const requests: HttpRequest[] = wave.map((i) => ({
        url: TOKEN_ENDPOINT,
        method: 'post',
        contentType: 'application/x-www-form-urlencoded',
        payload: tokenRequestBody(signAssertion(opts.key, subjects[i], scopes, now)),
      }));
      const answers = fetchAllHttp(requests, opts.transport);
      const toCache: Record<string, string> = {};
      let ttl = MAX_CACHE_S;
      answers.forEach((a, j) => {
        const i = wave[j];
        if (a.status === 200) {
          const body = JSON.parse(a.body) as TokenAnswer;
          if (body.access_token) {
            opts.stats.minted++;
            out[i] = { ok: true, accessToken: body.access_token, fromCache: false };
            const life = Math.min(MAX_CACHE_S, Math.floor((body.expires_in ?? 3600) - EXPIRY_MARGIN_S));
            if (life > 0) {
              minted.set(memKeys[i], { token: body.access_token, until: now + life * 1000 });
              const k = keys.get(i);
              if (k) toCache[k] = body.access_token;
              ttl = Math.min(ttl, life);
            }
            return;
          }
        }
        if ((a.status === 0 || isRetryable(a.status)) && retry < backoff.maxRetries) {
          again.push(i);
          wait = Math.max(wait, retryWaitMs(retry, a.headers['retry-after'], now, backoff, opts.random));
          return;
        }
        out[i] = { ok: false, verdict: classifyTokenAnswer(a.status === 0 ? 503 : a.status, a.body, opts.fix) };
      });
      if (Object.keys(toCache).length > 0) cache.putAll(toCache, ttl);
    }
    if (again.length > 0 && Date.now() + wait >= opts.deadline) {
      for (const i of again) out[i] = { ok: false, verdict: classifyTokenAnswer(503, '{"error":"timeout"}', opts.fix) };
      break;
    }
    if (again.length > 0) {
      opts.stats.retries += again.length;
      Utilities.sleep(wait);
    }
    pending = again;
  }
  return out.map((o) => o!);
}

/** Forgets a user's cached token (Gmail answered 401 with it). */
export function forgetToken(clientEmail: string, subject: string, scopes: readonly string[]): void {
  minted.delete(memoryKey(clientEmail, subject, scopes));
  CacheService.getScriptCache().remove(tokenCacheKey(clientEmail, subject, scopes));
}
