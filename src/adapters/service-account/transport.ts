/**
 * HTTP for the delegated path, over `UrlFetchApp.fetchAll` (requests run concurrently, answers come back in
 * request order: apps-script/reference/url-fetch/url-fetch-app#fetchAll). `muteHttpExceptions` so error bodies
 * can be read and classified. A request that fails below HTTP (DNS, timeout) makes fetchAll throw for all of
 * them; that is reported as status 0, which callers retry like a 503.
 */
import { errorText } from '../../core/error-text';

export interface HttpRequest {
  url: string;
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  headers?: Record<string, string>;
  payload?: string;
  contentType?: string;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** Counts what went over the wire, for the bench and the Connection card. */
export interface TransportStats {
  urlFetchCalls: number;
  fetchAllCalls: number;
}

export function newTransportStats(): TransportStats {
  return { urlFetchCalls: 0, fetchAllCalls: 0 };
}

function toResponse(r: GoogleAppsScript.URL_Fetch.HTTPResponse): HttpResponse {
  const headers: Record<string, string> = {};
  const raw = r.getHeaders() as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return { status: r.getResponseCode(), headers, body: r.getContentText() };
}

export function fetchAllHttp(requests: HttpRequest[], stats?: TransportStats): HttpResponse[] {
  if (requests.length === 0) return [];
  const params: GoogleAppsScript.URL_Fetch.URLFetchRequest[] = requests.map((r) => ({
    url: r.url,
    method: r.method,
    headers: r.headers ?? {},
    ...(r.payload !== undefined ? { payload: r.payload } : {}),
    ...(r.contentType ? { contentType: r.contentType } : {}),
    muteHttpExceptions: true,
    followRedirects: false,
  }));
  if (stats) {
    stats.urlFetchCalls += requests.length;
    stats.fetchAllCalls += 1;
  }
  try {
    return (requests.length === 1 ? [UrlFetchApp.fetch(params[0].url, params[0])] : UrlFetchApp.fetchAll(params)).map(toResponse);
  } catch (err) {
    // Below HTTP: the message names the host, never a header (tokens stay out of it).
    const message = errorText(err).slice(0, 200);
    return requests.map(() => ({ status: 0, headers: {}, body: JSON.stringify({ error: 'network', error_description: message }) }));
  }
}
