/**
 * Sync settings: automatic sync on/off ("24 h update" at 03:00 in a chosen time zone, run as the admin who
 * turned it on), "Sync now" (a short slice in the card action, the rest in the background), pause for
 * everyone, and the history of runs with what changed and what failed.
 */
import { actionFor, ActionContext, notify, pushCard, Route, updateCard } from './actions';
import { formValue, param } from './event';
import type { Viewer } from './viewer';
import { tenantRunHealth } from './run-health-section';
import type { AdminSection } from './home';
import { describeSelection } from '../core/directory/selection';
import { shortList } from '../core/directory/run-record';
import { writeTenant } from '../adapters/store/tenant-store';
import { readRunState, runFromCard } from '../jobs/runner';
import { installNightlyTrigger, NIGHTLY_HOUR, removeNightlyTrigger } from '../jobs/triggers';
import { buildConnectCard, buildDirectoryEntryCard, buildProgressCard } from './setup-cards';
import { adminStore, adminTenant, needingStore } from './admin-store';
import { button, escapeCardText, header, textParagraph, zonedWhen } from './card-kit';
import { signaturesAfterRun } from './signature-cards';
import { tenantStates } from './signature-states';

type Card = GoogleAppsScript.Card_Service.Card;

/** Time zones offered for the nightly run; the domain's own zone is always added. */
export const TIME_ZONES = [
  'UTC', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Rome',
  'Europe/Amsterdam', 'Europe/Zurich', 'Europe/Vienna', 'Europe/Stockholm', 'Europe/Warsaw', 'Europe/Helsinki',
  'Europe/Athens', 'Europe/Istanbul', 'Africa/Johannesburg', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Singapore',
  'Asia/Shanghai', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland', 'America/Sao_Paulo', 'America/New_York',
  'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Toronto', 'America/Mexico_City',
];

const RUNS_SHOWN = 10;
const ERRORS_SHOWN = 20;

export function buildSyncCard(viewer: Viewer, message = ''): Card {
  const tenant = adminTenant(viewer);
  if (!tenant) return buildConnectCard(viewer);
  const store = adminStore(viewer);
  const settings = store.readSettings();
  const card = CardService.newCardBuilder().setName('sync').setHeader(header('Directory sync', escapeCardText(describeSelection(settings.selection))));
  const top = CardService.newCardSection();
  if (message) top.addWidget(textParagraph(escapeCardText(message)));
  if (tenant.notice) top.addWidget(CardService.newDecoratedText().setTopLabel('Attention').setText(escapeCardText(tenant.notice)).setWrapText(true));
  const health = tenantRunHealth(store, Date.now());
  if (health.stale) {
    top.addWidget(
      CardService.newDecoratedText().setTopLabel('Nightly run').setText(escapeCardText(health.message)).setBottomLabel(escapeCardText(health.fix)).setWrapText(true)
        .setButton(button('Take over', 'sync.toggleAuto', { to: 'on' })),
    );
  }
  const state = readRunState(tenant.customerId);
  if (state) {
    top.addWidget(
      CardService.newDecoratedText()
        .setTopLabel('Sync in progress')
        .setText(escapeCardText(`${state.progress.label}: ${state.progress.done}${state.progress.total ? ` of ${state.progress.total}` : ''}`))
        .setBottomLabel('Continues in the background')
        .setWrapText(true)
        .setButton(button('Refresh', 'sync.open')),
    );
  }
  const auto = CardService.newDecoratedText()
    .setTopLabel('24 h update')
    .setText(escapeCardText(tenant.autoSync ? `On: daily ${NIGHTLY_HOUR}:00–${NIGHTLY_HOUR + 1}:00 ${tenant.timeZone}` : 'Automatic sync is off'))
    .setBottomLabel(escapeCardText(tenant.autoSync ? `Runs as ${tenant.triggerOwner}` : 'Turn on to sync every night'))
    .setWrapText(true)
    .setSwitchControl(
      CardService.newSwitch()
        .setFieldName('autoSync')
        .setValue('on')
        .setSelected(tenant.autoSync)
        .setOnChangeAction(actionFor('sync.toggleAuto', { to: tenant.autoSync ? 'off' : 'on' })),
    );
  top.addWidget(auto);
  const tz = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('timeZone').setTitle('Time zone of the nightly run');
  for (const z of TIME_ZONES.includes(tenant.timeZone) ? TIME_ZONES : [tenant.timeZone, ...TIME_ZONES]) tz.addItem(z, z, z === tenant.timeZone);
  top.addWidget(tz);
  top.addWidget(
    CardService.newButtonSet()
      .addButton(button('Save time zone', 'sync.saveTimeZone'))
      .addButton(button('Sync now', 'sync.now', {}, true)),
  );
  top.addWidget(
    CardService.newDecoratedText()
      .setText(settings.pausedAll ? 'Sync is paused for everyone' : 'Sync is active')
      .setBottomLabel(settings.pausedAll ? 'No Workspace data flows in and no signatures are written' : 'Pause to stop all updates')
      .setWrapText(true)
      .setButton(button(settings.pausedAll ? 'Resume' : 'Pause all', 'sync.pauseAll', { to: settings.pausedAll ? 'off' : 'on' })),
  );
  top.addWidget(
    CardService.newButtonSet()
      .addButton(button('Field mapping', 'dir.setup.mapping'))
      .addButton(button('Which users', 'dir.setup.users'))
      .addButton(button('Departments mode', 'dir.setup.departments')),
  );
  card.addSection(top);

  const runs = store.readRuns(RUNS_SHOWN);
  const history = CardService.newCardSection().setHeader('Recent syncs').setCollapsible(runs.length > 3).setNumUncollapsibleWidgets(Math.min(3, Math.max(1, runs.length)));
  if (runs.length === 0) history.addWidget(textParagraph('No sync has run yet.'));
  for (const r of runs) {
    history.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(`${zonedWhen(r.startedAt, tenant.timeZone)} · ${r.kind} · ${r.outcome}`)
        .setText(`${r.added} added · ${r.updated} updated · ${r.left} left · ${r.unchanged} unchanged${r.failed ? ` · ${r.failed} problems` : ''}`)
        .setBottomLabel(escapeCardText(r.message || r.changes || 'no changes'))
        .setWrapText(true),
    );
  }
  card.addSection(history);

  const errors = runs.length > 0 ? store.readErrors(runs[0].id, ERRORS_SHOWN) : [];
  if (errors.length > 0) {
    const errs = CardService.newCardSection().setHeader(`Problems in the last sync (${errors.length})`).setCollapsible(errors.length > 3).setNumUncollapsibleWidgets(Math.min(3, errors.length));
    for (const e of errors) {
      errs.addWidget(CardService.newDecoratedText().setTopLabel(escapeCardText(shortList([e.email, e.field].filter(Boolean)))).setText(escapeCardText(e.message)).setBottomLabel(escapeCardText(e.fix)).setWrapText(true));
    }
    card.addSection(errs);
  }
  return card.build();
}

