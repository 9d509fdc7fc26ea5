import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany } from '../../sim/directory/generator';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { runScript } from './directory-fixture';

describe('SpreadsheetApp', () => {
  const ws = new OfflineWorkspace();
  const t = createSampleCompany(ws, { seed: 21, users: 20 });
  const users = ws.directory.usersOf(t.customerId).filter((u) => !u.suspended);
  const owner = users[0].primaryEmail;
  const colleague = users[2].primaryEmail;
  const stranger = users[3].primaryEmail;
  const run = (user: string, body: string, arg?: unknown) => runScript(ws, user, body, arg, []);

  let id = '';
  beforeAll(() => {
    id = run(owner, `var ss = SpreadsheetApp.create('Autograph store'); ss.getSheets()[0].setName('Employees'); return ss.getId();`);
  });

  it('creates a spreadsheet its creator owns, with one 1000 × 26 sheet and a docs URL', () => {
    const r = run(owner, `
      var ss = SpreadsheetApp.openById(arg);
      var sh = ss.getSheets()[0];
      return { name: ss.getName(), url: ss.getUrl(), owner: ss.getOwner().getEmail(), sheets: ss.getSheets().length,
               rows: sh.getMaxRows(), cols: sh.getMaxColumns(), last: sh.getLastRow(), sheetName: sh.getName() };`, id);
    expect(r).toEqual({ name: 'Autograph store', url: `https://docs.google.com/spreadsheets/d/${id}/edit`, owner, sheets: 1, rows: 1000, cols: 26, last: 0, sheetName: 'Employees' });
    expect(id).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(run(owner, `return SpreadsheetApp.openByUrl('https://docs.google.com/spreadsheets/d/' + arg + '/edit#gid=0').getName();`, id)).toBe('Autograph store');
  });

  it('writes and reads a block with setValues/getValues, empty cells as empty strings', () => {
    const r = run(owner, `
      var sh = SpreadsheetApp.openById(arg).getSheetByName('Employees');
      sh.getRange(1, 1, 2, 3).setValues([['email', 'name', 'active'], ['a@x.example', 'Zoë <b>', true]]);
      sh.getRange('E1').setValue(42);
      return { values: sh.getDataRange().getValues(), lastRow: sh.getLastRow(), lastCol: sh.getLastColumn(), a1: sh.getDataRange().getA1Notation() };`, id);
    expect(r.values).toEqual([
      ['email', 'name', 'active', '', 42],
      ['a@x.example', 'Zoë <b>', true, '', ''],
    ]);
    expect([r.lastRow, r.lastCol, r.a1]).toEqual([2, 5, 'A1:E2']);
  });

  it('rejects a block whose shape does not match the range, in Google\'s words', () => {
    const rows = run(owner, `SpreadsheetApp.openById(arg).getSheets()[0].getRange(1, 1, 3, 2).setValues([[1, 2], [3, 4]]);`, id);
    expect(rows.error).toBe('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(rows.isError).toBe(true);
    const cols = run(owner, `SpreadsheetApp.openById(arg).getSheets()[0].getRange(1, 1, 1, 2).setValues([[1, 2, 3]]);`, id);
    expect(cols.error).toBe('The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
  });

  it('returns dates as Dates of the script and keeps the sheet state plain JSON', () => {
    const r = run(owner, `
      var sh = SpreadsheetApp.openById(arg).getSheets()[0];
      sh.getRange('A10').setValue(new Date(Date.UTC(2026, 0, 31, 12)));
      var v = sh.getRange('A10').getValue();
      return { isDate: v instanceof Date, iso: v.toISOString(), rowIsArray: sh.getRange('A10:B10').getValues() instanceof Array };`, id);
    expect(r).toEqual({ isDate: true, iso: '2026-01-31T12:00:00.000Z', rowIsArray: true });
    const st = spreadsheetState(ws, id)!;
    expect(JSON.parse(JSON.stringify(st))).toEqual(st);
    run(owner, `SpreadsheetApp.openById(arg).getSheets()[0].getRange('A10').clearContent();`, id);
  });

  it('parses typed-in strings like Sheets does unless the range is formatted as plain text', () => {
    const r = run(owner, `
      var sh = SpreadsheetApp.openById(arg).insertSheet('Parsing');
      sh.getRange(1, 1, 1, 6).setValues([['00123', 'TRUE', '2026-03-01', "'00123", '=HYPERLINK("x")', '+49 30 123']]);
      sh.getRange('A2:B2').setNumberFormat('@').setValues([['00123', 'TRUE']]);
      return { values: sh.getRange('A1:F2').getValues().map(function (r) { return r.map(function (v) { return v instanceof Date ? 'date' : v; }); }),
               display: sh.getRange('C1').getDisplayValue(), formula: sh.getRange('E1').getFormulas()[0][0] };`, id);
    expect(r.values).toEqual([
      [123, true, 'date', '00123', '#NAME?', '+49 30 123'],
      ['00123', 'TRUE', '', '', '', ''],
    ]);
    expect(r.display).toBe('2026-03-01');
    expect(r.formula).toBe('=HYPERLINK("x")');
  });

  it('keeps plain-text formats with their rows when rows move, without piling them up', () => {
    const r = run(owner, `
      var sh = SpreadsheetApp.openById(arg).insertSheet('Formats');
      for (var i = 0; i < 50; i++) sh.getRange(1 + i * 10, 1, 10, 3).setNumberFormat('@');
      sh.deleteRows(1, 5);
      sh.getRange('A1:A2').setValues([['007'], ['008']]);
      sh.insertRowsAfter(495, 10);
      sh.getRange(496, 1).setValue('0042');
      return [sh.getRange('A1').getValue(), sh.getRange('A496').getValue(), sh.getRange('A496').getNumberFormat(), sh.getRange('D1').getNumberFormat()];`, id);
    expect(r).toEqual(['007', '0042', '@', 'General']);
    const sheet = spreadsheetState(ws, id)!.sheets.find((x) => x.name === 'Formats')!;
    expect(sheet.formats.length).toBe(1);
  });

  it('appends rows, growing the grid past its last row', () => {
    const r = run(owner, `
      var sh = SpreadsheetApp.openById(arg).insertSheet('Log');
      sh.deleteRows(3, 997);
      for (var i = 0; i < 4; i++) sh.appendRow(['run ' + i, i]);
      return { last: sh.getLastRow(), max: sh.getMaxRows(), first: sh.getRange(1, 1).getValue() };`, id);
    expect(r).toEqual({ last: 4, max: 4, first: 'run 0' });
  });

  it('refuses ranges outside the grid and bad coordinates', () => {
    expect(run(owner, `SpreadsheetApp.openById(arg).getSheets()[0].getRange(1001, 1);`, id).error).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(run(owner, `SpreadsheetApp.openById(arg).getSheets()[0].getRange(0, 1);`, id).error).toBe('The starting row of the range is too small.');
    expect(run(owner, `SpreadsheetApp.openById(arg).getSheets()[0].getRange(1, 1, 0, 1);`, id).error).toBe('The number of rows in the range must be at least 1.');
    expect(run(owner, `SpreadsheetApp.openById(arg).getSheets()[0].getRange('not a range');`, id).error).toBe('Range not found');
  });

  it('inserts and deletes rows, shifting values', () => {
    const r = run(owner, `
      var sh = SpreadsheetApp.openById(arg).insertSheet('Shift');
      sh.getRange('A1:A3').setValues([[1], [2], [3]]);
      sh.insertRowsAfter(1, 2);
      var afterInsert = sh.getRange('A1:A5').getValues().map(function (r) { return r[0]; });
      sh.deleteRows(2, 2);
      return { afterInsert: afterInsert, afterDelete: sh.getRange('A1:A3').getValues().map(function (r) { return r[0]; }), max: sh.getMaxRows() };`, id);
    expect(r).toEqual({ afterInsert: [1, '', '', 2, 3], afterDelete: [1, 2, 3], max: 1000 });
  });

  it('names sheets uniquely, freezes, hides and deletes them', () => {
    expect(run(owner, `SpreadsheetApp.openById(arg).insertSheet('employees');`, id).error).toBe('A sheet with the name "employees" already exists. Please enter another name.');
    const r = run(owner, `
      var ss = SpreadsheetApp.openById(arg);
      var sh = ss.insertSheet('Temp');
      sh.setFrozenRows(1); sh.hideSheet();
      var info = { frozen: sh.getFrozenRows(), hidden: sh.isSheetHidden(), id: typeof sh.getSheetId() };
      ss.deleteSheet(sh);
      info.gone = ss.getSheetByName('Temp') === null;
      return info;`, id);
    expect(r).toEqual({ frozen: 1, hidden: true, id: 'number', gone: true });
  });

  it('is visible only to its owner and those it is shared with', () => {
    expect(run(stranger, `return SpreadsheetApp.openById(arg).getName();`, id).error).toBe('You do not have permission to access the requested document.');
    run(owner, `SpreadsheetApp.openById(arg).addViewer('${colleague}');`, id);
    expect(run(colleague, `return SpreadsheetApp.openById(arg).getSheetByName('Employees').getRange('A1').getValue();`, id)).toBe('email');
    expect(run(colleague, `SpreadsheetApp.openById(arg).getSheets()[0].getRange('A1').setValue('x');`, id).error).toMatch(/permission to edit/);
    run(owner, `SpreadsheetApp.openById(arg).addEditors(['${colleague}', '${stranger}']);`, id);
    expect(run(stranger, `SpreadsheetApp.openById(arg).getSheets()[0].getRange('Z1').setValue('ok'); return 1;`, id)).toBe(1);
    const r = run(owner, `var ss = SpreadsheetApp.openById(arg); return { e: ss.getEditors().map(function (u) { return u.getEmail(); }), v: ss.getViewers().length };`, id);
    expect(r.e.sort()).toEqual([owner, colleague, stranger].sort());
    expect(r.v).toBe(0);
    const other = createSampleCompany(ws, { seed: 22, users: 10 });
    expect(run(`admin@${other.domains[0]}`, `return SpreadsheetApp.openById(arg);`, id).error).toBe('You do not have permission to access the requested document.');
    expect(run(owner, `return SpreadsheetApp.openById('nope');`).error).toMatch(/Unexpected error while getting the method or property openById/);
  });

  it('has no active spreadsheet outside a container', () => {
    expect(run(owner, `return SpreadsheetApp.getActiveSpreadsheet();`)).toBeNull();
  });

  it('enforces 50,000 characters per cell and 10 million cells per spreadsheet', () => {
    expect(run(owner, `SpreadsheetApp.openById(arg).getSheets()[0].getRange('B5').setValue(new Array(50002).join('x'));`, id).error).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    const big = run(owner, `var ss = SpreadsheetApp.create('big', 300000, 30); ss.getSheets()[0].insertRowsAfter(1, 40000); return 1;`);
    expect(big.error).toBe('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
  });

  it('counts spreadsheet calls and spends time per cell on bulk reads and writes', () => {
    const before = ws.counters.get('spreadsheet.calls');
    const t0 = ws.clock.now();
    run(owner, `
      var sh = SpreadsheetApp.openById(arg).insertSheet('Bulk');
      var rows = []; for (var i = 0; i < 1000; i++) rows.push([i, 'n' + i, true, '', 'x']);
      sh.getRange(1, 1, 1000, 5).setValues(rows);
      sh.getRange(1, 1, 1000, 5).getValues();
      SpreadsheetApp.flush();`, id);
    expect(ws.counters.get('spreadsheet.calls') - before).toBe(5);
    // openById 100 + insertSheet 100 + setValues 100 + 5000 × 0.03 + getValues 100 + 5000 × 0.01 + flush 20.
    expect(ws.clock.now() - t0).toBe(100 + 100 + 250 + 150 + 20);
  });
  it('finds text with a TextFinder as documented (partial, case-insensitive by default), reading no cell', () => {
    run(owner, `SpreadsheetApp.openById(arg).insertSheet('Find').getRange(1, 1, 5, 1).setValues([['email'], ['Ann@x.example'], ['joann@x.example'], ['bob@x.example'], ['ann@x.example,al@x.example']]);`, id);
    const before = ws.counters.snapshot();
    const r = run(owner, `
      var col = SpreadsheetApp.openById(arg).getSheetByName('Find').getRange(2, 1, 4, 1);
      var rows = function (rs) { return rs.map(function (x) { return x.getRow(); }); };
      var f = col.createTextFinder('ann@x.example');
      var first = f.findNext().getRow(), second = f.findNext().getRow();
      return {
        partial: rows(col.createTextFinder('ann@x.example').findAll()),
        entire: rows(col.createTextFinder('ann@x.example').matchEntireCell(true).findAll()),
        cased: rows(col.createTextFinder('ann@x.example').matchCase(true).findAll()),
        next: [first, second, f.getCurrentMatch().getRow()],
        none: col.createTextFinder('carol@').findNext(),
      };`, id);
    expect(r).toEqual({ partial: [2, 3, 5], entire: [2], cased: [3, 5], next: [2, 3, 3], none: null });
    const used = ws.counters.since(before);
    expect(used['spreadsheet.cells.read'] ?? 0).toBe(0);
    expect(used['spreadsheet.cells.searched']).toBeGreaterThanOrEqual(4 * 4);
  });
});
