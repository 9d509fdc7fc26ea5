/**
 * Addresses Autograph lets go of (disconnect, or "stop managing this person's signature") and what became of each:
 * the sheet `signature_releases` of the tenant's store, one row per address. The restore job (jobs/disconnect-stage.ts)
 * works through the rows; their `state` is its exactly-once record (see there).
 */
import type { ReleaseChoice } from '../core/signatures/originals';
import { SheetTable, type Row, type TableData } from './store/sheet-table';
import { rowReader } from '../core/sheet-row';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * `waiting`: to restore; `sending`: a restore was sent or is about to be (set BEFORE sending, so a cut-off leaves
 * it); `restored`: Gmail holds the original again; `left`: the choice was to leave the current signature;
 * `not_restored`: Autograph will not or could not put it back (`reason` says why, `fix` what to do).
 */
export type ReleaseState = 'waiting' | 'sending' | 'restored' | 'left' | 'not_restored';

export interface Release {
  address: string;
  user: string;
  employeeId: string;
  choice: ReleaseChoice;
  state: ReleaseState;
  reason: string;
  fix: string;
  /** Who asked, and why: `disconnect` or `employee`. */
  by: string;
  scope: 'disconnect' | 'employee';
  at: number;
  doneAt: number;
}

export const RELEASE_TABLE = 'signature_releases';
const COLUMNS: Array<keyof Release> = ['address', 'user', 'employeeId', 'choice', 'state', 'reason', 'fix', 'by', 'scope', 'at', 'doneAt'];

export function isOpen(r: Release): boolean {
  return r.state === 'waiting' || r.state === 'sending';
}

export class ReleaseTable {
  private current: TableData | null = null;
  private readonly table: SheetTable;

  constructor(ss: Spreadsheet) {
    this.table = new SheetTable(ss, RELEASE_TABLE);
  }

  all(): Release[] {
    this.current ??= this.table.read();
    const header = this.current.header;
    return this.current.rows.map((row) => {
      const c = rowReader(header, row);
      const out: Record<string, unknown> = {};
      for (const k of COLUMNS) out[k] = k === 'at' || k === 'doneAt' ? Number(c.raw(k)) || 0 : String(c.raw(k));
      return out as unknown as Release;
    });
  }

  /**
   * Adds requests, one per address: a new request replaces any other, except one whose restore may be in flight
   * (`sending`): that one finishes as it began, so nothing is sent twice.
   */
  request(list: Release[]): void {
    const rows = this.all();
    const at = new Map(rows.map((r, i) => [r.address, i]));
    for (const r of list) {
      const i = at.get(r.address);
      if (i === undefined) {
        at.set(r.address, rows.length);
        rows.push(r);
      } else if (rows[i].state !== 'sending') {
        rows[i] = r;
      }
    }
    this.write(rows);
  }

  /** Saves changed rows (by address). */
  save(changed: Release[]): void {
    if (changed.length === 0) return;
    const rows = this.all();
    const at = new Map(rows.map((r, i) => [r.address, i]));
    for (const r of changed) {
      const i = at.get(r.address);
      if (i === undefined) rows.push(r);
      else rows[i] = r;
    }
    this.write(rows);
  }

  private write(rows: Release[]): void {
    const next: Row[] = rows.map((r) => COLUMNS.map((c) => (typeof r[c] === 'number' ? (r[c] as number) : String(r[c] ?? ''))));
    const before = this.current ?? { header: [], rows: [] };
    this.table.writeChanged(before, COLUMNS.map(String), next);
    this.current = { header: COLUMNS.map(String), rows: next };
  }
}
