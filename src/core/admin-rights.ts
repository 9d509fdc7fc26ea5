/**
 * What the Directory answered about a user's admin rights, as a value: an admin of this tenant, not one, or
 * unknown (the Directory could not be asked: a transient error, or the Admin SDK API is not enabled). Only a
 * definite answer may change what a user can do; "unknown" is shown as such and never cached.
 */

import { disabledApiOf, enableApiFix, enableUrlOf } from './api-enablement';

export type RightsFailure = 'transient' | 'apiDisabled' | 'other';

export type AdminRights =
  | { state: 'admin'; customerId: string; isSuperAdmin: boolean }
  /** `otherAccount`: the Directory places the user in another Workspace account than the tenant's. */
  | { state: 'notAdmin'; why: string; otherAccount?: boolean }
  | { state: 'unknown'; failure: RightsFailure; detail: string };

/** The rights of a user from their users.get resource, for the tenant Autograph found by their domain. */
export function directoryRights(
  u: { isAdmin?: boolean; isDelegatedAdmin?: boolean; customerId?: string },
  tenantCustomerId: string | null,
): AdminRights {
  const cid = String(u.customerId ?? '');
  const otherAccount = Boolean(tenantCustomerId && cid !== tenantCustomerId);
  if (!u.isAdmin && !u.isDelegatedAdmin) return { state: 'notAdmin', why: 'The Directory lists you without admin privileges.', otherAccount };
  // An admin of another Workspace account is no admin of this tenant, whatever their address says.
  if (otherAccount) {
    return { state: 'notAdmin', why: `You administer Workspace account ${cid || '(unknown)'}, not the one Autograph is set up for (${tenantCustomerId}).`, otherAccount };
  }
  return { state: 'admin', customerId: cid, isSuperAdmin: Boolean(u.isAdmin) };
}

/** The rights after users.get failed: a 403 "Not Authorized" is the answer "not an admin"; anything else is unknown. */
export function failedRights(kind: 'notAdmin' | RightsFailure, detail: string): AdminRights {
  if (kind === 'notAdmin') return { state: 'notAdmin', why: 'The Directory refused to show you admin data (you are not an administrator).' };
  return { state: 'unknown', failure: kind, detail };
}

/** The card text for rights that could not be checked: why, and what to do. */
export function rightsProblemText(r: AdminRights): string {
  if (r.state !== 'unknown') return '';
  if (r.failure === 'apiDisabled') {
    const d = disabledApiOf(r.detail) ?? { title: 'Admin SDK API', service: 'admin.googleapis.com', project: '', enableUrl: enableUrlOf('admin.googleapis.com', '') };
    return (
      `The ${d.title} is not enabled in Autograph's Cloud project${d.project ? ` (${d.project})` : ''}, so Autograph cannot check ` +
      `your admin rights (nothing is wrong with your account). Whoever publishes Autograph fixes this. ${enableApiFix(d)}`
    );
  }
  if (r.failure === 'transient') {
    return `Autograph could not check your admin rights: the Directory did not answer (${r.detail}). Try again in a minute.`;
  }
  return `Autograph could not check your admin rights (${r.detail}). Try again; if this repeats, check the Admin console.`;
}

/** The console page that fixes rights that could not be checked, when one exists (an API to enable). */
export function rightsFixLink(r: AdminRights): { label: string; url: string } | null {
  if (r.state !== 'unknown' || r.failure !== 'apiDisabled') return null;
  const d = disabledApiOf(r.detail);
  return { label: `Enable the ${d?.title ?? 'Admin SDK API'}`, url: d?.enableUrl ?? enableUrlOf('admin.googleapis.com', '') };
}
