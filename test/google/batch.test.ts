import { GoogleRequest } from '../../sim/google/http';
import { routeGoogleRequest } from '../../sim/google/router';
import { setTrafficLimits } from '../../sim/google/traffic';
import { acme, assertion, delegated, SCOPES, tokenForm } from './support';

type WS = ReturnType<typeof acme>;

function token(ws: WS, key: ReturnType<typeof delegated>['key'], sub: string): string {
  const now = Math.floor(ws.clock.now() / 1000);
  const req: GoogleRequest = { method: 'POST', url: 'https://oauth2.googleapis.com/token', headers: {}, body: tokenForm(assertion(key, { sub, scope: SCOPES.settingsBasic, iat: now, exp: now + 3600 })) };
  const r = routeGoogleRequest(ws, req, ws.clock.now());
  return r.kind === 'response' ? JSON.parse(r.response.body).access_token : '';
}

/** A batch body as Google's guide shows it (gmail/api/guides/batch). */
function batchBody(parts: Array<{ id: string; line: string; auth?: string; body?: string }>, boundary = 'batch_foobarbaz'): string {
  return (
    parts
      .map((p) =>
        [
          `--${boundary}`,
          'Content-Type: application/http',
          `Content-ID: <${p.id}>`,
          '',
          p.line,
          ...(p.auth ? [`Authorization: Bearer ${p.auth}`] : []),
          ...(p.body ? ['Content-Type: application/json', '', p.body] : ['']),
          '',
        ].join('\r\n'),
      )
      .join('') + `--${boundary}--`
  );
}

function send(ws: WS, body: string, outerAuth?: string) {
  const headers: Record<string, string> = { 'content-type': 'multipart/mixed; boundary=batch_foobarbaz' };
  if (outerAuth) headers.authorization = `Bearer ${outerAuth}`;
  const r = routeGoogleRequest(ws, { method: 'POST', url: 'https://www.googleapis.com/batch/gmail/v1', headers, body }, ws.clock.now());
  if (r.kind !== 'response') throw new Error('unrouted');
  const boundary = /boundary=(\S+)/.exec(r.response.headers['Content-Type'])![1];
  const parts = r.response.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => ({
      contentId: /Content-ID: (\S+)/.exec(p)![1],
      status: Number(/HTTP\/1\.1 (\d+)/.exec(p)![1]),
      json: JSON.parse(p.slice(p.indexOf('\r\n{') + 2)),
    }));
  return { status: r.response.status, parts, latencyMs: r.latencyMs, calls: r.calls };
}

describe('Gmail batch endpoint', () => {
  it('answers parts in order, each with its own Authorization, and counts each call', () => {
    const ws = acme();
    const { key } = delegated(ws);
    const ada = token(ws, key, 'ada@acme.example');
    const bob = token(ws, key, 'bob@acme.example');
    const r = send(
      ws,
      batchBody([
        { id: 'a', line: 'GET /gmail/v1/users/me/settings/sendAs', auth: ada },
        { id: 'b', line: 'PATCH /gmail/v1/users/me/settings/sendAs/bob@acme.example', auth: bob, body: '{"signature":"<b>Bob</b>"}' },
        { id: 'c', line: 'GET /gmail/v1/users/bob@acme.example/settings/sendAs HTTP/1.1' },
      ]),
      ada,
    );
    expect(r.status).toBe(200);
    expect(r.parts.map((p) => [p.contentId, p.status])).toEqual([
      ['<response-a>', 200],
      ['<response-b>', 200],
      ['<response-c>', 403],
    ]);
    expect(r.parts[1].json.signature).toBe('<b>Bob</b>');
    expect(r.parts[2].json.error.message).toBe('Delegation denied for ada@acme.example');
    expect(r.calls.map((c) => c.units)).toEqual([1, 100, 0]);
  });

  it('refuses more than 100 parts', () => {
    const ws = acme();
    const parts = Array.from({ length: 101 }, (_, i) => ({ id: `p${i}`, line: 'GET /gmail/v1/users/me/settings/sendAs' }));
    const r = routeGoogleRequest(ws, { method: 'POST', url: 'https://www.googleapis.com/batch/gmail/v1', headers: { 'content-type': 'multipart/mixed; boundary=batch_foobarbaz' }, body: batchBody(parts) }, ws.clock.now());
    expect(r.kind === 'response' && r.response.status).toBe(400);
  });

  it('runs one user\'s parts together, so more than five hit "Too many concurrent requests for user"', () => {
    const ws = acme();
    const { key } = delegated(ws);
    const ada = token(ws, key, 'ada@acme.example');
    const parts = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, line: 'GET /gmail/v1/users/me/settings/sendAs', auth: ada }));
    const r = send(ws, batchBody(parts));
    expect(r.parts.map((p) => p.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(r.parts[5].json.error.message).toBe('Too many concurrent requests for user.');
    setTrafficLimits(ws, { batchParallelism: 5 });
    ws.advance(10_000);
    expect(send(ws, batchBody(parts)).parts.every((p) => p.status === 200)).toBe(true);
  });
});
