/**
 * After a disconnect: the tenant's data exported for the admin, then deleted on request.
 *
 * Export: one spreadsheet created by the admin, so it is in their Drive and theirs ("SpreadsheetApp.create …
 * Creates a new spreadsheet", apps-script/reference/spreadsheet/spreadsheet-app#create, under the `spreadsheets`
 * scope Autograph already has), with a sheet each for employees, templates and the audit log; Sheets downloads any
 * sheet as CSV (File › Download › Comma-separated values). No new scope is needed.
 *
 * Delete: every script-property entry of the tenant goes (`t:<cid>`, `t:<cid>:…`, its `d:<domain>` index, and with
 * `t:<cid>` the pointer to the edit requests file), and the content of its spreadsheets (store, Contact Inbox drop,
 * published signatures, edit requests file) is removed. Moving a file to the
 * trash needs a Drive scope (Drive API files.trash: "Requires one of the following OAuth scopes: … drive.file",
 * drive/api/reference/rest/v2/files/trash; DriveApp needs `drive`), which Autograph does not ask for: the emptied
 * files are renamed "… (deleted: move to trash)" and the card links each for the admin to trash.
 */
import { TABLES, type TenantStore } from '../adapters/store/tenant-store';
import { SheetTable } from '../adapters/store/sheet-table';
import { SheetSignatureStore, SIGNATURE_TABLES } from '../adapters/signature-store';
import { readContactInboxSettings } from '../adapters/suggestion-store';
import { readEditSettings } from '../adapters/edit-request-store';
import { publishedSpreadsheetId } from '../adapters/published-signatures';
import { scriptProperties } from '../adapters/store/registry';
import { DOMAIN_PREFIX, tenantKey } from '../core/tenant';
import { errorText } from '../core/error-text';
import { readDisconnect, writeDisconnect } from './disconnect-state';
import { isOpen, ReleaseTable } from '../adapters/release-store';
import { readRunState } from './runner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ExportReport {
  id: string;
  url: string;
  rows: { employees: number; templates: number; audit: number };
}

function writeSheet(ss: Spreadsheet, name: string, header: string[], rows: unknown[][]): void {
  // Written as text (SheetTable): an address or a phone number is kept as typed, never read as a formula or a number.
  new SheetTable(ss, name).replaceAll(header, rows.map((r) => header.map((_, i) => String(r[i] ?? ''))));
}

export function exportTenantData(store: TenantStore, by: string, now: number): ExportReport {
  const ss = store.spreadsheet;
  const employees = new SheetTable(ss, TABLES.employees).read();
  const templates = new SheetTable(ss, SIGNATURE_TABLES.templates).read();
  const audit = new SheetTable(ss, SIGNATURE_TABLES.audit).read();
  const out = SpreadsheetApp.create(`Autograph export — ${store.tenant.primaryDomain} — ${new Date(now).toISOString().slice(0, 10)}`);
  writeSheet(out, 'employees', employees.header.length ? employees.header : ['(no employees)'], employees.rows);
  // Templates as their fields, not the store's JSON column.
  const tpl = templates.rows.map((r) => JSON.parse(String(r[2])) as Record<string, unknown>);
  const tplHeader = ['id', 'name', 'html', 'aliasPolicy', 'enforce', 'updatedAt', 'updatedBy'];
  writeSheet(out, 'templates', tplHeader, tpl.map((t) => tplHeader.map((k) => t[k])));
  writeSheet(out, 'audit_log', audit.header.length ? audit.header : ['(no entries)'], audit.rows);
  // A new spreadsheet starts with one empty sheet; the three tables are the content.
  const blank = out.getSheets().find((x) => !['employees', 'templates', 'audit_log'].includes(x.getName()));
  if (blank) out.deleteSheet(blank);
  const d = readDisconnect(ss);
  if (d) writeDisconnect(ss, { ...d, exportId: out.getId(), exportedAt: now });
  new SheetSignatureStore(ss).appendAudit([{ at: now, address: '', employeeId: '', before: '', after: '', templateId: '', campaignId: '', cause: `export by ${by}`, why: `employees, templates and audit log exported to spreadsheet ${out.getId()}` }]);
  return { id: out.getId(), url: out.getUrl(), rows: { employees: employees.rows.length, templates: tpl.length, audit: audit.rows.length } };
}

