import type { Execution } from '../execution';
import type { OfflineWorkspace } from '../workspace';
import type { ServiceModule } from './types';
import { SimBlob, toSignedBytes, fromBytes } from './utilities';
import { takeFault } from '../faults';
import { GoogleRequest, GoogleResponse } from '../google/http';
import { Routed, routeGoogleRequest } from '../google/router';
import { drawLatency } from '../google/latency';
import { platformBehaviour } from '../platform-behaviour';

/**
 * UrlFetchApp (apps-script/reference/url-fetch/url-fetch-app) routed to the emulated Google endpoints; every other
 * host fails as an unresolvable name would. Enforced: the manifest's `urlFetchWhitelist`, the
 * `script.external_request` scope, https, the 2 KB URL limit and 100,000 calls per user per day
 * (apps-script/guides/services/quotas), `muteHttpExceptions`. `fetchAll` runs its requests concurrently: the
 * execution waits for the slowest of each wave of `ws.platform.fetchAllConcurrency` requests (Google documents no
 * cap; about 10–20 parallel calls is what users observe, so the default is 20: sim/platform-behaviour.ts).
 */

export const URL_MAX_LENGTH = 2 * 1024;
export const URLFETCH_CALLS_PER_DAY = 100_000;
const DAY_MS = 86_400_000;
const EXTERNAL_REQUEST = 'https://www.googleapis.com/auth/script.external_request';

interface UrlFetchState {
  daily: Record<string, { windowStart: number; count: number }>;
}

function urlFetchState(ws: OfflineWorkspace): UrlFetchState {
  return ws.state<UrlFetchState>('urlfetch', () => ({ daily: {} }));
}

export function setFetchAllConcurrency(ws: OfflineWorkspace, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`fetchAll concurrency must be a positive integer, got ${n}`);
  platformBehaviour(ws).fetchAllConcurrency = n;
}

type Params = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type Bytes = GoogleAppsScript.Byte[];

/** The HTTP response a script gets (apps-script/reference/url-fetch/http-response). */
export class SimHttpResponse
  implements Pick<GoogleAppsScript.URL_Fetch.HTTPResponse, 'getResponseCode' | 'getContentText' | 'getContent' | 'getHeaders' | 'getAllHeaders'>
{
  constructor(
    private readonly exec: Execution,
    private readonly response: GoogleResponse,
  ) {}

  getResponseCode(): GoogleAppsScript.Integer {
    return this.response.status;
  }
  getContentText(charset?: string): string {
    const bytes = Buffer.from(this.response.body, 'utf8');
    return charset && !/^utf-?8$/i.test(charset) ? bytes.toString('latin1') : bytes.toString('utf8');
  }
  getContent(): Bytes {
    return this.exec.toRealm(toSignedBytes(Buffer.from(this.response.body, 'utf8')));
  }
  getHeaders(): object {
    return this.exec.toRealm({ ...this.response.headers });
  }
  getAllHeaders(): object {
    return this.exec.toRealm({ ...this.response.headers });
  }
  getBlob(): SimBlob {
    const type = (this.response.headers['Content-Type'] ?? 'application/octet-stream').split(';')[0].trim();
    return new SimBlob(this.exec, Buffer.from(this.response.body, 'utf8'), type);
  }
  getAs(contentType: string): SimBlob {
    if (contentType !== this.getBlob().getContentType()) {
      throw this.exec.realmError(`Converting from ${this.getBlob().getContentType()} to ${contentType} is not supported.`);
    }
    return this.getBlob();
  }
}

interface Prepared {
  url: string;
  request: GoogleRequest;
  mute: boolean;
}

