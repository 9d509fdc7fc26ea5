/**
 * Employee edit requests on cards (core/signatures/edit-requests.ts): the employee's "Propose a change" section of
 * "My signature", the Approvers' queue, and the Designers' choice of fields each template unlocks. Who proposes is
 * always the running user (Session, ui/viewer.ts); no card parameter names an employee.
 */
import {
  APPROVED_PRECEDENCE, decide, EDITABLE_FIELDS, isEditableField, propose, validateValue, type EditableField, type EditRequest,
} from '../core/signatures/edit-requests';
import { adminAuditEntry } from '../core/signatures/restore';
import { signatureRenderer } from '../core/signatures/plan';
import {
  EditRequestTable, pendingProposals, readEditOverlay, readOwnRequests, readUnlockedFields, writeOwnRequest, writeUnlockedFields,
} from '../adapters/edit-request-store';
import { locationForEmail } from '../adapters/store/registry';
import { notify, notifyAndUpdate, pushCard, type Route } from './actions';
import { button, escapeCardText, header, textParagraph, utcWhen } from './card-kit';
import { formValue, formValues, param, type AddOnEvent } from './event';
import { isCard, openWorld, planInputFor, type SignatureWorld } from './signature-cards';
import type { Viewer } from './viewer';
import type { Employee } from '../core/directory/employee';
import type { TenantStore } from '../adapters/store/tenant-store';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

/** What the viewer may propose: the template that applies to them and its unlocked fields (null: nothing). */
export interface Editable {
  templateId: string;
  fields: string[];
}

function label(field: string): string {
  return isEditableField(field) ? EDITABLE_FIELDS[field].label : field;
}

function describeRequest(r: EditRequest): string {
  const what = `${label(r.field)}: “${escapeCardText(r.value)}”`;
  if (r.status === 'pending') return `${what} — waiting for an approver (proposed ${utcWhen(r.proposedAt)}).`;
  if (r.status === 'approved') return `${what} — approved by ${escapeCardText(r.decidedBy)}; Autograph writes it to your Gmail on its next run.`;
  return `${what} — rejected by ${escapeCardText(r.decidedBy)}: ${escapeCardText(r.reason)}`;
}

/** "Propose a change" on "My signature": the viewer's own requests and, when a field is unlocked, the form. */
export function proposeSection(viewer: Viewer, editable: Editable | null): Section | null {
  const where = locationForEmail(viewer.email);
  const mine = where ? readOwnRequests(where.customerId, viewer.email) : [];
  const open = editable && editable.fields.length > 0 ? editable.fields : [];
  if (mine.length === 0 && open.length === 0) return null;
  const s = CardService.newCardSection().setHeader('Propose a change');
  for (const r of mine) s.addWidget(textParagraph(describeRequest(r)));
  if (open.length > 0) {
    const dd = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('field').setTitle('Field');
    open.forEach((f, i) => dd.addItem(label(f), f, i === 0));
    s.addWidget(dd);
    s.addWidget(CardService.newTextInput().setFieldName('value').setTitle('New value').setHint('An approver checks it before it reaches your signature.'));
    s.addWidget(CardService.newButtonSet().addButton(button('Propose', 'edits.propose')));
  }
  return s;
}

/**
 * Stores the viewer's proposal for themselves. `own` is what "My signature" found for the viewer: their employee
 * row's template (admins) or their sealed own copy (everyone else); both are keyed by the viewer's own address.
 */
export function proposeOwn(viewer: Viewer, event: AddOnEvent, own: { editable: Editable | null; countryCode: string } | string, reload: () => Card): GoogleAppsScript.Card_Service.ActionResponse {
  const where = locationForEmail(viewer.email);
  if (!where) return notify('Autograph is not set up for your domain yet: an administrator opens Autograph in Gmail and completes setup.');
  if (typeof own === 'string') return notify(own);
  const r = propose({
    viewerEmail: viewer.email, subject: { email: viewer.email, countryCode: own.countryCode },
    template: own.editable ? { id: own.editable.templateId, unlockedFields: own.editable.fields } : null,
    field: formValue(event, 'field') ?? '', value: formValue(event, 'value') ?? '', id: `edit-${Utilities.getUuid()}`, at: Date.now(),
  });
  if (typeof r === 'string') return notify(r);
  writeOwnRequest(where.customerId, r);
  return notifyAndUpdate(`Proposed ${label(r.field)} “${r.value}”: an approver decides, and this card shows the answer.`, reload());
}

// ---- Approvers -------------------------------------------------------------------------------------------------------

/**
 * Moves employees' new proposals into the tenant's history, each checked again against the store: the employee
 * exists, the template that applies to them now still unlocks the field, the value is valid. One that fails is
 * answered in the employee's record with why, and never reaches the history's approved values.
 */
