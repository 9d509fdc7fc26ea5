/**
 * Re-creates a tenant's store under a current admin: when the old one was deleted, or its owner is no longer an
 * admin (the owner of a file cannot be removed from it). What the old store holds that the Directory cannot give
 * back — settings, departments, mapping, templates, assignments, the connection — is copied when the old store
 * can still be read; the employees are re-imported by the run the card starts next.
 */
import { initializeStore, TABLES, TenantStore, writeTenant } from './tenant-store';
import { SheetTable } from './sheet-table';
import { SETTINGS_SHEET } from './tenant-settings';
import type { TenantRecord } from '../../core/tenant';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Tables the import rebuilds (or that are history): not copied. */
const NOT_COPIED = new Set<string>([TABLES.employees, TABLES.runs, TABLES.errors, TABLES.directory, 'Sheet1']);
/** Copied row for row (no header row): the tenant's settings (tenant-settings.ts). */
const KEY_VALUE_SHEETS = new Set<string>([SETTINGS_SHEET]);

export interface RecreateReport {
  store: TenantStore;
  copiedTables: string[];
}

export function recreateTenantStore(tenant: TenantRecord, by: string, admins: string[], old: Spreadsheet | null, now: number): RecreateReport {
  const ss = SpreadsheetApp.create(`Autograph — ${tenant.primaryDomain}`);
  const copied: string[] = [];
  for (const sheet of old?.getSheets() ?? []) {
    const name = sheet.getName();
    if (NOT_COPIED.has(name)) continue;
    if (KEY_VALUE_SHEETS.has(name)) {
      const values = sheet.getDataRange().getValues();
      if (values.length > 0 && values[0].length > 0) {
        const to = ss.insertSheet(name);
        to.getRange(1, 1, values.length, values[0].length).setNumberFormat('@').setValues(values);
        to.hideSheet();
        copied.push(name);
      }
      continue;
    }
    const data = new SheetTable(old!, name).read();
    if (data.header.length === 0) continue;
    new SheetTable(ss, name).replaceAll(data.header, data.rows);
    copied.push(name);
  }
  const next: TenantRecord = { ...tenant, spreadsheetId: ss.getId(), createdBy: by.toLowerCase(), createdAt: now, notice: '' };
  const store = new TenantStore(next, ss);
  initializeStore(store, now);
  const blank = ss.getSheetByName('Sheet1');
  if (blank && ss.getSheets().length > 1) ss.deleteSheet(blank);
  const others = [...new Set(admins.map((a) => a.toLowerCase()))].filter((a) => a !== by.toLowerCase());
  if (others.length > 0) ss.addEditors(others);
  // Registry last: until it names the new spreadsheet, every reader keeps the old one (nothing half-written).
  writeTenant(next);
  return { store, copiedTables: copied };
}
