/**
 * Where Contact Inbox keeps what it learns, and who can read it (docs/contact-inbox-feature.md "Storage").
 *
 * The nightly run executes as the admin who owns the trigger, so it cannot write other users' user properties, and
 * whatever it writes in plain form that admin could read. So:
 * - Per-user reading state (cursor, linkage, enrolment) — no mail content — lives in the tenant store's
 *   `contact_inbox` sheet (admin-only): `EnrollmentTable`.
 * - Suggestions travel to their user through the tenant's "drop" spreadsheet, shared with the enabled users:
 *   the `drops` sheet holds batches SEALED to the user — with tweetnacl `box` to the public key the user's own
 *   execution published (secret key in THEIR user properties: core/contact-inbox/sealed-inbox.ts), or, until the
 *   user has opened Autograph once, with `secretbox` under a key derived by HMAC from the publisher's master secret,
 *   the tenant and the user's email (core/delegation/secret-box.ts). Rows are tagged with a keyed hash of the
 *   user, not their address. The user's execution opens its own batches and moves them into its user properties
 *   (SuggestionBook); an admin or a coworker opening the spreadsheet sees only ciphertext and opaque tags.
 * - Published public keys carry a MAC (master secret, tenant, email, key): a coworker with edit access cannot
 *   replace someone's key with their own to have that person's suggestions sealed to them.
 * - Message bodies are never stored anywhere: a batch holds suggested fields and message ids only.
 */
import { base64Decode, fromSignedBytes, toHex, toSignedBytes } from '../core/delegation/bytes';
import { openSecret, sealSecret } from '../core/delegation/secret-box';
import { inboxKeyPair, openSealed, sealTo } from '../core/contact-inbox/sealed-inbox';
import { SECRET_KEY_PROPERTY, SuggestionBook } from '../core/contact-inbox/suggestion-book';
import type { ContactSuggestion } from '../core/contact-inbox/suggestion';
import { ContactInboxSettings, ENROLLMENT_COLUMNS, EnrolledUser, enrollmentToRow, rowToEnrollment } from '../core/contact-inbox/enrollment';
import { tenantKey } from '../core/tenant';
import { nonce, sealingKey } from './service-account/key-store';
import { SheetTable, TableData } from './store/sheet-table';
import { tenantForEmail } from './store/registry';
import type { TenantStore } from './store/tenant-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// ---- Settings (script properties, one small value per tenant) -----------------------------------------------------

const settingsKey = (cid: string) => tenantKey(cid, 'contactInbox');

export function readContactInboxSettings(customerId: string): ContactInboxSettings | null {
  const raw = PropertiesService.getScriptProperties().getProperty(settingsKey(customerId));
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Partial<ContactInboxSettings>;
    return { enabled: Boolean(s.enabled), enabledBy: s.enabledBy ?? '', enabledAt: s.enabledAt ?? 0, dropSpreadsheetId: s.dropSpreadsheetId ?? '', startRequested: s.startRequested ?? [] };
  } catch {
    return null;
  }
}

export function writeContactInboxSettings(customerId: string, s: ContactInboxSettings): void {
  PropertiesService.getScriptProperties().setProperty(settingsKey(customerId), JSON.stringify(s));
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

/** One derived key per tenant for Contact Inbox (HMAC of the master secret), cached for the execution. */
const tenantKeys = new Map<string, number[]>();
function inboxKey(customerId: string): number[] {
  let k = tenantKeys.get(customerId);
  if (!k) tenantKeys.set(customerId, (k = toSignedBytes(sealingKey(customerId, 'contact-inbox'))));
  return k;
}

function hmac(customerId: string, label: string): Uint8Array {
  return fromSignedBytes(Utilities.computeHmacSha256Signature(Utilities.newBlob(label).getBytes(), inboxKey(customerId)));
}

/** The opaque tag a user's rows carry in the drop spreadsheet. */
export function ownerTag(customerId: string, email: string): string {
  return toHex(hmac(customerId, `owner|${email.toLowerCase()}`).slice(0, 12));
}

/** The keyed hash under which a sender is remembered as "already suggested" to a user. */
export function senderTag(customerId: string, userEmail: string, senderEmail: string): string {
  return toHex(hmac(customerId, `sender|${userEmail.toLowerCase()}|${senderEmail.toLowerCase()}`).slice(0, 8));
}

function keyMac(customerId: string, email: string, publicKey: string): string {
  return toHex(hmac(customerId, `pubkey|${email.toLowerCase()}|${publicKey}`).slice(0, 16));
}

function fallbackKey(customerId: string, email: string): Uint8Array {
  return hmac(customerId, `secretbox|${email.toLowerCase()}`);
}

/** 32 random bytes: SHA-256 over UUIDs (v4, random) and the time; Apps Script has no CSPRNG call. */
function randomSeed(): Uint8Array {
  const seed = [Utilities.getUuid(), Utilities.getUuid(), String(Date.now())].join('|');
  return fromSignedBytes(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, seed, Utilities.Charset.UTF_8));
}

