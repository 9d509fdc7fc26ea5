/**
 * The grid behind the offline SpreadsheetApp: what a spreadsheet and its sheets store (plain JSON, so the
 * workspace can be saved), how the last row and column are found, the cell budget, and number formats kept as
 * a short list of rectangles that move with inserted and deleted rows.
 */
import type { StoredCell } from './spreadsheet-cells';

/** Latency model (virtual ms). */
export const SPREADSHEET_LATENCY = { callMs: 100, metaMs: 30, readPerCellMs: 0.01, writePerCellMs: 0.03 };
/** PLATFORM.md: 10,000,000 cells per spreadsheet. */
export const MAX_CELLS = 10_000_000;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export interface SheetState {
  sheetId: number;
  name: string;
  hidden: boolean;
  frozenRows: number;
  maxRows: number;
  maxColumns: number;
  /** values[r][c] for row r+1, column c+1; rows may be shorter than maxColumns and missing at the end. */
  values: StoredCell[][];
  /** Number formats set on ranges, last one wins: [row, column, lastRow, lastColumn, format]. */
  formats: Array<[number, number, number, number, string]>;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  owner: string;
  editors: string[];
  viewers: string[];
  timeZone: string;
  createdAt: number;
  sheets: SheetState[];
  nextSheetId: number;
}

export function newSheet(sheetId: number, name: string, rows: number, columns: number): SheetState {
  return { sheetId, name, hidden: false, frozenRows: 0, maxRows: rows, maxColumns: columns, values: [], formats: [] };
}

export function lastRow(sh: SheetState): number {
  for (let r = sh.values.length - 1; r >= 0; r--) {
    const row = sh.values[r];
    if (row && row.some((c) => c !== null && c !== undefined)) return r + 1;
  }
  return 0;
}

export function lastColumn(sh: SheetState): number {
  let max = 0;
  for (const row of sh.values) {
    if (!row) continue;
    for (let c = row.length - 1; c >= max; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        max = c + 1;
        break;
      }
    }
  }
  return max;
}

export function totalCells(f: SpreadsheetState): number {
  return f.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
}

export function formatAt(sh: SheetState, row: number, column: number): string {
  for (let i = sh.formats.length - 1; i >= 0; i--) {
    const [r1, c1, r2, c2, fmt] = sh.formats[i];
    if (row >= r1 && row <= r2 && column >= c1 && column <= c2) return fmt;
  }
  return '';
}

/**
 * Records a number format on a rectangle, keeping the list short: rectangles the new one covers are dropped, and
 * one that continues the previous rectangle (same columns, next rows, same format) extends it.
 */
export function addFormat(sh: SheetState, f: [number, number, number, number, string]): void {
  const [r1, c1, r2, c2, fmt] = f;
  sh.formats = sh.formats.filter(([a1, b1, a2, b2]) => !(a1 >= r1 && a2 <= r2 && b1 >= c1 && b2 <= c2));
  const last = sh.formats[sh.formats.length - 1];
  if (last && last[4] === fmt && last[1] === c1 && last[3] === c2 && r1 <= last[2] + 1 && r2 >= last[0] - 1) {
    last[0] = Math.min(last[0], r1);
    last[2] = Math.max(last[2], r2);
    return;
  }
  if (fmt === '' && !sh.formats.some(([a1, b1, a2, b2]) => a1 <= r2 && a2 >= r1 && b1 <= c2 && b2 >= c1)) return;
  sh.formats.push(f);
}

/** Moves format rectangles when rows are inserted (count > 0, after row `at`) or deleted (count < 0, from row `at`). */
export function shiftFormats(sh: SheetState, at: number, count: number): void {
  const out: SheetState['formats'] = [];
  for (const [r1, c1, r2, c2, fmt] of sh.formats) {
    if (count > 0) {
      // Rows inserted after `at` take the format of the row above them, as Sheets does.
      out.push([r1 > at ? r1 + count : r1, c1, r2 > at || r2 === at ? r2 + count : r2, c2, fmt]);
    } else {
      const n = -count;
      const last = at + n - 1;
      const keep = (r: number) => (r < at ? r : r > last ? r - n : at);
      const nr1 = keep(r1);
      const nr2 = r2 < at ? r2 : r2 > last ? r2 - n : at - 1;
      if (nr2 >= nr1) out.push([nr1, c1, nr2, c2, fmt]);
    }
  }
  sh.formats = out;
}

export function isPlainText(sh: SheetState, row: number, column: number): boolean {
  return sh.formats.length > 0 && formatAt(sh, row, column) === '@';
}

export function cellLimitMessage(): string {
  return `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;
}

