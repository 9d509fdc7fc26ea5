/**
 * Versions and staged rollout (admins): every saved version of a template, a campaign or the assignment set with
 * who saved it, when, and what changed (the HTML line by line, other records field by field); restoring any
 * version (a new version, in the audit log with who); and a template version on test for an org unit, a group or
 * listed employees before everyone gets it. Card parameters and form values are untrusted: every id is looked up
 * in the tenant's own records again, every audience member in its own employees or its own Directory.
 */
import { AdminDirectoryPort } from '../adapters/directory';
import { SheetVersionStore } from '../adapters/version-store';
import { errorText } from '../core/error-text';
import type { Employee } from '../core/directory/employee';
import { templateResolver } from '../core/signatures/assignment';
import { diffHunks, changedLines, type DiffLine, type FieldChange } from '../core/signatures/diff';
import { isWritable } from '../core/signatures/plan';
import { adminAuditEntry, currentContent, restoreVersion, thingName } from '../core/signatures/restore';
import { audienceMembers, describeAudience, publishedToEveryone, withoutTest, withTest } from '../core/signatures/staged';
import { describeTarget, type Audience, type SignatureTemplate } from '../core/signatures/types';
import { ASSIGNMENTS_THING, recordVersion, versionDiff, versionsOf, type Version, type VersionContent, type VersionKind } from '../core/signatures/versions';
import { emailKey } from '../core/tenant';
import { actionFor, notify, notifyAndUpdate, pushCard, type Route } from './actions';
import { button, escapeCardText, header, textParagraph, utcWhen } from './card-kit';
import { confirmFirst, doneAfterConfirmation } from './confirm';
import { formValue, param, type AddOnEvent } from './event';
import { errorsSection, markedTitle, notSavedText, textField, type FieldError } from './form-errors';
import { withWorld, type SignatureWorld } from './signature-cards';
import type { Viewer } from './viewer';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

/** Versions listed per card, newest first: well under a section's 100 widgets. */
const VERSIONS_SHOWN = 40;
/** Diff lines shown per version, in paragraphs of this many lines. */
const DIFF_LINES_SHOWN = 160;
const DIFF_LINES_PER_PARAGRAPH = 40;
/** Listed test users at most: a test group, not the company. */
const MAX_TEST_USERS = 200;
const KINDS: VersionKind[] = ['template', 'campaign', 'assignments'];

function versionStore(w: SignatureWorld): SheetVersionStore {
  return new SheetVersionStore(w.tenant.spreadsheet);
}

/**
 * Saves through `save` and keeps the result as a version (the content before the save becomes version 1 when the
 * thing had none yet). Template and campaign cards call this around every save.
 */
export function keepVersion(w: SignatureWorld, kind: VersionKind, thingId: string, by: string, note: string, save: () => void): Version {
  const store = versionStore(w);
  const problem = store.problem();
  if (problem) throw new Error(`Not saved: ${problem}. Saves are kept as versions, so nothing is saved until the sheet is fixed.`);
  const before = currentContent(w.sigs, kind, thingId);
  save();
  return recordVersion(store, { thingId, before, after: currentContent(w.sigs, kind, thingId), by, at: Date.now(), note });
}

/** A template version kept without publishing it: the design saved for a test group, everyone else unchanged. */
export function keepTestVersion(w: SignatureWorld, t: SignatureTemplate, by: string): Version {
  const before = currentContent(w.sigs, 'template', t.id);
  return recordVersion(versionStore(w), { thingId: t.id, before, after: { kind: 'template', template: t }, by, at: Date.now(), note: 'saved for a test (not published)' });
}

function isKind(x: string | undefined): x is VersionKind {
  return KINDS.includes(x as VersionKind);
}

/** The version a parameter names, looked up among the tenant's own decoded versions. */
function findVersion(w: SignatureWorld, id: string | undefined): Version | null {
  return versionStore(w).versions().versions.find((v) => v.id === id) ?? null;
}

function templateNamer(w: SignatureWorld): (id: string) => string {
  const names = new Map(w.sigs.templates().map((t) => [t.id, t.name]));
  return (id) => names.get(id) ?? `missing template ${id}`;
}