function collectProposals(w: SignatureWorld): { added: number; refused: number; skipped: number } {
  const table = new EditRequestTable(w.tenant);
  const history = table.read();
  const known = new Set(history.requests.map((r) => r.id));
  const unlocked = readUnlockedFields(w.tenant.customerId);
  const render = signatureRenderer(planInputFor(w, [], Date.now()));
  const fresh: EditRequest[] = [];
  let refused = 0;
  for (const p of pendingProposals(w.tenant.customerId)) {
    if (known.has(p.id)) continue;
    const e = w.tenant.employeeByEmail(p.email);
    const templateId = e ? render(e).templateId : '';
    const why = !e ? 'you are not among Autograph’s employees'
      : !(unlocked[templateId] ?? []).includes(p.field) ? `${label(p.field)} is not open to proposals on your template`
      : validateValue(p.field, p.value, e.address.countryCode.toUpperCase());
    if (why) {
      refused++;
      writeOwnRequest(w.tenant.customerId, { ...p, status: 'rejected', decidedBy: 'Autograph', decidedAt: Date.now(), reason: `Refused: ${why}.` });
      continue;
    }
    fresh.push({ ...p, templateId });
  }
  if (fresh.length > 0) {
    table.save(fresh);
    w.sigs.appendAudit(fresh.map((r) => ({ ...adminAuditEntry({ at: r.proposedAt, by: r.email, what: `edit request: ${label(r.field)} “${r.value}” proposed`, before: '', after: r.value, templateId: r.templateId }), address: r.email })));
  }
  return { added: fresh.length, refused, skipped: history.skipped.length };
}

export function buildQueueCard(viewer: Viewer): Card {
  const w = openWorld(viewer);
  if (isCard(w)) return w;
  const got = collectProposals(w);
  const read = new EditRequestTable(w.tenant).read();
  const pending = read.requests.filter((r) => r.status === 'pending').sort((a, b) => a.proposedAt - b.proposedAt);
  const card = CardService.newCardBuilder().setName('edit-requests').setHeader(header('Edit requests', `${pending.length} waiting`));
  const top = CardService.newCardSection();
  if (got.refused > 0) top.addWidget(textParagraph(`${got.refused} proposal(s) refused on arrival (field locked, value invalid, or not an employee); each employee sees why.`));
  if (read.skipped.length > 0) top.addWidget(textParagraph(`<font color="#d93025">Skipped ${read.skipped.length} malformed row(s) of the edit_requests sheet: ${escapeCardText(read.skipped.slice(0, 5).map((s) => `row ${s.row} (${s.reason})`).join(', '))}.</font>`));
  top.addWidget(textParagraph(pending.length === 0 ? 'No edit request is waiting.' : `${pending.length} waiting, oldest first${pending.length > 50 ? ' (the first 50 shown)' : ''}. An approved value is kept over the directory’s and written by the next run.`));
  card.addSection(top);
  for (const r of pending.slice(0, 50)) {
    const s = CardService.newCardSection().setHeader(escapeCardText(r.email));
    s.addWidget(CardService.newDecoratedText().setTopLabel(label(r.field)).setText(escapeCardText(r.value)).setBottomLabel(`Proposed ${utcWhen(r.proposedAt)}`).setWrapText(true));
    s.addWidget(CardService.newTextInput().setFieldName(`reason_${r.id}`).setTitle('Reason (needed to reject; the employee sees it)'));
    s.addWidget(CardService.newButtonSet()
      .addButton(button('Approve', 'edits.decide', { id: r.id, decision: 'approved' }, true))
      .addButton(button('Reject', 'edits.decide', { id: r.id, decision: 'rejected' })));
    card.addSection(s);
  }
  return card.build();
}

function decideRequest(viewer: Viewer, event: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const w = openWorld(viewer);
  if (isCard(w)) return pushCard(w);
  const id = param(event, 'id') ?? '';
  const decision = param(event, 'decision');
  if (decision !== 'approved' && decision !== 'rejected') return notify('Decision: choose Approve or Reject.');
  const table = new EditRequestTable(w.tenant);
  const found = table.read().requests.find((r) => r.id === id);
  if (!found) return notify('This edit request is not in the queue (decided or removed meanwhile): reopen the queue.');
  const done = decide(found, decision, viewer.email, Date.now(), formValue(event, `reason_${id}`) ?? '');
  if (typeof done === 'string') return notify(done);
  table.save([done]);
  // The employee's record shows the answer; a newer proposal of theirs for the same field stays as it is.
  const theirs = readOwnRequests(w.tenant.customerId, done.email).find((r) => r.field === done.field);
  if (!theirs || theirs.id === done.id) writeOwnRequest(w.tenant.customerId, done);
  const what = `edit request ${decision}: ${done.email}'s ${label(done.field)} “${done.value}”${done.reason ? ` (${done.reason})` : ''}`;
  w.sigs.appendAudit([{ ...adminAuditEntry({ at: done.decidedAt, by: viewer.email, what, before: '', after: decision === 'approved' ? done.value : '', templateId: done.templateId }), address: done.email }]);
  const text = decision === 'approved'
    ? `Approved: the next run writes ${done.email}'s signature with ${label(done.field)} “${done.value}”.`
    : `Rejected; ${done.email} sees your reason on their My signature card.`;
  return notifyAndUpdate(text, buildQueueCard(viewer));
}

