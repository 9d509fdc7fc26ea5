/**
 * Keeps the files a run writes shared with the tenant's CURRENT admins (from the Directory): new admins become
 * editors, former admins lose access. Run on every run (after the store opens, and again when it is done, so files
 * created during the run are shared at once) and when an admin opens the admin home. Any current admin can then
 * own the nightly run: every file it writes is editable by them.
 */
import { type AccessPolicy, planAdminAccess } from '../../core/admin-access';
import { errorText } from '../../core/error-text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AccessReport {
  file: string;
  added: string[];
  removed: string[];
  owner: string;
  ownerIsAdmin: boolean;
  /** Why the file could not be reconciled (empty when it was). */
  error: string;
}

/** Another file a run writes that admins must be able to edit (its owner module names it). */
export interface AdminFile {
  label: string;
  spreadsheetId: string;
  policy: AccessPolicy;
}

/** Makes `ss`'s sharing match the current admins under `policy`. */
export function reconcileFileAccess(label: string, ss: Spreadsheet, admins: string[], policy: AccessPolicy): AccessReport {
  const owner = ss.getOwner()?.getEmail() ?? '';
  const now = {
    owner,
    editors: ss.getEditors().map((u) => u.getEmail()),
    viewers: policy === 'adminEditors' ? [] : ss.getViewers().map((u) => u.getEmail()),
  };
  const plan = planAdminAccess(now, admins, policy);
  if (plan.addEditors.length > 0) ss.addEditors(plan.addEditors);
  // apps-script/reference/spreadsheet/spreadsheet#removeEditor(String): removes the user from the editors;
  // it does not block access granted by a domain-wide link (Autograph's files have none).
  for (const e of plan.removeEditors) ss.removeEditor(e);
  for (const v of plan.removeViewers) ss.removeViewer(v);
  return { file: label, added: plan.addEditors, removed: [...plan.removeEditors, ...plan.removeViewers], owner: owner.toLowerCase(), ownerIsAdmin: plan.ownerIsAdmin, error: '' };
}

/**
 * Reconciles the store (admins only) and the tenant's other files with `admins`. A file that cannot be opened or
 * shared by the running admin is reported, not thrown: the store's own reconciliation must still happen.
 */
export function reconcileTenantAccess(store: Spreadsheet, admins: string[], others: AdminFile[]): AccessReport[] {
  const reports: AccessReport[] = [reconcileFileAccess('the Autograph spreadsheet', store, admins, 'adminsOnly')];
  for (const f of others) {
    try {
      reports.push(reconcileFileAccess(f.label, SpreadsheetApp.openById(f.spreadsheetId), admins, f.policy));
    } catch (err) {
      reports.push({ file: f.label, added: [], removed: [], owner: '', ownerIsAdmin: true, error: errorText(err) });
    }
  }
  return reports;
}

/** The notice admins see when the store's owner is no longer an admin: what happened and the fix. */
export const OWNER_GONE_NOTICE = 'The Autograph spreadsheet is owned by';

export function ownerGoneNotice(owner: string): string {
  return (
    `${OWNER_GONE_NOTICE} ${owner}, who is no longer an administrator of the domain. They keep it as long as they own it. ` +
    'Fix: an administrator opens Autograph › home › "Re-create the store": Autograph copies the settings, templates and mapping into a new spreadsheet owned by that administrator and re-imports the employees.'
  );
}