/** Why the data may not be deleted yet, or '' when it may. */
export function deleteRefusal(store: TenantStore): string {
  const d = readDisconnect(store.spreadsheet);
  if (!d) return 'Not deleted: disconnect Autograph first (Disconnect card).';
  if (!d.exportedAt) return 'Not deleted: export the data first (employees, templates, audit log) with "Export to a spreadsheet".';
  if (readRunState(store.customerId) || new ReleaseTable(store.spreadsheet).all().some(isOpen)) {
    return 'Not deleted yet: signatures are still being put back. Try again when the card shows nothing still to do.';
  }
  return '';
}

export interface DeleteReport {
  /** Files emptied and renamed, with their links, for the admin to move to trash. */
  emptied: Array<{ name: string; url: string }>;
  problems: string[];
  propertiesDeleted: number;
}

function emptyFile(id: string, problems: string[]): { name: string; url: string } | null {
  if (!id) return null;
  try {
    const ss = SpreadsheetApp.openById(id);
    const keep = ss.getSheets()[0];
    for (const s of ss.getSheets().slice(1)) ss.deleteSheet(s);
    keep.clear();
    keep.setName('deleted');
    keep.getRange(1, 1).setValue('Deleted by Autograph. Move this file to the trash.');
    const name = `${ss.getName()} (deleted: move to trash)`;
    ss.rename(name);
    return { name, url: ss.getUrl() };
  } catch (err) {
    problems.push(`file ${id}: ${errorText(err)}`);
    return null;
  }
}

/**
 * Deletes the tenant's data: its files emptied (store last), every registry entry of the tenant removed. The store's
 * audit log goes with it, so who deleted what and when is recorded in the admin's export (sheet `deleted`).
 */
export function deleteTenantData(store: TenantStore, by: string, now: number): DeleteReport {
  const problems: string[] = [];
  const cid = store.customerId;
  const exportId = readDisconnect(store.spreadsheet)?.exportId ?? '';
  const drop = readContactInboxSettings(store)?.dropSpreadsheetId ?? '';
  const published = publishedSpreadsheetId(store.spreadsheet);
  const requests = readEditSettings(store).fileId;
  const emptied = [drop, published, requests, store.spreadsheet.getId()].map((id) => emptyFile(id, problems)).filter((x): x is { name: string; url: string } => x !== null);
  const props = scriptProperties();
  const mine = tenantKey(cid);
  const keys = props.getKeys().filter((k) => k === mine || k.startsWith(`${mine}:`) || (k.startsWith(DOMAIN_PREFIX) && props.getProperty(k) === cid));
  for (const k of keys) props.deleteProperty(k);
  const report = { emptied, problems, propertiesDeleted: keys.length };
  recordDeletion(exportId, by, now, report);
  return report;
}

function recordDeletion(exportId: string, by: string, now: number, r: DeleteReport): void {
  try {
    const rows = [
      [new Date(now).toISOString(), by, `${r.propertiesDeleted} registry entries removed`],
      ...r.emptied.map((f) => [new Date(now).toISOString(), by, `emptied ${f.name} ${f.url}`]),
      ...r.problems.map((p) => [new Date(now).toISOString(), by, `not emptied: ${p}`]),
    ];
    new SheetTable(SpreadsheetApp.openById(exportId), 'deleted').replaceAll(['at', 'by', 'what'], rows);
  } catch (err) {
    r.problems.push(`the deletion could not be recorded in the export (${exportId}): ${errorText(err)}`);
  }
}
