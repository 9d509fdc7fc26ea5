import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany, changeUsers } from '../../sim/directory/generator';
import type { Tenant } from '../../sim/directory/model';
import type { SimProject } from '../../sim/project';
import { startSidebarServer, superAdminOf, type SidebarServer } from '../../sim/server';
import { queuedWork } from '../../sim/server/background';
import { publisherAccount } from '../../sim/server/publisher-account';
import { signatureStep } from '../../sim/cli/signature-step';
import { DEFAULT_LATENCY, setLatencyModel } from '../../sim/google/latency';
import { delegationGrant } from '../../sim/google/registry';
import { triggerFirings } from '../../sim/services/trigger-state';
import { DELEGATION_SCOPES, adminConsoleScopeList } from '../../src/core/delegation/scopes';

/**
 * The served offline Gmail of `npm start`, over HTTP as the browser uses it (no Chromium needed): work handed to
 * the background finishes through the page's control, and the offline Admin console grants and revokes the
 * publisher's domain-wide delegation so Autograph's connection check fails and passes as Google's token endpoint
 * answers.
 */
const dist = path.join(__dirname, '..', '..', 'dist');

/** A browser-less client of the served page: reads the page, clicks card buttons by label, posts forms. */
class PageClient {
  constructor(private readonly server: SidebarServer) {}

  async get(p = '/'): Promise<string> {
    return (await fetch(this.server.url + p)).text();
  }

  async post(p: string, form: Record<string, string>): Promise<string> {
    return (await fetch(this.server.url + p, { method: 'POST', body: new URLSearchParams(form) })).text();
  }

  /**
   * Clicks the card's button or clickable row labelled `label` as the browser's form does: the page's card
   * fingerprint, and the target's number (its place in the card's targets, which the page renders as the value).
   */
  async click(label: string): Promise<string> {
    const page = await this.get('/');
    const card = /name="__card" value="([0-9a-f]+)"/.exec(page)?.[1];
    const targets = this.server.session().targets();
    const hit = targets.find((t) => t.label === label);
    if (!card || !hit) throw new Error(`no "${label}" on the card: ${targets.map((t) => t.label).join(' | ')}`);
    expect(page).toContain(`name="__target" value="${hit.id}"`);
    return this.post('/act', { __card: card, __target: String(hit.id), __change: '' });
  }
}

