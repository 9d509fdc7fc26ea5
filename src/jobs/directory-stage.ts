/**
 * The directory stage of a run: read every Workspace user (pages of 500, only mapped fields), then plan and
 * apply the sync to the employees table. Pages read stay in memory; only when the execution is about to run
 * out of time are they spilled to the `_directory` sheet with the next page token, so the following execution
 * resumes exactly there (no page is read twice unless an execution dies between two spills).
 */
import { checkMapping, mappedAttributes } from '../core/directory/mapping';
import { fieldsForAttributes, schemasForAttributes } from '../core/directory/attributes';
import { DirectoryEntry, planSync, toEntry } from '../core/directory/plan';
import { importsNewUsers, isSelected, needsResolution } from '../core/directory/selection';
import { shortList } from '../core/directory/run-record';
import { domainOf } from '../core/tenant';
import { AdminDirectoryPort, DirectoryPort } from '../adapters/directory';
import { indexDomains } from '../adapters/store/registry';
import { TABLES } from '../adapters/store/tenant-store';
import type { Budget, NightlyStage, StageContext, StageResult } from './stage';

export interface DirectoryCheckpoint {
  /** Attributes this run reads (fixed at its start, so every page has the same shape). */
  attributes: string[];
  schemas: string[];
  pageToken: string;
  pages: number;
  /** Entries already written to the `_directory` sheet. */
  staged: number;
  fetched: boolean;
}

/**
 * Time the apply step needs: a fixed part (settings, mapping, departments, run record) plus reading and writing
 * the employees table, about 2.5 s per 1,000 employees at the spreadsheet's per-cell cost (see bench).
 */
const APPLY_RESERVE_MS = 4_000;
const APPLY_MS_PER_1000 = 2_500;

const STAGING_HEADER = ['id', 'entry'];

let directoryFactory: () => DirectoryPort = () => new AdminDirectoryPort();

/** Tests and the bench hand in their own directory port. */
export function useDirectoryPort(factory: () => DirectoryPort): void {
  directoryFactory = factory;
}

export const directoryStage: NightlyStage = {
  name: 'directory',
  run(ctx: StageContext, budget: Budget): StageResult {
    const dir = directoryFactory();
    try {
      return runDirectoryStage(ctx, budget, dir);
    } finally {
      ctx.record({ directoryCalls: dir.calls });
    }
  },
};

