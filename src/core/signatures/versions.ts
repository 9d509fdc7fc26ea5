/**
 * Versions of what admins save: a template, a campaign, or the set of assignments. Every save appends a version
 * (author, time, a note, the whole saved content); a version is never changed. Restoring a version saves its
 * content again, which is itself a new version. Versions are rows of a sheet an editor of the store can change,
 * so every cell is untrusted: a row is decoded field by field against the record's shape, and a row that does not
 * fit is skipped with the reason — never passed on, never evaluated.
 */
import type { RowReader } from '../sheet-row';
import { lineDiff, fieldDiff, setDiff, type DiffLine, type FieldChange } from './diff';
import { describeTarget, type Assignment, type Audience, type Banner, type Campaign, type SignatureTemplate, type StagedVersion, type Target } from './types';

export type VersionKind = 'template' | 'campaign' | 'assignments';

/** What a version holds: the thing as saved (null: deleted), or the whole assignment set. */
export type VersionContent =
  | { kind: 'template'; template: SignatureTemplate | null }
  | { kind: 'campaign'; campaign: Campaign | null }
  | { kind: 'assignments'; assignments: Assignment[] };

export interface Version {
  id: string;
  /** The template's or campaign's id; 'assignments' for the assignment set. */
  thingId: string;
  /** 1, 2, 3… per thing, in the order saved. */
  number: number;
  at: number;
  by: string;
  /** What the save was: `saved`, `restored version 3`, `published to everyone`, `saved for a test on …`. */
  note: string;
  content: VersionContent;
}

/** A row of the versions sheet that was not used, and why. */
export interface SkippedVersionRow {
  /** The row's number on the sheet (header = 1). */
  row: number;
  reason: string;
}

export const ASSIGNMENTS_THING = 'assignments';
export const VERSION_COLUMNS = ['id', 'kind', 'thingId', 'number', 'at', 'by', 'note', 'json'] as const;

/** The store's versions sheet, read and appended to. */
export interface VersionStore {
  /** Every version that decodes, oldest first, and the rows skipped. */
  versions(): { versions: Version[]; skipped: SkippedVersionRow[] };
  appendVersion(v: Version): void;
}

export function kindOf(c: VersionContent): VersionKind {
  return c.kind;
}

/** The content's own record without the run-time parts (a template's staged test is not part of its design). */
function snapshot(c: VersionContent): VersionContent {
  if (c.kind === 'template' && c.template) {
    const { staged: _staged, ...design } = c.template;
    return { kind: 'template', template: design };
  }
  return c;
}

export function contentJson(c: VersionContent): string {
  const s = snapshot(c);
  return JSON.stringify(s.kind === 'template' ? s.template : s.kind === 'campaign' ? s.campaign : s.assignments);
}

export function versionsOf(all: Version[], kind: VersionKind, thingId: string): Version[] {
  return all.filter((v) => v.content.kind === kind && v.thingId === thingId).sort((a, b) => a.number - b.number);
}

/**
 * Appends the version for a save. When the thing has no version yet but existed before (saved before versions were
 * kept), its earlier content becomes version 1 first, so the very first change can be rolled back too.
 * Returns the new version.
 */
export function recordVersion(
  store: VersionStore,
  save: { thingId: string; before: VersionContent | null; after: VersionContent; by: string; at: number; note: string },
): Version {
  const mine = versionsOf(store.versions().versions, save.after.kind, save.thingId);
  let number = mine.length ? mine[mine.length - 1].number + 1 : 1;
  const exists = save.before && !(save.before.kind === 'assignments' ? save.before.assignments.length === 0 : contentJson(save.before) === 'null');
  if (mine.length === 0 && save.before && exists) {
    const earlier = updatedOf(save.before);
    store.appendVersion({ id: versionId(save.after.kind, save.thingId, 1), thingId: save.thingId, number: 1, at: earlier.at, by: earlier.by, note: 'as it was before versions were kept', content: snapshot(save.before) });
    number = 2;
  }
  const v: Version = { id: versionId(save.after.kind, save.thingId, number), thingId: save.thingId, number, at: save.at, by: save.by, note: save.note, content: snapshot(save.after) };
  store.appendVersion(v);
  return v;
}

function versionId(kind: VersionKind, thingId: string, number: number): string {
  return `${kind}:${thingId}:${number}`;
}