// ---- The drop spreadsheet ------------------------------------------------------------------------------------------

const KEYS_SHEET = 'keys';
const DROPS_SHEET = 'drops';
const KEY_COLUMNS = ['owner', 'publicKey', 'mac', 'at'];
const DROP_COLUMNS = ['owner', 'batch', 'sealed', 'at'];
/** Suggestions per sealed row: ~700 characters each sealed, well under a cell's 50,000. */
const SUGGESTIONS_PER_ROW = 40;
/** Batches older than this are dropped by the nightly run (users import theirs whenever they open Autograph). */
export const DROP_RETENTION_MS = 30 * 86_400_000;

/** Creates the tenant's drop spreadsheet (owned by the enabling admin, editable by the tenant's other admins). */
export function createDropSpreadsheet(domain: string, admins: string[], me: string): Spreadsheet {
  const ss = SpreadsheetApp.create(`Autograph Contact Inbox — ${domain}`);
  new SheetTable(ss, KEYS_SHEET).replaceAll(KEY_COLUMNS, []);
  new SheetTable(ss, DROPS_SHEET).replaceAll(DROP_COLUMNS, []);
  const blank = ss.getSheetByName('Sheet1');
  if (blank && ss.getSheets().length > 1) ss.deleteSheet(blank);
  const others = admins.map((a) => a.toLowerCase()).filter((a) => a !== me.toLowerCase());
  if (others.length) ss.addEditors(others);
  return ss;
}

/**
 * Gives enabled users edit access (they publish their public key there). Editors see only ciphertext and tags.
 * One Drive sharing call per 100 users.
 */
export function shareDrop(ss: Spreadsheet, emails: string[]): number {
  const have = new Set([...ss.getEditors(), ...ss.getViewers()].map((u) => u.getEmail().toLowerCase()));
  const add = [...new Set(emails.map((e) => e.toLowerCase()))].filter((e) => !have.has(e));
  for (let i = 0; i < add.length; i += 100) ss.addEditors(add.slice(i, i + 100));
  return add.length;
}

export function openDrop(settings: ContactInboxSettings | null): Spreadsheet | null {
  if (!settings?.dropSpreadsheetId) return null;
  try {
    return SpreadsheetApp.openById(settings.dropSpreadsheetId);
  } catch (_noAccess) {
    return null; // not shared with this user (not enabled) or deleted
  }
}

/** Verified public keys by owner tag (a key whose MAC does not match its owner is ignored). */
export function publishedKeys(ss: Spreadsheet, customerId: string, emails: string[]): Map<string, string> {
  const rows = new SheetTable(ss, KEYS_SHEET).read().rows;
  const byTag = new Map(rows.map((r) => [String(r[0]), { publicKey: String(r[1]), mac: String(r[2]) }]));
  const out = new Map<string, string>();
  for (const email of emails) {
    const k = byTag.get(ownerTag(customerId, email));
    if (k && k.publicKey && keyMac(customerId, email, k.publicKey) === k.mac) out.set(email.toLowerCase(), k.publicKey);
  }
  return out;
}

/** Seals one user's suggestions: to their public key when they published one, else under the derived key. */
export function sealForUser(customerId: string, email: string, publicKey: string | undefined, suggestions: ContactSuggestion[]): string {
  const json = JSON.stringify(suggestions);
  if (publicKey) return sealTo(publicKey, json, randomSeed(), nonce());
  return sealSecret(json, fallbackKey(customerId, email), nonce());
}

export interface DropBatch {
  email: string;
  batchId: string;
  suggestions: ContactSuggestion[];
}

