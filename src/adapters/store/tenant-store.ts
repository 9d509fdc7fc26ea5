/**
 * The tenant store: one spreadsheet per tenant, created by the installing admin and shared with the tenant's
 * admins, with one sheet per table (employees, departments, fields, settings, runs, errors, removed). Readers
 * get plain core types; writers write in bulk through SheetTable.
 */
import { Employee } from '../../core/directory/employee';
import { EMPLOYEE_COLUMNS, employeeToRow, LIST_COLUMNS, rowToEmployee } from '../../core/directory/employee-row';

/** The employee columns a signature state and the Signatures list read (templateResolver, statusOf, the search). */
const STATE_EMPLOYEE_COLUMNS = ['primaryEmail', 'fullName', 'title', 'department', 'sync', 'reason'];
/** What a state alone needs, without the names a list shows and searches. */
const COUNT_EMPLOYEE_COLUMNS = ['primaryEmail', 'department', 'sync', 'reason'];
import {
  Department,
  DEPARTMENT_COLUMNS,
  departmentToRow,
  newDepartment,
  rowToDepartment,
  STANDARD_DEPARTMENT,
} from '../../core/directory/departments';
import { defaultMapping, FieldMapping, FIELD_COLUMNS, mappingToRows, rowsToMapping } from '../../core/directory/mapping';
import { DEFAULT_SYNC_SETTINGS, rowsToSettings, SETTINGS_COLUMNS, settingsToRows, SyncSettings } from '../../core/directory/settings';
import {
  ERROR_COLUMNS,
  errorToRow,
  RUN_COLUMNS,
  RunRecord,
  runToRow,
  rowToError,
  rowToRun,
  SyncError,
} from '../../core/directory/run-record';
import { emailKey, TenantRecord, tenantKey } from '../../core/tenant';
import {
  indexDomains,
  LEGACY_KEYS,
  locationForEmail,
  readLocation,
  locationValue,
  releaseReservation,
  reserveTenant,
  scriptProperties,
  type TenantLocation,
  writeLocation,
} from './registry';
import { readSetting, storedRecord, type StoredRecord, writeSetting } from './tenant-settings';
import { migrateLegacyTenant } from './legacy-registry';
import { SheetTable, TableData, WriteReport } from './sheet-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const TABLES = {
  employees: 'employees',
  departments: 'departments',
  fields: 'fields',
  settings: 'settings',
  runs: 'runs',
  errors: 'errors',
  removed: 'removed',
  /** Directory pages fetched by a run that needed more than one execution (internal). */
  directory: '_directory',
} as const;
export type TableName = (typeof TABLES)[keyof typeof TABLES];

/** The employees as read in this execution; pass it back to `writeEmployees` so only changed rows are written. */
export interface EmployeeSnapshot {
  data: TableData;
  employees: Employee[];
}

export interface RemovedEntry {
  id: string;
  email: string;
  at: number;
}

const KEEP_RUNS = 200;
const KEEP_ERRORS = 2_000;

export class TenantStore {
  private readonly tables = new Map<string, SheetTable>();

  constructor(
    readonly tenant: TenantRecord,
    readonly spreadsheet: Spreadsheet,
  ) {}

  get customerId(): string {
    return this.tenant.customerId;
  }

  table(name: TableName): SheetTable {
    let t = this.tables.get(name);
    if (!t) {
      t = SheetTable.of(this.spreadsheet, name);
      this.tables.set(name, t);
    }
    return t;
  }

  readEmployees(): EmployeeSnapshot {
    const data = this.table(TABLES.employees).read();
    return { data, employees: data.rows.map((r) => rowToEmployee(data.header, r)) };
  }

  /**
   * Each employee row's primary email as stored, in sheet order (one narrow read; signature-order.ts checks rows
   * against it); null when the column was renamed by hand. `employeeEmails` is the lower-case list the cards count.
   */
  employeeEmailColumn(): string[] | null {
    return this.table(TABLES.employees).readColumn('primaryEmail');
  }

  /** The employees of data rows `from`..`from + count - 1` (0-based), in sheet order: one read of that span. */
  employeesInRows(from: number, count: number): Employee[] {
    const data = this.table(TABLES.employees).readSpan(from, count);
    return data.rows.map((r) => rowToEmployee(data.header, r));
  }

  /** Every employee (one sheet read). */
  employees(): Employee[] {
    return this.readEmployees().employees;
  }

