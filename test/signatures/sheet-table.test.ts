/**
 * SheetTable (src/adapters/store/sheet-table.ts), bundled alone and run in the offline Workspace's SpreadsheetApp:
 * a run's many appends and in-place saves keep every cell plain text and every row an admin added, while looking the
 * sheet up, growing its grid and setting its format once per execution rather than on every call.
 */
import * as esbuild from 'esbuild';
import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany } from '../../sim/directory/generator';
import type { SimProject } from '../../sim/project';
import { scriptProject } from '../sim/directory-fixture';

const ENTRY = `
import { SheetTable } from './src/adapters/store/sheet-table';
export function main(e) {
  const ss = SpreadsheetApp.openById(e.id);
  const t = SheetTable.of(ss, e.name);
  const out = {};
  for (const step of e.steps) {
    if (step.op === 'append') t.append(e.header, step.rows);
    if (step.op === 'overwrite') t.overwriteRows(step.from, step.rows);
    if (step.op === 'replaceElsewhere') SheetTable.of(ss, e.name).replaceAll(e.header, step.rows);
    if (step.op === 'failingReplace') {
      try {
        t.replaceAll(e.header, [['x', 'y'.repeat(60000), 'z']]);
      } catch (err) {
        out.failed = String(err.message || err);
      }
    }
    if (step.op === 'read') out.read = SheetTable.of(ss, e.name).read();
    if (step.op === 'span') out.span = t.readSpan(step.from, step.count);
    if (step.op === 'column') out.column = t.readColumn(step.column);
    if (step.op === 'formats') {
      const sheet = ss.getSheetByName(e.name);
      out.formats = step.cells.map((a1) => sheet.getRange(a1).getNumberFormat());
    }
    if (step.op === 'sheets') out.sheets = ss.getSheets().map((s) => s.getName());
  }
  return JSON.stringify(out);
}
`;

const HEADER = ['id', 'phone', 'hash'];
// Each would be turned into a number (or a formula) by Sheets in a cell with the automatic format.
const tricky = (i: number) => [`u${i}`, `+49 30 ${1000 + i}`, `00${i}e5`];
const rows = (from: number, count: number) => Array.from({ length: count }, (_, k) => tricky(from + k));

let code = '';
beforeAll(async () => {
  const out = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: `${__dirname}/../..`, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'TableTest',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  code = `${out.outputFiles[0].text}\nfunction main(e) { return TableTest.main(e); }\n`;
});

interface World {
  ws: OfflineWorkspace;
  project: SimProject;
  owner: string;
  id: string;
}

function setUp(): World {
  const ws = new OfflineWorkspace();
  const company = createSampleCompany(ws, { seed: 5, users: 3 });
  const owner = ws.directory.usersOf(company.customerId)[0].primaryEmail;
  const project = scriptProject(ws, code, []);
  const made = ws.run(scriptProject(ws, `function make() { return SpreadsheetApp.create('store').getId(); }`, []), 'make', { user: owner });
  if (!made.ok) throw new Error(made.error);
  return { ws, project, owner, id: String(made.value) };
}

type Step = { op: string; [k: string]: unknown };

function execute(w: World, steps: Step[], name = 'signature_addresses') {
  const r = w.ws.run(w.project, 'main', { user: w.owner, event: { id: w.id, name, header: HEADER, steps } });
  if (!r.ok) throw new Error(r.error);
  const calls = (m: string) => r.execution.counters.get(`service.calls.spreadsheet.${m}`) ?? 0;
  return { out: JSON.parse(String(r.value)), calls };
}

