/**
 * Where employee edit requests live (core/signatures/edit-requests.ts).
 *
 * An employee cannot open the tenant store (shared with admins only), so each employee's own requests (the latest
 * per field) travel in a script property keyed by the tenant and their address
 * (developers.google.com/apps-script/reference/properties/properties-service: getScriptProperties() "Gets a property
 * store that all users can access, but only within this script"; Google's quotas of 9 KB a value and 500 KB in all
 * apply, adapters/store/registry.ts: one record per employee holds at most one request per field). Only this project's code writes
 * script properties, and it writes an employee's key only with the running user's own address (Session), so the
 * key is who proposed. Approvers move new proposals into the `edit_requests` sheet of the tenant store (the full
 * history, the one the run reads) and write their decision back into the employee's record, which is how the
 * employee sees an approval or a rejection's reason.
 */
import { approvedValues, EDIT_REQUEST_COLUMNS, editRequestToRow, readEditRequestRows, type EditOverlay, type EditRequest, type EditRequestRows } from '../core/signatures/edit-requests';
import { tenantKey } from '../core/tenant';
import { scriptProperties, writeOrFull } from './store/registry';
import { SheetTable } from './store/sheet-table';
import type { TenantStore } from './store/tenant-store';

export const EDIT_REQUESTS_SHEET = 'edit_requests';

/**
 * Template id → fields employees may propose values for. In script properties, not the store: an employee's own
 * execution reads it to offer the fields (the store is shared with admins only). Field names are no secret.
 */
export function readUnlockedFields(customerId: string): Record<string, string[]> {
  let s: unknown;
  try {
    s = JSON.parse(scriptProperties().getProperty(unlockedKey(customerId)) ?? '{}');
  } catch {
    return {};
  }
  const out: Record<string, string[]> = {};
  if (!s || typeof s !== 'object') return out;
  for (const [id, fields] of Object.entries(s as Record<string, unknown>)) if (Array.isArray(fields)) out[id] = fields.map(String);
  return out;
}

/** Throws PropertyStoreFullError when the registry is full (nothing written). */
export function writeUnlockedFields(customerId: string, unlocked: Record<string, string[]>): void {
  writeOrFull(() => scriptProperties().setProperty(unlockedKey(customerId), JSON.stringify(unlocked)));
}

/** Every field unlocked on some template: what an employee whose template Autograph cannot tell them may propose. */
export function anyUnlockedFields(customerId: string): string[] {
  return [...new Set(Object.values(readUnlockedFields(customerId)).flat())];
}

// Under the tenant's key, so deleting the tenant's data (jobs/disconnect-data.ts) removes these too.
const unlockedKey = (customerId: string) => tenantKey(customerId, 'editable');

// ---- The employee's own record (script properties) ------------------------------------------------------------------

const PREFIX = (customerId: string) => tenantKey(customerId, 'edits:');

function ownKey(customerId: string, email: string): string {
  return `${PREFIX(customerId)}${email.toLowerCase()}`;
}

function decodeOwn(raw: string | null, email: string): EditRequest[] {
  if (!raw) return [];
  let rows: unknown;
  try {
    rows = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(rows)) return [];
  const cells = rows.filter(Array.isArray) as (string | number)[][];
  // Rows naming another address are not this employee's, whoever put them there.
  return readEditRequestRows(EDIT_REQUEST_COLUMNS, cells).requests.filter((r) => r.email === email.toLowerCase());
}

/** The employee's requests, the latest per field. */
export function readOwnRequests(customerId: string, email: string): EditRequest[] {
  return decodeOwn(scriptProperties().getProperty(ownKey(customerId, email)), email);
}

/** Puts `r` in its employee's record, replacing that field's earlier request. Throws PropertyStoreFullError when full. */
export function writeOwnRequest(customerId: string, r: EditRequest): void {
  const lock = LockService.getScriptLock();
  lock.waitLock(10_000);
  try {
    const kept = readOwnRequests(customerId, r.email).filter((x) => x.field !== r.field);
    const value = JSON.stringify([...kept, r].map(editRequestToRow));
    writeOrFull(() => scriptProperties().setProperty(ownKey(customerId, r.email), value));
  } finally {
    lock.releaseLock();
  }
}

/** Every employee's pending requests in the tenant's records (what approvers have not seen yet, or not decided). */
export function pendingProposals(customerId: string): EditRequest[] {
  const all = scriptProperties().getProperties();
  const prefix = PREFIX(customerId);
  const out: EditRequest[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    out.push(...decodeOwn(raw, key.slice(prefix.length)).filter((r) => r.status === 'pending'));
  }
  return out;
}

// ---- The tenant store's history (admins) -----------------------------------------------------------------------------

export class EditRequestTable {
  constructor(private readonly store: TenantStore) {}
  private table(): SheetTable {
    return new SheetTable(this.store.spreadsheet, EDIT_REQUESTS_SHEET);
  }
  read(): EditRequestRows {
    const d = this.table().read();
    return readEditRequestRows(d.header, d.rows);
  }
  /** Appends new requests and rewrites the rows of known ones (by id). */
  save(requests: EditRequest[]): void {
    const t = this.table();
    const d = t.read();
    // Rows are found by their id column wherever an admin moved it; a table with another header is rewritten in ours.
    const idAt = d.header.indexOf('id');
    const ours = d.header.join() === EDIT_REQUEST_COLUMNS.join();
    const at = new Map(ours ? d.rows.map((r, i) => [String(r[idAt]), i]) : []);
    const fresh: EditRequest[] = [];
    for (const r of requests) {
      const i = at.get(r.id);
      if (i === undefined) fresh.push(r);
      else t.writeRow(i, editRequestToRow(r));
    }
    if (fresh.length > 0) t.append([...EDIT_REQUEST_COLUMNS], fresh.map(editRequestToRow));
  }
}

/** What the renderer lays over employees: approved values from the history, and each template's unlocked fields. */
export function readEditOverlay(store: TenantStore): EditOverlay {
  return { approved: approvedValues(new EditRequestTable(store).read().requests), unlocked: readUnlockedFields(store.customerId) };
}
