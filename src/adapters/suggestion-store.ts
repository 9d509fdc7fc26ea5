/**
 * Where Contact Inbox keeps what it learns, and who can read it (docs/contact-inbox-feature.md "Storage").
 *
 * The nightly run executes as the admin who owns the trigger, so it cannot write other users' user properties, and
 * whatever it writes in plain form that admin could read. So:
 * - Per-user reading state (cursor, linkage, enrolment) — no mail content — lives in the tenant store's
 *   `contact_inbox` sheet (admin-only): `EnrollmentTable`.
 * - Suggestions travel to their user through the tenant's "drop" spreadsheet. Only the tenant's admins (who run the
 *   nightly job) may edit it; enabled users may only VIEW it, so a coworker can neither add nor delete rows
 *   (editors who are not admins — enabled users before this change — are demoted by the next run). The `drops`
 *   sheet holds batches sealed with `secretbox` under a key derived by HMAC from the publisher's master secret, the
 *   tenant and the user's email (core/contact-inbox/drop-batch.ts): authenticated, so a batch anyone else made does
 *   not open for the user. Rows are tagged with a keyed hash of the user, not their address. The user's execution
 *   opens its own batches, moves them into its user properties (SuggestionBook) and remembers which it took; only
 *   the nightly run removes rows (after 30 days). An admin or coworker opening the spreadsheet sees ciphertext and
 *   opaque tags.
 * - Message bodies are never stored anywhere: a batch holds suggested fields and message ids only.
 */
import { toHex } from '../core/delegation/bytes';
import { MAX_TAKEN_BYTES, openBatch, rememberTaken, sealBatch } from '../core/contact-inbox/drop-batch';
import { RETIRED_SECRET_KEY_PROPERTY, SuggestionBook } from '../core/contact-inbox/suggestion-book';
import type { ContactSuggestion } from '../core/contact-inbox/suggestion';
import { ContactInboxSettings, ENROLLMENT_COLUMNS, EnrolledUser, enrollmentToRow, rowToEnrollment } from '../core/contact-inbox/enrollment';
import { keyedHmac, nonce } from './service-account/key-store';
import { SheetTable, TableData } from './store/sheet-table';
import { createSharedFile, lowerEmails as lower, openSharedFile, shareFile } from './store/shared-file';
import { locationForEmail, updateLocation } from './store/registry';
import { readSetting, writeSetting } from './store/tenant-settings';
import type { TenantStore } from './store/tenant-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// ---- Settings (the tenant's store; the drop's id also in the registry, for the users who read it) ------------------

export function readContactInboxSettings(store: TenantStore): ContactInboxSettings | null {
  const s = readSetting<Partial<ContactInboxSettings>>(store.spreadsheet, 'contactInbox');
  if (!s) return null;
  return { enabled: Boolean(s.enabled), enabledBy: s.enabledBy ?? '', enabledAt: s.enabledAt ?? 0, dropSpreadsheetId: s.dropSpreadsheetId ?? '', startRequested: s.startRequested ?? [] };
}

/**
 * Saves the settings in the store, and the drop's id in the registry while Contact Inbox is on (enabled users open
 * the drop but not the store). Throws PropertyStoreFullError, with the store already written, when the registry
 * is full: the caller says so, and the drop stays unread by users until there is room.
 */
export function writeContactInboxSettings(store: TenantStore, s: ContactInboxSettings): void {
  writeSetting(store.spreadsheet, 'contactInbox', s);
  updateLocation(store.customerId, { dropId: s.enabled ? s.dropSpreadsheetId : '' });
}

// ---- Enrolment (tenant store, admin-only) --------------------------------------------------------------------------

export const ENROLLMENT_SHEET = 'contact_inbox';

export interface EnrollmentSnapshot {
  data: TableData;
  users: EnrolledUser[];
}

export class EnrollmentTable {
  constructor(private readonly store: TenantStore) {}
  private table(): SheetTable {
    return new SheetTable(this.store.spreadsheet, ENROLLMENT_SHEET);
  }
  read(): EnrollmentSnapshot {
    const data = this.table().read();
    return { data, users: data.rows.map((r) => rowToEnrollment(data.header, r)).filter((u): u is EnrolledUser => u !== null) };
  }
  /** Email → enabled, from the first two columns only. */
  enabledFlags(): Map<string, boolean> {
    const d = this.table().readColumns(2);
    return new Map(d.rows.map((r) => [String(r[0]).toLowerCase(), String(r[1]) === 'yes']));
  }
  /** Writes `users` (same order as the snapshot, new ones appended), touching only changed rows. */
  write(snapshot: EnrollmentSnapshot, users: EnrolledUser[]): void {
    this.table().writeChanged(snapshot.data, ENROLLMENT_COLUMNS, users.map(enrollmentToRow));
  }
}

// ---- Keys and tags -------------------------------------------------------------------------------------------------

/** Contact Inbox's keys and tags: HMAC under the tenant's Contact Inbox key (derived from the master secret). */
function hmac(customerId: string, label: string): Uint8Array {
  return keyedHmac(customerId, 'contact-inbox', label);
}