describe('a table written chunk after chunk', () => {
  it('keeps every appended cell plain text past the first grid, formatting and growing once for many appends', () => {
    const w = setUp();
    // 12 appends of 300 rows: 3,600 rows, past the new sheet's 1,000-row grid.
    const steps: Step[] = Array.from({ length: 12 }, (_, k) => ({ op: 'append', rows: rows(k * 300, 300) }));
    const { out, calls } = execute(w, [...steps, { op: 'read' }, { op: 'formats', cells: ['A2', 'C1001', 'B3601'] }]);
    expect(out.read.header).toEqual(HEADER);
    expect(out.read.rows).toEqual(rows(0, 3600));
    expect(out.formats).toEqual(['@', '@', '@']);
    // Creating the table looks it up, then its staging sheet and the live one; no append looks it up again (the
    // fourth lookup is this test's own, for the formats).
    expect(calls('getSheetByName')).toBe(4);
    // The grid grows ahead of the writes: two inserts for 3,600 rows, each formatted in the same step.
    expect(calls('insertRowsAfter')).toBe(2);
    expect(calls('setNumberFormat')).toBeLessThanOrEqual(3);
  });

  it('formats rows an earlier execution wrote before overwriting them, once per execution', () => {
    const w = setUp();
    execute(w, [{ op: 'append', rows: rows(0, 50) }]);
    const { out, calls } = execute(w, [
      { op: 'overwrite', from: 10, rows: rows(100, 5) },
      { op: 'overwrite', from: 30, rows: rows(200, 5) },
      { op: 'read' },
    ]);
    expect(out.read.rows.slice(10, 15)).toEqual(rows(100, 5));
    expect(out.read.rows.slice(30, 35)).toEqual(rows(200, 5));
    expect(calls('setNumberFormat')).toBe(1);
  });

  it('never writes over rows an admin added between two executions', () => {
    const w = setUp();
    execute(w, [{ op: 'append', rows: rows(0, 10) }]);
    const admin = scriptProject(w.ws, `function add(e) { SpreadsheetApp.openById(e.id).getSheetByName('signature_addresses').appendRow(['by hand', '0042', '1e5']); }`, []);
    expect(w.ws.run(admin, 'add', { user: w.owner, event: { id: w.id } }).ok).toBe(true);
    const { out } = execute(w, [{ op: 'append', rows: rows(10, 5) }, { op: 'read' }]);
    expect(out.read.rows).toHaveLength(16);
    expect(out.read.rows[10][0]).toBe('by hand');
    expect(out.read.rows.slice(11)).toEqual(rows(10, 5));
  });

  it('sees a replace made through another caller of the same spreadsheet in the same execution', () => {
    const w = setUp();
    const { out } = execute(w, [
      { op: 'append', rows: rows(0, 10) },
      { op: 'replaceElsewhere', rows: rows(500, 3) },
      { op: 'append', rows: rows(600, 2) },
      { op: 'read' },
    ]);
    expect(out.read.rows).toEqual([...rows(500, 3), ...rows(600, 2)]);
  });

  it('after a replace that failed, appends to the live table, never into the staging sheet the next run drops', () => {
    const w = setUp();
    execute(w, [{ op: 'append', rows: rows(0, 3) }]);
    const { out } = execute(w, [{ op: 'failingReplace' }, { op: 'append', rows: rows(3, 2) }]);
    expect(out.failed).toMatch(/50000 characters/);
    // The next execution drops the staging sheet: the rows appended after the failure are in the live table.
    expect(execute(w, [{ op: 'read' }, { op: 'sheets' }]).out).toMatchObject({ read: { rows: rows(0, 5) } });
    expect(execute(w, [{ op: 'sheets' }]).out.sheets).not.toContain('signature_addresses~staging');
  });

  it('reads one column, or a span of rows with the header, clipped to the table', () => {
    const w = setUp();
    const { out } = execute(w, [
      { op: 'append', rows: rows(0, 10) },
      { op: 'column', column: 'phone' },
      { op: 'span', from: 7, count: 5 },
    ]);
    expect(out.column).toEqual(rows(0, 10).map((r) => r[1]));
    expect(out.span).toEqual({ header: HEADER, rows: rows(7, 3) });
    expect(execute(w, [{ op: 'column', column: 'renamed by hand' }]).out.column).toBeNull();
  });

  it('finishes a replace a cut-off execution left ready, and drops a half-written staging sheet', () => {
    const w = setUp();
    execute(w, [{ op: 'append', rows: rows(0, 10) }]);
    const leftovers = scriptProject(
      w.ws,
      `function cut(e) {
         var ss = SpreadsheetApp.openById(e.id);
         var ready = ss.insertSheet('signature_addresses~ready');
         ready.getRange(1, 1, 2, 3).setValues([['id', 'phone', 'hash'], ['new', 'x', 'y']]);
         ss.insertSheet('signature_audit~staging');
       }`,
      [],
    );
    expect(w.ws.run(leftovers, 'cut', { user: w.owner, event: { id: w.id } }).ok).toBe(true);
    const { out } = execute(w, [{ op: 'read' }, { op: 'sheets' }]);
    expect(out.read.rows).toEqual([['new', 'x', 'y']]);
    expect(out.sheets).toContain('signature_addresses');
    expect(out.sheets).not.toContain('signature_addresses~ready');
    // The audit table was not opened in this execution: its leftover waits for the execution that opens it.
    expect(out.sheets).toContain('signature_audit~staging');
    const audit = execute(w, [{ op: 'read' }, { op: 'sheets' }], 'signature_audit');
    expect(audit.out.sheets).not.toContain('signature_audit~staging');
  });
});
