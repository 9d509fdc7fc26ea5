/**
 * The two-tenant attack world: one Autograph project installed by two customers of the same publisher — A (the
 * victim) and B (the attacker) — both set up through the cards, synced, with a template assigned and every
 * signature written into Gmail through the publisher's one service account, delegation granted by both. A also has
 * Contact Inbox reading one user's mail (so it has messages and suggestions an attacker could aim at), a delegated
 * admin, and a former admin who helped set up and was demoted afterwards in the directory.
 *
 * Building it takes seconds, so tests build it once and go back to it with `snapshot()` / `restore()` (the
 * workspace's own save/load) instead of rebuilding per call.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OfflineWorkspace, type RunResult } from '../../sim/workspace';
import type { SimProject } from '../../sim/project';
import type { Tenant } from '../../sim/directory/model';
import { setUserStatus } from '../../sim/directory/changes';
import { createServiceAccount, createServiceAccountKey, grantDelegation, type ServiceAccountKeyFile } from '../../sim/google/registry';
import { deliverMessage, mailboxOf } from '../../sim/google/mailbox';
import { propertiesState } from '../../sim/services/properties';
import { readHostResponse } from '../../sim/services/card-service';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { action as dirAction, directoryWorld, setUp, sheetRows, tenantRecord, type DirWorld } from '../directory/world';
import { fireRunTrigger, ownTriggerId, turnOnAutoSync } from '../support/triggers';

export type Persona = 'superAdmin' | 'delegatedAdmin' | 'formerAdmin' | 'user';

/** One customer: its directory tenant, the people who act for it, and the ids its store and mailboxes hold. */
export interface Side {
  tenant: Tenant;
  /** Whom each persona is (primary emails). */
  as: Record<Persona, string>;
  spreadsheetId: string;
  templateId: string;
  /** The user Contact Inbox reads (A only has mail delivered). */
  inboxUser: string;
}

export interface TwoTenants {
  ws: OfflineWorkspace;
  project: SimProject;
  publisher: ServiceAccountKeyFile;
  A: Side;
  B: Side;
}

export const SIGNED_MAIL =
  'Hi,\n\nthanks for the call. The offer is attached.\n\nBest regards,\n\nMaria Lopez\nHead of Partnerships\nNorthwind Traders Inc.\nM: +1 415 555 0134\nwww.northwind.example\n';

function dirWorld(t: TwoTenants | { ws: OfflineWorkspace; project: SimProject }, side: { tenant: Tenant; as: Record<Persona, string> }): DirWorld {
  return { ws: t.ws, project: t.project, tenant: side.tenant, admin: side.as.superAdmin };
}

/** A card action (`dispatchAction`) as `user`, with parameters and form inputs as Gmail sends them. */
export function act(
  t: TwoTenants,
  user: string,
  route: string,
  opts: { params?: Record<string, string>; form?: Record<string, string | string[]> } = {},
): RunResult {
  const side = t.ws.directory.findUser(user)!.customerId === t.A.tenant.customerId ? t.A : t.B;
  return dirAction(dirWorld(t, side), route, { ...opts, user });
}

/** A global of main.ts (homepage, message trigger, triggers…) as `user`, with the host's kind for it. */
export function callGlobal(t: TwoTenants, user: string, fn: string, event: unknown): RunResult {
  const kind = fn === 'doGet' || fn === 'doPost' || fn.startsWith('studio') ? 'webapp' : fn === 'onNightlyRun' || fn === 'onContinueRun' ? 'trigger' : fn === 'onHomepage' ? 'homepage' : fn === 'onGmailMessage' ? 'contextual' : fn.startsWith('onCompose') || fn === 'onInsertSignature' ? 'compose' : fn.startsWith('onUniversal') ? 'universal' : 'action';
  return t.ws.run(t.project, fn, { user, kind, event });
}

/** What the host shows for an answer, or the error text Gmail shows: everything the caller gets to read. */
export function answerText(r: RunResult): string {
  let shownJson = '';
  try {
    shownJson = r.value === undefined ? '' : JSON.stringify(readHostResponse(r.value));
  } catch {
    shownJson = JSON.stringify(r.value ?? null);
  }
  return `${shownJson}\n${r.error ?? ''}`;
}

export function scriptProps(t: TwoTenants): Record<string, string> {
  return (propertiesState(t.ws).script[t.project.id] ??= {});
}

/** The Gmail signature Gmail holds for an address of a user (its sendAs). */
export function gmailSignature(t: TwoTenants, email: string): string {
  return mailboxOf(t.ws, t.ws.user(email)).sendAs[email.toLowerCase()]?.signature ?? '';
}

export function rows(t: TwoTenants, side: Side, sheet: string): Array<Record<string, string>> {
  return sheetRows(dirWorld(t, side), sheet);
}

/** Lets virtual time pass (firing due triggers) until `done` or `hours` ran out. */
export function advanceUntil(t: TwoTenants, done: () => boolean, hours = 12): void {
  for (let i = 0; i < hours && !done(); i++) t.ws.advance(3600_000);
}

