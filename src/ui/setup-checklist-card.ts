/**
 * The setup checklist on the admin home (until every step is done): what the store says about each step
 * (core/setup-checklist.ts decides), the one button that does the next step with Autograph's defaults, and the way
 * to the full card for anyone who wants to choose. Each action here does its step and returns the toast, which
 * states only what it read back afterwards; home.ts shows the home card again with it.
 */
import { setupChecklist, type SetupFacts, type SetupStep } from '../core/setup-checklist';
import { STARTER_TEMPLATES } from '../core/signatures/starters';
import { validateTemplate } from '../core/signatures/validate';
import { assignmentReach } from '../core/signatures/reach';
import { adminConsoleScopeList, DELEGATION_SCOPES } from '../core/delegation/scopes';
import { LINKAGE_LABELS } from '../core/delegation/linkage';
import { domainOf } from '../core/tenant';
import { AdminDirectoryPort } from '../adapters/directory';
import { createTenantStore, StoreUnavailableError, type TenantStore } from '../adapters/store/tenant-store';
import { SheetSignatureStore } from '../adapters/signature-store';
import { activeConnection, CARD_CHECK_BUDGET_MS, checkLinkage, SheetLinkageStore } from '../adapters/service-account/connection';
import { cardBudget } from '../adapters/platform-probe';
import { queueApplyRequest } from '../jobs/signature-stage';
import { readRunState, runFromCard } from '../jobs/runner';
import { tenantStates } from './signature-states';
import { applyEveryoneToast, describeCounts } from './signature-cards';
import { adminStore, adminTenant } from './admin-store';
import { button, escapeCardText, textParagraph } from './card-kit';
import type { ActionContext } from './actions';
import type { Viewer } from './viewer';
import { fitMappingOnFirstSetup } from './setup-cards';

type Section = GoogleAppsScript.Card_Service.CardSection;

/** The starters the checklist offers as one-click templates (the Templates card lists them all). */
const QUICK_STARTERS = ['classic', 'compact'];

/** What the store holds for the checklist; null when the store cannot be opened (home shows that problem). */
export function readSetupFacts(viewer: Viewer): { facts: SetupFacts; store: TenantStore | null } | null {
  let tenant;
  try {
    tenant = adminTenant(viewer);
  } catch (err) {
    if (err instanceof StoreUnavailableError) return null;
    throw err;
  }
  const none: SetupFacts = { employees: null, importRunning: false, reachedOk: 0, reachedNotOk: 0, connected: false, templates: 0, counts: null };
  if (!tenant) return { facts: none, store: null };
  let store: TenantStore;
  try {
    store = adminStore(viewer);
  } catch (err) {
    if (err instanceof StoreUnavailableError) return null;
    throw err;
  }
  const sigs = new SheetSignatureStore(store.spreadsheet);
  // Counts and delegation statuses only: the home card shows no label or reason of anyone's state.
  const states = tenantStates(store, sigs, undefined, undefined, 'counts');
  const evidence = [...states.delegation.values()];
  const run = readRunState(tenant.customerId);
  return {
    store,
    facts: {
      employees: states.employees.length,
      importRunning: run !== null && run.kind === 'import',
      reachedOk: evidence.filter((d) => d.status === 'ok').length,
      reachedNotOk: evidence.filter((d) => d.status !== 'ok').length,
      connected: states.connected,
      templates: sigs.templates().length,
      counts: states.counts,
    },
  };
}

// ---- the card ----------------------------------------------------------------------------------------------------

function stepWidget(step: SetupStep, n: number): GoogleAppsScript.Card_Service.DecoratedText {
  const mark = step.done ? '<font color="#188038">✓ Done</font>' : '<b>To do</b>';
  return CardService.newDecoratedText().setTopLabel(`Step ${n} of 5`).setText(`${mark} · ${escapeCardText(step.title)}`).setBottomLabel(escapeCardText(step.status)).setWrapText(true);
}

