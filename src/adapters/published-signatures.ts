/**
 * Each employee's rendered signature, in a spreadsheet of its own that every employee may view: non-admins cannot
 * open the tenant store (it holds the connection's sealed key), yet "My signature", "Apply to my Gmail" and the
 * compose action need their own signature. Signatures are public anyway — they go out with every message.
 * Rows: email, html, length, rule, updatedAt. The id lives in script properties (`t:<cid>:signatures:published`).
 */
import { tenantKey } from '../core/tenant';
import { SheetTable } from './store/sheet-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PUBLISHED_COLUMNS = ['email', 'html', 'length', 'rule', 'updatedAt'];
const PUBLISHED_SHEET = 'published';
/** Viewers are added in chunks (one Drive call each). */
const VIEWERS_PER_CALL = 100;
const MAX_NEW_VIEWERS_PER_RUN = 2_000;

export interface PublishedSignature {
  email: string;
  html: string;
  length: number;
  rule: string;
  updatedAt: number;
}

const publishedKey = (customerId: string) => tenantKey(customerId, 'signatures:published');

/** The published-signatures spreadsheet's id, or '' before the first publish (admin access is reconciled on it). */
export function publishedSpreadsheetId(customerId: string): string {
  return PropertiesService.getScriptProperties().getProperty(publishedKey(customerId)) ?? '';
}

/** Writes the published signatures (only changed rows) and shares the spreadsheet with employees not yet viewers. */
export function publishSignatures(customerId: string, domain: string, rows: PublishedSignature[], readers: string[]): { written: number; sharedWith: number } {
  const props = PropertiesService.getScriptProperties();
  let id = props.getProperty(publishedKey(customerId));
  let ss: Spreadsheet | null = null;
  if (id) {
    try {
      ss = SpreadsheetApp.openById(id);
    } catch (_gone) {
      ss = null; // Deleted or no longer shared with the admin running this: make a new one.
    }
  }
  if (!ss) {
    ss = SpreadsheetApp.create(`Autograph signatures — ${domain}`);
    id = ss.getId();
    props.setProperty(publishedKey(customerId), id);
  }
  const t = new SheetTable(ss, PUBLISHED_SHEET);
  const current = t.read();
  const sorted = [...rows].sort((a, b) => (a.email < b.email ? -1 : 1));
  const report = t.writeChanged(current, PUBLISHED_COLUMNS, sorted.map((r) => [r.email, r.html, r.length, r.rule, r.updatedAt]));
  const have = new Set([...ss.getViewers(), ...ss.getEditors()].map((u) => u.getEmail().toLowerCase()));
  // A bounded number of new viewers per run: the rest are added by the next runs (each run checks who has access).
  const add = [...new Set(readers.map((r) => r.toLowerCase()))].filter((r) => !have.has(r)).slice(0, MAX_NEW_VIEWERS_PER_RUN);
  for (let i = 0; i < add.length; i += VIEWERS_PER_CALL) ss.addViewers(add.slice(i, i + VIEWERS_PER_CALL));
  return { written: report.rowsWritten, sharedWith: add.length };
}

/** The viewer's own published signature, or null when none is published or the viewer may not read it. */
export function readPublishedSignature(customerId: string, email: string): PublishedSignature | null {
  const id = PropertiesService.getScriptProperties().getProperty(publishedKey(customerId));
  if (!id) return null;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  try {
    sheet = SpreadsheetApp.openById(id).getSheetByName(PUBLISHED_SHEET);
  } catch (_noAccess) {
    return null;
  }
  if (!sheet || sheet.getLastRow() < 2) return null;
  // Column A only, then the one row: cheap even for 50,000 employees.
  const emails = sheet.getRange(2, 1, sheet.getLastRow() - 1, 1).getValues();
  const want = email.toLowerCase();
  const i = emails.findIndex((r) => String(r[0]).toLowerCase() === want);
  if (i < 0) return null;
  const row = sheet.getRange(i + 2, 1, 1, PUBLISHED_COLUMNS.length).getValues()[0];
  return { email: String(row[0]), html: String(row[1]), length: Number(row[2]) || 0, rule: String(row[3]), updatedAt: Number(row[4]) || 0 };
}
