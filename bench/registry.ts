/**
 * Script-property bytes per tenant at rest, and how many customers one Apps Script project can hold: script
 * properties are one 500 KB store for every customer (apps-script/guides/services/quotas: "Properties total storage
 * 500 KB / property store"). Measured, not computed from constants: tenants of different sizes and domain lengths
 * are set up through the cards in one offline Workspace, run a nightly sync, save their own service account key and
 * turn Contact Inbox on, then let employees propose edits (a Designer unlocks a field); then their keys and values in
 * the shared store are summed (UTF-8).
 * `BENCH_REGISTRY_TENANTS=8` sets how many tenants.
 */
import { OfflineWorkspace } from '../sim/workspace';
import { PROPERTY_STORE_MAX_BYTES } from '../sim/services/properties';
import { createServiceAccount, createServiceAccountKey, grantDelegation } from '../sim/google/registry';
import { DELEGATION_SCOPES } from '../src/core/delegation/scopes';
import { action, directoryWorld, setUp, sheetRows, type DirWorld } from '../test/directory/world';
import { registryBytes } from '../test/support/tenant-registry';
import { turnOnAutoSync } from '../test/support/triggers';

const DAY = 24 * 3600_000;
const TARGET_BYTES = 100;
const TARGET_CUSTOMERS = 5_000;

interface Sample {
  domain: string;
  setUp: number;
  night: number;
  ownKey: number;
  inbox: number;
  edits: number;
}

function bytes(w: DirWorld): number {
  return registryBytes(w.ws, w.project.id, w.tenant.customerId, w.tenant.domains).bytes;
}

function oneTenant(ws: OfflineWorkspace, project: DirWorld['project'], i: number): Sample {
  const w = directoryWorld({ ws, project, users: 12 + 7 * i, seed: `registry-${i}` });
  if (!setUp(w).ok) throw new Error(`setup of tenant ${i} failed`);
  for (let h = 0; h < 6 && sheetRows(w, 'employees').length === 0; h++) ws.advance(3600_000);
  const afterSetUp = bytes(w);
  turnOnAutoSync(ws, project, w.admin);
  ws.advance(DAY);
  const afterNight = bytes(w);
  const own = createServiceAccountKey(ws, createServiceAccount(ws, `own-project-${i}`, 'autograph'));
  grantDelegation(ws, w.tenant.customerId, own.client_id, [...DELEGATION_SCOPES]);
  const tester = sheetRows(w, 'employees').find((e) => e.primaryEmail !== w.admin)!.primaryEmail;
  if (!action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own), testUser: tester } }).ok) throw new Error('saving the key failed');
  const afterKey = bytes(w);
  if (!action(w, 'contactInbox.enableTenant').ok) throw new Error('enabling Contact Inbox failed');
  ws.advance(DAY);
  const afterInbox = bytes(w);
  // Edit requests: a template whose mobile field employees may propose, and a night that shares the requests file.
  if (!action(w, 'templates.save', { form: { name: 'Bench', html: '<p>{{fullName}}</p>', aliasPolicy: 'primary' } }).ok) throw new Error('saving a template failed');
  const templateId = sheetRows(w, 'signature_templates')[0].id;
  if (!action(w, 'edits.saveFields', { params: { templateId }, form: { [`unlock_${templateId}`]: ['mobile'] } }).ok) throw new Error('unlocking a field failed');
  ws.advance(DAY);
  return { domain: w.tenant.domains[0], setUp: afterSetUp, night: afterNight, ownKey: afterKey, inbox: afterInbox, edits: bytes(w) };
}

export function run(): void {
  const n = Number(process.env.BENCH_REGISTRY_TENANTS ?? 6);
  const ws = new OfflineWorkspace({ seed: 'registry-bench', startAt: Date.UTC(2026, 10, 20, 10) });
  const project = ws.loadProject('dist');
  const samples: Sample[] = [];
  for (let i = 0; i < n; i++) samples.push(oneTenant(ws, project, i));
  const out: string[] = [];
  out.push('| tenant domain | after setup | + nightly run | + own key saved | + Contact Inbox on (at rest) | + edit requests on |');
  out.push('|---|---:|---:|---:|---:|---:|');
  for (const s of samples) out.push(`| ${s.domain} | ${s.setUp} B | ${s.night} B | ${s.ownKey} B | ${s.inbox} B | ${s.edits} B |`);
  const avg = (f: (s: Sample) => number) => samples.reduce((a, s) => a + f(s), 0) / samples.length;
  const perTenant = avg((s) => s.ownKey);
  const withInbox = avg((s) => s.inbox);
  const withEdits = avg((s) => s.edits);
  const customers = (b: number) => Math.floor(PROPERTY_STORE_MAX_BYTES / b);
  out.push('');
  out.push('| figure | measured | target |');
  out.push('|---|---:|---:|');
  out.push(`| bytes per tenant at rest (setup, nightly run, own key) | ${perTenant.toFixed(0)} B | ≤ ${TARGET_BYTES} B |`);
  out.push(`| customers per project (500 KB / bytes per tenant) | ${customers(perTenant).toLocaleString('en-US')} | ≥ ${TARGET_CUSTOMERS.toLocaleString('en-US')} |`);
  out.push(`| bytes per tenant at rest with Contact Inbox on | ${withInbox.toFixed(0)} B | ≤ ${TARGET_BYTES} B |`);
  out.push(`| customers per project, all with Contact Inbox on | ${customers(withInbox).toLocaleString('en-US')} | ≥ ${TARGET_CUSTOMERS.toLocaleString('en-US')} |`);
  out.push(`| bytes per tenant at rest with Contact Inbox and edit requests on | ${withEdits.toFixed(0)} B | ≤ ${TARGET_BYTES} B |`);
  out.push(`| customers per project, all with both on | ${customers(withEdits).toLocaleString('en-US')} | ≥ ${TARGET_CUSTOMERS.toLocaleString('en-US')} |`);
  out.push('');
  out.push('Edit requests add the requests spreadsheet id: employees open it to propose (the tenant store is shared with admins only).');
  out.push('Contact Inbox adds the drop spreadsheet id: users who are not admins must read it before they can open any file.');
  process.stdout.write(out.join('\n') + '\n');
}
