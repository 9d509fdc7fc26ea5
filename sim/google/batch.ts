import type { OfflineWorkspace } from '../workspace';
import { apiError, GoogleRequest, GoogleResponse, normalizeHeaders } from './http';
import { parseHeaders } from './mime';
import { batchOverheadMs } from './latency';
import { trafficLimits } from './traffic';
import { platformBehaviour } from '../platform-behaviour';

/**
 * `POST https://www.googleapis.com/batch/gmail/v1` (gmail/api/guides/batch): a multipart/mixed body of up to 100
 * `application/http` parts, each an HTTP request with a path-only URL. "If you provide an Authorization header for
 * a specific call, then that header applies only to that call"; the outer headers apply to parts without their own.
 * Parts are answered in order. The server runs `batchParallelism` parts at once (Google does not document how
 * many; the default runs them all together, which is what makes large single-user batches hit "Too many
 * concurrent requests for user"); each part counts against quota like a separate call.
 */

export const BATCH_URL = 'https://www.googleapis.com/batch/gmail/v1';
export const BATCH_MAX_PARTS = 100;

export interface InnerCall {
  request: GoogleRequest;
  contentId?: string;
}

/** Runs one inner call at `at`, returning its response and duration. */
export type InnerHandler = (req: GoogleRequest, at: number) => { response: GoogleResponse; latencyMs: number };

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary\s*=\s*("([^"]+)"|[^;\s]+)/i.exec(contentType ?? '');
  return m ? (m[2] ?? m[1]) : undefined;
}

/**
 * Splits the batch body into inner requests; a string is a parse error to report. `partAuthorization` 'ignored'
 * plays a server that answers every part with the outer request's Authorization (sim/platform-behaviour.ts).
 */
export function parseBatch(req: GoogleRequest, partAuthorization: 'honoured' | 'ignored' = 'honoured'): InnerCall[] | string {
  const ct = req.headers['content-type'] ?? '';
  if (!/^multipart\/mixed/i.test(ct)) return 'Batch requests must be multipart/mixed';
  const boundary = boundaryOf(ct);
  if (!boundary) return 'multipart/mixed without a boundary';
  const chunks = req.body.split(`--${boundary}`);
  const calls: InnerCall[] = [];
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const text = chunk.replace(/^\r?\n/, '');
    const sep = /\r?\n\r?\n/.exec(text);
    if (!sep) return 'Malformed batch part: no blank line after the part headers';
    const partHeaders = normalizeHeaders(Object.fromEntries(parseHeaders(text.slice(0, sep.index)).map((h) => [h.name, h.value])));
    const http = text.slice(sep.index + sep[0].length);
    const lineEnd = http.search(/\r?\n/);
    const requestLine = (lineEnd < 0 ? http : http.slice(0, lineEnd)).trim();
    const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d\.\d)?$/.exec(requestLine);
    if (!m) return `Malformed batch part: bad request line "${requestLine.slice(0, 80)}"`;
    const rest = lineEnd < 0 ? '' : http.slice(lineEnd).replace(/^\r?\n/, '');
    const hsep = /\r?\n\r?\n/.exec(rest);
    const innerHead = hsep ? rest.slice(0, hsep.index) : rest;
    const innerBody = hsep ? rest.slice(hsep.index + hsep[0].length).replace(/\r?\n$/, '') : '';
    const inner = normalizeHeaders(Object.fromEntries(parseHeaders(innerHead).map((h) => [h.name, h.value])));
    if (partAuthorization === 'ignored') delete inner['authorization'];
    for (const [k, v] of Object.entries(req.headers)) {
      if ((k === 'authorization' || k.startsWith('x-goog-')) && inner[k] === undefined) inner[k] = v;
    }
    const path = m[2];
    const url = /^https?:/.test(path) ? path : `https://www.googleapis.com${path.startsWith('/') ? '' : '/'}${path}`;
    calls.push({ request: { method: m[1], url, headers: inner, body: innerBody }, contentId: partHeaders['content-id'] });
  }
  return calls;
}

/** Answers a whole batch; its latency is the overhead plus the slowest part of each wave of parallel parts. */
export function handleBatch(ws: OfflineWorkspace, req: GoogleRequest, at: number, inner: InnerHandler): { response: GoogleResponse; latencyMs: number } {
  const overhead = batchOverheadMs(ws);
  if (req.method !== 'POST') return { response: apiError({ status: 405, message: 'Method Not Allowed', reason: 'badRequest' }), latencyMs: overhead };
  const calls = parseBatch(req, platformBehaviour(ws).batchPartAuthorization);
  if (typeof calls === 'string') return { response: apiError({ status: 400, message: calls, reason: 'badRequest' }), latencyMs: overhead };
  if (calls.length > BATCH_MAX_PARTS) {
    // [unverified wording] Google refuses batches of more than 100 calls.
    return {
      response: apiError({ status: 400, message: `A batch request may contain at most ${BATCH_MAX_PARTS} calls; this one has ${calls.length}.`, reason: 'badRequest' }),
      latencyMs: overhead,
    };
  }
  const parallel = Math.max(1, trafficLimits(ws).batchParallelism);
  const results: GoogleResponse[] = [];
  let t = at + overhead / 2;
  for (let i = 0; i < calls.length; i += parallel) {
    let slowest = 0;
    for (const c of calls.slice(i, i + parallel)) {
      const r = inner(c.request, t);
      results.push(r.response);
      slowest = Math.max(slowest, r.latencyMs);
    }
    t += slowest;
  }
  const boundary = `batch_${Buffer.from(`${ws.seed}|${at}|${calls.length}`).toString('base64url').slice(0, 20)}`;
  const parts = results.map((r, i) => {
    const id = calls[i].contentId;
    const responseId = id === undefined ? `<response-${i + 1}>` : id.startsWith('<') ? `<response-${id.slice(1)}` : `response-${id}`;
    const headerLines = Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`);
    return [
      `--${boundary}`,
      'Content-Type: application/http',
      `Content-ID: ${responseId}`,
      '',
      `HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? ''}`.trimEnd(),
      ...headerLines,
      '',
      r.body,
    ].join('\r\n');
  });
  const body = parts.join('\r\n') + `\r\n--${boundary}--\r\n`;
  return {
    response: { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body },
    latencyMs: Math.round(t - at + overhead / 2),
  };
}
