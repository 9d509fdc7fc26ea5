/**
 * The HTTP shapes every emulated Google endpoint speaks. Handlers take a plain request and give a plain response,
 * so the same code answers `UrlFetchApp` inside an execution and outside clients on the loopback port.
 */

export interface GoogleRequest {
  method: string;
  /** Absolute URL, e.g. `https://gmail.googleapis.com/gmail/v1/users/me/settings/sendAs`. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface GoogleResponse {
  status: number;
  /** Header names as Google sends them (`Content-Type`, `Retry-After`). */
  headers: Record<string, string>;
  body: string;
}

/** Google's canonical status names for the JSON error envelope (cloud.google.com/apis/design/errors). */
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  412: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export interface ApiErrorSpec {
  status: number;
  message: string;
  reason: string;
  /** `global` for most, `usageLimits` for quota errors. */
  domain?: string;
  /** Overrides the canonical status name, e.g. `FAILED_PRECONDITION` on a 400. */
  statusName?: string;
  location?: string;
  locationType?: string;
  headers?: Record<string, string>;
}

/**
 * Google's JSON error envelope `{error:{code, message, errors:[{message, domain, reason}], status}}`
 * (gmail/api/guides/handle-errors).
 */
export function apiError(spec: ApiErrorSpec): GoogleResponse {
  const item: Record<string, string> = { message: spec.message, domain: spec.domain ?? 'global', reason: spec.reason };
  if (spec.location) item.location = spec.location;
  if (spec.locationType) item.locationType = spec.locationType;
  const body = {
    error: {
      code: spec.status,
      message: spec.message,
      errors: [item],
      status: spec.statusName ?? STATUS_NAMES[spec.status] ?? 'UNKNOWN',
    },
  };
  return jsonResponse(spec.status, body, spec.headers);
}

export function jsonResponse(status: number, data: unknown, headers: Record<string, string> = {}): GoogleResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers },
    body: JSON.stringify(data, null, 2),
  };
}

/** Decodes `a=1&b=2` (application/x-www-form-urlencoded). */
export function parseForm(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(body)) out[k] = v;
  return out;
}

/** Lower-cases header names; joins repeated values the way Node does. */
export function normalizeHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}
