import type { gmail_v1 } from '@googleapis/gmail';
import { GoogleRequest } from '../../sim/google/http';
import { routeGoogleRequest } from '../../sim/google/router';
import { deliverMessage } from '../../sim/google/mailbox';
import { setTrafficLimits } from '../../sim/google/traffic';
import { addFault } from '../../sim/faults';
import { userTokenState } from '../../sim/google/access-tokens';
import { acme, assertion, delegated, SCOPES, tokenForm } from './support';

type WS = ReturnType<typeof acme>;

function call(ws: WS, method: string, url: string, token?: string, body = '') {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const req: GoogleRequest = { method, url, headers, body };
  const r = routeGoogleRequest(ws, req, ws.clock.now());
  if (r.kind !== 'response') throw new Error('unrouted');
  ws.clock.set(ws.clock.now() + r.latencyMs);
  return { status: r.response.status, json: JSON.parse(r.response.body), headers: r.response.headers };
}

function tokenFor(ws: WS, key: ReturnType<typeof delegated>['key'], sub: string, scope = `${SCOPES.settingsBasic} ${SCOPES.readonly}`): string {
  const now = Math.floor(ws.clock.now() / 1000);
  return call(ws, 'POST', 'https://oauth2.googleapis.com/token', undefined, tokenForm(assertion(key, { sub, scope, iat: now, exp: now + 3600 }))).json.access_token;
}

const SEND_AS = (u: string, alias = '') => `https://gmail.googleapis.com/gmail/v1/users/${u}/settings/sendAs${alias ? '/' + alias : ''}`;

