/**
 * Autograph's roles: who may do which part of the admin work. Roles narrow what a Workspace administrator may do
 * in Autograph; they never make a non-administrator one (Autograph's files are shared with the Directory's admins
 * only, and the Directory answers admin questions to admins only), so a role given to a user who is not an
 * administrator takes effect once the Admin console makes them one (any admin role, even without privileges).
 *
 * Who holds what:
 * - Owner: every super admin, and the admin who set Autograph up — the owner of the store spreadsheet, which only
 *   its owner can hand on (Drive) — while they stay an admin. Owners may do everything, and only they change
 *   roles (or, once it exists, delete the integration). Not assignable: no row in a sheet makes an Owner.
 *
 * The store is shared with every admin as an editor, so a restricted admin could type rows into it: each row is
 * sealed with a key only Autograph's code holds (an HMAC), and a row without a valid seal grants nothing. Whether
 * roles are enforced is kept outside the spreadsheet (a script property), so deleting rows only ever narrows.
 * - Every other (delegated) admin: until an Owner enforces roles, every role but Owner, as before roles existed —
 *   an upgrade locks no paying admin out, and roles can be given to everyone before they bite. Once enforced,
 *   exactly the roles given to them or to a group the Directory says they are in; none, and they see what
 *   employees see. Enforcing is one explicit, audited step (not a side effect of giving the first role), so
 *   removing a role always takes something away and never hands back everything.
 * - Everyone else: the employee routes only.
 */
import type { Cell } from './sheet-row';
import { rowReader } from './sheet-row';
import { emailKey } from './tenant';

export type Role = 'owner' | 'integrationManager' | 'mappingEditor' | 'designer' | 'approver' | 'auditor';

export const ROLE_INFO: Record<Role, { label: string; does: string }> = {
  owner: { label: 'Owner', does: 'everything, and only they change roles or delete the integration' },
  integrationManager: { label: 'Integration manager', does: 'the connection, sync settings, runs, pausing, and which users Autograph manages' },
  mappingEditor: { label: 'Mapping editor', does: 'the field mapping and exclusions (users and departments)' },
  designer: { label: 'Designer', does: 'templates, campaigns and assignments' },
  approver: { label: 'Approver', does: "employees' edit requests" },
  auditor: { label: 'Auditor', does: 'read-only views and the audit log' },
};

/** Roles an Owner can assign (Owner itself comes from the Directory and the setup, never from a row). */
export const ASSIGNABLE_ROLES: readonly Role[] = ['integrationManager', 'mappingEditor', 'designer', 'approver', 'auditor'];

/** A route open to every user of the domain (their own signature, their contacts, help). */
export const EVERYONE = 'everyone' as const;

/** What a route needs: EVERYONE, or any one of these roles (an Owner passes every route). */
export type RouteNeed = typeof EVERYONE | readonly Role[];

export type PrincipalKind = 'user' | 'group';

/** One row of the tenant's `roles` sheet, checked (its seal included). */
export interface RoleAssignment {
  /** A user's primary email or a group's email, lower case. */
  principal: string;
  kind: PrincipalKind;
  role: Role;
  by: string;
  at: number;
}

/** A row that grants nothing, and why (shown to Owners on the roles card). */
export interface RoleRowProblem {
  /** 1-based row in the sheet, the header being row 1. */
  row: number;
  problem: string;
  fix: string;
}

export const ROLE_COLUMNS = ['principal', 'kind', 'role', 'by', 'at', 'seal'] as const;

/** The text a row's seal covers: every cell that grants or explains, in a fixed order. */
export function sealedText(a: RoleAssignment): string {
  return ['autograph/roles/v1', a.principal, a.kind, a.role, a.by, String(a.at)].join('|');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isAssignable(v: string): v is Role {
  return (ASSIGNABLE_ROLES as readonly string[]).includes(v);
}

/**
 * The role rows of the store, each checked: cells are untrusted (anyone who can edit the spreadsheet can type
 * in it), so a row that is not exactly a known principal kind, a valid address and an assignable role grants
 * nothing and is reported.
 */
export function parseRoleRows(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<Cell | null | undefined>>,
  sealOf: (text: string) => string,
): { assignments: RoleAssignment[]; problems: RoleRowProblem[] } {
  const assignments: RoleAssignment[] = [];
  const problems: RoleRowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, i) => {
    const r = rowReader(header, cells);
    const row = i + 2;
    const principal = emailKey(r.text('principal'));
    const kind = r.text('kind').trim();
    const role = r.text('role').trim();
    if (!principal && !kind && !role) return;
    if (!EMAIL.test(principal)) {
      problems.push({ row, problem: `principal "${principal.slice(0, 80)}" is not an email address`, fix: 'Remove the row and assign the role again on the Roles card.' });
      return;
    }
    if (kind !== 'user' && kind !== 'group') {
      problems.push({ row, problem: `kind "${kind.slice(0, 40)}" is neither user nor group`, fix: 'Remove the row and assign the role again on the Roles card.' });
      return;
    }
    if (!isAssignable(role)) {
      const why = role === 'owner' ? 'Owner cannot be assigned (Owners are the super admins and the admin who set Autograph up)' : `role "${role.slice(0, 40)}" is not one of ${ASSIGNABLE_ROLES.join(', ')}`;
      problems.push({ row, problem: why, fix: 'Remove the row and assign a role on the Roles card.' });
      return;
    }
    const at = Number(r.raw('at'));
    const a: RoleAssignment = { principal, kind, role, by: emailKey(r.text('by')), at: Number.isFinite(at) ? at : 0 };
    if (r.text('seal') !== sealOf(sealedText(a))) {
      problems.push({ row, problem: `${principal} as ${ROLE_INFO[role].label} was not written by Autograph (edited in the spreadsheet)`, fix: 'Remove the row and give the role on the Roles card.' });
      return;
    }
    const key = `${kind}|${principal}|${role}`;
    if (seen.has(key)) return;
    seen.add(key);
    assignments.push(a);
  });
  return { assignments, problems };
}

