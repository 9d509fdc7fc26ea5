/**
 * Employee edit requests (issue 14): an employee proposes a value for a field a Designer unlocked on the template
 * that applies to them; an Approver (or Owner) approves or rejects it with a reason. An approved value lives only
 * in Autograph (the `edit_requests` sheet), apart from the employee row the directory sync rewrites, and is laid
 * over the employee when a signature is rendered: so a sync can never overwrite it, and an "Enforce" template
 * renders it like any other value. Pure: the caller passes who is acting (the running user, never a parameter),
 * the template that applies and the clock.
 */
import { parsePhoneNumberFromString, isSupportedCountry } from 'libphonenumber-js/min';
import type { Employee } from '../directory/employee';
import { rowReader, type Cell } from '../sheet-row';

/** The fields a Designer may unlock: each one value of the employee that a signature shows. */
export const EDITABLE_FIELDS = {
  mobile: { label: 'Mobile phone', maxLength: 40, phone: true },
  pronouns: { label: 'Pronouns', maxLength: 30, phone: false },
  title: { label: 'Job title (as shown in the signature)', maxLength: 100, phone: false },
} as const;
export type EditableField = keyof typeof EDITABLE_FIELDS;

export function isEditableField(f: string): f is EditableField {
  return Object.prototype.hasOwnProperty.call(EDITABLE_FIELDS, f);
}

export type EditRequestStatus = 'pending' | 'approved' | 'rejected';

export interface EditRequest {
  id: string;
  /** Lower-case primary address of the employee the value is for: always the proposer themselves. */
  email: string;
  field: EditableField;
  value: string;
  /** The template that applied when it was proposed (its unlocked fields allowed the proposal). */
  templateId: string;
  status: EditRequestStatus;
  proposedAt: number;
  /** Approver who decided, when, and the reason given for a rejection. */
  decidedBy: string;
  decidedAt: number;
  reason: string;
}

export const EDIT_REQUEST_COLUMNS = ['id', 'email', 'field', 'value', 'templateId', 'status', 'proposedAt', 'decidedBy', 'decidedAt', 'reason'] as const;

export function editRequestToRow(r: EditRequest): Cell[] {
  return [r.id, r.email, r.field, r.value, r.templateId, r.status, r.proposedAt, r.decidedBy, r.decidedAt, r.reason];
}

export interface EditRequestRows {
  requests: EditRequest[];
  /** Rows that were not a request (sheet row number, 1-based with the header as row 1, and why): skipped. */
  skipped: { row: number; reason: string }[];
}

/** The sheet's rows are untrusted (anyone with edit rights on the store may type in it): malformed rows are skipped and named. */
export function readEditRequestRows(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<Cell>>): EditRequestRows {
  const requests: EditRequest[] = [];
  const skipped: { row: number; reason: string }[] = [];
  rows.forEach((row, i) => {
    const r = rowReader(header, row);
    const status = r.text('status');
    const field = r.text('field');
    const proposedAt = Number(r.raw('proposedAt'));
    const why = !r.text('id') ? 'no id'
      : !/^[^@\s]+@[^@\s]+$/.test(r.text('email')) ? 'no valid email'
      : !isEditableField(field) ? `unknown field "${field}"`
      : status !== 'pending' && status !== 'approved' && status !== 'rejected' ? `unknown status "${status}"`
      : !Number.isFinite(proposedAt) || proposedAt <= 0 ? 'no proposal time'
      : validateValue(field, r.text('value'), '') ? 'value fails validation'
      : '';
    if (why) {
      skipped.push({ row: i + 2, reason: why });
      return;
    }
    requests.push({
      id: r.text('id'), email: r.text('email').toLowerCase(), field: field as EditableField, value: r.text('value'),
      templateId: r.text('templateId'), status: status as EditRequestStatus, proposedAt,
      decidedBy: r.text('decidedBy'), decidedAt: Number(r.raw('decidedAt')) || 0, reason: r.text('reason'),
    });
  });
  return { requests, skipped };
}