/** The opaque tag a user's rows carry in the drop spreadsheet. */
export function ownerTag(customerId: string, email: string): string {
  return toHex(hmac(customerId, `owner|${email.toLowerCase()}`).slice(0, 12));
}

/** The keyed hash under which a sender is remembered as "already suggested" to a user. */
export function senderTag(customerId: string, userEmail: string, senderEmail: string): string {
  return toHex(hmac(customerId, `sender|${userEmail.toLowerCase()}|${senderEmail.toLowerCase()}`).slice(0, 8));
}

/** The key a user's batches are sealed under: only code holding the master secret (ours) can derive it. */
function batchKey(customerId: string, email: string): Uint8Array {
  return hmac(customerId, `secretbox|${email.toLowerCase()}`);
}

// ---- The drop spreadsheet ------------------------------------------------------------------------------------------

/** The sheet where users once published public keys (retired: anyone can seal to a public key). */
const RETIRED_KEYS_SHEET = 'keys';
const DROPS_SHEET = 'drops';
const DROP_COLUMNS = ['owner', 'batch', 'sealed', 'at'];
/** Suggestions per sealed row: ~700 characters each sealed, well under a cell's 50,000. */
const SUGGESTIONS_PER_ROW = 40;
/** Batches older than this are dropped by the nightly run (users import theirs whenever they open Autograph). */
export const DROP_RETENTION_MS = 30 * 86_400_000;

/** Creates the tenant's drop spreadsheet (owned by the enabling admin, editable by the tenant's other admins only). */
export function createDropSpreadsheet(domain: string, admins: string[], me: string): Spreadsheet {
  return createSharedFile(`Autograph Contact Inbox — ${domain}`, [{ name: DROPS_SHEET, columns: DROP_COLUMNS }], admins, me);
}

/**
 * Gives enabled users VIEW access (they only read their batches). A user who already has access keeps it: an
 * editor is not demoted here (addViewer leaves an editor as is: apps-script/reference/spreadsheet/spreadsheet
 * #addViewer(String)); `secureDropAccess` does that. One Drive sharing call per 100 users.
 */
export function shareDrop(ss: Spreadsheet, emails: string[]): number {
  return shareFile(ss, emails, 'view');
}

export interface DropAccessReport {
  /** Editors who are not admins, removed as editors (enabled ones are viewers again through `shareDrop`). */
  demoted: number;
  /** Demotions left for the next execution (the deadline came first). */
  left: number;
  /** Enabled users given view access. */
  shared: number;
}

/**
 * The nightly run's access check: only the owner and the tenant's admins edit the drop. Any other editor — enabled
 * users were editors before batches were authenticated — loses edit access (one removeEditor call each; it removes
 * the user from the editors, apps-script/reference/spreadsheet/spreadsheet#removeEditor(String)), then enabled
 * users get view access. Also deletes the retired public-key sheet.
 */
export function secureDropAccess(ss: Spreadsheet, enabled: string[], admins: string[], deadline: number): DropAccessReport {
  const owner = ss.getOwner()?.getEmail().toLowerCase() ?? '';
  const keep = new Set([owner, ...lower(admins)]);
  const demote = lower(ss.getEditors().map((u) => u.getEmail())).filter((e) => !keep.has(e));
  let demoted = 0;
  for (const e of demote) {
    if (Date.now() >= deadline) break;
    ss.removeEditor(e);
    demoted++;
  }
  const retired = ss.getSheetByName(RETIRED_KEYS_SHEET);
  if (retired) ss.deleteSheet(retired);
  return { demoted, left: demote.length - demoted, shared: shareDrop(ss, enabled) };
}

export function openDrop(settings: Pick<ContactInboxSettings, 'dropSpreadsheetId'> | null): Spreadsheet | null {
  // Null for a user it is not shared with (not enabled).
  return openSharedFile(settings?.dropSpreadsheetId ?? '');
}

/** Seals one row of a user's suggestions as the batch `batchId`, under the user's key. */
export function sealForUser(customerId: string, email: string, batchId: string, suggestions: ContactSuggestion[]): string {
  return sealBatch(batchId, suggestions, batchKey(customerId, email), nonce());
}

export interface DropBatch {
  email: string;
  batchId: string;
  suggestions: ContactSuggestion[];
}

/** Appends sealed batches (the nightly run; as the trigger's owner, an admin, who owns or edits the drop). */
export function appendDrops(ss: Spreadsheet, customerId: string, batches: DropBatch[], now: number): number {
  const rows: Array<Array<string | number>> = [];
  for (const b of batches) {
    for (let i = 0; i < b.suggestions.length; i += SUGGESTIONS_PER_ROW) {
      const rowBatch = `${b.batchId}.${i / SUGGESTIONS_PER_ROW}`;
      rows.push([ownerTag(customerId, b.email), rowBatch, sealForUser(customerId, b.email, rowBatch, b.suggestions.slice(i, i + SUGGESTIONS_PER_ROW)), now]);
    }
  }
  if (rows.length) new SheetTable(ss, DROPS_SHEET).append(DROP_COLUMNS, rows);
  return rows.length;
}

