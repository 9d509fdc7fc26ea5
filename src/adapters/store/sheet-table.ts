/**
 * A table in one sheet of a spreadsheet: a header row, then one row per record. Reads are one `getValues`;
 * writes are bulk `setValues` on contiguous spans. Every cell is written as plain text (number format `@`) so
 * Sheets never turns "+49 30 1234" into a formula or "0042" into 42.
 *
 * Crash safety: `replaceAll` writes the new table into a staging sheet, renames it `<name>~ready` once every row
 * is in, then swaps it in. A run cut off before `~ready` leaves the live table untouched (the leftover staging
 * sheet is dropped on the next open); one cut off after it is finished by whoever opens the table next. In-place
 * `writeChanged` writes whole rows whose new values depend only on the inputs, so repeating it gives the same table.
 */
import type { Cell } from '../../core/sheet-row';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type { Cell };
export type Row = Cell[];

export interface TableData {
  header: string[];
  rows: Row[];
}

export interface WriteReport {
  rowsWritten: number;
  /** Number of `setValues` calls made. */
  writes: number;
  /** True when the whole table was replaced (header change, removed rows). */
  replaced: boolean;
}

/** Rows written per `setValues` are capped by cells, to keep each request well under Sheets' payload limits. */
const MAX_CELLS_PER_WRITE = 200_000;
/** Changed rows closer than this are written as one span (rewriting the few unchanged rows between them). */
const MERGE_GAP_ROWS = 25;

/** More matches than this (a short text inside many cells) and a lookup reads the table instead. */
const MAX_MATCHED_ROWS = 50;

const STAGING = '~staging';
const READY = '~ready';

export class SheetTable {
  private recovered = false;

  constructor(
    private readonly ss: Spreadsheet,
    readonly name: string,
  ) {}

  /** Finishes a swap a previous run began, or drops its half-written staging sheet. */
  recover(): void {
    if (this.recovered) return;
    this.recovered = true;
    const ready = this.ss.getSheetByName(this.name + READY);
    if (ready) {
      const live = this.ss.getSheetByName(this.name);
      if (live) this.ss.deleteSheet(live);
      ready.setName(this.name);
    }
    const staging = this.ss.getSheetByName(this.name + STAGING);
    if (staging) this.ss.deleteSheet(staging);
  }

  private sheet(): Sheet | null {
    this.recover();
    return this.ss.getSheetByName(this.name);
  }

  exists(): boolean {
    return this.sheet() !== null;
  }

  /** The whole table in one read. A missing sheet reads as an empty table with no header. */
  read(): TableData {
    const sheet = this.sheet();
    if (!sheet) return { header: [], rows: [] };
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    if (lastRow < 1 || lastCol < 1) return { header: [], rows: [] };
    const values = sheet.getRange(1, 1, lastRow, lastCol).getValues() as Row[];
    const header = values[0].map((h) => String(h));
    let width = header.length;
    while (width > 0 && header[width - 1] === '') width--;
    return {
      header: header.slice(0, width),
      rows: values.slice(1).map((r) => r.slice(0, width).map(cellOut)),
    };
  }

  /** The header and the first `count` columns of every row (lists of big tables read less). */
  readColumns(count: number): TableData {
    const sheet = this.sheet();
    if (!sheet) return { header: [], rows: [] };
    const lastRow = sheet.getLastRow();
    const width = Math.min(count, sheet.getLastColumn());
    if (lastRow < 1 || width < 1) return { header: [], rows: [] };
    const values = sheet.getRange(1, 1, lastRow, width).getValues() as Row[];
    return { header: values[0].map((h) => String(h)), rows: values.slice(1).map((r) => r.map(cellOut)) };
  }

  /** Data rows (0-based) whose first column equals `key`, with the full row: one narrow read, one row read each. */
  findByKey(key: string): { index: number; header: string[]; row: Row } | null {
    const sheet = this.sheet();
    if (!sheet) return null;
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    if (lastRow < 2) return null;
    const keys = sheet.getRange(1, 1, lastRow, 1).getValues();
    let found = -1;
    for (let i = 1; i < keys.length; i++) if (String(keys[i][0]) === key) found = i;
    if (found < 0) return null;
    const both = sheet.getRange(1, 1, 1, lastCol).getValues()[0].map((h) => String(h));
    const row = (sheet.getRange(found + 1, 1, 1, lastCol).getValues()[0] as Row).map(cellOut);
    return { index: found - 1, header: both, row };
  }

