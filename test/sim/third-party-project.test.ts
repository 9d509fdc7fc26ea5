/**
 * A project that is not Autograph, written the way third-party Apps Script tools are (async functions, a library,
 * HtmlService templates, the Directory REST API with the user's token), runs in the offline Workspace with no shim:
 * test/sim/fixtures/offline-fidelity (our own tiny tool, its library, and a manifest with a service we lack).
 */
import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany } from '../../sim/directory/generator';
import { propertiesState, userStoreKey } from '../../sim/services/properties';
import { compileTemplate } from '../../sim/services/html-service';
import { loadProject } from '../../sim/project';
import { routeGoogleRequest } from '../../sim/google/router';
import { startGoogleLoopback } from '../../sim/http/loopback';
import { issueServiceAccountToken, userTokenState } from '../../sim/google/access-tokens';
import { disableApi, enableApi, scriptCloudProject } from '../../sim/google/api-enablement';

const USERS = 'https://admin.googleapis.com/admin/directory/v1/users';
const SCOPE = 'https://www.googleapis.com/auth/admin.directory.user.readonly';

const FIXTURES = path.join(__dirname, 'fixtures', 'offline-fidelity');
const TOOL = path.join(FIXTURES, 'tool');
const LIBRARY_ID = '1OfflineFidelityGreeterLibraryOfOurOwn';
const libraries = { [LIBRARY_ID]: path.join(FIXTURES, 'greeter-library') };

/** A token of a service account with the Directory read scope, impersonating `sub` (or acting as itself). */
function serviceAccountToken(ws: OfflineWorkspace, sub?: string): string {
  const at = ws.clock.now();
  const sa = { clientEmail: 'tool@fidelity.iam.gserviceaccount.com', clientId: '1', projectId: 'fidelity' };
  return issueServiceAccountToken(ws, { ...sa, sub, scopes: [SCOPE], expiresAt: at + 3600_000 }, at);
}

function world() {
  const ws = new OfflineWorkspace({ seed: 'third-party', startAt: Date.UTC(2026, 10, 20, 10) });
  const tenant = createSampleCompany(ws, { seed: 11, users: 120 });
  const people = ws.directory.usersOf(tenant.customerId).filter((u) => !u.suspended && !u.deleted);
  const admin = people.find((u) => u.isAdmin)!.primaryEmail;
  const member = people.find((u) => !u.isAdmin && !u.isDelegatedAdmin)!.primaryEmail;
  const tool = ws.loadProject(TOOL, 'tool', { libraries });
  return { ws, tenant, tool, admin, member };
}

describe('async functions (item 11)', () => {
  it('runs the promise jobs of an async entry point inside the execution and returns its settled value', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'countPropertiesLater', { user: admin });
    expect(r.error).toBeUndefined();
    expect(r.value).toBe('two');
    // Work done after each await is counted on this execution: store, set, set, get.
    expect(r.execution.counters.get('service.calls.properties.set')).toBe(2);
    expect(r.execution.counters.get('executions.asyncEntryPoints')).toBe(1);
    expect(propertiesState(ws).script.tool.step).toBe('two');
  });

  it('runs a job nobody awaited before the execution ends', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'leaveJobBehind', { user: admin });
    expect(r.value).toBe('returned first');
    expect(propertiesState(ws).script.tool.leftBehind).toBe('ran');
    expect(r.execution.counters.get('service.calls.properties.set')).toBe(1);
  });

  it('fails the execution when the returned promise rejects', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'rejectAfterAwait', { user: admin });
    expect(r.ok).toBe(false);
    expect(r.endedByPlatform).toBe(false);
    expect(r.error).toBe('the tool could not finish: no rows');
  });

  it('applies the time limit to work done in promise jobs', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'spinOnServiceCalls', { user: admin, kind: 'action' });
    expect(r.ok).toBe(false);
    expect(r.endedByPlatform).toBe(true);
    expect(r.error).toBe('Exceeded maximum execution time');
    expect(r.execution.elapsed()).toBeGreaterThan(30_000);
    expect(r.execution.elapsed()).toBeLessThan(30_100);
  });

  it('applies a cut-off by service calls to work done in promise jobs', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'countPropertiesLater', { user: admin, cutOff: { afterServiceCalls: 2 } });
    // getScriptProperties and the first set ran (the first in a promise job); the second set was the cut.
    expect(r.endedByPlatform).toBe(true);
    expect(r.execution.serviceCallCount).toBe(3);
    expect(propertiesState(ws).script.tool.step).toBe('one');
  });

  it('fails an execution whose promise can never settle, and says why', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'neverSettles', { user: admin });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^neverSettles returned a promise that was still pending when no promise job was left/);
  });

  it('offers no timers, as Apps Script does not', () => {
    const { ws, tool, admin } = world();
    expect(ws.run(tool, 'hasNoTimers', { user: admin }).value).toBe('undefined,undefined,undefined');
  });
});