  /**
   * One employee by primary email without reading the table: Sheets finds the cell in the primaryEmail column,
   * then only that row is read (SheetTable.findRows).
   */
  employeeByPrimaryEmail(email: string): Employee | null {
    const want = emailKey(email);
    const found = this.table(TABLES.employees).findRows('primaryEmail', want, { entireCell: true, matchCase: false });
    if (!found) return this.employees().find((x) => x.primaryEmail === want) ?? null; // columns renamed by hand
    return found.rows.map((r) => rowToEmployee(found.header, r.row)).find((x) => x.primaryEmail === want) ?? null;
  }

  /** One employee by primary email or alias, reading only the rows whose cells hold that address. */
  employeeByEmail(email: string): Employee | null {
    const want = emailKey(email);
    const primary = this.employeeByPrimaryEmail(want);
    if (primary) return primary;
    // Aliases are one comma-separated cell: a partial match finds it, the row read confirms the exact address.
    const found = this.table(TABLES.employees).findRows('aliases', want, { entireCell: false, matchCase: false });
    if (!found) return this.employees().find((x) => x.aliases.includes(want)) ?? null;
    return found.rows.map((r) => rowToEmployee(found.header, r.row)).find((x) => x.aliases.includes(want)) ?? null;
  }

  /** Writes `next` (same order as the snapshot, new ones appended), touching only rows that changed. */
  writeEmployees(snapshot: EmployeeSnapshot, next: Employee[]): WriteReport {
    return this.table(TABLES.employees).writeChanged(snapshot.data, EMPLOYEE_COLUMNS, next.map(employeeToRow));
  }

  /**
   * Employees with only the list columns filled (id, emails, names, title, department, sync, reason): what lists,
   * filters and counts need, at a quarter of the cells of `employees()`.
   */
  employeeSummaries(): Employee[] {
    const data = this.table(TABLES.employees).readColumns(LIST_COLUMNS);
    return data.rows.map((r) => rowToEmployee(data.header, r));
  }

  /**
   * Employees with only what a signature state and the Signatures list need (email, name, title, department, sync,
   * reason; no id: the list links by email): a status card reads these for every employee, so each column left out
   * is 50,000 cells less at 50,000 employees. `withNames` false: not even the names (cards that only count).
   */
  employeesForStates(withNames = true): Employee[] {
    const data = this.table(TABLES.employees).readNamedColumns(withNames ? STATE_EMPLOYEE_COLUMNS : COUNT_EMPLOYEE_COLUMNS);
    if (!data) return this.employeeSummaries();
    return data.rows.map((r) => rowToEmployee(data.header, r));
  }

  /** Every employee's primary email (lower-case), reading that column only: who the Connection card counts. */
  employeeEmails(): string[] {
    const column = this.employeeEmailColumn();
    if (!column) return this.employeeSummaries().map((e) => e.primaryEmail);
    return column.map((e) => e.toLowerCase());
  }

  /** One employee by id, reading one row. */
  employeeById(id: string): Employee | null {
    // Sheets finds the id (the employee card costs the same at 50 employees and at 50,000); the key column is read
    // only when the column was renamed by hand or the id matches too many rows to read one by one.
    const found = id ? this.table(TABLES.employees).findRows('id', id, { entireCell: true, matchCase: true }) : null;
    const row = found?.rows.find((r) => rowToEmployee(found.header, r.row).id === id);
    if (found && (row || found.rows.length === 0)) return row ? rowToEmployee(found.header, row.row) : null;
    const hit = this.table(TABLES.employees).findByKey(id);
    return hit ? rowToEmployee(hit.header, hit.row) : null;
  }

  /** Saves one employee edited on a card (one row written; the table is not read whole). */
  saveEmployee(e: Employee): void {
    const t = this.table(TABLES.employees);
    const hit = t.findByKey(e.id);
    if (!hit) {
      t.append(EMPLOYEE_COLUMNS, [employeeToRow(e)]);
      return;
    }
    const byName = new Map(EMPLOYEE_COLUMNS.map((c, i) => [c, employeeToRow(e)[i]]));
    // Written in the sheet's own column order, so a sheet with reordered or extra columns keeps them.
    t.writeRow(hit.index, hit.header.map((h, i) => (byName.has(h) ? byName.get(h)! : hit.row[i])));
  }