function setUpSide(t: { ws: OfflineWorkspace; project: SimProject }, clientId: string, seed: string, withInbox: boolean): Side {
  const w = directoryWorld({ ws: t.ws, project: t.project, seed, users: 14 });
  grantDelegation(t.ws, w.tenant.customerId, clientId, [...DELEGATION_SCOPES]);
  const people = t.ws.directory
    .usersOf(w.tenant.customerId)
    .filter((u) => !u.isAdmin && !u.isDelegatedAdmin && !u.suspended && !u.archived && !u.deleted && u.isMailboxSetup && u.primaryEmail !== w.admin);
  if (people.length < 3) throw new Error(`tenant ${seed}: too few active users for the personas`);
  const [former, delegated, user] = people;
  // The former admin is a super admin while Autograph is set up; the delegated admin holds an admin role.
  setUserStatus(t.ws, former.primaryEmail, { isAdmin: true });
  delegated.isDelegatedAdmin = true;
  t.ws.directory.revision++;
  const as: Record<Persona, string> = { superAdmin: w.admin, delegatedAdmin: delegated.primaryEmail, formerAdmin: former.primaryEmail, user: user.primaryEmail };

  const r = setUp(w);
  if (!r.ok) throw new Error(`setup of ${seed}: ${r.error}`);
  for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) t.ws.advance(3600_000);
  if (sheetRows(w, 'employees').length === 0) throw new Error(`setup of ${seed}: no employees after the import`);
  const spreadsheetId = String(tenantRecord(w)!.spreadsheetId);

  // The former admin designs the template while still an admin; the super admin assigns it.
  const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
  const saved = dirAction(w, 'templates.save', { user: former.primaryEmail, form: { name: `Classic ${seed}`, html: classic.html, aliasPolicy: 'primary' } });
  if (!saved.ok) throw new Error(`template of ${seed}: ${saved.error}`);
  const templateId = sheetRows(w, 'signature_templates')[0]?.id;
  if (!templateId) throw new Error(`template of ${seed} was not saved: ${answerText(saved)}`);
  dirAction(w, 'assignments.add', { form: { targetKind: 'company', templateId } });
  dirAction(w, 'signatures.applyNow', { params: { scope: 'everyone' } });

  let inboxUser = '';
  if (withInbox) {
    inboxUser = user.primaryEmail;
    dirAction(w, 'contactInbox.enableTenant');
    dirAction(w, 'contactInbox.enableUser', { params: { email: inboxUser } });
  }
  return { tenant: w.tenant, as, spreadsheetId, templateId, inboxUser };
}

/** Builds both customers; see the file comment. */
export function twoTenants(): TwoTenants {
  const ws = new OfflineWorkspace({ seed: 'two-tenants', startAt: Date.UTC(2026, 10, 20, 10) });
  const project = ws.loadProject('dist');
  const sa = createServiceAccount(ws, 'autograph-prod', 'signatures');
  const publisher = createServiceAccountKey(ws, sa);
  const props = propertiesState(ws);
  props.script[project.id] = { ...(props.script[project.id] ?? {}), AUTOGRAPH_PUBLISHER_KEY: JSON.stringify(publisher) };
  const base = { ws, project };
  const A = setUpSide(base, sa.clientId, 'victim-a', true);
  const B = setUpSide(base, sa.clientId, 'attacker-b', false);
  const t: TwoTenants = { ws, project, publisher, A, B };

  // Apply now runs in the background: let it finish, then give A's inbox user mail Contact Inbox reads tonight.
  const written = (s: Side) => rows(t, s, 'employees').filter((e) => e.syncOn !== 'false' && e.reason === '').every((e) => gmailSignature(t, e.primaryEmail) !== '');
  advanceUntil(t, () => written(A) && written(B));
  deliverMessage(ws, A.inboxUser, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Offer', text: SIGNED_MAIL });
  runNight(t, A);

  // Demoted after setup; an hour on, no role cached from before the demotion is still fresh.
  for (const side of [A, B]) setUserStatus(ws, side.as.formerAdmin, { isAdmin: false });
  ws.advance(3600_000);
  return t;
}

/** One nightly run of `side` to its end (continuations included), as the trigger's owner would run it. */
/**
 * One nightly run of `side` to its end, fired as Apps Script fires it: through `owner`'s own triggers (automatic
 * sync is turned on as `owner` first when they have no nightly trigger yet). Entry points refuse anything else.
 */
export function runNight(t: TwoTenants, side: Side, owner = side.as.superAdmin): RunResult[] {
  if (!ownTriggerId(t.ws, t.project, owner, 'onNightlyRun')) turnOnAutoSync(t.ws, t.project, owner);
  const runKey = `t:${side.tenant.customerId}:run`;
  const out: RunResult[] = [];
  for (let i = 0; i < 30; i++) {
    const running = Boolean(scriptProps(t)[runKey]);
    if (i > 0 && !running) break;
    out.push(fireRunTrigger(t.ws, t.project, owner, running));
    t.ws.advance(5 * 60_000);
  }
  return out;
}

/**
 * The whole workspace as saved (clock, directory, installs, every service's state), to a temp file that
 * `restore` reads back; `dispose` deletes it.
 */
export class Snapshot {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'two-tenants-'));
  readonly file = path.join(this.dir, 'ws.json');
  constructor(ws: OfflineWorkspace) {
    ws.saveState(this.file);
  }
  /** The saved workspace, with the same (already compiled) project registered in it. */
  restore(project: SimProject): OfflineWorkspace {
    const ws = OfflineWorkspace.loadState(this.file);
    ws.projects.set(project.id, project);
    return ws;
  }
  text(): string {
    return fs.readFileSync(this.file, 'utf8');
  }
  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The world's state as JSON text, for a before/after comparison (see state-diff.ts). */
export function stateText(ws: OfflineWorkspace): string {
  const s = new Snapshot(ws);
  try {
    return s.text();
  } finally {
    s.dispose();
  }
}
