/**
 * The directory-sync setup wizard in the admin sidebar: 1 Connect (admin check, tenant spreadsheet),
 * 2 Departments, 3 Which users, 4 Field mapping (every attribute the domain uses, with sample values),
 * 5 Import (with progress). Each step saves and moves on; every step can be reopened later from Sync settings.
 */
import { ActionContext, actionFor, notify, notifyAndUpdate, pushCard, refreshBelow, Route, updateCard } from './actions';
import { errorsSection, markedTitle, notSavedText, textField, type FieldError } from './form-errors';
import { button, escapeCardText, header, textParagraph, zonedWhen } from './card-kit';
import { RUN_KIND_WORDS, RUN_OUTCOME_WORDS } from '../core/directory/run-record';
import { adminStore, adminTenant, needingStore } from './admin-store';
import { formValue, formValues, param, prefixedFormValues } from './event';
import type { Viewer } from './viewer';
import { ATTRIBUTE_GROUPS, attributeGroup, AttributeInfo, attributeLabel, discoverAttributes } from '../core/directory/attributes';
import { EMPLOYEE_FIELDS } from '../core/directory/employee';
import { addCustomField, FieldMapping, MappingError, setRule, suggestedMapping } from '../core/directory/mapping';
import { describeSelection, MAX_PICKED, normalizeOrgUnitPath, UserSelection } from '../core/directory/selection';
import { buildUserQuery, describeSearch, EMPTY_SEARCH, SEARCH_FIELDS, type PlainSearch } from '../core/directory/user-search';
import { STANDARD_DEPARTMENT } from '../core/directory/departments';
import { domainOf } from '../core/tenant';
import { AdminDirectoryPort, ApiNotEnabledError, DirectoryUnavailableError, NotAdminError } from '../adapters/directory';
import { createTenantStore, type TenantStore } from '../adapters/store/tenant-store';
import { PropertyStoreFullError } from '../adapters/store/registry';
import { readRunState, runFromCard } from '../jobs/runner';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

const STEPS = ['Connect', 'Departments', 'Which users', 'Field mapping', 'Import'];
/**
 * Attributes per mapping page. Each takes two widgets (what it is, then where it goes); with the intro, the
 * page buttons and the custom-field section a page stays near 60 widgets, well under Gmail's 100 per card
 * (workspace/add-ons/reference/rpc/google.apps.card.v1 Card: "You can add up to 100 widgets per card. Any
 * widgets beyond this limit are ignored.").
 */
export const ATTRIBUTES_PER_PAGE = 25;
const PICK_PAGE = 25;

function stepHeader(step: number): GoogleAppsScript.Card_Service.CardHeader {
  return header('Set up directory sync', `Step ${step} of ${STEPS.length}: ${STEPS[step - 1]}`);
}

// --- step 1: connect ----------------------------------------------------------------------------------------

export function buildConnectCard(viewer: Viewer): Card {
  const s = CardService.newCardSection()
    .addWidget(
      textParagraph(
        `Autograph reads your Workspace directory (it never writes to it) and keeps its employees in a spreadsheet ` +
          `<b>Autograph — ${escapeCardText(viewer.domain)}</b> in your Drive, shared with your domain's super admins.`,
      ),
    )
    .addWidget(CardService.newButtonSet().addButton(button('Connect', 'dir.setup.connect', {}, true)));
  return CardService.newCardBuilder().setName('dir.connect').setHeader(stepHeader(1)).addSection(s).build();
}

function connect({ event, viewer }: ActionContext) {
  const dir = new AdminDirectoryPort();
  let me;
  try {
    me = dir.getUser(viewer.email);
  } catch (e) {
    if (e instanceof NotAdminError) return notify('Only an administrator of your domain can connect Autograph to the directory.');
    throw e;
  }
  if (!me.isAdmin && !me.isDelegatedAdmin) return notify('Only an administrator of your domain can connect Autograph to the directory.');
  const customerId = String(me.customerId ?? '');
  if (!customerId) return notify('The directory did not return your customer id. Try again in a minute.');
  const timeZone = event.commonEventObject?.timeZone?.id || Session.getScriptTimeZone();
  try {
    createTenantStore({
      customerId,
      primaryDomain: domainOf(viewer.email),
      createdBy: viewer.email,
      admins: dir.listAdminEmails(),
      timeZone,
      now: Date.now(),
    });
  } catch (err) {
    if (!(err instanceof PropertyStoreFullError)) throw err;
    // Refused before anything was created (createTenantStore reserves the registry entry first).
    const s = CardService.newCardSection().addWidget(textParagraph(escapeCardText(`Autograph could not connect ${domainOf(viewer.email)}, and created nothing in your Drive. ${err.message}`)));
    return updateCard(CardService.newCardBuilder().setName('dir.connect.full').setHeader(stepHeader(1)).addSection(s).build());
  }
  return updateCard(buildDepartmentsStepCard(viewer));
}

