/**
 * `npm run bench -- contact-inbox`: the Contact Inbox nightly stage through the built add-on in the offline
 * Workspace: N enabled users with M new outside messages each (sim/directory/incoming-mail.ts), read through the
 * delegated Gmail client (batched messages.list/get), extracted, sealed and stored. Prints messages read per minute
 * of virtual time (the stage's own executions), Gmail calls and quota units, beside the per-user quota floor
 * (15,000 units per user per minute: 3,000 messages.get per user per minute).
 */
import { deliverIncomingMail } from '../sim/directory/incoming-mail';
import { createServiceAccount, createServiceAccountKey, grantDelegation } from '../sim/google/registry';
import { DELEGATION_SCOPES } from '../src/core/delegation/scopes';
import { action, directoryWorld, scriptProps, setUp, sheetRows } from '../test/directory/world';
import { patchTenantRecord } from '../sim/cli/autograph-tenant';

const SIZES = (process.env.CONTACT_INBOX_BENCH ?? '10x50,50x100,200x40').split(',').map((s) => s.split('x').map(Number) as [number, number]);
const HOUR = 3600_000;

function measure(users: number, perUser: number): void {
  const w = directoryWorld({ users: Math.ceil(users * 1.25) + 5, seed: `ci-bench-${users}` });
  if (!setUp(w).ok) throw new Error('setup failed');
  for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(HOUR);
  const sa = createServiceAccount(w.ws, 'autograph-prod', 'contact-inbox');
  grantDelegation(w.ws, w.tenant.customerId, sa.clientId, [...DELEGATION_SCOPES]);
  scriptProps(w).AUTOGRAPH_PUBLISHER_KEY = JSON.stringify(createServiceAccountKey(w.ws, sa));
  const emails = sheetRows(w, 'employees').filter((e) => e.reason === '').map((e) => e.primaryEmail).slice(0, users);
  action(w, 'contactInbox.enableTenant');
  for (const e of emails) action(w, 'contactInbox.enableUser', { params: { email: e } });
  // Finish whatever directory run is in progress first, so the night below is Contact Inbox's work.
  const key = `t:${w.tenant.customerId}`;
  patchTenantRecord(w.ws, w.project.id, w.tenant.customerId, { autoSync: true, triggerOwner: w.admin });
  w.ws.advance(HOUR);
  const mail = deliverIncomingMail(w.ws, emails, { perUser, seed: `bench-${users}`, spanMs: 20 * HOUR });
  const before = w.ws.executions.length;
  const t0 = Date.now();
  for (let i = 0; i < 100; i++) {
    const running = Boolean(scriptProps(w)[`${key}:run`]);
    if (i > 0 && !running) break;
    w.ws.run(w.project, running ? 'onContinueRun' : 'onNightlyRun', { user: w.admin, kind: 'trigger', event: {} });
    if (scriptProps(w)[`${key}:run`]) w.ws.advance(HOUR);
  }
  const runs = w.ws.executions.slice(before);
  const busyMs = runs.reduce((n, e) => n + (e.end - e.start), 0);
  const rows = sheetRows(w, 'contact_inbox');
  const read = rows.reduce((n, r) => n + Number(r.processed || 0), 0);
  const suggested = rows.reduce((n, r) => n + Number(r.suggested || 0), 0);
  const perMin = read / (busyMs / 60_000);
  process.stdout.write(
    `| ${users} × ${perUser} | ${mail.delivered} | ${read} | ${suggested} | ${runs.length} | ${(busyMs / 1000).toFixed(1)} s | ${Math.round(perMin).toLocaleString('en')} | ${(3000 * users).toLocaleString('en')} | ${((Date.now() - t0) / 1000).toFixed(1)} s |\n`,
  );
}

export function run(): void {
  process.stdout.write('| users × messages | delivered | read | suggested | executions | virtual busy time | messages / virtual min | per-user quota floor (msgs/min) | real time |\n|---|---|---|---|---|---|---|---|---|\n');
  for (const [users, perUser] of SIZES) measure(users, perUser);
}
