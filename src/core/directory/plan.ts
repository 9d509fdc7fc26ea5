/**
 * The sync plan: given the directory as listed now and the employees as stored, what to add, update, leave
 * alone or take out of the synced set. Pure and deterministic, so a run that is cut off and repeated reaches
 * the same employees. The merge rules (docs/directory-sync.md) are implemented here and in `mergeValues`.
 */
import { DirectoryUserRecord, flattenUser } from './attributes';
import { Department, DepartmentIndex, DepartmentsMode, STANDARD_DEPARTMENT, departmentKey } from './departments';
import { CustomValue, Employee, emailsOf, getField, isEmptyValue, newEmployee, setField, StatusReason } from './employee';
import { applyMapping, FieldMapping } from './mapping';
import { LEAVE_REASONS, receivesUpdates } from './status';

/** One directory user, reduced to what a sync needs (kept small: runs may stage these in a sheet). */
export interface DirectoryEntry {
  id: string;
  primaryEmail: string;
  aliases: string[];
  suspended: boolean;
  archived: boolean;
  hasMailbox: boolean;
  /** Super or delegated admin (they get access to the tenant spreadsheet). */
  admin: boolean;
  orgUnitPath: string;
  /** Flattened attributes the mapping reads (see attributes.ts). */
  attrs: Record<string, string>;
}

export function toEntry(u: DirectoryUserRecord, attributes: ReadonlySet<string>): DirectoryEntry {
  const flat = flattenUser(u);
  const attrs: Record<string, string> = {};
  for (const k of Object.keys(flat)) if (attributes.has(k)) attrs[k] = flat[k];
  return {
    id: String(u.id),
    primaryEmail: String(u.primaryEmail).toLowerCase(),
    aliases: (u.aliases ?? []).map((a) => a.toLowerCase()),
    suspended: Boolean(u.suspended),
    archived: Boolean(u.archived),
    // isMailboxSetup is absent on some projections; only an explicit false means no mailbox.
    hasMailbox: u.isMailboxSetup !== false,
    admin: Boolean(u.isAdmin || u.isDelegatedAdmin),
    orgUnitPath: u.orgUnitPath ?? '/',
    attrs,
  };
}

export interface PlanInput {
  entries: DirectoryEntry[];
  /** True when `entries` lists every user of the customer, so an employee whose user is missing was deleted. */
  complete: boolean;
  employees: Employee[];
  departments: Department[];
  mapping: FieldMapping;
  /** Attributes whose rules are broken (deleted schema): not read, fields keep their values. */
  brokenAttributes?: ReadonlySet<string>;
  departmentsMode: DepartmentsMode;
  pausedAll: boolean;
  /** Whether a directory user who is not an employee yet should be imported now (selection, removals applied). */
  shouldImport: (e: DirectoryEntry) => boolean;
  now: number;
}

export interface PlanProblem {
  email: string;
  field: string;
  message: string;
  fix: string;
}

export interface SyncPlan {
  /** The employees after the sync: stored order kept, new ones appended (so unchanged rows stay in place). */
  employees: Employee[];
  departments: Department[];
  departmentsAdded: string[];
  added: string[];
  updated: Array<{ email: string; fields: string[] }>;
  left: Array<{ email: string; reason: StatusReason }>;
  returned: string[];
  unchanged: number;
  /** Employees not updated because their sync is paused (user, department or everyone). */
  paused: number;
  problems: PlanProblem[];
}

/**
 * Merge rule: what Workspace has overwrites mapped fields; a mapped field Workspace leaves empty keeps its value;
 * fields nobody maps (Autograph-only, including admins' manual edits) are never touched. Returns changed keys.
 */
export function mergeValues(e: Employee, values: Record<string, CustomValue>): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(values)) {
    const v = values[key];
    if (isEmptyValue(v)) continue;
    if (String(getField(e, key)) !== String(v)) {
      setField(e, key, v);
      changed.push(key);
    }
    if (e.sources[key] !== 'workspace') {
      e.sources[key] = 'workspace';
      if (!changed.includes(key)) changed.push(key);
    }
    if (e.editedFields.includes(key)) e.editedFields = e.editedFields.filter((k) => k !== key);
  }
  return changed;
}

function directoryReason(d: DirectoryEntry): StatusReason {
  if (d.suspended) return 'suspended';
  if (d.archived) return 'archived';
  if (!d.hasMailbox) return 'no_mailbox';
  return '';
}

