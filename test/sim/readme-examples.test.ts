/**
 * Every code example of sim/README.md, run as written (between the `// README:` markers), so the README stays true.
 */
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany, companyToJson, companyFromJson } from '../../sim/directory/generator';
import { addFault } from '../../sim/faults';
import { setLatencyModel } from '../../sim/google/latency';
import { createServiceAccount, createServiceAccountKey, grantDelegation } from '../../sim/google/registry';
import { startGoogleLoopback } from '../../sim/http/loopback';
import { SidebarSession } from '../../sim/host';
import { readHostResponse } from '../../sim/services/card-service';
import { triggerFirings } from '../../sim/services/script-app';
import { makeTempDir } from '../support/temp-dirs';

const DAY = 86_400_000;

function company() {
  // README: company
  const ws = new OfflineWorkspace({ seed: 'readme', startAt: Date.UTC(2026, 10, 20, 10) });
  const tenant = createSampleCompany(ws, { seed: 3, users: 120 });
  const admin = ws.directory.usersOf(tenant.customerId).find((u) => u.isAdmin && !u.suspended)!.primaryEmail;
  // README: end
  return { ws, tenant, admin };
}

describe('the examples of sim/README.md', () => {
  it('creates a company and loads the same one from JSON into another workspace', () => {
    const { ws, tenant } = company();
    // README: company-json
    const json = JSON.stringify(companyToJson(ws, tenant.customerId));
    const other = new OfflineWorkspace();
    const copy = companyFromJson(other, json);
    // README: end
    expect(copy.customerId).toBe(tenant.customerId);
    expect(other.directory.usersOf(copy.customerId)).toHaveLength(ws.directory.usersOf(tenant.customerId).length);
  });

  it('loads a project folder, runs a function as a user and reads its counters and logs', () => {
    const { ws, admin } = company();
    // README: run
    const report = ws.loadProject('examples/directory-report');
    const r = ws.run(report, 'writeDirectoryReport', { user: admin });
    r.ok; // false when the function threw or the platform ended it (r.error, r.endedByPlatform)
    r.value; // what the function returned: { spreadsheetId, users: 120, admins, suspended }
    r.execution.counters.get('service.calls.directory.users.list'); // 1 (120 users, 200 a page)
    r.execution.elapsed(); // virtual milliseconds the execution took
    ws.logs.filter((l) => l.execution === r.execution.id).map((l) => l.text); // ['Directory report: 120 users …']
    // README: end
    expect(r.ok).toBe(true);
    expect((r.value as { users: number }).users).toBe(120);
    expect(r.execution.counters.get('service.calls.directory.users.list')).toBe(1);
    expect(r.execution.elapsed()).toBeGreaterThan(0);
    expect(ws.logs.filter((l) => l.execution === r.execution.id).map((l) => l.text)[0]).toMatch(/^Directory report: 120 users/);
  });

  it('runs the add-on as a user with an event, and drives its sidebar', () => {
    const { ws, tenant, admin } = company();
    // README: addon
    const autograph = ws.loadProject('dist');
    ws.install(autograph, tenant.customerId, admin); // a domain-wide install by a super admin
    const home = ws.run(autograph, 'onHomepage', { user: admin, kind: 'homepage', event: {} });
    readHostResponse(home.value).kind; // 'cards'
    const sidebar = new SidebarSession(ws, autograph, admin).openHomepage();
    sidebar.card; // the card on top, as google.apps.card.v1 JSON
    sidebar.targets().map((t) => t.label); // every button and clickable item
    // README: end
    expect(readHostResponse(home.value).kind).toBe('cards');
    expect(sidebar.card).toBeDefined();
    expect(sidebar.targets().length).toBeGreaterThan(0);
  });

  it('starts executions together, lets time pass and fires triggers', () => {
    const { ws, admin } = company();
    const report = ws.loadProject('examples/directory-report');
    // README: time
    const [a, b] = ws.runConcurrently([
      { project: report, fn: 'writeDirectoryReport', user: admin },
      { project: report, fn: 'writeDirectoryReport', user: admin },
    ]);
    a.execution.startedAt === b.execution.startedAt; // true: they overlap in virtual time
    ws.run(report, 'installDailyReport', { user: admin });
    ws.advance(2 * DAY); // fires the trigger twice, as executions of its owner
    triggerFirings(ws).map((f) => [new Date(f.dueAt).toISOString(), f.ok]);
    // README: end
    expect(a.execution.startedAt).toBe(b.execution.startedAt);
    expect(triggerFirings(ws).map((f) => f.ok)).toEqual([true, true]);
  });

  it('injects faults and reads the workspace counters', () => {
    const { ws, admin } = company();
    const report = ws.loadProject('examples/directory-report');
    // README: faults
    const before = ws.counters.snapshot();
    addFault(ws, { match: 'directory.users.list', status: 503, reason: 'backendError', nth: [1] });
    const failed = ws.run(report, 'writeDirectoryReport', { user: admin });
    failed.error; // 'API call to directory.users.list failed with error: …'
    const cut = ws.run(report, 'writeDirectoryReport', { user: admin, cutOff: { afterServiceCalls: 3 } });
    cut.endedByPlatform; // true: stopped at its 4th service call
    ws.counters.since(before); // { executions: 2, 'service.calls': …, … }
    // README: end
    expect(failed.ok).toBe(false);
    expect(failed.error).toMatch(/^API call to directory\.users\.list failed with error: /);
    expect(cut.endedByPlatform).toBe(true);
    expect(ws.counters.since(before).executions).toBe(2);
  });

  it('saves the whole workspace to JSON and restores it', () => {
    const { ws, admin } = company();
    const file = path.join(makeTempDir('readme-'), 'workspace.json');
    // README: persist
    const report = ws.loadProject('examples/directory-report');
    ws.run(report, 'writeDirectoryReport', { user: admin });
    ws.saveState(file);
    const again = OfflineWorkspace.loadState(file); // clock, directory, installs, every service's state
    const reloaded = again.loadProject('examples/directory-report'); // projects are code: load them again
    again.run(reloaded, 'writeDirectoryReport', { user: admin });
    // README: end
    expect(again.clock.now()).toBeGreaterThan(ws.clock.now());
    expect(again.executions).toHaveLength(1);
  });

  it('exchanges a delegated service-account token and calls Gmail through the loopback port', async () => {
    const { ws, tenant, admin } = company();
    // README: delegation
    const sa = createServiceAccount(ws, 'autograph-prod', 'signatures');
    const key = createServiceAccountKey(ws, sa); // the JSON key file; only its public half stays in the registry
    grantDelegation(ws, tenant.customerId, sa.clientId, ['https://www.googleapis.com/auth/gmail.settings.basic']);
    setLatencyModel(ws, { endpoints: { 'oauth.token': { baseMs: 200, jitter: 0, tailRate: 0 } } });
    const google = await startGoogleLoopback(ws); // http://127.0.0.1:<port>/token, /gmail/v1/…, /batch/gmail/v1
    const now = Math.floor(ws.clock.now() / 1000);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({
      iss: sa.email, sub: admin, scope: 'https://www.googleapis.com/auth/gmail.settings.basic',
      aud: 'https://oauth2.googleapis.com/token', iat: now, exp: now + 3600,
    })}`;
    const assertion = `${unsigned}.${crypto.sign('RSA-SHA256', Buffer.from(unsigned), key.private_key).toString('base64url')}`;
    const t0 = ws.clock.now();
    const token = await (await fetch(`${google.url}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
    })).json() as { access_token: string };
    ws.clock.now() - t0; // 200: the latency model's oauth.token time
    const sendAs = await (await fetch(`${google.url}/gmail/v1/users/${admin}/settings/sendAs`, {
      headers: { Authorization: `Bearer ${token.access_token}` },
    })).json() as { sendAs: Array<{ sendAsEmail: string }> };
    await google.close();
    // README: end
    expect(ws.clock.now() - t0).toBeGreaterThanOrEqual(200);
    expect(typeof token.access_token).toBe('string');
    expect(sendAs.sendAs[0].sendAsEmail).toBe(admin);
  });
  it('plays either answer where the docs leave a behaviour open', () => {
    const { ws } = company();
    // README: platform
    ws.platform.batchPartAuthorization = 'ignored'; // default 'honoured' (gmail/api/guides/batch: a part's header "applies only to that call")
    ws.platform.fetchAllConcurrency = 4;            // default 20 (url-fetch-app#fetchAll: no cap documented)
    ws.platform.afterTriggerDelayMs = 2 * 3600_000; // default 0 (clock-trigger-builder#after: a minimum; how late is not documented)
    ws.platform.triggersFromTrigger = 'never';      // default 'fire' (not documented for add-ons)
    ws.platform.cardActionLimitMs = 20_000;         // default 30,000 (interactions: "execution time limits", no number given)
    // README: end
    expect(ws.state('platform', () => null)).toEqual({
      batchPartAuthorization: 'ignored',
      fetchAllConcurrency: 4,
      afterTriggerDelayMs: 7_200_000,
      triggersFromTrigger: 'never',
      cardActionLimitMs: 20_000,
    });
  });
});
