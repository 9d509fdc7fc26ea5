/**
 * The offline Workspace's "API not enabled" state, per Cloud project: the script's project for advanced services
 * and its own user tokens, the service account's project for Gmail REST with a delegated token. A disabled API
 * answers as Google does (403 accessNotConfigured / PERMISSION_DENIED / SERVICE_DISABLED), and Apps Script turns
 * that into a GoogleJsonResponseException "API call to … failed with error: …".
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import type { SimProject } from '../../sim/project';
import { routeGoogleRequest } from '../../sim/google/router';
import { disableApi, enableApi, scriptCloudProject, useStandardCloudProject } from '../../sim/google/api-enablement';
import { registry } from '../../sim/google/registry';
import { acme, assertion, delegated, SCOPES, tokenForm } from '../google/support';

const DISABLED = /^(.+ API) has not been used in project (\d+) before or it is disabled\. Enable it by visiting https:\/\/console\.developers\.google\.com\/apis\/api\/([a-z.]+)\/overview\?project=\2 then retry\./;

/** A one-file Apps Script project, loaded and its folder removed again (the project keeps its compiled code). */
function tinyProject(ws: OfflineWorkspace, code: string): SimProject {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-enablement-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'appsscript.json'),
      JSON.stringify({
        timeZone: 'Europe/Berlin',
        runtimeVersion: 'V8',
        oauthScopes: [SCOPES.settingsBasic, 'https://www.googleapis.com/auth/script.external_request', 'https://www.googleapis.com/auth/admin.directory.user.readonly', 'https://www.googleapis.com/auth/contacts'],
        urlFetchWhitelist: ['https://gmail.googleapis.com/gmail/v1/'],
        dependencies: {
          enabledAdvancedServices: [
            { userSymbol: 'AdminDirectory', serviceId: 'admin', version: 'directory_v1' },
            { userSymbol: 'Gmail', serviceId: 'gmail', version: 'v1' },
            { userSymbol: 'People', serviceId: 'peopleapi', version: 'v1' },
          ],
        },
      }),
    );
    fs.writeFileSync(path.join(dir, 'Code.js'), code);
    return ws.loadProject(dir, 'tiny');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const CODE = `
function tryCall(name, fn) {
  try { fn(); return { name: name, ok: true }; }
  catch (e) { return { name: name, ok: false, exception: e.name, message: e.message, details: e.details }; }
}
function callAll() {
  return [
    tryCall('directory', function () { AdminDirectory.Users.get('ada@acme.example'); }),
    tryCall('gmail', function () { Gmail.Users.Settings.SendAs.list('me'); }),
    tryCall('people', function () { People.People.searchContacts({ query: 'x', readMask: 'names' }); }),
  ];
}
function restWithOwnToken() {
  var r = UrlFetchApp.fetch('https://gmail.googleapis.com/gmail/v1/users/me/settings/sendAs', {
    headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() }, muteHttpExceptions: true });
  return { status: r.getResponseCode(), body: JSON.parse(r.getContentText()) };
}`;