/** The connection step's content: the client id and scopes whole (wrapping, selectable) and Check beside them. */
function connectionWidgets(s: Section, store: TenantStore | null, next: boolean): void {
  if (!store) return;
  let clientId = '';
  try {
    clientId = activeConnection(store)?.key.clientId ?? '';
  } catch {
    // A key that cannot be read: the Connection card says why; the checklist offers it below.
  }
  if (clientId) {
    s.addWidget(textParagraph('In admin.google.com › Security › Access and data control › API controls › Manage domain-wide delegation › Add new, paste:'));
    s.addWidget(CardService.newDecoratedText().setTopLabel('Client ID').setText(escapeCardText(clientId)).setWrapText(true));
    // A paragraph, not a decorated text: the scope list has no spaces, and Google does not say that setWrapText
    // breaks inside a word, so the whole string must stay visible to be copied.
    s.addWidget(textParagraph(`OAuth scopes (comma-delimited):<br>${escapeCardText(adminConsoleScopeList(DELEGATION_SCOPES))}`));
  }
  s.addWidget(CardService.newButtonSet().addButton(button('Check', 'checklist.check', {}, next)).addButton(button('Other ways to connect', 'connection.open')));
}

/** What a step still to do offers: the button that does it with the defaults (filled for the next step), and the way to the full card. */
function stepButtons(s: Section, key: SetupStep['key'], next: boolean, store: TenantStore | null): void {
  switch (key) {
    case 'directory':
      // A store made by the wizard keeps the admin's choices, and the import uses them: say which applies.
      if (next) s.addWidget(textParagraph(store ? 'Imports the users chosen in Directory sync, with the settings saved there.' : 'Imports every active user, each into the standard department, with the usual fields. You can change this later in Directory sync.'));
      s.addWidget(CardService.newButtonSet().addButton(button('Import everyone', 'checklist.import', {}, next)).addButton(button('Choose who and how', 'dir.home')));
      return;
    case 'connection':
      connectionWidgets(s, store, next);
      return;
    case 'template': {
      const quick = STARTER_TEMPLATES.filter((x) => QUICK_STARTERS.includes(x.key));
      const buttons = CardService.newButtonSet();
      quick.forEach((st, i) => buttons.addButton(button(`Use ${st.name}`, 'checklist.template', { starter: st.key }, next && i === 0)));
      if (next) s.addWidget(textParagraph(quick.map((x) => `<b>${x.name}</b>: ${escapeCardText(x.description)}`).join('<br>')));
      s.addWidget(buttons.addButton(button('More designs', 'templates.list')));
      return;
    }
    case 'assignment': {
      const t = store ? new SheetSignatureStore(store.spreadsheet).templates()[0] : undefined;
      const buttons = CardService.newButtonSet();
      if (t) buttons.addButton(button(`Give ${t.name} to everyone`, 'checklist.assign', { templateId: t.id }, next));
      s.addWidget(buttons.addButton(button('Choose who', 'templates.list')));
      return;
    }
    case 'push':
      s.addWidget(CardService.newButtonSet().addButton(button('Write signatures now', 'checklist.push', {}, next)).addButton(button('Signatures', 'signatures.open')));
      return;
  }
}

/** The checklist sections of the home card, or null once setup is done (home then shows its menu). */
export function checklistSections(viewer: Viewer): { sections: Section[]; done: boolean; statusLine: string } | null {
  const read = readSetupFacts(viewer);
  if (!read) return null;
  const list = setupChecklist(read.facts);
  if (list.done) return { sections: [], done: true, statusLine: read.facts.counts ? `Signatures: ${describeCounts(read.facts.counts)}.` : '' };
  const done = list.steps.filter((s) => s.done).length;
  const s = CardService.newCardSection().setHeader(`Get started: ${done} of ${list.steps.length} steps done`);
  list.steps.forEach((step, i) => {
    s.addWidget(stepWidget(step, i + 1));
    // Steps need what earlier ones made (a store for all but the import): offer them once it exists.
    if (!step.done && (step.key === 'directory' || read.store)) stepButtons(s, step.key, step.key === list.next, read.store);
  });
  return { sections: [s], done: false, statusLine: '' };
}

// ---- the steps' actions (each returns its toast) -----------------------------------------------------------------

/** Step 1 with the defaults: connect the domain (its store) if needed, then import everyone. */
export function importWithDefaults({ event, viewer }: ActionContext): string {
  let tenant = adminTenant(viewer);
  if (!tenant) {
    const me = new AdminDirectoryPort().getUser(viewer.email);
    const customerId = String(me.customerId ?? '');
    if (!customerId) return 'The directory did not return your customer id: nothing was imported. Try again in a minute.';
    createTenantStore({
      customerId,
      primaryDomain: domainOf(viewer.email),
      createdBy: viewer.email,
      admins: new AdminDirectoryPort().listAdminEmails(),
      timeZone: event.commonEventObject?.timeZone?.id || Session.getScriptTimeZone(),
      now: Date.now(),
    });
    tenant = adminTenant(viewer)!;
  }
  // The defaults the wizard would show: a website and a LinkedIn profile mapped when users have them.
  fitMappingOnFirstSetup(adminStore(viewer));
  const report = runFromCard(tenant, 'import', viewer.email);
  const n = adminStore(viewer).employeeSummaries().length;
  if (report.outcome === 'done') return `Imported: ${n} employee${n === 1 ? ' is' : 's are'} in Autograph.`;
  if (report.outcome === 'more') return `The import continues in the background (${n} employees so far); this list shows the step done once it ends.`;
  return report.message;
}

