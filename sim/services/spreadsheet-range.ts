/**
 * Range of the offline SpreadsheetApp: bulk `getValues`/`setValues` with Google's dimension checks and wording,
 * single values, display values, formulas, clearing and number formats. Each call is one round trip whose
 * latency grows with the number of cells.
 */
import type { Session, SheetFake } from './spreadsheet';
import { displayOf, formulaOf, fromStored, columnLetters, StoredCell } from './spreadsheet-cells';
import { SPREADSHEET_LATENCY, addFormat, formatAt } from './spreadsheet-grid';
import { TextFinderFake } from './spreadsheet-text-finder';

type SheetT = GoogleAppsScript.Spreadsheet.Sheet;
type RangeT = GoogleAppsScript.Spreadsheet.Range;
const asSheet = (x: SheetFake): SheetT => x as unknown as SheetT;
const asRange = (x: RangeFake): RangeT => x as unknown as RangeT;

export class RangeFake
  implements
    Pick<
      RangeT,
      | 'getValues' | 'setValues' | 'getValue' | 'setValue' | 'getDisplayValues' | 'getDisplayValue' | 'getFormulas' | 'clearContent'
      | 'clear' | 'getNumRows' | 'getNumColumns' | 'getRow' | 'getColumn' | 'getLastRow' | 'getLastColumn' | 'getA1Notation'
      | 'getSheet' | 'setNumberFormat' | 'getNumberFormat' | 'createTextFinder'
    >
{
  constructor(
    private readonly s: Session,
    private readonly sheetFake: SheetFake,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private get cells(): number {
    return this.numRows * this.numColumns;
  }

  /** Cells that crossed the wire, so tests can tell a lookup from a table read. */
  private counted(direction: 'read' | 'written', cells: number): void {
    this.s.ctx.exec.count(`spreadsheet.cells.${direction}`, cells);
  }

  /** A search of this range run by Sheets (spreadsheet-text-finder.ts); building it is local. */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    const area = { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
    return new TextFinderFake(this.s, this.sheetFake, area, findText) as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
  }

  getValues(): unknown[][] {
    this.s.call('getValues', SPREADSHEET_LATENCY.callMs + SPREADSHEET_LATENCY.readPerCellMs * this.cells);
    this.counted('read', this.cells);
    return this.read((c) => fromStored(c, (ms) => this.s.date(ms)));
  }

  getDisplayValues(): string[][] {
    this.s.call('getDisplayValues', SPREADSHEET_LATENCY.callMs + SPREADSHEET_LATENCY.readPerCellMs * this.cells);
    this.counted('read', this.cells);
    const tz = this.s.file(this.sheetFake.spreadsheetId).timeZone;
    return this.read((c) => displayOf(c, tz)) as string[][];
  }

  getFormulas(): string[][] {
    this.s.call('getFormulas', SPREADSHEET_LATENCY.callMs + SPREADSHEET_LATENCY.readPerCellMs * this.cells);
    this.counted('read', this.cells);
    return this.read(formulaOf) as string[][];
  }

  getValue(): unknown {
    this.s.call('getValue');
    this.counted('read', 1);
    const sh = this.s.sheet(this.sheetFake.spreadsheetId, this.sheetFake.sheetId).sheet;
    return fromStored(sh.values[this.row - 1]?.[this.column - 1], (ms) => this.s.date(ms));
  }

  getDisplayValue(): string {
    this.s.call('getDisplayValue');
    this.counted('read', 1);
    const { file, sheet } = this.s.sheet(this.sheetFake.spreadsheetId, this.sheetFake.sheetId);
    return displayOf(sheet.values[this.row - 1]?.[this.column - 1], file.timeZone);
  }

  setValues(values: unknown[][]): RangeT {
    this.s.call('setValues', SPREADSHEET_LATENCY.callMs + SPREADSHEET_LATENCY.writePerCellMs * this.cells);
    this.counted('written', this.cells);
    if (!Array.isArray(values)) throw this.s.error('Invalid argument: values must be a two-dimensional array');
    // Google's wording for a block that does not fit the range.
    if (values.length !== this.numRows) {
      throw this.s.error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`);
    }
    for (const row of values) {
      const n = Array.isArray(row) ? row.length : 0;
      if (n !== this.numColumns) {
        throw this.s.error(`The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${this.numColumns}.`);
      }
    }
    const { file, sheet } = this.s.sheet(this.sheetFake.spreadsheetId, this.sheetFake.sheetId, true);
    this.sheetFake.write(file, sheet, this.row, this.column, values);
    return asRange(this);
  }

  /** A single value fills every cell of the range. */
  setValue(value: unknown): RangeT {
    this.s.call('setValue', SPREADSHEET_LATENCY.callMs + SPREADSHEET_LATENCY.writePerCellMs * this.cells);
    this.counted('written', this.cells);
    const { file, sheet } = this.s.sheet(this.sheetFake.spreadsheetId, this.sheetFake.sheetId, true);
    const block = Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(value));
    this.sheetFake.write(file, sheet, this.row, this.column, block);
    return asRange(this);
  }

  clearContent(): RangeT {
    this.s.call('clearContent');
    const { file, sheet } = this.s.sheet(this.sheetFake.spreadsheetId, this.sheetFake.sheetId, true);
    const empty = Array.from({ length: Math.min(this.numRows, Math.max(0, sheet.values.length - this.row + 1)) }, () => new Array(this.numColumns).fill(null));
    this.sheetFake.write(file, sheet, this.row, this.column, empty);
    return asRange(this);
  }

  clear(): RangeT {
    this.clearContent();
    const { sheet } = this.s.sheet(this.sheetFake.spreadsheetId, this.sheetFake.sheetId, true);
    addFormat(sheet, [this.row, this.column, this.row + this.numRows - 1, this.column + this.numColumns - 1, '']);
    return asRange(this);
  }

  setNumberFormat(numberFormat: string): RangeT {
    this.s.call('setNumberFormat');
    const { sheet } = this.s.sheet(this.sheetFake.spreadsheetId, this.sheetFake.sheetId, true);
    addFormat(sheet, [this.row, this.column, this.row + this.numRows - 1, this.column + this.numColumns - 1, String(numberFormat)]);
    return asRange(this);
  }

  getNumberFormat(): string {
    this.s.call('getNumberFormat', SPREADSHEET_LATENCY.metaMs);
    const { sheet } = this.s.sheet(this.sheetFake.spreadsheetId, this.sheetFake.sheetId);
    return formatAt(sheet, this.row, this.column) || 'General';
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getA1Notation(): string {
    const start = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.getLastColumn())}${this.getLastRow()}`;
  }

  getSheet(): SheetT {
    return asSheet(this.sheetFake);
  }

  private read(map: (c: StoredCell | undefined) => unknown): unknown[][] {
    const sh = this.s.sheet(this.sheetFake.spreadsheetId, this.sheetFake.sheetId).sheet;
    const out = this.s.array();
    for (let i = 0; i < this.numRows; i++) {
      const src = sh.values[this.row - 1 + i];
      const row = this.s.array();
      for (let j = 0; j < this.numColumns; j++) row.push(map(src?.[this.column - 1 + j]));
      out.push(row);
    }
    return out as unknown[][];
  }
}