describe('libraries (item 12)', () => {
  it('exposes the library under its userSymbol and runs its code', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'useGreeter', { user: admin });
    expect(r.error).toBeUndefined();
    expect(r.value).toBe('Hello, Ada!');
    expect(r.execution.counters.get('libraries.loaded')).toBe(1);
  });

  it('shows only enumerable globals: functions, vars and global properties, not let/const or names ending in _', () => {
    const { ws, tool, admin } = world();
    expect(ws.run(tool, 'whatGreeterShows', { user: admin }).value).toEqual([
      'GREETING',
      'cacheAndLockAreMine',
      'explicitlyShared',
      'fetchOutside',
      'greet',
      'recall',
      'remember',
      'rememberForUser',
      'seesToolGlobals',
      'tokenOfTheRun',
    ]);
  });

  it('gives the library its own global scope', () => {
    const { ws, tool, admin } = world();
    expect(ws.run(tool, 'greeterHasItsOwnGlobals', { user: admin }).value).toEqual(['string', 'no tool globals here']);
  });

  it('keeps script properties apart and shares user properties, as the guide\'s resource table says', () => {
    const { ws, tool, admin } = world();
    expect(ws.run(tool, 'greeterKeepsItsOwnScriptProperties', { user: admin }).value).toEqual(['tool', 'greeter']);
    expect(propertiesState(ws).script[`library:${LIBRARY_ID}`]).toEqual({ owner: 'greeter' });
    expect(ws.run(tool, 'greeterSharesUserProperties', { user: admin }).value).toBe('teal');
    expect(propertiesState(ws).user[userStoreKey('tool', admin)]).toEqual({ colour: 'teal' });
  });

  it('gives the library its own cache and lock, and shares ScriptApp and the including script\'s authorization', () => {
    const { ws, tool, admin } = world();
    // The tool holds its script lock and cached 'tool'; the library's cache and lock are others.
    expect(ws.run(tool, 'greeterHasItsOwnCacheAndLock', { user: admin }).value).toEqual(['tool', 'greeter', true]);
    expect(ws.run(tool, 'greeterSharesScriptApp', { user: admin }).value).toBe(true);
    const r = ws.run(tool, 'greeterFetchesUnderOurWhitelist', { user: admin });
    expect(r.error).toBe(
      'Request to https://gmail.googleapis.com/gmail/v1/users/me/settings/sendAs failed because the URL has not been whitelisted in the script manifest.',
    );
  });

  it('refuses to load a project whose library was not given, naming the libraryId and the option', () => {
    expect(() => loadProject(TOOL, 'tool')).toThrow(
      `appsscript.json in ${TOOL}: dependencies.libraries: library ${LIBRARY_ID} (userSymbol Greeter) is not available offline; ` +
        `pass its code as loadProject(dir, id, { libraries: { '${LIBRARY_ID}': '<folder with its appsscript.json>' } })`,
    );
  });
});