/** Step 2: asks Google for a token as the admin and reads one setting back (the Connection check). */
export function checkConnection({ viewer }: ActionContext): string {
  const store = adminStore(viewer);
  let conn;
  try {
    conn = activeConnection(store);
  } catch (err) {
    return `Not checked: ${(err as Error).message}`;
  }
  if (!conn) return 'No service account is set up: open "Other ways to connect".';
  const linkage = new SheetLinkageStore(store);
  checkLinkage(store, conn, [viewer.email], cardBudget(CARD_CHECK_BUDGET_MS), linkage);
  const rec = linkage.readAll(store.customerId).find((r) => r.email === viewer.email);
  if (!rec) return 'Not checked: the check ran out of time. Press Check again.';
  if (rec.status === 'ok') return `Connected: Autograph reached ${viewer.email}'s Gmail.`;
  // The checklist shows the values to paste beside Check; other answers (a key problem…) carry their own fix.
  const fix = rec.status === 'unauthorized' ? 'Paste the client ID and scopes shown here into the Admin console, then press Check.' : rec.fix;
  return `${LINKAGE_LABELS[rec.status]}: ${rec.reason} ${fix}`;
}

/** Step 3: saves a starter as the domain's first template, after the same check a save from the editor runs. */
export function useStarter({ event, viewer }: ActionContext): string {
  const starter = STARTER_TEMPLATES.find((s) => s.key === (event.commonEventObject?.parameters?.starter ?? ''));
  if (!starter) return 'Unknown starter template: choose one of the designs listed.';
  const store = adminStore(viewer);
  const sigs = new SheetSignatureStore(store.spreadsheet);
  const employees = store.employees().filter((x) => x.syncOn && x.reason === '');
  const result = validateTemplate({ html: starter.html, customFieldKeys: [], employees, at: Date.now(), timeZone: sigs.settings().timeZone });
  if (!result.ok) return `Not saved: ${result.issues[0]?.message ?? 'the template did not pass the check'}. Open More designs to edit it.`;
  sigs.saveTemplate({ id: `tpl-${Utilities.getUuid().slice(0, 8)}`, name: starter.name, html: starter.html, aliasPolicy: starter.aliasPolicy, enforce: false, updatedAt: Date.now(), updatedBy: viewer.email });
  return `Template "${starter.name}" saved; nobody gets it yet. Next: choose who gets it.`;
}

/** Step 4: the template for the whole company. */
export function assignToEveryone({ event, viewer }: ActionContext): string {
  const store = adminStore(viewer);
  const sigs = new SheetSignatureStore(store.spreadsheet);
  const t = sigs.templates().find((x) => x.id === event.commonEventObject?.parameters?.templateId);
  if (!t) return 'That template no longer exists: choose another.';
  const existing = sigs.assignments().find((a) => a.target.kind === 'company');
  const a = { id: existing?.id ?? `asg-${Utilities.getUuid().slice(0, 8)}`, target: { kind: 'company' as const }, templateId: t.id, updatedAt: Date.now(), updatedBy: viewer.email };
  sigs.saveAssignment(a);
  const reach = assignmentReach(a, sigs.assignments(), store.employees()).reaches;
  return `${t.name} is assigned to the whole company: it reaches ${reach} employee${reach === 1 ? '' : 's'}. Next: write it to Gmail.`;
}

/** Step 5: Apply now to everyone; the toast is the status function's counts after the run (read back from Gmail). */
export function pushToEveryone({ viewer }: ActionContext): string {
  const tenant = adminTenant(viewer);
  if (!tenant) return 'Import your directory first.';
  queueApplyRequest(tenant.customerId, { scope: { kind: 'everyone' }, by: viewer.email, at: Date.now() });
  const report = runFromCard(tenant, 'manual', viewer.email);
  // The run wrote through its own store objects: read the records afresh (only for a finished run: see the toast).
  return applyEveryoneToast(report, () => {
    const store = adminStore(viewer);
    return tenantStates(store, new SheetSignatureStore(store.spreadsheet));
  });
}
