/**
 * Directory sync figures for sample companies of 1,000, 10,000 and 50,000 users, on the built bundle in the
 * offline Workspace: a first import (setup wizard → Import now → background continuations) and a nightly run
 * with 1% of users changed, plus a no-change night. Also the core's CPU time per user (planSync, real time).
 * `BENCH_DIRECTORY_SIZES=1000,10000` limits the sizes.
 */
import { performance } from 'node:perf_hooks';
import { OfflineWorkspace } from '../sim/workspace';
import { changeUsers, createSampleCompany } from '../sim/directory/generator';
import { readHostResponse } from '../sim/services/card-service';
import { spreadsheetState } from '../sim/services/spreadsheet';
import { planSync, toEntry } from '../src/core/directory/plan';
import { defaultMapping, mappedAttributes } from '../src/core/directory/mapping';
import { newDepartment, STANDARD_DEPARTMENT } from '../src/core/directory/departments';
import { storedTenant } from '../sim/cli/autograph-tenant';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const PAGE = 500;

interface Figures {
  label: string;
  users: number;
  directoryCalls: number;
  usersListCalls: number;
  minPages: number;
  spreadsheetCalls: number;
  rowsWritten: number;
  virtualMs: number;
  executions: number;
  executionMs: number;
}

function runsSheet(ws: OfflineWorkspace, projectId: string, customerId: string): Array<Record<string, string>> {
  const t = storedTenant(ws, projectId, customerId)!;
  const ss = spreadsheetState(ws, t.spreadsheetId)!;
  const [header, ...rows] = ss.sheets.find((s) => s.name === 'runs')!.values.map((r) => r.map((c) => String(c ?? '')));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function measure(ws: OfflineWorkspace, label: string, users: number, body: () => void, rows: () => number): Figures {
  const before = ws.counters.snapshot();
  const e0 = ws.executions.length;
  body();
  const d = ws.counters.since(before);
  const execs = ws.executions.slice(e0);
  return {
    label,
    users,
    directoryCalls: d['directory.calls'] ?? 0,
    usersListCalls: d['service.calls.directory.users.list'] ?? 0,
    minPages: Math.ceil(users / PAGE),
    spreadsheetCalls: Object.entries(d).filter(([k]) => k.startsWith('service.calls.spreadsheet.')).reduce((a, [, v]) => a + v, 0),
    rowsWritten: rows(),
    virtualMs: execs.length ? execs[execs.length - 1].end - execs[0].start : 0,
    executions: execs.length,
    executionMs: execs.reduce((a, x) => a + (x.end - x.start), 0),
  };
}

function company(users: number) {
  const ws = new OfflineWorkspace({ seed: `bench-${users}`, startAt: Date.UTC(2026, 10, 20, 10) });
  const tenant = createSampleCompany(ws, { seed: users, users });
  const project = ws.loadProject('dist');
  const admin = ws.directory.usersOf(tenant.customerId).find((u) => u.isAdmin && !u.suspended)!.primaryEmail;
  ws.install(project, tenant.customerId, admin);
  const act = (route: string, form: Record<string, string> = {}, params: Record<string, string> = {}) => {
    const formInputs: Record<string, { stringInputs: { value: string[] } }> = {};
    for (const [k, v] of Object.entries(form)) formInputs[k] = { stringInputs: { value: [v] } };
    const r = ws.run(project, 'dispatchAction', {
      user: admin,
      kind: 'action',
      event: { commonEventObject: { timeZone: { id: tenant.timeZone, offset: 0 }, parameters: { ...params, action: route }, formInputs } },
    });
    if (!r.ok) throw new Error(`${route}: ${r.error}`);
    return JSON.stringify(readHostResponse(r.value));
  };
  return { ws, tenant, project, admin, act };
}

function fmt(n: number): string {
  return n.toLocaleString('en');
}

function hms(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

function corePerUser(ws: OfflineWorkspace, customerId: string): { importUs: number; nightUs: number } {
  const mapping = defaultMapping();
  const attrs = new Set(mappedAttributes(mapping));
  const entries = ws.directory.usersOf(customerId).filter((u) => !u.deleted).map((u) => toEntry(u, attrs));
  const base = {
    complete: true,
    departments: [newDepartment(STANDARD_DEPARTMENT, 'standard', 0)],
    mapping,
    departmentsMode: 'mirror' as const,
    pausedAll: false,
    shouldImport: () => true,
    now: Date.UTC(2026, 10, 21, 3),
  };
  let t = performance.now();
  const first = planSync({ ...base, entries, employees: [] });
  const importMs = performance.now() - t;
  t = performance.now();
  planSync({ ...base, entries, employees: first.employees, departments: first.departments });
  const nightMs = performance.now() - t;
  return { importUs: (importMs * 1000) / entries.length, nightUs: (nightMs * 1000) / entries.length };
}

export async function run(): Promise<void> {
  const sizes = (process.env.BENCH_DIRECTORY_SIZES ?? '1000,10000,50000').split(',').map(Number);
  const rows: Figures[] = [];
  const cpu: string[] = [];
  const cards: string[] = [];
  for (const n of sizes) {
    const c = company(n);
    const { ws, tenant, project, act } = c;
    const lastRun = () => runsSheet(ws, project.id, tenant.customerId).pop()!;
    act('dir.setup.connect');
    act('dir.setup.saveDepartments', { departmentsMode: 'mirror' });
    act('dir.setup.saveUsers', { selectionKind: 'all' });
    act('dir.setup.saveMapping');
    rows.push(
      measure(ws, 'first import', n, () => {
        act('dir.setup.import');
        // Background continuations fire on their own; let up to a night pass.
        for (let h = 0; h < 12 && runsSheet(ws, project.id, tenant.customerId).length === 0; h++) ws.advance(HOUR);
      }, () => Number(lastRun().rowsWritten)),
    );
    act('sync.toggleAuto', {}, { to: 'on' });
    const nextNight = () => {
      const before = runsSheet(ws, project.id, tenant.customerId).length;
      for (let h = 0; h < 30 && runsSheet(ws, project.id, tenant.customerId).length === before; h++) ws.advance(HOUR);
    };
    rows.push(measure(ws, 'no-change night', n, nextNight, () => Number(lastRun().rowsWritten)));
    changeUsers(ws, tenant.customerId, { fraction: 0.01, seed: n });
    rows.push(measure(ws, '1%-changed night', n, nextNight, () => Number(lastRun().rowsWritten)));
    // Card actions must answer within ~30 s even for big tenants.
    for (const [label, route, params] of [
      ['employees list', 'emp.list', {}],
      ['employees page 40, filtered', 'emp.page', { page: '40', q: '', status: 'synced', department: '' }],
      ['employee card', 'emp.open', { id: String(ws.directory.usersOf(tenant.customerId).find((u) => !u.suspended && !u.archived && !u.deleted)!.id) }],
      ['departments', 'dept.list', {}],
      ['sync settings', 'sync.open', {}],
    ] as Array<[string, string, Record<string, string>]>) {
      const e0 = ws.executions.length;
      act(route, {}, params);
      const x = ws.executions[e0];
      cards.push(`| ${fmt(n)} | ${label} | ${((x.end - x.start) / 1000).toFixed(1)} s |`);
    }
    const core = corePerUser(ws, tenant.customerId);
    cpu.push(`| ${fmt(n)} | ${core.importUs.toFixed(1)} µs | ${core.nightUs.toFixed(1)} µs |`);
  }
  const out: string[] = [];
  out.push('| users | run | Directory calls (users.list / min pages) | spreadsheet calls | employee rows written | executions (busy time) | virtual time, first start → last end |');
  out.push('|---:|---|---|---:|---:|---|---:|');
  for (const f of rows) {
    out.push(
      `| ${fmt(f.users)} | ${f.label} | ${fmt(f.directoryCalls)} (${fmt(f.usersListCalls)} / ${fmt(f.minPages)} = ${(f.usersListCalls / f.minPages).toFixed(2)}×) | ${fmt(f.spreadsheetCalls)} | ${fmt(f.rowsWritten)} | ${f.executions} (${hms(f.executionMs)}) | ${hms(f.virtualMs)} |`,
    );
  }
  out.push('');
  out.push('Targets: a no-change night writes 0 employee rows; a 50,000-user first import fits one night (6 h trigger runtime/day, executions ≤ 6 min) with users.list calls ≤ 1.1 × the minimum pages.');
  out.push('');
  out.push('| users | core CPU per user: import plan | core CPU per user: nightly plan |');
  out.push('|---:|---:|---:|');
  out.push(...cpu);
  out.push('');
  out.push('| users | card action | virtual time (limit ~30 s) |');
  out.push('|---:|---|---:|');
  out.push(...cards);
  process.stdout.write(out.join('\n') + '\n');
}
