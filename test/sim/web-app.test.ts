import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany } from '../../sim/directory/generator';
import { scriptRunFunctions } from '../../sim/web-app';

const FIXTURE = path.join(__dirname, 'fixtures', 'web-app');

function world() {
  const ws = new OfflineWorkspace({ seed: 'web-app', startAt: Date.UTC(2026, 10, 20, 10) });
  const tenant = createSampleCompany(ws, { seed: 4, users: 12 });
  const users = ws.directory.usersOf(tenant.customerId).filter((u) => !u.suspended);
  const project = ws.loadProject(FIXTURE, 'web-app-fixture');
  return { ws, project, alice: users[0].primaryEmail, bob: users[1].primaryEmail };
}

describe('web apps in the offline Workspace (doGet/doPost, google.script.run)', () => {
  it('serves doGet as the user who opens it, with the request parameters, as a webapp execution', () => {
    const { ws, project, alice } = world();
    const page = ws.serveWebApp(project, alice, { method: 'GET', queryString: 'name=<Ann>&name=Bo' });
    expect(page.ok).toBe(true);
    expect(page.title).toBe('Hello page');
    expect(page.html).toContain(`Hello &lt;Ann&gt;, you are ${alice}`);
    expect(page.run!.execution.kind).toBe('webapp');
  });

  it('runs doPost with the posted body', () => {
    const { ws, project, alice } = world();
    const page = ws.serveWebApp(project, alice, { method: 'POST', postData: { type: 'text/plain', contents: 'abc' } });
    expect(page.html).toBe('posted abc');
  });

  it('passes arguments and return values as copies of plain data; undefined in arrays becomes null', () => {
    const { ws, project, alice } = world();
    const r = ws.runScriptCall(project, alice, 'echo', [{ a: [1, undefined, 'x'], b: null, c: undefined, d: true }]);
    expect(r.ok && r.value).toEqual({ got: { a: [1, null, 'x'], b: null, d: true }, type: 'object', isArray: false });
  });

  it('refuses Dates, functions and circular objects before the server runs', () => {
    const { ws, project, alice } = world();
    const before = ws.executions.length;
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const bad of [new Date(0), () => 1, circular, { nested: [new Date(0)] }]) {
      const r = ws.runScriptCall(project, alice, 'echo', [bad]);
      expect(r.ok).toBe(false);
    }
    expect(ws.executions.length).toBe(before);
    const back = ws.runScriptCall(project, alice, 'returnsDate');
    expect(back).toMatchObject({ ok: false, error: expect.stringContaining('Date') });
  });

  it('runs each call as the user on the page, and a throw reaches the failure handler', () => {
    const { ws, project, alice, bob } = world();
    expect(ws.runScriptCall(project, alice, 'whoAmI')).toMatchObject({ ok: true, value: alice });
    expect(ws.runScriptCall(project, bob, 'whoAmI')).toMatchObject({ ok: true, value: bob });
    expect(ws.runScriptCall(project, alice, 'fail')).toMatchObject({ ok: false, error: 'the server said no' });
  });

  it('offers no private function (name ending in _) and nothing that is not a function', () => {
    const { ws, project, alice } = world();
    expect(scriptRunFunctions(project)).toEqual(['doGet', 'doPost', 'echo', 'fail', 'returnsDate', 'spin', 'webAppUrl', 'whoAmI']);
    const r = ws.runScriptCall(project, alice, 'secret_');
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('is not a function') });
    expect(ws.runScriptCall(project, alice, 'toString').ok).toBe(false);
  });

  it('ends a call past 6 minutes of virtual time', () => {
    const { ws, project, alice } = world();
    const r = ws.runScriptCall(project, alice, 'spin');
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('Exceeded maximum execution time') });
  });

  it('gives the deployment URL to ScriptApp.getService().getUrl(), and null without a webapp entry', () => {
    const { ws, project, alice } = world();
    expect(ws.runScriptCall(project, alice, 'webAppUrl')).toMatchObject({ ok: true, value: expect.stringMatching(/^https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/exec$/) });
    const bare = ws.loadProject(FIXTURE, 'no-webapp');
    bare.manifest = { ...bare.manifest, webapp: undefined };
    expect(ws.serveWebApp(bare, alice)).toMatchObject({ ok: false, error: expect.stringContaining('not deployed as a web app') });
  });
});
