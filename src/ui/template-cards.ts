/**
 * Template cards (admins): the templates and who gets which (assignments), a template editor that checks the
 * template on save (each issue with line:col and the fix) and previews it for any employee with a character count,
 * and the starter templates to begin from.
 */
import { cardBudget } from '../adapters/platform-probe';
import type { Employee } from '../core/directory/employee';
import { STARTER_TEMPLATES } from '../core/signatures/starters';
import { validateTemplate, type TemplateIssue } from '../core/signatures/validate';
import { customKeysOf, placeholderCatalogue, FORMATTER_NAMES } from '../core/signatures/placeholders';
import { renderSignature } from '../core/signatures/render';
import { bannerFor, liveCampaigns } from '../core/signatures/campaigns';
import { templateResolver } from '../core/signatures/assignment';
import { describeTarget, type Assignment, type SignatureTemplate, type Target } from '../core/signatures/types';
import { actionFor, notify, notifyAndUpdate, pushCard, refreshBelow, updateCard, type Route } from './actions';
import { formValue, formValues, param, type AddOnEvent } from './event';
import { button, escapeCardText, header, textParagraph } from './card-kit';
import { previewWidgets, withWorld, type SignatureWorld } from './signature-cards';
import type { Viewer } from './viewer';
import { emailKey } from '../core/tenant';
import { assignmentReach } from '../core/signatures/reach';
import { errorsSection, markedTitle, notSavedText, type FieldError } from './form-errors';
import { confirmFirst, doneAfterConfirmation } from './confirm';
import { studioButton } from './studio-link';
import { addTargetWidgets, checkTarget, draftOfTarget, targetDraftFrom, type TargetDraft } from './target-picker';

type Card = GoogleAppsScript.Card_Service.Card;

/** Time a save may spend rendering employees for the length check (card actions end at about 30 s). */
const VALIDATION_BUDGET_MS = 15_000;

function newId(prefix: string): string {
  return `${prefix}-${Utilities.getUuid().slice(0, 8)}`;
}

// ---- list: templates and assignments ----

export function buildTemplatesCard(world: SignatureWorld, form: { draft?: AssignmentDraft; errors?: FieldError[] } = {}): Card {
  const templates = world.sigs.templates();
  const byId = new Map(templates.map((t) => [t.id, t]));
  const list = CardService.newCardSection().setHeader('Templates');
  if (templates.length === 0) list.addWidget(textParagraph('No templates yet: start from one below.'));
  for (const t of templates) {
    list.addWidget(
      CardService.newDecoratedText()
        .setText(escapeCardText(t.name))
        .setBottomLabel(`${t.aliasPolicy === 'all' ? 'every send-as address' : 'primary address only'}${t.enforce ? ' · enforced' : ''} · ${t.html.length} characters`)
        .setOnClickAction(actionFor('templates.edit', { id: t.id })),
    );
  }
  const starters = CardService.newCardSection().setHeader('Start from');
  for (const s of STARTER_TEMPLATES) {
    starters.addWidget(CardService.newDecoratedText().setText(s.name).setBottomLabel(s.description).setWrapText(true).setButton(button('Use', 'templates.edit', { starter: s.key })));
  }

  const assigned = CardService.newCardSection().setHeader('Who gets which (most specific wins)');
  const assignments = world.sigs.assignments();
  if (assignments.length === 0) assigned.addWidget(textParagraph('Nothing assigned: nobody gets a signature yet.'));
  for (const a of assignments) {
    assigned.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(a.target.kind)
        .setText(escapeCardText(`${describeTarget(a.target)} → ${byId.get(a.templateId)?.name ?? `missing template ${a.templateId}`}`))
        .setButton(button('Remove', 'assignments.delete', { id: a.id })),
    );
  }
  const card = CardService.newCardBuilder().setName('templates').setHeader(header('Templates', 'signature designs and assignments')).addSection(list);
  if (templates.length > 0) addAssignmentForm(assigned, world, form.draft ?? { target: draftOfTarget(undefined), templateId: templates[0].id }, form.errors ?? []);
  const errors = errorsSection(form.errors ?? []);
  if (errors) card.addSection(errors);
  return card.addSection(assigned).addSection(starters).build();
}

/** The assignment form being filled in: who, and which template. */
interface AssignmentDraft {
  target: TargetDraft;
  templateId: string;
}

function assignmentDraftFrom(world: SignatureWorld, e: AddOnEvent): AssignmentDraft {
  return { target: targetDraftFrom(e, undefined), templateId: formValue(e, 'templateId') ?? world.sigs.templates()[0]?.id ?? '' };
}