describe('API enablement per Cloud project', () => {
  it('refuses each advanced service whose API the script\'s standard project has not enabled, as Apps Script does', () => {
    const ws = acme();
    const p = tinyProject(ws, CODE);
    useStandardCloudProject(ws, p.id, 'autograph-addon');
    const number = registry(ws).projects['autograph-addon'].projectNumber;
    expect(scriptCloudProject(ws, p.id)).toBe('autograph-addon');

    const before = ws.run(p, 'callAll', { user: 'admin@acme.example' }).value as Array<{ ok: boolean }>;
    expect(before.map((c) => c.ok)).toEqual([true, true, true]);

    disableApi(ws, 'autograph-addon', 'admin.googleapis.com');
    disableApi(ws, 'autograph-addon', 'people.googleapis.com');
    const r = ws.run(p, 'callAll', { user: 'admin@acme.example' });
    const [dir, gmail, people] = r.value as Array<{ ok: boolean; exception: string; message: string; details: Record<string, any> }>;
    expect(gmail.ok).toBe(true);
    expect(dir).toMatchObject({ ok: false, exception: 'GoogleJsonResponseException' });
    expect(dir.message).toMatch(/^API call to directory\.users\.get failed with error: Admin SDK API has not been used in project \d+/);
    const said = DISABLED.exec(dir.details.message)!;
    expect(said.slice(1, 4)).toEqual(['Admin SDK API', number, 'admin.googleapis.com']);
    expect(dir.details).toMatchObject({
      code: 403,
      status: 'PERMISSION_DENIED',
      errors: [{ domain: 'usageLimits', reason: 'accessNotConfigured' }],
      details: expect.arrayContaining([
        expect.objectContaining({ reason: 'SERVICE_DISABLED', domain: 'googleapis.com', metadata: expect.objectContaining({ service: 'admin.googleapis.com', consumer: `projects/${number}` }) }),
      ]),
    });
    expect(people.message).toMatch(/^API call to people\.people\.searchContacts failed with error: People API has not been used in project/);
    // The refused call is still a call: counted, and it spent time.
    expect(r.execution.counters.get('service.calls.directory.users.get')).toBe(1);

    enableApi(ws, 'autograph-addon', 'admin.googleapis.com');
    const again = ws.run(p, 'callAll', { user: 'admin@acme.example' }).value as Array<{ ok: boolean }>;
    expect(again.map((c) => c.ok)).toEqual([true, true, false]);
  });

  it('bills the script\'s own user token to the script\'s project, and a delegated token to the service account\'s', () => {
    const ws = acme();
    const p = tinyProject(ws, CODE);
    useStandardCloudProject(ws, p.id, 'autograph-addon');
    const { key } = delegated(ws); // the service account lives in project autograph-prod
    disableApi(ws, 'autograph-prod', 'gmail.googleapis.com');

    // The script's own token: its project has the Gmail API, so the call works.
    const own = ws.run(p, 'restWithOwnToken', { user: 'ada@acme.example' }).value as { status: number };
    expect(own.status).toBe(200);

    // The service account's token: its project has not enabled the Gmail API.
    const now = Math.floor(ws.clock.now() / 1000);
    const form = tokenForm(assertion(key, { sub: 'ada@acme.example', scope: SCOPES.settingsBasic, iat: now, exp: now + 3600 }));
    const tok = routeGoogleRequest(ws, { method: 'POST', url: 'https://oauth2.googleapis.com/token', headers: {}, body: form }, ws.clock.now());
    if (tok.kind !== 'response') throw new Error('unrouted');
    expect(tok.response.status).toBe(200); // minting a token needs no API
    const bearer = JSON.parse(tok.response.body).access_token as string;
    const call = routeGoogleRequest(
      ws,
      { method: 'GET', url: 'https://gmail.googleapis.com/gmail/v1/users/ada@acme.example/settings/sendAs', headers: { authorization: `Bearer ${bearer}` }, body: '' },
      ws.clock.now(),
    );
    if (call.kind !== 'response') throw new Error('unrouted');
    expect(call.response.status).toBe(403);
    const err = JSON.parse(call.response.body).error;
    const number = registry(ws).projects['autograph-prod'].projectNumber;
    expect(DISABLED.exec(err.message)!.slice(1, 4)).toEqual(['Gmail API', number, 'gmail.googleapis.com']);
    expect(err.errors[0].reason).toBe('accessNotConfigured');
    expect(err.details[0].metadata).toMatchObject({ service: 'gmail.googleapis.com', consumer: `projects/${number}` });
    expect(call.calls).toEqual([expect.objectContaining({ status: 403, units: 0 })]);

    // The user-token path fails too once the script's own project disables it.
    disableApi(ws, 'autograph-addon', 'gmail.googleapis.com');
    const refused = ws.run(p, 'restWithOwnToken', { user: 'ada@acme.example' }).value as { status: number; body: { error: { message: string } } };
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/^Gmail API has not been used in project/);
  });

  it('names a clear fix for an API it does not serve', () => {
    const ws = acme();
    expect(() => disableApi(ws, 'autograph-addon', 'drive.googleapis.com')).toThrow(/not an API the offline Workspace serves: use one of admin\.googleapis\.com/);
  });
});
