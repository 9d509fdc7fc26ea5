/**
 * Google's own Node clients against the loopback endpoints: `google-auth-library`'s JWT client (domain-wide
 * delegation with `subject`) and `@googleapis/gmail`. The token URL is fixed inside google-auth-library, so the test
 * uses the supported extension point, the client's Gaxios `transporter` with a request interceptor; Gmail calls use
 * the documented `rootUrl` option.
 */
import { JWT } from 'google-auth-library';
import { gmail as gmailClient, gmail_v1 } from '@googleapis/gmail';
import { startGoogleLoopback, GoogleLoopback } from '../../sim/http/loopback';
import { deliverMessage } from '../../sim/google/mailbox';
import { revokeDelegation } from '../../sim/google/registry';
import { OfflineWorkspace } from '../../sim/workspace';
import { acme, CUSTOMER, delegated, scriptProject, SCOPES } from './support';

// Google's clients sign with the machine's clock, so the virtual clock starts at real time here.
const ws = acme(new OfflineWorkspace({ seed: 'fidelity', startAt: Date.now() }));
const d = delegated(ws);
deliverMessage(ws, 'ada@acme.example', { from: 'Yann <yann@partner.example>', subject: 'Offer', text: 'Hi\n--\nYann' });
let loop: GoogleLoopback;
// gaxios loads node-fetch with a dynamic import, which jest's vm cannot do; Node's own fetch is the documented alternative.
const transporterOptions = { fetchImplementation: fetch };

beforeAll(async () => {
  loop = await startGoogleLoopback(ws, { port: 0 });
});
afterAll(async () => {
  await loop.close();
});

function jwtFor(subject: string, scopes = [SCOPES.settingsBasic, SCOPES.readonly]): JWT {
  const client = new JWT({ email: d.key.client_email, key: d.key.private_key, keyId: d.key.private_key_id, scopes, subject, transporterOptions });
  client.transporter.interceptors.request.add({
    resolved: async (config) => {
      const url = String(config.url);
      if (url.startsWith('https://oauth2.googleapis.com/')) config.url = new URL(url.replace('https://oauth2.googleapis.com', loop.url));
      return config;
    },
  });
  return client;
}

// googleapis-common bundles its own copy of google-auth-library; the top-level JWT works with it at run time, only
// the two copies' private fields make TypeScript see different classes.
const api = (auth: JWT) => gmailClient({ version: 'v1', auth: auth as unknown as gmail_v1.Options['auth'], rootUrl: `${loop.url}/` });

/** The same call made from inside the offline Workspace with UrlFetchApp and a token the script mints itself. */
function viaUrlFetch(path: string, method = 'get', payload?: string): { code: number; body: unknown } {
  const p = scriptProject(
    ws,
    `function b64(s) { return Utilities.base64EncodeWebSafe(s).replace(/=+$/, ''); }
     function go(e) {
       var now = Math.floor(Date.now() / 1000);
       var input = b64(JSON.stringify({alg: 'RS256', typ: 'JWT'})) + '.' + b64(JSON.stringify({iss: e.key.client_email, sub: 'ada@acme.example',
         scope: '${SCOPES.settingsBasic} ${SCOPES.readonly}', aud: 'https://oauth2.googleapis.com/token', iat: now, exp: now + 3600}));
       var jwt = input + '.' + b64(Utilities.computeRsaSha256Signature(input, e.key.private_key));
       var tok = JSON.parse(UrlFetchApp.fetch('https://oauth2.googleapis.com/token', {method: 'post', payload: {grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwt}}).getContentText());
       var params = {method: e.method, headers: {Authorization: 'Bearer ' + tok.access_token}, muteHttpExceptions: true};
       if (e.payload) { params.payload = e.payload; params.contentType = 'application/json'; }
       var r = UrlFetchApp.fetch('https://gmail.googleapis.com/gmail/v1/' + e.path, params);
       return {code: r.getResponseCode(), body: JSON.parse(r.getContentText())};
     }`,
  );
  const r = ws.run(p, 'go', { user: 'admin@acme.example', event: { key: d.key, path, method, payload } });
  if (!r.ok) throw new Error(r.error);
  return r.value as { code: number; body: unknown };
}

