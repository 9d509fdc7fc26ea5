import { GoogleRequest } from '../../sim/google/http';
import { routeGoogleRequest } from '../../sim/google/router';
import { deleteServiceAccountKey, disableServiceAccountKey, revokeDelegation, setServiceAccountDisabled, createServiceAccountKey, findServiceAccount } from '../../sim/google/registry';
import { acme, assertion, CUSTOMER, delegated, SCOPES, tokenForm } from './support';

const TOKEN = 'https://oauth2.googleapis.com/token';

function post(ws: ReturnType<typeof acme>, body: string) {
  const req: GoogleRequest = { method: 'POST', url: TOKEN, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body };
  const r = routeGoogleRequest(ws, req, ws.clock.now());
  if (r.kind !== 'response') throw new Error('unrouted');
  return { status: r.response.status, json: JSON.parse(r.response.body) };
}

const now = (ws: ReturnType<typeof acme>) => Math.floor(ws.clock.now() / 1000);

describe('token endpoint (JWT bearer, domain-wide delegation)', () => {
  const ws = acme();
  const { key, clientId } = delegated(ws);
  const claims = (extra: Record<string, unknown> = {}) => ({ sub: 'ada@acme.example', scope: SCOPES.settingsBasic, iat: now(ws), exp: now(ws) + 3600, ...extra });

  it('issues a one-hour Bearer token to a delegated service account', () => {
    const r = post(ws, tokenForm(assertion(key, claims())));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ access_token: expect.stringMatching(/^ya29\./), expires_in: 3599, token_type: 'Bearer' });
  });

  it('hands out a key file in Google\'s format with a PKCS#8 key and a 21-digit client id', () => {
    expect(key.type).toBe('service_account');
    expect(key.client_id).toMatch(/^\d{21}$/);
    expect(key.private_key).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(key.token_uri).toBe(TOKEN);
    expect(JSON.stringify(findServiceAccount(ws, key.client_email))).not.toContain('PRIVATE KEY');
  });

  it('answers "Invalid JWT Signature." when signed with another key', () => {
    const other = createServiceAccountKey(ws, key.client_email);
    const r = post(ws, tokenForm(assertion(key, claims(), { signWith: other.private_key })));
    expect(r).toEqual({ status: 400, json: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } });
  });

  it('rejects a user Google does not know, or a suspended one, as "Invalid email or User ID"', () => {
    for (const sub of ['nobody@acme.example', 'sam@acme.example']) {
      expect(post(ws, tokenForm(assertion(key, claims({ sub }))))).toEqual({
        status: 400,
        json: { error: 'invalid_grant', error_description: 'Invalid email or User ID' },
      });
    }
  });

  it('rejects tokens living longer than an hour, expired, or issued in the future', () => {
    for (const c of [claims({ exp: now(ws) + 3601 }), claims({ iat: now(ws) - 7200, exp: now(ws) - 3600 }), claims({ iat: now(ws) + 3600, exp: now(ws) + 7200 })]) {
      const r = post(ws, tokenForm(assertion(key, c)));
      expect(r.status).toBe(400);
      expect(r.json.error).toBe('invalid_grant');
      expect(r.json.error_description).toMatch(/^Invalid JWT: Token must be a short-lived token \(60 minutes\)/);
    }
  });

  it('answers unauthorized_client (401) when a requested scope is not delegated', () => {
    const r = post(ws, tokenForm(assertion(key, claims({ scope: `${SCOPES.settingsBasic} https://www.googleapis.com/auth/gmail.modify` }))));
    expect(r.status).toBe(401);
    expect(r.json).toEqual({
      error: 'unauthorized_client',
      error_description: 'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
    });
  });

  it('answers invalid_scope without any scope', () => {
    expect(post(ws, tokenForm(assertion(key, claims({ scope: '' }))))).toEqual({
      status: 400,
      json: { error: 'invalid_scope', error_description: 'Invalid OAuth scope or ID token audience provided.' },
    });
  });

  it('stops working for a disabled, then deleted key, and for a disabled account', () => {
    const ws2 = acme();
    const d = delegated(ws2);
    const form = () => tokenForm(assertion(d.key, { sub: 'ada@acme.example', scope: SCOPES.settingsBasic, iat: now(ws2), exp: now(ws2) + 600 }));
    disableServiceAccountKey(ws2, d.key.client_email, d.key.private_key_id);
    expect(post(ws2, form()).json.error_description).toBe('Invalid JWT Signature.');
    deleteServiceAccountKey(ws2, d.key.client_email, d.key.private_key_id);
    expect(post(ws2, form()).json.error_description).toBe('Invalid JWT Signature.');
    const fresh = createServiceAccountKey(ws2, d.key.client_email);
    setServiceAccountDisabled(ws2, d.key.client_email, true);
    const r = post(ws2, tokenForm(assertion(fresh, { sub: 'ada@acme.example', scope: SCOPES.settingsBasic, iat: now(ws2), exp: now(ws2) + 600 })));
    expect(r).toEqual({ status: 401, json: { error: 'disabled_client', error_description: 'The OAuth client was disabled.' } });
  });

  it('refuses once the admin revokes delegation', () => {
    const ws3 = acme();
    const d = delegated(ws3);
    revokeDelegation(ws3, CUSTOMER, d.clientId);
    const r = post(ws3, tokenForm(assertion(d.key, { sub: 'bob@acme.example', scope: SCOPES.settingsBasic, iat: now(ws3), exp: now(ws3) + 600 })));
    expect(r.json.error).toBe('unauthorized_client');
    expect(clientId).toMatch(/^\d{21}$/);
  });
});

describe('registry state', () => {
  it('survives saveState/loadState: the same key still mints tokens afterwards', () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const path = require('node:path') as typeof import('node:path');
    const { makeTempDir } = require('../support/temp-dirs') as typeof import('../support/temp-dirs');
    const { OfflineWorkspace } = require('../../sim/workspace') as typeof import('../../sim/workspace');
    const ws = acme();
    const { key } = delegated(ws);
    const file = path.join(makeTempDir('gstate-'), 'ws.json');
    ws.saveState(file);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('PRIVATE KEY');
    const restored = OfflineWorkspace.loadState(file);
    const r = post(restored, tokenForm(assertion(key, { sub: 'ada@acme.example', scope: SCOPES.settingsBasic, iat: now(restored), exp: now(restored) + 600 })));
    expect(r.status).toBe(200);
  });

  it('applies a delegation grant only after its propagation delay', () => {
    const { grantDelegation, createServiceAccount } = require('../../sim/google/registry') as typeof import('../../sim/google/registry');
    const ws = acme();
    const sa = createServiceAccount(ws, 'late-project', 'late');
    const key = createServiceAccountKey(ws, sa);
    grantDelegation(ws, CUSTOMER, sa.clientId, [SCOPES.settingsBasic], { delayMs: 10 * 60_000 });
    const form = () => tokenForm(assertion(key, { sub: 'ada@acme.example', scope: SCOPES.settingsBasic, iat: now(ws), exp: now(ws) + 600 }));
    expect(post(ws, form()).json.error).toBe('unauthorized_client');
    ws.advance(10 * 60_000);
    expect(post(ws, form()).status).toBe(200);
  });
});
