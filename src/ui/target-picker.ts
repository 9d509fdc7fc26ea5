/**
 * Who a rule or a campaign is for, picked from lists rather than typed: a department from the store's departments,
 * an employee found by name or email, a field rule from the values employees actually carry. The card only offers
 * choices; the server checks every submitted value again (card parameters and form inputs are untrusted), so a
 * forged "Salse" or "nobody@…" is refused with the field and the fix.
 *
 * Employees are found with a search box and a results dropdown, not a directory-backed multiselect:
 * apps-script/reference/card-service/platform-data-source: "Only available for Google Chat apps. Not available for
 * Google Workspace add-ons." — and the list must be Autograph's employees, not every Workspace user anyway.
 */
import { departmentKey } from '../core/directory/departments';
import { getField, type Employee } from '../core/directory/employee';
import { normalise } from '../core/signatures/assignment';
import type { SegmentCondition, Target } from '../core/signatures/types';
import { emailKey } from '../core/tenant';
import { button } from './card-kit';
import { actionFor } from './actions';
import { formValue, type AddOnEvent } from './event';
import { markedTitle, textField, type FieldError } from './form-errors';
import type { SignatureWorld } from './signature-cards';

export type TargetKind = Target['kind'];

/** What the target part of a form holds. */
export interface TargetDraft {
  kind: TargetKind;
  department: string;
  email: string;
  query: string;
  /** The chosen field rule, as `segmentValue` encodes it. */
  segment: string;
}

const KINDS: Array<[TargetKind, string]> = [['company', 'Whole company'], ['department', 'A department'], ['segment', 'Employees with a field value'], ['employee', 'One employee']];
/** Fields a rule can test, besides custom fields; free-form ones (names, phones) would make one-person rules. */
const RULE_FIELDS: Array<[string, string]> = [['orgUnitPath', 'Org unit'], ['location', 'Location'], ['title', 'Job title'], ['costCenter', 'Cost centre'], ['address.locality', 'City'], ['address.country', 'Country']];
const SEARCH_RESULTS = 25;
const RULE_VALUES_SHOWN = 150;

/** A field rule as one dropdown value: `field=value` per condition, one condition a line. */
function segmentValue(conditions: SegmentCondition[]): string {
  return conditions.map((c) => `${c.field}=${c.equals}`).join('\n');
}

function parseSegment(v: string): SegmentCondition[] {
  return v.split('\n').filter(Boolean).map((line) => {
    const i = line.indexOf('=');
    return i > 0 ? { field: line.slice(0, i), equals: line.slice(i + 1) } : { field: '', equals: line };
  });
}

export function draftOfTarget(t: Target | undefined): TargetDraft {
  const d: TargetDraft = { kind: t?.kind ?? 'company', department: '', email: '', query: '', segment: '' };
  if (t?.kind === 'department') d.department = t.department;
  if (t?.kind === 'employee') d.email = t.email;
  if (t?.kind === 'segment') d.segment = segmentValue(t.conditions);
  return d;
}

/** The target part of a submitted form; `fallback` when the form has none (first opening). */
export function targetDraftFrom(e: AddOnEvent, fallback: Target | undefined): TargetDraft {
  const kind = formValue(e, 'targetKind');
  if (kind === undefined) return draftOfTarget(fallback);
  return {
    kind: (KINDS.find(([k]) => k === kind)?.[0] ?? kind) as TargetKind,
    department: formValue(e, 'targetDepartment') ?? '',
    email: formValue(e, 'targetEmployee') ?? '',
    query: (formValue(e, 'targetQuery') ?? '').trim(),
    segment: formValue(e, 'targetSegment') ?? '',
  };
}

function ruleFields(employees: Employee[]): Array<[string, string]> {
  const custom = new Set<string>();
  for (const e of employees) for (const k of Object.keys(e.custom)) custom.add(k);
  return [...RULE_FIELDS, ...[...custom].sort().map((k): [string, string] => [`custom.${k}`, k])];
}