// ---- Designers: which fields each template unlocks -------------------------------------------------------------------

export function buildUnlockCard(viewer: Viewer): Card {
  const w = openWorld(viewer);
  if (isCard(w)) return w;
  const unlocked = readUnlockedFields(w.tenant.customerId);
  const card = CardService.newCardBuilder().setName('edit-fields').setHeader(header('Fields employees may propose'));
  const intro = CardService.newCardSection().addWidget(textParagraph('Per template, the fields an employee may propose a value for from My signature. An Approver decides; an approved value is kept over the directory’s.'));
  card.addSection(intro);
  for (const t of w.sigs.templates()) {
    const s = CardService.newCardSection().setHeader(escapeCardText(t.name));
    const boxes = CardService.newSelectionInput().setType(CardService.SelectionInputType.CHECK_BOX).setFieldName(`unlock_${t.id}`).setTitle('Unlocked fields');
    for (const [f, spec] of Object.entries(EDITABLE_FIELDS)) boxes.addItem(spec.label, f, (unlocked[t.id] ?? []).includes(f));
    s.addWidget(boxes);
    s.addWidget(CardService.newButtonSet().addButton(button('Save', 'edits.saveFields', { templateId: t.id }, true)));
    card.addSection(s);
  }
  return card.build();
}

function saveUnlocked(viewer: Viewer, event: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const w = openWorld(viewer);
  if (isCard(w)) return pushCard(w);
  const id = param(event, 'templateId') ?? '';
  const t = w.sigs.templates().find((x) => x.id === id);
  if (!t) return notify('Template: this template no longer exists; reopen the card.');
  const chosen = formValues(event, `unlock_${id}`);
  const unknown = chosen.filter((f) => !isEditableField(f));
  if (unknown.length > 0) return notify(`Unlocked fields: unknown field ${unknown.map((f) => `"${f}"`).join(', ')}; choose from the list.`);
  const unlocked = readUnlockedFields(w.tenant.customerId);
  const before = unlocked[id] ?? [];
  const fields = Object.keys(EDITABLE_FIELDS).filter((f) => chosen.includes(f)) as EditableField[];
  if (fields.length > 0) unlocked[id] = fields;
  else delete unlocked[id];
  writeUnlockedFields(w.tenant.customerId, unlocked);
  w.sigs.appendAudit([adminAuditEntry({ at: Date.now(), by: viewer.email, what: `fields employees may propose on template "${t.name}": ${fields.map(label).join(', ') || 'none'}`, before: before.join(', '), after: fields.join(', '), templateId: id })]);
  return notifyAndUpdate(`Saved: ${fields.length ? fields.map(label).join(', ') : 'no field'} open to proposals on “${t.name}”.`, buildUnlockCard(viewer));
}

/**
 * The employee card's approved values, each with its precedence over the directory's value. A value whose field
 * the employee's template no longer unlocks is said to be out of effect (the directory's shows again).
 */
export function approvedSection(store: TenantStore, e: Employee, templateId: string): Section | null {
  const overlay = readEditOverlay(store);
  const mine = overlay.approved.get(e.primaryEmail.toLowerCase());
  if (!mine || mine.size === 0) return null;
  const unlocked = overlay.unlocked[templateId] ?? [];
  const s = CardService.newCardSection().setHeader('Approved edit requests');
  for (const [field, r] of mine) {
    const inEffect = unlocked.includes(field);
    const note = inEffect ? `${APPROVED_PRECEDENCE} (approved by ${r.decidedBy}, ${utcWhen(r.decidedAt)})` : 'Not in effect: the template that applies no longer unlocks this field, so the directory’s value is used';
    s.addWidget(CardService.newDecoratedText().setTopLabel(label(field)).setText(escapeCardText(r.value)).setBottomLabel(escapeCardText(note)).setWrapText(true));
  }
  return s;
}

export const editRequestSection = { route: 'edits.queue', label: 'Edit requests', description: 'Employees’ proposed signature values: approve or reject' };
export const editFieldsSection = { route: 'edits.fields', label: 'Fields employees may propose', description: 'Per template: mobile phone, pronouns, job title' };

export const editRequestRoutes: Record<string, Route> = {
  'edits.queue': { adminOnly: true, handler: ({ viewer }) => pushCard(buildQueueCard(viewer)) },
  'edits.decide': { adminOnly: true, handler: ({ viewer, event }) => decideRequest(viewer, event) },
  'edits.fields': { adminOnly: true, handler: ({ viewer }) => pushCard(buildUnlockCard(viewer)) },
  'edits.saveFields': { adminOnly: true, handler: ({ viewer, event }) => saveUnlocked(viewer, event) },
};
