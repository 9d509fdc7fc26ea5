import type { OfflineWorkspace } from '../workspace';
import type { SimUser } from '../directory/model';
import { takeFault } from '../faults';
import { apiError, GoogleResponse, jsonResponse } from './http';
import type { Principal } from './access-tokens';
import { admit } from './traffic';
import { compileQuery, findMessage, mailboxOf, payloadOf, SendAsRecord, snippetOf, StoredMessage } from './mailbox';
import type { MessagePart } from './mime';
import { sanitizeSignature } from './signature-sanitizer';
import { disabledApiResponse, projectNumber } from './api-enablement';

/**
 * Gmail REST v1, the methods Autograph uses: users.settings.sendAs list/get/patch/update and users.messages
 * list/get (gmail/api/reference/rest/v1). Each call is checked in Google's order: credentials, scopes, whose
 * mailbox, mailbox enabled, injected faults, quota and concurrency, then the operation.
 */

const S = 'https://www.googleapis.com/auth/';
const FULL = 'https://mail.google.com/';
const READ = [FULL, `${S}gmail.modify`, `${S}gmail.readonly`];

/** "Authorization scopes" of each method in gmail/api/reference/rest/v1. */
export const REQUIRED_SCOPES: Record<string, string[]> = {
  'gmail.sendAs.list': [...READ, `${S}gmail.settings.basic`],
  'gmail.sendAs.get': [...READ, `${S}gmail.settings.basic`],
  'gmail.sendAs.patch': [`${S}gmail.settings.basic`, `${S}gmail.settings.sharing`],
  'gmail.sendAs.update': [`${S}gmail.settings.basic`, `${S}gmail.settings.sharing`],
  'gmail.messages.list': [...READ, `${S}gmail.metadata`],
  // The add-on's gmail.addons.current.message.* scopes open the current message through GmailApp only.
  'gmail.messages.get': [...READ, `${S}gmail.metadata`],
};

/** users.settings.sendAs: "signature ... maximum length of 10,000 characters" [wording as vendors report it]. */
export const SIGNATURE_MAX = 10_000;

export interface GmailCall {
  endpoint: string;
  method: string;
  userId: string;
  /** sendAsEmail or message id. */
  resourceId?: string;
  query: URLSearchParams;
  body: string;
}

export interface GmailResult {
  response: GoogleResponse;
  /** Mailbox owner the call counted against, when it reached quota accounting. */
  quotaUser?: string;
  units: number;
}

/** Maps a path below `/gmail/v1/` to a method, or null. */
export function parseGmailPath(method: string, path: string): Omit<GmailCall, 'query' | 'body'> | null {
  const m = /^users\/([^/]+)\/(settings\/sendAs|messages)(?:\/([^/]+))?$/.exec(path);
  if (!m) return null;
  const userId = decodeURIComponent(m[1]);
  const resourceId = m[3] === undefined ? undefined : decodeURIComponent(m[3]);
  const verb = method.toUpperCase();
  if (m[2] === 'settings/sendAs') {
    if (resourceId === undefined) return verb === 'GET' ? { endpoint: 'gmail.sendAs.list', method: verb, userId } : null;
    const e = verb === 'GET' ? 'gmail.sendAs.get' : verb === 'PATCH' ? 'gmail.sendAs.patch' : verb === 'PUT' ? 'gmail.sendAs.update' : null;
    return e ? { endpoint: e, method: verb, userId, resourceId } : null;
  }
  if (verb !== 'GET') return null;
  return resourceId === undefined
    ? { endpoint: 'gmail.messages.list', method: verb, userId }
    : { endpoint: 'gmail.messages.get', method: verb, userId, resourceId };
}

