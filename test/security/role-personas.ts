/**
 * One person per Autograph role in customer A of the two-tenant world: users of A made delegated administrators
 * in the Directory, each given one role by A's super admin (an Owner) on the Roles card — and one more who holds
 * Designer only through a Directory group, and roles enforced by the Owner. Owner is A's super admin itself
 * (core/roles.ts).
 */
import type { Group } from '../../sim/directory/model';
import { ASSIGNABLE_ROLES, type Role } from '../../src/core/roles';
import { confirmationIdIn } from '../support/confirmation';
import { act, answerText, callGlobal, type TwoTenants } from './two-tenants';

export interface RolePersonas {
  /** role → the delegated admin holding exactly that role (directly). */
  byRole: Record<Exclude<Role, 'owner'>, string>;
  /** A delegated admin holding Designer through `group`. */
  viaGroup: string;
  group: string;
}

/** Users of A no persona is yet (not admins, with a mailbox). */
function freeUsers(t: TwoTenants): string[] {
  const taken = new Set(Object.values(t.A.as));
  return t.ws.directory
    .usersOf(t.A.tenant.customerId)
    .filter((u) => !u.isAdmin && !u.isDelegatedAdmin && !u.suspended && !u.archived && !u.deleted && u.isMailboxSetup && !taken.has(u.primaryEmail))
    .map((u) => u.primaryEmail);
}

export function giveRole(t: TwoTenants, by: string, principal: string, role: Role): void {
  const r = act(t, by, 'roles.add', { form: { rolePrincipal: principal, roleName: role } });
  if (!r.ok || !/given to/.test(answerText(r))) throw new Error(`giving ${role} to ${principal}: ${answerText(r).slice(0, 400)}`);
}

/** The Owner enforces roles through the confirmation card, as Gmail would send the two clicks. */
export function enforceRoles(t: TwoTenants, owner: string): void {
  const asked = answerText(act(t, owner, 'roles.enforce', { params: { to: 'on' } }));
  const done = act(t, owner, 'roles.enforce', { params: { to: 'on', confirm: confirmationIdIn(asked) } });
  if (!/Roles are enforced/.test(answerText(done))) throw new Error(`enforcing roles: ${answerText(done).slice(0, 400)}`);
}

export function addRolePersonas(t: TwoTenants): RolePersonas {
  const free = freeUsers(t);
  if (free.length < ASSIGNABLE_ROLES.length + 1) throw new Error('too few users in A for one persona per role');
  const byRole = {} as RolePersonas['byRole'];
  const people = [...ASSIGNABLE_ROLES.map((role, i) => ({ role, email: free[i] })), { role: null, email: free[ASSIGNABLE_ROLES.length] }];
  for (const p of people) t.ws.directory.findUser(p.email)!.isDelegatedAdmin = true;
  const domain = t.A.as.superAdmin.split('@')[1];
  const group: Group = { id: '0roles000000000', email: `autograph-designers@${domain}`, name: 'Autograph designers', members: [{ email: people[people.length - 1].email, role: 'MEMBER', type: 'USER' }] };
  t.A.tenant.groups.push(group);
  t.ws.directory.revision++;
  // The Owner's home shares the store with the Directory's current admins (jobs/admin-access.ts).
  callGlobal(t, t.A.as.superAdmin, 'onHomepage', {});
  for (const p of people) {
    if (!p.role) continue;
    giveRole(t, t.A.as.superAdmin, `user:${p.email}`, p.role);
    byRole[p.role as keyof RolePersonas['byRole']] = p.email;
  }
  giveRole(t, t.A.as.superAdmin, `group:${group.email}`, 'designer');
  enforceRoles(t, t.A.as.superAdmin);
  return { byRole, viaGroup: people[people.length - 1].email, group: group.email };
}
