/**
 * Grows a test store to company size without running a company: copies of real rows, each with its own id and
 * addresses, put before the real ones (as a big import and a first push leave them). Rows are copies, so each
 * padded employee has the same state as the row it copies.
 */
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { tenantRecord, type DirWorld } from '../directory/world';

export function storeSheet(w: DirWorld, name: string) {
  const ss = spreadsheetState(w.ws, String(tenantRecord(w)!.spreadsheetId))!;
  return ss.sheets.find((s) => s.name === name);
}

/** Copies the sheet's row `model` (0-based, below the header) `n` times with `cells(i)` set, before the real rows. */
function padSheet(w: DirWorld, name: string, n: number, cells: (i: number, domain: string) => Record<string, string>, model = 0): void {
  const sheet = storeSheet(w, name)!;
  const [header, ...real] = sheet.values;
  const names = header.map(String);
  const domain = w.tenant.domains[0];
  const extra = Array.from({ length: n }, (_, i) => {
    const row = [...real[model]];
    for (const [column, value] of Object.entries(cells(i, domain))) row[names.indexOf(column)] = value;
    return row;
  });
  sheet.values = [header, ...extra, ...real];
  sheet.maxRows = Math.max(sheet.maxRows, sheet.values.length);
}

/** `n` more send-as address records (of mailboxes pad0@…, pad1@…), copies of row `model`. */
export function padAddresses(w: DirWorld, n: number, model = 0): void {
  padSheet(w, 'signature_addresses', n, (i, domain) => ({ address: `pad${i}@${domain}`, user: `pad${i}@${domain}`, employeeId: `pad-${i}` }), model);
}

/** `n` more employees (pad0@… with an alias each), copies of row `model`. */
export function padEmployees(w: DirWorld, n: number, model = 0): void {
  padSheet(w, 'employees', n, (i, domain) => ({ id: `pad-${i}`, primaryEmail: `pad${i}@${domain}`, aliases: `pad${i}.alias@${domain}` }), model);
}

/** `n` more Connection check records (of pad0@…), copies of row `model`. */
export function padChecks(w: DirWorld, n: number, model = 0): void {
  padSheet(w, 'connection', n, (i, domain) => ({ email: `pad${i}@${domain}` }), model);
}