/** The target, template and "reaches N employees" (the run's own resolution) above the Assign button. */
function addAssignmentForm(section: GoogleAppsScript.Card_Service.CardSection, world: SignatureWorld, draft: AssignmentDraft, errors: FieldError[]): void {
  addTargetWidgets(section, world, draft.target, { route: 'assignments.form', params: {}, title: 'Assign to' }, errors);
  const pick = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setTitle(markedTitle('Template', errors, 'templateId')).setFieldName('templateId');
  const templates = world.sigs.templates();
  const chosen = templates.some((t) => t.id === draft.templateId) ? draft.templateId : templates[0].id;
  for (const t of templates) pick.addItem(t.name, t.id, t.id === chosen);
  section.addWidget(pick);
  const checked = checkAssignment(world, draft, '');
  if ('assignment' in checked) section.addWidget(textParagraph(escapeCardText(reachText(world, checked.assignment))));
  section.addWidget(CardService.newButtonSet().addButton(button('Assign', 'assignments.add', {}, true)));
}

/** The assignment a form names, every value checked against the store; each problem names its field. */
function checkAssignment(world: SignatureWorld, draft: AssignmentDraft, by: string): { assignment: Assignment } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const target = checkTarget(world, draft.target);
  if ('error' in target) errors.push(target.error);
  if (!world.sigs.templates().some((t) => t.id === draft.templateId)) errors.push({ field: 'templateId', label: 'Template', message: 'choose one of your templates from the list.' });
  if (errors.length > 0 || !('target' in target)) return { errors };
  const same = world.sigs.assignments().find((a) => JSON.stringify(a.target) === JSON.stringify(target.target));
  return { assignment: { id: same?.id ?? 'new-assignment', target: target.target, templateId: draft.templateId, updatedAt: Date.now(), updatedBy: by } };
}

function reachText(world: SignatureWorld, a: Assignment): string {
  const r = assignmentReach(a, world.sigs.assignments(), world.tenant.employees());
  const people = (n: number) => `${n.toLocaleString('en')} employee${n === 1 ? '' : 's'}`;
  return `Reaches ${people(r.reaches)}` + (r.overridden ? `; ${people(r.overridden)} more match but a more specific or newer rule gives them another template.` : '.');
}

// ---- editor ----

/** The template being edited: what the editor's form holds. */
type Draft = Pick<SignatureTemplate, 'id' | 'name' | 'html' | 'aliasPolicy' | 'enforce'>;

function draftFrom(world: SignatureWorld, e: AddOnEvent): Draft {
  const id = param(e, 'id') ?? '';
  const starter = STARTER_TEMPLATES.find((s) => s.key === param(e, 'starter'));
  const saved = world.sigs.templates().find((t) => t.id === id);
  const base: Draft = saved
    ? { id: saved.id, name: saved.name, html: saved.html, aliasPolicy: saved.aliasPolicy, enforce: saved.enforce }
    : { id: '', name: starter?.name ?? 'New template', html: starter?.html ?? '', aliasPolicy: starter?.aliasPolicy ?? 'primary', enforce: false };
  const inputs = e.commonEventObject?.formInputs ?? {};
  if (!('html' in inputs)) return base;
  return {
    id: base.id,
    name: formValue(e, 'name') ?? base.name,
    html: formValue(e, 'html') ?? '',
    aliasPolicy: formValue(e, 'aliasPolicy') === 'all' ? 'all' : 'primary',
    enforce: formValues(e, 'enforce').includes('on'),
  };
}

function previewEmployee(world: SignatureWorld, e: AddOnEvent, employees: Employee[]): Employee | null {
  const wanted = emailKey(formValue(e, 'previewEmail') ?? '');
  return (wanted ? employees.find((x) => x.primaryEmail === wanted) : undefined) ?? employees[0] ?? null;
}