/** '' when `value` is acceptable for `field`, otherwise what is wrong and how to fix it (naming the field). */
export function validateValue(field: EditableField, value: string, countryCode: string): string {
  const spec = EDITABLE_FIELDS[field];
  const v = value.trim();
  if (v === '') return `${spec.label}: enter a value.`;
  if (v.length > spec.maxLength) return `${spec.label}: at most ${spec.maxLength} characters (this one has ${v.length}).`;
  // Angle brackets and control characters have no place in a name or number; the renderer escapes anyway.
  if (/[<>\u0000-\u001f]/.test(v)) return `${spec.label}: remove the characters < > and line breaks.`;
  if (spec.phone) {
    const country = isSupportedCountry(countryCode) ? countryCode : undefined;
    const parsed = parsePhoneNumberFromString(v, country);
    if (!parsed || !parsed.isPossible()) return `${spec.label}: "${v}" is not a phone number; write it with its country code, e.g. +49 151 23456789.`;
  }
  return '';
}

export interface Proposal {
  /** The running user (Session), never a card parameter. */
  viewerEmail: string;
  /** Whose signature the record found is for (the employee row, or the sealed own copy), and their country; null when there is none. */
  subject: { email: string; countryCode: string } | null;
  /** The template that applies to the viewer now, with the fields a Designer unlocked on it. */
  template: { id: string; unlockedFields: readonly string[] } | null;
  field: string;
  value: string;
  id: string;
  at: number;
}

/** A new pending request, or the reason it is refused (nothing is stored then). */
export function propose(p: Proposal): EditRequest | string {
  const me = p.viewerEmail.toLowerCase();
  if (!p.subject || p.subject.email.toLowerCase() !== me) return `You (${me}) are not among Autograph’s employees: you may propose values for your own signature only.`;
  if (!p.template) return 'No signature template applies to you, so there is nothing to propose a value for.';
  if (!isEditableField(p.field) || !p.template.unlockedFields.includes(p.field)) return `Field "${p.field}" is not open to proposals on your template: ask a Designer to unlock it.`;
  const wrong = validateValue(p.field, p.value, p.subject.countryCode.toUpperCase());
  if (wrong) return wrong;
  return { id: p.id, email: me, field: p.field, value: p.value.trim(), templateId: p.template.id, status: 'pending', proposedAt: p.at, decidedBy: '', decidedAt: 0, reason: '' };
}

/** The request decided by `by`; a string when it is not pending or a rejection has no reason. */
export function decide(r: EditRequest, decision: 'approved' | 'rejected', by: string, at: number, reason: string): EditRequest | string {
  if (r.status !== 'pending') return `This request was already ${r.status} by ${r.decidedBy}.`;
  const why = reason.trim();
  if (decision === 'rejected' && why === '') return 'Reason: say why the value is rejected; the employee sees it.';
  if (why.length > 300) return 'Reason: at most 300 characters.';
  return { ...r, status: decision, decidedBy: by.toLowerCase(), decidedAt: at, reason: why };
}

/**
 * The latest approved value per employee and field (a later approval replaces an earlier one). Only fields still
 * unlocked on the template that applies count: locking a field again gives it back to the directory.
 */
export function approvedValues(requests: readonly EditRequest[]): Map<string, Map<EditableField, EditRequest>> {
  const out = new Map<string, Map<EditableField, EditRequest>>();
  for (const r of requests) {
    if (r.status !== 'approved') continue;
    const mine = out.get(r.email) ?? new Map<EditableField, EditRequest>();
    const had = mine.get(r.field);
    if (!had || had.decidedAt <= r.decidedAt) mine.set(r.field, r);
    out.set(r.email, mine);
  }
  return out;
}

/**
 * The employee as signatures see it: approved values kept over the directory's. The employee row itself is not
 * changed, so a directory sync that rewrites it cannot overwrite them.
 */
export function withApprovedValues(e: Employee, approved: ReadonlyMap<EditableField, EditRequest> | undefined, unlocked: readonly string[]): Employee {
  if (!approved || approved.size === 0) return e;
  let out = e;
  for (const [field, r] of approved) {
    if (!unlocked.includes(field)) continue;
    if (field === 'mobile') out = { ...out, phones: { ...out.phones, mobile: r.value } };
    else if (field === 'title') out = { ...out, title: r.value };
    else out = { ...out, custom: { ...out.custom, pronouns: r.value } };
  }
  return out;
}

/** The employee card's line on precedence, for a field with an approved value. */
export const APPROVED_PRECEDENCE = 'Approved value, kept over the directory’s';

/** What the renderer needs: approved values per lower-case address, and the fields each template (by id) unlocks. */
export interface EditOverlay {
  approved: Map<string, Map<EditableField, EditRequest>>;
  unlocked: Record<string, readonly string[]>;
}
