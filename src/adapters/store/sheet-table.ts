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

/**
 * Rows added to a sheet's grid beyond what a write needs, so a run appending chunk after chunk inserts rows (and
 * formats them) every few chunks, not every chunk. 2,000 rows of a 15-column table are 30,000 of the
 * spreadsheet's 10,000,000 cells (PLATFORM.md).
 */
const GROW_AHEAD_ROWS = 2000;

/**
 * Names of the staging and ready sheets a cut-off replace left in a spreadsheet, listed once per spreadsheet object
 * (one `getSheets`). Only SheetTable makes such sheets, and one that finishes its replace leaves none, so the list
 * taken at the first recovery stays true for the execution; each table takes its own names off once recovered.
 */
const leftoversOf = new WeakMap<Spreadsheet, Set<string>>();

function leftoverNames(ss: Spreadsheet): Set<string> {
  let names = leftoversOf.get(ss);
  if (!names) {
    names = new Set(ss.getSheets().map((sh) => sh.getName()).filter((n) => n.endsWith(READY) || n.endsWith(STAGING)));
    leftoversOf.set(ss, names);
  }
  return names;
}

/** One table per spreadsheet object and name, so every user of a table in an execution shares what it looked up. */
const shared = new WeakMap<Spreadsheet, Map<string, SheetTable>>();

export class SheetTable {
  private recovered = false;
  /**
   * What this execution learnt of the live sheet, kept so a run's many small saves do not look it up, measure its
   * grid and set its format again on every call (at 49,250 employees 610 `getSheetByName` calls, ~160 format
   * calls and ~100 row inserts). Only this object's own calls change them; a replace or a delete through it resets them.
   */
  private live: Sheet | null = null;
  private grid: { rows: number; cols: number } | null = null;
  /** Rows `from`..`to` (1-based) of the first `cols` columns carry the text format, set by this object. */
  private formatted: { from: number; to: number; cols: number } | null = null;

  constructor(
    private readonly ss: Spreadsheet,
    readonly name: string,
  ) {}

  /**
   * The table `name` of `ss`, the same object for every caller holding the same spreadsheet object: a table replaced
   * through one caller is then never used through a sheet another caller looked up before (Apps Script starts each
   * execution with fresh globals, so nothing outlives the execution).
   */
  static of(ss: Spreadsheet, name: string): SheetTable {
    let tables = shared.get(ss);
    if (!tables) shared.set(ss, (tables = new Map()));
    let t = tables.get(name);
    if (!t) tables.set(name, (t = new SheetTable(ss, name)));
    return t;
  }

  /** Finishes a swap a previous run began, or drops its half-written staging sheet. */
  recover(): void {
    if (this.recovered) return;
    this.recovered = true;
    // Most executions find no leftover: one listing of the spreadsheet's sheets answers for every table, instead of
    // two lookups per table (at 49,250 employees most of the run's 610 `getSheetByName` calls). Google's reference
    // does not say whether Sheet.getName() is a round trip of its own; if it is, the listing costs about what the
    // lookups it replaces did, never more than one call per sheet once per execution.
    const leftovers = leftoverNames(this.ss);
    const ready = leftovers.has(this.name + READY) ? this.ss.getSheetByName(this.name + READY) : null;
    if (ready) {
      const live = this.ss.getSheetByName(this.name);
      if (live) this.ss.deleteSheet(live);
      ready.setName(this.name);
    }
    const staging = leftovers.has(this.name + STAGING) ? this.ss.getSheetByName(this.name + STAGING) : null;
    if (staging) this.ss.deleteSheet(staging);
    leftovers.delete(this.name + READY);
    leftovers.delete(this.name + STAGING);
  }

  private sheet(): Sheet | null {
    this.recover();
    // A missing sheet is looked up again next time: someone may create it meanwhile.
    if (!this.live) this.live = this.ss.getSheetByName(this.name);
    return this.live;
  }

  /** Forgets the sheet and what was learnt of it (it was replaced or deleted). */
  private forget(): void {
    this.live = null;
    this.grid = null;
    this.formatted = null;
  }

  /** Number of data rows (below the header) as Sheets counts them now. */
  dataRowCount(): number {
    const sheet = this.sheet();
    return sheet ? Math.max(0, sheet.getLastRow() - 1) : 0;
  }

  exists(): boolean {
    return this.sheet() !== null;
  }

