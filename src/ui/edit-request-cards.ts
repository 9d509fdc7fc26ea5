/**
 * Employee edit requests on cards (core/signatures/edit-requests.ts): the employee's "Propose a change" section of
 * "My signature", the Approvers' queue, and the Designers' choice of fields each template unlocks. Who proposes is
 * always the running user (Session, ui/viewer.ts); no card parameter names an employee.
 */
import {
  APPROVED_PRECEDENCE, decide, EDITABLE_FIELDS, isEditableField, propose, type EditableField, type EditRequest,
} from '../core/signatures/edit-requests';
import { latestDecisions, ownView } from '../core/signatures/edit-request-channel';
import { adminAuditEntry } from '../core/signatures/restore';
import {
  EditRequestTable, editRequestsInUse, readEditOverlay, readEditSettings, readOwnRecord, writeEditSettings, writeOwnRecord,
} from '../adapters/edit-request-store';
import { createRequestsFile, openRequestsFile, postProposal, readMyRows, readUnlockedCopy, writeUnlockedCopy } from '../adapters/edit-request-file';
import { locationForEmail, updateLocation } from '../adapters/store/registry';
import { answerEmployee, takeProposals } from '../jobs/edit-request-intake';
import { proposers, shareRequestsFile } from '../jobs/edit-request-stage';
import { notify, notifyAndUpdate, pushCard, type Route } from './actions';
import { button, escapeCardText, header, textParagraph, utcWhen } from './card-kit';
import { formValue, formValues, param, type AddOnEvent } from './event';
import { isCard, openWorld, type SignatureWorld } from './signature-cards';
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

/**
 * What "My signature" knows of the viewer's fields: their template's (an admin's execution reads the store; a
 * self-service copy names them), or — for an employee whose Gmail a service account writes, who has neither —
 * "any field some template unlocks", read from the requests file; the intake checks it against their template.
 */
export type EditableKnown = Editable | 'anyUnlocked' | null;

/** An employee the nightly run has not shared the requests file with yet cannot write to it: said, not failed. */
export const NOT_SHARED_YET = 'You can propose once Autograph has shared its requests file with you — the next nightly run does that, when a template that applies to you lets employees propose.';

