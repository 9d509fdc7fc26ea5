import * as crypto from 'node:crypto';
import type { OfflineWorkspace } from '../workspace';
import { scriptCloudProject } from './api-enablement';

/**
 * Access tokens the emulated Google endpoints accept: those minted by the token endpoint for service accounts
 * (with or without domain-wide delegation) and user tokens from `ScriptApp.getOAuthToken()` (stored by the
 * ScriptApp fake under `oauth.userTokens`).
 */

export interface ServiceAccountToken {
  /** The impersonated user (JWT `sub`), or absent for the service account acting as itself. */
  sub?: string;
  clientEmail: string;
  clientId: string;
  projectId: string;
  scopes: string[];
  expiresAt: number;
}

export interface TokenState {
  issued: number;
  tokens: Record<string, ServiceAccountToken>;
}

/** Written by the ScriptApp fake: `{[token]: {email, scopes, expiresAt}}`. */
export type UserTokenState = Record<string, { email: string; scopes: string[]; expiresAt: number; projectId?: string }>;

/** Who a bearer token speaks for, as the Gmail endpoints see it. */
export interface Principal {
  kind: 'delegated' | 'serviceAccount' | 'user';
  /** The mailbox the token may act on; absent for a service account without `sub`. */
  email?: string;
  scopes: string[];
  /** The Cloud project whose quota the call uses. */
  projectId: string;
  clientEmail?: string;
}

/** Tokens live one hour (identity/protocols/oauth2/service-account: `expires_in` 3599). */
export const TOKEN_LIFETIME_MS = 3600_000;

export function tokenState(ws: OfflineWorkspace): TokenState {
  return ws.state<TokenState>('google.tokens', () => ({ issued: 0, tokens: {} }));
}

export function userTokenState(ws: OfflineWorkspace): UserTokenState {
  return ws.state<UserTokenState>('oauth.userTokens', () => ({}));
}

/** Stores a new token and forgets expired ones, so state stays proportional to live tokens. */
export function issueServiceAccountToken(ws: OfflineWorkspace, t: ServiceAccountToken, now: number): string {
  const st = tokenState(ws);
  const n = st.issued++;
  if (n % 1000 === 0) {
    for (const [k, v] of Object.entries(st.tokens)) if (v.expiresAt < now) delete st.tokens[k];
  }
  // Google's access tokens start with `ya29.`; the rest is opaque.
  const token = 'ya29.' + crypto.createHash('sha256').update(`${ws.seed}|token|${n}`).digest('base64url') + 'Ac';
  st.tokens[token] = t;
  return token;
}

export type Resolved = { ok: true; principal: Principal } | { ok: false; why: 'missing' | 'invalid' | 'expired' };

/** Reads `Authorization: Bearer …` and finds the token, valid at `at`. */
export function resolveBearer(ws: OfflineWorkspace, authorization: string | undefined, at: number): Resolved {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!m) return { ok: false, why: 'missing' };
  const token = m[1];
  const sa = tokenState(ws).tokens[token];
  if (sa) {
    if (sa.expiresAt <= at) return { ok: false, why: 'expired' };
    return {
      ok: true,
      principal: {
        kind: sa.sub ? 'delegated' : 'serviceAccount',
        email: sa.sub,
        scopes: sa.scopes,
        projectId: sa.projectId,
        clientEmail: sa.clientEmail,
      },
    };
  }
  const user = userTokenState(ws)[token];
  if (user) {
    if (user.expiresAt <= at) return { ok: false, why: 'expired' };
    return {
      ok: true,
      // A user token from ScriptApp.getOAuthToken() is billed to the script's Cloud project.
      principal: { kind: 'user', email: user.email, scopes: user.scopes, projectId: scriptCloudProject(ws, user.projectId ?? 'default') },
    };
  }
  return { ok: false, why: 'invalid' };
}