function runDirectoryStage(ctx: StageContext, budget: Budget, dir: DirectoryPort): StageResult {
  const { store } = ctx;
  const settings = store.readSettings();
  if (settings.pausedAll) {
    ctx.record({ changes: 'Sync is paused for everyone: nothing was read.' });
    return 'done';
  }
  const mapping = store.readMapping();
  let cp = ctx.checkpoint<DirectoryCheckpoint>();
  const schemas = dir.listSchemas();
  const mappingProblems = checkMapping(mapping, schemas);
  const broken = new Set(mappingProblems.map((p) => p.attribute));
  if (!cp) {
    const attributes = mappedAttributes(mapping).filter((a) => !broken.has(a));
    cp = {
      attributes,
      schemas: schemasForAttributes(attributes),
      pageToken: '',
      pages: 0,
      staged: 0,
      fetched: false,
    };
    // A leftover from a run that never finished must not mix into this one.
    dropStaging(ctx);
    ctx.saveCheckpoint(cp);
  }
  const wanted = new Set(cp.attributes);
  const fields = fieldsForAttributes(cp.attributes);

  const entries: DirectoryEntry[] = [];
  if (cp.staged > 0) {
    const staged = store.table(TABLES.directory).read().rows.slice(0, cp.staged);
    for (const r of staged) entries.push(JSON.parse(String(r[1])) as DirectoryEntry);
  }
  const spill = (): void => {
    const fresh = entries.slice(cp!.staged);
    if (fresh.length > 0) {
      // At a fixed position, not appended: rows a cut-off spill left beyond `staged` are simply overwritten.
      store.table(TABLES.directory).writeFrom(cp!.staged, STAGING_HEADER, fresh.map((e) => [e.id, JSON.stringify(e)]));
    }
    cp!.staged = entries.length;
    ctx.saveCheckpoint(cp!);
  };

  while (!cp.fetched) {
    if (budget.exhausted()) {
      spill();
      ctx.log(`directory: read ${entries.length} users in ${cp.pages} pages; continuing in the next execution`);
      return 'more';
    }
    const page = dir.listUsersPage({ pageToken: cp.pageToken || undefined, fields, schemas: cp.schemas });
    for (const u of page.users) entries.push(toEntry(u, wanted));
    cp.pages++;
    cp.pageToken = page.nextPageToken;
    if (!page.nextPageToken) cp.fetched = true;
    ctx.progress('Reading the directory', entries.length, 0);
  }
  ctx.progress('Updating employees', 0, entries.length);
  const employeesGuess = Math.max(entries.length, 1);
  if (budget.remainingMs() < APPLY_RESERVE_MS + (APPLY_MS_PER_1000 * employeesGuess) / 1000) {
    spill();
    return 'more';
  }

  let resolved: Set<string> | undefined;
  if (needsResolution(settings.selection)) {
    resolved = new Set(
      settings.selection.kind === 'group' ? dir.groupMemberIds(settings.selection.email) : dir.searchUserIds(settings.selection.query),
    );
  }
  const removed = new Set(store.readRemoved().map((r) => r.id));
  const importNew = ctx.kind === 'import' || importsNewUsers(settings.selection);
  const snap = store.readEmployees();
  const depts = store.readDepartments();
  const plan = planSync({
    entries,
    complete: true,
    employees: snap.employees,
    departments: depts.departments,
    mapping,
    brokenAttributes: broken,
    departmentsMode: settings.departmentsMode,
    pausedAll: settings.pausedAll,
    shouldImport: (d) => importNew && !removed.has(d.id) && isSelected(settings.selection, d, resolved),
    now: ctx.now(),
  });
  if (plan.departmentsAdded.length > 0) store.writeDepartments(depts.data, plan.departments);
  const written = store.writeEmployees(snap, plan.employees);
  indexDomains(ctx.tenant.customerId, [...new Set(entries.map((e) => domainOf(e.primaryEmail)))]);
  shareWithAdmins(ctx, entries);

  ctx.reportErrors([
    ...mappingProblems.map((p) => ({ email: '', field: p.attribute, message: p.message, fix: p.fix })),
    ...plan.problems,
  ]);
  const changes: string[] = [];
  if (plan.added.length) changes.push(`added ${shortList(plan.added)}`);
  if (plan.updated.length) {
    changes.push(`updated ${shortList(plan.updated.map((u) => `${u.email} (${u.fields.join(', ')})`), 2)}`);
  }
  if (plan.left.length) changes.push(`left the synced set: ${shortList(plan.left.map((l) => `${l.email} (${l.reason})`))}`);
  if (plan.returned.length) changes.push(`back in Workspace: ${shortList(plan.returned)}`);
  if (plan.departmentsAdded.length) changes.push(`new departments: ${shortList(plan.departmentsAdded)}`);
  ctx.record({
    seen: entries.length,
    added: plan.added.length,
    updated: plan.updated.length,
    left: plan.left.length,
    returned: plan.returned.length,
    unchanged: plan.unchanged + plan.paused,
    failed: plan.problems.length + mappingProblems.length,
    rowsWritten: written.rowsWritten,
    changes: changes.length ? changes.join('; ') : 'no changes',
  });
  if (cp.staged > 0) dropStaging(ctx);
  if (ctx.kind === 'import' && !settings.setupDone) store.writeSettings({ ...settings, setupDone: true });
  ctx.progress('Employees up to date', entries.length, entries.length);
  ctx.saveCheckpoint(null);
  return 'done';
}

function dropStaging(ctx: StageContext): void {
  const sheet = ctx.store.spreadsheet.getSheetByName(TABLES.directory);
  if (sheet) ctx.store.spreadsheet.deleteSheet(sheet);
}

/** Admins appointed since setup get edit access to the tenant spreadsheet (the store is "readable by admins"). */
function shareWithAdmins(ctx: StageContext, entries: DirectoryEntry[]): void {
  const admins = entries.filter((e) => e.admin && !e.suspended).map((e) => e.primaryEmail);
  if (admins.length === 0) return;
  const ss = ctx.store.spreadsheet;
  const have = new Set([...ss.getEditors().map((u) => u.getEmail().toLowerCase()), ss.getOwner()?.getEmail().toLowerCase() ?? '']);
  const missing = admins.filter((a) => !have.has(a));
  if (missing.length > 0) ss.addEditors(missing);
}
