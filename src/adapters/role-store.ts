/**
 * The tenant's role assignments, kept in its store's `roles` sheet (one row per principal and role, each sealed
 * with an HMAC under the tenant's key for "roles" that only Autograph's code can compute: the sheet is editable by
 * every admin, so a row typed there grants nothing — core/roles.ts), whether roles are enforced (the script
 * property `t:<cid>:roles`, ~20 bytes, out of the admins' reach), and the Directory answers the role resolution
 * needs: whether a user is in a group. Nothing is cached past the execution: a removed role or a group change
 * counts from the next click.
 */
import { ASSIGNABLE_ROLES, parseRoleRows, parseRolesMode, ROLE_COLUMNS, ROLE_INFO, roleRow, rolesModeValue, type Role, type RoleAssignment, type RoleRowProblem, type RolesMode } from '../core/roles';
import { errorText } from '../core/error-text';
import { base64UrlEncode } from '../core/delegation/bytes';
import { emailKey, tenantKey } from '../core/tenant';
import { SheetTable } from './store/sheet-table';
import { scriptProperties, writeOrFull } from './store/registry';
import { SheetSignatureStore } from './signature-store';
import { keyedHmac } from './service-account/key-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ROLES_SHEET = 'roles';

export interface RoleTable {
  assignments: RoleAssignment[];
  problems: RoleRowProblem[];
}

function sealer(customerId: string): (text: string) => string {
  return (text) => base64UrlEncode(keyedHmac(customerId, 'roles', text));
}

export function readRolesMode(customerId: string): RolesMode {
  return parseRolesMode(scriptProperties().getProperty(tenantKey(customerId, 'roles')));
}

export function writeRolesMode(customerId: string, enforced: boolean, rows: number): void {
  writeOrFull(() => scriptProperties().setProperty(tenantKey(customerId, 'roles'), rolesModeValue(enforced, rows)));
}

/**
 * The checked rows. `forUser` keeps only that user's own rows and the group rows (all one click's resolution
 * needs), so a click verifies a handful of seals, not the whole table; the check for deleted rows needs them all.
 */
export function readRoleTable(ss: Spreadsheet, customerId: string, forUser?: string): RoleTable {
  const data = new SheetTable(ss, ROLES_SHEET).read();
  const at = (name: string) => data.header.indexOf(name);
  const cell = (r: readonly unknown[], name: string) => String(r[at(name)] ?? '').trim().toLowerCase();
  const rows = forUser === undefined ? data.rows : data.rows.filter((r) => cell(r, 'kind') === 'group' || cell(r, 'principal') === forUser);
  const table = parseRoleRows(data.header, rows, sealer(customerId));
  if (forUser !== undefined) return table;
  const mode = readRolesMode(customerId);
  const sealed = data.rows.length - table.problems.length;
  if (mode.problem) table.problems.push({ row: 0, problem: mode.problem, fix: 'An Owner sets it again on this card.' });
  else if (mode.rows > sealed) table.problems.push({ row: 0, problem: `${mode.rows - sealed} row(s) Autograph wrote are gone from the roles sheet (deleted in the spreadsheet); the roles they gave are no longer held`, fix: 'Give those roles again on this card.' });
  return table;
}

/**
 * Writes the whole table (crash-safe swap, SheetTable.replaceAll) and one audit entry per principal whose roles
 * changed, naming who changed them. Malformed rows are dropped by a write: they granted nothing.
 */
export function writeRoleTable(ss: Spreadsheet, customerId: string, before: readonly RoleAssignment[], next: readonly RoleAssignment[], by: string, at: number): void {
  new SheetTable(ss, ROLES_SHEET).replaceAll([...ROLE_COLUMNS], next.map((a) => roleRow(a, sealer(customerId))));
  writeRolesMode(customerId, readRolesMode(customerId).enforced, next.length);
  const key = (a: RoleAssignment) => `${a.kind}|${a.principal}`;
  const principals = new Set([...before, ...next].map(key));
  const rolesOf = (list: readonly RoleAssignment[], k: string) => list.filter((a) => key(a) === k).map((a) => a.role);
  const entries = [];
  for (const k of principals) {
    const was = rolesOf(before, k);
    const now = rolesOf(next, k);
    if (was.join() === now.join()) continue;
    const [kind, principal] = k.split('|');
    const added = now.filter((r) => !was.includes(r));
    const removed = was.filter((r) => !now.includes(r));
    const why = [...added.map((r) => `role ${ROLE_INFO[r].label} given`), ...removed.map((r) => `role ${ROLE_INFO[r].label} removed`)].join(', ');
    entries.push({ at, address: principal, employeeId: '', templateId: '', campaignId: '', cause: `Roles card, by ${by}`, why: `${why} (${kind})`, before: describeRoles(was), after: describeRoles(now) });
  }
  new SheetSignatureStore(ss).appendAudit(entries);
}