/** Appends sealed batches (the nightly run; as the trigger's owner, who owns or edits the drop). */
export function appendDrops(ss: Spreadsheet, customerId: string, batches: DropBatch[], keys: Map<string, string>, now: number): number {
  const rows: Array<Array<string | number>> = [];
  for (const b of batches) {
    for (let i = 0; i < b.suggestions.length; i += SUGGESTIONS_PER_ROW) {
      const part = b.suggestions.slice(i, i + SUGGESTIONS_PER_ROW);
      rows.push([ownerTag(customerId, b.email), `${b.batchId}.${i / SUGGESTIONS_PER_ROW}`, sealForUser(customerId, b.email, keys.get(b.email.toLowerCase()), part), now]);
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
const MAX_TAKEN = 400;

/**
 * The user's key pair: created on first use (secret in their user properties), public half published in the drop
 * with its MAC. Returns false when the user has no access to the drop (Contact Inbox not enabled for them).
 */
export function ensureInboxKey(customerId: string, email: string, settings = readContactInboxSettings(customerId)): boolean {
  const ss = openDrop(settings);
  if (!ss) return false;
  const props = PropertiesService.getUserProperties();
  let secret = props.getProperty(SECRET_KEY_PROPERTY);
  let publicKey = '';
  if (secret) {
    const sk = base64Decode(secret);
    if (sk && sk.length === 32) publicKey = inboxKeyPair(sk).publicKey;
  }
  if (!publicKey) {
    const pair = inboxKeyPair(randomSeed());
    secret = pair.secretKey;
    publicKey = pair.publicKey;
    props.setProperty(SECRET_KEY_PROPERTY, secret);
  }
  const sheet = ss.getSheetByName(KEYS_SHEET);
  if (!sheet) return false;
  const tag = ownerTag(customerId, email);
  const mac = keyMac(customerId, email, publicKey);
  const n = sheet.getLastRow();
  const tags = n >= 2 ? sheet.getRange(2, 1, n - 1, 3).getValues() : [];
  const i = tags.findIndex((r) => String(r[0]) === tag);
  if (i >= 0 && String(tags[i][1]) === publicKey && String(tags[i][2]) === mac) return true;
  // Rows are never deleted from `keys`, so a user's row index is stable; new rows go through the atomic appendRow.
  if (i >= 0) sheet.getRange(i + 2, 1, 1, 4).setValues([[tag, publicKey, mac, Date.now()]]);
  else sheet.appendRow([tag, publicKey, mac, Date.now()]);
  return true;
}

/**
 * The user's suggestions from nightly runs not taken yet: opened in the user's own execution, with their secret key
 * (or the derived key for batches sealed before they had one). Batch ids taken are remembered in user properties.
 */
export function takeNightlySuggestions(customerId: string, email: string, settings = readContactInboxSettings(customerId)): ContactSuggestion[] {
  const ss = openDrop(settings);
  if (!ss) return [];
  const sheet = ss.getSheetByName(DROPS_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const props = PropertiesService.getUserProperties();
  const secret = props.getProperty(SECRET_KEY_PROPERTY) ?? '';
  const taken: string[] = JSON.parse(props.getProperty(TAKEN_PROPERTY) ?? '[]') as string[];
  const takenSet = new Set(taken);
  const tag = ownerTag(customerId, email);
  const n = sheet.getLastRow() - 1;
  const tags = sheet.getRange(2, 1, n, 2).getValues();
  const mine = tags.map((r, i) => ({ i, tag: String(r[0]), batch: String(r[1]) })).filter((r) => r.tag === tag && !takenSet.has(r.batch));
  const out: ContactSuggestion[] = [];
  for (const r of mine) {
    const sealed = String(sheet.getRange(r.i + 2, 3).getValue());
    const plain = sealed.startsWith('sb1.') ? openSecret(sealed, fallbackKey(customerId, email)) : secret ? openSealed(sealed, secret) : null;
    taken.push(r.batch);
    if (plain === null) continue; // sealed to a key this user no longer has, or altered: nothing to show
    try {
      out.push(...(JSON.parse(plain) as ContactSuggestion[]));
    } catch {
      // A damaged batch only loses suggestions the sender's next message brings back.
    }
  }
  if (mine.length) props.setProperty(TAKEN_PROPERTY, JSON.stringify(taken.slice(-MAX_TAKEN)));
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
 * Runs as the user opening Autograph: publishes their key (first time), opens the nightly run's batches sealed to
 * them and moves the suggestions into their own SuggestionBook (user properties). Returns how many were new.
 * Users Contact Inbox is not enabled for (no drop access) cost two property reads.
 */
export function collectMySuggestions(email: string): number {
  try {
    const tenant = tenantForEmail(email);
    if (!tenant) return 0;
    const settings = readContactInboxSettings(tenant.customerId);
    if (!settings?.enabled) return 0;
    if (!ensureInboxKey(tenant.customerId, email, settings)) return 0;
    const taken = takeNightlySuggestions(tenant.customerId, email, settings);
    return taken.length ? new SuggestionBook(PropertiesService.getUserProperties()).add(taken, myContactEmails()) : 0;
  } catch (err) {
    // The homepage must open even when the drop cannot be read; the suggestions wait for the next open.
    console.warn(`Contact Inbox: could not collect suggestions for ${email}: ${(err as Error)?.message ?? err}`);
    return 0;
  }
}
