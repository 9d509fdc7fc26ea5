import * as crypto from 'node:crypto';
import type { OfflineWorkspace } from '../workspace';
import { GoogleRequest, GoogleResponse, jsonResponse, parseForm } from './http';
import { delegationGrant, findServiceAccount, ServiceAccount } from './registry';
import { takeFault } from '../faults';
import { issueServiceAccountToken, TOKEN_LIFETIME_MS } from './access-tokens';

/**
 * `POST https://oauth2.googleapis.com/token` with the JWT-bearer grant (identity/protocols/oauth2/service-account,
 * "Preparing to make an authorized API call"). The answers are Google's own `{error, error_description}` bodies.
 */

export const TOKEN_URL = 'https://oauth2.googleapis.com/token';
export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Clock skew Google tolerates on `iat` [unverified: Google does not publish it; 5 minutes is the common guess]. */
export const ALLOWED_SKEW_MS = 300_000;

/** identity/protocols/oauth2/service-account: "Invalid JWT: Token must be a short-lived token..." */
export const SHORT_LIVED_MESSAGE =
  'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.';
export const UNAUTHORIZED_CLIENT_MESSAGE =
  'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.';

function oauthError(status: number, error: string, description: string): GoogleResponse {
  return jsonResponse(status, { error, error_description: description });
}

const b64urlJson = (part: string): Record<string, unknown> | null => {
  try {
    const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
};

function verifySignature(sa: ServiceAccount, kid: unknown, signingInput: string, signature: string): boolean {
  const candidates = sa.keys.filter((k) => k.status === 'enabled' && (kid === undefined || k.keyId === kid));
  const sig = Buffer.from(signature, 'base64url');
  return candidates.some((k) => crypto.verify('RSA-SHA256', Buffer.from(signingInput), k.publicKeyPem, sig));
}

/** Scope strings Google recognises: `https://www.googleapis.com/auth/…` and the few legacy full URLs. */
function isKnownScope(s: string): boolean {
  return /^https:\/\/www\.googleapis\.com\/auth\/[a-z0-9._-]+$/i.test(s) || s === 'https://mail.google.com/' || s === 'openid' || s === 'email' || s === 'profile';
}

export function handleTokenRequest(ws: OfflineWorkspace, req: GoogleRequest, at: number): GoogleResponse {
  if (req.method !== 'POST') return oauthError(405, 'invalid_request', 'Only POST is supported at this endpoint.');
  const form = parseForm(req.body);
  if (!form.grant_type) return oauthError(400, 'invalid_request', 'Missing required parameter: grant_type');
  if (form.grant_type !== JWT_BEARER) {
    return oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${form.grant_type}`);
  }
  if (!form.assertion) return oauthError(400, 'invalid_request', 'Missing required parameter: assertion');

  const parts = form.assertion.split('.');
  const header = parts.length === 3 ? b64urlJson(parts[0]) : null;
  const claims = parts.length === 3 ? b64urlJson(parts[1]) : null;
  if (!header || !claims) return oauthError(400, 'invalid_grant', 'Invalid JWT: the assertion is not header.claims.signature in base64url.');
  if (header.alg !== 'RS256') return oauthError(400, 'invalid_grant', 'Invalid JWT Signature.');

  const fault = takeFault(ws, 'oauth.token', typeof claims.sub === 'string' ? claims.sub : undefined);
  if (fault) {
    const r = oauthError(fault.status, fault.reason ?? 'internal_failure', fault.message ?? 'Backend Error');
    if (fault.retryAfterSeconds !== undefined) r.headers['Retry-After'] = String(fault.retryAfterSeconds);
    return r;
  }

  const sa = typeof claims.iss === 'string' ? findServiceAccount(ws, claims.iss) : undefined;
  if (!sa || sa.deleted) return oauthError(400, 'invalid_grant', 'Invalid grant: account not found');
  if (sa.disabled) return oauthError(401, 'disabled_client', 'The OAuth client was disabled.');
  if (!verifySignature(sa, header.kid, `${parts[0]}.${parts[1]}`, parts[2])) {
    return oauthError(400, 'invalid_grant', 'Invalid JWT Signature.');
  }
  if (claims.aud !== TOKEN_URL) {
    // [unverified wording] Google rejects other audiences with invalid_grant.
    return oauthError(400, 'invalid_grant', `Invalid JWT: Failed audience check. The right audience is ${TOKEN_URL}`);
  }
  const iat = Number(claims.iat) * 1000;
  const exp = Number(claims.exp) * 1000;
  if (!Number.isFinite(iat) || !Number.isFinite(exp) || exp <= iat || exp - iat > TOKEN_LIFETIME_MS || exp <= at || iat > at + ALLOWED_SKEW_MS) {
    return oauthError(400, 'invalid_grant', SHORT_LIVED_MESSAGE);
  }
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter(Boolean) : [];
  if (scopes.length === 0 || !scopes.every(isKnownScope)) {
    return oauthError(400, 'invalid_scope', 'Invalid OAuth scope or ID token audience provided.');
  }

  let sub: string | undefined;
  if (claims.sub !== undefined && claims.sub !== sa.email) {
    const user = typeof claims.sub === 'string' ? ws.directory.findUser(claims.sub) : undefined;
    // identity/protocols/oauth2/service-account: unknown (or suspended) users answer "Invalid email or User ID".
    if (!user || user.suspended || user.deleted) return oauthError(400, 'invalid_grant', 'Invalid email or User ID');
    const grant = delegationGrant(ws, user.customerId, sa.clientId, at);
    if (!grant || !scopes.every((s) => grant.scopes.includes(s))) {
      return oauthError(401, 'unauthorized_client', UNAUTHORIZED_CLIENT_MESSAGE);
    }
    sub = user.primaryEmail;
  }

  const token = issueServiceAccountToken(
    ws,
    { sub, clientEmail: sa.email, clientId: sa.clientId, projectId: sa.projectId, scopes, expiresAt: at + 3599_000 },
    at,
  );
  return jsonResponse(200, { access_token: token, expires_in: 3599, token_type: 'Bearer' });
}
