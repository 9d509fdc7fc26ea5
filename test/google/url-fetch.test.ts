import { OfflineWorkspace } from '../../sim/workspace';
import { setFetchAllConcurrency } from '../../sim/services/url-fetch';
import { setLatencyModel } from '../../sim/google/latency';
import { addFault } from '../../sim/faults';
import { acme, delegated, scriptProject, SCOPES } from './support';

/** Script-side helpers: mint a delegated token with Utilities, as the add-on does. */
const LIB = `
function b64(s) { return Utilities.base64EncodeWebSafe(s).replace(/=+$/, ''); }
function mint(key, sub, scope) {
  var now = Math.floor(Date.now() / 1000);
  var input = b64(JSON.stringify({alg: 'RS256', typ: 'JWT', kid: key.private_key_id})) + '.' +
    b64(JSON.stringify({iss: key.client_email, sub: sub, scope: scope, aud: 'https://oauth2.googleapis.com/token', iat: now, exp: now + 3600}));
  var sig = Utilities.base64EncodeWebSafe(Utilities.computeRsaSha256Signature(input, key.private_key)).replace(/=+$/, '');
  var r = UrlFetchApp.fetch('https://oauth2.googleapis.com/token', {method: 'post', payload: {grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: input + '.' + sig}, muteHttpExceptions: true});
  return JSON.parse(r.getContentText());
}
function sendAs(token, user) {
  return UrlFetchApp.fetch('https://gmail.googleapis.com/gmail/v1/users/' + user + '/settings/sendAs', {headers: {Authorization: 'Bearer ' + token}, muteHttpExceptions: true});
}
`;

function setup(code: string, manifest: Record<string, unknown> = {}) {
  const ws = acme();
  const d = delegated(ws);
  const p = scriptProject(ws, LIB + code, manifest);
  const run = (fn: string, event?: unknown) => ws.run(p, fn, { user: 'admin@acme.example', event });
  return { ws, d, p, run };
}

