/**
 * The directory-sync setup wizard in the admin sidebar: 1 Connect (admin check, tenant spreadsheet),
 * 2 Departments, 3 Which users, 4 Field mapping (every attribute the domain uses, with sample values),
 * 5 Import (with progress). Each step saves and moves on; every step can be reopened later from Sync settings.
 */
import { ActionContext, notify, pushCard, refreshBelow, Route, updateCard } from './actions';
import { button, escapeCardText, header, textParagraph } from './card-kit';
import { adminStore, adminTenant, needingStore } from './admin-store';
import { formValue, formValues, param, prefixedFormValues } from './event';
import type { Viewer } from './viewer';
import { AttributeInfo, attributeLabel, discoverAttributes } from '../core/directory/attributes';
import { EMPLOYEE_FIELDS } from '../core/directory/employee';
import { addCustomField, FieldMapping, MappingError, setRule } from '../core/directory/mapping';
import { describeSelection, MAX_PICKED, normalizeOrgUnitPath, UserSelection } from '../core/directory/selection';
import { STANDARD_DEPARTMENT } from '../core/directory/departments';
import { domainOf } from '../core/tenant';
import { AdminDirectoryPort, NotAdminError } from '../adapters/directory';
import { createTenantStore } from '../adapters/store/tenant-store';
import { PropertyStoreFullError } from '../adapters/store/registry';
import { readRunState, runFromCard } from '../jobs/runner';
import { errorText } from '../core/error-text';

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

export function buildUsersStepCard(viewer: Viewer): Card {
  const store = adminStore(viewer);
  const sel = store.readSettings().selection;
  const dir = new AdminDirectoryPort();
  const kind = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.RADIO_BUTTON)
    .setFieldName('selectionKind')
    .setTitle('Import')
    .addItem('All users', 'all', sel.kind === 'all')
    .addItem('Users of an org unit', 'orgUnit', sel.kind === 'orgUnit')
    .addItem('Members of a group', 'group', sel.kind === 'group')
    .addItem('Users a directory search finds', 'search', sel.kind === 'search')
    .addItem('Users I pick', 'picked', sel.kind === 'picked');
  const units = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('orgUnit').setTitle('Org unit');
  const currentOu = sel.kind === 'orgUnit' ? normalizeOrgUnitPath(sel.path) : '/';
  units.addItem('/ (whole domain)', '/', currentOu === '/');
  for (const ou of dir.listOrgUnits().sort((a, b) => a.orgUnitPath.localeCompare(b.orgUnitPath)).slice(0, 200)) {
    units.addItem(ou.orgUnitPath, ou.orgUnitPath, ou.orgUnitPath === currentOu);
  }
  const children = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.CHECK_BOX)
    .setFieldName('children')
    .addItem('Include child org units', 'yes', sel.kind !== 'orgUnit' || sel.children);
  const groups = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('group').setTitle('Group');
  const allGroups = dir.listGroups();
  if (allGroups.length === 0) groups.addItem('(no groups in this domain)', '', true);
  for (const g of allGroups.slice(0, 200)) groups.addItem(`${g.name} <${g.email}>`, g.email, sel.kind === 'group' && sel.email === g.email);
  const query = CardService.newTextInput()
    .setFieldName('query')
    .setTitle('Directory search')
    .setHint("e.g. orgDepartment='Sales' or orgUnitPath='/EMEA'")
    .setValue(sel.kind === 'search' ? sel.query : '');
  const s = CardService.newCardSection()
    .addWidget(kind)
    .addWidget(units)
    .addWidget(children)
    .addWidget(groups)
    .addWidget(query)
    .addWidget(textParagraph(sel.kind === 'picked' ? `${sel.ids.length} users picked.` : 'Users you do not import now can be imported later at any time.'))
    .addWidget(
      CardService.newButtonSet()
        .addButton(button('Pick users…', 'dir.setup.openPick'))
        .addButton(button('Next', 'dir.setup.saveUsers', {}, true)),
    );
  return CardService.newCardBuilder().setName('dir.users').setHeader(stepHeader(3)).addSection(s).build();
}

/** The selection the users step's form describes, or an actionable message. */
export function selectionFromForm(event: ActionContext['event'], previous: UserSelection): UserSelection | string {
  const kind = formValue(event, 'selectionKind') ?? 'all';
  switch (kind) {
    case 'all':
      return { kind: 'all' };
    case 'orgUnit':
      return { kind: 'orgUnit', path: normalizeOrgUnitPath(formValue(event, 'orgUnit') ?? '/'), children: formValues(event, 'children').includes('yes') };
    case 'group': {
      const email = formValue(event, 'group') ?? '';
      return email ? { kind: 'group', email } : 'Choose a group, or choose another way to select users.';
    }
    case 'search': {
      const query = (formValue(event, 'query') ?? '').trim();
      return query ? { kind: 'search', query } : "Type a directory search such as orgDepartment='Sales', or choose another way to select users.";
    }
    case 'picked':
      return previous.kind === 'picked' && previous.ids.length > 0 ? previous : 'Pick at least one user with "Pick users…", or choose another way to select users.';
    default:
      return `Unknown selection "${kind}".`;
  }
}

