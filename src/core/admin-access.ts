/**
 * Who should have access to a file Autograph keeps for a tenant, given the tenant's current admins: every current
 * admin an editor; former admins removed. Pure planning; the adapter (adapters/store/admin-access.ts) applies it.
 */

/**
 * - `adminsOnly`: the tenant store — only current admins may edit or view it.
 * - `adminEditors`: editors are current admins only; viewers (e.g. employees reading a file) are left alone.
 */
export type AccessPolicy = 'adminsOnly' | 'adminEditors';

export interface AccessNow {
  owner: string;
  editors: string[];
  viewers: string[];
}

export interface AccessPlan {
  addEditors: string[];
  removeEditors: string[];
  removeViewers: string[];
  /** The owner cannot be removed; when they are no longer an admin the tenant must re-create the file. */
  ownerIsAdmin: boolean;
}

export function planAdminAccess(now: AccessNow, admins: string[], policy: AccessPolicy): AccessPlan {
  const lower = (xs: string[]) => xs.map((x) => x.trim().toLowerCase()).filter(Boolean);
  const owner = now.owner.trim().toLowerCase();
  const current = new Set(lower(admins));
  const editors = new Set(lower(now.editors).filter((e) => e !== owner));
  const viewers = lower(now.viewers).filter((v) => v !== owner && !editors.has(v));
  const goes = (who: string): boolean => !current.has(who);
  return {
    addEditors: [...current].filter((a) => a !== owner && !editors.has(a)).sort(),
    removeEditors: [...editors].filter(goes).sort(),
    removeViewers: policy === 'adminsOnly' ? viewers.filter(goes).sort() : [],
    ownerIsAdmin: current.has(owner),
  };
}