describe('HtmlService (item 13)', () => {
  it('evaluates a template from a .html file: variables, loops, an include, and escaping by context', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'renderCard', { user: admin, event: 'Ada' });
    expect(r.error).toBeUndefined();
    const html = r.value as string;
    expect(html).toContain('<style>h1 { color: teal; }</style>');
    expect(html).toContain('<h1 title="Ada">Hello, Ada!</h1>');
    expect(html).toContain('var visitor = "Ada";');
    expect(html).not.toContain('<?');
    expect(html).toContain('<li>&lt;b&gt;one&lt;/b&gt;</li>');
    expect(html).toContain('<li>two &amp; three</li>');
  });

  it('escapes a hostile value in text, in an attribute and in a script, and leaves <?!= ?> alone', () => {
    const { ws, tool, admin } = world();
    const hostile = `"><script>alert('x')</script>`;
    const r = ws.run(tool, 'renderCard', { user: admin, event: hostile });
    expect(r.error).toBeUndefined();
    const html = r.value as string;
    expect(html).toContain('<h1 title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">');
    expect(html).toContain('Hello, &quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;!</h1>');
    expect(html).toContain('var visitor = "\\"\\u003e\\u003cscript\\u003ealert(\'x\')\\u003c/script\\u003e";');
    expect(html).not.toContain(hostile);
    // A `//` in a scriptlet hides the rest of its line (" gone"), not the next one (the guide's "Hierarchy of comments").
    const inline = ws.run(tool, 'inlineTemplate', { user: admin, event: '<i>hi</i>' }).value as string;
    expect(inline).toBe('<p>&lt;i&gt;hi&lt;/i&gt;</p><p><i>hi</i></p>shown');
  });

  it('keeps the title and appended content of an HtmlOutput', () => {
    const { ws, tool, admin } = world();
    expect(ws.run(tool, 'titleOf', { user: admin }).value).toBe('Visitor card');
  });

  it('fails with Apps Script\'s words for a file the project does not have', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'missingFile', { user: admin });
    expect(r.ok).toBe(false);
    expect(r.error).toBe('No HTML file named Nowhere was found.');
  });

  it('compiles a template to code that keeps its lines, as getCode() shows', () => {
    const code = compileTemplate('<b>\n<?= 1 ?>\n</b>');
    expect(code.split('\n')).toHaveLength(3);
    expect(() => compileTemplate('<p><?= x </p>')).toThrow('Template syntax error: the scriptlet opened on line 1 is never closed with ?>');
  });
});