// --- step 2: departments ------------------------------------------------------------------------------------

export function buildDepartmentsStepCard(viewer: Viewer): Card {
  const settings = adminStore(viewer).readSettings();
  const radio = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.RADIO_BUTTON)
    .setFieldName('departmentsMode')
    .setTitle('Put newly imported employees')
    .addItem(`All into the "${STANDARD_DEPARTMENT}"`, 'standard', settings.departmentsMode === 'standard')
    .addItem('Into departments mirroring the Workspace department (created when missing)', 'mirror', settings.departmentsMode === 'mirror');
  const s = CardService.newCardSection()
    .addWidget(radio)
    .addWidget(textParagraph('Names match ignoring case and surrounding spaces: " sales" joins "Sales".'))
    .addWidget(CardService.newButtonSet().addButton(button('Next', 'dir.setup.saveDepartments', {}, true)));
  return CardService.newCardBuilder().setName('dir.departments').setHeader(stepHeader(2)).addSection(s).build();
}

function saveDepartments({ event, viewer }: ActionContext) {
  const mode = formValue(event, 'departmentsMode');
  if (mode !== 'standard' && mode !== 'mirror') return notify('Choose how to organise imported employees, then press Next.');
  const store = adminStore(viewer);
  store.writeSettings({ ...store.readSettings(), departmentsMode: mode });
  return updateCard(buildUsersStepCard(viewer));
}

// --- step 3: which users ------------------------------------------------------------------------------------

type SelectionKind = UserSelection['kind'];

const SELECTION_KINDS: ReadonlyArray<[SelectionKind, string]> = [
  ['all', 'All users'],
  ['orgUnit', 'Users of an org unit'],
  ['group', 'Members of a group'],
  ['search', 'Users a search finds (by name, department, job title or org unit)'],
  ['picked', 'Users I pick'],
];

/** What the users step shows: the chosen way and what was typed or chosen for it (kept while the admin switches). */
export interface UsersDraft {
  kind: SelectionKind;
  orgUnit: string;
  children: boolean;
  group: string;
  words: PlainSearch;
}

function draftOf(sel: UserSelection): UsersDraft {
  return {
    kind: sel.kind,
    orgUnit: sel.kind === 'orgUnit' ? normalizeOrgUnitPath(sel.path) : '/',
    children: sel.kind !== 'orgUnit' || sel.children,
    group: sel.kind === 'group' ? sel.email : '',
    words: sel.kind === 'search' && sel.words ? sel.words : EMPTY_SEARCH,
  };
}

function isKind(k: string | undefined): k is SelectionKind {
  return SELECTION_KINDS.some(([v]) => v === k);
}

/** The users step's form as a draft; inputs the card did not show keep the saved selection's values. */
function draftFromForm(event: ActionContext['event'], saved: UserSelection): UsersDraft {
  const base = draftOf(saved);
  const kind = formValue(event, 'selectionKind');
  const inputs = event.commonEventObject?.formInputs ?? {};
  // Shown inputs first; then what the kind radio carried for inputs the card did not show; then the saved selection.
  const typed = (name: string, fallback: string) => (name in inputs ? formValue(event, name) ?? '' : param(event, name) ?? fallback);
  return {
    kind: isKind(kind) ? kind : base.kind,
    orgUnit: typed('orgUnit', base.orgUnit),
    children: 'orgUnit' in inputs ? formValues(event, 'children').includes('yes') : base.children,
    group: typed('group', base.group),
    words: {
      name: typed('searchName', base.words.name),
      department: typed('searchDepartment', base.words.department),
      title: typed('searchTitle', base.words.title),
      orgUnit: typed('searchOrgUnit', base.words.orgUnit),
    },
  };
}

