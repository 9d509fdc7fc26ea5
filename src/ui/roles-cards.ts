/**
 * The Roles card, for Owners (core/roles.ts): who holds which role, rows of the `roles` sheet that grant nothing
 * and why, and a form to give a role to an administrator or a group picked from the Directory. Every change goes
 * to the audit log with who made it (adapters/role-store.ts) and counts from the other person's next click.
 */
import { AdminDirectoryPort } from '../adapters/directory';
import { assignableRole, readRolesMode, readRoleTable, setRolesEnforced, writeRoleTable } from '../adapters/role-store';
import { openStoreForEmail, type TenantStore } from '../adapters/store/tenant-store';
import { ASSIGNABLE_ROLES, ROLE_INFO, type PrincipalKind, type RoleAssignment } from '../core/roles';
import { emailKey } from '../core/tenant';
import { errorText } from '../core/error-text';
import { notify, notifyAndUpdate, pushCard, type ActionContext, type Route } from './actions';
import { confirmFirst, doneAfterConfirmation } from './confirm';
import { button, escapeCardText, header, textParagraph } from './card-kit';
import { needingStore } from './admin-store';
import { formValue, param } from './event';
import type { AdminSection } from './home';
import type { Viewer } from './viewer';

type Card = GoogleAppsScript.Card_Service.Card;

/** Who can be picked: the Directory's administrators (roles narrow admins) and its groups. */
interface Candidates {
  admins: string[];
  groups: Array<{ email: string; name: string }>;
  problem: string;
}

function candidates(): Candidates {
  const port = new AdminDirectoryPort();
  try {
    return { admins: port.listAdminEmails().sort(), groups: port.listGroups().sort((a, b) => a.email.localeCompare(b.email)), problem: '' };
  } catch (err) {
    return { admins: [], groups: [], problem: `The Directory did not list administrators and groups (${errorText(err).slice(0, 160)}). Try again.` };
  }
}

export function buildRolesCard(viewer: Viewer, store: TenantStore): Card {
  const table = readRoleTable(store.spreadsheet, store.customerId);
  const enforced = readRolesMode(store.customerId).enforced;
  const owner = store.spreadsheet.getOwner()?.getEmail() ?? '';
  const card = CardService.newCardBuilder().setName('roles').setHeader(header('Roles', 'Who may do what in Autograph'));
  const who = CardService.newCardSection()
    .addWidget(textParagraph(`<b>Owners</b>: every super admin${owner ? `, and ${escapeCardText(owner)} (set Autograph up; owns its spreadsheet)` : ''}. Only Owners change roles.`))
    .addWidget(
      textParagraph(
        enforced
          ? '<b>Roles are enforced</b>: every other administrator holds exactly the roles given below, to them or to a group they are in; with none, they see what employees see.'
          : '<b>Roles are not enforced yet</b>: every administrator who is not an Owner can do everything but change roles, as before roles existed. Give roles below, then enforce them.',
      ),
    )
    .addWidget(CardService.newButtonSet().addButton(enforced ? button('Stop enforcing roles', 'roles.enforce', { to: 'off' }) : button('Enforce roles', 'roles.enforce', { to: 'on' }, true)))
    .addWidget(textParagraph('Roles never make someone an administrator: Autograph\'s files are shared with the Admin console\'s administrators only, so a role counts for administrators (any admin role).'));
  for (const r of ASSIGNABLE_ROLES) who.addWidget(CardService.newDecoratedText().setTopLabel(ROLE_INFO[r].label).setText(escapeCardText(ROLE_INFO[r].does)).setWrapText(true));
  card.addSection(who);

  const held = CardService.newCardSection().setHeader(`Roles given (${table.assignments.length})`);
  if (table.assignments.length === 0) held.addWidget(textParagraph('No role given yet.'));
  for (const a of table.assignments) {
    held.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(`${a.kind === 'group' ? 'Group' : 'User'} · given by ${escapeCardText(a.by || 'unknown')}`)
        .setText(`${escapeCardText(a.principal)} — ${ROLE_INFO[a.role].label}`)
        .setWrapText(true)
        .setButton(button('Remove', 'roles.remove', { principal: a.principal, principalKind: a.kind, role: a.role })),
    );
  }
  card.addSection(held);

  if (table.problems.length > 0) {
    const bad = CardService.newCardSection().setHeader(`Rows that grant nothing (${table.problems.length})`);
    for (const p of table.problems.slice(0, 20)) bad.addWidget(textParagraph(`<font color="#d93025">Row ${p.row} of the roles sheet: ${escapeCardText(p.problem)}.</font> ${escapeCardText(p.fix)}`));
    card.addSection(bad);
  }

  const c = candidates();
  const add = CardService.newCardSection().setHeader('Give a role');
  if (c.problem) add.addWidget(textParagraph(`<font color="#d93025">${escapeCardText(c.problem)}</font>`));
  const pick = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('rolePrincipal').setTitle('Administrator or group');
  pick.addItem('Choose an administrator or a group', '', true);
  for (const a of c.admins) pick.addItem(`${a} (administrator)`, `user:${a}`, false);
  for (const g of c.groups) pick.addItem(`${g.name} · ${g.email} (group)`, `group:${emailKey(g.email)}`, false);
  const role = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('roleName').setTitle('Role');
  for (const r of ASSIGNABLE_ROLES) role.addItem(ROLE_INFO[r].label, r, r === 'auditor');
  add.addWidget(pick).addWidget(role).addWidget(CardService.newButtonSet().addButton(button('Give the role', 'roles.add', {}, true)).addButton(button('Back to home', 'home.open')));
  card.addSection(add);
  return card.build();
}

