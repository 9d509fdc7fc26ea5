/**
 * Moves employees' proposals from the requests file into the tenant store's `edit_requests` history, as an
 * approver's execution (the queue card) or the nightly run (an admin's trigger): the only executions that can open
 * the store. Each proposal is checked again against the store: the employee exists, the template that applies to
 * them now unlocks the field in the store's own copy (not the file's), the value is valid. The employee gets an
 * answer row for each: an acknowledgement (taken, pending), or the refusal with why. A row already taken (same id:
 * replayed by a coworker, or posted again by the employee after a coworker deleted its answer) gets the history's
 * current answer again and adds nothing. Safe to cut off anywhere: history first, answers next, rows removed last,
 * and a row taken twice is a replay.
 */
import { readProposals } from '../core/signatures/edit-request-channel';
import { EDITABLE_FIELDS, validateValue, type EditRequest } from '../core/signatures/edit-requests';
import { adminAuditEntry } from '../core/signatures/restore';
import { signatureRenderer } from '../core/signatures/plan';
import { channelKey, channelTag, openRequestsFile, postDecisions, PROPOSALS_SHEET, readChannelRows, removeProposalRows } from '../adapters/edit-request-file';
import { EditRequestTable, readEditSettings } from '../adapters/edit-request-store';
import type { SignatureStore } from '../adapters/signature-store';
import type { TenantStore } from '../adapters/store/tenant-store';

export interface IntakeReport {
  added: number;
  refused: number;
  replayed: number;
  /** Rows that could not be read: typed or changed by hand (ignored; the nightly prune removes impossible ones). */
  unreadable: number;
  /** The requests file is named but cannot be opened by this user ('' when it opened or there is none). */
  fileProblem: string;
}

const NONE: IntakeReport = { added: 0, refused: 0, replayed: 0, unreadable: 0, fileProblem: '' };

export function takeProposals(store: TenantStore, sigs: SignatureStore, now: number): IntakeReport {
  const settings = readEditSettings(store);
  if (!settings.fileId) return NONE;
  const ss = openRequestsFile(settings.fileId);
  if (!ss) return { ...NONE, fileProblem: `the edit requests file (${settings.fileId}) cannot be opened by you: the nightly run shares it with the store's editors` };
  const rows = readChannelRows(ss, PROPOSALS_SHEET);
  if (rows.length === 0) return NONE;
  const cid = store.customerId;
  const employees = store.employees();
  // Tags are opaque: the tenant's employees' tags say whose a row claims to be (one HMAC each, only when rows wait).
  const who = new Map(employees.map((e) => [channelTag(cid, 'edit-proposal', e.primaryEmail), e.primaryEmail.toLowerCase()]));
  const byEmail = new Map(employees.map((e) => [e.primaryEmail.toLowerCase(), e]));
  const table = new EditRequestTable(store);
  const history = table.read();
  const byId = new Map(history.requests.map((r) => [r.id, r]));
  const got = readProposals(rows, who, (email) => channelKey(cid, 'edit-proposal', email), new Set(byId.keys()));

  const render = signatureRenderer({
    templates: sigs.templates(), assignments: sigs.assignments(), campaigns: sigs.campaigns(), departmentBanners: sigs.departmentBanners(),
    at: now, timeZone: sigs.settings().timeZone,
  });
  const fresh: EditRequest[] = [];
  const answers: EditRequest[] = [];
  for (const p of got.proposals) {
    const e = byEmail.get(p.email) ?? null;
    const templateId = e ? render(e).templateId : '';
    const label = EDITABLE_FIELDS[p.field].label;
    const why = !e ? 'you are not among Autograph’s employees'
      : !(settings.unlocked[templateId] ?? []).includes(p.field) ? `${label} is not open to proposals on your template`
      : validateValue(p.field, p.value, e.address.countryCode.toUpperCase()).replace(/\.$/, '');
    if (why) answers.push({ ...p, status: 'rejected', decidedBy: 'Autograph', decidedAt: now, reason: `Refused: ${why}.` });
    else {
      const taken = { ...p, templateId };
      fresh.push(taken);
      answers.push(taken);
    }
  }
  for (const r of got.replayed) {
    const known = byId.get(r.id);
    if (known) answers.push(known);
  }
  if (fresh.length > 0) {
    table.save(fresh);
    sigs.appendAudit(fresh.map((r) => ({ ...adminAuditEntry({ at: r.proposedAt, by: r.email, what: `edit request: ${EDITABLE_FIELDS[r.field].label} “${r.value}” proposed`, before: '', after: r.value, templateId: r.templateId }), address: r.email })));
  }
  postDecisions(ss, cid, answers, now);
  removeProposalRows(ss, got.takenRows.map((i) => rows[i]));
  return { added: fresh.length, refused: got.proposals.length - fresh.length, replayed: got.replayed.length, unreadable: got.unreadable, fileProblem: '' };
}

/** Writes an approver's decision for its employee to read (and keeps it in the history: the caller saves it). */
export function answerEmployee(store: TenantStore, decided: EditRequest, now: number): boolean {
  const ss = openRequestsFile(readEditSettings(store).fileId);
  if (!ss) return false;
  postDecisions(ss, store.customerId, [decided], now);
  return true;
}
