/**
 * One call that makes every file of a tenant follow the Directory's current admins (adapters/store/admin-access.ts)
 * and tells the admins when the store's owner is no longer one of them. Called by every run and by the admin home.
 */
import type { TenantRecord } from '../core/tenant';
import { AdminDirectoryPort } from '../adapters/directory';
import { readNotice, writeNotice } from '../adapters/store/registry';
import { type AccessReport, type AdminFile, OWNER_GONE_NOTICE, ownerGoneNotice, reconcileTenantAccess } from '../adapters/store/admin-access';
import { publishedSpreadsheetId } from '../adapters/published-signatures';
import { readSetting } from '../adapters/store/tenant-settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The other files a run writes that the admins need to edit (their modules own the contents). */
export function tenantAdminFiles(store: Spreadsheet): AdminFile[] {
  const out: AdminFile[] = [];
  const published = publishedSpreadsheetId(store);
  // Employees stay viewers of their signatures; only the editors are the admins' business here.
  if (published) out.push({ label: 'the published signatures spreadsheet', spreadsheetId: published, policy: 'adminEditors' });
  const drop = readSetting<{ dropSpreadsheetId?: string }>(store, 'contactInbox')?.dropSpreadsheetId;
  // Enabled users only view the drop (batches are sealed to them; adapters/suggestion-store.ts): the admins edit it.
  if (drop) out.push({ label: 'the Contact Inbox drop spreadsheet', spreadsheetId: drop, policy: 'adminEditors' });
  return out;
}

export interface AccessOutcome {
  reports: AccessReport[];
  /** What the admins should read about the store's ownership ('' when its owner is a current admin). */
  ownerNotice: string;
}

/**
 * Shares the store and the tenant's files with exactly the current admins (asked of the Directory now), and keeps
 * the owner notice in the tenant record in step. Directory errors are thrown to the caller (a run stops cleanly on
 * NotAdminError; a card says it could not check).
 */
export function followDirectoryAdmins(tenant: TenantRecord, store: Spreadsheet, directory = new AdminDirectoryPort()): AccessOutcome {
  const admins = directory.listAdminEmails();
  const reports = reconcileTenantAccess(store, admins, tenantAdminFiles(store));
  const storeReport = reports[0];
  const ownerNotice = storeReport.ownerIsAdmin ? '' : ownerGoneNotice(storeReport.owner);
  const notice = readNotice(tenant.customerId);
  if (ownerNotice && notice !== ownerNotice) writeNotice(tenant.customerId, ownerNotice);
  else if (!ownerNotice && notice.startsWith(OWNER_GONE_NOTICE)) writeNotice(tenant.customerId, '');
  return { reports, ownerNotice };
}