/**
 * A picked principal, checked again in the Directory as the Owner: a forged value naming another customer's
 * user or group, or someone since removed, is refused with the reason.
 */
function checkedPrincipal(value: string, customerId: string): { kind: PrincipalKind; email: string; isAdmin: boolean } | { error: string } {
  const m = /^(user|group):(.+)$/.exec(value.trim());
  if (!m) return { error: 'Administrator or group: choose one in the list.' };
  const kind = m[1] as PrincipalKind;
  const email = emailKey(m[2]);
  try {
    if (kind === 'user') {
      const u = new AdminDirectoryPort().getUser(email) as { primaryEmail?: string; customerId?: string; isAdmin?: boolean; isDelegatedAdmin?: boolean };
      if (u.customerId !== customerId) return { error: `Administrator or group: ${email} is not a user of your Workspace account.` };
      return { kind, email: emailKey(String(u.primaryEmail ?? email)), isAdmin: Boolean(u.isAdmin || u.isDelegatedAdmin) };
    }
    const g = AdminDirectory!.Groups!.get(email) as { email?: string };
    return { kind, email: emailKey(String(g.email ?? email)), isAdmin: false };
  } catch (err) {
    return { error: `Administrator or group: the Directory does not confirm ${email} in your Workspace account (${errorText(err).slice(0, 120)}). Choose one in the list.` };
  }
}

/** Read, change and write the table under the script lock, so two Owners' changes do not overwrite each other. */
function changeRoles(viewer: Viewer, store: TenantStore, change: (current: RoleAssignment[]) => RoleAssignment[] | string): string | null {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) return 'Another role change is being saved. Try again in a moment.';
  try {
    const before = readRoleTable(store.spreadsheet, store.customerId).assignments;
    const next = change(before);
    if (typeof next === 'string') return next;
    writeRoleTable(store.spreadsheet, store.customerId, before, next, viewer.email, Date.now());
    return null;
  } finally {
    lock.releaseLock();
  }
}