/** Turns enforcement on or off, with its audit entry (who, when, and for how many rows). */
export function setRolesEnforced(ss: Spreadsheet, customerId: string, enforced: boolean, rows: number, by: string, at: number): void {
  const was = readRolesMode(customerId);
  writeRolesMode(customerId, enforced, rows);
  new SheetSignatureStore(ss).appendAudit([
    { at, address: 'all administrators', employeeId: '', templateId: '', campaignId: '', cause: `Roles card, by ${by}`, why: enforced ? 'roles enforced' : 'roles no longer enforced', before: was.enforced ? 'roles enforced' : 'every admin holds every role but Owner', after: enforced ? 'roles enforced' : 'every admin holds every role but Owner' },
  ]);
}

function describeRoles(roles: readonly Role[]): string {
  return roles.length ? `roles: ${roles.map((r) => ROLE_INFO[r].label).join(', ')}` : 'no role';
}

/** Groups the Directory confirms `email` is in (directly or nested), and the groups it could not answer for. */
export function groupsHolding(email: string, groups: readonly string[]): { member: Set<string>; unanswered: string[] } {
  const member = new Set<string>();
  const unanswered: string[] = [];
  for (const g of groups) {
    try {
      // admin/directory/reference/rest/v1/members/hasMember: "Checks whether the given user is a member of the
      // group. Membership can be direct or nested" (nested only within one domain, else "Invalid input").
      const r = AdminDirectory!.Members!.hasMember(g, email) as { isMember?: boolean };
      if (r?.isMember === true) member.add(g);
    } catch (err) {
      // A group deleted since it was given a role (404) holds nobody; anything else is no answer.
      if (!/not ?found|\b404\b/i.test(errorText(err))) unanswered.push(g);
    }
  }
  return { member, unanswered };
}

/** Assignable roles by their stored name, for card inputs (untrusted). */
export function assignableRole(value: string): Role | null {
  return (ASSIGNABLE_ROLES as readonly string[]).includes(value) ? (value as Role) : null;
}

/**
 * Who set Autograph up: the owner of the store spreadsheet. Only a file's owner can hand it on ("Files that you
 * create or upload to Google Drive are owned by you": workspace/drive/api/guides/transfer-file), so no admin can
 * make themselves this by editing a cell. '' when Drive does not say (e.g. a shared drive owns it).
 */
export function storeOwner(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    return emailKey(ss.getOwner()?.getEmail() ?? '');
  } catch {
    return '';
  }
}

/**
 * Of the Directory's current `admins`, those who hold `role` in this tenant, as `dispatchAction` would decide at
 * their click: every admin while roles are not enforced; once enforced, the Owners (super admins and the admin who
 * set Autograph up) and whoever holds the role by a sealed row, directly or through a group the Directory says
 * they are in. A group the Directory does not answer for counts its members in (an email to one admin too many
 * beats a request nobody hears of); the card itself still checks on the click.
 */
export function adminsHolding(ss: Spreadsheet, customerId: string, admins: readonly string[], role: Role, owners: { superAdmins: readonly string[]; setupAdmin: string }): string[] {
  if (!readRolesMode(customerId).enforced) return [...admins];
  const owner = new Set([...owners.superAdmins, owners.setupAdmin].map((e) => e.toLowerCase()));
  const rows = readRoleTable(ss, customerId).assignments.filter((a) => a.role === role);
  return admins.filter((a) => {
    const email = a.toLowerCase();
    if (owner.has(email)) return true;
    const { assigned, unanswered } = rolesAssignedTo(rows, email);
    return assigned.length > 0 || unanswered.length > 0;
  });
}

/**
 * The roles `assignments` give `email`, directly or through a group the Directory says they are in (asked now), and
 * the groups the Directory did not answer for (they give nothing). What a click resolves and whom an e-mail goes to.
 */
export function rolesAssignedTo(assignments: readonly RoleAssignment[], email: string): { assigned: Role[]; unanswered: string[] } {
  const direct = assignments.filter((a) => a.kind === 'user' && a.principal === email).map((a) => a.role);
  const groups = [...new Set(assignments.filter((a) => a.kind === 'group').map((a) => a.principal))];
  const { member, unanswered } = groupsHolding(email, groups);
  const viaGroups = assignments.filter((a) => a.kind === 'group' && member.has(a.principal)).map((a) => a.role);
  return { assigned: [...new Set([...direct, ...viaGroups])], unanswered };
}
