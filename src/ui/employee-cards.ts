/**
 * Employees: a list with search and status/department filters, paged (25 per page, so lists of any length
 * stay well under the 100-widget section limit), and an employee card showing every field with its source
 * (Workspace or Autograph), the status with its reason, the last sync, and pause/resume/remove/re-import.
 */
import { actionFor, ActionContext, notify, pushCard, Route, updateCard } from './actions';
import { formValue, param, prefixedFormValues } from './event';
import type { Viewer } from './viewer';
import { departmentKey } from '../core/directory/departments';
import { CustomValue, Employee, EMPLOYEE_FIELDS, getField, setField } from '../core/directory/employee';
import { planSync, toEntry } from '../core/directory/plan';
import { mappedAttributes } from '../core/directory/mapping';
import { statusLabel, statusOf, StatusContext } from '../core/directory/status';
import { toTyped } from '../core/directory/mapping';
import { AdminDirectoryPort } from '../adapters/directory';
import { TenantStore } from '../adapters/store/tenant-store';
import { BUSY_MESSAGE, withTenantLease } from '../adapters/store/lease';
import { button, escapeCardText, header, textParagraph, zonedWhen } from './card-kit';
import { buildConnectCard } from './setup-cards';
import { adminStore, adminTenant, needingStore } from './admin-store';
import { errorText } from '../core/error-text';
import { statusContext, tenantStates } from './signature-states';
import { confirmFirst, doneAfterConfirmation } from './confirm';
import { renderedSignatureOf, whichSignatureSections } from './signature-cards';
import { approvedSection } from './edit-request-cards';
import { SheetSignatureStore } from '../adapters/signature-store';
import { RUN_KIND_WORDS, RUN_OUTCOME_WORDS } from '../core/directory/run-record';

type Card = GoogleAppsScript.Card_Service.Card;

export const EMPLOYEES_PER_PAGE = 25;

export interface EmployeeFilter {
  q: string;
  status: '' | 'synced' | 'paused' | 'not_imported';
  department: string;
}

/** The employees a filter shows, in a stable order (name, then email). */
export function filterEmployees(list: Employee[], f: EmployeeFilter, ctx: StatusContext): Employee[] {
  const q = f.q.trim().toLowerCase();
  const dept = f.department ? departmentKey(f.department) : '';
  return list
    .filter((e) => {
      if (q && !`${e.fullName} ${e.givenName} ${e.familyName} ${e.primaryEmail} ${e.aliases.join(' ')} ${e.title}`.toLowerCase().includes(q)) return false;
      if (dept && departmentKey(e.department) !== dept) return false;
      if (f.status && statusOf(e, ctx).status !== f.status) return false;
      return true;
    })
    .sort((a, b) => (a.fullName || a.primaryEmail).localeCompare(b.fullName || b.primaryEmail) || a.primaryEmail.localeCompare(b.primaryEmail));
}

function filterFrom(ctx: ActionContext): EmployeeFilter {
  const e = ctx.event;
  return {
    q: formValue(e, 'q') ?? param(e, 'q') ?? '',
    status: (formValue(e, 'status') ?? param(e, 'status') ?? '') as EmployeeFilter['status'],
    department: formValue(e, 'department') ?? param(e, 'department') ?? '',
  };
}

function filterParams(f: EmployeeFilter): Record<string, string> {
  return { q: f.q, status: f.status, department: f.department };
}