  /** Removes employees (their rows go); they become Not imported and are not re-imported by later syncs. */
  removeEmployees(ids: string[], now: number): Employee[] {
    const list = this.employeeSummaries();
    const want = new Set(ids);
    const gone: Employee[] = [];
    const indexes: number[] = [];
    list.forEach((e, i) => {
      if (want.has(e.id)) {
        gone.push(e);
        indexes.push(i);
      }
    });
    if (gone.length === 0) return [];
    // Recorded first: a cut-off after this leaves rows that the next removal or sync finishes removing.
    this.table(TABLES.removed).append(['id', 'email', 'at'], gone.map((e) => [e.directoryId || e.id, e.primaryEmail, new Date(now).toISOString()]));
    this.table(TABLES.employees).deleteRows(indexes);
    return gone;
  }

  readRemoved(): RemovedEntry[] {
    const d = this.table(TABLES.removed).read();
    return d.rows.map((r) => ({ id: String(r[0]), email: String(r[1]), at: Date.parse(String(r[2])) || 0 }));
  }

  /** Forgets removals so the users can be imported again (re-import). */
  forgetRemoved(ids: string[]): void {
    const d = this.table(TABLES.removed).read();
    const drop = new Set(ids);
    const keep = d.rows.filter((r) => !drop.has(String(r[0])));
    if (keep.length !== d.rows.length) this.table(TABLES.removed).replaceAll(['id', 'email', 'at'], keep);
  }

  readDepartments(): { data: TableData; departments: Department[] } {
    const data = this.table(TABLES.departments).read();
    return { data, departments: data.rows.map((r) => rowToDepartment(data.header, r)) };
  }

  departments(): Department[] {
    return this.readDepartments().departments;
  }

  writeDepartments(current: TableData, next: Department[]): WriteReport {
    return this.table(TABLES.departments).writeChanged(current, DEPARTMENT_COLUMNS, next.map(departmentToRow));
  }

  readMapping(): FieldMapping {
    const d = this.table(TABLES.fields).read();
    return d.header.length === 0 ? defaultMapping() : rowsToMapping(d.header, d.rows);
  }

  writeMapping(m: FieldMapping): void {
    this.table(TABLES.fields).replaceAll(FIELD_COLUMNS, mappingToRows(m));
  }

  readSettings(): SyncSettings {
    const d = this.table(TABLES.settings).read();
    return d.header.length === 0 ? { ...DEFAULT_SYNC_SETTINGS } : rowsToSettings(d.rows);
  }

  writeSettings(s: SyncSettings): void {
    const t = this.table(TABLES.settings);
    t.writeChanged(t.read(), SETTINGS_COLUMNS, settingsToRows(s));
  }

  appendRun(r: RunRecord): void {
    const t = this.table(TABLES.runs);
    const d = t.read();
    if (d.rows.length >= KEEP_RUNS * 2) t.replaceAll(RUN_COLUMNS, [...d.rows.slice(-KEEP_RUNS), runToRow(r)]);
    else t.append(RUN_COLUMNS, [runToRow(r)]);
  }

  /** Newest first. */
  readRuns(limit = 20): RunRecord[] {
    const d = this.table(TABLES.runs).read();
    return d.rows.slice(-limit).reverse().map((r) => rowToRun(d.header, r));
  }

  appendErrors(errors: SyncError[]): void {
    if (errors.length === 0) return;
    const t = this.table(TABLES.errors);
    const d = t.read();
    const rows = errors.map(errorToRow);
    if (d.rows.length + rows.length > KEEP_ERRORS * 2) t.replaceAll(ERROR_COLUMNS, [...d.rows, ...rows].slice(-KEEP_ERRORS));
    else t.append(ERROR_COLUMNS, rows);
  }

  /** Errors of one run (or the latest ones when no run is named), newest last. */
  readErrors(runId?: string, limit = 50): SyncError[] {
    const d = this.table(TABLES.errors).read();
    const all = d.rows.map((r) => rowToError(d.header, r));
    return (runId ? all.filter((e) => e.runId === runId) : all).slice(-limit);
  }
}

