/**
 * The tenant registry in script properties: only what must be found before a tenant's own store is open.
 *
 * Script properties are ONE store of 500 KB for every customer of the add-on (apps-script/guides/services/quotas:
 * "Properties total storage 500 KB / property store"; apps-script/guides/properties: shared by "All users of a
 * script, add-on, or web app"). So at rest a tenant holds only:
 * - `d:<domain>` → customer id (a user finds their tenant by their address), ~22 bytes;
 * - `t:<customerId>` → where its files are: the store's spreadsheet id, plus ` d=<id>` for the Contact Inbox drop
 *   and ` p=<id>` for the published signatures while users who are not admins must open them (they cannot open the
 *   store to look the ids up), ~55 bytes, ~100 more with both; ` e=<id>` for the edit requests file while some
 *   template unlocks fields for employees (~47 bytes: the requests themselves live in that file, never here); and
 *   ` n=<text>` while there is a notice for every
 *   admin (e.g. the store cannot be opened: it must be readable without the store, in the same one read).
 * Everything else — time zone, automatic sync, trigger owner, the connection, Contact Inbox settings — lives in the
 * tenant's own spreadsheet (tenant-settings.ts). Keys that exist only while something is under way or wrong:
 * `t:<cid>:lease`, `t:<cid>:run`, `t:<cid>:run:<stage>`, `t:<cid>:signatures:apply`.
 *
 * Earlier versions kept a JSON record under `t:<cid>` and more keys beside it (~829 bytes a tenant): such a record
 * is still read here (`legacy`), and the first execution that opens the store moves it (tenant-store.ts).
 */
import { domainKey, tenantKey } from '../../core/tenant';

type Properties = GoogleAppsScript.Properties.Properties;

export function scriptProperties(): Properties {
  return PropertiesService.getScriptProperties();
}

/** Where a tenant's files are: all a user's execution needs before it opens anything. */
export interface TenantLocation {
  customerId: string;
  spreadsheetId: string;
  /** The Contact Inbox drop ('' while Contact Inbox is off). */
  dropId: string;
  /** The published signatures, when users who are not admins open them ('' otherwise). */
  publishedId: string;
  /** The edit requests file, while some template unlocks fields for employees ('' otherwise). */
  editsId: string;
  /** A message for every admin ('' when all is well). */
  notice: string;
  /** The record is still in the layout of earlier versions (moved when the store is next opened). */
  legacy: boolean;
}

/**
 * Held in place of a file id between claiming registry room and creating the file: as long as a Drive id (44
 * characters), so writing the real id later does not grow the store. No file has this id.
 */
export const FILE_ID_PLACEHOLDER = '-'.repeat(44);
const RESERVED = FILE_ID_PLACEHOLDER;

/** Legacy keys of earlier versions, moved into the store by the migration. */
export const LEGACY_KEYS = { connection: 'connection', contactInbox: 'contactInbox', published: 'signatures:published' } as const;