function resolveEditable(known: EditableKnown, file: GoogleAppsScript.Spreadsheet.Spreadsheet | null, customerId: string): Editable | null {
  if (known !== 'anyUnlocked') return known;
  if (!file) return null;
  const any = [...new Set(Object.values(readUnlockedCopy(file, customerId)).flat())];
  return any.length ? { templateId: '', fields: any } : null;
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

/**
 * "Propose a change" on "My signature": the viewer's own requests with their answers and, when a field is
 * unlocked, the form. Runs as the viewer: reads only their own rows of the requests file (their tags, their keys).
 * A pending request of theirs that is neither in the file nor answered was deleted by a coworker (every proposer
 * edits the file): it is posted again here, from the copy in their user properties.
 */
export function proposeSection(viewer: Viewer, known: EditableKnown): Section | null {
  const where = locationForEmail(viewer.email);
  if (!where) return null;
  const file = openRequestsFile(where.editsId);
  let mine = readOwnRecord(viewer.email);
  if (file) {
    const rows = readMyRows(file, where.customerId, viewer.email);
    const view = ownView(mine, rows.waiting, latestDecisions(rows.answers));
    for (const r of view.repost) postProposal(file, where.customerId, r, Date.now());
    writeOwnRecord(view.keep);
    mine = view.shown;
  }
  const editable = resolveEditable(known, file, where.customerId);
  const open = editable && editable.fields.length > 0 ? editable.fields : [];
  const waitsForSharing = !file && (known !== null || mine.length > 0) && where.editsId !== '';
  if (mine.length === 0 && open.length === 0 && !waitsForSharing) return null;
  const s = CardService.newCardSection().setHeader('Propose a change');
  for (const r of mine) s.addWidget(textParagraph(describeRequest(r)));
  if (waitsForSharing) s.addWidget(textParagraph(NOT_SHARED_YET));
  else if (open.length > 0) {
    const dd = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('field').setTitle('Field');
    open.forEach((f, i) => dd.addItem(label(f), f, i === 0));
    s.addWidget(dd);
    s.addWidget(CardService.newTextInput().setFieldName('value').setTitle('New value').setHint('An approver checks it before it reaches your signature.'));
    s.addWidget(CardService.newButtonSet().addButton(button('Propose', 'edits.propose')));
  }
  return s;
}

/**
 * Posts the viewer's proposal for themselves. `own` is what "My signature" found for the viewer: their employee
 * row's template (admins) or their sealed own copy (everyone else); both are keyed by the viewer's own address.
 */
export function proposeOwn(viewer: Viewer, event: AddOnEvent, own: { editable: EditableKnown; countryCode: string } | string, reload: () => Card): GoogleAppsScript.Card_Service.ActionResponse {
  const where = locationForEmail(viewer.email);
  if (!where) return notify('Autograph is not set up for your domain yet: an administrator opens Autograph in Gmail and completes setup.');
  if (typeof own === 'string') return notify(own);
  if (!where.editsId) return notify('No template lets employees propose values at the moment: ask a Designer to unlock a field.');
  const file = openRequestsFile(where.editsId);
  if (!file) return notify(NOT_SHARED_YET);
  const editable = resolveEditable(own.editable, file, where.customerId);
  const now = Date.now();
  const r = propose({
    viewerEmail: viewer.email, subject: { email: viewer.email, countryCode: own.countryCode },
    template: editable ? { id: editable.templateId, unlockedFields: editable.fields } : null,
    field: formValue(event, 'field') ?? '', value: formValue(event, 'value') ?? '', id: `edit-${Utilities.getUuid()}`, at: now,
  });
  if (typeof r === 'string') return notify(r);
  // The user's own copy first: should the file write fail, the next open of My signature posts it.
  writeOwnRecord([...readOwnRecord(viewer.email).filter((x) => x.field !== r.field), r]);
  postProposal(file, where.customerId, r, now);
  return notifyAndUpdate(`Proposed ${label(r.field)} “${r.value}”: an approver decides, and this card shows the answer.`, reload());
}

// ---- Approvers -------------------------------------------------------------------------------------------------------

export function buildQueueCard(viewer: Viewer): Card {
  const w = openWorld(viewer);
  if (isCard(w)) return w;
  const got = takeProposals(w.tenant, w.sigs, Date.now());
  const read = new EditRequestTable(w.tenant).read();
  const pending = read.requests.filter((r) => r.status === 'pending').sort((a, b) => a.proposedAt - b.proposedAt);
  const card = CardService.newCardBuilder().setName('edit-requests').setHeader(header('Edit requests', `${pending.length} waiting`));
  const top = CardService.newCardSection();
  if (got.fileProblem) top.addWidget(textParagraph(`<font color="#d93025">New proposals could not be read: ${escapeCardText(got.fileProblem)}.</font>`));
  if (got.refused > 0) top.addWidget(textParagraph(`${got.refused} proposal(s) refused on arrival (field locked, value invalid, or not an employee); each employee sees why.`));
  if (got.unreadable > 0) top.addWidget(textParagraph(`<font color="#d93025">${got.unreadable} row(s) in the requests file could not be read — typed or changed by hand. They grant nothing and are ignored.</font>`));
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
  // The employee reads the answer from the requests file (sealed for them under the decisions' own key).
  const told = answerEmployee(w.tenant, done, done.decidedAt);
  const what = `edit request ${decision}: ${done.email}'s ${label(done.field)} “${done.value}”${done.reason ? ` (${done.reason})` : ''}`;
  w.sigs.appendAudit([{ ...adminAuditEntry({ at: done.decidedAt, by: viewer.email, what, before: '', after: decision === 'approved' ? done.value : '', templateId: done.templateId }), address: done.email }]);
  const text = decision === 'approved'
    ? `Approved: the next run writes ${done.email}'s signature with ${label(done.field)} “${done.value}”.`
    : `Rejected; ${done.email} sees your reason on their My signature card.`;
  const untold = told ? '' : ' The requests file could not be opened, so the employee is not told yet: the next open of this queue by an admin who can open it does.';
  return notifyAndUpdate(text + untold, buildQueueCard(viewer));
}

// ---- Designers: which fields each template unlocks -------------------------------------------------------------------

export function buildUnlockCard(viewer: Viewer): Card {
  const w = openWorld(viewer);
  if (isCard(w)) return w;
  const unlocked = readEditSettings(w.tenant).unlocked;
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
  const settings = readEditSettings(w.tenant);
  const unlocked = { ...settings.unlocked };
  const before = unlocked[id] ?? [];
  const fields = Object.keys(EDITABLE_FIELDS).filter((f) => chosen.includes(f)) as EditableField[];
  if (fields.length > 0) unlocked[id] = fields;
  else delete unlocked[id];
  const now = Date.now();
  const saved = { ...settings, unlocked, unlockedAt: now };
  const shared = publishUnlocked(w, saved, viewer.email);
  w.sigs.appendAudit([adminAuditEntry({ at: now, by: viewer.email, what: `fields employees may propose on template "${t.name}": ${fields.map(label).join(', ') || 'none'}`, before: before.join(', '), after: fields.join(', '), templateId: id })]);
  return notifyAndUpdate(`Saved: ${fields.length ? fields.map(label).join(', ') : 'no field'} open to proposals on “${t.name}”.${shared}`, buildUnlockCard(viewer));
}

/**
 * Saves the unlocked fields in the store (the copy every check uses) and, sealed, in the requests file (what
 * employees' executions offer), creating the file when a field is first unlocked; points the registry at it while
 * some field is unlocked, and shares it with the employees who may now propose (the nightly run shares the rest).
 * Returns what the toast says about sharing.
 */
function publishUnlocked(w: SignatureWorld, s: ReturnType<typeof readEditSettings>, me: string): string {
  const inUse = editRequestsInUse(s);
  let file = openRequestsFile(s.fileId);
  if (!file && inUse) {
    const admins = w.tenant.spreadsheet.getEditors().map((u) => u.getEmail());
    file = createRequestsFile(w.tenant.tenant.primaryDomain, admins, me);
    s = { ...s, fileId: file.getId() };
  }
  writeEditSettings(w.tenant, s);
  if (!file) return '';
  writeUnlockedCopy(file, w.tenant.customerId, { unlocked: s.unlocked, at: s.unlockedAt });
  updateLocation(w.tenant.customerId, { editsId: inUse ? s.fileId : '' });
  const who = inUse ? proposers(w.tenant.employees(), w.sigs, s.unlocked) : [];
  const r = shareRequestsFile(file, w.tenant, who, Date.now() + 10_000, 300);
  if (!inUse) return r.removed ? ` Employees no longer need the requests file: ${r.removed} removed from it.` : '';
  // Counted from the file's editors as Drive lists them now, not from what was asked.
  const editors = new Set(file.getEditors().map((u) => u.getEmail().toLowerCase()));
  const can = who.filter((e) => editors.has(e)).length;
  return ` The requests file is shared with ${can} of the ${who.length} employee(s) who may propose${can < who.length ? `; the nightly run shares it with the other ${who.length - can}` : ''}.`;
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