  /** The sheet, how far it reaches and its header row (one read); null when there is no sheet or it is empty. */
  private withHeader(): { sheet: Sheet; lastRow: number; lastCol: number; header: string[] } | null {
    const sheet = this.sheet();
    if (!sheet) return null;
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    if (lastRow < 1 || lastCol < 1) return null;
    return { sheet, lastRow, lastCol, header: sheet.getRange(1, 1, 1, lastCol).getValues()[0].map((h) => String(h)) };
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

  /**
   * The header and data rows `from`..`from + count - 1` (0-based), clipped to the table: one read of the span (the
   * header row is part of it when the span starts at the top).
   */
  readSpan(from: number, count: number): TableData {
    const open = this.withHeader();
    if (!open) return { header: [], rows: [] };
    const { sheet, lastRow, lastCol, header } = open;
    const first = from + 2;
    const last = Math.min(lastRow, from + count + 1);
    if (last < first) return { header, rows: [] };
    const values = sheet.getRange(first, 1, last - first + 1, lastCol).getValues() as Row[];
    return { header, rows: values.map((r) => r.map(cellOut)) };
  }

  /**
   * The data rows with only the columns `names` (in the sheet's order; the returned header says which): the header
   * row, then one range per run of adjacent wanted columns. A status card that counts every employee pays per cell
   * read (the offline Workspace's latency model; Google documents no per-cell cost, only that fewer, larger calls are
   * faster — apps-script/guides/support/best-practices: "Use batch operations"), so skipping the wide columns it never
   * looks at (stored HTML, originals) is most of its time. Null when a wanted column is missing (renamed by hand):
   * the caller reads the whole table instead.
   */
  readNamedColumns(names: readonly string[]): TableData | null {
    const open = this.withHeader();
    if (!open) return { header: [], rows: [] };
    const { sheet, lastRow, header } = open;
    const cols = names.map((n) => header.indexOf(n)).sort((a, b) => a - b);
    if (cols.some((c) => c < 0)) return null;
    const rows: Row[] = Array.from({ length: lastRow - 1 }, () => []);
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      if (lastRow > 1) {
        const block = sheet.getRange(2, cols[i] + 1, lastRow - 1, j - i + 1).getValues();
        block.forEach((r, k) => rows[k].push(...r.map(cellOut)));
      }
      i = j + 1;
    }
    return { header: cols.map((c) => header[c]), rows };
  }

  /** Every data row's cell in the column named `column`, as text: one narrow read. Null when no column has that name. */
  readColumn(column: string): string[] | null {
    const data = this.readNamedColumns([column]);
    return data && data.rows.map((r) => String(r[0]));
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
    // What is learnt of the staging sheet (its grid, its format) holds for the live table once it is swapped in;
    // a replace that fails leaves nothing learnt, so no later call of this execution writes into the staging sheet.
    this.forget();
    let writes: number;
    try {
      // The whole grid takes the text format in one call, so later appends within it need none.
      this.prepareRows(staging, 1, all.length, header.length);
      writes = writeChunks(staging, 1, all);
      staging.setName(this.name + READY);
      const live = this.ss.getSheetByName(this.name);
      if (live) this.ss.deleteSheet(live);
      staging.setName(this.name);
    } catch (e) {
      this.forget();
      throw e;
    }
    this.live = staging;
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
      this.prepareRows(sheet, firstRow, added.length, header.length);
      writes += writeChunks(sheet, firstRow, added);
      rowsWritten += added.length;
    }
    return { rowsWritten, writes, replaced: false };
  }

  /** Appends rows after the last one (creating the table with `header` when missing). */
  append(header: string[], rows: Row[]): WriteReport {
    const sheet = this.sheet();
    if (!sheet) {
      return this.replaceAll(header, rows);
    }
    if (rows.length === 0) return { rowsWritten: 0, writes: 0, replaced: false };
    // Read every time: rows an admin added by hand since the last append are kept, not overwritten.
    const firstRow = Math.max(sheet.getLastRow(), 1) + 1;
    this.prepareRows(sheet, firstRow, rows.length, header.length);
    const fitted = rows.map((r) => fit(r, header.length));
    const writes = writeChunks(sheet, firstRow, fitted);
    return { rowsWritten: rows.length, writes, replaced: false };
  }

  /**
   * Overwrites data rows `from`, `from + 1`, … (0-based) in place, in one call; the table must exist. Rows are
   * given the text format unless this object already set it on them in this execution.
   */
  overwriteRows(from: number, rows: Row[]): void {
    if (rows.length === 0) return;
    const sheet = this.sheet();
    if (!sheet) throw new Error(`Table "${this.name}" does not exist yet.`);
    const width = rows[0].length;
    this.prepareRows(sheet, from + 2, rows.length, width);
    sheet.getRange(from + 2, 1, rows.length, width).setValues(rows);
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
    this.prepareRows(sheet, firstRow, rows.length, header.length);
    const fitted = rows.map((r) => fit(r, header.length));
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
    // Rows below moved up and the grid shrank: measure and format afresh.
    this.grid = null;
    this.formatted = null;
  }

  /**
   * Makes rows `firstRow`..`firstRow + count - 1` (1-based) of the first `width` columns exist and carry the text
   * format. The grid grows GROW_AHEAD_ROWS past what is needed and every row added is formatted in the same call, so
   * the appends that follow within it cost neither an insert nor a format.
   */
  private prepareRows(sheet: Sheet, firstRow: number, count: number, width: number): void {
    const lastRow = firstRow + count - 1;
    if (!this.grid) this.grid = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
    const grid = this.grid;
    if (grid.cols < width) {
      sheet.insertColumnsAfter(grid.cols, width - grid.cols);
      grid.cols = width;
    }
    if (grid.rows < lastRow) {
      const add = lastRow - grid.rows + GROW_AHEAD_ROWS;
      sheet.insertRowsAfter(grid.rows, add);
      grid.rows += add;
    }
    const f = this.formatted;
    if (f && f.cols >= width && firstRow >= f.from && lastRow <= f.to) return;
    // From the first row written to the end of the grid: one call covers this write and the appends after it.
    sheet.getRange(firstRow, 1, grid.rows - firstRow + 1, width).setNumberFormat('@');
    const joins = f && f.cols === width && firstRow >= f.from && firstRow <= f.to + 1;
    this.formatted = { from: joins ? f.from : firstRow, to: grid.rows, cols: width };
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