/** Drops batches older than the retention (nightly run, under the tenant lease; users only read this sheet). */
export function pruneDrops(ss: Spreadsheet, now: number): number {
  const t = new SheetTable(ss, DROPS_SHEET);
  const d = t.read();
  const keep = d.rows.filter((r) => now - (Number(r[3]) || 0) < DROP_RETENTION_MS);
  if (keep.length === d.rows.length) return 0;
  t.replaceAll(DROP_COLUMNS, keep);
  return d.rows.length - keep.length;
}

// ---- The user's side (runs as the user) ----------------------------------------------------------------------------

const TAKEN_PROPERTY = 'contactInbox.takenBatches';

function takenBefore(raw: string | null): string[] {
  try {
    const list: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(list) ? list.map(String) : [];
  } catch {
    return []; // a damaged list only means batches still in the drop are taken again (same senders, merged)
  }
}

export interface TakenSuggestions {
  suggestions: ContactSuggestion[];
  /** Batches under the user's tag that do not verify (forged, altered, moved): ignored, never shown. */
  rejected: number;
}

/**
 * The user's suggestions from nightly runs not taken yet, opened in the user's own execution (which only reads the
 * drop). Batch ids taken — verified or rejected — are remembered in user properties.
 */
export function takeNightlySuggestions(customerId: string, email: string, settings: Pick<ContactInboxSettings, 'dropSpreadsheetId'> | null): TakenSuggestions {
  const none: TakenSuggestions = { suggestions: [], rejected: 0 };
  const ss = openDrop(settings);
  if (!ss) return none;
  const sheet = ss.getSheetByName(DROPS_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return none;
  const props = PropertiesService.getUserProperties();
  const before = takenBefore(props.getProperty(TAKEN_PROPERTY));
  const takenSet = new Set(before);
  const tag = ownerTag(customerId, email);
  const heads = sheet.getRange(2, 1, sheet.getLastRow() - 1, 2).getValues();
  const inDrop = heads.map((r, i) => ({ i, tag: String(r[0]), batch: String(r[1]) })).filter((r) => r.tag === tag);
  const key = batchKey(customerId, email);
  const newly: string[] = [];
  const out: TakenSuggestions = { suggestions: [], rejected: 0 };
  for (const r of inDrop) {
    if (takenSet.has(r.batch)) continue;
    const [[rowTag, rowBatch, sealed]] = sheet.getRange(r.i + 2, 1, 1, 3).getValues();
    // The nightly prune rewrote the sheet between the two reads: this row is read on the next open.
    if (String(rowTag) !== tag || String(rowBatch) !== r.batch) continue;
    newly.push(r.batch);
    const opened = openBatch(String(sealed), key, r.batch);
    if (opened.ok) out.suggestions.push(...opened.suggestions);
    else out.rejected++;
  }
  const ids = inDrop.map((r) => r.batch);
  if (newly.length || before.some((id) => !ids.includes(id))) props.setProperty(TAKEN_PROPERTY, JSON.stringify(rememberTaken(before, ids, newly, MAX_TAKEN_BYTES)));
  return out;
}
/**
 * The email addresses in the user's Google Contacts (people.connections.list, 1,000 a page; an account holds at most
 * 25,000 contacts), so senders already saved are not suggested. Only called when new suggestions arrived.
 */
function myContactEmails(): Set<string> {
  const out = new Set<string>();
  let pageToken: string | undefined;
  for (let page = 0; page < 25; page++) {
    const r = People!.People!.Connections!.list('people/me', { personFields: 'emailAddresses', pageSize: 1000, pageToken });
    for (const p of r.connections ?? []) for (const e of p.emailAddresses ?? []) if (e.value) out.add(e.value.trim().toLowerCase());
    pageToken = r.nextPageToken;
    if (!pageToken) break;
  }
  return out;
}

/**
 * Runs as the user opening Autograph: opens the nightly run's batches sealed for them and moves the suggestions into
 * their own SuggestionBook (user properties). Returns how many were new. Batches that do not verify are logged.
 * Users Contact Inbox is not enabled for (no drop access) cost two property reads.
 */
export function collectMySuggestions(email: string): number {
  try {
    // The registry names the drop while Contact Inbox is on: users cannot open the store to read the settings.
    const where = locationForEmail(email);
    if (!where?.dropId) return 0;
    const taken = takeNightlySuggestions(where.customerId, email, { dropSpreadsheetId: where.dropId });
    if (taken.rejected) {
      console.warn(`Contact Inbox: ignored ${taken.rejected} batch(es) in the drop for ${email} that do not verify (altered, moved, or not sealed by Autograph)`);
    }
    if (!taken.suggestions.length) return 0;
    const props = PropertiesService.getUserProperties();
    // The key pair of the retired public-key sealing has no use left (only on arrivals: no read on every open).
    props.deleteProperty(RETIRED_SECRET_KEY_PROPERTY);
    return new SuggestionBook(props).add(taken.suggestions, myContactEmails());
  } catch (err) {
    // The homepage must open even when the drop cannot be read; the suggestions wait for the next open.
    console.warn(`Contact Inbox: could not collect suggestions for ${email}: ${(err as Error)?.message ?? err}`);
    return 0;
  }
}
