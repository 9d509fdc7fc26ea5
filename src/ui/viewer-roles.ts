/**
 * The roles of whoever clicked (core/roles.ts), resolved on every execution from the Directory (admin rights,
 * group membership) and the tenant's `roles` sheet, never cached longer: a removed role or a group change counts
 * from the next click. An answer the Directory could not give never widens what someone may do.
 */
import { locationForEmail } from '../adapters/store/registry';
import { openStoreForEmail } from '../adapters/store/tenant-store';
import { readRolesMode, readRoleTable, rolesAssignedTo, storeOwner } from '../adapters/role-store';
import { emailKey } from '../core/tenant';
import { EVERYONE, heldRoles, mayUse, refusalText, ROLE_INFO, type HeldRoles, type Role } from '../core/roles';
import { routeNeed } from './route-roles';
import { errorText } from '../core/error-text';
import { viewerOfThisExecution, type Viewer } from './viewer';

export interface ViewerRoles extends HeldRoles {
  /** Whom to ask for a role ("admin@x or a super admin"). */
  askWhom: string;
  /** Why roles could not be fully resolved ('' when they were); shown instead of a plain refusal. */
  problem: string;
}

const resolved = new Map<string, ViewerRoles>();

export function rolesOfViewer(viewer: Viewer): ViewerRoles {
  const hit = resolved.get(viewer.email);
  if (hit) return hit;
  const r = resolve(viewer);
  resolved.set(viewer.email, r);
  return r;
}

function resolve(viewer: Viewer): ViewerRoles {
  const none = (askWhom: string, problem: string): ViewerRoles => ({ ...heldRoles({ isAdmin: false, isSuperAdmin: false, isSetupAdmin: false, enforced: true, assigned: [] }), askWhom, problem });
  if (!viewer.isAdmin) return none('', viewer.rightsProblem);
  const superAdmins = 'a super admin of your domain';
  const facts = { isAdmin: true, isSuperAdmin: viewer.isSuperAdmin, isSetupAdmin: false, enforced: false, assigned: [] as Role[] };
  // A super admin is an Owner without asking anything more; before the setup nothing can be restricted yet.
  if (viewer.isSuperAdmin) return { ...heldRoles(facts), askWhom: superAdmins, problem: '' };
  const loc = locationForEmail(viewer.email);
  if (!loc) return { ...heldRoles(facts), askWhom: superAdmins, problem: '' };
  const mode = readRolesMode(loc.customerId);
  let store;
  try {
    store = openStoreForEmail(viewer.email);
  } catch {
    // A store this admin cannot open holds no role rows to read. Unenforced, nothing changes; enforced, nothing is
    // granted (the routes fail on the store anyway and say why), and a super admin re-creates it.
    return mode.enforced ? none(superAdmins, '') : { ...heldRoles(facts), askWhom: superAdmins, problem: '' };
  }
  const owner = storeOwner(store.spreadsheet);
  const askWhom = owner && owner !== viewer.email ? `${owner} or a super admin` : superAdmins;
  if (owner === viewer.email) return { ...heldRoles({ ...facts, isSetupAdmin: true }), askWhom, problem: '' };
  if (!mode.enforced) return { ...heldRoles(facts), askWhom, problem: '' };
  let table;
  try {
    table = readRoleTable(store.spreadsheet, loc.customerId, viewer.email);
  } catch (err) {
    return none(askWhom, `Autograph could not read its roles sheet (${errorText(err).slice(0, 160)}). Try again.`);
  }
  const { assigned, unanswered } = rolesAssignedTo(table.assignments, viewer.email);
  // A group the Directory did not answer for gives nothing; say so rather than refuse in silence.
  const problem = unanswered.length > 0 && assigned.length === 0 ? `Autograph could not check your groups in the Directory (${unanswered.slice(0, 3).join(', ')}), so it cannot tell your role. Try again in a minute.` : '';
  return { ...heldRoles({ ...facts, enforced: true, assigned }), askWhom, problem };
}

/** The entries of a card the viewer's roles allow (home card), and what to say about the ones left out. */
export function allowedEntries<T extends { route: string }>(viewer: Viewer, entries: readonly T[]): { shown: T[]; note: string } {
  const held = rolesOfViewer(viewer);
  const shown = entries.filter((s) => mayUse(routeNeed(s.route), held.roles));
  if (held.problem) return { shown, note: held.problem };
  if (shown.length === entries.length) return { shown, note: '' };
  const names = [...held.roles].map((r) => ROLE_INFO[r].label);
  return { shown, note: `Your roles in Autograph: ${names.length ? names.join(', ') : 'none'}. For the rest, ask ${held.askWhom}.` };
}

/**
 * Whether a button for `route` on a card rendered in this execution may be pressed by its viewer: null when it may,
 * else what to say instead (the role it needs and whom to ask). Buttons are only a courtesy: `dispatchAction` checks
 * the route again on the click. Outside an entry point (no viewer yet) nothing is held back here.
 */
export function refusalForButton(route: string): string | null {
  const need = routeNeed(route);
  if (need === EVERYONE) return null;
  const viewer = viewerOfThisExecution();
  if (!viewer) return null;
  const held = rolesOfViewer(viewer);
  return mayUse(need, held.roles) ? null : held.problem || refusalText(need, held.askWhom);
}
