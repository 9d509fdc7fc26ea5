/**
 * Each employee's own copy of their rendered signature, for "My signature", "Apply to my Gmail" and the compose
 * action when Gmail does not hold it yet (docs/signatures.md "Your own signature").
 *
 * Non-admins cannot open the tenant store, so each run writes the copies into a spreadsheet of their own,
 * *Autograph signatures — domain*, sheet `sealed`: one row per employee — opaque tag, keyed fingerprint, the copy
 * sealed under a key derived for that one user (core/signatures/own-copy.ts), time. Whoever opens the file sees
 * ciphertext and hex only; an employee's execution derives their own key (from `Session`'s address, never a
 * parameter) and opens only their own row.
 *
 * Sharing: an execution of the add-on reads with the user's own Drive rights, so the file must be shared with the
 * employees who read it. Spreadsheet offers only per-user `addViewers` (apps-script/reference/spreadsheet/spreadsheet);
 * domain-wide link sharing needs DriveApp's `setSharing(Access.DOMAIN_WITH_LINK, …)` and a Drive scope Autograph
 * does not request (apps-script/reference/drive/access). So the file is shared only when employees must apply their
 * own signatures (no service account): with a service account, each run writes Gmail itself and "My signature" reads
 * Gmail as the user. Per-user sharing is bounded per run, and Drive caps how many people one file can be shared with
 * directly [unverified: Google's help gives no figure for the API] — self-service suits small domains.
 *
 * Migration: the clear-text sheet `published` of earlier versions is deleted by the first run that writes `sealed`.
 * The id lives in the tenant's store (setting `published`), and in the registry (`t:<cid>` … `p=<id>`) while
 * employees must open the file themselves.
 */
import { htmlHash } from '../core/signatures/html-policy';
import { newestOwnCopy, ownCopyFingerprint, ownCopyTag, sealOwnCopy, type OwnCopy } from '../core/signatures/own-copy';
import { keyedHmac, nonce } from './service-account/key-store';
import { matchingRows, SheetTable, type Row } from './store/sheet-table';
import { updateLocation } from './store/registry';
import { readSetting, writeSetting } from './store/tenant-settings';
import type { TenantStore } from './store/tenant-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SEALED_SHEET = 'sealed';
export const SEALED_COLUMNS = ['owner', 'fingerprint', 'sealed', 'at'];
/** The clear-text sheet of earlier versions: deleted on the next publish. */
export const LEGACY_SHEET = 'published';
/** Viewers are added in chunks (one Drive call each), a bounded number per run; later runs add the rest. */
const VIEWERS_PER_CALL = 100;
const MAX_NEW_VIEWERS_PER_RUN = 2_000;
/** User property: what Gmail stored when the user applied their signature themselves (Gmail sanitises). */
const APPLIED_PROPERTY = 'autograph.ownSignature.applied';


/** HMAC(tenant key for own copies, address): the one key that opens this user's copy. */
export function ownCopyKey(customerId: string, email: string): Uint8Array {
  return keyedHmac(customerId, 'own-signature', `own-signature|${email.toLowerCase()}`);
}

/** The published-signatures spreadsheet's id (in the tenant's store), or '' before the first publish. */
export function publishedSpreadsheetId(store: Spreadsheet): string {
  return readSetting<string>(store, 'published') ?? '';
}

export interface PublishReport {
  /** Rows written (new or changed copies). */
  written: number;
  /** Employees newly given view access. */
  sharedWith: number;
  /** The clear-text sheet of an earlier version was deleted. */
  removedClearText: boolean;
}

function openOrCreate(store: TenantStore): Spreadsheet {
  const id = publishedSpreadsheetId(store.spreadsheet);
  if (id) {
    try {
      return SpreadsheetApp.openById(id);
    } catch (_gone) {
      // Deleted, or not shared with the admin running this: make a new one below.
    }
  }
  const ss = SpreadsheetApp.create(`Autograph signatures — ${store.tenant.primaryDomain}`);
  writeSetting(store.spreadsheet, 'published', ss.getId());
  return ss;
}

/**
 * Writes every employee's sealed copy (unchanged ones keep their row: same fingerprint), drops rows of people no
 * longer published, deletes the clear-text sheet of earlier versions, and shares the file with `readers` not yet
 * viewers (pass [] when nobody needs to open it).
 */