describe('Gmail REST: users.settings.sendAs', () => {
  const ws = acme();
  const { key } = delegated(ws);
  const ada = tokenFor(ws, key, 'ada@acme.example');

  it('stores a sanitised signature and returns it, typed as Google\'s SendAs', () => {
    const html = '<div style="color:#333;position:fixed" onmouseover="steal()">Ada <script>x()</script><a href="javascript:alert(1)">bad</a> <a href="https://acme.example">Acme</a></div>';
    const r = call(ws, 'PATCH', SEND_AS('me', 'ada@acme.example'), ada, JSON.stringify({ signature: html }));
    expect(r.status).toBe(200);
    const sendAs: gmail_v1.Schema$SendAs = r.json;
    expect(sendAs.signature).toBe('<div style="color:#333">Ada <a>bad</a> <a href="https://acme.example">Acme</a></div>');
    expect(sendAs.isPrimary).toBe(true);
    const back: gmail_v1.Schema$SendAs = call(ws, 'GET', SEND_AS('ada@acme.example', 'ada@acme.example'), ada).json;
    expect(back.signature).toBe(sendAs.signature);
  });

  it('refuses signatures over 10,000 characters with Google\'s message', () => {
    const r = call(ws, 'PATCH', SEND_AS('me', 'ada@acme.example'), ada, JSON.stringify({ signature: 'x'.repeat(10_001) }));
    expect(r.status).toBe(400);
    expect(r.json.error.message).toBe('Signature exceeds maximum length of 10000 characters');
  });

  it('answers 403 "Delegation denied for …" when the token belongs to another user', () => {
    const r = call(ws, 'GET', SEND_AS('bob@acme.example'), ada);
    expect(r.status).toBe(403);
    expect(r.json.error).toMatchObject({ code: 403, message: 'Delegation denied for ada@acme.example', errors: [{ reason: 'forbidden', domain: 'global' }] });
  });

  it('answers 400 failedPrecondition "Mail service not enabled" for a user without a mailbox', () => {
    const room = tokenFor(ws, key, 'room@acme.example');
    const r = call(ws, 'GET', SEND_AS('me'), room);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ message: 'Mail service not enabled', errors: [{ reason: 'failedPrecondition' }] });
  });

  it('answers 404 for an address that is not one of the user\'s', () => {
    expect(call(ws, 'GET', SEND_AS('me', 'other@acme.example'), ada).json.error).toMatchObject({ code: 404, status: 'NOT_FOUND' });
  });

  it('needs a settings scope to write, and a valid token at all', () => {
    const readOnly = tokenFor(ws, key, 'ada@acme.example', SCOPES.readonly);
    const r = call(ws, 'PATCH', SEND_AS('me', 'ada@acme.example'), readOnly, '{"signature":"x"}');
    expect(r.status).toBe(403);
    expect(r.json.error.message).toBe('Request had insufficient authentication scopes.');
    expect(call(ws, 'GET', SEND_AS('me'), 'ya29.bogus').status).toBe(401);
    ws.advance(3600_000);
    expect(call(ws, 'GET', SEND_AS('me'), ada).json.error.errors[0].reason).toBe('authError');
  });

  it('lets only delegated service accounts change an alias; a user token gets 403', () => {
    userTokenState(ws)['user-token-ada'] = { email: 'ada@acme.example', scopes: [SCOPES.settingsBasic], expiresAt: ws.clock.now() + 3600_000 };
    expect(call(ws, 'PATCH', SEND_AS('me', 'ada@acme.example'), 'user-token-ada', '{"signature":"mine"}').status).toBe(200);
    expect(call(ws, 'PATCH', SEND_AS('me', 'ada.l@acme.example'), 'user-token-ada', '{"signature":"alias"}').status).toBe(403);
    const fresh = tokenFor(ws, key, 'ada@acme.example');
    expect(call(ws, 'PATCH', SEND_AS('me', 'ada.l@acme.example'), fresh, '{"signature":"alias"}').json.signature).toBe('alias');
  });

  it('counts 100 units a patch and answers 429 with Retry-After past 15,000 a minute', () => {
    const w = acme();
    const d = delegated(w);
    const t = tokenFor(w, d.key, 'bob@acme.example');
    w.clock.set(Math.ceil(w.clock.now() / 60_000) * 60_000);
    setTrafficLimits(w, { unitsPerUserPerMinute: 300 });
    const codes = [1, 2, 3, 4].map(() => call(w, 'PATCH', SEND_AS('me', 'bob@acme.example'), t, '{"signature":"s"}'));
    expect(codes.map((c) => c.status)).toEqual([200, 200, 200, 429]);
    expect(codes[3].json.error.errors[0].reason).toBe('rateLimitExceeded');
    expect(Number(codes[3].headers['Retry-After'])).toBeGreaterThan(0);
  });

  it('passes injected outages through as 5xx backendError', () => {
    const w = acme();
    const d = delegated(w);
    const t = tokenFor(w, d.key, 'bob@acme.example');
    addFault(w, { match: 'gmail.sendAs.patch', status: 503, nth: [1] });
    const r = call(w, 'PATCH', SEND_AS('me', 'bob@acme.example'), t, '{"signature":"s"}');
    expect(r.status).toBe(503);
    expect(r.json.error.errors[0].reason).toBe('backendError');
  });
});