describe('Google\'s own clients against the emulated endpoints', () => {
  it('exchange a JWT with subject for a token at the token endpoint', async () => {
    const client = jwtFor('ada@acme.example');
    const creds = await client.authorize();
    expect(creds.access_token).toMatch(/^ya29\./);
    expect(creds.token_type).toBe('Bearer');
    expect(creds.expiry_date! - Date.now()).toBeGreaterThan(3500_000);
  });

  it('see the token endpoint\'s error exactly as Google sends it', async () => {
    const w = acme(new OfflineWorkspace({ seed: 'fidelity-2', startAt: Date.now() }));
    const dd = delegated(w);
    revokeDelegation(w, CUSTOMER, dd.clientId);
    const l = await startGoogleLoopback(w);
    const client = new JWT({ email: dd.key.client_email, key: dd.key.private_key, scopes: [SCOPES.settingsBasic], subject: 'ada@acme.example', transporterOptions });
    client.transporter.interceptors.request.add({ resolved: async (c) => ({ ...c, url: new URL(String(c.url).replace('https://oauth2.googleapis.com', l.url)) }) });
    await expect(client.authorize()).rejects.toThrow(/unauthorized_client: Client is unauthorized to retrieve access tokens/);
    await l.close();
  });

  it('patch a signature with @googleapis/gmail and read back what a UrlFetchApp call reads', async () => {
    const g = api(jwtFor('ada@acme.example'));
    const patched = await g.users.settings.sendAs.patch({
      userId: 'me',
      sendAsEmail: 'ada@acme.example',
      requestBody: { signature: '<b>Ada</b><img src="x" onerror="alert(1)">' },
    });
    const sendAs: gmail_v1.Schema$SendAs = patched.data;
    expect(sendAs.signature).toBe('<b>Ada</b><img src="x" />');
    const list = await g.users.settings.sendAs.list({ userId: 'ada@acme.example' });
    expect(viaUrlFetch('users/me/settings/sendAs')).toEqual({ code: 200, body: list.data });
  });

  it('list and get messages the same way UrlFetchApp does', async () => {
    const g = api(jwtFor('ada@acme.example'));
    const list: gmail_v1.Schema$ListMessagesResponse = (await g.users.messages.list({ userId: 'me', q: 'newer_than:1d', maxResults: 5 })).data;
    expect(list.messages).toHaveLength(1);
    expect(viaUrlFetch('users/me/messages?q=newer_than%3A1d&maxResults=5').body).toEqual(list);
    const msg: gmail_v1.Schema$Message = (await g.users.messages.get({ userId: 'me', id: list.messages![0].id!, format: 'metadata', metadataHeaders: ['From'] })).data;
    expect(msg.payload!.headers).toEqual([{ name: 'From', value: 'Yann <yann@partner.example>' }]);
  });

  it('get Google\'s JSON errors through the client (Delegation denied)', async () => {
    const g = api(jwtFor('ada@acme.example'));
    const err = await g.users.settings.sendAs.list({ userId: 'bob@acme.example' }).then(
      () => null,
      (e: { status?: number; message: string }) => e,
    );
    expect(err?.status).toBe(403);
    expect(err?.message).toBe('Delegation denied for ada@acme.example');
    expect(viaUrlFetch('users/bob@acme.example/settings/sendAs')).toMatchObject({ code: 403, body: { error: { message: 'Delegation denied for ada@acme.example' } } });
  });

  it('send a batch with per-part Authorization for two users', async () => {
    const ada = jwtFor('ada@acme.example');
    const bob = await jwtFor('bob@acme.example').getAccessToken();
    const boundary = 'batch_fidelity';
    const body = [
      `--${boundary}`, 'Content-Type: application/http', 'Content-ID: <ada>', '', 'GET /gmail/v1/users/me/settings/sendAs/ada@acme.example', '',
      `--${boundary}`, 'Content-Type: application/http', 'Content-ID: <bob>', '', 'GET /gmail/v1/users/me/settings/sendAs/bob@acme.example', `Authorization: Bearer ${bob.token}`, '',
      `--${boundary}--`, '',
    ].join('\r\n');
    const res = await ada.request<string>({
      url: `${loop.url}/batch/gmail/v1`,
      method: 'POST',
      headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` },
      data: body,
      responseType: 'text',
    });
    expect(res.status).toBe(200);
    const parts = res.data.split(/--batch_\S+/).slice(1, -1);
    expect(parts.map((p) => /Content-ID: (\S+)/.exec(p)![1])).toEqual(['<response-ada>', '<response-bob>']);
    const json = parts.map((p) => JSON.parse(p.slice(p.indexOf('{'))) as gmail_v1.Schema$SendAs);
    expect(json.map((s) => s.sendAsEmail)).toEqual(['ada@acme.example', 'bob@acme.example']);
    expect(json[0]).toEqual(viaUrlFetch('users/me/settings/sendAs/ada@acme.example').body);
  });
});