export function publishSignatures(store: TenantStore, copies: OwnCopy[], readers: string[]): PublishReport {
  const customerId = store.customerId;
  const ss = openOrCreate(store);
  const t = new SheetTable(ss, SEALED_SHEET);
  const current = t.read();
  const old = new Map<string, Row>();
  for (const r of current.rows) old.set(String(r[0]), r);
  const fresh = new Map<string, Row>();
  for (const c of copies) {
    const key = ownCopyKey(customerId, c.email);
    const tag = ownCopyTag(key);
    const before = old.get(tag);
    if (before && String(before[1]) === ownCopyFingerprint(key, c)) fresh.set(tag, before);
    else {
      const row = sealOwnCopy(c, key, nonce());
      fresh.set(tag, [row.tag, row.fingerprint, row.sealed, c.updatedAt]);
    }
  }
  // Existing rows keep their place (only changed rows are rewritten); new ones follow in tag order, which says
  // nothing about whose they are.
  const rows: Row[] = [];
  for (const r of current.rows) {
    const next = fresh.get(String(r[0]));
    if (next && !rows.includes(next)) rows.push(next);
  }
  const added = [...fresh.keys()].filter((tag) => !old.has(tag)).sort();
  for (const tag of added) rows.push(fresh.get(tag)!);
  const report = t.writeChanged(current, SEALED_COLUMNS, rows);

  const legacy = ss.getSheetByName(LEGACY_SHEET);
  if (legacy) ss.deleteSheet(legacy);
  const blank = ss.getSheetByName('Sheet1');
  if (blank && ss.getSheets().length > 1) ss.deleteSheet(blank);

  let sharedWith = 0;
  if (readers.length > 0) {
    const have = new Set([...ss.getViewers(), ...ss.getEditors()].map((u) => u.getEmail().toLowerCase()));
    const add = [...new Set(readers.map((r) => r.toLowerCase()))].filter((r) => !have.has(r)).slice(0, MAX_NEW_VIEWERS_PER_RUN);
    for (let i = 0; i < add.length; i += VIEWERS_PER_CALL) ss.addViewers(add.slice(i, i + VIEWERS_PER_CALL));
    sharedWith = add.length;
  }
  // Users who are not admins find the file through the registry only while they are meant to open it.
  updateLocation(customerId, { publishedId: readers.length > 0 ? ss.getId() : '' });
  return { written: report.rowsWritten, sharedWith, removedClearText: legacy !== null };
}

/**
 * The viewer's own copy, or null when none is published, the file is not shared with them, or no row under their
 * tag opens with their key. `email` must be the running user's own address (Session), never a card parameter.
 */
export function readOwnCopy(customerId: string, email: string, id: string): OwnCopy | null {
  if (!id) return null;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  try {
    sheet = SpreadsheetApp.openById(id).getSheetByName(SEALED_SHEET);
  } catch (_noAccess) {
    return null;
  }
  if (!sheet || sheet.getLastRow() < 2) return null;
  const key = ownCopyKey(customerId, email);
  const tag = ownCopyTag(key);
  // Sheets finds the viewer's row(s) by tag; only their sealed cells are read, whatever the number of employees.
  const sealed = matchingRows(sheet, 1, tag, { entireCell: true, matchCase: true }).map((n) => String(sheet!.getRange(n, 3).getValue()));
  return newestOwnCopy(sealed, key, email);
}

/** Remembers (by hash: a property holds 9 KB) what Gmail stored when the user applied `html` themselves. */
export function rememberApplied(html: string, stored: string): void {
  PropertiesService.getUserProperties().setProperty(APPLIED_PROPERTY, JSON.stringify({ hash: htmlHash(html), stored: htmlHash(stored) }));
}

/** True when the user applied exactly `html` themselves and Gmail still holds what it stored then. */
export function stillApplied(html: string, gmail: string | null): boolean {
  const raw = PropertiesService.getUserProperties().getProperty(APPLIED_PROPERTY);
  if (!raw || gmail === null) return false;
  try {
    const v = JSON.parse(raw) as { hash?: string; stored?: string };
    return v.hash === htmlHash(html) && v.stored === htmlHash(gmail);
  } catch {
    return false;
  }
}