function orgUnitDropdown(dir: AdminDirectoryPort, name: string, title: string, current: string, wholeDomain: string): GoogleAppsScript.Card_Service.SelectionInput {
  const units = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName(name).setTitle(title);
  const at = normalizeOrgUnitPath(current || '/');
  units.addItem(wholeDomain, '/', at === '/');
  for (const ou of dir.listOrgUnits().sort((a, b) => a.orgUnitPath.localeCompare(b.orgUnitPath)).slice(0, 200)) {
    units.addItem(ou.orgUnitPath, ou.orgUnitPath, ou.orgUnitPath === at);
  }
  return units;
}

/** The draft's typed values, carried by the kind radio so switching ways loses nothing typed for another way. */
function draftParams(d: UsersDraft): Record<string, string> {
  return { orgUnit: d.orgUnit, group: d.group, searchName: d.words.name, searchDepartment: d.words.department, searchTitle: d.words.title, searchOrgUnit: d.words.orgUnit };
}

/**
 * Step 3: the ways to choose users as radio buttons, and below them only the controls of the chosen way; changing
 * the choice redraws the card (the radio's onChangeAction), keeping what was typed for the other ways.
 */
export function buildUsersStepCard(viewer: Viewer, draft?: UsersDraft, errors: readonly FieldError[] = []): Card {
  const sel = adminStore(viewer).readSettings().selection;
  const d = draft ?? draftOf(sel);
  const dir = new AdminDirectoryPort();
  const kind = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.RADIO_BUTTON)
    .setFieldName('selectionKind')
    .setTitle('Import')
    .setOnChangeAction(actionFor('dir.setup.usersKind', draftParams(d)));
  for (const [value, label] of SELECTION_KINDS) kind.addItem(label, value, d.kind === value);
  const s = CardService.newCardSection().addWidget(kind);
  const controls = CardService.newCardSection();
  switch (d.kind) {
    case 'all':
      controls.addWidget(textParagraph('Every user of your domain is imported, and users added to Workspace later join on the next sync.'));
      break;
    case 'orgUnit':
      controls
        .addWidget(orgUnitDropdown(dir, 'orgUnit', 'Org unit', d.orgUnit, '/ (whole domain)'))
        .addWidget(CardService.newSelectionInput().setType(CardService.SelectionInputType.CHECK_BOX).setFieldName('children').addItem('Include child org units', 'yes', d.children));
      break;
    case 'group': {
      const groups = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('group').setTitle(markedTitle('Group', errors, 'group'));
      const all = dir.listGroups();
      if (all.length === 0) groups.addItem('(no groups in this domain)', '', true);
      for (const g of all.slice(0, 200)) groups.addItem(`${g.name} <${g.email}>`, g.email, d.group === g.email);
      controls.addWidget(groups);
      break;
    }
    case 'search':
      controls.setHeader('Find users whose…');
      if (sel.kind === 'search' && !sel.words) controls.addWidget(textParagraph(`Saved search: ${escapeCardText(sel.query)}. Fill in the fields below to replace it.`));
      for (const f of SEARCH_FIELDS) {
        controls.addWidget(textField(`search${f.key[0].toUpperCase()}${f.key.slice(1)}`, `${f.label} has the words`, d.words[f.key], errors));
      }
      controls
        .addWidget(orgUnitDropdown(dir, 'searchOrgUnit', markedTitle('In org unit', errors, 'searchOrgUnit'), d.words.orgUnit, 'Any org unit'))
        .addWidget(textParagraph('Fill in one or more: a user must match all of them. Words match whole words in any case: "Sales" finds "Inside Sales", not "Salesforce".'));
      break;
    case 'picked':
      controls
        .addWidget(textParagraph(sel.kind === 'picked' ? `${sel.ids.length} users picked.` : 'No users picked yet.'))
        .addWidget(CardService.newButtonSet().addButton(button('Pick users…', 'dir.setup.openPick')));
      break;
  }
  const card = CardService.newCardBuilder().setName('dir.users').setHeader(stepHeader(3));
  const problems = errorsSection(errors);
  if (problems) card.addSection(problems);
  const next = CardService.newCardSection()
    .addWidget(textParagraph('Users you do not import now can be imported later at any time.'))
    .addWidget(CardService.newButtonSet().addButton(button('Next', 'dir.setup.saveUsers', {}, true)));
  return card.addSection(s).addSection(controls).addSection(next).build();
}

