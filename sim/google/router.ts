import type { OfflineWorkspace } from '../workspace';
import { GoogleRequest, GoogleResponse } from './http';
import { handleTokenRequest } from './token-endpoint';
import { resolveBearer } from './access-tokens';
import { handleGmailCall, parseGmailPath, unauthenticated } from './gmail-rest';
import { BATCH_URL, handleBatch } from './batch';
import { drawLatency } from './latency';
import { DIRECTORY_HOST, handleDirectoryRequest, parseDirectoryPath } from './directory-rest';

/**
 * One entry point for every emulated Google endpoint: `UrlFetchApp` and the loopback server both come here with a
 * plain request and the virtual time it starts at, and get the response, how long it took, and what it counted.
 */

export interface CountedCall {
  endpoint: string;
  status: number;
  quotaUser?: string;
  units: number;
}

export type Routed =
  | { kind: 'response'; response: GoogleResponse; latencyMs: number; endpoint: string; calls: CountedCall[] }
  | { kind: 'unknownHost'; host: string };

export const EMULATED_HOSTS = ['oauth2.googleapis.com', 'gmail.googleapis.com', 'www.googleapis.com', DIRECTORY_HOST];

/** Google's plain 404 page for a path no API serves. */
function notFoundPage(url: URL): GoogleResponse {
  return {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=UTF-8' },
    body: `<!DOCTYPE html>\n<html lang=en><meta charset=utf-8><title>Error 404 (Not Found)!!1</title><p><b>404.</b> <ins>That’s an error.</ins><p>The requested URL <code>${url.pathname}</code> was not found on this server.  <ins>That’s all we know.</ins>`,
  };
}

/** The endpoint key of a request (`oauth.token`, `gmail.sendAs.patch`, `gmail.batch`), or null. */
export function endpointOf(req: GoogleRequest): string | null {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return null;
  }
  if (url.host === 'oauth2.googleapis.com' && url.pathname === '/token') return 'oauth.token';
  if (url.host === 'www.googleapis.com' && url.pathname === '/batch/gmail/v1') return 'gmail.batch';
  if (url.host === DIRECTORY_HOST) return parseDirectoryPath(req.method, url.pathname)?.endpoint ?? null;
  const m = /^\/gmail\/v1\/(.*)$/.exec(url.pathname);
  if (m && (url.host === 'gmail.googleapis.com' || url.host === 'www.googleapis.com')) {
    return parseGmailPath(req.method, m[1])?.endpoint ?? null;
  }
  return null;
}

function gmailRequest(ws: OfflineWorkspace, req: GoogleRequest, url: URL, at: number): Routed {
  const m = /^\/gmail\/v1\/(.*)$/.exec(url.pathname);
  const call = m ? parseGmailPath(req.method, m[1]) : null;
  if (!call) {
    return { kind: 'response', response: notFoundPage(url), latencyMs: drawLatency(ws, 'notFound'), endpoint: 'gmail.unknown', calls: [] };
  }
  const latencyMs = drawLatency(ws, call.endpoint);
  const who = resolveBearer(ws, req.headers['authorization'], at);
  if (!who.ok) {
    const response = unauthenticated(who.why);
    return { kind: 'response', response, latencyMs, endpoint: call.endpoint, calls: [{ endpoint: call.endpoint, status: 401, units: 0 }] };
  }
  const r = handleGmailCall(ws, who.principal, { ...call, query: url.searchParams, body: req.body }, at, latencyMs);
  // A call refused before doing work comes back faster than one that ran.
  const took = r.units === 0 && r.response.status === 429 ? Math.min(latencyMs, 30) : latencyMs;
  return {
    kind: 'response',
    response: r.response,
    latencyMs: took,
    endpoint: call.endpoint,
    calls: [{ endpoint: call.endpoint, status: r.response.status, quotaUser: r.quotaUser, units: r.units }],
  };
}

function directoryRequest(ws: OfflineWorkspace, req: GoogleRequest, url: URL, at: number): Routed {
  const call = parseDirectoryPath(req.method, url.pathname);
  if (!call) {
    return { kind: 'response', response: notFoundPage(url), latencyMs: drawLatency(ws, 'notFound'), endpoint: 'directory.unknown', calls: [] };
  }
  const r = handleDirectoryRequest(ws, req, call, url.searchParams, at);
  return { kind: 'response', ...r, endpoint: call.endpoint, calls: [{ endpoint: call.endpoint, status: r.response.status, units: 0 }] };
}

export function routeGoogleRequest(ws: OfflineWorkspace, req: GoogleRequest, at: number): Routed {
  const url = new URL(req.url);
  if (!EMULATED_HOSTS.includes(url.host)) return { kind: 'unknownHost', host: url.host };
  if (url.host === 'oauth2.googleapis.com') {
    if (url.pathname !== '/token') return { kind: 'response', response: notFoundPage(url), latencyMs: drawLatency(ws, 'notFound'), endpoint: 'oauth.unknown', calls: [] };
    const response = handleTokenRequest(ws, req, at);
    return { kind: 'response', response, latencyMs: drawLatency(ws, 'oauth.token'), endpoint: 'oauth.token', calls: [{ endpoint: 'oauth.token', status: response.status, units: 0 }] };
  }
  if (url.host === DIRECTORY_HOST) return directoryRequest(ws, req, url, at);
  if (url.host === 'www.googleapis.com' && url.pathname === new URL(BATCH_URL).pathname) {
    const calls: CountedCall[] = [];
    const r = handleBatch(ws, req, at, (inner, t) => {
      const routed = routeGoogleRequest(ws, inner, t);
      if (routed.kind !== 'response') {
        return { response: notFoundPage(new URL(inner.url)), latencyMs: 0 };
      }
      calls.push(...routed.calls);
      return { response: routed.response, latencyMs: routed.latencyMs };
    });
    return { kind: 'response', response: r.response, latencyMs: r.latencyMs, endpoint: 'gmail.batch', calls };
  }
  return gmailRequest(ws, req, url, at);
}