function escapeUrl(url: string): string {
  return url.replace(/[^\x21-\x7e]|[ "<>\\^`{|}]/g, (c) => encodeURIComponent(c));
}

function formEncode(obj: Record<string, unknown>): string {
  return Object.entries(obj)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

export class SimUrlFetchApp {
  constructor(
    private readonly ws: OfflineWorkspace,
    private readonly exec: Execution,
  ) {}

  private fail(message: string): Error {
    return this.exec.realmError(message);
  }

  /** Builds the request the way UrlFetchApp would send it, checking what Apps Script checks before sending. */
  private prepare(urlArg: unknown, params: Params = {}): Prepared {
    if (typeof urlArg !== 'string' || urlArg === '') throw this.fail('Invalid argument: url');
    const url = params.escaping === false ? urlArg : escapeUrl(urlArg);
    // apps-script/guides/services/quotas: URL Fetch URL length 2 KB.
    if (url.length > URL_MAX_LENGTH) throw this.fail('Limit Exceeded: URLFetch URL Length.');
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw this.fail(`Invalid argument: ${urlArg}`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw this.fail(`Invalid argument: ${urlArg}`);
    const manifest = this.exec.project.manifest;
    if (manifest.oauthScopes && !manifest.oauthScopes.includes(EXTERNAL_REQUEST)) {
      throw this.fail(`You do not have permission to call UrlFetchApp.fetch. Required permissions: ${EXTERNAL_REQUEST}`);
    }
    // apps-script/manifest/allowlist-url: "any URL endpoint fetched must match one of the prefixes in this list".
    const allow = manifest.urlFetchWhitelist;
    if (allow && !allow.some((prefix) => url.startsWith(prefix))) {
      throw this.fail(`Request to ${url.split('?')[0]} failed because the URL has not been whitelisted in the script manifest.`);
    }
    const method = String(params.method ?? 'get').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((params.headers ?? {}) as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
    let body = '';
    const payload = params.payload as unknown;
    if (payload !== undefined && payload !== null) {
      if (typeof payload === 'string') body = payload;
      else if (payload instanceof SimBlob) body = payload.raw().toString('utf8');
      else if (Array.isArray(payload)) body = fromBytes(payload).toString('utf8');
      else if (typeof payload === 'object') body = formEncode(payload as Record<string, unknown>);
      else body = String(payload);
      if (!headers['content-type']) {
        headers['content-type'] =
          params.contentType ?? (payload instanceof SimBlob ? (payload.getContentType() ?? 'application/octet-stream') : 'application/x-www-form-urlencoded');
      }
    } else if (params.contentType) headers['content-type'] = params.contentType;
    headers['user-agent'] ??= 'Mozilla/5.0 (compatible; Google-Apps-Script)';
    return { url, request: { method, url, headers, body }, mute: params.muteHttpExceptions === true };
  }

  /** Counts one call against the running user's 100,000 a day. */
  private countDaily(): void {
    const st = urlFetchState(this.ws);
    const who = this.exec.user.primaryEmail.toLowerCase();
    const now = this.exec.now();
    let q = st.daily[who];
    if (!q || now >= q.windowStart + DAY_MS) q = st.daily[who] = { windowStart: now, count: 0 };
    if (q.count >= URLFETCH_CALLS_PER_DAY) throw this.fail('Service invoked too many times for one day: urlfetch.');
    q.count++;
  }

  /** Sends one prepared request at virtual time `at`; returns the response (or a host error) and its duration. */
  private send(p: Prepared, at: number): { response?: GoogleResponse; error?: string; latencyMs: number; endpoint?: string } {
    this.countDaily();
    this.exec.count('urlfetch.calls');
    const parsed = new URL(p.url);
    if (parsed.protocol !== 'https:') {
      this.exec.count('urlfetch.calls.refused');
      return { error: `Address unavailable: ${p.url}`, latencyMs: drawLatency(this.ws, 'fallback') };
    }
    const routed: Routed = routeGoogleRequest(this.ws, p.request, at);
    if (routed.kind === 'unknownHost') {
      this.exec.count('urlfetch.calls.dns');
      return { error: `DNS error: ${p.url}`, latencyMs: drawLatency(this.ws, 'fallback') };
    }
    const fault = takeFault(this.ws, `urlfetch.${routed.endpoint}`, this.exec.user.primaryEmail);
    if (fault) return { error: fault.message ?? `Address unavailable: ${p.url}`, latencyMs: routed.latencyMs, endpoint: routed.endpoint };
    this.exec.count(`urlfetch.calls.${routed.endpoint}`);
    this.exec.count(`urlfetch.status.${routed.response.status}`);
    for (const c of routed.calls) {
      if (routed.endpoint === 'gmail.batch') this.exec.count(`gmail.batch.calls.${c.endpoint}`);
      if (c.units > 0 && c.quotaUser) {
        this.exec.count('quota.gmail', c.units);
        this.exec.count(`quota.gmail.${c.quotaUser.toLowerCase()}`, c.units);
      }
    }
    const response = { ...routed.response, headers: { ...routed.response.headers, Date: new Date(at).toUTCString() } };
    return { response, latencyMs: routed.latencyMs, endpoint: routed.endpoint };
  }

  private finish(p: Prepared, r: { response?: GoogleResponse; error?: string }): SimHttpResponse {
    if (r.error !== undefined) throw this.fail(r.error);
    const response = r.response!;
    if (!p.mute && response.status >= 400) {
      const origin = new URL(p.url).origin;
      const text = response.body.length > 100 ? response.body.slice(0, 100) + '...' : response.body;
      throw this.fail(
        `Request failed for ${origin} returned code ${response.status}. Truncated server response: ${text} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return new SimHttpResponse(this.exec, response);
  }

  fetch(url: string, params?: Params): SimHttpResponse {
    this.exec.assertAlive();
    const p = this.prepare(url, params);
    const r = this.send(p, this.exec.now());
    this.exec.count(`urlfetch.ms.${r.endpoint ?? 'other'}`, Math.max(0, r.latencyMs));
    this.exec.serviceCall('urlfetch.fetch', r.latencyMs);
    return this.finish(p, r);
  }

  fetchAll(requests: Array<string | (Params & { url: string })>): SimHttpResponse[] {
    this.exec.assertAlive();
    if (!Array.isArray(requests)) throw this.fail('Invalid argument: requests');
    const prepared = requests.map((r) => (typeof r === 'string' ? this.prepare(r) : this.prepare(r?.url, r)));
    const cap = Math.max(1, Math.floor(platformBehaviour(this.ws).fetchAllConcurrency));
    const results: Array<{ response?: GoogleResponse; error?: string; latencyMs: number; endpoint?: string }> = [];
    let t = this.exec.now();
    for (let i = 0; i < prepared.length; i += cap) {
      const wave = prepared.slice(i, i + cap).map((p) => this.send(p, t));
      results.push(...wave);
      const slowest = wave.reduce((a, b) => (b.latencyMs > a.latencyMs ? b : a));
      t += Math.max(0, slowest.latencyMs);
      // Which endpoint held each round up (the bench's breakdown of fetchAll time).
      this.exec.count(`urlfetch.ms.${slowest.endpoint ?? 'other'}`, Math.max(0, slowest.latencyMs));
    }
    this.exec.count('urlfetch.fetchAll');
    this.exec.serviceCall('urlfetch.fetchAll', t - this.exec.now());
    const out = this.exec.toRealm([] as SimHttpResponse[]);
    for (let i = 0; i < prepared.length; i++) out.push(this.finish(prepared[i], results[i]));
    return out;
  }

  getRequest(url: string, params?: Params): object {
    const p = this.prepare(url, params);
    const headers: Record<string, string> = { ...p.request.headers };
    delete headers['content-type'];
    delete headers['user-agent'];
    return this.exec.toRealm({
      url: p.url,
      method: p.request.method.toLowerCase(),
      headers,
      payload: p.request.body,
      contentType: p.request.headers['content-type'] ?? 'application/x-www-form-urlencoded',
      followRedirects: params?.followRedirects ?? true,
      validateHttpsCertificates: params?.validateHttpsCertificates ?? true,
      useIntranet: false,
    });
  }
}

export const urlFetchModule: ServiceModule = {
  name: 'UrlFetchApp',
  globals: ({ ws, exec }) => ({ UrlFetchApp: new SimUrlFetchApp(ws, exec) }),
};
