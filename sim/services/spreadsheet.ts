/**
 * SpreadsheetApp in the offline Workspace: the subset Autograph's store uses, with Google's limits and wording.
 * A spreadsheet belongs to the user who created it and is visible only to them and to those it is shared with
 * (`addEditor`/`addViewer`). Values are kept as plain JSON (a ragged 2D array per sheet) in `ws.state`, so the
 * workspace can be saved and restored. Every server round trip counts `spreadsheet.calls` and spends latency:
 * a fixed cost plus a per-cell cost for bulk reads and writes.
 *
 * Not emulated: formulas are stored but not evaluated (they read back as "#NAME?"), cell formatting other than
 * the plain-text number format `@`, named ranges, protections, container-bound scripts (getActiveSpreadsheet is
 * always null: add-ons and standalone scripts have no active spreadsheet), Drive-level sharing by domain.
 */
import type { ServiceContext, ServiceModule } from './types';
import type { OfflineWorkspace } from '../workspace';
import { hashString } from '../rng';
import { A1Range, CellLimitError, StoredCell, parseA1, toStored } from './spreadsheet-cells';
import {
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  MAX_CELLS,
  SPREADSHEET_LATENCY,
  SheetState,
  SpreadsheetState,
  cellLimitMessage,
  isPlainText,
  lastColumn,
  lastRow,
  newSheet,
  shiftFormats,
  totalCells,
} from './spreadsheet-grid';
import { RangeFake } from './spreadsheet-range';

export { MAX_CELLS, SPREADSHEET_LATENCY } from './spreadsheet-grid';
export type { SheetState, SpreadsheetState } from './spreadsheet-grid';

type SpreadsheetT = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SheetT = GoogleAppsScript.Spreadsheet.Sheet;
type RangeT = GoogleAppsScript.Spreadsheet.Range;

interface SpreadsheetStore {
  files: Record<string, SpreadsheetState>;
  created: number;
}

export const spreadsheetModule: ServiceModule = {
  name: 'SpreadsheetApp',
  globals: (ctx) => ({ SpreadsheetApp: new SpreadsheetAppFake(ctx) }),
};

function store(ws: OfflineWorkspace): SpreadsheetStore {
  return ws.state<SpreadsheetStore>('spreadsheets', () => ({ files: {}, created: 0 }));
}

/** For tests and benchmarks: a spreadsheet's state as stored (do not keep it across executions). */
export function spreadsheetState(ws: OfflineWorkspace, id: string): SpreadsheetState | undefined {
  return store(ws).files[id];
}

/** For tests and benchmarks: every spreadsheet the user owns or can open. */
export function spreadsheetsVisibleTo(ws: OfflineWorkspace, email: string): SpreadsheetState[] {
  return Object.values(store(ws).files).filter((f) => canRead(f, email));
}

function canRead(f: SpreadsheetState, email: string): boolean {
  const e = email.toLowerCase();
  return f.owner === e || f.editors.includes(e) || f.viewers.includes(e);
}

function canWrite(f: SpreadsheetState, email: string): boolean {
  const e = email.toLowerCase();
  return f.owner === e || f.editors.includes(e);
}

/** What every object of one execution shares: the context, access checks, latency and errors. */
export class Session {
  private realmDate: DateConstructor | null = null;
  private realmArray: ArrayConstructor | null = null;

  constructor(readonly ctx: ServiceContext) {}

  get me(): string {
    return this.ctx.exec.user.primaryEmail.toLowerCase();
  }

  call(method: string, latencyMs = SPREADSHEET_LATENCY.callMs): void {
    this.ctx.exec.serviceCall(`spreadsheet.${method}`, latencyMs);
    this.ctx.exec.count('spreadsheet.calls');
  }

  error(message: string): Error {
    return this.ctx.exec.realmError(message, 'Exception');
  }

  file(id: string, write = false): SpreadsheetState {
    const f = store(this.ctx.ws).files[id];
    if (!f || !canRead(f, this.me)) throw this.error('You do not have permission to access the requested document.');
    // [unverified wording] a viewer writing to a spreadsheet.
    if (write && !canWrite(f, this.me)) throw this.error('You do not have permission to edit this spreadsheet.');
    return f;
  }