  /**
   * Data rows whose cell in column `column` (by header name) matches `text`, with the header: Sheets searches
   * the column itself (`matchingRows`), then each matching row is read alone. Null when the table has no such
   * column (columns renamed by hand): the caller reads the table instead.
   */
  findRows(column: string, text: string, match: CellMatch): { header: string[]; rows: Array<{ index: number; row: Row }> } | null {
    const sheet = this.sheet();
    if (!sheet) return { header: [], rows: [] };
    const lastCol = sheet.getLastColumn();
    if (lastCol < 1) return { header: [], rows: [] };
    const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0].map((h) => String(h));
    const col = header.indexOf(column);
    if (col < 0) return null;
    const rowNumbers = matchingRows(sheet, col + 1, text, match);
    if (rowNumbers.length > MAX_MATCHED_ROWS) return null;
    const rows = rowNumbers.map((n) => ({ index: n - 2, row: (sheet.getRange(n, 1, 1, lastCol).getValues()[0] as Row).map(cellOut) }));
    return { header, rows };
  }

  /** Overwrites one data row in place (its columns must follow `header`, which must be the table's header). */
  writeRow(index: number, row: Row): void {
    const sheet = this.sheet();
    if (!sheet) throw new Error(`Table "${this.name}" does not exist yet.`);
    sheet.getRange(index + 2, 1, 1, row.length).setValues([row]);
  }

  /** Replaces the whole table, crash-safely (staging sheet, then swap). */
  replaceAll(header: string[], rows: Row[]): WriteReport {
    this.recover();
    const stale = this.ss.getSheetByName(this.name + STAGING);
    if (stale) this.ss.deleteSheet(stale);
    const staging = this.ss.insertSheet(this.name + STAGING);
    const all = [header, ...rows.map((r) => fit(r, header.length))];
    ensureSize(staging, all.length, header.length);
    staging.getRange(1, 1, all.length, header.length).setNumberFormat('@');
    const writes = writeChunks(staging, 1, all);
    staging.setName(this.name + READY);
    const live = this.ss.getSheetByName(this.name);
    if (live) this.ss.deleteSheet(live);
    staging.setName(this.name);
    return { rowsWritten: rows.length, writes, replaced: true };
  }

  /**
   * Makes the table equal `next`, writing only rows that differ from `current` (what `read` returned in this
   * execution) plus appended rows. Falls back to `replaceAll` when the header changed or rows were removed.
   */
  writeChanged(current: TableData, header: string[], next: Row[]): WriteReport {
    if (!sameRow(current.header, header) || next.length < current.rows.length || !this.exists()) {
      return this.replaceAll(header, next);
    }
    const sheet = this.sheet()!;
    const changed: number[] = [];
    for (let i = 0; i < current.rows.length; i++) {
      if (!sameRow(current.rows[i], next[i])) changed.push(i);
    }
    let writes = 0;
    let rowsWritten = 0;
    for (const [from, to] of spans(changed, MERGE_GAP_ROWS)) {
      const block = next.slice(from, to + 1).map((r) => fit(r, header.length));
      // Rows already in the table carry the text format from when they were written.
      sheet.getRange(from + 2, 1, block.length, header.length).setValues(block);
      writes++;
      rowsWritten += block.length;
    }
    if (next.length > current.rows.length) {
      const added = next.slice(current.rows.length).map((r) => fit(r, header.length));
      const firstRow = current.rows.length + 2;
      ensureSize(sheet, firstRow + added.length - 1, header.length);
      sheet.getRange(firstRow, 1, added.length, header.length).setNumberFormat('@');
      writes += writeChunks(sheet, firstRow, added);
      rowsWritten += added.length;
    }
    return { rowsWritten, writes, replaced: false };
  }

  /** Appends rows after the last one (creating the table with `header` when missing). */
  append(header: string[], rows: Row[]): WriteReport {
    let sheet = this.sheet();
    if (!sheet) {
      return this.replaceAll(header, rows);
    }
    if (rows.length === 0) return { rowsWritten: 0, writes: 0, replaced: false };
    const firstRow = Math.max(sheet.getLastRow(), 1) + 1;
    ensureSize(sheet, firstRow + rows.length - 1, header.length);
    const fitted = rows.map((r) => fit(r, header.length));
    sheet.getRange(firstRow, 1, fitted.length, header.length).setNumberFormat('@');
    const writes = writeChunks(sheet, firstRow, fitted);
    return { rowsWritten: rows.length, writes, replaced: false };
  }

  /**
   * Writes `rows` as data rows `from`, `from + 1`, … (0-based), creating the table with `header` when missing.
   * Rows already there are overwritten, so a writer that lost track of a half-finished earlier write (cut off
   * before it saved its position) simply writes the same place again.
   */
  writeFrom(from: number, header: string[], rows: Row[]): WriteReport {
    let sheet = this.sheet();
    if (!sheet) {
      this.replaceAll(header, []);
      sheet = this.sheet()!;
    }
    if (rows.length === 0) return { rowsWritten: 0, writes: 0, replaced: false };
    const firstRow = from + 2;
    ensureSize(sheet, firstRow + rows.length - 1, header.length);
    const fitted = rows.map((r) => fit(r, header.length));
    sheet.getRange(firstRow, 1, fitted.length, header.length).setNumberFormat('@');
    return { rowsWritten: rows.length, writes: writeChunks(sheet, firstRow, fitted), replaced: false };
  }

  /** Deletes data rows by 0-based index (bottom-up, so indexes stay valid); each delete is atomic on its own. */
  deleteRows(indexes: number[]): void {
    const sheet = this.sheet();
    if (!sheet) return;
    const ascending = [...new Set(indexes)].sort((a, b) => a - b);
    for (const [from, to] of spans(ascending, 0).reverse()) {
      sheet.deleteRows(from + 2, to - from + 1);
    }
  }
}