export function roleRow(a: RoleAssignment, sealOf: (text: string) => string): Cell[] {
  return [a.principal, a.kind, a.role, a.by, a.at, sealOf(sealedText(a))];
}

/** What the Directory and the store say about one person, for the role resolution. */
export interface RoleFacts {
  /** A definite "admin of this tenant" from the Directory. */
  isAdmin: boolean;
  isSuperAdmin: boolean;
  /** They set Autograph up (they own the store spreadsheet). */
  isSetupAdmin: boolean;
  /** An Owner enforced roles for this tenant (RolesMode). */
  enforced: boolean;
  /** Roles assigned to them directly or through a group the Directory says they are in. */
  assigned: readonly Role[];
}

export type RoleSource = 'owner' | 'unrestricted' | 'assigned' | 'none';

export interface HeldRoles {
  roles: ReadonlySet<Role>;
  /** Why they hold these roles, for the cards ("as a super admin", "assigned by an Owner"…). */
  source: RoleSource;
}

export function heldRoles(f: RoleFacts): HeldRoles {
  if (!f.isAdmin) return { roles: new Set(), source: 'none' };
  if (f.isSuperAdmin || f.isSetupAdmin) return { roles: new Set<Role>(['owner', ...ASSIGNABLE_ROLES]), source: 'owner' };
  if (!f.enforced) return { roles: new Set(ASSIGNABLE_ROLES), source: 'unrestricted' };
  return { roles: new Set(f.assigned.filter(isAssignable)), source: 'assigned' };
}

/** Whether someone holding `roles` may use a route needing `need`. */
export function mayUse(need: RouteNeed | undefined, roles: ReadonlySet<Role>): boolean {
  if (need === undefined) return false;
  if (need === EVERYONE) return true;
  if (roles.has('owner')) return true;
  return need.some((r) => roles.has(r));
}

/**
 * Whether roles bind the tenant's delegated admins, and how many sealed rows Autograph last wrote (so rows deleted
 * in the spreadsheet are reported), as kept in the tenant's `t:<cid>:roles` script property: `on <rows>`, or
 * absent (never enforced: the upgrade default). A value that is not exactly that counts as enforced — a damaged
 * value must not hand every admin every role — and is reported.
 */
export interface RolesMode {
  enforced: boolean;
  rows: number;
  problem: string;
}

export function parseRolesMode(raw: string | null): RolesMode {
  if (raw === null || raw === '') return { enforced: false, rows: 0, problem: '' };
  const m = /^(on|off) (\d{1,6})$/.exec(raw);
  if (m) return { enforced: m[1] === 'on', rows: Number(m[2]), problem: '' };
  return { enforced: true, rows: -1, problem: 'The stored roles setting is damaged, so roles are enforced. Press Enforce roles or Stop enforcing to write it again.' };
}

export function rolesModeValue(enforced: boolean, rows: number): string {
  return `${enforced ? 'on' : 'off'} ${rows}`;
}

export function roleLabels(roles: readonly Role[]): string {
  return roles.map((r) => ROLE_INFO[r].label).join(' or ');
}

/** The refusal a card shows: what is needed and whom to ask. */
export function refusalText(need: RouteNeed | undefined, askWhom: string): string {
  if (need === undefined || need === EVERYONE) return 'Autograph does not know who may do this, so nobody may. Reload Autograph and try again.';
  const who = askWhom ? ` Ask an Owner (${askWhom}) for it.` : ' Ask a super admin of your domain for it.';
  if (need.length === 1 && need[0] === 'owner') return `Only an Owner of Autograph (a super admin, or the admin who set Autograph up) can do this.${askWhom ? ` Ask ${askWhom}.` : ''}`;
  return `This needs the ${roleLabels(need.filter((r) => r !== 'owner'))} role in Autograph, which you do not hold.${who}`;
}