  sheet(id: string, sheetId: number, write = false): { file: SpreadsheetState; sheet: SheetState } {
    const file = this.file(id, write);
    const sheet = file.sheets.find((s) => s.sheetId === sheetId);
    // Apps Script's words for a handle to a sheet that was deleted meanwhile.
    if (!sheet) throw this.error('Sheet not found');
    return { file, sheet };
  }

  /** A Date of the script's realm (so `instanceof Date` holds there), on the virtual clock's Date class. */
  date(ms: number): unknown {
    if (!this.realmDate) this.realmDate = this.realmGlobal('Date') as DateConstructor;
    return new this.realmDate(ms);
  }

  array(): unknown[] {
    if (!this.realmArray) this.realmArray = this.realmGlobal('Array') as ArrayConstructor;
    return new this.realmArray();
  }

  private realmGlobal(name: string): unknown {
    const realm = this.ctx.exec.realm;
    if (!realm) return name === 'Date' ? Date : Array;
    // The realm's Function constructor evaluates in the execution's global scope.
    const Fn = realm.Error.constructor as FunctionConstructor;
    return Fn(`return ${name}`)();
  }
}

class SpreadsheetAppFake implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'create' | 'openById' | 'openByUrl' | 'getActiveSpreadsheet' | 'flush'> {
  private readonly s: Session;

  constructor(ctx: ServiceContext) {
    this.s = new Session(ctx);
  }

  create(name: string, rows?: number, columns?: number): SpreadsheetT {
    this.s.call('create', 400);
    if (typeof name !== 'string' || name.trim() === '') throw this.s.error('Invalid argument: name');
    const r = rows ?? DEFAULT_ROWS;
    const c = columns ?? DEFAULT_COLUMNS;
    if (!Number.isInteger(r) || !Number.isInteger(c) || r < 1 || c < 1) throw this.s.error('Invalid argument: rows and columns must be at least 1');
    if (r * c > MAX_CELLS) throw this.s.error(cellLimitMessage());
    const ws = this.s.ctx.ws;
    const st = store(ws);
    const n = ++st.created;
    const id = spreadsheetId(`${ws.seed}|${n}|${name}`);
    const tz = ws.directory.tenant(this.s.ctx.exec.user.customerId).timeZone;
    st.files[id] = {
      id,
      name,
      owner: this.s.me,
      editors: [],
      viewers: [],
      timeZone: this.s.ctx.exec.project.manifest.timeZone ?? tz,
      createdAt: this.s.ctx.exec.now(),
      sheets: [newSheet(0, 'Sheet1', r, c)],
      nextSheetId: 1,
    };
    return asSpreadsheet(new SpreadsheetFake(this.s, id));
  }

  openById(id: string): SpreadsheetT {
    this.s.call('openById');
    if (!store(this.s.ctx.ws).files[String(id)]) {
      // Apps Script's message for an id that names no spreadsheet.
      throw this.s.error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    this.s.file(String(id));
    return asSpreadsheet(new SpreadsheetFake(this.s, String(id)));
  }

  openByUrl(url: string): SpreadsheetT {
    this.s.call('openByUrl');
    const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m || !store(this.s.ctx.ws).files[m[1]]) throw this.s.error('Invalid argument: url');
    this.s.file(m[1]);
    return asSpreadsheet(new SpreadsheetFake(this.s, m[1]));
  }

  /** Add-ons and standalone scripts have no container: there is no active spreadsheet. */
  getActiveSpreadsheet(): SpreadsheetT {
    return null as unknown as SpreadsheetT;
  }

  flush(): void {
    this.s.call('flush', 20);
  }
}

