/**
 * A tenant's own settings in its store: the hidden sheet `_tenant`, one row per setting — name in column A, JSON in
 * column B (a Sheets cell holds 50,000 characters; the largest setting, Contact Inbox's list of users waiting to
 * start, takes ~40 characters a user and is emptied by the next run). Only the tenant's admins can open the
 * spreadsheet, so only their executions (cards, the nightly run) read these; what users who are not admins need
 * is in the registry (registry.ts). The rows are read once per execution.
 */
import type { TenantRecord } from '../../core/tenant';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the `tenant` setting holds: the record less what the registry holds (location, notice). */
export type StoredRecord = Omit<TenantRecord, 'customerId' | 'spreadsheetId' | 'notice'>;

/** The `tenant` setting from a (partial, possibly older) record, every field given its default. */
export function storedRecord(o: Partial<StoredRecord> | null): StoredRecord {
  return {
    primaryDomain: o?.primaryDomain ?? '',
    timeZone: o?.timeZone || 'UTC',
    autoSync: Boolean(o?.autoSync),
    triggerOwner: o?.triggerOwner ?? '',
    createdBy: o?.createdBy ?? '',
    createdAt: o?.createdAt ?? 0,
  };
}

export const SETTINGS_SHEET = '_tenant';

/** The settings Autograph keeps here (each module owns its value's shape). */
export type SettingName = 'tenant' | 'connection' | 'contactInbox' | 'published' | 'disconnect' | 'adminMail' | 'editRequests';

const cache = new Map<string, Map<string, string>>();

function sheetOf(ss: Spreadsheet, create: boolean): Sheet | null {
  let sheet = ss.getSheetByName(SETTINGS_SHEET);
  if (!sheet && create) {
    sheet = ss.insertSheet(SETTINGS_SHEET);
    sheet.hideSheet();
  }
  return sheet;
}

/** More rows than Autograph keeps settings: read in one range, so opening a tenant costs one call more. */
const MAX_ROWS = 50;

function rows(ss: Spreadsheet): Map<string, string> {
  const id = ss.getId();
  let m = cache.get(id);
  if (m) return m;
  m = new Map();
  let values: unknown[][] = [];
  try {
    values = ss.getRange(`${SETTINGS_SHEET}!A1:B${MAX_ROWS}`).getValues();
  } catch (_noSheet) {
    // "Range not found": a store created before settings lived here; the first write creates the sheet.
  }
  for (const [k, v] of values) if (String(k)) m.set(String(k), String(v));
  cache.set(id, m);
  return m;
}

export function readSetting<T>(ss: Spreadsheet, name: SettingName): T | null {
  const raw = rows(ss).get(name);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** Writes several settings in one range write (null removes one). */
export function writeSettings(ss: Spreadsheet, values: Partial<Record<SettingName, unknown>>): void {
  const m = new Map(rows(ss));
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined) m.delete(k);
    else m.set(k, JSON.stringify(v));
  }
  const sheet = sheetOf(ss, true)!;
  const before = sheet.getLastRow();
  const out = [...m.entries()].map(([k, v]) => [k, v]);
  if (out.length > 0) sheet.getRange(1, 1, out.length, 2).setNumberFormat('@').setValues(out);
  if (before > out.length) sheet.getRange(out.length + 1, 1, before - out.length, 2).clearContent();
  cache.set(ss.getId(), m);
}

export function writeSetting(ss: Spreadsheet, name: SettingName, value: unknown): void {
  writeSettings(ss, { [name]: value });
}