function cloneEmployee(e: Employee): Employee {
  return {
    ...e,
    aliases: e.aliases.slice(),
    phones: { ...e.phones },
    address: { ...e.address },
    custom: { ...e.custom },
    sources: { ...e.sources },
    editedFields: e.editedFields.slice(),
  };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function planSync(input: PlanInput): SyncPlan {
  const { now } = input;
  const problems: PlanProblem[] = [];
  const depts = new DepartmentIndex(input.departments, now);
  const pausedDepartments = depts.pausedKeys();
  const statusCtx = { pausedAll: input.pausedAll, pausedDepartments };
  const next = input.employees.map(cloneEmployee);

  // Emails claimed by two directory users (a stale alias, or search results lagging behind a rename) identify
  // neither: matching by them could merge two people into one employee.
  const claims = new Map<string, string[]>();
  for (const d of input.entries) {
    for (const mail of [d.primaryEmail, ...d.aliases]) {
      const list = claims.get(mail);
      if (list) {
        if (!list.includes(d.primaryEmail)) list.push(d.primaryEmail);
      } else claims.set(mail, [d.primaryEmail]);
    }
  }
  const contested = new Set<string>();
  for (const [mail, who] of claims) {
    if (who.length < 2) continue;
    contested.add(mail);
    problems.push({
      email: mail,
      field: 'aliases',
      message: `${mail} is claimed by ${who.length} Workspace users (${who.join(', ')}); Autograph matches none of them by it and keeps it off their aliases.`,
      fix: `In the Admin console, keep ${mail} on one user only; the next sync picks it up.`,
    });
  }

  const byDirectoryId = new Map<string, number>();
  const byEmail = new Map<string, number>();
  next.forEach((e, i) => {
    if (e.directoryId) byDirectoryId.set(e.directoryId, i);
    for (const mail of emailsOf(e)) if (!byEmail.has(mail)) byEmail.set(mail, i);
  });
  const listedIds = new Set(input.entries.map((d) => d.id));
  const matched = new Map<number, DirectoryEntry>();
  const unmatched: DirectoryEntry[] = [];

  // Pass 1: the directory id is the strongest link (it survives renames). Pass 2: primary email, then aliases.
  const rest: DirectoryEntry[] = [];
  for (const d of input.entries) {
    const i = byDirectoryId.get(d.id);
    if (i !== undefined) matched.set(i, d);
    else rest.push(d);
  }
  for (const d of rest) {
    let found: number | undefined;
    let via = '';
    for (const mail of [d.primaryEmail, ...d.aliases]) {
      if (contested.has(mail)) continue;
      const i = byEmail.get(mail);
      if (i === undefined) continue;
      const owner = next[i].directoryId;
      // An employee linked to another user who is still listed is someone else: never merge the two.
      if (owner && owner !== d.id && listedIds.has(owner)) continue;
      found = i;
      via = mail;
      break;
    }
    if (found === undefined) {
      unmatched.push(d);
      continue;
    }
    const already = matched.get(found);
    if (already) {
      problems.push({
        email: d.primaryEmail,
        field: 'primaryEmail',
        message: `${d.primaryEmail} matches employee ${next[found].primaryEmail} (by ${via}), which is already ${already.primaryEmail}; it was not imported, to avoid a duplicate.`,
        fix: `Remove ${via} from one of the two users in the Admin console, or remove employee ${next[found].primaryEmail} in Autograph and import both again.`,
      });
      continue;
    }
    matched.set(found, d);
  }

  const plan: SyncPlan = {
    employees: next,
    departments: [],
    departmentsAdded: [],
    added: [],
    updated: [],
    left: [],
    returned: [],
    unchanged: 0,
    paused: 0,
    problems,
  };

  const mirror = input.departmentsMode === 'mirror';
  const valuesFor = (d: DirectoryEntry): Record<string, CustomValue> => {
    const { values, problems: valueProblems } = applyMapping(d.attrs, input.mapping, input.brokenAttributes);
    for (const p of valueProblems) problems.push({ email: d.primaryEmail, field: p.target, message: `${d.primaryEmail}: ${p.message}`, fix: p.fix });
    if (!mirror) delete values.department;
    else if (typeof values.department === 'string' && values.department.trim() !== '') {
      values.department = depts.resolve(values.department, 'workspace').name;
    }
    return values;
  };

  next.forEach((e, i) => {
    const d = matched.get(i);
    if (!receivesUpdates(e, statusCtx)) {
      plan.paused++;
      return;
    }
    if (!d) {
      if (input.complete && e.directoryId && e.reason !== 'deleted') {
        e.reason = 'deleted';
        e.updatedAt = now;
        e.lastSyncAt = now;
        plan.left.push({ email: e.primaryEmail, reason: 'deleted' });
      } else plan.unchanged++;
      return;
    }
    const reason = directoryReason(d);
    const changed: string[] = [];
    if (LEAVE_REASONS.has(reason)) {
      if (e.reason !== reason) {
        e.reason = reason;
        e.updatedAt = now;
        e.lastSyncAt = now;
        plan.left.push({ email: e.primaryEmail, reason });
      } else plan.unchanged++;
      return;
    }
    if (LEAVE_REASONS.has(e.reason)) plan.returned.push(d.primaryEmail);
    if (e.reason !== reason) {
      e.reason = reason;
      changed.push('status');
    }
    const aliases = d.aliases.filter((a) => !contested.has(a));
    if (e.primaryEmail !== d.primaryEmail) {
      e.primaryEmail = d.primaryEmail;
      changed.push('primaryEmail');
    }
    if (!sameList(e.aliases, aliases)) {
      e.aliases = aliases;
      changed.push('aliases');
    }
    if (e.directoryId !== d.id) {
      e.directoryId = d.id;
      changed.push('directoryId');
    }
    if (e.orgUnitPath !== d.orgUnitPath) {
      e.orgUnitPath = d.orgUnitPath;
      changed.push('orgUnitPath');
    }
    changed.push(...mergeValues(e, valuesFor(d)));
    if (changed.length > 0) {
      e.updatedAt = now;
      e.lastSyncAt = now;
      plan.updated.push({ email: e.primaryEmail, fields: changed });
    } else plan.unchanged++;
  });

  for (const d of unmatched) {
    if (d.suspended || d.archived || !input.shouldImport(d)) continue;
    if (input.pausedAll) continue;
    const e = newEmployee(d.primaryEmail, now, d.id);
    e.aliases = d.aliases.filter((a) => !contested.has(a));
    e.orgUnitPath = d.orgUnitPath;
    e.reason = directoryReason(d);
    mergeValues(e, valuesFor(d));
    if (!e.department) e.department = depts.resolve(STANDARD_DEPARTMENT, 'standard').name;
    e.lastSyncAt = now;
    next.push(e);
    plan.added.push(e.primaryEmail);
  }

  plan.departments = depts.all();
  plan.departmentsAdded = depts.added.map((x) => x.name);
  return plan;
}

/** Employees grouped by department match key, for department cards. */
export function countByDepartment(employees: Employee[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of employees) {
    const k = departmentKey(e.department);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
