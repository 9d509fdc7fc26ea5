/**
 * Gmail's batch format (gmail/api/guides/batch): one `multipart/mixed` POST to
 * `https://www.googleapis.com/batch/gmail/v1`, each part `Content-Type: application/http` holding a whole HTTP
 * request with a path-only request line. A part's own `Authorization` header "applies only to that call", so one
 * batch carries many users' tokens. The answer is `multipart/mixed` too, one `application/http` response per part,
 * `Content-ID: <response-ID>` naming the part it answers.
 */

export const BATCH_ENDPOINT = 'https://www.googleapis.com/batch/gmail/v1';
/** "A batch request is limited to 100 calls"; "we don't recommend sending batches larger than 50 requests". */
export const MAX_CALLS_PER_BATCH = 100;
export const RECOMMENDED_CALLS_PER_BATCH = 50;

export interface BatchPart {
  /** Echoed back as `response-<id>`; letters, digits, '-' and '.' only. */
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query only, e.g. `/gmail/v1/users/ann%40example.com/settings/sendAs`. */
  path: string;
  /** Usually `Authorization: Bearer …`, the part's own. */
  headers: Record<string, string>;
  /** JSON text for PATCH/PUT/POST. */
  body?: string;
}

export interface BatchRequest {
  contentType: string;
  payload: string;
}

export interface BatchPartResponse {
  /** The id of the part this answers, or null when Google sent no Content-ID. */
  id: string | null;
  status: number;
  headers: Record<string, string>;
  body: string;
}

const CRLF = '\r\n';

export function buildBatchRequest(parts: readonly BatchPart[], boundary: string): BatchRequest {
  if (parts.length === 0) throw new Error('A batch needs at least one call');
  if (parts.length > MAX_CALLS_PER_BATCH) {
    throw new Error(`A batch holds at most ${MAX_CALLS_PER_BATCH} calls; got ${parts.length}. Split it.`);
  }
  const chunks: string[] = [];
  for (const p of parts) {
    if (!/^[A-Za-z0-9.-]+$/.test(p.id)) throw new Error(`Batch part id "${p.id}" may hold only letters, digits, '-' and '.'`);
    if (!p.path.startsWith('/')) throw new Error(`Batch part ${p.id}: the request line takes a path, not "${p.path}"`);
    chunks.push(`--${boundary}`, 'Content-Type: application/http', `Content-ID: <${p.id}>`, '');
    chunks.push(`${p.method} ${p.path}`);
    const headers = { ...p.headers };
    if (p.body !== undefined) headers['Content-Type'] = headers['Content-Type'] ?? 'application/json; charset=UTF-8';
    for (const [k, v] of Object.entries(headers)) chunks.push(`${k}: ${v}`);
    chunks.push('');
    if (p.body !== undefined) chunks.push(p.body);
    chunks.push('');
  }
  chunks.push(`--${boundary}--`, '');
  return { contentType: `multipart/mixed; boundary=${boundary}`, payload: chunks.join(CRLF) };
}

/** The `boundary` parameter of a multipart Content-Type, unquoted. */
export function boundaryOf(contentType: string): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : null;
}

/** Splits header lines (up to the first blank line) from what follows. */
function splitHead(text: string): { head: string[]; rest: string } {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { head: text.split(/\r?\n/), rest: '' };
  return { head: text.slice(0, m.index).split(/\r?\n/), rest: text.slice(m.index + m[0].length) };
}

function headerMap(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

/**
 * Parses a batch answer into one response per part, in the order Google sent them. Throws when the answer is not
 * multipart (the whole batch failed: the caller handles the outer status).
 */
export function parseBatchResponse(contentType: string, body: string): BatchPartResponse[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new Error(`A batch answer must be multipart/mixed with a boundary; got "${contentType}"`);
  const delimiter = `--${boundary}`;
  const out: BatchPartResponse[] = [];
  const segments = body.split(delimiter);
  // segments[0] is the preamble; the segment after the closing delimiter starts with "--".
  for (const segment of segments.slice(1)) {
    if (segment.startsWith('--')) break;
    const part = segment.replace(/^\r?\n/, '');
    const { head: partHead, rest: inner } = splitHead(part);
    const partHeaders = headerMap(partHead);
    const { head: innerHead, rest: innerBody } = splitHead(inner);
    const statusLine = innerHead[0] ?? '';
    const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusLine);
    if (!m) throw new Error(`A batch answer part has no HTTP status line: "${statusLine.slice(0, 60)}"`);
    const cid = partHeaders['content-id'];
    const idMatch = cid ? /^<?response-(.+?)>?$/.exec(cid) : null;
    out.push({
      id: idMatch ? idMatch[1] : null,
      status: Number(m[1]),
      headers: headerMap(innerHead.slice(1)),
      body: innerBody.replace(/\r?\n$/, ''),
    });
  }
  return out;
}

/**
 * Matches answers to the parts sent: by Content-ID when Google gave one, else by position ("responses are in the
 * same order as the requests" in practice, which the guide does not promise — Content-ID is the contract).
 */
export function matchBatchResponses(parts: readonly BatchPart[], answers: readonly BatchPartResponse[]): Array<BatchPartResponse | null> {
  const byId = new Map<string, BatchPartResponse>();
  for (const a of answers) if (a.id !== null) byId.set(a.id, a);
  return parts.map((p, i) => byId.get(p.id) ?? (answers[i] && answers[i].id === null ? answers[i] : null));
}