export function unauthenticated(why: 'missing' | 'invalid' | 'expired'): GoogleResponse {
  const wwwAuth = { 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/"' };
  if (why === 'missing') {
    return apiError({
      status: 401,
      message:
        'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      reason: 'required',
      location: 'Authorization',
      locationType: 'header',
      headers: wwwAuth,
    });
  }
  return apiError({
    status: 401,
    message:
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    reason: 'authError',
    location: 'Authorization',
    locationType: 'header',
    headers: { ...wwwAuth, 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
  });
}

function insufficientScopes(): GoogleResponse {
  const r = apiError({ status: 403, message: 'Request had insufficient authentication scopes.', reason: 'insufficientPermissions' });
  const body = JSON.parse(r.body);
  body.error.errors[0].message = 'Insufficient Permission';
  body.error.details = [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', domain: 'googleapis.com', metadata: { service: 'gmail.googleapis.com', method: 'caribou.api.proto.MailboxService' } }];
  return { ...r, body: JSON.stringify(body, null, 2) };
}

const notFound = () => apiError({ status: 404, message: 'Requested entity was not found.', reason: 'notFound' });
const badRequest = (message: string) => apiError({ status: 400, message, reason: 'invalidArgument' });

/** What an injected fault looks like on the wire. */
export function faultResponse(rule: { status: number; reason?: string; message?: string; retryAfterSeconds?: number }): GoogleResponse {
  const defaults: Record<number, [string, string]> = {
    429: ['rateLimitExceeded', 'Too many concurrent requests for user.'],
    500: ['backendError', 'Backend Error'],
    502: ['backendError', 'Bad Gateway'],
    503: ['backendError', 'The service is currently unavailable.'],
    504: ['backendError', 'Deadline exceeded.'],
  };
  const [reason, message] = defaults[rule.status] ?? ['failedPrecondition', 'Precondition check failed.'];
  return apiError({
    status: rule.status,
    reason: rule.reason ?? reason,
    message: rule.message ?? message,
    headers: rule.retryAfterSeconds !== undefined ? { 'Retry-After': String(rule.retryAfterSeconds) } : {},
  });
}

/** Runs one Gmail call for a known principal, starting at virtual time `at` and lasting `durationMs`. */
export function handleGmailCall(ws: OfflineWorkspace, principal: Principal, call: GmailCall, at: number, durationMs: number): GmailResult {
  // The project the token belongs to must have the Gmail API enabled (sim/google/api-enablement.ts).
  const disabled = disabledApiResponse(ws, principal.projectId, 'gmail.googleapis.com');
  if (disabled) return { response: disabled, units: 0 };
  const allowed = REQUIRED_SCOPES[call.endpoint];
  if (!principal.scopes.some((s) => allowed.includes(s))) return { response: insufficientScopes(), units: 0 };
  if (!principal.email) {
    // A service account's own token (no `sub`) has no mailbox.
    return { response: apiError({ status: 400, message: 'Precondition check failed.', reason: 'failedPrecondition', statusName: 'FAILED_PRECONDITION' }), units: 0 };
  }
  const owner = ws.directory.findUser(principal.email);
  // A user deleted or suspended since the token was issued: Google revokes their tokens.
  if (!owner || owner.suspended) return { response: unauthenticated('invalid'), units: 0 };
  const target = call.userId === 'me' ? owner : ws.directory.findUser(call.userId);
  if (!target || target.id !== owner.id) {
    return {
      response: apiError({ status: 403, message: `Delegation denied for ${principal.email}`, reason: 'forbidden' }),
      units: 0,
    };
  }
  if (!owner.isMailboxSetup) {
    return {
      response: apiError({ status: 400, message: 'Mail service not enabled', reason: 'failedPrecondition', statusName: 'FAILED_PRECONDITION' }),
      units: 0,
    };
  }
  const fault = takeFault(ws, call.endpoint, owner.primaryEmail);
  if (fault) return { response: faultResponse(fault), units: 0, quotaUser: owner.primaryEmail };

  const admission = admit(ws, call.endpoint, owner.primaryEmail, principal.projectId, at, durationMs);
  if (!admission.ok) {
    if (admission.kind === 'concurrency') {
      return { response: apiError({ status: 429, message: 'Too many concurrent requests for user.', reason: 'rateLimitExceeded' }), units: 0, quotaUser: owner.primaryEmail };
    }
    const limit = admission.kind === 'userRate' ? 'Queries per minute per user' : 'Queries per minute';
    return {
      response: apiError({
        status: 429,
        message: `Quota exceeded for quota metric 'Queries' and limit '${limit}' of service 'gmail.googleapis.com' for consumer 'project_number:${projectNumber(ws, principal.projectId)}'.`,
        reason: 'rateLimitExceeded',
        headers: { 'Retry-After': String(admission.retryAfterSeconds) },
      }),
      units: 0,
      quotaUser: owner.primaryEmail,
    };
  }
  const response = operate(ws, principal, owner, call, at);
  return { response, units: admission.units, quotaUser: owner.primaryEmail };
}


function operate(ws: OfflineWorkspace, principal: Principal, user: SimUser, call: GmailCall, at: number): GoogleResponse {
  const box = mailboxOf(ws, user);
  switch (call.endpoint) {
    case 'gmail.sendAs.list':
      return jsonResponse(200, { sendAs: Object.values(box.sendAs).map(present) });
    case 'gmail.sendAs.get': {
      const s = box.sendAs[call.resourceId!.toLowerCase()];
      return s ? jsonResponse(200, present(s)) : notFound();
    }
    case 'gmail.sendAs.patch':
    case 'gmail.sendAs.update':
      return writeSendAs(box.sendAs, principal, call);
    case 'gmail.messages.list':
      return listMessages(box.messages, call.query, at);
    case 'gmail.messages.get': {
      const m = findMessage(ws, user, call.resourceId!);
      return m ? jsonResponse(200, presentMessage(m, call.query, principal.scopes)) : notFound();
    }
  }
  return notFound();
}

function present(s: SendAsRecord): SendAsRecord {
  return { ...s };
}

function writeSendAs(all: Record<string, SendAsRecord>, principal: Principal, call: GmailCall): GoogleResponse {
  const s = all[call.resourceId!.toLowerCase()];
  if (!s) return notFound();
  let body: Partial<SendAsRecord>;
  try {
    body = call.body.trim() === '' ? {} : JSON.parse(call.body);
  } catch {
    return apiError({ status: 400, message: `Invalid JSON payload received. Unexpected token.\n${call.body.slice(0, 40)}\n^`, reason: 'badRequest', statusName: 'INVALID_ARGUMENT' });
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return badRequest('Invalid JSON payload received.');
  // users.settings.sendAs.patch: "Addresses other than the primary address for the account can only be updated by
  // service account clients that have been delegated domain-wide authority."
  if (!s.isPrimary && principal.kind !== 'delegated') {
    return apiError({ status: 403, message: 'Access restricted to service accounts that have been delegated domain-wide authority', reason: 'forbidden' });
  }
  if (body.signature !== undefined && typeof body.signature !== 'string') return badRequest('Invalid value at \'send_as.signature\': expected a string');
  if (typeof body.signature === 'string' && body.signature.length > SIGNATURE_MAX) {
    return badRequest(`Signature exceeds maximum length of ${SIGNATURE_MAX} characters`);
  }
  if (body.sendAsEmail !== undefined && body.sendAsEmail.toLowerCase() !== s.sendAsEmail) {
    return badRequest('sendAsEmail cannot be changed');
  }
  const replace = call.endpoint === 'gmail.sendAs.update';
  const next: SendAsRecord = { ...s };
  const field = <K extends 'displayName' | 'replyToAddress'>(k: K) => {
    if (body[k] !== undefined) next[k] = String(body[k]);
    else if (replace) next[k] = '';
  };
  field('displayName');
  field('replyToAddress');
  if (body.signature !== undefined) next.signature = sanitizeSignature(body.signature);
  else if (replace) next.signature = '';
  if (!s.isPrimary && body.treatAsAlias !== undefined) next.treatAsAlias = Boolean(body.treatAsAlias);
  if (body.isDefault === true) {
    for (const other of Object.values(all)) other.isDefault = false;
    next.isDefault = true;
  }
  all[s.sendAsEmail] = next;
  return jsonResponse(200, present(next));
}

function listMessages(messages: StoredMessage[], q: URLSearchParams, at: number): GoogleResponse {
  const maxRaw = q.get('maxResults');
  const max = maxRaw === null ? 100 : Number(maxRaw);
  if (!Number.isInteger(max) || max < 0) return badRequest(`Invalid value for maxResults: ${maxRaw}`);
  const pageSize = Math.min(max === 0 ? 100 : max, 500);
  const query = q.get('q') ?? '';
  const pred = compileQuery(query, at);
  if ('error' in pred) return apiError({ status: 400, message: `Invalid query: ${pred.error}`, reason: 'invalidArgument', location: 'q', locationType: 'parameter' });
  const labelIds = q.getAll('labelIds');
  const includeSpamTrash = q.get('includeSpamTrash') === 'true';
  const hits = [...messages]
    .sort((a, b) => b.internalDate - a.internalDate)
    .filter((m) => labelIds.every((l) => m.labelIds.includes(l)))
    .filter((m) => includeSpamTrash || !m.labelIds.some((l) => l === 'SPAM' || l === 'TRASH'))
    .filter((m) => query === '' || pred(m, payloadOf(m)));
  let start = 0;
  const token = q.get('pageToken');
  if (token) {
    const decoded = Number(Buffer.from(token, 'base64url').toString('utf8').replace(/^p/, ''));
    if (!Number.isInteger(decoded) || decoded < 0) return badRequest('Invalid pageToken');
    start = decoded;
  }
  const page = hits.slice(start, start + pageSize);
  const body: { messages?: Array<{ id: string; threadId: string }>; nextPageToken?: string; resultSizeEstimate: number } = {
    resultSizeEstimate: hits.length,
  };
  if (page.length) body.messages = page.map((m) => ({ id: m.id, threadId: m.threadId }));
  if (start + pageSize < hits.length) body.nextPageToken = Buffer.from(`p${start + pageSize}`).toString('base64url');
  return jsonResponse(200, body);
}

function stripBodies(p: MessagePart, keepHeaders: (name: string) => boolean): MessagePart {
  return { partId: p.partId, mimeType: p.mimeType, filename: p.filename, headers: p.headers.filter((h) => keepHeaders(h.name)), body: { size: 0 } };
}

export function presentMessage(m: StoredMessage, q: URLSearchParams, scopes: string[]): Record<string, unknown> {
  let format = (q.get('format') ?? 'full').toLowerCase();
  // gmail.metadata scope: only metadata and minimal formats (users.messages.get: format).
  const metadataOnly = !scopes.some((s) => READ.includes(s));
  if (metadataOnly && (format === 'full' || format === 'raw')) format = 'metadata';
  const payload = payloadOf(m);
  const base: Record<string, unknown> = {
    id: m.id,
    threadId: m.threadId,
    labelIds: m.labelIds,
    snippet: snippetOf(payload),
    sizeEstimate: m.raw.length,
    historyId: String(1000 + Number.parseInt(m.id.slice(-6), 16) % 100000),
    internalDate: String(m.internalDate),
  };
  if (format === 'minimal') return base;
  if (format === 'raw') return { ...base, raw: Buffer.from(m.raw, 'binary').toString('base64url') };
  if (format === 'metadata') {
    const wanted = q.getAll('metadataHeaders').map((h) => h.toLowerCase());
    return { ...base, payload: stripBodies(payload, (n) => wanted.length === 0 || wanted.includes(n.toLowerCase())) };
  }
  return { ...base, payload };
}