const SEARCH_INPUTS: Record<keyof PlainSearch, { field: string; label: string }> = {
  name: { field: 'searchName', label: 'Name' },
  department: { field: 'searchDepartment', label: 'Department' },
  title: { field: 'searchTitle', label: 'Job title' },
  orgUnit: { field: 'searchOrgUnit', label: 'In org unit' },
};

/** The selection a users draft describes, or the errors to show beside its fields. */
export function selectionFromDraft(d: UsersDraft, previous: UserSelection): UserSelection | FieldError[] {
  switch (d.kind) {
    case 'all':
      return { kind: 'all' };
    case 'orgUnit':
      return { kind: 'orgUnit', path: normalizeOrgUnitPath(d.orgUnit || '/'), children: d.children };
    case 'group':
      return d.group ? { kind: 'group', email: d.group } : [{ field: 'group', label: 'Group', message: 'Choose a group, or choose another way to select users.' }];
    case 'search': {
      const built = buildUserQuery(d.words);
      if ('query' in built) return { kind: 'search', query: built.query, words: d.words };
      return built.problems.map((p) => (p.field ? { ...SEARCH_INPUTS[p.field], message: p.message } : { field: 'searchName', label: 'Search', message: p.message }));
    }
    case 'picked':
      return previous.kind === 'picked' && previous.ids.length > 0
        ? previous
        : [{ field: 'selectionKind', label: 'Users I pick', message: 'Pick at least one user with "Pick users…", or choose another way to select users.' }];
  }
}

/**
 * Whether the directory runs the search and finds anyone, in plain words: the directory's own error text never
 * reaches the card (it names query syntax the admin never typed).
 */
function searchProblem(sel: { query: string; words?: PlainSearch }): string {
  const what = sel.words ? describeSearch(sel.words) : sel.query;
  try {
    const page = new AdminDirectoryPort().listUsersPage({ query: sel.query, maxResults: 1, fields: 'users(id)' });
    if (page.users.length > 0) return '';
    return `No user matches: ${what}. Check the spelling — the directory matches whole words — or choose another way to select users. (Users added or changed in the last day may not be found yet.)`;
  } catch (e) {
    if (e instanceof ApiNotEnabledError) return `${e.message}. ${e.fix}`;
    if (e instanceof NotAdminError) return 'Only an administrator of your domain can search the directory.';
    if (e instanceof DirectoryUnavailableError) return 'The directory did not answer just now. Press Next again in a minute.';
    return `The directory could not run the search for users whose ${what}. If you chose an org unit, it may have been renamed or removed: choose it again from the list.`;
  }
}

function saveUsers({ event, viewer }: ActionContext) {
  const store = adminStore(viewer);
  const settings = store.readSettings();
  const draft = draftFromForm(event, settings.selection);
  const sel = selectionFromDraft(draft, settings.selection);
  if (Array.isArray(sel)) return notifyAndUpdate(notSavedText(sel), buildUsersStepCard(viewer, draft, sel));
  if (sel.kind === 'search') {
    const problem = searchProblem(sel);
    if (problem) return notifyAndUpdate(`Not saved: ${problem}`, buildUsersStepCard(viewer, draft, [{ field: 'searchName', label: 'Search', message: problem }]));
  }
  store.writeSettings({ ...settings, selection: sel });
  return updateCard(buildMappingCard(viewer, 0, fitMappingOnFirstSetup(store)));
}

/**
 * Before the first import (the wizard's mapping step, or the checklist's "Import everyone"), fits a mapping no
 * admin has changed to what users hold (a website, a LinkedIn profile: core/directory/mapping.ts). Returns the
 * sample it read, for the mapping card.
 */
export function fitMappingOnFirstSetup(store: TenantStore, sample: MappingSample = readMappingSample()): MappingSample {
  if (store.readSettings().setupDone) return sample;
  const mapping = store.readMapping();
  const fitted = suggestedMapping(mapping, sample.attributes);
  if (fitted !== mapping) store.writeMapping(fitted);
  return sample;
}