// ---- the list of versioned things ----

export function buildVersionsCard(w: SignatureWorld): Card {
  const { versions, skipped } = versionStore(w).versions();
  const card = CardService.newCardBuilder().setName('versions').setHeader(header('Versions', 'templates, campaigns and assignments as saved'));
  const byThing = new Map<string, Version[]>();
  for (const v of versions) {
    const key = `${v.content.kind}|${v.thingId}`;
    byThing.set(key, [...(byThing.get(key) ?? []), v]);
  }
  const templates = w.sigs.templates();
  const campaigns = w.sigs.campaigns();
  const sections: Array<[VersionKind, string, Array<{ id: string; name: string; live: boolean }>]> = [
    ['template', 'Templates', uniqueThings('template', templates.map((t) => ({ id: t.id, name: t.name })), versions)],
    ['campaign', 'Campaigns', uniqueThings('campaign', campaigns.map((c) => ({ id: c.id, name: c.name })), versions)],
    ['assignments', 'Who gets which', [{ id: ASSIGNMENTS_THING, name: `Assignments (${w.sigs.assignments().length} now)`, live: true }]],
  ];
  for (const [kind, title, things] of sections) {
    const s = CardService.newCardSection().setHeader(title);
    if (things.length === 0) s.addWidget(textParagraph('None yet.'));
    for (const t of things.slice(0, 30)) {
      const mine = byThing.get(`${kind}|${t.id}`) ?? [];
      const last = mine[mine.length - 1];
      s.addWidget(
        CardService.newDecoratedText()
          .setText(escapeCardText(`${t.name}${t.live ? '' : ' (deleted)'}`))
          .setBottomLabel(escapeCardText(last ? `${mine.length} version(s); last ${utcWhen(last.at)} by ${last.by || 'unknown'}` : 'no version kept yet: the next save keeps one'))
          .setWrapText(true)
          .setOnClickAction(actionFor('versions.thing', { kind, id: t.id })),
      );
    }
    card.addSection(s);
  }
  const bad = skippedSection(skipped);
  if (bad) card.addSection(bad);
  return card.build();
}

/** Things that exist now, plus those known only from their versions (deleted since). */
function uniqueThings(kind: VersionKind, now: Array<{ id: string; name: string }>, versions: Version[]): Array<{ id: string; name: string; live: boolean }> {
  const out = now.map((t) => ({ ...t, live: true }));
  const known = new Set(now.map((t) => t.id));
  const newestFirst = [...versions].reverse();
  for (const v of newestFirst) {
    if (v.content.kind !== kind || known.has(v.thingId)) continue;
    known.add(v.thingId);
    // Named as it was last saved: its newest version is the deletion, which holds no name.
    const named = newestFirst.find((x) => x.content.kind === kind && x.thingId === v.thingId && contentKey(x.content) !== 'null');
    out.push({ id: v.thingId, name: thingName((named ?? v).content, v.thingId), live: false });
  }
  return out;
}

function skippedSection(skipped: Array<{ row: number; reason: string }>): Section | null {
  if (skipped.length === 0) return null;
  const s = CardService.newCardSection().setHeader(`${skipped.length} row(s) of the versions sheet skipped`);
  s.addWidget(textParagraph('These rows do not read as versions (edited on the sheet?), so they are neither listed nor restorable. Fix or delete them in the store spreadsheet’s "versions" sheet.'));
  for (const x of skipped.slice(0, 10)) s.addWidget(CardService.newDecoratedText().setTopLabel(`Row ${x.row}`).setText(escapeCardText(x.reason)).setWrapText(true));
  if (skipped.length > 10) s.addWidget(textParagraph(`… and ${skipped.length - 10} more.`));
  return s;
}

// ---- one thing's versions ----

function liveMarker(v: Version, latestSame: Version | undefined, t: SignatureTemplate | null): string {
  if (t?.staged?.versionId === v.id) return ' · on test';
  return latestSame?.id === v.id ? ' · live' : '';
}