function text(html: string): string {
  return html.replace(/<(style|script)>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
}

describe('the served offline Gmail of npm start', () => {
  let ws: OfflineWorkspace;
  let tenant: Tenant;
  let project: SimProject;
  let admin: string;
  let server: SidebarServer;
  let page: PageClient;

  beforeAll(async () => {
    ws = new OfflineWorkspace({ seed: 'demo-server' });
    tenant = createSampleCompany(ws, { seed: 'demo-server', users: 30 });
    project = ws.loadProject(dist, 'autograph');
    admin = superAdminOf(ws, tenant.customerId).primaryEmail;
    ws.install(project, tenant.customerId, admin);
    // The main job's signature step: directory import, the publisher's account and its grant, templates, a first push.
    signatureStep.run({ ws, project, tenant, superAdmin: admin, firstRun: true, log: () => undefined });
    // As npm start records its default company (sim/cli/start.ts).
    ws.state<Record<string, string>>('server.companies', () => ({}))[30] = tenant.customerId;
    server = await startSidebarServer({ ws, project, port: 0, users: [admin], seed: 'demo-server', backgroundIdleMs: 0 });
    page = new PageClient(server);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('finishes a manual run handed to the background through the "Run background work" control', async () => {
    // Every employee changed in Workspace, and Gmail slow to list send-as addresses: Apply now spends its card
    // budget reading and hands the writing to its continuation trigger.
    changeUsers(ws, tenant.customerId, { fraction: 1, seed: 7 });
    setLatencyModel(ws, { endpoints: { 'gmail.sendAs.list': { baseMs: 19_000, jitter: 0, tailRate: 0 } } });
    await page.click('Signatures');
    const afterApply = text(await page.click('Apply now to everyone'));
    const queued = queuedWork(ws, project);
    expect(queued.length).toBe(1);
    expect(queued[0]).toMatchObject({ handler: 'onContinueRun', owner: admin });
    expect(afterApply).toContain('continues in the background');
    expect(afterApply).toContain(`Background work queued: 1 trigger (next: onContinueRun as ${admin}`);

    // One step, as the idle page posts it: the owner's own continuation trigger fires, at its due time.
    const firedBefore = triggerFirings(ws).length;
    const afterStep = text(await page.post('/background/run', { steps: '1' }));
    const fired = triggerFirings(ws).slice(firedBefore);
    expect(fired.map((f) => [f.handler, f.owner, f.dueAt])).toEqual([['onContinueRun', admin, queued[0].dueAt]]);
    expect(afterStep).toContain(`Ran in the background`);
    expect(afterStep).toContain(`onContinueRun as ${admin}`);

    // The control runs whatever is still queued; then the card's own Refresh shows the run at its end.
    await page.post('/background/run', { steps: 'all' });
    expect(queuedWork(ws, project)).toEqual([]);
    expect(triggerFirings(ws).slice(firedBefore).every((f) => f.ok)).toBe(true);
    const last = text(await page.get('/'));
    expect(last).not.toContain('Background work queued');
    expect(last).toContain('continues in the background'); // the card as it was built: Gmail does not rebuild it by itself
    const refreshed = text(await page.click('Refresh'));
    expect(refreshed).not.toContain('continues in the background');
    expect(refreshed).toContain('Apply now to everyone');
    setLatencyModel(ws, { endpoints: { 'gmail.sendAs.list': DEFAULT_LATENCY.endpoints['gmail.sendAs.list'] } });
  });

  it('revokes the publisher’s delegation on the Admin console page, the connection check fails, and passes once granted again', async () => {
    const sa = publisherAccount(ws, project)!;
    expect(delegationGrant(ws, tenant.customerId, sa.clientId, ws.clock.now())?.scopes).toEqual([...DELEGATION_SCOPES]);
    const console0 = await page.get('/admin-console');
    expect(console0).toContain(`data-client-id="${sa.clientId}"`);

    const revoked = text(await page.post('/admin-console', { op: 'delete', clientId: sa.clientId }));
    expect(revoked).toContain(`Deleted client ${sa.clientId}`);
    expect(delegationGrant(ws, tenant.customerId, sa.clientId, ws.clock.now())).toBeUndefined();

    await page.post('/nav/home', {});
    await page.click('Connection');
    await page.click('Set up connection');
    const failed = text(await page.click('Check connection'));
    expect(server.session().notification).toMatch(/^Not authorised in the Admin console: /);
    expect(failed).toContain('Status Not authorised in the Admin console');

    // Bad input names the field and the fix; nothing is granted.
    const noScopes = text(await page.post('/admin-console', { op: 'add', clientId: sa.clientId, scopes: '' }));
    expect(noScopes).toContain('OAuth scopes is empty');
    const byEmail = text(await page.post('/admin-console', { op: 'add', clientId: sa.email, scopes: 'x' }));
    expect(byEmail).toContain('is not a numeric client ID');
    const unknown = text(await page.post('/admin-console', { op: 'add', clientId: '123456789012345678901', scopes: adminConsoleScopeList() }));
    expect(unknown).toContain('is not registered with Google');
    const badScope = text(await page.post('/admin-console', { op: 'add', clientId: sa.clientId, scopes: 'gmail.settings.b' }));
    expect(badScope).toContain('"gmail.settings.b" is not a Google API scope');
    expect(delegationGrant(ws, tenant.customerId, sa.clientId, ws.clock.now())).toBeUndefined();

    // The values the Connection card shows, pasted as the admin would.
    const filled = await page.get('/admin-console?fill=autograph');
    expect(filled).toContain(`value="${sa.clientId}"`);
    const granted = text(await page.post('/admin-console', { op: 'add', clientId: sa.clientId, scopes: adminConsoleScopeList() }));
    expect(granted).toContain(`Authorised ${sa.email}`);
    const again = text(await page.post('/admin-console', { op: 'add', clientId: sa.clientId, scopes: adminConsoleScopeList() }));
    expect(again).toContain('tick "Overwrite existing client ID"');

    const passed = text(await page.click('Re-check this user'));
    expect(server.session().notification).toMatch(/^Connected: /);
    expect(passed).toContain('Status Connected');
  });

  it('lets only a super admin use the Admin console', async () => {
    const regular = ws.directory.usersOf(tenant.customerId).find((u) => !u.isAdmin && !u.suspended && !u.archived && u.isMailboxSetup)!;
    server.selectUser(regular.primaryEmail);
    const refused = text(await page.post('/admin-console', { op: 'delete', clientId: publisherAccount(ws, project)!.clientId }));
    expect(refused).toContain('only super admins can manage domain-wide delegation');
    expect(delegationGrant(ws, tenant.customerId, publisherAccount(ws, project)!.clientId, ws.clock.now())).toBeDefined();
    const back = text(await page.post('/admin-console', { op: 'signin', email: admin }));
    expect(back).toContain(`signed in as ${admin}`);
  });

  it('gives a company made by the domain-size switcher the same working delegation as the default company, which stays one click away', async () => {
    expect(await page.get('/')).toContain('<button name="size" value="30" class="current" disabled');
    await page.post('/company', { size: '10' });
    const small = ws.directory.tenantOf(ws.directory.findUser(server.session().user)!);
    expect(small.customerId).not.toBe(tenant.customerId);
    const sa = publisherAccount(ws, project)!;
    expect(delegationGrant(ws, small.customerId, sa.clientId, ws.clock.now())?.scopes).toEqual([...DELEGATION_SCOPES]);
    const console10 = await page.get('/admin-console');
    expect(console10).toContain(`data-client-id="${sa.clientId}"`);
    expect(console10).toContain(small.organizationName.replace(/&/g, '&amp;'));
    await page.post('/company', { size: '30' });
    expect(server.session().user).toBe(admin);
  });
});