export function buildPickCard(viewer: Viewer, q: string, pageToken: string): Card {
  const store = adminStore(viewer);
  const sel = store.readSettings().selection;
  const picked = new Set(sel.kind === 'picked' ? sel.ids : []);
  const page = new AdminDirectoryPort().listUsersPage({
    query: q || undefined,
    pageToken: pageToken || undefined,
    maxResults: PICK_PAGE,
    fields: 'nextPageToken,users(id,primaryEmail,name/fullName)',
  });
  const search = CardService.newCardSection()
    .addWidget(CardService.newTextInput().setFieldName('q').setTitle('Search by name or email').setValue(q))
    .addWidget(CardService.newButtonSet().addButton(button('Search', 'dir.setup.pick')));
  const list = CardService.newCardSection().setHeader(`Users (${picked.size} picked)`);
  if (page.users.length === 0) list.addWidget(textParagraph('No users match.'));
  else {
    const boxes = CardService.newSelectionInput().setType(CardService.SelectionInputType.CHECK_BOX).setFieldName('pick');
    for (const u of page.users) boxes.addItem(`${u.name?.fullName ?? ''} <${u.primaryEmail}>`, String(u.id), picked.has(String(u.id)));
    list.addWidget(boxes);
  }
  const buttons = CardService.newButtonSet().addButton(button('Add selected', 'dir.setup.addPicked', { q, pageToken, shown: page.users.map((u) => u.id).join(',') }, true));
  if (page.nextPageToken) buttons.addButton(button('Next page', 'dir.setup.pick', { q, pageToken: page.nextPageToken }));
  buttons.addButton(button('Done', 'dir.setup.usersBack'));
  list.addWidget(buttons);
  return CardService.newCardBuilder().setName('dir.pick').setHeader(stepHeader(3)).addSection(search).addSection(list).build();
}

function addPicked({ event, viewer }: ActionContext) {
  const store = adminStore(viewer);
  const settings = store.readSettings();
  const shown = new Set((param(event, 'shown') ?? '').split(',').filter(Boolean));
  const ticked = new Set(formValues(event, 'pick'));
  const before = settings.selection.kind === 'picked' ? settings.selection.ids : [];
  const ids = [...before.filter((id) => !shown.has(id) || ticked.has(id)), ...[...ticked].filter((id) => !before.includes(id))];
  if (ids.length > MAX_PICKED) {
    return notify(`You can pick up to ${MAX_PICKED} users one by one. For more, press Done and choose a group, an org unit or a search under "Import".`);
  }
  store.writeSettings({ ...settings, selection: { kind: 'picked', ids } });
  // The users step under this card counts the picked users: rebuild it too, so ← and Done show the new count.
  return refreshBelow(buildUsersStepCard(viewer), buildPickCard(viewer, param(event, 'q') ?? '', param(event, 'pageToken') ?? ''));
}

// --- step 4: field mapping ----------------------------------------------------------------------------------

function targetLabel(target: string, m: FieldMapping): string {
  if (!target) return 'Skip';
  if (target.startsWith('custom.')) return `Custom: ${m.customFields.find((c) => `custom.${c.key}` === target)?.label ?? target.slice(7)}`;
  return EMPLOYEE_FIELDS.find((f) => f.key === target)?.label ?? target;
}

function attributeDropdown(a: AttributeInfo, m: FieldMapping): GoogleAppsScript.Card_Service.SelectionInput {
  const current = m.rules.find((r) => r.attribute === a.key)?.target ?? '';
  const dd = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName(`map|${a.key}`)
    .setTitle(`${a.label} goes to`);
  dd.addItem('Skip', 'skip', current === '');
  for (const f of EMPLOYEE_FIELDS) dd.addItem(f.label, `field:${f.key}`, current === f.key);
  for (const c of m.customFields) dd.addItem(`Custom: ${c.label} (${c.type})`, `field:custom.${c.key}`, current === `custom.${c.key}`);
  dd.addItem('New custom field (text)', 'new:text', false);
  dd.addItem('New custom field (number)', 'new:number', false);
  dd.addItem('New custom field (date)', 'new:date', false);
  return dd;
}

/** Real users' attributes, for the mapping card: how many users were read and every attribute they use. */
export interface MappingSample {
  users: number;
  attributes: AttributeInfo[];
}

