/**
 * Main-job step of `npm start`: Contact Inbox for a few sample employees. Outside senders write to them (varied
 * signatures, automated mail, mail without a signature: sim/directory/incoming-mail.ts); the super admin enables
 * Contact Inbox and picks the users on the card; the nightly run reads their mail through the service account; each
 * user opens Autograph once so the served sidebar shows their suggestions and the message view. Earlier steps
 * provide the tenant store and the publisher's service account; if they failed, this step says so.
 */
import type { OfflineWorkspace, RunResult } from '../workspace';
import type { SimProject } from '../project';
import { propertiesState, userStoreKey } from '../services/properties';
import { deliverIncomingMail } from '../directory/incoming-mail';
import { SidebarSession } from '../host/session';
import { scriptAppState, timeDrivenEvent } from '../services/trigger-state';
import type { MainJobContext, MainJobStep } from './main-job';
import { storedTenant } from './autograph-tenant';

const HOUR = 3600_000;
/** Sample users Contact Inbox is enabled for, and the mail each receives. */
const USERS = 4;
const MESSAGES_PER_USER = 24;

function dispatch(ws: OfflineWorkspace, project: SimProject, user: string, route: string, params: Record<string, string> = {}): RunResult {
  const r = ws.run(project, 'dispatchAction', {
    user,
    kind: 'action',
    event: { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', parameters: { ...params, action: route }, formInputs: {} } },
  });
  if (!r.ok) throw new Error(`${route}: ${r.error}`);
  return r;
}

export const contactInboxStep: MainJobStep = {
  title: 'Contact Inbox: outside mail for a few users, enabled by the admin, read by the nightly run',
  run(ctx: MainJobContext): string {
    const { ws, project, tenant, superAdmin } = ctx;
    const props = () => (propertiesState(ws).script[project.id] ??= {});
    const tenantKey = `t:${tenant.customerId}`;
    if (!props()[tenantKey]) throw new Error('Autograph is not set up for the sample company (the directory step did not finish)');
    if (!props().AUTOGRAPH_PUBLISHER_KEY) throw new Error('no publisher service account (the signature step did not finish)');
    const users = ws.directory
      .usersOf(tenant.customerId)
      .filter((u) => !u.suspended && !u.archived && u.isMailboxSetup && !u.isAdmin)
      .map((u) => u.primaryEmail)
      .sort()
      .slice(0, USERS);
    const stored = () => storedTenant(ws, project.id, tenant.customerId)!;
    const already = (stored().settings.contactInbox ?? {}) as { enabled?: boolean };
    if (ctx.firstRun || !already.enabled) {
      const mail = deliverIncomingMail(ws, users, { perUser: MESSAGES_PER_USER, seed: `${ws.seed}|incoming`, spanMs: 3 * 86_400_000 });
      ctx.log(`  delivered ${mail.delivered} outside messages to ${users.join(', ')}`);
      dispatch(ws, project, superAdmin, 'contactInbox.enableTenant');
      for (const u of users) dispatch(ws, project, superAdmin, 'contactInbox.enableUser', { email: u });
      // Each user opens Autograph once: their key pair is made and published, so batches are sealed to it.
      for (const u of users) new SidebarSession(ws, project, u).openHomepage();
    }
    // Autograph runs the nightly job only when fired by its owner's own trigger (the event's triggerUid).
    let record = stored().record;
    if (!record.autoSync || !record.triggerOwner) {
      dispatch(ws, project, superAdmin, 'sync.toggleAuto', { to: 'on' });
      record = stored().record;
    }
    const owner = String(record.triggerOwner);
    const nightly = Object.values(scriptAppState(ws).triggers).find((t) => t.projectId === project.id && t.owner === owner && t.handler === 'onNightlyRun');
    if (!nightly) throw new Error(`${owner} owns no nightly trigger`);
    const started = ws.clock.now();
    const r = ws.run(project, 'onNightlyRun', { user: owner, kind: 'trigger', event: timeDrivenEvent(nightly.id, started) });
    // Continuations are one-off triggers an hour out: advancing the clock fires them.
    for (let i = 0; i < 24 && props()[`${tenantKey}:run`]; i++) ws.advance(HOUR);
    if (!r.ok) throw new Error(`nightly run: ${r.error}`);
    let suggestions = 0;
    for (const u of users) {
      new SidebarSession(ws, project, u).openHomepage();
      const book = propertiesState(ws).user[userStoreKey(project.id, u)] ?? {};
      suggestions += (JSON.parse(book['contactInbox.pending'] ?? '[]') as unknown[]).length;
    }
    return `${users.length} users enabled; the nightly run read their mail in ${Math.round((ws.clock.now() - started) / 1000)} virtual seconds; ${suggestions} contact suggestions wait in their sidebars (${users[0]} and others)`;
  },
};