describe('UrlFetchApp against the emulated Google endpoints', () => {
  it('mints a delegated token in script and lists the user\'s send-as addresses', () => {
    const { d, run } = setup(`
      function go(e) {
        var t = mint(e.key, 'ada@acme.example', '${SCOPES.settingsBasic}');
        var r = sendAs(t.access_token, 'ada@acme.example');
        return {code: r.getResponseCode(), body: JSON.parse(r.getContentText()), type: r.getHeaders()['Content-Type']};
      }`);
    const r = run('go', { key: d.key });
    expect(r.error).toBeUndefined();
    const v = r.value as { code: number; body: { sendAs: Array<{ sendAsEmail: string; isPrimary?: boolean }> }; type: string };
    expect(v.code).toBe(200);
    expect(v.type).toMatch(/^application\/json/);
    expect(v.body.sendAs.map((s) => s.sendAsEmail)).toEqual(['ada@acme.example', 'ada.l@acme.example']);
    expect(r.execution.counters.get('urlfetch.calls')).toBe(2);
    expect(r.execution.counters.get('quota.gmail.ada@acme.example')).toBe(1);
    expect(r.execution.elapsed()).toBeGreaterThan(100);
  });

  it('throws Apps Script\'s "Request failed for … returned code" unless muteHttpExceptions', () => {
    const { run } = setup(`function go() { UrlFetchApp.fetch('https://gmail.googleapis.com/gmail/v1/users/me/settings/sendAs'); }`);
    const r = run('go');
    expect(r.error).toMatch(/^Request failed for https:\/\/gmail\.googleapis\.com returned code 401\. Truncated server response: \{/);
    expect(r.error).toMatch(/\(use muteHttpExceptions option to examine full response\)$/);
  });

  it('refuses URLs outside the manifest\'s urlFetchWhitelist, and unknown hosts fail like DNS', () => {
    const { run } = setup(`
      function notListed() { UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/files?q=x'); }
      function unknown() { UrlFetchApp.fetch('https://api.example.invalid/x'); }`,
      { urlFetchWhitelist: ['https://www.googleapis.com/drive/', 'https://api.example.invalid/'] },
    );
    const listed = setup(`function notListed() { UrlFetchApp.fetch('https://www.googleapis.com/batch/other'); }`);
    expect(listed.run('notListed').error).toBe('Request to https://www.googleapis.com/batch/other failed because the URL has not been whitelisted in the script manifest.');
    expect(run('unknown').error).toBe('DNS error: https://api.example.invalid/x');
  });

  it('enforces the 2 KB URL limit and the script.external_request scope', () => {
    const long = setup(`function go() { UrlFetchApp.fetch('https://gmail.googleapis.com/gmail/v1/users/me/messages?q=' + new Array(2100).join('a')); }`);
    expect(long.run('go').error).toBe('Limit Exceeded: URLFetch URL Length.');
    const noScope = setup(`function go() { UrlFetchApp.fetch('https://oauth2.googleapis.com/token'); }`, { oauthScopes: ['https://www.googleapis.com/auth/userinfo.email'] });
    expect(noScope.run('go').error).toMatch(/^You do not have permission to call UrlFetchApp\.fetch\. Required permissions: .*script\.external_request$/);
  });

  it('runs fetchAll concurrently: virtual time is the slowest wave, not the sum', () => {
    const { ws, d, run } = setup(`
      function go(e) {
        var t = mint(e.key, 'ada@acme.example', '${SCOPES.settingsBasic}').access_token;
        var t2 = mint(e.key, 'bob@acme.example', '${SCOPES.settingsBasic}').access_token;
        var start = Date.now();
        var reqs = [];
        for (var i = 0; i < 4; i++) reqs.push({url: 'https://gmail.googleapis.com/gmail/v1/users/me/settings/sendAs', headers: {Authorization: 'Bearer ' + (i % 2 ? t : t2)}});
        var rs = UrlFetchApp.fetchAll(reqs);
        return {ms: Date.now() - start, codes: rs.map(function (r) { return r.getResponseCode(); }), isArray: Array.isArray(rs)};
      }`);
    setLatencyModel(ws, { endpoints: { 'gmail.sendAs.list': { baseMs: 100 } } });
    const v = run('go', { key: d.key }).value as { ms: number; codes: number[]; isArray: boolean };
    expect(v).toEqual({ ms: 100, codes: [200, 200, 200, 200], isArray: true });
    setFetchAllConcurrency(ws, 2);
    expect((run('go', { key: d.key }).value as { ms: number }).ms).toBe(200);
  });

  it('answers 429 "Too many concurrent requests for user" past five parallel calls for one user', () => {
    const { d, run } = setup(`
      function go(e) {
        var t = mint(e.key, 'ada@acme.example', '${SCOPES.settingsBasic}').access_token;
        var reqs = [];
        for (var i = 0; i < 7; i++) reqs.push({url: 'https://gmail.googleapis.com/gmail/v1/users/me/settings/sendAs', headers: {Authorization: 'Bearer ' + t}, muteHttpExceptions: true});
        return UrlFetchApp.fetchAll(reqs).map(function (r) { return r.getResponseCode() + ' ' + (r.getResponseCode() == 429 ? JSON.parse(r.getContentText()).error.message : ''); });
      }`);
    const codes = run('go', { key: d.key }).value as string[];
    expect(codes.slice(0, 5).every((c) => c.startsWith('200'))).toBe(true);
    expect(codes.slice(5)).toEqual(['429 Too many concurrent requests for user.', '429 Too many concurrent requests for user.']);
  });

  it('counts calls per user per day and stops at 100,000', () => {
    const { ws, run } = setup(`function go() { UrlFetchApp.fetch('https://oauth2.googleapis.com/token', {muteHttpExceptions: true}); }`);
    ws.state<{ daily: Record<string, { windowStart: number; count: number }> }>('urlfetch', () => ({ daily: {} })).daily['admin@acme.example'] = {
      windowStart: ws.clock.now(),
      count: 100_000,
    };
    expect(run('go').error).toBe('Service invoked too many times for one day: urlfetch.');
    ws.advance(86_400_000);
    expect(run('go').error).toBeUndefined();
  });

  it('turns an injected token-endpoint outage into a 5xx the script can read', () => {
    const { ws, d, run } = setup(`function go(e) { return mint(e.key, 'ada@acme.example', '${SCOPES.settingsBasic}'); }`);
    addFault(ws, { match: 'oauth.token', status: 503, nth: [1] });
    expect(run('go', { key: d.key }).value).toEqual({ error: 'internal_failure', error_description: 'Backend Error' });
    expect((run('go', { key: d.key }).value as { token_type: string }).token_type).toBe('Bearer');
  });

  it('getRequest shows what would be sent without sending it', () => {
    const { run } = setup(`function go() { return UrlFetchApp.getRequest('https://oauth2.googleapis.com/token', {method: 'post', payload: {a: 'b c'}}); }`);
    const r = run('go');
    expect(r.value).toMatchObject({ url: 'https://oauth2.googleapis.com/token', method: 'post', payload: 'a=b%20c', contentType: 'application/x-www-form-urlencoded' });
    expect(r.execution.counters.get('urlfetch.calls')).toBe(0);
  });
});

void OfflineWorkspace;