/** Samples come from real users: the first page of the directory, every field (orgUnitPath drives selection). */
export function readMappingSample(dir: AdminDirectoryPort = new AdminDirectoryPort()): MappingSample {
  const users = dir.listUsersPage({ full: true, maxResults: 500 }).users;
  return { users: users.length, attributes: discoverAttributes(users, dir.listSchemas()).filter((a) => a.key !== 'orgUnitPath') };
}

/**
 * Step 4: each attribute the directory uses, grouped (person, work, contact, custom) and named in plain words,
 * with values from real users beside it and where it goes. Paged at ATTRIBUTES_PER_PAGE.
 */
export function buildMappingCard(viewer: Viewer, page = 0, sample: MappingSample = readMappingSample()): Card {
  const store = adminStore(viewer);
  const mapping = store.readMapping();
  const rest = sample.attributes.filter((a) => a.key !== 'primaryEmail');
  const pages = Math.max(1, Math.ceil(rest.length / ATTRIBUTES_PER_PAGE));
  const at = Math.min(Math.max(0, page), pages - 1);
  const shown = rest.slice(at * ATTRIBUTES_PER_PAGE, (at + 1) * ATTRIBUTES_PER_PAGE);
  const card = CardService.newCardBuilder().setName('dir.mapping').setHeader(stepHeader(4));
  const intro = CardService.newCardSection().addWidget(
    textParagraph(
      `What your directory holds (read from ${sample.users} users), with their values, and where each goes in Autograph. The usual choices are made; change any, or skip it.` +
        (pages > 1 ? ` Page ${at + 1} of ${pages} (${rest.length} attributes): Next and Back keep what you chose on this page.` : ''),
    ),
  );
  if (at === 0) {
    intro.addWidget(
      CardService.newDecoratedText()
        .setTopLabel('Primary email')
        .setText('Unique id of every employee')
        .setBottomLabel('Always imported; cannot be skipped')
        .setWrapText(true),
    );
  }
  card.addSection(intro);
  for (const { group, label } of ATTRIBUTE_GROUPS) {
    const inGroup = shown.filter((a) => attributeGroup(a.key) === group);
    if (inGroup.length === 0) continue;
    const s: Section = CardService.newCardSection().setHeader(label);
    for (const a of inGroup) {
      const current = mapping.rules.find((r) => r.attribute === a.key)?.target ?? '';
      s.addWidget(
        CardService.newDecoratedText()
          .setTopLabel(escapeCardText(a.label))
          .setText(escapeCardText(a.samples.length ? a.samples.join(' · ') : 'No values yet'))
          .setBottomLabel(escapeCardText(`${a.count} of ${sample.users} users · now: ${targetLabel(current, mapping)}`))
          .setWrapText(true),
      );
      if (a.key === 'aliases') continue; // aliases identify employees; they are always read
      s.addWidget(attributeDropdown(a, mapping));
    }
    card.addSection(s);
  }
  if (shown.length === 0) card.addSection(CardService.newCardSection().addWidget(textParagraph('Your directory has no attributes besides the primary email yet.')));
  // Every button saves this page's choices first, so nothing chosen is lost by paging.
  const buttons = CardService.newButtonSet();
  if (at > 0) buttons.addButton(button('Back', 'dir.setup.saveMapping', { page: String(at - 1) }));
  if (at < pages - 1) buttons.addButton(button('Next', 'dir.setup.saveMapping', { page: String(at + 1) }));
  buttons.addButton(button('Save mapping', 'dir.setup.saveMapping', {}, true));
  card.addSection(CardService.newCardSection().addWidget(buttons));
  const own = CardService.newCardSection()
    .setHeader('Autograph-only custom fields')
    .addWidget(textParagraph(mapping.customFields.length ? mapping.customFields.map((c) => `${escapeCardText(c.label)} (${c.type})`).join(', ') : 'None yet. Admins fill these in on the employee card; syncs never touch them.'))
    .addWidget(CardService.newTextInput().setFieldName('fieldName').setTitle('New field name'));
  const type = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('fieldType').setTitle('Type');
  type.addItem('Text', 'text', true).addItem('Number', 'number', false).addItem('Date', 'date', false);
  own.addWidget(type).addWidget(CardService.newButtonSet().addButton(button('Add field', 'dir.setup.addField')));
  card.addSection(own);
  return card.build();
}