export function buildTemplateEditor(world: SignatureWorld, draft: Draft, opts: { issues?: TemplateIssue[]; preview?: Employee | null; note?: string } = {}): Card {
  const params: Record<string, string> = draft.id ? { id: draft.id } : {};
  const form = CardService.newCardSection()
    .addWidget(CardService.newTextInput().setFieldName('name').setTitle('Name').setValue(draft.name))
    .addWidget(CardService.newTextInput().setFieldName('html').setTitle('Template (HTML with {{placeholders}})').setMultiline(true).setValue(draft.html))
    .addWidget(
      CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('aliasPolicy').setTitle('Addresses')
        .addItem('Primary address only', 'primary', draft.aliasPolicy === 'primary').addItem('Every send-as alias too (service account)', 'all', draft.aliasPolicy === 'all'),
    )
    .addWidget(
      CardService.newSelectionInput().setType(CardService.SelectionInputType.CHECK_BOX).setFieldName('enforce').setTitle('Employees’ own edits in Gmail')
        .addItem('Enforce: re-apply nightly over edits', 'on', draft.enforce),
    )
    .addWidget(CardService.newTextInput().setFieldName('previewEmail').setTitle('Preview for (email)').setValue(opts.preview?.primaryEmail ?? ''))
    .addWidget(CardService.newButtonSet().addButton(button('Save', 'templates.save', params, true)).addButton(button('Preview', 'templates.preview', params)));
  if (draft.id) form.addWidget(CardService.newButtonSet().addButton(button('Delete template', 'templates.delete', params)));
  const studio = studioButton(draft.id);
  if (studio) form.addWidget(studio);
  const card = CardService.newCardBuilder().setName('template-editor').setHeader(header(draft.id ? `Edit ${escapeCardText(draft.name)}` : 'New template'));
  if (opts.note || (opts.issues && opts.issues.length > 0)) {
    const s = CardService.newCardSection().setHeader(opts.issues?.length ? `${opts.issues.length} issue(s)` : 'Saved');
    if (opts.note) s.addWidget(textParagraph(escapeCardText(opts.note)));
    for (const i of (opts.issues ?? []).slice(0, 40)) {
      s.addWidget(
        CardService.newDecoratedText()
          .setTopLabel(`${i.severity === 'error' ? 'Error' : 'Warning'} · line ${i.line}, column ${i.col}`)
          .setText(escapeCardText(i.message))
          .setBottomLabel(`Fix: ${escapeCardText(i.fix)}`)
          .setWrapText(true),
      );
    }
    card.addSection(s);
  }
  card.addSection(form);
  if (opts.preview) {
    const world2 = world;
    const live = liveCampaigns(world2.sigs.campaigns(), Date.now());
    const r = renderSignature(draft.html, opts.preview, { banner: bannerFor(opts.preview, live, world2.sigs.departmentBanners()).banner, at: Date.now(), timeZone: world2.sigs.settings().timeZone });
    const section = CardService.newCardSection().setHeader(`Preview for ${escapeCardText(opts.preview.primaryEmail)}`);
    // A refused rendering is never shown: the card says why instead (an over-long one is shown, with its count).
    if (r.refusal && r.refusal.kind !== 'too_long') card.addSection(section.addWidget(textParagraph(`<font color="#d93025">Not shown: ${escapeCardText(r.refusal.reason)}</font><br>${escapeCardText(r.refusal.fix)}`)));
    else card.addSection(previewWidgets(section, r.html, r.length));
  }
  const keys = customFieldKeys(world, world.tenant.employees());
  card.addSection(
    CardService.newCardSection().setHeader('Placeholders').setCollapsible(true).setNumUncollapsibleWidgets(0)
      .addWidget(textParagraph(escapeCardText(placeholderCatalogue(keys).map((p) => `{{${p.name}}}`).join(' '))))
      .addWidget(textParagraph(escapeCardText(`Blocks hidden when empty: {{#title}}…{{/title}}. Formatting: ${FORMATTER_NAMES.map((n) => `{{#${n}}}…{{/${n}}}`).join(' ')}. Links: https, mailto, tel. Images: https only.`))),
  );
  return card.build();
}

/** Custom fields the tenant defined in its field mapping, plus any an employee carries. */
function customFieldKeys(world: SignatureWorld, employees: Employee[]): string[] {
  const defined = world.tenant.readMapping().customFields.map((f) => f.key);
  return [...new Set([...defined, ...customKeysOf(employees)])];
}

function saveTemplate(viewer: Viewer, world: SignatureWorld, e: AddOnEvent) {
  const started = Date.now();
  const draft = draftFrom(world, e);
  if (!draft.name.trim()) return notify('Name: give the template a name.');
  const employees = world.tenant.employees().filter((x) => x.syncOn && x.reason === '');
  const live = liveCampaigns(world.sigs.campaigns(), Date.now());
  const banners = world.sigs.departmentBanners();
  const result = validateTemplate({
    html: draft.html,
    customFieldKeys: customFieldKeys(world, employees),
    employees,
    bannerFor: (x) => bannerFor(x, live, banners).banner,
    at: Date.now(),
    timeZone: world.sigs.settings().timeZone,
    outOfTime: () => Date.now() - started > cardBudget(VALIDATION_BUDGET_MS),
  });
  const preview = previewEmployee(world, e, employees);
  if (!result.ok) return notifyAndUpdate('Not saved: fix the errors listed.', buildTemplateEditor(world, draft, { issues: result.issues, preview }));
  const t: SignatureTemplate = { id: draft.id || newId('tpl'), name: draft.name.trim(), html: draft.html, aliasPolicy: draft.aliasPolicy, enforce: draft.enforce, updatedAt: Date.now(), updatedBy: viewer.email };
  world.sigs.saveTemplate(t);
  const longest = result.longest ? ` Longest rendering: ${result.longest.length} characters (${result.longest.email}).` : '';
  const toast = savedToast(t, world.sigs.assignments(), employees, world.tenant.tenant.autoSync);
  // The editor stays; the list under it (which pushed it) is rebuilt so ← shows the template just saved.
  return refreshBelow(buildTemplatesCard(world), buildTemplateEditor(world, { ...draft, id: t.id }, { issues: result.issues, preview, note: `${toast}${longest}` }), toast);
}

/**
 * What saving a template means for Gmail, said from the assignments as they are: assigned to nobody (and how to
 * assign it), assigned but reaching no employee, or how many it reaches and what writes it (the nightly run only
 * when automatic sync is on).
 */
export function savedToast(t: SignatureTemplate, assignments: Assignment[], employees: Employee[], autoSync: boolean): string {
  const mine = assignments.filter((a) => a.templateId === t.id);
  if (mine.length === 0) {
    return 'Template saved. It is assigned to nobody yet, so nothing is written to Gmail: open Templates (← Back) and use "Assign to" under "Who gets which".';
  }
  const resolve = templateResolver(assignments);
  const reach = employees.filter((e) => resolve(e)?.value === t.id).length;
  const whom = mine.map((a) => describeTarget(a.target)).join(', ');
  if (reach === 0) return `Template saved. It is assigned to ${whom}, which reaches no employee now (a more specific rule wins, or nobody matches): nothing is written to Gmail.`;
  const when = autoSync ? 'The nightly run writes it to Gmail, or press Apply now on the Signatures card.' : 'Automatic sync is off: press Apply now on the Signatures card to write it to Gmail.';
  return `Template saved. It applies to ${reach} employee${reach === 1 ? '' : 's'} (${whom}). ${when}`;
}

export const templateRoutes: Record<string, Route> = {
  'templates.list': { adminOnly: true, handler: ({ viewer }) => withWorld(viewer, (w) => pushCard(buildTemplatesCard(w))) },
  'templates.edit': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => pushCard(buildTemplateEditor(w, draftFrom(w, event)))) },
  'templates.preview': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const employees = w.tenant.employees();
        const preview = previewEmployee(w, event, employees);
        if (!preview) return notify('No employees yet: sync the directory to preview with real data.');
        const draft = draftFrom(w, event);
        const check = validateTemplate({ html: draft.html, customFieldKeys: customFieldKeys(w, employees), employees: [preview], at: Date.now(), timeZone: w.sigs.settings().timeZone });
        return updateCard(buildTemplateEditor(w, draft, { preview, issues: check.issues }));
      }),
  },
  'templates.save': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => saveTemplate(viewer, w, event)) },
  'templates.delete': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const id = param(event, 'id') ?? '';
        const t = w.sigs.templates().find((x) => x.id === id);
        if (!t) return notify('This template no longer exists.');
        const users = w.sigs.assignments().filter((a) => a.templateId === id);
        if (users.length > 0) return notify(`The template is assigned (${users.map((a) => describeTarget(a.target)).join(', ')}): remove those assignments first.`);
        return confirmFirst(event, {
          route: 'templates.delete', params: { id }, subject: id,
          title: `Delete the template ${escapeCardText(t.name)}?`,
          consequences: [
            `The template "${escapeCardText(t.name)}" (${t.html.length} characters) is deleted from Autograph.`,
            'Nothing is assigned to it, so no signature changes: signatures already in Gmail stay as they are.',
          ],
          undo: 'A deleted template cannot be restored: copy its HTML from the editor first if you may need it again.',
          verb: `Delete ${t.name}`,
        }, () => {
          w.sigs.deleteTemplate(id);
          return doneAfterConfirmation(`Template "${t.name}" deleted.`, buildTemplatesCard(w), 1);
        });
      }),
  },
  'assignments.form': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => updateCard(buildTemplatesCard(w, { draft: assignmentDraftFrom(w, event) }))) },
  'assignments.add': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const draft = assignmentDraftFrom(w, event);
        const checked = checkAssignment(w, draft, viewer.email);
        if ('errors' in checked) return notifyAndUpdate(notSavedText(checked.errors), buildTemplatesCard(w, { draft, errors: checked.errors }));
        const reach = reachText(w, checked.assignment);
        const a: Assignment = { ...checked.assignment, id: checked.assignment.id === 'new-assignment' ? newId('asg') : checked.assignment.id };
        w.sigs.saveAssignment(a);
        return notifyAndUpdate(`Assigned to ${describeTarget(a.target)}. ${reach}`, buildTemplatesCard(w));
      }),
  },
  'assignments.delete': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        w.sigs.deleteAssignment(param(event, 'id') ?? '');
        return notifyAndUpdate('Assignment removed.', buildTemplatesCard(w));
      }),
  },
};
