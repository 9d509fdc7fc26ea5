/**
 * TextFinder of the offline SpreadsheetApp (apps-script/reference/spreadsheet/text-finder): "Find or replace text
 * within a range, sheet or spreadsheet". The search runs on the server: only the matching cells come back, so it
 * counts `spreadsheet.cells.searched`, not `spreadsheet.cells.read`. As documented, matching is case-insensitive
 * unless `matchCase(true)`, partial unless `matchEntireCell(true)`, and cells are compared by their displayed
 * value. `findNext` returns "the next cell matching the search criteria" or null; `findAll` every match.
 *
 * [unverified] The order of matches (here row by row, left to right) and the time a search takes per cell (here
 * `searchPerCellMs`, a tenth of reading a cell) are not documented. Not emulated: `useRegularExpression`,
 * `ignoreDiacritics`, `matchFormulaText`, `replaceWith`, `replaceAllWith` (they throw, saying so).
 */
import type { Session, SheetFake } from './spreadsheet';
import { displayOf } from './spreadsheet-cells';
import { SPREADSHEET_LATENCY } from './spreadsheet-grid';

type RangeT = GoogleAppsScript.Spreadsheet.Range;
type TextFinderT = GoogleAppsScript.Spreadsheet.TextFinder;

/** Server-side search time per cell scanned [unverified: Google publishes none]. */
export const SEARCH_PER_CELL_MS = SPREADSHEET_LATENCY.readPerCellMs / 10;

export interface SearchArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export class TextFinderFake
  implements Pick<TextFinderT, 'findAll' | 'findNext' | 'findPrevious' | 'getCurrentMatch' | 'matchCase' | 'matchEntireCell' | 'startFrom'>
{
  private caseSensitive = false;
  private entireCell = false;
  /** Cell index (row-major within the area) of the current match; -1 before the first. */
  private current = -1;

  constructor(
    private readonly s: Session,
    private readonly sheet: SheetFake,
    private readonly area: SearchArea,
    private readonly text: string,
  ) {
    if (typeof text !== 'string' || text === '') throw s.error('Invalid argument: findText');
  }

  matchCase(matchCase: boolean): TextFinderT {
    this.caseSensitive = Boolean(matchCase);
    return this as unknown as TextFinderT;
  }

  matchEntireCell(matchEntireCell: boolean): TextFinderT {
    this.entireCell = Boolean(matchEntireCell);
    return this as unknown as TextFinderT;
  }

  startFrom(startRange: RangeT): TextFinderT {
    const r = startRange as unknown as { row: number; column: number };
    this.current = (r.row - this.area.row) * this.area.numColumns + (r.column - this.area.column);
    return this as unknown as TextFinderT;
  }

  findNext(): RangeT | null {
    const hits = this.search('findNext', this.current + 1, 1);
    return this.take(hits[0]);
  }

  findPrevious(): RangeT | null {
    const hits = this.search('findPrevious', 0, Infinity).filter((i) => i < this.current);
    return this.take(hits[hits.length - 1]);
  }

  findAll(): RangeT[] {
    const hits = this.search('findAll', 0, Infinity);
    const out = this.s.array() as RangeT[];
    for (const i of hits) out.push(this.cell(i));
    return out;
  }

  getCurrentMatch(): RangeT | null {
    return this.current < 0 ? null : this.cell(this.current);
  }

  useRegularExpression(): never {
    throw this.s.error('TextFinder.useRegularExpression is not emulated by the offline Workspace yet.');
  }

  ignoreDiacritics(): never {
    throw this.s.error('TextFinder.ignoreDiacritics is not emulated by the offline Workspace yet.');
  }

  matchFormulaText(): never {
    throw this.s.error('TextFinder.matchFormulaText is not emulated by the offline Workspace yet.');
  }

  replaceWith(): never {
    throw this.s.error('TextFinder.replaceWith is not emulated by the offline Workspace yet.');
  }

  replaceAllWith(): never {
    throw this.s.error('TextFinder.replaceAllWith is not emulated by the offline Workspace yet.');
  }

  private take(index: number | undefined): RangeT | null {
    if (index === undefined) return null;
    this.current = index;
    return this.cell(index);
  }

  private cell(index: number): RangeT {
    const { row, column, numColumns } = this.area;
    return this.sheet.range(row + Math.floor(index / numColumns), column + (index % numColumns), 1, 1);
  }

  /** Cell indexes that match, from `from`, at most `limit`; one round trip that scans the cells it passes. */
  private search(method: string, from: number, limit: number): number[] {
    const { file, sheet } = this.s.sheet(this.sheet.spreadsheetId, this.sheet.sheetId);
    const { row, column, numRows, numColumns } = this.area;
    const total = numRows * numColumns;
    const want = this.caseSensitive ? this.text : this.text.toLowerCase();
    const hits: number[] = [];
    let scanned = 0;
    for (let i = Math.max(0, from); i < total && hits.length < limit; i++) {
      scanned++;
      const raw = sheet.values[row - 1 + Math.floor(i / numColumns)]?.[column - 1 + (i % numColumns)];
      if (raw === null || raw === undefined) continue;
      const shown = displayOf(raw, file.timeZone);
      const v = this.caseSensitive ? shown : shown.toLowerCase();
      if (this.entireCell ? v === want : v.includes(want)) hits.push(i);
    }
    this.s.call(`TextFinder.${method}`, SPREADSHEET_LATENCY.callMs + SEARCH_PER_CELL_MS * scanned);
    this.s.ctx.exec.count('spreadsheet.cells.searched', scanned);
    return hits;
  }
}