/** How a search compares: the whole cell or any part of it, and whether case counts. */
export interface CellMatch {
  entireCell: boolean;
  matchCase: boolean;
}

/**
 * 1-based numbers of the rows below the header whose cell in `column` (1-based) matches `text`. Sheets runs the
 * search (apps-script/reference/spreadsheet/text-finder: TextFinder "Find or replace text within a range, sheet
 * or spreadsheet"; matching is case-insensitive and partial unless matchCase/matchEntireCell), so none of the
 * column's cells is read by the script: a lookup costs the same at 50 rows and at 50,000.
 */
export function matchingRows(sheet: Sheet, column: number, text: string, match: CellMatch): number[] {
  const last = sheet.getLastRow();
  if (last < 2 || text === '') return [];
  return sheet
    .getRange(2, column, last - 1, 1)
    .createTextFinder(text)
    .matchEntireCell(match.entireCell)
    .matchCase(match.matchCase)
    .findAll()
    .map((r) => r.getRow());
}

function cellOut(v: unknown): Cell {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return v === null || v === undefined ? '' : String(v);
}

function fit(r: Row, width: number): Row {
  if (r.length === width) return r;
  const out = r.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

export function sameRow(a: ReadonlyArray<Cell>, b: ReadonlyArray<Cell> | undefined): boolean {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (String(a[i]) !== String(b[i])) return false;
  return true;
}

/** Sorted indexes grouped into [from, to] spans, joining neighbours at most `gap` rows apart. */
export function spans(sorted: number[], gap: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i - last[1] - 1 <= gap) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

// A new sheet has 1,000 rows and 26 columns; ranges past the grid throw, so grow it first.
function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

function writeChunks(sheet: Sheet, firstRow: number, rows: Row[]): number {
  if (rows.length === 0) return 0;
  const width = rows[0].length || 1;
  const per = Math.max(1, Math.floor(MAX_CELLS_PER_WRITE / width));
  let writes = 0;
  for (let i = 0; i < rows.length; i += per) {
    const block = rows.slice(i, i + per);
    sheet.getRange(firstRow + i, 1, block.length, width).setValues(block);
    writes++;
  }
  return writes;
}