function saveUsers({ event, viewer }: ActionContext) {
  const store = adminStore(viewer);
  const settings = store.readSettings();
  const sel = selectionFromForm(event, settings.selection);
  if (typeof sel === 'string') return notify(sel);
  if (sel.kind === 'search') {
    try {
      new AdminDirectoryPort().listUsersPage({ query: sel.query, maxResults: 1, fields: 'users(id)' });
    } catch (e) {
      return notify(`The directory did not accept the search "${sel.query}": ${errorText(e)}`);
    }
  }
  store.writeSettings({ ...settings, selection: sel });
  return updateCard(buildMappingCard(viewer));
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
    return notify(`You can pick up to ${MAX_PICKED} users one by one. For more, select a group, an org unit or a directory search.`);
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
    .setTitle(`${a.label} → `);
  dd.addItem('Skip', 'skip', current === '');
  for (const f of EMPLOYEE_FIELDS) dd.addItem(f.label, `field:${f.key}`, current === f.key);
  for (const c of m.customFields) dd.addItem(`Custom: ${c.label} (${c.type})`, `field:custom.${c.key}`, current === `custom.${c.key}`);
  dd.addItem('New custom field (text)', 'new:text', false);
  dd.addItem('New custom field (number)', 'new:number', false);
  dd.addItem('New custom field (date)', 'new:date', false);
  return dd;
}

export function buildMappingCard(viewer: Viewer, page = 0): Card {
  const store = adminStore(viewer);
  const mapping = store.readMapping();
  const dir = new AdminDirectoryPort();
  const schemas = dir.listSchemas();
  // Sample values come from real users: the first page of the directory, every field.
  const sample = dir.listUsersPage({ full: true, maxResults: 500 }).users;
  const attrs = discoverAttributes(sample, schemas).filter((a) => a.key !== 'orgUnitPath');
  const rest = attrs.filter((a) => a.key !== 'primaryEmail');
  const pages = Math.max(1, Math.ceil(rest.length / ATTRIBUTES_PER_PAGE));
  const at = Math.min(Math.max(0, page), pages - 1);
  const shown = rest.slice(at * ATTRIBUTES_PER_PAGE, (at + 1) * ATTRIBUTES_PER_PAGE);
  const card = CardService.newCardBuilder().setName('dir.mapping').setHeader(stepHeader(4));
  const intro = CardService.newCardSection().addWidget(
    textParagraph(
      `Every attribute your directory uses (from ${sample.length} users), with sample values. Map each to an Autograph field, to a new custom field, or skip it.` +
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
  const s: Section = CardService.newCardSection().setHeader(pages > 1 ? `Attributes ${at * ATTRIBUTES_PER_PAGE + 1}–${at * ATTRIBUTES_PER_PAGE + shown.length}` : 'Attributes');
  for (const a of shown) {
    const current = mapping.rules.find((r) => r.attribute === a.key)?.target ?? '';
    s.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(escapeCardText(a.key))
        .setText(escapeCardText(a.label))
        .setBottomLabel(escapeCardText(a.samples.length ? `e.g. ${a.samples.join(' · ')} (${a.count} users) · now: ${targetLabel(current, mapping)}` : `no values yet · now: ${targetLabel(current, mapping)}`))
        .setWrapText(true),
    );
    if (a.key === 'aliases') continue; // aliases identify employees; they are always read
    s.addWidget(attributeDropdown(a, mapping));
  }
  if (shown.length === 0) s.addWidget(textParagraph('Your directory has no attributes besides the primary email yet.'));
  card.addSection(s);
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
    s.addWidget(CardService.newDecoratedText().setTopLabel(`Sync in progress (${state.kind})`).setText(escapeCardText(`${p.label}: ${count}`)).setBottomLabel('Continues in the background, even when you close this card: press Refresh to see progress.').setWrapText(true));
    s.addWidget(CardService.newButtonSet().addButton(button('Refresh', 'dir.progress')));
  } else {
    const last = store.readRuns(1)[0];
    if (last) {
      s.addWidget(
        CardService.newDecoratedText()
          .setTopLabel(`Last sync (${last.kind}): ${last.outcome}`)
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