/** Creates the tables a fresh store starts with (idempotent: existing tables are left as they are). */
export function initializeStore(store: TenantStore, now: number): void {
  const t = (n: TableName) => store.table(n);
  if (!t(TABLES.employees).exists()) t(TABLES.employees).replaceAll(EMPLOYEE_COLUMNS, []);
  if (!t(TABLES.departments).exists()) {
    t(TABLES.departments).replaceAll(DEPARTMENT_COLUMNS, [departmentToRow(newDepartment(STANDARD_DEPARTMENT, 'standard', now))]);
  }
  if (!t(TABLES.fields).exists()) store.writeMapping(defaultMapping());
  if (!t(TABLES.settings).exists()) t(TABLES.settings).replaceAll(SETTINGS_COLUMNS, settingsToRows(DEFAULT_SYNC_SETTINGS));
  if (!t(TABLES.runs).exists()) t(TABLES.runs).replaceAll(RUN_COLUMNS, []);
  if (!t(TABLES.errors).exists()) t(TABLES.errors).replaceAll(ERROR_COLUMNS, []);
  if (!t(TABLES.removed).exists()) t(TABLES.removed).replaceAll(['id', 'email', 'at'], []);
}

export class StoreNotSetUpError extends Error {
  constructor(what: string) {
    super(`Autograph is not set up for ${what} yet. An administrator of your domain opens Autograph in Gmail and completes setup.`);
    this.name = 'StoreNotSetUpError';
  }
}

/** Why a tenant's store cannot be opened: a state the cards show with its fix, not a crash. */
export type StoreProblem = 'deleted' | 'notShared';