class SpreadsheetFake
  implements
    Pick<
      SpreadsheetT,
      | 'getId' | 'getUrl' | 'getName' | 'rename' | 'getSheets' | 'getSheetByName' | 'getSheetById' | 'insertSheet' | 'deleteSheet'
      | 'addEditor' | 'addEditors' | 'addViewer' | 'addViewers' | 'removeEditor' | 'removeViewer' | 'getEditors' | 'getViewers'
      | 'getOwner' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'getRange'
    >
{
  constructor(private readonly s: Session, readonly id: string) {}

  getId(): string {
    return this.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getName(): string {
    this.s.call('getName', SPREADSHEET_LATENCY.metaMs);
    return this.s.file(this.id).name;
  }

  rename(newName: string): void {
    this.s.call('rename');
    this.s.file(this.id, true).name = String(newName);
  }

  getSheets(): SheetT[] {
    this.s.call('getSheets', SPREADSHEET_LATENCY.metaMs);
    const out = this.s.array();
    for (const sh of this.s.file(this.id).sheets) out.push(asSheet(new SheetFake(this.s, this.id, sh.sheetId)));
    return out as SheetT[];
  }

  getSheetByName(name: string): SheetT | null {
    this.s.call('getSheetByName', SPREADSHEET_LATENCY.metaMs);
    const sh = this.s.file(this.id).sheets.find((x) => x.name === name);
    return sh ? asSheet(new SheetFake(this.s, this.id, sh.sheetId)) : null;
  }

  getSheetById(id: number): SheetT | null {
    this.s.call('getSheetById', SPREADSHEET_LATENCY.metaMs);
    const sh = this.s.file(this.id).sheets.find((x) => x.sheetId === id);
    return sh ? asSheet(new SheetFake(this.s, this.id, sh.sheetId)) : null;
  }

  insertSheet(nameOrIndex?: unknown, index?: unknown): SheetT {
    this.s.call('insertSheet');
    const f = this.s.file(this.id, true);
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : null;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : f.sheets.length;
    if (name === null) {
      let n = f.sheets.length + 1;
      while (f.sheets.some((x) => x.name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (f.sheets.some((x) => x.name.toLowerCase() === name!.toLowerCase())) {
      throw this.s.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (totalCells(f) + DEFAULT_ROWS * DEFAULT_COLUMNS > MAX_CELLS) throw this.s.error(cellLimitMessage());
    const sh = newSheet(f.nextSheetId++ * 1000 + (hashString(this.id + name) % 1000), name, DEFAULT_ROWS, DEFAULT_COLUMNS);
    f.sheets.splice(Math.max(0, Math.min(at, f.sheets.length)), 0, sh);
    return asSheet(new SheetFake(this.s, this.id, sh.sheetId));
  }

  deleteSheet(sheet: SheetT): void {
    this.s.call('deleteSheet');
    const f = this.s.file(this.id, true);
    const target = (sheet as unknown as SheetFake).sheetId;
    if (f.sheets.length === 1) throw this.s.error("You can't remove all the sheets in a document.");
    const i = f.sheets.findIndex((x) => x.sheetId === target);
    if (i < 0) throw this.s.error('Sheet not found');
    f.sheets.splice(i, 1);
  }

  addEditor(user: string | GoogleAppsScript.Base.User): SpreadsheetT {
    return this.share('editors', [user]);
  }

  addEditors(emails: string[]): SpreadsheetT {
    return this.share('editors', emails);
  }

  addViewer(user: string | GoogleAppsScript.Base.User): SpreadsheetT {
    return this.share('viewers', [user]);
  }

  addViewers(emails: string[]): SpreadsheetT {
    return this.share('viewers', emails);
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): SpreadsheetT {
    return this.unshare('editors', user);
  }

  removeViewer(user: string | GoogleAppsScript.Base.User): SpreadsheetT {
    return this.unshare('viewers', user);
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.s.call('getEditors', SPREADSHEET_LATENCY.metaMs);
    const f = this.s.file(this.id, true);
    const out = this.s.array();
    for (const e of [f.owner, ...f.editors]) out.push(driveUser(e));
    return out as GoogleAppsScript.Base.User[];
  }

  getViewers(): GoogleAppsScript.Base.User[] {
    this.s.call('getViewers', SPREADSHEET_LATENCY.metaMs);
    const f = this.s.file(this.id, true);
    const out = this.s.array();
    for (const e of f.viewers) out.push(driveUser(e));
    return out as GoogleAppsScript.Base.User[];
  }

  getOwner(): GoogleAppsScript.Base.User | null {
    this.s.call('getOwner', SPREADSHEET_LATENCY.metaMs);
    return driveUser(this.s.file(this.id).owner);
  }

  getSpreadsheetTimeZone(): string {
    this.s.call('getSpreadsheetTimeZone', SPREADSHEET_LATENCY.metaMs);
    return this.s.file(this.id).timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.s.call('setSpreadsheetTimeZone');
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw this.s.error(`Invalid argument: ${timezone}`);
    }
    this.s.file(this.id, true).timeZone = timezone;
  }

  getRange(a1Notation: string): RangeT {
    this.s.ctx.exec.assertAlive();
    const f = this.s.file(this.id);
    const a1 = parseA1(String(a1Notation));
    if (!a1) throw this.s.error('Range not found');
    const sh = a1.sheetName === null ? f.sheets[0] : f.sheets.find((x) => x.name === a1.sheetName);
    if (!sh) throw this.s.error('Range not found');
    return new SheetFake(this.s, this.id, sh.sheetId).rangeFromA1(a1);
  }

  private share(list: 'editors' | 'viewers', users: Array<string | GoogleAppsScript.Base.User>): SpreadsheetT {
    this.s.call(list === 'editors' ? 'addEditor' : 'addViewer');
    const f = this.s.file(this.id, true);
    for (const u of users) {
      const email = (typeof u === 'string' ? u : u.getEmail()).toLowerCase().trim();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw this.s.error(`Invalid email: ${email}`);
      if (email === f.owner) continue;
      if (list === 'editors') f.viewers = f.viewers.filter((x) => x !== email);
      if (list === 'viewers' && f.editors.includes(email)) continue;
      if (!f[list].includes(email)) f[list].push(email);
    }
    return asSpreadsheet(this);
  }

  private unshare(list: 'editors' | 'viewers', user: string | GoogleAppsScript.Base.User): SpreadsheetT {
    this.s.call(list === 'editors' ? 'removeEditor' : 'removeViewer');
    const f = this.s.file(this.id, true);
    const email = (typeof user === 'string' ? user : user.getEmail()).toLowerCase();
    f[list] = f[list].filter((x) => x !== email);
    return asSpreadsheet(this);
  }
}

export class SheetFake
  implements
    Pick<
      SheetT,
      | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getDataRange' | 'getLastRow' | 'getLastColumn'
      | 'getMaxRows' | 'getMaxColumns' | 'appendRow' | 'clear' | 'clearContents' | 'deleteRow' | 'deleteRows' | 'insertRowsAfter'
      | 'insertRowsBefore' | 'insertColumnsAfter' | 'setFrozenRows' | 'getFrozenRows' | 'hideSheet' | 'showSheet' | 'isSheetHidden'
    >
{
  constructor(private readonly s: Session, readonly spreadsheetId: string, readonly sheetId: number) {}

  private get state(): SheetState {
    return this.s.sheet(this.spreadsheetId, this.sheetId).sheet;
  }

  private writable(): { file: SpreadsheetState; sheet: SheetState } {
    return this.s.sheet(this.spreadsheetId, this.sheetId, true);
  }

  getName(): string {
    return this.state.name;
  }

  setName(name: string): SheetT {
    this.s.call('setName');
    const { file, sheet } = this.writable();
    if (file.sheets.some((x) => x !== sheet && x.name.toLowerCase() === String(name).toLowerCase())) {
      throw this.s.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    sheet.name = String(name);
    return asSheet(this);
  }

  getSheetId(): number {
    return this.sheetId;
  }

  getIndex(): number {
    return this.s.file(this.spreadsheetId).sheets.findIndex((x) => x.sheetId === this.sheetId) + 1;
  }

  getParent(): SpreadsheetT {
    return asSpreadsheet(new SpreadsheetFake(this.s, this.spreadsheetId));
  }

  /** Building a range is local in Apps Script: no round trip, not counted. */
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeT {
    this.s.ctx.exec.assertAlive();
    if (typeof a === 'string') {
      const a1 = parseA1(a);
      if (!a1 || (a1.sheetName !== null && a1.sheetName !== this.state.name)) throw this.s.error('Range not found');
      return this.rangeFromA1(a1);
    }
    return this.range(a, column ?? NaN, numRows ?? 1, numColumns ?? 1);
  }

  /** A range, checked against the grid the way Apps Script checks it. */
  range(row: number, column: number, numRows: number, numColumns: number): RangeT {
    if (!Number.isInteger(row) || !Number.isInteger(column)) throw this.s.error('Invalid argument: row and column must be whole numbers');
    if (row < 1) throw this.s.error('The starting row of the range is too small.');
    if (column < 1) throw this.s.error('The starting column of the range is too small.');
    if (numRows < 1) throw this.s.error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw this.s.error('The number of columns in the range must be at least 1.');
    const sh = this.state;
    if (row + numRows - 1 > sh.maxRows || column + numColumns - 1 > sh.maxColumns) {
      throw this.s.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return asRange(new RangeFake(this.s, this, row, column, numRows, numColumns));
  }

  rangeFromA1(a1: A1Range): RangeT {
    const sh = this.state;
    const lastRow = a1.lastRow ?? sh.maxRows;
    const lastColumn = a1.lastColumn ?? sh.maxColumns;
    return this.range(a1.row, a1.column, lastRow - a1.row + 1, lastColumn - a1.column + 1);
  }

  getDataRange(): RangeT {
    this.s.call('getDataRange', SPREADSHEET_LATENCY.metaMs);
    const sh = this.state;
    return this.range(1, 1, Math.max(1, lastRow(sh)), Math.max(1, lastColumn(sh)));
  }

  getLastRow(): number {
    this.s.call('getLastRow', SPREADSHEET_LATENCY.metaMs);
    return lastRow(this.state);
  }

  getLastColumn(): number {
    this.s.call('getLastColumn', SPREADSHEET_LATENCY.metaMs);
    return lastColumn(this.state);
  }

  getMaxRows(): number {
    this.s.call('getMaxRows', SPREADSHEET_LATENCY.metaMs);
    return this.state.maxRows;
  }

  getMaxColumns(): number {
    this.s.call('getMaxColumns', SPREADSHEET_LATENCY.metaMs);
    return this.state.maxColumns;
  }

  appendRow(rowContents: unknown[]): SheetT {
    if (!Array.isArray(rowContents)) throw this.s.error('Invalid argument: rowContents must be an array');
    this.s.call('appendRow', SPREADSHEET_LATENCY.callMs + SPREADSHEET_LATENCY.writePerCellMs * rowContents.length);
    const { file, sheet } = this.writable();
    const r = lastRow(sheet) + 1;
    const extraRows = Math.max(0, r - sheet.maxRows);
    const extraCols = Math.max(0, rowContents.length - sheet.maxColumns);
    if (extraRows || extraCols) {
      const after = (sheet.maxRows + extraRows) * (sheet.maxColumns + extraCols);
      if (totalCells(file) - sheet.maxRows * sheet.maxColumns + after > MAX_CELLS) throw this.s.error(cellLimitMessage());
      sheet.maxRows += extraRows;
      sheet.maxColumns += extraCols;
    }
    this.write(file, sheet, r, 1, [rowContents]);
    return asSheet(this);
  }

  clear(): SheetT {
    this.s.call('clear');
    const { sheet } = this.writable();
    sheet.values = [];
    sheet.formats = [];
    return asSheet(this);
  }

  clearContents(): SheetT {
    this.s.call('clearContents');
    this.writable().sheet.values = [];
    return asSheet(this);
  }

  deleteRow(rowPosition: number): SheetT {
    this.deleteRows(rowPosition, 1);
    return asSheet(this);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.s.call('deleteRows');
    const { sheet } = this.writable();
    if (!Number.isInteger(rowPosition) || rowPosition < 1 || !Number.isInteger(howMany) || howMany < 1) {
      throw this.s.error('Invalid argument: rowPosition and howMany must be at least 1');
    }
    if (rowPosition + howMany - 1 > sheet.maxRows) throw this.s.error('Those rows are out of bounds.');
    if (howMany >= sheet.maxRows - sheet.frozenRows && rowPosition <= sheet.frozenRows + 1) {
      throw this.s.error('You can\'t delete all the rows on the sheet.');
    }
    sheet.values.splice(rowPosition - 1, howMany);
    sheet.maxRows -= howMany;
    shiftFormats(sheet, rowPosition, -howMany);
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetT {
    this.insertRows(afterPosition, howMany, 'insertRowsAfter');
    return asSheet(this);
  }

  insertRowsBefore(beforePosition: number, howMany: number): SheetT {
    this.insertRows(beforePosition - 1, howMany, 'insertRowsBefore');
    return asSheet(this);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetT {
    this.s.call('insertColumnsAfter');
    const { file, sheet } = this.writable();
    if (!Number.isInteger(afterPosition) || afterPosition < 0 || afterPosition > sheet.maxColumns || !Number.isInteger(howMany) || howMany < 1) {
      throw this.s.error('Invalid argument: afterPosition or howMany');
    }
    if (totalCells(file) + howMany * sheet.maxRows > MAX_CELLS) throw this.s.error(cellLimitMessage());
    for (const row of sheet.values) if (row && row.length > afterPosition) row.splice(afterPosition, 0, ...new Array(howMany).fill(null));
    sheet.maxColumns += howMany;
    return asSheet(this);
  }

  setFrozenRows(rows: number): void {
    this.s.call('setFrozenRows');
    const { sheet } = this.writable();
    if (!Number.isInteger(rows) || rows < 0 || rows >= sheet.maxRows) throw this.s.error('Invalid argument: rows');
    sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.s.call('getFrozenRows', SPREADSHEET_LATENCY.metaMs);
    return this.state.frozenRows;
  }

  hideSheet(): SheetT {
    this.s.call('hideSheet');
    const { file, sheet } = this.writable();
    if (file.sheets.filter((x) => !x.hidden && x !== sheet).length === 0) throw this.s.error("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    return asSheet(this);
  }

  showSheet(): SheetT {
    this.s.call('showSheet');
    this.writable().sheet.hidden = false;
    return asSheet(this);
  }

  isSheetHidden(): boolean {
    return this.state.hidden;
  }

  private insertRows(after: number, howMany: number, method: string): void {
    this.s.call(method);
    const { file, sheet } = this.writable();
    if (!Number.isInteger(after) || after < 0 || after > sheet.maxRows || !Number.isInteger(howMany) || howMany < 1) {
      throw this.s.error(`Invalid argument: position ${after} or count ${howMany}`);
    }
    if (totalCells(file) + howMany * sheet.maxColumns > MAX_CELLS) throw this.s.error(cellLimitMessage());
    if (sheet.values.length > after) sheet.values.splice(after, 0, ...Array.from({ length: howMany }, () => []));
    sheet.maxRows += howMany;
    if (after > 0) shiftFormats(sheet, after, howMany);
  }

  /** Writes a block of values (already shaped) at row/column, parsing strings the way Sheets does. */
  write(file: SpreadsheetState, sheet: SheetState, row: number, column: number, values: unknown[][]): void {
    for (let i = 0; i < values.length; i++) {
      const r = row - 1 + i;
      while (sheet.values.length <= r) sheet.values.push([]);
      const target = sheet.values[r] ?? (sheet.values[r] = []);
      const src = values[i];
      for (let j = 0; j < src.length; j++) {
        const c = column - 1 + j;
        let cell: StoredCell;
        try {
          cell = toStored(src[j], isPlainText(sheet, r + 1, c + 1), file.timeZone);
        } catch (e) {
          if (e instanceof CellLimitError) throw this.s.error(e.message);
          throw e;
        }
        while (target.length < c) target.push(null);
        target[c] = cell;
      }
      while (target.length && (target[target.length - 1] === null || target[target.length - 1] === undefined)) target.pop();
    }
    while (sheet.values.length && sheet.values[sheet.values.length - 1].length === 0) sheet.values.pop();
  }
}

/** Drive file ids: 44 URL-safe characters. */
function spreadsheetId(seed: string): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let h = hashString(seed);
  let s = '1';
  for (let i = 0; i < 43; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ (i * 0x9e3779b9);
    s += abc[(h >>> 7) & 63];
  }
  return s;
}

function driveUser(email: string): GoogleAppsScript.Base.User {
  return { getEmail: () => email, getUserLoginId: () => email };
}

// The fakes implement the subset Autograph uses; these casts hand them out under Google's full types.
const asSpreadsheet = (x: SpreadsheetFake): SpreadsheetT => x as unknown as SpreadsheetT;
const asSheet = (x: SheetFake): SheetT => x as unknown as SheetT;
const asRange = (x: RangeFake): RangeT => x as unknown as RangeT;
