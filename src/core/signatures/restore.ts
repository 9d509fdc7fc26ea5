/**
 * Restoring a version: the thing gets the version's content back, saved as a new version ("restored version 3"),
 * and the audit log says who did it. Nothing is written to Gmail here: the next run (or Apply now) plans the
 * differences like any other save, so a restore under 429s and cut-off executions is as safe as any run.
 */
import { recordVersion, type Version, type VersionContent, type VersionKind, type VersionStore } from './versions';
import type { Assignment, AuditEntry, Campaign, SignatureTemplate } from './types';

/** The records a restore reads and writes (the tenant's signature store satisfies it). */
export interface VersionedRecords {
  templates(): SignatureTemplate[];
  saveTemplate(t: SignatureTemplate): void;
  deleteTemplate(id: string): void;
  campaigns(): Campaign[];
  saveCampaign(c: Campaign): void;
  deleteCampaign(id: string): void;
  assignments(): Assignment[];
  saveAssignment(a: Assignment): void;
  deleteAssignment(id: string): void;
  appendAudit(entries: AuditEntry[]): void;
}

export function currentContent(records: VersionedRecords, kind: VersionKind, thingId: string): VersionContent {
  if (kind === 'template') return { kind, template: records.templates().find((t) => t.id === thingId) ?? null };
  if (kind === 'campaign') return { kind, campaign: records.campaigns().find((c) => c.id === thingId) ?? null };
  return { kind, assignments: records.assignments() };
}

/**
 * An entry of the signature audit log for an admin's change (no address: it is not a write to Gmail). `what` says
 * the change; before/after are the HTML (templates) or a line of text.
 */
export function adminAuditEntry(e: { at: number; by: string; what: string; before: string; after: string; templateId?: string; campaignId?: string }): AuditEntry {
  return { at: e.at, address: '', employeeId: '', before: e.before, after: e.after, templateId: e.templateId ?? '', campaignId: e.campaignId ?? '', cause: `by ${e.by}`, why: e.what };
}

export type RestoreOutcome = { ok: true; version: Version; what: string } | { ok: false; reason: string; fix: string };

export function thingName(c: VersionContent, fallback: string): string {
  if (c.kind === 'template') return c.template ? `template "${c.template.name}"` : `template ${fallback}`;
  if (c.kind === 'campaign') return c.campaign ? `campaign "${c.campaign.name}"` : `campaign ${fallback}`;
  return 'the assignments';
}

export function restoreVersion(records: VersionedRecords, versions: VersionStore, v: Version, by: string, at: number): RestoreOutcome {
  const before = currentContent(records, v.content.kind, v.thingId);
  const c = v.content;
  if (c.kind === 'template') {
    const current = before.kind === 'template' ? before.template : null;
    if (!c.template) {
      const using = records.assignments().filter((a) => a.templateId === v.thingId);
      if (using.length) return { ok: false, reason: `version ${v.number} is the template deleted, and it is assigned now`, fix: 'remove its assignments first, or restore another version' };
      records.deleteTemplate(v.thingId);
    } else {
      // The test in progress (if any) stays: a restore changes what everyone else gets.
      records.saveTemplate({ ...c.template, staged: current?.staged ?? null, updatedAt: at, updatedBy: by });
    }
  } else if (c.kind === 'campaign') {
    if (!c.campaign) records.deleteCampaign(v.thingId);
    else records.saveCampaign({ ...c.campaign, updatedAt: at, updatedBy: by });
  } else {
    // Assignments keep their own times: ties between equally specific rules go to the newer one, as before.
    const keep = new Set(c.assignments.map((a) => a.id));
    for (const a of records.assignments()) if (!keep.has(a.id)) records.deleteAssignment(a.id);
    for (const a of c.assignments) records.saveAssignment(a);
  }
  const after = currentContent(records, c.kind, v.thingId);
  const version = recordVersion(versions, { thingId: v.thingId, before, after, by, at, note: `restored version ${v.number}` });
  const name = thingName(c, v.thingId);
  const what = `${name} restored to version ${v.number} (saved as version ${version.number})`;
  records.appendAudit([adminAuditEntry({ at, by, what, before: auditText(before), after: auditText(after), templateId: c.kind === 'template' ? v.thingId : '', campaignId: c.kind === 'campaign' ? v.thingId : '' })]);
  return { ok: true, version, what };
}

/** What the audit log keeps of a version's content: a template's HTML, else one line of text. */
export function auditText(c: VersionContent): string {
  if (c.kind === 'template') return c.template?.html ?? '(deleted)';
  if (c.kind === 'campaign') return c.campaign ? `${c.campaign.name}: ${c.campaign.startLocal} – ${c.campaign.endLocal} ${c.campaign.timeZone}, ${c.campaign.banner.imageUrl}` : '(deleted)';
  return `${c.assignments.length} assignment(s)`;
}


