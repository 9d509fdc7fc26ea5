/**
 * Where edit requests live (core/signatures/edit-requests.ts), none of it in the add-on's script properties:
 * - the tenant store (admins): the `edit_requests` sheet, the full history the run reads, and the `editRequests`
 *   setting — the requests file's id and the fields each template unlocks (the copy every check is made against);
 * - the tenant's requests file (edit-request-file.ts): the channel employees write their proposals into;
 * - each employee's USER properties: their own requests, so a proposal a coworker deleted from the file is posted
 *   again. "getUserProperties() Gets a property store that only the current user can access, and only within this
 *   script" (developers.google.com/apps-script/reference/properties/properties-service); 9 KB a value
 *   (apps-script/guides/services/quotas), so the list is trimmed (core/signatures/edit-request-channel.ts).
 */
import { approvedValues, EDIT_REQUEST_COLUMNS, editRequestToRow, readEditRequestRows, type EditOverlay, type EditRequest, type EditRequestRows } from '../core/signatures/edit-requests';
import { trimOwn } from '../core/signatures/edit-request-channel';
import { readSetting, writeSetting } from './store/tenant-settings';
import { SheetTable } from './store/sheet-table';
import type { TenantStore } from './store/tenant-store';

export const EDIT_REQUESTS_SHEET = 'edit_requests';

/** The `editRequests` setting of the tenant store. */
export interface EditRequestSettings {
  /** The requests file ('' until a Designer first unlocks a field). */
  fileId: string;
  /** Template id → fields employees may propose values for. */
  unlocked: Record<string, string[]>;
  unlockedAt: number;
}

export function readEditSettings(store: TenantStore): EditRequestSettings {
  const s = readSetting<Partial<EditRequestSettings>>(store.spreadsheet, 'editRequests');
  const unlocked: Record<string, string[]> = {};
  for (const [id, fields] of Object.entries(s?.unlocked ?? {})) if (Array.isArray(fields)) unlocked[id] = fields.map(String);
  return { fileId: s?.fileId ?? '', unlocked, unlockedAt: Number(s?.unlockedAt) || 0 };
}

export function writeEditSettings(store: TenantStore, s: EditRequestSettings): void {
  writeSetting(store.spreadsheet, 'editRequests', s);
}

/** Whether any template unlocks a field: the requests file's id is in the registry only then. */
export function editRequestsInUse(s: Pick<EditRequestSettings, 'unlocked'>): boolean {
  return Object.values(s.unlocked).some((f) => f.length > 0);
}

// ---- The employee's own record (their user properties) --------------------------------------------------------------

const OWN_PROPERTY = 'autograph.editRequests';

/** The running user's own requests as they last saw them (a damaged value only means nothing to post again). */
export function readOwnRecord(email: string): EditRequest[] {
  let rows: unknown;
  try {
    rows = JSON.parse(PropertiesService.getUserProperties().getProperty(OWN_PROPERTY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(rows)) return [];
  const cells = rows.filter(Array.isArray) as (string | number)[][];
  return readEditRequestRows(EDIT_REQUEST_COLUMNS, cells).requests.filter((r) => r.email === email.toLowerCase());
}

export function writeOwnRecord(requests: EditRequest[]): void {
  const value = JSON.stringify(trimOwn(requests).map(editRequestToRow));
  const props = PropertiesService.getUserProperties();
  if (props.getProperty(OWN_PROPERTY) !== value) props.setProperty(OWN_PROPERTY, value);
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
  return { approved: approvedValues(new EditRequestTable(store).read().requests), unlocked: readEditSettings(store).unlocked };
}