export class StoreUnavailableError extends Error {
  constructor(
    readonly problem: StoreProblem,
    readonly tenant: TenantRecord,
    readonly detail: string,
  ) {
    super(
      problem === 'deleted'
        ? `Autograph's spreadsheet for ${tenant.primaryDomain || tenant.customerId} (${tenant.spreadsheetId}) was deleted or cannot be found (${detail}). ` +
            'Restore it from the Drive trash of its owner, or re-create the store: its settings, templates and mapping are lost, the employees are re-imported.'
        : `Autograph's spreadsheet for ${tenant.primaryDomain || tenant.customerId} is not shared with you (${detail}). ` +
            `Ask ${tenant.createdBy || 'the admin who set Autograph up'} to share it, or wait for tonight's run, which shares it with every current admin.`,
    );
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Opens the tenant's spreadsheet, telling a deleted one from one not shared with the user. SpreadsheetApp's
 * wording is all there is (apps-script/reference/spreadsheet/spreadsheet-app#openById documents no error
 * types): an id that names no file fails with "Unexpected error while getting the method or property openById",
 * a file the user may not open with "You do not have permission to access the requested document".
 * Opened once per execution: the registry, the settings and the tables share the handle.
 */
const opened = new Map<string, Spreadsheet>();

function openSpreadsheetOf(loc: TenantLocation): Spreadsheet {
  const hit = opened.get(loc.spreadsheetId);
  if (hit) return hit;
  try {
    const ss = SpreadsheetApp.openById(loc.spreadsheetId);
    opened.set(loc.spreadsheetId, ss);
    return ss;
  } catch (err) {
    const text = String((err as Error | null)?.message ?? err);
    const stub = tenantStub(loc);
    if (/permission/i.test(text)) throw new StoreUnavailableError('notShared', stub, text);
    if (/unexpected error|not found|does not exist|trash/i.test(text)) throw new StoreUnavailableError('deleted', stub, text);
    throw err;
  }
}

/**
 * A tenant as far as the registry knows it, for when its store cannot be opened: automatic sync reads as off and
 * nobody as its owner, so nothing may act on these defaults but the re-creation of the store.
 */
export function tenantStub(loc: TenantLocation): TenantRecord {
  return { customerId: loc.customerId, spreadsheetId: loc.spreadsheetId, primaryDomain: '', timeZone: 'UTC', autoSync: false, triggerOwner: '', createdBy: '', createdAt: 0, notice: loc.notice };
}

function recordOf(loc: TenantLocation, ss: Spreadsheet): TenantRecord {
  if (loc.legacy) migrateLegacyTenant(loc, ss);
  return { customerId: loc.customerId, spreadsheetId: loc.spreadsheetId, ...storedRecord(readSetting<Partial<StoredRecord>>(ss, 'tenant')), notice: loc.notice };
}

function storeAt(loc: TenantLocation): TenantStore {
  const ss = openSpreadsheetOf(loc);
  return new TenantStore(recordOf(loc, ss), ss);
}

/** Reads a tenant's whole record (opens its store). Null when the customer has no store. */
export function readTenant(customerId: string): TenantRecord | null {
  const loc = readLocation(customerId);
  return loc ? storeAt(loc).tenant : null;
}

/** The tenant of a user by their domain, whole (opens its store: admins and their runs only). */
export function tenantForEmail(email: string): TenantRecord | null {
  const loc = locationForEmail(email);
  return loc ? storeAt(loc).tenant : null;
}

/** Saves a tenant's record: the settings in its store, the notice and a new spreadsheet id in the registry. */
export function writeTenant(t: TenantRecord): void {
  const loc = readLocation(t.customerId);
  const ss = openSpreadsheetOf({ customerId: t.customerId, spreadsheetId: t.spreadsheetId, dropId: '', publishedId: '', editsId: '', notice: '', legacy: false });
  writeSetting(ss, 'tenant', storedRecord(t));
  const next = { customerId: t.customerId, spreadsheetId: t.spreadsheetId, dropId: loc?.dropId ?? '', publishedId: loc?.publishedId ?? '', editsId: loc?.editsId ?? '', notice: t.notice };
  if (!loc || loc.legacy || locationValue(loc) !== locationValue(next)) writeLocation(next);
  // A legacy tenant whose store was never opened again (deleted): its old keys described that store.
  if (loc?.legacy) for (const name of Object.values(LEGACY_KEYS)) scriptProperties().deleteProperty(tenantKey(t.customerId, name));
}

/** The tenant's store spreadsheet, opened once per execution (no registry read: the record names it). */
export function tenantSpreadsheet(t: TenantRecord): Spreadsheet {
  return openSpreadsheetOf({ customerId: t.customerId, spreadsheetId: t.spreadsheetId, dropId: '', publishedId: '', editsId: '', notice: '', legacy: false });
}

/** Opens a tenant's store by customer id. */
export function openTenantStore(customerId: string): TenantStore {
  const loc = readLocation(customerId);
  if (!loc) throw new StoreNotSetUpError(`customer ${customerId}`);
  return storeAt(loc);
}

/**
 * Opens the store of the tenant `email` belongs to (found by domain). Only users the spreadsheet is shared
 * with (the tenant's admins) can open it; others get StoreUnavailableError('notShared').
 */
export function openStoreForEmail(email: string): TenantStore {
  const loc = locationForEmail(email);
  if (!loc) throw new StoreNotSetUpError(email.slice(email.lastIndexOf('@') + 1));
  return storeAt(loc);
}

/** The current user's tenant store, or null when their domain has not set Autograph up. */
export function openCurrentTenantStore(): TenantStore | null {
  const email = (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail()).toLowerCase();
  const loc = email ? locationForEmail(email) : null;
  return loc ? storeAt(loc) : null;
}

export interface CreateStoreOptions {
  customerId: string;
  primaryDomain: string;
  createdBy: string;
  /** The tenant's admins, who get edit access to the spreadsheet (the creator owns it). */
  admins: string[];
  timeZone: string;
  now: number;
}

/**
 * Connects a tenant: reserves its registry entries (a full registry refuses here, before anything exists), then
 * creates its spreadsheet (owned by the installing admin, shared with the other admins), its tables and settings,
 * and last the registry entry that names it. If the tenant exists already (another admin connected it), returns it.
 * Throws PropertyStoreFullError, with nothing created, when the shared registry is full.
 */
export function createTenantStore(o: CreateStoreOptions): TenantStore {
  const existing = readLocation(o.customerId);
  if (existing) return storeAt(existing);
  reserveTenant(o.customerId, o.primaryDomain);
  let ss: Spreadsheet;
  try {
    ss = SpreadsheetApp.create(`Autograph — ${o.primaryDomain}`);
  } catch (err) {
    releaseReservation(o.customerId, o.primaryDomain);
    throw err;
  }
  const others = o.admins.map((a) => a.toLowerCase()).filter((a) => a !== o.createdBy.toLowerCase());
  if (others.length > 0) ss.addEditors(others);
  const tenant: TenantRecord = {
    customerId: o.customerId,
    spreadsheetId: ss.getId(),
    primaryDomain: o.primaryDomain,
    timeZone: o.timeZone,
    autoSync: false,
    triggerOwner: '',
    createdBy: o.createdBy,
    createdAt: o.now,
    notice: '',
  };
  const store = new TenantStore(tenant, ss);
  initializeStore(store, o.now);
  // The spreadsheet starts with one empty "Sheet1"; the tables are the content.
  const blank = ss.getSheetByName('Sheet1');
  if (blank && ss.getSheets().length > 1) ss.deleteSheet(blank);
  opened.set(ss.getId(), ss);
  // Registry last (it replaces the reservation, same length): until then nobody can open a half-created store.
  writeTenant(tenant);
  indexDomains(o.customerId, [o.primaryDomain]);
  return store;
}