describe('Gmail REST: users.messages', () => {
  const ws = acme();
  const { key } = delegated(ws);
  const DAY = 86_400_000;
  const t0 = ws.clock.now();
  deliverMessage(ws, 'ada@acme.example', { from: 'Zoe Vendor <zoe@vendor.example>', subject: 'Old offer', text: 'Hello\n--\nZoe', at: t0 - 10 * DAY });
  const recent = deliverMessage(ws, 'ada@acme.example', {
    from: 'Yann <yann@partner.example>',
    subject: 'Grüße',
    text: 'Hi Ada\n--\nYann Partner\n+49 30 1234',
    html: '<p>Hi Ada</p><div>Yann Partner<br>+49 30 1234</div>',
    at: t0 - DAY,
  });
  deliverMessage(ws, 'ada@acme.example', { from: 'news@list.example', subject: 'Weekly', text: 'News', headers: { 'List-Id': '<weekly.list.example>', Precedence: 'bulk' }, at: t0 - 2 * DAY });
  const token = tokenFor(ws, key, 'ada@acme.example');
  const LIST = 'https://gmail.googleapis.com/gmail/v1/users/me/messages';

  it('lists newest first with q operators and pages with pageToken', () => {
    const all: gmail_v1.Schema$ListMessagesResponse = call(ws, 'GET', `${LIST}?maxResults=2`, token).json;
    expect(all.messages).toHaveLength(2);
    expect(all.messages![0].id).toBe(recent);
    expect(all.resultSizeEstimate).toBe(3);
    const next: gmail_v1.Schema$ListMessagesResponse = call(ws, 'GET', `${LIST}?maxResults=2&pageToken=${all.nextPageToken}`, token).json;
    expect(next.messages).toHaveLength(1);
    expect(next.nextPageToken).toBeUndefined();
    const q = encodeURIComponent('newer_than:7d -from:news@list.example in:inbox');
    const hits: gmail_v1.Schema$ListMessagesResponse = call(ws, 'GET', `${LIST}?q=${q}`, token).json;
    expect(hits.messages!.map((m) => m.id)).toEqual([recent]);
  });

  it('gets a message in full, metadata, minimal and raw formats', () => {
    const full: gmail_v1.Schema$Message = call(ws, 'GET', `${LIST}/${recent}?format=full`, token).json;
    expect(full.payload!.mimeType).toBe('multipart/alternative');
    const text = full.payload!.parts!.find((p) => p.mimeType === 'text/plain')!;
    expect(Buffer.from(text.body!.data!, 'base64url').toString('utf8')).toContain('Yann Partner');
    expect(full.payload!.headers!.find((h) => h.name === 'Subject')!.value).toBe('=?UTF-8?B?R3LDvMOfZQ==?=');
    expect(full.internalDate).toBe(String(t0 - DAY));
    const meta: gmail_v1.Schema$Message = call(ws, 'GET', `${LIST}/${recent}?format=metadata&metadataHeaders=From&metadataHeaders=List-Id`, token).json;
    expect(meta.payload!.headers).toEqual([{ name: 'From', value: 'Yann <yann@partner.example>' }]);
    const minimal: gmail_v1.Schema$Message = call(ws, 'GET', `${LIST}/${recent}?format=minimal`, token).json;
    expect(minimal.payload).toBeUndefined();
    const raw: gmail_v1.Schema$Message = call(ws, 'GET', `${LIST}/${recent}?format=raw`, token).json;
    expect(Buffer.from(raw.raw!, 'base64url').toString('utf8')).toMatch(/^From: Yann <yann@partner\.example>/);
  });

  it('costs 5 quota units per call and 404s unknown ids', () => {
    const r = routeGoogleRequest(ws, { method: 'GET', url: `${LIST}/${recent}`, headers: { authorization: `Bearer ${token}` }, body: '' }, ws.clock.now());
    expect(r.kind === 'response' && r.calls).toEqual([{ endpoint: 'gmail.messages.get', status: 200, quotaUser: 'ada@acme.example', units: 5 }]);
    expect(call(ws, 'GET', `${LIST}/ffffffffffffffff`, token).status).toBe(404);
  });
});

describe('Gmail REST: tokens of users who change', () => {
  it('answers 401 once the token\'s user is suspended', () => {
    const ws = acme();
    const { key } = delegated(ws);
    const t = tokenFor(ws, key, 'bob@acme.example');
    expect(call(ws, 'GET', SEND_AS('me'), t).status).toBe(200);
    ws.user('bob@acme.example').suspended = true;
    expect(call(ws, 'GET', SEND_AS('me'), t).status).toBe(401);
  });

  it('answers 400 failedPrecondition to a service account calling without a subject', () => {
    const ws = acme();
    const { key } = delegated(ws);
    const now = Math.floor(ws.clock.now() / 1000);
    const own = call(ws, 'POST', 'https://oauth2.googleapis.com/token', undefined, tokenForm(assertion(key, { scope: SCOPES.settingsBasic, iat: now, exp: now + 600 }))).json.access_token;
    const r = call(ws, 'GET', SEND_AS('me'), own);
    expect(r.status).toBe(400);
    expect(r.json.error.message).toBe('Precondition check failed.');
  });
});