export function buildThingCard(w: SignatureWorld, kind: VersionKind, thingId: string): Card {
  const all = versionsOf(versionStore(w).versions().versions, kind, thingId);
  const now = currentContent(w.sigs, kind, thingId);
  const template = now.kind === 'template' ? now.template : null;
  // The newest version whose content is what the store holds now is the live one.
  const latestSame = [...all].reverse().find((v) => contentKey(v.content) === contentKey(now));
  const exists = contentKey(now) !== 'null';
  const named = exists ? now : all[all.length - 1]?.content ?? now;
  const card = CardService.newCardBuilder().setName('versions-of').setHeader(header(escapeCardText(`Versions of ${thingName(named, thingId)}`), exists ? 'newest first' : 'deleted; newest first'));
  if (template?.staged) card.addSection(testSection(w, template));
  const s = CardService.newCardSection();
  if (all.length === 0) s.addWidget(textParagraph('No version kept yet: the next save keeps one, with the content before it as version 1.'));
  for (const v of [...all].reverse().slice(0, VERSIONS_SHOWN)) {
    s.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(escapeCardText(`Version ${v.number}${liveMarker(v, latestSame, template)} · ${utcWhen(v.at)}`))
        .setText(escapeCardText(v.note || 'saved'))
        .setBottomLabel(escapeCardText(`by ${v.by || 'unknown'}`))
        .setWrapText(true)
        .setOnClickAction(actionFor('versions.view', { versionId: v.id })),
    );
  }
  if (all.length > VERSIONS_SHOWN) s.addWidget(textParagraph(`… and ${all.length - VERSIONS_SHOWN} older version(s).`));
  return card.addSection(s).build();
}

/** Records compared by their saved content (times and authors of the save aside). */
function contentKey(c: VersionContent): string {
  if (c.kind === 'template') return c.template ? JSON.stringify([c.template.name, c.template.html, c.template.aliasPolicy, c.template.enforce]) : 'null';
  if (c.kind === 'campaign') return c.campaign ? stableJson({ ...c.campaign, updatedAt: 0, updatedBy: '' }) : 'null';
  return stableJson([...c.assignments].sort((a, b) => (a.id < b.id ? -1 : 1)));
}

