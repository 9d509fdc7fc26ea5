/**
 * The built bundle in the offline Workspace, against the emulated token endpoint and Gmail: every linkage status
 * reached through a real protocol failure, the setup card, a customer's own key, and no key material anywhere.
 */
import { addFault } from '../../sim/faults';
import {
  createServiceAccount,
  createServiceAccountKey,
  deleteServiceAccountKey,
  grantDelegation,
  revokeDelegation,
} from '../../sim/google/registry';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { action, ADMIN, CUSTOMER, linkageRows, shown, statusOf, world } from './world';
import { keyFragments } from './support';

describe('the Connection card in the offline Workspace', () => {
  it('checks every employee and sorts them into OK, Authentication error and Linkage error with reasons', () => {
    const w = world();
    const r = action(w, 'connection.recheck');
    expect(r.error).toBeUndefined();
    expect(shown(r)).toContain('Checked 6 users.');
    expect(statusOf(w)).toEqual({
      'admin@acme.example': 'ok',
      'ada@acme.example': 'ok',
      'bob@acme.example': 'ok',
      'sam@acme.example': 'authentication_error/user',
      // An employee row the directory no longer has: Autograph does not act as it at all (no token is minted).
      'ghost@acme.example': 'unauthorized/membership',
      'room@acme.example': 'linkage_error/mailbox',
    });
    const card = shown(r);
    expect(card).toContain('Connected: 3');
    expect(card).toContain('Google refused the key or the user: 1');
    expect(card).toContain('Not authorised in the Admin console: 1');
    expect(card).toContain('Can\'t write to Gmail: 1');
    expect(card).not.toContain('Linkage error');
  });

  it('says Unauthorized, with the client id and scopes to paste, when delegation is revoked', () => {
    const w = world();
    const clientId = w.publisher.client_id;
    revokeDelegation(w.ws, CUSTOMER, clientId);
    action(w, 'connection.recheck');
    const rows = linkageRows(w);
    const ada = rows.find((x) => x.email === 'ada@acme.example')!;
    expect(ada.status).toBe('unauthorized');
    expect(ada.fix).toContain(`client id ${clientId}`);
    expect(ada.fix).toContain(DELEGATION_SCOPES.join(','));
    expect(ada.googleAnswer).toContain('unauthorized_client');
    const userCard = shown(action(w, 'connection.user', { params: { email: 'ada@acme.example' } }));
    expect(userCard).toContain('Domain-wide delegation');
  });

  it('says Unauthorized when a scope Autograph needs is missing from the grant', () => {
    const w = world({ grant: false });
    grantDelegation(w.ws, CUSTOMER, w.publisher.client_id, ['https://www.googleapis.com/auth/gmail.readonly']);
    action(w, 'connection.recheck');
    expect(statusOf(w)['bob@acme.example']).toBe('unauthorized/delegation');
  });

  it('says Authentication error (key) once the key is deleted, though tokens minted before are still cached', () => {
    const w = world();
    action(w, 'connection.recheck');
    expect(statusOf(w)['ada@acme.example']).toBe('ok');
    deleteServiceAccountKey(w.ws, w.publisher.client_email, w.publisher.private_key_id);
    action(w, 'connection.recheck');
    expect(statusOf(w)['ada@acme.example']).toBe('authentication_error/key');
  });

  it('says Authentication error (clock) when Google finds the token request outside its time window', () => {
    const w = world();
    // The offline Workspace has one clock for Apps Script and Google; the skew is injected at the token endpoint.
    addFault(w.ws, {
      match: 'oauth.token',
      status: 400,
      reason: 'invalid_grant',
      message: 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
      user: 'bob@acme.example',
      rate: 1,
    });
    action(w, 'connection.recheck');
    expect(statusOf(w)['bob@acme.example']).toBe('authentication_error/clock');
    expect(statusOf(w)['ada@acme.example']).toBe('ok');
  });

  it('retries an outage, then says Linkage error; a short outage is ridden out', () => {
    const w = world();
    addFault(w.ws, { match: 'gmail', status: 503, reason: 'backendError', message: 'Backend Error', user: 'ada@acme.example', rate: 1 });
    addFault(w.ws, { match: 'gmail', status: 503, reason: 'backendError', message: 'Backend Error', user: 'bob@acme.example', nth: [1, 2] });
    const r = action(w, 'connection.recheck');
    expect(r.error).toBeUndefined();
    expect(statusOf(w)['ada@acme.example']).toBe('linkage_error/outage');
    expect(statusOf(w)['bob@acme.example']).toBe('ok');
  });

  it('refuses the Connection routes to a non-admin, whatever the card showed', () => {
    const w = world();
    const r = action(w, 'connection.recheck', { user: 'ada@acme.example' });
    expect(shown(r)).toContain('Only an administrator');
    expect(linkageRows(w)).toEqual([]);
  });
});