function legacyJson(props: Properties, customerId: string, name: string): Record<string, unknown> | null {
  const raw = props.getProperty(tenantKey(customerId, name));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Parses `t:<cid>`: the compact value, or an earlier version's JSON record (its other keys read as well). */
export function readLocation(customerId: string, props: Properties = scriptProperties()): TenantLocation | null {
  const raw = props.getProperty(tenantKey(customerId));
  if (!raw || raw === RESERVED) return null;
  if (raw.startsWith('{')) {
    let old: { spreadsheetId?: string; notice?: string };
    try {
      old = JSON.parse(raw) as { spreadsheetId?: string; notice?: string };
    } catch {
      throw new Error(`The registry entry of customer ${customerId} (script property ${tenantKey(customerId)}) is not valid JSON. Open Autograph as an admin and run setup again.`);
    }
    if (!old.spreadsheetId) throw new Error(`The registry entry of customer ${customerId} names no spreadsheet. Open Autograph as an admin and run setup again.`);
    const ci = legacyJson(props, customerId, LEGACY_KEYS.contactInbox);
    return {
      customerId,
      spreadsheetId: old.spreadsheetId,
      dropId: ci?.enabled ? String(ci.dropSpreadsheetId ?? '') : '',
      publishedId: props.getProperty(tenantKey(customerId, LEGACY_KEYS.published)) ?? '',
      editsId: '',
      notice: old.notice ?? '',
      legacy: true,
    };
  }
  const at = raw.indexOf(' n=');
  const [spreadsheetId, ...rest] = (at < 0 ? raw : raw.slice(0, at)).split(' ');
  const part = (p: string) => rest.find((x) => x.startsWith(p))?.slice(p.length) ?? '';
  return { customerId, spreadsheetId, dropId: part('d='), publishedId: part('p='), editsId: part('e='), notice: at < 0 ? '' : raw.slice(at + 3), legacy: false };
}

export function locationValue(l: Pick<TenantLocation, 'spreadsheetId' | 'dropId' | 'publishedId' | 'notice'> & Partial<Pick<TenantLocation, 'editsId'>>): string {
  // The notice goes last: it is free text (one line, at most 1,000 characters).
  const notice = l.notice.replace(/\s+/g, ' ').trim().slice(0, 1_000);
  return [l.spreadsheetId, l.dropId ? `d=${l.dropId}` : '', l.publishedId ? `p=${l.publishedId}` : '', l.editsId ? `e=${l.editsId}` : '', notice ? `n=${notice}` : ''].filter(Boolean).join(' ');
}

/** Writes `t:<cid>` in the compact form (throws PropertyStoreFullError when the shared store is full). */
export function writeLocation(l: Omit<TenantLocation, 'legacy' | 'editsId'> & Partial<Pick<TenantLocation, 'editsId'>>, props: Properties = scriptProperties()): void {
  guardFull(() => props.setProperty(tenantKey(l.customerId), locationValue(l)));
}

/** Changes one file id of a tenant's location (no write when it is already so). */
export function updateLocation(customerId: string, change: Partial<Pick<TenantLocation, 'dropId' | 'publishedId' | 'editsId' | 'spreadsheetId' | 'notice'>>): void {
  const props = scriptProperties();
  const now = readLocation(customerId, props);
  if (!now) return;
  if (now.legacy) {
    // Rewritten whole by the migration when the store is next opened; until then only the notice can change.
    if (change.notice !== undefined) {
      const old = JSON.parse(props.getProperty(tenantKey(customerId))!) as Record<string, unknown>;
      guardFull(() => props.setProperty(tenantKey(customerId), JSON.stringify({ ...old, notice: change.notice })));
    }
    return;
  }
  const next = { ...now, ...change };
  if (locationValue(next) !== locationValue(now)) writeLocation(next, props);
}

/** The customer id a domain belongs to, or null if no admin of that domain has set Autograph up. */
export function customerIdForDomain(domain: string, props: Properties = scriptProperties()): string | null {
  return props.getProperty(domainKey(domain));
}

/** Records the domains of a tenant (idempotent; writes only what is missing or points elsewhere). */
export function indexDomains(customerId: string, domains: string[], props: Properties = scriptProperties()): number {
  let written = 0;
  const missing: Record<string, string> = {};
  for (const d of new Set(domains.map((x) => x.toLowerCase()))) {
    if (props.getProperty(domainKey(d)) !== customerId) {
      missing[domainKey(d)] = customerId;
      written++;
    }
  }
  if (written > 0) guardFull(() => props.setProperties(missing, false));
  return written;
}

/** Where the tenant of any user is, by their email's domain (no file is opened). */
export function locationForEmail(email: string, props: Properties = scriptProperties()): TenantLocation | null {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const cid = customerIdForDomain(domain, props);
  return cid ? readLocation(cid, props) : null;
}

/**
 * Claims the registry entries of a new tenant BEFORE anything is created: its domain and a placeholder as long as
 * the spreadsheet id, in one write, so a full store refuses here and nothing is left behind; replacing the
 * placeholder later does not grow the store.
 */
export function reserveTenant(customerId: string, domain: string): void {
  guardFull(() => scriptProperties().setProperties({ [tenantKey(customerId)]: RESERVED, [domainKey(domain)]: customerId }, false));
}

/** Gives a reservation back (the spreadsheet could not be created). */
export function releaseReservation(customerId: string, domain: string): void {
  const props = scriptProperties();
  if (props.getProperty(tenantKey(customerId)) === RESERVED) props.deleteProperty(tenantKey(customerId));
  if (props.getProperty(domainKey(domain)) === customerId) props.deleteProperty(domainKey(domain));
}

// ---- Notices: a message for every admin, kept only while there is one -----------------------------------------

/** A message for every admin (e.g. the store cannot be opened): in the registry, which needs no sheet access. */
export function readNotice(customerId: string): string {
  return readLocation(customerId)?.notice ?? '';
}

export function writeNotice(customerId: string, text: string): void {
  updateLocation(customerId, { notice: text });
}

// ---- A full shared store ------------------------------------------------------------------------------------

/**
 * Script properties are full (or a value is over 9 KB). Google's wording for a full store, as users report it, is
 * "You have exceeded the property storage quota. Please remove some properties and try again."; its pages give no
 * wording for a value over 9 KB, so both are recognised loosely.
 */
export class PropertyStoreFullError extends Error {
  constructor(readonly detail: string) {
    super(
      /argument too large/i.test(detail)
        ? `A value Autograph keeps in its shared registry (the add-on's script properties) is over Google's 9 KB per value, so nothing was written (${detail}). ` +
            'This is a fault in Autograph: tell the publisher.'
        : `Autograph's shared registry (the add-on's script properties: 500 KB for every customer of this deployment) is full, so nothing was written (${detail}). ` +
            'The publisher must make room (remove unused keys) or serve further customers from another deployment.',
    );
    this.name = 'PropertyStoreFullError';
  }
}

export function isPropertyQuotaError(err: unknown): boolean {
  return /property storage quota|argument too large/i.test(String((err as Error | null)?.message ?? err));
}

function guardFull<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (isPropertyQuotaError(err)) throw new PropertyStoreFullError(String((err as Error).message ?? err));
    throw err;
  }
}

/** Runs a script-property write, turning the platform's quota error into PropertyStoreFullError. */
export const writeOrFull = guardFull;