function toggleAuto({ event, viewer }: ActionContext) {
  const tenant = adminTenant(viewer);
  if (!tenant) return updateCard(buildConnectCard(viewer));
  const on = (param(event, 'to') ?? 'on') === 'on';
  if (on) {
    installNightlyTrigger(tenant.timeZone);
    writeTenant({ ...tenant, autoSync: true, triggerOwner: viewer.email, notice: '' });
    return updateCard(buildSyncCard(viewer, `Automatic sync is on: every night around ${NIGHTLY_HOUR}:00 ${tenant.timeZone}, as you (${viewer.email}).`));
  }
  // Only the owner can delete the trigger; another owner's trigger sees autoSync off and removes itself.
  if (tenant.triggerOwner === viewer.email) removeNightlyTrigger();
  writeTenant({ ...tenant, autoSync: false, triggerOwner: '' });
  return updateCard(buildSyncCard(viewer, 'Automatic sync is off.'));
}

function saveTimeZone({ event, viewer }: ActionContext) {
  const tenant = adminTenant(viewer);
  if (!tenant) return updateCard(buildConnectCard(viewer));
  const tz = formValue(event, 'timeZone') ?? tenant.timeZone;
  if (!TIME_ZONES.includes(tz) && tz !== tenant.timeZone) return notify(`"${tz}" is not a time zone Autograph offers. Choose one from the list.`);
  let note = `The nightly run now starts around ${NIGHTLY_HOUR}:00 ${tz}.`;
  if (tenant.autoSync) {
    if (tenant.triggerOwner === viewer.email) installNightlyTrigger(tz);
    else {
      // Triggers belong to their creator: the new time applies by moving the nightly run to this admin.
      installNightlyTrigger(tz);
      note += ` It now runs as you (${viewer.email}).`;
    }
    writeTenant({ ...tenant, timeZone: tz, triggerOwner: viewer.email });
  } else writeTenant({ ...tenant, timeZone: tz });
  return updateCard(buildSyncCard(viewer, note));
}

function syncNow({ viewer }: ActionContext) {
  const tenant = adminTenant(viewer);
  if (!tenant) return updateCard(buildConnectCard(viewer));
  const report = runFromCard(tenant, 'manual', viewer.email);
  // The directory summary says nothing about Gmail: a finished run also says what the signatures' states are now.
  // Counts only (signature-states.ts 'counts'): the toast quotes no reason, so no whole record is read.
  const store = report.outcome === 'done' ? adminStore(viewer) : null;
  const signatures = store ? ` ${signaturesAfterRun(tenantStates(store, undefined, undefined, undefined, 'counts').counts)}` : '';
  return updateCard(buildProgressCard(viewer, `${report.message}${signatures}`));
}

function pauseAll({ event, viewer }: ActionContext) {
  const store = adminStore(viewer);
  const on = param(event, 'to') === 'on';
  store.writeSettings({ ...store.readSettings(), pausedAll: on });
  return updateCard(buildSyncCard(viewer, on ? 'Sync is paused for everyone.' : 'Sync resumed; the next sync brings everyone up to date.'));
}

function openDirectory({ viewer }: ActionContext) {
  return pushCard(buildDirectoryEntryCard(viewer) ?? buildSyncCard(viewer));
}

export const syncRoutes: Record<string, Route> = needingStore({
  'dir.home': { adminOnly: true, handler: openDirectory },
  'sync.open': { adminOnly: true, handler: ({ viewer }) => updateCard(buildSyncCard(viewer)) },
  'sync.toggleAuto': { adminOnly: true, handler: toggleAuto },
  'sync.saveTimeZone': { adminOnly: true, handler: saveTimeZone },
  'sync.now': { adminOnly: true, handler: syncNow },
  'sync.pauseAll': { adminOnly: true, handler: pauseAll },
});

/** The home card's entries for directory sync, employees and departments. */
export const directorySections: AdminSection[] = [
  { route: 'dir.home', label: 'Directory sync', description: 'Set up and run the Workspace directory sync; automatic nightly sync, history and errors' },
  { route: 'emp.list', label: 'Employees', description: 'Search employees, see their fields and status, pause, remove or import' },
  { route: 'dept.list', label: 'Departments', description: 'Departments with their employee counts; pause sync per department' },
  { route: 'disconnect.open', label: 'Disconnect & emails', description: 'Leave Autograph: stop syncing, put back or leave signatures; the emails Autograph sends you' },
];
