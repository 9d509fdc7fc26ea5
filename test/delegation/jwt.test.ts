import * as crypto from 'node:crypto';
import { buildJwtClaims, jwtHeader, signingInput, stripPadding, tokenRequestBody, TOKEN_ENDPOINT } from '../../src/core/delegation/jwt';
import { adminConsoleScopeList, DELEGATION_SCOPES, jwtScopeClaim, SCOPE_READONLY, SCOPE_SETTINGS_BASIC } from '../../src/core/delegation/scopes';
import { keyFile } from './support';

const b64url = (t: string) => Buffer.from(t, 'utf8').toString('base64url');

describe('the JWT a service account signs to act as a user', () => {
  const now = Date.UTC(2026, 10, 21, 12, 0, 0, 789);

  it('names the service account, the user, the scopes and Google\'s token endpoint', () => {
    const c = buildJwtClaims({ clientEmail: 'sa@p.iam.gserviceaccount.com', subject: 'ada@acme.example', scopes: [SCOPE_SETTINGS_BASIC], nowMs: now });
    expect(c).toEqual({
      iss: 'sa@p.iam.gserviceaccount.com',
      sub: 'ada@acme.example',
      scope: SCOPE_SETTINGS_BASIC,
      aud: 'https://oauth2.googleapis.com/token',
      iat: Math.floor(now / 1000),
      exp: Math.floor(now / 1000) + 3600,
    });
    expect(TOKEN_ENDPOINT).toBe(c.aud);
  });

  it('never asks for a token living longer than the hour Google allows', () => {
    const c = buildJwtClaims({ clientEmail: 'x@p.iam.gserviceaccount.com', subject: 'a@b.c', scopes: ['s'], nowMs: now, lifetimeS: 7200 });
    expect(c.exp - c.iat).toBe(3600);
  });

  it('joins scopes with spaces for the JWT and with commas for the Admin console', () => {
    expect(jwtScopeClaim([SCOPE_READONLY, SCOPE_SETTINGS_BASIC, SCOPE_READONLY])).toBe(`${SCOPE_READONLY} ${SCOPE_SETTINGS_BASIC}`);
    expect(adminConsoleScopeList()).toBe(
      'https://www.googleapis.com/auth/gmail.settings.basic,https://www.googleapis.com/auth/gmail.readonly',
    );
    expect(DELEGATION_SCOPES).toHaveLength(2);
  });

  it('produces an assertion that verifies with the key\'s public half', () => {
    const { pem } = keyFile();
    const header = jwtHeader('abc123');
    const claims = buildJwtClaims({ clientEmail: 'x@p.iam.gserviceaccount.com', subject: 'a@b.c', scopes: ['s'], nowMs: now });
    const input = signingInput(header, claims, b64url);
    const sig = crypto.sign('RSA-SHA256', Buffer.from(input), pem).toString('base64url');
    const [h, c] = input.split('.');
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'abc123' });
    expect(JSON.parse(Buffer.from(c, 'base64url').toString())).toEqual(claims);
    const pub = crypto.createPublicKey(pem);
    expect(crypto.verify('RSA-SHA256', Buffer.from(input), pub, Buffer.from(sig, 'base64url'))).toBe(true);
  });

  it('posts the assertion with the JWT-bearer grant, form-encoded, and strips base64 padding', () => {
    expect(tokenRequestBody('a.b.c')).toBe('grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=a.b.c');
    expect(stripPadding('YWI=')).toBe('YWI');
    expect(stripPadding('YQ==')).toBe('YQ');
  });
});
