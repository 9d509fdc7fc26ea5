import type { OfflineWorkspace } from '../workspace';
import { apiError, GoogleRequest, GoogleResponse, jsonResponse } from './http';
import { resolveBearer } from './access-tokens';
import { disabledApiResponse } from './api-enablement';
import { unauthenticated } from './gmail-rest';
import { DirectoryApi, DirectoryCall } from '../services/admin-directory';

/**
 * The Admin SDK Directory REST endpoints a script reaches with `UrlFetchApp` and its own token
 * (admin/directory/reference/rest/v1/users/list: `GET https://admin.googleapis.com/admin/directory/v1/users`;
 * users/get: `GET …/admin/directory/v1/users/{userKey}`), answered by the same code as the `AdminDirectory` advanced
 * service: one directory, the same paging tokens, `fields`, projections, views and per-user rate limit.
 *
 * Authorization: users.list and users.get need one of the scopes `admin.directory.user.readonly` or
 * `admin.directory.user` (admin-sdk/directory/v1/guides/authorizing: the users scopes; `cloud-platform` is refused
 * here [unverified whether Google accepts it]); a token without them gets 403 with Google's
 * "Request had insufficient authentication scopes."; a token of a user who is not an admin gets the API's 403
 * "Not Authorized to access this resource/api" for `viewType=admin_view` (the default), as the advanced service does.
 * A service account acting as itself (no `sub`) is nobody's admin. Other Directory methods (insert, patch, groups…)
 * answer 501 naming the method: they are not emulated over REST.
 */

export const DIRECTORY_HOST = 'admin.googleapis.com';
const USER_SCOPES = [
  'https://www.googleapis.com/auth/admin.directory.user.readonly',
  'https://www.googleapis.com/auth/admin.directory.user',
];
const NOT_AUTHORIZED = 'Not Authorized to access this resource/api';

/** The endpoint key of a Directory REST request (`directory.users.list`, `directory.users.get`), or null. */
export function parseDirectoryPath(method: string, pathname: string): { endpoint: string; userKey?: string } | null {
  const m = /^\/admin\/directory\/v1\/users(?:\/([^/]+))?\/?$/.exec(pathname);
  if (!m) return null;
  if (method !== 'GET') return { endpoint: `directory.users.${m[1] ? 'write' : 'insert'}` };
  return m[1] ? { endpoint: 'directory.users.get', userKey: decodeURIComponent(m[1]) } : { endpoint: 'directory.users.list' };
}

class DirectoryHttpError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export interface DirectoryRestResult {
  response: GoogleResponse;
  latencyMs: number;
}

export function handleDirectoryRequest(
  ws: OfflineWorkspace,
  req: GoogleRequest,
  call: { endpoint: string; userKey?: string },
  query: URLSearchParams,
  at: number,
): DirectoryRestResult {
  if (call.endpoint !== 'directory.users.list' && call.endpoint !== 'directory.users.get') {
    const response = apiError({ status: 501, message: `${req.method} ${new URL(req.url).pathname} is not emulated by the offline Workspace`, reason: 'notImplemented' });
    return { response, latencyMs: 0 };
  }
  const who = resolveBearer(ws, req.headers['authorization'], at);
  if (!who.ok) return { response: unauthenticated(who.why), latencyMs: 30 };
  const p = who.principal;
  // The project the token belongs to must have the Admin SDK API enabled, as for the advanced service.
  const disabled = disabledApiResponse(ws, p.projectId, 'admin.googleapis.com');
  if (disabled) return { response: disabled, latencyMs: 30 };
  if (!p.scopes.some((s) => USER_SCOPES.includes(s))) {
    const response = apiError({ status: 403, message: 'Request had insufficient authentication scopes.', reason: 'insufficientPermissions' });
    return { response, latencyMs: 30 };
  }
  const caller = p.email ? ws.directory.findUser(p.email) : undefined;
  if (!caller || caller.suspended || caller.deleted) {
    return { response: apiError({ status: 403, message: NOT_AUTHORIZED, reason: 'forbidden' }), latencyMs: 30 };
  }
  let spent = 0;
  const port: DirectoryCall = {
    ws,
    caller,
    now: () => at + spent,
    serviceCall: (_key, latencyMs) => (spent += latencyMs),
    count: (key) => ws.counters.add(key),
    spend: (ms) => (spent += Math.max(0, ms)),
    error: (_method, code, reason, message) => new DirectoryHttpError(code, reason, message),
    deliver: (value) => value,
  };
  const args: Record<string, unknown> = Object.fromEntries(query);
  try {
    const api = new DirectoryApi(port);
    const body = call.endpoint === 'directory.users.list' ? api.usersList(args) : api.usersGet(call.userKey!, args);
    return { response: jsonResponse(200, body), latencyMs: spent };
  } catch (e) {
    if (!(e instanceof DirectoryHttpError)) throw e;
    return { response: apiError({ status: e.code, message: e.message, reason: e.reason }), latencyMs: spent };
  }
}