/** JSON with every object's keys sorted, so records read back from the sheet compare equal to those saved. */
function stableJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(stableJson).join(',')}]`;
  if (x && typeof x === 'object') return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${stableJson((x as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(x);
}

function testSection(w: SignatureWorld, t: SignatureTemplate): Section {
  const staged = t.staged!;
  const reach = testReach(w, t, staged.audience);
  return CardService.newCardSection()
    .setHeader(`On test: version ${staged.number}`)
    .addWidget(
      CardService.newDecoratedText()
        .setTopLabel(escapeCardText(`Since ${utcWhen(staged.at)} by ${staged.by}`))
        .setText(escapeCardText(`For ${describeAudience(staged.audience)}: ${reach.testers} employee(s) get version ${staged.number}; ${reach.others} other employee(s) keep the published version.`))
        .setWrapText(true),
    )
    .addWidget(CardService.newButtonSet().addButton(button('Publish to everyone', 'rollout.publish', { id: t.id }, true)).addButton(button('Stop the test', 'rollout.stop', { id: t.id })));
}

/** Writable employees this template reaches, split by whether the audience tests the staged version. */
function testReach(w: SignatureWorld, t: SignatureTemplate, audience: Audience): { testers: number; others: number } {
  const resolve = templateResolver(w.sigs.assignments());
  const reached = w.tenant.employees().filter((e) => isWritable(e) && resolve(e)?.value === t.id);
  const testers = audienceMembers(audience, reached).length;
  return { testers, others: reached.length - testers };
}

// ---- one version: what changed, restore, test ----

export function buildVersionCard(w: SignatureWorld, v: Version): Card {
  const all = versionsOf(versionStore(w).versions().versions, v.content.kind, v.thingId);
  const previous = [...all].reverse().find((x) => x.number < v.number) ?? null;
  const diff = versionDiff(previous?.content ?? null, v.content, templateNamer(w));
  const card = CardService.newCardBuilder().setName('version').setHeader(header(escapeCardText(`Version ${v.number} of ${thingName(v.content, v.thingId)}`), escapeCardText(`${utcWhen(v.at)} by ${v.by || 'unknown'}`)));
  const s = CardService.newCardSection().setHeader(previous ? `What changed from version ${previous.number}` : 'The first version kept');
  s.addWidget(textParagraph(escapeCardText(v.note || 'saved')));
  addFieldChanges(s, diff.fields);
  if (diff.kind === 'lines') {
    const changed = changedLines(diff.lines);
    if (changed === 0) s.addWidget(textParagraph('The HTML is the same.'));
    else addLineDiff(s, diff.lines);
  } else if (diff.fields.length === 0) s.addWidget(textParagraph('No change in what it holds.'));
  card.addSection(s);
  const actions = CardService.newCardSection().addWidget(CardService.newButtonSet().addButton(button('Restore this version', 'versions.restore', { versionId: v.id }, true)));
  if (v.content.kind === 'template' && v.content.template) actions.addWidget(CardService.newButtonSet().addButton(button('Test this version on a group', 'rollout.form', { versionId: v.id })));
  return card.addSection(actions).build();
}

function addFieldChanges(s: Section, fields: FieldChange[]): void {
  for (const f of fields.slice(0, 30)) {
    s.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(escapeCardText(f.field))
        .setText(escapeCardText(`${f.before || '(none)'} → ${f.after || '(none)'}`))
        .setWrapText(true),
    );
  }
}

function addLineDiff(s: Section, lines: DiffLine[]): void {
  const shown = diffHunks(lines, 1);
  const text = shown.slice(0, DIFF_LINES_SHOWN).map((d) => {
    if (d.op === 'gap') return `<i>… ${d.skipped} unchanged line(s)</i>`;
    const t = escapeCardText(d.text.trim() || ' ');
    if (d.op === 'added') return `<font color="#188038">+ ${t}</font>`;
    if (d.op === 'removed') return `<font color="#d93025">− ${t}</font>`;
    return `&nbsp;&nbsp;${t}`;
  });
  for (let i = 0; i < text.length; i += DIFF_LINES_PER_PARAGRAPH) s.addWidget(textParagraph(text.slice(i, i + DIFF_LINES_PER_PARAGRAPH).join('<br>')));
  if (shown.length > DIFF_LINES_SHOWN) s.addWidget(textParagraph(`… ${shown.length - DIFF_LINES_SHOWN} more line(s) of difference.`));
}

function restore(viewer: Viewer, w: SignatureWorld, event: AddOnEvent) {
  const v = findVersion(w, param(event, 'versionId'));
  if (!v) return notify('This version is not among your versions (the sheet may have changed): open Versions again.');
  const name = thingName(v.content, v.thingId);
  return confirmFirst(event, {
    route: 'versions.restore', params: { versionId: v.id }, subject: v.id,
    title: escapeCardText(`Restore version ${v.number} of ${name}?`),
    consequences: [
      escapeCardText(`${name} gets what version ${v.number} held (${utcWhen(v.at)}, by ${v.by || 'unknown'}). This is kept as a new version, and the audit log records it with your address.`),
      'Nothing is written to Gmail now: the next run (or Apply now on the Signatures card) writes the signatures that change. A dry run there shows how many first.',
    ],
    undo: 'Restore the version before this one from the same list: every version stays.',
    verb: `Restore version ${v.number}`,
  }, () => {
    const out = restoreVersion(w.sigs, versionStore(w), v, viewer.email, Date.now());
    if (!out.ok) return notify(`Not restored: ${out.reason}. ${out.fix}.`);
    return doneAfterConfirmation(`${capital(out.what)}. The next run (or Apply now) writes the signatures that change.`, buildThingCard(w, v.content.kind, v.thingId), 1);
  });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---- staged rollout ----

/** The audience part of the test form. */
interface AudienceDraft {
  kind: string;
  orgUnit: string;
  group: string;
  testUsers: string;
}

function audienceDraftFrom(e: AddOnEvent): AudienceDraft {
  return { kind: formValue(e, 'audienceKind') ?? 'org_unit', orgUnit: formValue(e, 'orgUnit') ?? '', group: formValue(e, 'group') ?? '', testUsers: formValue(e, 'testUsers') ?? '' };
}

/** Org units the tenant's employees are in, with every parent: the units a test can name. */
function orgUnitsOf(employees: Employee[]): string[] {
  const out = new Set<string>();
  for (const e of employees) {
    const parts = (e.orgUnitPath || '').split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) out.add(`/${parts.slice(0, i).join('/')}`);
  }
  return [...out].sort();
}

/** Groups of the tenant's own Directory, asked as the admin who clicks; the error said when it cannot be asked. */
function directoryGroups(): { groups: Array<{ email: string; name: string }>; problem: string } {
  try {
    return { groups: new AdminDirectoryPort().listGroups(), problem: '' };
  } catch (err) {
    return { groups: [], problem: errorText(err) };
  }
}

function templateOfVersion(w: SignatureWorld, v: Version | null): { v: Version; t: SignatureTemplate; html: string } | null {
  if (!v || v.content.kind !== 'template' || !v.content.template) return null;
  const t = w.sigs.templates().find((x) => x.id === v.thingId);
  return t ? { v, t, html: v.content.template.html } : null;
}

export function buildRolloutForm(w: SignatureWorld, v: Version, t: SignatureTemplate, draft: AudienceDraft, errors: FieldError[] = []): Card {
  const s = CardService.newCardSection().setHeader(escapeCardText(`Test version ${v.number} of "${t.name}" first`));
  s.addWidget(textParagraph('The employees you choose get this version at the next run (or Apply now); everyone else keeps the published one until you publish it to everyone.'));
  const kind = CardService.newSelectionInput().setType(CardService.SelectionInputType.RADIO_BUTTON).setFieldName('audienceKind').setTitle(markedTitle('Test group', errors, 'audienceKind'))
    .addItem('An org unit (and its sub-units)', 'org_unit', draft.kind === 'org_unit')
    .addItem('Members of a group', 'group', draft.kind === 'group')
    .addItem('Employees I list', 'employees', draft.kind === 'employees');
  s.addWidget(kind);
  const units = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('orgUnit').setTitle(markedTitle('Org unit', errors, 'orgUnit'));
  const offered = orgUnitsOf(w.tenant.employees());
  if (offered.length === 0) units.addItem('(no employee has an org unit yet)', '', true);
  for (const ou of offered.slice(0, 200)) units.addItem(ou, ou, ou === draft.orgUnit);
  s.addWidget(units);
  const { groups, problem } = directoryGroups();
  const pick = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('group').setTitle(markedTitle('Group', errors, 'group'));
  if (groups.length === 0) pick.addItem(problem ? '(groups could not be listed)' : '(no groups in this domain)', '', true);
  for (const g of groups.slice(0, 200)) pick.addItem(`${g.name} <${g.email}>`, g.email, g.email === draft.group);
  s.addWidget(pick);
  if (problem) s.addWidget(textParagraph(escapeCardText(`Groups could not be listed: ${problem}`)));
  s.addWidget(textField('testUsers', 'Employees (emails, separated by commas)', draft.testUsers, errors));
  s.addWidget(CardService.newButtonSet().addButton(button('Start the test', 'rollout.start', { versionId: v.id }, true)));
  const card = CardService.newCardBuilder().setName('rollout').setHeader(header('Test a version first'));
  const problems = errorsSection(errors);
  if (problems) card.addSection(problems);
  return card.addSection(s).build();
}

/** The audience a form names, every value checked against the tenant's own employees and Directory. */
function checkAudience(w: SignatureWorld, t: SignatureTemplate, d: AudienceDraft): { audience: Audience } | { errors: FieldError[] } {
  const employees = w.tenant.employees();
  let audience: Audience;
  if (d.kind === 'org_unit') {
    if (!orgUnitsOf(employees).includes(d.orgUnit)) return { errors: [{ field: 'orgUnit', label: 'Org unit', message: d.orgUnit ? `"${d.orgUnit}" is not an org unit of your employees; choose one from the list.` : 'choose an org unit from the list.' }] };
    audience = { kind: 'org_unit', orgUnitPath: d.orgUnit };
  } else if (d.kind === 'group') {
    const { groups, problem } = directoryGroups();
    if (problem) return { errors: [{ field: 'group', label: 'Group', message: `the Directory could not list groups (${problem}); try again, or list the employees instead.` }] };
    const g = groups.find((x) => emailKey(x.email) === emailKey(d.group));
    if (!g) return { errors: [{ field: 'group', label: 'Group', message: d.group ? `"${d.group}" is not a group of your domain; choose one from the list.` : 'choose a group from the list.' }] };
    try {
      audience = { kind: 'group', email: g.email, memberIds: new AdminDirectoryPort().groupMemberIds(g.email), resolvedAt: Date.now() };
    } catch (err) {
      return { errors: [{ field: 'group', label: 'Group', message: `the Directory could not list the members of ${g.email} (${errorText(err)}); try again.` }] };
    }
  } else if (d.kind === 'employees') {
    const wanted = [...new Set(d.testUsers.split(/[\s,;]+/).map(emailKey).filter(Boolean))];
    const unknown = wanted.filter((x) => !employees.some((e) => e.primaryEmail === x));
    if (wanted.length === 0) return { errors: [{ field: 'testUsers', label: 'Employees', message: 'list at least one employee’s email.' }] };
    if (wanted.length > MAX_TEST_USERS) return { errors: [{ field: 'testUsers', label: 'Employees', message: `list at most ${MAX_TEST_USERS} employees, or test on an org unit or group.` }] };
    if (unknown.length) {
      const named = `${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}`;
      return { errors: [{ field: 'testUsers', label: 'Employees', message: `${named} ${unknown.length === 1 ? 'is not an employee' : 'are not employees'} in Autograph; check the spelling or sync the directory.` }] };
    }
    audience = { kind: 'employees', emails: wanted };
  } else {
    return { errors: [{ field: 'audienceKind', label: 'Test group', message: 'choose an org unit, a group, or employees you list.' }] };
  }
  if (testReach(w, t, audience).testers === 0) {
    const whom = w.sigs.assignments().filter((a) => a.templateId === t.id).map((a) => describeTarget(a.target)).join(', ') || 'nobody';
    return { errors: [{ field: 'audienceKind', label: 'Test group', message: `nobody in ${describeAudience(audience)} gets "${t.name}" (it is assigned to ${whom}); choose a group among them.` }] };
  }
  return { audience };
}

function startTest(viewer: Viewer, w: SignatureWorld, event: AddOnEvent) {
  const found = templateOfVersion(w, findVersion(w, param(event, 'versionId')));
  if (!found) return notify('This version is not a version of one of your templates: open Versions again.');
  const draft = audienceDraftFrom(event);
  const checked = checkAudience(w, found.t, draft);
  if ('errors' in checked) return notifyAndUpdate(notSavedText(checked.errors), buildRolloutForm(w, found.v, found.t, draft, checked.errors));
  const at = Date.now();
  w.sigs.saveTemplate(withTest(found.t, { versionId: found.v.id, number: found.v.number, html: found.html, audience: checked.audience, by: viewer.email, at }));
  const reach = testReach(w, found.t, checked.audience);
  const what = `version ${found.v.number} of template "${found.t.name}" on test for ${describeAudience(checked.audience)}`;
  w.sigs.appendAudit([adminAuditEntry({ at, by: viewer.email, what, before: found.t.html, after: found.html, templateId: found.t.id })]);
  return notifyAndUpdate(
    `${capital(what)}: ${reach.testers} employee(s) get it at the next run (or Apply now); ${reach.others} keep the published version.`,
    buildThingCard(w, 'template', found.t.id),
  );
}

function publishTest(viewer: Viewer, w: SignatureWorld, event: AddOnEvent) {
  const t = w.sigs.templates().find((x) => x.id === param(event, 'id'));
  if (!t || !t.staged) return notify('No version of this template is on test now.');
  const staged = t.staged;
  const reach = testReach(w, t, staged.audience);
  return confirmFirst(event, {
    route: 'rollout.publish', params: { id: t.id }, subject: `${t.id}:${staged.versionId}`,
    title: escapeCardText(`Publish version ${staged.number} of "${t.name}" to everyone?`),
    consequences: [
      escapeCardText(`The ${reach.others} employee(s) who still have the published version get version ${staged.number} at the next run (or Apply now); the ${reach.testers} tester(s) keep it. The test ends.`),
      'This is kept as a new version of the template, and the audit log records it with your address.',
    ],
    undo: 'Restore the version before it from the template’s versions.',
    verb: `Publish version ${staged.number}`,
  }, () => {
    const at = Date.now();
    const published = publishedToEveryone(t, viewer.email, at)!;
    keepVersion(w, 'template', t.id, viewer.email, `published version ${staged.number} to everyone (tested on ${describeAudience(staged.audience)})`, () => w.sigs.saveTemplate(published));
    const what = `version ${staged.number} of template "${t.name}" published to everyone`;
    w.sigs.appendAudit([adminAuditEntry({ at, by: viewer.email, what, before: t.html, after: published.html, templateId: t.id })]);
    return doneAfterConfirmation(`${capital(what)}. The next run (or Apply now) writes it for the ${reach.others} employee(s) who do not have it yet.`, buildThingCard(w, 'template', t.id));
  });
}

function stopTest(viewer: Viewer, w: SignatureWorld, event: AddOnEvent) {
  const t = w.sigs.templates().find((x) => x.id === param(event, 'id'));
  if (!t || !t.staged) return notify('No version of this template is on test now.');
  const staged = t.staged;
  const reach = testReach(w, t, staged.audience);
  w.sigs.saveTemplate(withoutTest(t));
  const what = `test of version ${staged.number} of template "${t.name}" stopped`;
  w.sigs.appendAudit([adminAuditEntry({ at: Date.now(), by: viewer.email, what, before: staged.html, after: t.html, templateId: t.id })]);
  return notifyAndUpdate(`${capital(what)}: its ${reach.testers} tester(s) get the published version back at the next run (or Apply now).`, buildThingCard(w, 'template', t.id));
}

export const versionRoutes: Record<string, Route> = {
  'versions.list': { adminOnly: true, handler: ({ viewer }) => withWorld(viewer, (w) => pushCard(buildVersionsCard(w))) },
  'versions.thing': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const kind = param(event, 'kind');
        const id = param(event, 'id') ?? '';
        if (!isKind(kind)) return notify('Unknown kind of record: open Versions again.');
        const thingId = kind === 'assignments' ? ASSIGNMENTS_THING : id;
        // Only the tenant's own records: a thing that exists now, or one its versions name (deleted since).
        const known = kind === 'assignments' || contentKey(currentContent(w.sigs, kind, thingId)) !== 'null' || versionsOf(versionStore(w).versions().versions, kind, thingId).length > 0;
        if (!known) return notify(`No ${kind} ${id} in your records: open Versions again.`);
        return pushCard(buildThingCard(w, kind, thingId));
      }),
  },
  'versions.view': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const v = findVersion(w, param(event, 'versionId'));
        return v ? pushCard(buildVersionCard(w, v)) : notify('This version is not among your versions: open Versions again.');
      }),
  },
  'versions.restore': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => restore(viewer, w, event)) },
  'rollout.form': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const found = templateOfVersion(w, findVersion(w, param(event, 'versionId')));
        if (!found) return notify('This version is not a version of one of your templates: open Versions again.');
        return pushCard(buildRolloutForm(w, found.v, found.t, audienceDraftFrom(event)));
      }),
  },
  'rollout.start': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => startTest(viewer, w, event)) },
  'rollout.publish': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => publishTest(viewer, w, event)) },
  'rollout.stop': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => stopTest(viewer, w, event)) },
};