describe('setting up the connection', () => {
  it('shows the publisher\'s client id and the exact comma-separated scopes to paste', () => {
    const w = world();
    const card = shown(action(w, 'connection.setup'));
    expect(card).toContain(w.publisher.client_id);
    expect(card).toContain(DELEGATION_SCOPES.join(','));
    expect(card).toContain('cannot upload files');
  });

  it('checks and stores a customer\'s own key, encrypted, then uses it', () => {
    const w = world();
    const own = createServiceAccountKey(w.ws, createServiceAccount(w.ws, 'acme-own-project', 'autograph-acme'));
    grantDelegation(w.ws, CUSTOMER, own.client_id, [...DELEGATION_SCOPES]);
    const r = action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own, null, 2), testUser: 'ada@acme.example' } });
    expect(shown(r)).toContain('Key saved');
    const sheet = JSON.stringify(w.ws.state('spreadsheets', () => ({})));
    for (const f of keyFragments(own.private_key)) expect(sheet).not.toContain(f);
    expect(sheet).toContain('sb1.');
    action(w, 'connection.recheck');
    expect(statusOf(w)['bob@acme.example']).toBe('ok');
    expect(shown(action(w, 'connection.open'))).toContain(own.client_email);
  });

  it('stores nothing when the live test fails, and says why', () => {
    const w = world();
    const own = createServiceAccountKey(w.ws, createServiceAccount(w.ws, 'acme-own-project', 'autograph-acme'));
    const r = action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own), testUser: 'ada@acme.example' } });
    expect(shown(r)).toContain('The key was not saved');
    expect(shown(r)).toContain(`client id ${own.client_id}`);
    expect(JSON.stringify(w.ws.state('spreadsheets', () => ({})))).not.toContain('sb1.');
  });

  it('explains an OAuth client file, a truncated key and a key of another type', () => {
    const w = world();
    const oauth = shown(action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify({ installed: { client_id: 'x.apps.googleusercontent.com' } }) } }));
    expect(oauth).toContain('OAuth client ID file');
    const cut = shown(action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(w.publisher).slice(0, 1200) } }));
    expect(cut).toContain('cut short');
    const other = shown(action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify({ type: 'authorized_user', client_id: 'x', refresh_token: 'y' }) } }));
    expect(other).toContain('user credential');
  });
});

describe('switching between the two ways', () => {
  it('goes back to Autograph\'s account, forgets the customer\'s key, and checks the admin on request', () => {
    const w = world();
    const own = createServiceAccountKey(w.ws, createServiceAccount(w.ws, 'acme-own-project', 'autograph-acme'));
    grantDelegation(w.ws, CUSTOMER, own.client_id, [...DELEGATION_SCOPES]);
    action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own), testUser: 'ada@acme.example' } });
    expect(JSON.stringify(w.ws.state('spreadsheets', () => ({})))).toContain('sb1.');
    const back = shown(action(w, 'connection.usePublisher'));
    expect(back).toContain('Autograph\'s service account is now used');
    expect(JSON.stringify(w.ws.state('spreadsheets', () => ({})))).not.toContain('sb1.');
    const self = shown(action(w, 'connection.checkSelf'));
    expect(self).toContain('Connected: Autograph can act as this user');
    expect(shown(action(w, 'connection.open'))).toContain(w.publisher.client_email);
  });

  it('says a sealed key that was tampered with cannot be decrypted, and how to recover', () => {
    const w = world();
    const own = createServiceAccountKey(w.ws, createServiceAccount(w.ws, 'acme-own-project', 'autograph-acme'));
    grantDelegation(w.ws, CUSTOMER, own.client_id, [...DELEGATION_SCOPES]);
    action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own), testUser: 'ada@acme.example' } });
    const files = w.ws.state<{ files: Record<string, { sheets: Array<{ name: string; values: unknown[][] }> }> }>('spreadsheets', () => ({ files: {} })).files;
    const secrets = Object.values(files)[0].sheets.find((s) => s.name === '_secrets')!;
    const sealed = String(secrets.values[0][1]);
    secrets.values[0][1] = sealed.slice(0, -12) + (sealed.slice(-12, -11) === 'A' ? 'B' : 'A') + sealed.slice(-11);
    const card = shown(action(w, 'connection.open'));
    expect(card).toContain('cannot be decrypted');
    expect(card).toContain('Upload the key file again');
  });
});

describe('keys never leak', () => {
  it('appear in no card, log line or error of a whole session', () => {
    const w = world();
    const own = createServiceAccountKey(w.ws, createServiceAccount(w.ws, 'acme-own-project', 'autograph-acme'));
    grantDelegation(w.ws, CUSTOMER, own.client_id, [...DELEGATION_SCOPES]);
    action(w, 'connection.setup');
    action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own).slice(0, 1500) } });
    action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify({ ...own, private_key: own.private_key.slice(0, 900) }) } });
    action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own), testUser: 'ghost@acme.example' } });
    action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own), testUser: 'ada@acme.example' } });
    action(w, 'connection.recheck');
    action(w, 'connection.open');
    action(w, 'connection.status', { params: { status: 'authentication_error' } });
    action(w, 'connection.user', { params: { email: 'sam@acme.example' } });
    deleteServiceAccountKey(w.ws, own.client_email, own.private_key_id);
    const after = action(w, 'connection.recheck');
    expect(shown(after)).toContain('Google refused the key or the user: 5');
    expect(shown(after)).toContain('Not authorised in the Admin console: 1');
    action(w, 'connection.setup');
    const everything = [...w.seen, ...w.ws.logs.map((l) => l.text), ...w.ws.executions.map((e) => e.error ?? '')].join('\n');
    expect(everything.length).toBeGreaterThan(1000);
    for (const key of [own.private_key, w.publisher.private_key]) {
      for (const f of keyFragments(key)) expect(everything).not.toContain(f);
    }
    expect(everything).not.toMatch(/-----BEGIN PRIVATE KEY-----\s*[A-Za-z0-9+/]{16}/);
    expect(everything).not.toMatch(/ya29\.|Bearer /);
  });
});

void ADMIN;