function add({ viewer, event }: ActionContext) {
  const store = openStoreForEmail(viewer.email);
  const role = assignableRole(formValue(event, 'roleName') ?? '');
  if (!role) return notify(`Role: choose one of ${ASSIGNABLE_ROLES.map((r) => ROLE_INFO[r].label).join(', ')}.`);
  const p = checkedPrincipal(formValue(event, 'rolePrincipal') ?? '', store.customerId);
  if ('error' in p) return notify(p.error);
  const refused = changeRoles(viewer, store, (current) =>
    current.some((a) => a.kind === p.kind && a.principal === p.email && a.role === role)
      ? `${p.email} already holds ${ROLE_INFO[role].label}.`
      : [...current, { principal: p.email, kind: p.kind, role, by: viewer.email, at: Date.now() }],
  );
  if (refused) return notify(refused);
  const note = p.kind === 'user' && !p.isAdmin ? ' The Directory lists them without admin rights: the role takes effect once they are an administrator.' : ' It counts from their next click.';
  return notifyAndUpdate(`${ROLE_INFO[role].label} given to ${p.email} (checked in the Directory) and written to the audit log.${note}`, buildRolesCard(viewer, store));
}

function remove({ viewer, event }: ActionContext) {
  const store = openStoreForEmail(viewer.email);
  const principal = emailKey(param(event, 'principal') ?? '');
  const kind = param(event, 'principalKind') ?? '';
  const role = assignableRole(param(event, 'role') ?? '');
  if (!role) return notify('This role is not one Autograph gives. Reload the Roles card.');
  const refused = changeRoles(viewer, store, (current) => {
    const next = current.filter((a) => !(a.principal === principal && a.kind === kind && a.role === role));
    return next.length === current.length ? `${principal} does not hold ${ROLE_INFO[role].label} (any more). Reload the Roles card.` : next;
  });
  if (refused) return notify(refused);
  return notifyAndUpdate(`${ROLE_INFO[role].label} removed from ${principal} and written to the audit log. It counts from their next click.`, buildRolesCard(viewer, store));
}

function enforce({ viewer, event }: ActionContext) {
  const store = openStoreForEmail(viewer.email);
  const to = param(event, 'to') === 'on';
  const table = readRoleTable(store.spreadsheet, store.customerId);
  if (!to) {
    setRolesEnforced(store.spreadsheet, store.customerId, false, table.assignments.length, viewer.email, Date.now());
    return notifyAndUpdate('Roles are no longer enforced: every administrator can do everything but change roles, from their next click. Written to the audit log.', buildRolesCard(viewer, store));
  }
  const given = new Set(table.assignments.filter((a) => a.kind === 'user').map((a) => a.principal));
  const groups = table.assignments.filter((a) => a.kind === 'group').length;
  const admins = candidates().admins;
  const without = admins.filter((a) => !given.has(a) && a !== viewer.email);
  return confirmFirst(event, {
    route: 'roles.enforce', params: { to: 'on' }, subject: 'roles',
    title: 'Enforce roles?',
    consequences: [
      'From each administrator\'s next click, administrators who are not Owners hold only the roles given on the Roles card (to them, or to a group the Directory says they are in).',
      without.length
        ? `${without.length} administrator(s) have no role of their own${groups ? ` (a group may give them one)` : ''}: ${escapeCardText(without.slice(0, 10).join(', '))}${without.length > 10 ? ', …' : ''}. Without one they see only what employees see.`
        : 'Every administrator listed by the Directory has a role of their own.',
      'Owners (super admins and whoever owns Autograph\'s spreadsheet) keep every right.',
    ],
    undo: 'Stop enforcing roles on the Roles card gives every administrator every role but Owner again.',
    verb: 'Enforce roles',
  }, () => {
    setRolesEnforced(store.spreadsheet, store.customerId, true, table.assignments.length, viewer.email, Date.now());
    return doneAfterConfirmation('Roles are enforced from each administrator\'s next click. Written to the audit log.', buildRolesCard(viewer, store));
  });
}

export const rolesRoutes: Record<string, Route> = needingStore({
  'roles.open': { adminOnly: true, handler: ({ viewer }) => pushCard(buildRolesCard(viewer, openStoreForEmail(viewer.email))) },
  'roles.add': { adminOnly: true, handler: add },
  'roles.remove': { adminOnly: true, handler: remove },
  'roles.enforce': { adminOnly: true, handler: enforce },
});

export const rolesSection: AdminSection = {
  route: 'roles.open',
  label: 'Roles',
  description: 'Who may change the connection, the mapping, templates… (Owners only)',
};