export function buildEmployeeListCard(viewer: Viewer, f: EmployeeFilter, page: number, pageToken = ''): Card {
  const store = adminStore(viewer);
  const card = CardService.newCardBuilder().setName('employees').setHeader(header('Employees'));
  const form = CardService.newCardSection()
    .addWidget(CardService.newTextInput().setFieldName('q').setTitle('Search name, email or title').setValue(f.q));
  const status = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('status').setTitle('Status');
  for (const [v, label] of [['', 'Any status'], ['synced', 'Synced'], ['paused', 'Paused'], ['not_imported', 'Not imported']]) status.addItem(label, v, f.status === v);
  const depts = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('department').setTitle('Department');
  depts.addItem('All departments', '', f.department === '');
  for (const d of store.departments()) depts.addItem(d.name, d.name, departmentKey(d.name) === departmentKey(f.department) && f.department !== '');
  form.addWidget(status).addWidget(depts).addWidget(CardService.newButtonSet().addButton(button('Apply', 'emp.page', { page: '0' })));
  card.addSection(form);

  const list = CardService.newCardSection();
  if (f.status === 'not_imported') {
    // Not imported users live only in the directory: page through it, leaving out employees.
    const known = new Set(store.employeeSummaries().flatMap((e) => [e.primaryEmail, e.directoryId]));
    const res = new AdminDirectoryPort().listUsersPage({
      query: f.q || undefined,
      pageToken: pageToken || undefined,
      maxResults: 100,
      fields: 'nextPageToken,users(id,primaryEmail,name/fullName,suspended,archived)',
    });
    const rows = res.users.filter((u) => !known.has(String(u.primaryEmail).toLowerCase()) && !known.has(String(u.id))).slice(0, EMPLOYEES_PER_PAGE * 2);
    list.setHeader(`Not imported (${rows.length} on this directory page)`);
    if (rows.length === 0) list.addWidget(textParagraph('Every user on this directory page is an employee.'));
    for (const u of rows) {
      list.addWidget(
        CardService.newDecoratedText()
          .setText(escapeCardText(u.name?.fullName || u.primaryEmail))
          .setBottomLabel(escapeCardText(`${u.primaryEmail}${u.suspended ? ' · suspended' : u.archived ? ' · archived' : ''}`))
          .setButton(button('Import', 'emp.import', { id: String(u.id) })),
      );
    }
    if (res.nextPageToken) {
      list.addWidget(CardService.newButtonSet().addButton(button('Next page', 'emp.page', { ...filterParams(f), page: '0', pageToken: res.nextPageToken })));
    }
    return card.addSection(list).build();
  }

  const ctx = statusContext(store);
  const all = filterEmployees(store.employeeSummaries(), f, ctx);
  const pages = Math.max(1, Math.ceil(all.length / EMPLOYEES_PER_PAGE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const shown = all.slice(p * EMPLOYEES_PER_PAGE, (p + 1) * EMPLOYEES_PER_PAGE);
  list.setHeader(all.length === 0 ? 'No employees match' : `${p * EMPLOYEES_PER_PAGE + 1}–${p * EMPLOYEES_PER_PAGE + shown.length} of ${all.length.toLocaleString('en')}`);
  if (all.length === 0) list.addWidget(textParagraph('Change the search or filters, or import users from Directory sync.'));
  for (const e of shown) {
    list.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(statusLabel(statusOf(e, ctx)))
        .setText(escapeCardText(e.fullName || `${e.givenName} ${e.familyName}`.trim() || e.primaryEmail))
        .setBottomLabel(escapeCardText(`${e.primaryEmail}${e.title ? ` · ${e.title}` : ''} · ${e.department}`))
        .setWrapText(true)
        .setOnClickAction(actionFor('emp.open', { id: e.id })),
    );
  }
  const nav = CardService.newButtonSet();
  if (p > 0) nav.addButton(button('Previous', 'emp.page', { ...filterParams(f), page: String(p - 1) }));
  if (p < pages - 1) nav.addButton(button('Next', 'emp.page', { ...filterParams(f), page: String(p + 1) }));
  if (p > 0 || p < pages - 1) list.addWidget(nav);
  return card.addSection(list).build();
}

function sourceLabel(e: Employee, key: string, mapped: Set<string>): string {
  if (e.sources[key] === 'workspace') return mapped.has(key) ? 'from Workspace' : 'from Workspace (no longer mapped)';
  return e.editedFields.includes(key) ? 'edited in Autograph' : 'Autograph';
}

export function buildEmployeeCard(viewer: Viewer, id: string, message = ''): Card {
  const store = adminStore(viewer);
  const e = store.employeeById(id);
  if (!e) {
    return CardService.newCardBuilder()
      .setHeader(header('Employee not found'))
      .addSection(CardService.newCardSection().addWidget(textParagraph('This employee was removed. Find them under "Not imported" to import them again.')))
      .build();
  }
  const ctx = statusContext(store);
  const mapping = store.readMapping();
  const mapped = new Set(mapping.rules.filter((r) => r.target).map((r) => r.target));
  const tz = store.tenant.timeZone;
  const card = CardService.newCardBuilder()
    .setName('employee')
    .setHeader(header(escapeCardText(e.fullName || e.primaryEmail), escapeCardText(e.primaryEmail)));
  const top = CardService.newCardSection();
  if (message) top.addWidget(textParagraph(escapeCardText(message)));
  top.addWidget(CardService.newDecoratedText().setTopLabel('Status').setText(statusLabel(statusOf(e, ctx))).setWrapText(true));
  // The same words as the Signatures and Connection cards: one function decides (core/signatures/employee-state.ts).
  const sigs = new SheetSignatureStore(store.spreadsheet);
  const signature = tenantStates(store, sigs, [e], ctx).byEmail.get(e.primaryEmail);
  if (signature) {
    const w = CardService.newDecoratedText()
      .setTopLabel('Signature in Gmail')
      .setText(escapeCardText(signature.label))
      .setWrapText(true)
      .setOnClickAction(actionFor('signatures.employee', { email: e.primaryEmail }));
    top.addWidget(signature.fix ? w.setBottomLabel(escapeCardText(signature.fix)) : w);
  }
  const lastRun = store.readRuns(1)[0];
  if (lastRun) {
    top.addWidget(
      CardService.newDecoratedText()
        .setTopLabel('Last sync')
        .setText(`${zonedWhen(lastRun.finishedAt || lastRun.startedAt, tz)} · ${RUN_KIND_WORDS[lastRun.kind] ?? lastRun.kind} ${RUN_OUTCOME_WORDS[lastRun.outcome] ?? lastRun.outcome}`)
        .setWrapText(true),
    );
  }
  top.addWidget(
    CardService.newDecoratedText()
      .setTopLabel('Last changed by a sync')
      .setText(zonedWhen(e.lastSyncAt, tz, 'never'))
      .setBottomLabel(escapeCardText(e.aliases.length ? `Aliases: ${e.aliases.join(', ')}` : 'No aliases'))
      .setWrapText(true),
  );
  top.addWidget(
    CardService.newButtonSet()
      .addButton(button(e.syncOn ? 'Pause sync' : 'Resume sync', 'emp.pause', { id: e.id, to: e.syncOn ? 'off' : 'on' }))
      .addButton(button('Remove from Autograph', 'emp.remove', { id: e.id })),
  );
  // Stop managing: the same choice as disconnecting, for this person only (disconnect-cards.ts).
  top.addWidget(
    CardService.newButtonSet()
      .addButton(button('Stop managing, put back old signature…', 'emp.stopManaging', { id: e.id, choice: 'restore' }))
      .addButton(button('Stop managing, leave signature…', 'emp.stopManaging', { id: e.id, choice: 'leave' })),
  );
  card.addSection(top);
  // The signature itself and the rule that chose it, as the next run would write it (same as the Signatures card).
  const rendered = renderedSignatureOf({ tenant: store, sigs }, e, Date.now());
  for (const section of whichSignatureSections(rendered)) card.addSection(section);
  const approved = approvedSection(store, e, rendered.templateId);
  if (approved) card.addSection(approved);

  const fields = CardService.newCardSection().setHeader('From Workspace (updated on every sync)');
  const editable = CardService.newCardSection().setHeader('Autograph fields (kept on every sync)');
  let fromWorkspaceCount = 0;
  const all = [...EMPLOYEE_FIELDS, ...mapping.customFields.map((c) => ({ key: `custom.${c.key}`, label: `${c.label} (${c.type})` }))];
  for (const f of all) {
    const v = String(getField(e, f.key));
    const fromWorkspace = e.sources[f.key] === 'workspace' && mapped.has(f.key);
    if (fromWorkspace) {
      fields.addWidget(CardService.newDecoratedText().setTopLabel(escapeCardText(f.label)).setText(escapeCardText(v || '—')).setBottomLabel(sourceLabel(e, f.key, mapped)).setWrapText(true));
      fromWorkspaceCount++;
    } else if (f.key === 'department') {
      // Departments are picked, not typed, so an employee never lands in a department that does not exist.
      const dd = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('f|department').setTitle('Department');
      for (const d of store.departments()) dd.addItem(d.name, d.name, departmentKey(d.name) === departmentKey(e.department));
      editable.addWidget(dd);
    } else {
      editable.addWidget(CardService.newTextInput().setFieldName(`f|${f.key}`).setTitle(f.label).setValue(v).setHint(mapped.has(f.key) ? 'Workspace has no value; yours is kept until it has one' : sourceLabel(e, f.key, mapped)));
    }
  }
  if (fromWorkspaceCount > 0) card.addSection(fields);
  editable.addWidget(CardService.newButtonSet().addButton(button('Save', 'emp.save', { id: e.id })));
  card.addSection(editable);
  return card.build();
}

/** Applies an admin's edits of Autograph fields: values are typed per custom field; sources become Autograph. */
export function applyEdits(e: Employee, inputs: Record<string, string>, types: Record<string, 'text' | 'number' | 'date'>): string | null {
  const changes: Array<[string, CustomValue]> = [];
  for (const [key, raw] of Object.entries(inputs)) {
    if (raw === String(getField(e, key))) continue;
    let value: CustomValue = raw.trim();
    const type = types[key];
    if (type && value !== '') {
      const typed = toTyped(value, type);
      if (!typed.ok) return `${key.slice(7)}: ${typed.error}. Nothing was saved.`;
      value = typed.value;
    }
    changes.push([key, value]);
  }
  // Applied only once every value is valid, so a refused edit leaves the employee as it was.
  for (const [key, value] of changes) {
    setField(e, key, value);
    e.sources[key] = 'autograph';
    if (!e.editedFields.includes(key)) e.editedFields.push(key);
  }
  return null;
}

function save(ctx: ActionContext) {
  const store = adminStore(ctx.viewer);
  const id = param(ctx.event, 'id') ?? '';
  const e = store.employeeById(id);
  if (!e) return notify('This employee no longer exists.');
  const inputs = prefixedFormValues(ctx.event, 'f|');
  const types: Record<string, 'text' | 'number' | 'date'> = {};
  for (const c of store.readMapping().customFields) types[`custom.${c.key}`] = c.type;
  const problem = applyEdits(e, inputs, types);
  if (problem) return notify(problem);
  e.updatedAt = Date.now();
  if (!withTenantLease(store.customerId, ctx.viewer.email, () => store.saveEmployee(e))) return notify(BUSY_MESSAGE);
  return updateCard(buildEmployeeCard(ctx.viewer, id, 'Saved.'));
}

function pause(ctx: ActionContext) {
  const store = adminStore(ctx.viewer);
  const id = param(ctx.event, 'id') ?? '';
  const e = store.employeeById(id);
  if (!e) return notify('This employee no longer exists.');
  e.syncOn = param(ctx.event, 'to') === 'on';
  e.updatedAt = Date.now();
  if (!withTenantLease(store.customerId, ctx.viewer.email, () => store.saveEmployee(e))) return notify(BUSY_MESSAGE);
  return updateCard(buildEmployeeCard(ctx.viewer, id, e.syncOn ? 'Sync resumed for this employee.' : 'Sync paused: Workspace changes no longer flow in and the signature is not written.'));
}

function remove(ctx: ActionContext) {
  const store = adminStore(ctx.viewer);
  const id = param(ctx.event, 'id') ?? '';
  // The subject is re-derived from the store on both calls: the card names the employee the server found.
  const e = store.employeeById(id);
  if (!e) return notify('This employee was already removed.');
  const name = e.fullName || e.primaryEmail;
  return confirmFirst(ctx.event, {
    route: 'emp.remove', params: { id }, subject: e.id,
    title: `Remove ${escapeCardText(name)} from Autograph?`,
    consequences: [
      `${escapeCardText(name)} (${escapeCardText(e.primaryEmail)}) leaves Autograph's employee list, with the fields you edited here.`,
      'Directory syncs skip them from now on, and Autograph no longer writes their signature. The signature already in their Gmail stays as it is.',
      'Their Google Workspace account is not touched.',
    ],
    undo: 'Employees › status "Not imported" › Import brings them back from the directory (fields you edited here are not restored).',
    verb: `Remove ${name}`,
  }, () => {
    const done = withTenantLease(store.customerId, ctx.viewer.email, () => store.removeEmployees([id], Date.now()));
    if (!done) return notify(BUSY_MESSAGE);
    if (done.value.length === 0) return notify('This employee was already removed.');
    return doneAfterConfirmation(`${name} removed from Autograph.`, buildEmployeeListCard(ctx.viewer, { q: '', status: '', department: '' }, 0), 1);
  });
}

/** Imports (or re-imports) one directory user now, with the current mapping and departments mode. */
export function importOne(store: TenantStore, directoryId: string, now: number): string {
  const dir = new AdminDirectoryPort();
  const mapping = store.readMapping();
  const settings = store.readSettings();
  const attrs = new Set(mappedAttributes(mapping));
  let u;
  try {
    u = dir.getUser(directoryId, true);
  } catch (err) {
    return `That user could not be read from the directory (${errorText(err)}).`;
  }
  if (u.suspended || u.archived) return `${u.primaryEmail} is ${u.suspended ? 'suspended' : 'archived'} in Workspace; restore them in the Admin console first.`;
  store.forgetRemoved([String(u.id)]);
  const snap = store.readEmployees();
  const depts = store.readDepartments();
  const plan = planSync({
    entries: [toEntry(u, attrs)],
    complete: false,
    employees: snap.employees,
    departments: depts.departments,
    mapping,
    departmentsMode: settings.departmentsMode,
    pausedAll: false,
    shouldImport: () => true,
    now,
  });
  if (plan.departmentsAdded.length) store.writeDepartments(depts.data, plan.departments);
  store.writeEmployees(snap, plan.employees);
  return plan.added.length ? `${u.primaryEmail} imported.` : `${u.primaryEmail} is already an employee; updated.`;
}

function importUser(ctx: ActionContext) {
  const store = adminStore(ctx.viewer);
  const done = withTenantLease(store.customerId, ctx.viewer.email, () => importOne(store, param(ctx.event, 'id') ?? '', Date.now()));
  if (!done) return notify(BUSY_MESSAGE);
  const msg = done.value;
  return CardService.newActionResponseBuilder()
    .setNotification(CardService.newNotification().setText(msg))
    .setNavigation(CardService.newNavigation().updateCard(buildEmployeeListCard(ctx.viewer, { q: '', status: 'not_imported', department: '' }, 0)))
    .build();
}

export const employeeRoutes: Record<string, Route> = needingStore({
  'emp.list': {
    adminOnly: true,
    handler: (ctx) => pushCard(adminTenant(ctx.viewer) ? buildEmployeeListCard(ctx.viewer, filterFrom(ctx), 0) : buildConnectCard(ctx.viewer)),
  },
  'emp.page': {
    adminOnly: true,
    handler: (ctx) => updateCard(buildEmployeeListCard(ctx.viewer, filterFrom(ctx), Number(param(ctx.event, 'page') ?? '0'), param(ctx.event, 'pageToken') ?? '')),
  },
  'emp.open': { adminOnly: true, handler: (ctx) => pushCard(buildEmployeeCard(ctx.viewer, param(ctx.event, 'id') ?? '')) },
  'emp.save': { adminOnly: true, handler: save },
  'emp.pause': { adminOnly: true, handler: pause },
  'emp.remove': { adminOnly: true, handler: remove },
  'emp.import': { adminOnly: true, handler: importUser },
});
