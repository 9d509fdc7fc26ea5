/**
 * Changes to a generated directory between two syncs — the "1% changed" night, new hires, suspensions and
 * deletions — and a company saved to or loaded from JSON.
 */
import type { OfflineWorkspace } from '../workspace';
import { Rng } from '../rng';
import type { SimUser, Tenant } from './model';
import { COUNTRIES, DEPARTMENTS } from './names';
import { phone, touch, workAddress } from './profile';

export interface ChangeOptions {
  /** Share of the tenant's active users to change, e.g. 0.01. */
  fraction: number;
  seed: number | string;
}

/**
 * The "1% changed" night: changes the title and work phone of `fraction` of the tenant's users (and moves
 * every fifth of them to another office), bumping their etags. Returns the changed users' primary emails.
 */
export function changeUsers(ws: OfflineWorkspace, customerId: string, opts: ChangeOptions): string[] {
  const rng = new Rng(`change:${customerId}:${opts.seed}`);
  const pool = ws.directory.usersOf(customerId).filter((u) => !u.deleted);
  const k = Math.min(pool.length, Math.round(pool.length * opts.fraction));
  // Partial Fisher–Yates: k distinct users in O(k).
  for (let i = 0; i < k; i++) {
    const j = rng.int(i, pool.length);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const changed: string[] = [];
  for (const u of pool.slice(0, k)) {
    const org = u.organizations?.[0];
    const dept = DEPARTMENTS.find((d) => d.name === org?.department);
    if (org && dept) org.title = rng.pick(dept.titles.filter((t) => t !== org.title));
    const country = COUNTRIES.find((c) => c.countryCode === u.addresses?.[0]?.countryCode) ?? COUNTRIES[0];
    const office = country.offices.find((o) => o.locality === u.addresses?.[0]?.locality) ?? country.offices[0];
    const work = u.phones?.find((p) => p.type === 'work');
    if (work) work.value = phone(rng, country, country.workPattern, office.areaCode);
    if (changed.length % 5 === 4 && country.offices.length > 1) {
      const moved = rng.pick(country.offices.filter((o) => o !== office));
      u.addresses = [workAddress(country, moved)];
      if (org) org.location = moved.locality;
    }
    touch(u);
    changed.push(u.primaryEmail);
  }
  return changed;
}

/** Suspends, archives, deletes or restores one user, as an admin would in the Admin console. */
export function setUserStatus(
  ws: OfflineWorkspace,
  email: string,
  status: { suspended?: boolean; archived?: boolean; deleted?: boolean; isAdmin?: boolean; isMailboxSetup?: boolean },
): SimUser {
  const u = ws.directory.findUser(email) ?? [...ws.directory.users.values()].find((x) => x.primaryEmail === email);
  if (!u) throw new Error(`no user ${email} in the offline Workspace`);
  if (status.suspended !== undefined) {
    u.suspended = status.suspended;
    u.suspensionReason = status.suspended ? 'ADMIN' : undefined;
  }
  if (status.archived !== undefined) u.archived = status.archived;
  if (status.isAdmin !== undefined) u.isAdmin = status.isAdmin;
  if (status.isMailboxSetup !== undefined) u.isMailboxSetup = status.isMailboxSetup;
  if (status.deleted !== undefined) {
    u.deleted = status.deleted;
    u.deletionTime = status.deleted ? new Date(ws.clock.now()).toISOString() : undefined;
  }
  touch(u);
  ws.directory.revision++;
  return u;
}

/** A tenant and its users as plain JSON, for fixtures and `companyFromJson`. */
export interface CompanyJson {
  tenant: Tenant;
  users: SimUser[];
}

export function companyToJson(ws: OfflineWorkspace, customerId: string): CompanyJson {
  return JSON.parse(JSON.stringify({ tenant: ws.directory.tenant(customerId), users: ws.directory.usersOf(customerId) }));
}

/** Loads a company saved by `companyToJson` (or written by hand in the same shape) into `ws.directory`. */
export function companyFromJson(ws: OfflineWorkspace, json: CompanyJson | string): Tenant {
  const data: CompanyJson = typeof json === 'string' ? JSON.parse(json) : JSON.parse(JSON.stringify(json));
  if (!data.tenant?.customerId || !Array.isArray(data.users)) {
    throw new Error('company JSON needs {tenant: {customerId, domains, ...}, users: [...]}, as companyToJson writes it');
  }
  const t = data.tenant;
  t.orgUnits ??= [];
  t.groups ??= [];
  t.schemas ??= [];
  ws.directory.addTenant(t);
  for (const u of data.users) {
    if (u.customerId !== t.customerId) {
      throw new Error(`user ${u.primaryEmail} has customerId ${u.customerId}, not the tenant's ${t.customerId}`);
    }
    ws.directory.addUser(u);
  }
  return t;
}