/** Every field value employees carry, most common first: what a field rule can be. */
function ruleValues(employees: Employee[]): Array<{ field: string; label: string; value: string; count: number }> {
  const counts = new Map<string, { field: string; label: string; value: string; count: number }>();
  for (const [field, label] of ruleFields(employees)) {
    for (const e of employees) {
      const value = String(getField(e, field)).trim();
      if (!value) continue;
      const key = `${field}=${normalise(value)}`;
      const hit = counts.get(key) ?? { field, label, value, count: 0 };
      hit.count++;
      counts.set(key, hit);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}

/**
 * Adds the target pickers to `section`: the kind (changing it re-draws the card through `formRoute`, so only the
 * chosen kind's control shows), then that kind's list.
 */
export function addTargetWidgets(
  section: GoogleAppsScript.Card_Service.CardSection,
  world: SignatureWorld,
  draft: TargetDraft,
  form: { route: string; params: Record<string, string>; title: string },
  errors: readonly FieldError[],
): void {
  const kind = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('targetKind').setTitle(form.title)
    .setOnChangeAction(actionFor(form.route, form.params));
  for (const [k, label] of KINDS) kind.addItem(label, k, draft.kind === k);
  section.addWidget(kind);
  if (draft.kind === 'department') {
    const dd = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('targetDepartment')
      .setTitle(markedTitle('Department', errors, 'targetDepartment')).setOnChangeAction(actionFor(form.route, form.params));
    dd.addItem('Choose a department', '', !draft.department);
    for (const d of [...world.tenant.departments()].sort((a, b) => a.name.localeCompare(b.name))) dd.addItem(d.name, d.name, departmentKey(d.name) === departmentKey(draft.department));
    section.addWidget(dd);
  } else if (draft.kind === 'employee') {
    section.addWidget(textField('targetQuery', 'Find an employee', draft.query, errors, 'Part of a name or an email address, then Find'));
    section.addWidget(CardService.newButtonSet().addButton(button('Find', form.route, form.params)));
    const matches = findEmployees(world, draft.query, draft.email);
    const dd = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('targetEmployee')
      .setTitle(markedTitle(draft.query ? `Employees matching "${draft.query}"` : 'Employee', errors, 'targetEmployee')).setOnChangeAction(actionFor(form.route, form.params));
    dd.addItem(matches.length ? 'Choose an employee' : 'No employee found: change the search', '', !matches.some((m) => m.primaryEmail === emailKey(draft.email)));
    for (const m of matches) dd.addItem(`${m.fullName || m.primaryEmail} · ${m.primaryEmail}`, m.primaryEmail, m.primaryEmail === emailKey(draft.email));
    section.addWidget(dd);
  } else if (draft.kind === 'segment') {
    const values = ruleValues(world.tenant.employees());
    const dd = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('targetSegment')
      .setTitle(markedTitle('Employees whose', errors, 'targetSegment')).setOnChangeAction(actionFor(form.route, form.params));
    dd.addItem(values.length ? 'Choose a field value' : 'No field values yet: sync the directory first', '', !draft.segment);
    const shown = values.slice(0, RULE_VALUES_SHOWN).map((v) => ({ text: `${v.label} is ${v.value} (${v.count})`, value: segmentValue([{ field: v.field, equals: v.value }]) }));
    // A saved rule with several conditions stays choosable as it is.
    if (draft.segment && !shown.some((s) => s.value === draft.segment)) shown.unshift({ text: parseSegment(draft.segment).map((c) => `${c.field} is ${c.equals}`).join(' and '), value: draft.segment });
    for (const s of shown) dd.addItem(s.text, s.value, s.value === draft.segment);
    section.addWidget(dd);
  }
}

/** Up to SEARCH_RESULTS employees whose name or email contains `query`; the chosen one always among them. */
function findEmployees(world: SignatureWorld, query: string, chosen: string): Employee[] {
  const q = query.trim().toLowerCase();
  const all = world.tenant.employeeSummaries().filter((e) => e.reason !== 'deleted' && e.primaryEmail);
  const hits = all.filter((e) => !q || e.primaryEmail.includes(q) || (e.fullName || '').toLowerCase().includes(q)).sort((a, b) => a.primaryEmail.localeCompare(b.primaryEmail));
  const out = hits.slice(0, SEARCH_RESULTS);
  const mine = all.find((e) => e.primaryEmail === emailKey(chosen));
  if (mine && !out.includes(mine)) out.unshift(mine);
  return out;
}

/** The target a form names, checked against the store: an unknown department, employee or field value is refused. */
export function checkTarget(world: SignatureWorld, d: TargetDraft): { target: Target } | { error: FieldError } {
  switch (d.kind) {
    case 'company':
      return { target: { kind: 'company' } };
    case 'department': {
      const found = world.tenant.departments().find((x) => departmentKey(x.name) === departmentKey(d.department));
      if (!d.department.trim()) return { error: { field: 'targetDepartment', label: 'Department', message: 'choose a department from the list.' } };
      if (!found) return { error: { field: 'targetDepartment', label: 'Department', message: `"${d.department}" is not one of your departments; choose one from the list (Departments adds a new one).` } };
      return { target: { kind: 'department', department: found.name } };
    }
    case 'employee': {
      if (!d.email.trim()) return { error: { field: 'targetEmployee', label: 'Employee', message: 'find the employee by name or email and choose them from the list.' } };
      const e = world.tenant.employeeByEmail(d.email);
      if (!e || e.reason === 'deleted') return { error: { field: 'targetEmployee', label: 'Employee', message: `"${d.email}" is not an employee in Autograph; find them by name and choose them from the list (Employees imports a missing one).` } };
      return { target: { kind: 'employee', email: e.primaryEmail } };
    }
    case 'segment': {
      const conditions = parseSegment(d.segment);
      if (conditions.length === 0) return { error: { field: 'targetSegment', label: 'Field value', message: 'choose a field value from the list.' } };
      const employees = world.tenant.employees();
      const fields = new Set(ruleFields(employees).map(([f]) => f));
      for (const c of conditions) {
        const exists = fields.has(c.field) && employees.some((e) => normalise(String(getField(e, c.field))) === normalise(c.equals));
        if (!exists) return { error: { field: 'targetSegment', label: 'Field value', message: `no employee has ${c.field || 'a field'} "${c.equals}"; choose a value from the list.` } };
      }
      return { target: { kind: 'segment', conditions } };
    }
    default:
      return { error: { field: 'targetKind', label: 'For', message: 'choose who it is for from the list.' } };
  }
}