/** Applies the mapping form: returns the new mapping or a message naming the conflict. */
export function mappingFromForm(inputs: Record<string, string>, m: FieldMapping, labels: Record<string, string>): FieldMapping | string {
  let next = m;
  const byTarget = new Map<string, string>();
  for (const [attr, choice] of Object.entries(inputs)) {
    if (!choice.startsWith('field:')) continue;
    const target = choice.slice(6);
    const other = byTarget.get(target);
    if (other) {
      return `${targetLabel(target, m)} is mapped from two attributes (${other} and ${attr}). Map one of them to another field or skip it.`;
    }
    byTarget.set(target, attr);
  }
  try {
    for (const [attr, choice] of Object.entries(inputs)) {
      if (choice === 'skip') next = setRule(next, attr, '');
      else if (choice.startsWith('field:')) next = setRule(next, attr, choice.slice(6));
      else if (choice.startsWith('new:')) {
        const created = addCustomField(next, labels[attr] ?? attr, choice.slice(4) as 'text' | 'number' | 'date');
        next = setRule(created.mapping, attr, `custom.${created.field.key}`);
      }
    }
  } catch (e) {
    if (e instanceof MappingError) return e.message;
    throw e;
  }
  return next;
}

function saveMapping({ event, viewer }: ActionContext) {
  const store = adminStore(viewer);
  const inputs = prefixedFormValues(event, 'map|', 'skip');
  const labels: Record<string, string> = {};
  for (const key of Object.keys(inputs)) labels[key] = key.startsWith('customSchemas.') ? key.split('.').slice(2).join('.') : attributeLabel(key);
  const next = mappingFromForm(inputs, store.readMapping(), labels);
  if (typeof next === 'string') return notify(next);
  store.writeMapping(next);
  const page = param(event, 'page');
  if (page !== undefined && page !== '') {
    const n = Number(page);
    if (!Number.isInteger(n) || n < 0) return notify(`Mapping saved, but page "${page}" is not a page number: open Field mapping again.`);
    return updateCard(buildMappingCard(viewer, n));
  }
  const settings = store.readSettings();
  return settings.setupDone
    ? CardService.newActionResponseBuilder()
        .setNotification(CardService.newNotification().setText('Mapping saved; it applies from the next sync.'))
        .setNavigation(CardService.newNavigation().popCard())
        .build()
    : updateCard(buildImportCard(viewer));
}

function addField({ event, viewer }: ActionContext) {
  const store = adminStore(viewer);
  try {
    const { mapping, field } = addCustomField(store.readMapping(), formValue(event, 'fieldName') ?? '', (formValue(event, 'fieldType') ?? 'text') as 'text' | 'number' | 'date');
    store.writeMapping(mapping);
    return notify(`Custom field "${field.label}" added (${field.type}). Fill it in on each employee's card.`);
  } catch (e) {
    if (e instanceof MappingError) return notify(e.message);
    throw e;
  }
}

// --- step 5: import -----------------------------------------------------------------------------------------

export function buildImportCard(viewer: Viewer): Card {
  const store = adminStore(viewer);
  const settings = store.readSettings();
  const mapping = store.readMapping();
  const s = CardService.newCardSection()
    .addWidget(CardService.newDecoratedText().setTopLabel('Departments').setText(settings.departmentsMode === 'mirror' ? 'Mirror Workspace departments' : `All into "${STANDARD_DEPARTMENT}"`).setWrapText(true))
    .addWidget(CardService.newDecoratedText().setTopLabel('Users').setText(escapeCardText(describeSelection(settings.selection))).setWrapText(true))
    .addWidget(CardService.newDecoratedText().setTopLabel('Fields').setText(`${mapping.rules.filter((r) => r.target).length} attributes mapped, ${mapping.customFields.length} custom fields`).setWrapText(true))
    .addWidget(CardService.newButtonSet().addButton(button('Import now', 'dir.setup.import', {}, true)));
  return CardService.newCardBuilder().setName('dir.import').setHeader(stepHeader(5)).addSection(s).build();
}