function updatedOf(c: VersionContent): { at: number; by: string } {
  if (c.kind === 'template' && c.template) return { at: c.template.updatedAt, by: c.template.updatedBy };
  if (c.kind === 'campaign' && c.campaign) return { at: c.campaign.updatedAt, by: c.campaign.updatedBy };
  if (c.kind === 'assignments' && c.assignments.length) {
    const newest = [...c.assignments].sort((a, b) => b.updatedAt - a.updatedAt)[0];
    return { at: newest.updatedAt, by: newest.updatedBy };
  }
  return { at: 0, by: '' };
}

// ---- readable differences ----

export type VersionDiff = { kind: 'lines'; lines: DiffLine[]; fields: FieldChange[] } | { kind: 'fields'; fields: FieldChange[] };

const TEMPLATE_FIELDS = [
  { label: 'Name', show: (t: SignatureTemplate) => t.name },
  { label: 'Addresses', show: (t: SignatureTemplate) => (t.aliasPolicy === 'all' ? 'every send-as address' : 'primary address only') },
  { label: 'Enforce', show: (t: SignatureTemplate) => (t.enforce ? 'on' : 'off') },
];

const CAMPAIGN_FIELDS = [
  { label: 'Name', show: (c: Campaign) => c.name },
  { label: 'Banner image', show: (c: Campaign) => c.banner.imageUrl },
  { label: 'Link', show: (c: Campaign) => c.banner.link },
  { label: 'Alt text', show: (c: Campaign) => c.banner.alt },
  { label: 'Starts', show: (c: Campaign) => `${c.startLocal} ${c.timeZone}` },
  { label: 'Ends', show: (c: Campaign) => `${c.endLocal} ${c.timeZone}` },
  { label: 'For', show: (c: Campaign) => c.targets.map(describeTarget).join(', ') },
];

/** What changed from `before` (null: nothing before) to `after`: the HTML line by line for templates, else fields. */
export function versionDiff(before: VersionContent | null, after: VersionContent, templateName: (id: string) => string = (id) => id): VersionDiff {
  if (after.kind === 'template') {
    const a = before?.kind === 'template' ? before.template : null;
    return { kind: 'lines', lines: lineDiff(a?.html ?? '', after.template?.html ?? ''), fields: fieldDiff(a, after.template, TEMPLATE_FIELDS) };
  }
  if (after.kind === 'campaign') {
    const a = before?.kind === 'campaign' ? before.campaign : null;
    return { kind: 'fields', fields: fieldDiff(a, after.campaign, CAMPAIGN_FIELDS) };
  }
  const a = before?.kind === 'assignments' ? before.assignments : [];
  return { kind: 'fields', fields: setDiff(a, after.assignments, (x) => describeTarget(x.target), (x) => templateName(x.templateId)) };
}

// ---- decoding untrusted rows ----

type Check<T> = (x: unknown, path: string) => T;

class Malformed extends Error {}

const fail = (path: string, what: string): never => {
  throw new Malformed(`${path} ${what}`);
};
const obj = (x: unknown, path: string): Record<string, unknown> => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : fail(path, 'is not a record'));
const str: Check<string> = (x, path) => (typeof x === 'string' ? x : fail(path, 'is not text'));
const num: Check<number> = (x, path) => (typeof x === 'number' && Number.isFinite(x) ? x : fail(path, 'is not a number'));
const bool: Check<boolean> = (x, path) => (typeof x === 'boolean' ? x : fail(path, 'is not true or false'));
const list = <T>(item: Check<T>): Check<T[]> => (x, path) => (Array.isArray(x) ? x.map((v, i) => item(v, `${path}[${i}]`)) : fail(path, 'is not a list'));

function target(x: unknown, path: string): Target {
  const o = obj(x, path);
  switch (o.kind) {
    case 'company':
      return { kind: 'company' };
    case 'department':
      return { kind: 'department', department: str(o.department, `${path}.department`) };
    case 'employee':
      return { kind: 'employee', email: str(o.email, `${path}.email`) };
    case 'segment':
      return { kind: 'segment', conditions: list((c, p) => ({ field: str(obj(c, p).field, `${p}.field`), equals: str(obj(c, p).equals, `${p}.equals`) }))(o.conditions, `${path}.conditions`) };
    default:
      return fail(`${path}.kind`, 'is not company, department, segment or employee');
  }
}

function banner(x: unknown, path: string): Banner {
  const o = obj(x, path);
  return { imageUrl: str(o.imageUrl, `${path}.imageUrl`), link: str(o.link, `${path}.link`), alt: str(o.alt, `${path}.alt`) };
}

