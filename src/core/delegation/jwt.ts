/**
 * The JWT a service account signs to get an access token for one user
 * (identity/protocols/oauth2/service-account#authorizingrequests): header {alg RS256, typ JWT}; claims iss, sub,
 * scope, aud, iat, exp (at most one hour after iat). Signing needs Apps Script (`Utilities`), so this module only
 * builds and assembles; the adapter signs.
 */
import { jwtScopeClaim } from './scopes';

export const TOKEN_ENDPOINT = 'https://oauth2.googleapis.com/token';
export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** "The expiration time of the assertion … maximum of 1 hour after the issued time." */
export const MAX_ASSERTION_LIFETIME_S = 3600;

export interface JwtHeader {
  alg: 'RS256';
  typ: 'JWT';
  /** The key's id, so Google can pick the right public key without trying each. */
  kid?: string;
}

export interface JwtClaims {
  iss: string;
  sub: string;
  scope: string;
  aud: string;
  iat: number;
  exp: number;
}

export interface ClaimsInput {
  clientEmail: string;
  subject: string;
  scopes: readonly string[];
  nowMs: number;
  /** Defaults to the maximum Google allows. */
  lifetimeS?: number;
}

export function buildJwtClaims(input: ClaimsInput): JwtClaims {
  const iat = Math.floor(input.nowMs / 1000);
  const lifetime = Math.min(input.lifetimeS ?? MAX_ASSERTION_LIFETIME_S, MAX_ASSERTION_LIFETIME_S);
  return {
    iss: input.clientEmail,
    sub: input.subject,
    scope: jwtScopeClaim(input.scopes),
    aud: TOKEN_ENDPOINT,
    iat,
    exp: iat + lifetime,
  };
}

export function jwtHeader(keyId?: string): JwtHeader {
  return keyId ? { alg: 'RS256', typ: 'JWT', kid: keyId } : { alg: 'RS256', typ: 'JWT' };
}

/** `base64url(header) + "." + base64url(claims)`: the bytes that get signed. */
export function signingInput(header: JwtHeader, claims: JwtClaims, base64Url: (text: string) => string): string {
  return `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}`;
}

/** The form body POSTed to the token endpoint. */
export function tokenRequestBody(assertion: string): string {
  return `grant_type=${encodeURIComponent(JWT_BEARER_GRANT)}&assertion=${encodeURIComponent(assertion)}`;
}

/** JWT segments are base64url without padding (RFC 7515 §2). */
export function stripPadding(b64: string): string {
  return b64.replace(/=+$/, '');
}