export function buildProgressCard(viewer: Viewer, message = ''): Card {
  const tenant = adminTenant(viewer);
  const store = adminStore(viewer);
  const state = tenant ? readRunState(tenant.customerId) : null;
  const s = CardService.newCardSection();
  if (message) s.addWidget(textParagraph(escapeCardText(message)));
  if (state) {
    const p = state.progress;
    const count = p.total > 0 ? `${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')}` : `${p.done.toLocaleString('en')} so far`;
    s.addWidget(CardService.newDecoratedText().setTopLabel(`${RUN_KIND_WORDS[state.kind] ?? 'Sync'} in progress`).setText(escapeCardText(`${p.label}: ${count}`)).setBottomLabel('Continues in the background, even when you close this card: press Refresh to see progress.').setWrapText(true));
    s.addWidget(CardService.newButtonSet().addButton(button('Refresh', 'dir.progress')));
  } else {
    const last = store.readRuns(1)[0];
    if (last) {
      s.addWidget(
        CardService.newDecoratedText()
          .setTopLabel(`${RUN_KIND_WORDS[last.kind] ?? 'Last sync'} ${RUN_OUTCOME_WORDS[last.outcome] ?? last.outcome} ${zonedWhen(last.finishedAt || last.startedAt, store.tenant.timeZone)}`)
          .setText(`${last.added} added · ${last.updated} updated · ${last.left} left · ${last.failed} problems`)
          .setBottomLabel(escapeCardText(last.message || last.changes))
          .setWrapText(true),
      );
    }
    s.addWidget(CardService.newButtonSet().addButton(button('Open employees', 'emp.list')).addButton(button('Sync settings', 'sync.open')));
  }
  return CardService.newCardBuilder().setName('dir.progress').setHeader(header('Directory sync')).addSection(s).build();
}

function startImport({ viewer }: ActionContext) {
  const tenant = adminTenant(viewer);
  if (!tenant) return updateCard(buildConnectCard(viewer));
  const report = runFromCard(tenant, 'import', viewer.email);
  return updateCard(buildProgressCard(viewer, report.message));
}

/** Where "Directory sync" on the home card leads: the next setup step, or the sync settings once set up. */
export function buildDirectoryEntryCard(viewer: Viewer): Card | null {
  const tenant = adminTenant(viewer);
  if (!tenant) return buildConnectCard(viewer);
  const settings = adminStore(viewer).readSettings();
  if (!settings.setupDone && !readRunState(tenant.customerId)) return buildDepartmentsStepCard(viewer);
  return null;
}

export const setupRoutes: Record<string, Route> = needingStore({
  'dir.setup.connect': { adminOnly: true, handler: connect },
  'dir.setup.saveDepartments': { adminOnly: true, handler: saveDepartments },
  'dir.setup.departments': { adminOnly: true, handler: ({ viewer }) => pushCard(buildDepartmentsStepCard(viewer)) },
  'dir.setup.users': { adminOnly: true, handler: ({ viewer }) => pushCard(buildUsersStepCard(viewer)) },
  'dir.setup.saveUsers': { adminOnly: true, handler: saveUsers },
  'dir.setup.usersKind': {
    adminOnly: true,
    handler: ({ event, viewer }) => updateCard(buildUsersStepCard(viewer, draftFromForm(event, adminStore(viewer).readSettings().selection))),
  },
  // "Pick users…" pushes the pick card over the users step, so ← (and Done) return to the wizard, not home.
  'dir.setup.openPick': { adminOnly: true, handler: ({ viewer }) => pushCard(buildPickCard(viewer, '', '')) },
  'dir.setup.usersBack': { adminOnly: true, handler: ({ viewer }) => refreshBelow(buildUsersStepCard(viewer)) },
  'dir.setup.pick': {
    adminOnly: true,
    handler: ({ event, viewer }) => updateCard(buildPickCard(viewer, formValue(event, 'q') ?? param(event, 'q') ?? '', param(event, 'pageToken') ?? '')),
  },
  'dir.setup.addPicked': { adminOnly: true, handler: addPicked },
  'dir.setup.mapping': { adminOnly: true, handler: ({ viewer }) => pushCard(buildMappingCard(viewer)) },
  'dir.setup.saveMapping': { adminOnly: true, handler: saveMapping },
  'dir.setup.addField': { adminOnly: true, handler: addField },
  'dir.setup.import': { adminOnly: true, handler: startImport },
  'dir.progress': { adminOnly: true, handler: ({ viewer }) => updateCard(buildProgressCard(viewer)) },
});