function audience(x: unknown, path: string): Audience {
  const o = obj(x, path);
  if (o.kind === 'org_unit') return { kind: 'org_unit', orgUnitPath: str(o.orgUnitPath, `${path}.orgUnitPath`) };
  if (o.kind === 'group') return { kind: 'group', email: str(o.email, `${path}.email`), memberIds: list(str)(o.memberIds, `${path}.memberIds`), resolvedAt: num(o.resolvedAt, `${path}.resolvedAt`) };
  if (o.kind === 'employees') return { kind: 'employees', emails: list(str)(o.emails, `${path}.emails`) };
  return fail(`${path}.kind`, 'is not org_unit, group or employees');
}

/** A staged test as a template record holds it; exported for the store, which keeps templates as JSON too. */
export function stagedVersion(x: unknown, path: string): StagedVersion {
  const o = obj(x, path);
  return { versionId: str(o.versionId, `${path}.versionId`), number: num(o.number, `${path}.number`), html: str(o.html, `${path}.html`), audience: audience(o.audience, `${path}.audience`), by: str(o.by, `${path}.by`), at: num(o.at, `${path}.at`) };
}

function template(x: unknown, path: string): SignatureTemplate {
  const o = obj(x, path);
  const aliasPolicy = o.aliasPolicy === 'all' || o.aliasPolicy === 'primary' ? o.aliasPolicy : fail(`${path}.aliasPolicy`, 'is not primary or all');
  return {
    id: str(o.id, `${path}.id`), name: str(o.name, `${path}.name`), html: str(o.html, `${path}.html`), aliasPolicy, enforce: bool(o.enforce, `${path}.enforce`),
    updatedAt: num(o.updatedAt, `${path}.updatedAt`), updatedBy: str(o.updatedBy, `${path}.updatedBy`),
  };
}

function campaign(x: unknown, path: string): Campaign {
  const o = obj(x, path);
  return {
    id: str(o.id, `${path}.id`), name: str(o.name, `${path}.name`), banner: banner(o.banner, `${path}.banner`),
    startLocal: str(o.startLocal, `${path}.startLocal`), endLocal: str(o.endLocal, `${path}.endLocal`), timeZone: str(o.timeZone, `${path}.timeZone`),
    startsAt: num(o.startsAt, `${path}.startsAt`), endsAt: num(o.endsAt, `${path}.endsAt`), targets: list(target)(o.targets, `${path}.targets`),
    updatedAt: num(o.updatedAt, `${path}.updatedAt`), updatedBy: str(o.updatedBy, `${path}.updatedBy`),
  };
}

function assignment(x: unknown, path: string): Assignment {
  const o = obj(x, path);
  return { id: str(o.id, `${path}.id`), target: target(o.target, `${path}.target`), templateId: str(o.templateId, `${path}.templateId`), updatedAt: num(o.updatedAt, `${path}.updatedAt`), updatedBy: str(o.updatedBy, `${path}.updatedBy`) };
}

/** One row of the versions sheet as a version, or why it cannot be one. */
export function versionFromRow(cells: RowReader): { version: Version } | { reason: string } {
  try {
    const kind = cells.text('kind');
    const thingId = cells.text('thingId');
    const number = Number(cells.raw('number'));
    const at = Number(cells.raw('at'));
    if (!Number.isInteger(number) || number < 1) return { reason: `number "${cells.text('number')}" is not a version number (1, 2, 3…)` };
    if (!Number.isFinite(at) || at <= 0) return { reason: `at "${cells.text('at')}" is not a time` };
    if (!thingId) return { reason: 'thingId is empty' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(cells.text('json'));
    } catch (_notJson) {
      return { reason: 'json is not JSON' };
    }
    let content: VersionContent;
    if (kind === 'template') content = { kind, template: parsed === null ? null : template(parsed, 'json') };
    else if (kind === 'campaign') content = { kind, campaign: parsed === null ? null : campaign(parsed, 'json') };
    else if (kind === 'assignments') content = { kind, assignments: list(assignment)(parsed, 'json') };
    else return { reason: `kind "${kind}" is not template, campaign or assignments` };
    const own = content.kind === 'template' ? content.template?.id : content.kind === 'campaign' ? content.campaign?.id : ASSIGNMENTS_THING;
    if (own !== undefined && own !== thingId) return { reason: `json is the record of ${own}, not of ${thingId}` };
    return { version: { id: cells.text('id') || versionId(kind, thingId, number), thingId, number, at, by: cells.text('by'), note: cells.text('note'), content } };
  } catch (err) {
    if (err instanceof Malformed) return { reason: err.message };
    throw err;
  }
}

/** A version as a row of the versions sheet, in VERSION_COLUMNS order. */
export function versionToRow(v: Version): Array<string | number> {
  return [v.id, v.content.kind, v.thingId, v.number, v.at, v.by, v.note, contentJson(v.content)];
}