describe('Admin SDK Directory REST endpoints (item 14)', () => {
  it('lists the same users page by page as the AdminDirectory advanced service', () => {
    const { ws, tenant, tool, admin } = world();
    const rest = ws.run(tool, 'directoryOverRest', { user: admin, event: 50 });
    expect(rest.error).toBeUndefined();
    const viaRest = rest.value as { status: number; emails: string[]; pages: number };
    const viaService = ws.run(tool, 'directoryOverAdvancedService', { user: admin, event: 50 }).value as string[];
    const everyone = ws.directory.usersOf(tenant.customerId).filter((u) => !u.deleted);
    expect(viaRest.status).toBe(200);
    expect(viaRest.emails).toEqual(viaService);
    expect(viaRest.emails).toHaveLength(everyone.length);
    expect(viaRest.pages).toBe(Math.ceil(everyone.length / 50));
    expect(rest.execution.counters.get('urlfetch.calls.directory.users.list')).toBe(viaRest.pages);
  });

  it('gets one user with a field mask', () => {
    const { ws, tool, admin, member } = world();
    const one = ws.run(tool, 'memberOverRest', { user: admin, event: member }).value as { status: number; body: unknown };
    expect(one).toEqual({ status: 200, body: { primaryEmail: member, isAdmin: false } });
  });

  it('answers 403 to a user who is not an admin, as Google does', () => {
    const { ws, tool, member } = world();
    const r = ws.run(tool, 'directoryOverRest', { user: member, event: 50 });
    expect(r.value).toEqual({
      status: 403,
      body: {
        error: {
          code: 403,
          message: 'Not Authorized to access this resource/api',
          errors: [{ message: 'Not Authorized to access this resource/api', domain: 'global', reason: 'forbidden' }],
          status: 'PERMISSION_DENIED',
        },
      },
    });
  });

  it('answers as Google does when the Admin SDK API is off in the token\'s Cloud project, and serves again once on', () => {
    const { ws, tool, admin, member } = world();
    disableApi(ws, scriptCloudProject(ws, 'tool'), 'admin.googleapis.com');
    const off = ws.run(tool, 'memberOverRest', { user: admin, event: member }).value as { status: number; body: { error: { status: string; errors: Array<{ reason: string }> } } };
    expect(off.status).toBe(403);
    expect(off.body.error.status).toBe('PERMISSION_DENIED');
    expect(off.body.error.errors[0].reason).toBe('accessNotConfigured');
    enableApi(ws, scriptCloudProject(ws, 'tool'), 'admin.googleapis.com');
    expect((ws.run(tool, 'memberOverRest', { user: admin, event: member }).value as { status: number }).status).toBe(200);
  });

  it('answers 403 to a token without a Directory user scope, and to a service account acting as itself', () => {
    const { ws, admin } = world();
    const at = ws.clock.now();
    const tokens = userTokenState(ws);
    tokens['ya29.gmail-only'] = { email: admin, scopes: ['https://www.googleapis.com/auth/gmail.settings.basic'], expiresAt: at + 3600_000 };
    const get = (token: string) =>
      routeGoogleRequest(ws, { method: 'GET', url: `${USERS}?customer=my_customer`, headers: { authorization: `Bearer ${token}` }, body: '' }, at);
    const noScope = get('ya29.gmail-only');
    expect(noScope.kind === 'response' && [noScope.response.status, JSON.parse(noScope.response.body).error.message]).toEqual([
      403,
      'Request had insufficient authentication scopes.',
    ]);
    const sa = serviceAccountToken(ws);
    const asItself = get(sa);
    expect(asItself.kind === 'response' && asItself.response.status).toBe(403);
    const delegated = serviceAccountToken(ws, admin);
    const asAdmin = get(delegated);
    expect(asAdmin.kind === 'response' && asAdmin.response.status).toBe(200);
  });

  it('serves the same endpoints on the loopback port', async () => {
    const { ws, admin } = world();
    const token = serviceAccountToken(ws, admin);
    const google = await startGoogleLoopback(ws);
    try {
      const res = await fetch(`${google.url}/admin/directory/v1/users/${encodeURIComponent(admin)}?fields=primaryEmail`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect([res.status, await res.json()]).toEqual([200, { primaryEmail: admin }]);
    } finally {
      await google.close();
    }
  });

  it('answers 401 without a token', () => {
    const { ws, tool, admin } = world();
    const r = ws.run(tool, 'withoutToken', { user: admin });
    expect((r.value as { status: number }).status).toBe(401);
  });
});

describe('advanced services the offline Workspace does not emulate (item 14)', () => {
  const dir = path.join(FIXTURES, 'unemulated-service');

  it('says so at load time, naming the service', () => {
    const p = loadProject(dir, 'unemulated');
    expect(p.warnings).toEqual([
      'advanced service DriveActivity (serviceId driveactivity, version v2) is enabled in appsscript.json but not emulated: ' +
        'the offline Workspace emulates only admin, gmail, peopleapi',
    ]);
  });

  it('fails a use of that service with the same words, and installs an emulated one under its own userSymbol', () => {
    const ws = new OfflineWorkspace({ seed: 'unemulated' });
    const tenant = createSampleCompany(ws, { seed: 2, users: 5 });
    const admin = ws.directory.usersOf(tenant.customerId).find((u) => u.isAdmin && !u.suspended)!.primaryEmail;
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const p = ws.loadProject(dir, 'unemulated');
      expect(warn).toHaveBeenCalledWith(`unemulated: ${p.warnings[0]}`, 'OfflineWorkspaceWarning');
      const r = ws.run(p, 'touchDriveActivity', { user: admin });
      expect(r.ok).toBe(false);
      expect(r.error).toBe(p.warnings[0]);
      expect(ws.run(p, 'renamedDirectory', { user: admin }).value).toEqual(['undefined', 'function']);
    } finally {
      warn.mockRestore();
    }
  });
});
