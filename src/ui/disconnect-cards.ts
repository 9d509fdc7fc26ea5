/**
 * Leaving Autograph: the Disconnect card (what it does, the choice to put back each mailbox's signature from
 * before Autograph or to leave the current one, the restore's progress and every address not restored with the
 * reason), "Stop managing this person's signature" for one employee, and each admin's own choice of emails.
 * Every acting route asks for a confirmation first (confirm.ts) and is for admins only (dispatchAction).
 */
import { actionFor, notify, pushCard, updateCard, type ActionContext, type Route } from './actions';
import { button, escapeCardText, header, textParagraph, utcWhen } from './card-kit';
import { confirmFirst, doneAfterConfirmation } from './confirm';
import { param } from './event';
import { adminStore, needingStore } from './admin-store';
import type { Viewer } from './viewer';
import type { ReleaseChoice } from '../core/signatures/originals';
import { isOpen, ReleaseTable } from '../adapters/release-store';
import { BUSY_MESSAGE } from '../adapters/store/lease';
import { disconnectTenant, reconnectTenant, restoresNotDone, resumeReleases, stopManagingEmployee } from '../jobs/disconnect';
import { readRunState } from '../jobs/runner';
import { deleteRefusal, deleteTenantData, exportTenantData } from '../jobs/disconnect-data';
import { readDisconnect } from '../jobs/disconnect-state';
import { ADMIN_MAIL_KINDS, readAdminMailPrefs, writeAdminMailPrefs, type AdminMailKind } from '../adapters/mail-admins';

type Card = GoogleAppsScript.Card_Service.Card;

/** Addresses not restored shown on the card (the rest are in the errors list of the run). */
const SHOWN_NOT_RESTORED = 40;

function choiceOf(ctx: ActionContext): ReleaseChoice | null {
  const c = param(ctx.event, 'choice');
  return c === 'restore' || c === 'leave' ? c : null;
}

const BAD_CHOICE = 'Not done: the parameter "choice" must be "restore" (put back the signature from before Autograph) or "leave" (keep the current one). Nothing was changed; use the buttons on the card.';

export function buildDisconnectCard(viewer: Viewer, message = ''): Card {
  const store = adminStore(viewer);
  const d = readDisconnect(store.spreadsheet);
  const card = CardService.newCardBuilder().setName('disconnect').setHeader(header('Disconnect Autograph', escapeCardText(store.tenant.primaryDomain)));
  const top = CardService.newCardSection();
  if (message) top.addWidget(textParagraph(escapeCardText(message)));
  if (!d) {
    top.addWidget(textParagraph('Disconnecting stops every sync and every signature write for your domain and removes your Autograph triggers. You then choose, for every mailbox Autograph wrote: put back the signature it had before Autograph first wrote it, or leave the current one.'));
    if (store.tenant.triggerOwner && store.tenant.triggerOwner !== viewer.email) {
      top.addWidget(textParagraph(`The nightly run is a trigger of ${escapeCardText(store.tenant.triggerOwner)}: triggers belong to their owner, so you cannot delete it. After you disconnect it refuses to run and removes itself the next time it fires, without reading or writing anything.`));
    }
    top.addWidget(
      CardService.newButtonSet()
        .addButton(button('Disconnect, put back signatures…', 'disconnect.start', { choice: 'restore' }, true))
        .addButton(button('Disconnect, leave signatures…', 'disconnect.start', { choice: 'leave' })),
    );
    card.addSection(top);
  } else {
    top.addWidget(CardService.newDecoratedText().setTopLabel('Disconnected').setText(`by ${escapeCardText(d.by)}, ${utcWhen(d.at)}`).setBottomLabel(d.choice === 'restore' ? 'Signatures from before Autograph are put back' : 'Current signatures left as they are').setWrapText(true));
    if (d.otherTriggerOwner) top.addWidget(textParagraph(`${escapeCardText(d.otherTriggerOwner)}'s nightly trigger could not be removed by ${escapeCardText(d.by)} (triggers belong to their owner); it refuses to run and removes itself when it next fires.`));
    top.addWidget(CardService.newButtonSet().addButton(button('Reconnect Autograph…', 'disconnect.reconnect')));
    card.addSection(top);
    card.addSection(dataSection(d.exportedAt ?? 0, d.exportId ?? ''));
  }
  card.addSection(releaseSection(store.spreadsheet, !readRunState(store.customerId)));
  card.addSection(mailPrefsSection(viewer, store.spreadsheet));
  return card.build();
}

function dataSection(exportedAt: number, exportId: string): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader('Your data in Autograph');
  section.addWidget(textParagraph(exportedAt
    ? `Exported ${utcWhen(exportedAt)} to a spreadsheet in your Drive (employees, templates, audit log; File › Download › CSV for each sheet).`
    : 'Export the employees, templates and audit log to a spreadsheet in your Drive first; then you can delete Autograph\'s data.'));
  if (exportId) {
    section.addWidget(CardService.newTextButton().setText('Open the export').setOpenLink(CardService.newOpenLink().setUrl(`https://docs.google.com/spreadsheets/d/${encodeURIComponent(exportId)}/edit`)));
  }
  const buttons = CardService.newButtonSet().addButton(button('Export to a spreadsheet', 'disconnect.export'));
  if (exportedAt) buttons.addButton(button('Delete Autograph\'s data…', 'disconnect.delete'));
  section.addWidget(buttons);
  return section;
}

function releaseSection(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, idle: boolean): GoogleAppsScript.Card_Service.CardSection {
  const rows = new ReleaseTable(ss).all();
  const section = CardService.newCardSection().setHeader('Signatures Autograph let go of');
  const count = (s: string) => rows.filter((r) => r.state === s).length;
  const open = rows.filter(isOpen).length;
  section.addWidget(textParagraph(rows.length === 0
    ? 'None yet.'
    : `${count('restored')} restored (read back from Gmail), ${count('left')} left as they were, ${count('not_restored')} not restored, ${open} still to do${open && !idle ? ' (continues in the background)' : ''}.`));
  // Work waiting with no run to carry it: an execution was cut off before it handed the rest to a trigger.
  if (open && idle) section.addWidget(CardService.newButtonSet().addButton(button('Continue restoring', 'disconnect.resume', {}, true)));
  for (const r of rows.filter((x) => x.state === 'not_restored').slice(0, SHOWN_NOT_RESTORED)) {
    section.addWidget(CardService.newDecoratedText().setTopLabel(escapeCardText(r.address)).setText(escapeCardText(r.reason)).setBottomLabel(escapeCardText(r.fix)).setWrapText(true));
  }
  return section;
}

function mailPrefsSection(viewer: Viewer, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Card_Service.CardSection {
  const prefs = readAdminMailPrefs(ss, viewer.email);
  const section = CardService.newCardSection().setHeader('Emails to you (your own choice)');
  for (const k of ADMIN_MAIL_KINDS) {
    const on = !prefs.off.includes(k.kind);
    section.addWidget(
      CardService.newDecoratedText().setText(k.label).setWrapText(true).setSwitchControl(
        CardService.newSwitch().setFieldName(`mail_${k.kind}`).setValue('on').setSelected(on).setOnChangeAction(actionFor('adminMail.toggle', { kind: k.kind, to: on ? 'off' : 'on' })),
      ),
    );
  }
  return section;
}

function open(ctx: ActionContext) {
  return pushCard(buildDisconnectCard(ctx.viewer));
}

function start(ctx: ActionContext) {
  const choice = choiceOf(ctx);
  if (!choice) return notify(BAD_CHOICE);
  const store = adminStore(ctx.viewer);
  if (readDisconnect(store.spreadsheet)) return notify('Autograph is already disconnected; this card shows the restore.');
  return confirmFirst(
    ctx.event,
    {
      route: 'disconnect.start', params: { choice }, subject: `disconnect:${store.customerId}:${choice}`,
      title: choice === 'restore' ? 'Disconnect and put back signatures?' : 'Disconnect and leave signatures?',
      consequences: [
        'No sync runs and no signature is written for your domain from now on; your Autograph triggers are removed.',
        choice === 'restore'
          ? 'Every mailbox Autograph wrote gets back the signature it had before Autograph first wrote it, in the background. Signatures over 10,000 characters, or that Autograph never saw, are not put back: the card lists them with the reason.'
          : 'Every mailbox keeps the signature it has now.',
        'Employees, templates and the audit log stay in the store until you delete them.',
      ],
      undo: 'Reconnect Autograph on this card (until you delete its data): restores not yet done stop, and the next run writes the templates again.',
      verb: choice === 'restore' ? 'Disconnect and put back' : 'Disconnect and leave',
    },
    () => {
      const r = disconnectTenant(store, ctx.viewer.email, choice, Date.now());
      const rows = new ReleaseTable(store.spreadsheet).all();
      const restored = rows.filter((x) => x.state === 'restored').length;
      const open = rows.filter(isOpen).length;
      const progress = choice === 'leave'
        ? `${r.addresses} addresses left as they are`
        : `${restored} of ${r.addresses} addresses have their signature from before Autograph back (read back from Gmail)${open ? `; ${open} continue in the background` : ''}`;
      const text = `Disconnected: ${progress}; ${r.ownTriggersRemoved} of your triggers removed.${r.run.outcome === 'busy' ? ` ${r.run.message}` : ''}`;
      return doneAfterConfirmation(text, buildDisconnectCard(ctx.viewer));
    },
  );
}

function stopManaging(ctx: ActionContext) {
  const choice = choiceOf(ctx);
  if (!choice) return notify(BAD_CHOICE);
  const store = adminStore(ctx.viewer);
  const id = param(ctx.event, 'id') ?? '';
  const e = store.employeeById(id);
  if (!e) return notify('Not done: no employee with this id (parameter "id"). Open the employee from the Employees list.');
  return confirmFirst(
    ctx.event,
    {
      route: 'emp.stopManaging', params: { id, choice }, subject: `${id}:${choice}`,
      title: `Stop managing ${escapeCardText(e.primaryEmail)}'s signature?`,
      consequences: [
        'Autograph pauses this employee and writes nothing more to their Gmail.',
        choice === 'restore' ? 'Their signature from before Autograph is put back (not if it is over 10,000 characters or Autograph never saw it).' : 'Their current signature is left as it is.',
      ],
      undo: 'Resume sync for the employee: the next run writes their template again.',
      verb: choice === 'restore' ? 'Stop and put back' : 'Stop and leave',
    },
    () => {
      const r = stopManagingEmployee(store, e, ctx.viewer.email, choice, Date.now());
      if (!r) return notify(BUSY_MESSAGE);
      const rows = new ReleaseTable(store.spreadsheet).all().filter((x) => x.user === e.primaryEmail.toLowerCase());
      const restored = rows.filter((x) => x.state === 'restored').length;
      const text = r.addresses === 0
        ? `${e.primaryEmail} is no longer managed; Autograph never wrote their signature, so there is nothing to put back.`
        : choice === 'restore'
        ? `${e.primaryEmail} is no longer managed: ${restored} of ${r.addresses} addresses have their signature from before Autograph back (read back from Gmail)${restored < r.addresses ? '; the rest continue in the background or are listed on the Disconnect card' : ''}.`
        : `${e.primaryEmail} is no longer managed; the current signature is left as it is.`;
      return doneAfterConfirmation(text, buildDisconnectCard(ctx.viewer));
    },
  );
}

function exportData(ctx: ActionContext) {
  const store = adminStore(ctx.viewer);
  const r = exportTenantData(store, ctx.viewer.email, Date.now());
  return updateCard(buildDisconnectCard(ctx.viewer, `Exported to "${r.url}": ${r.rows.employees} employees, ${r.rows.templates} templates, ${r.rows.audit} audit log entries.`));
}

function deleteData(ctx: ActionContext) {
  const store = adminStore(ctx.viewer);
  const refusal = deleteRefusal(store);
  if (refusal) return notify(refusal);
  return confirmFirst(
    ctx.event,
    {
      route: 'disconnect.delete', params: {}, subject: `delete:${store.customerId}`,
      title: 'Delete Autograph\'s data?',
      consequences: [
        'The employees, templates, campaigns, settings and audit log in Autograph\'s spreadsheets are deleted, and Autograph forgets your domain.',
        'Your export stays in your Drive.',
        'Autograph cannot move files to the trash (it has no Drive access): the emptied files are listed for you to trash.',
      ],
      undo: 'Cannot be undone; the export keeps what was there.',
      verb: 'Delete the data',
    },
    () => {
      const by = ctx.viewer.email;
      const r = deleteTenantData(store, by, Date.now());
      console.warn(`Autograph data of ${store.customerId} deleted by ${by}: ${r.emptied.length} files emptied, ${r.propertiesDeleted} registry entries removed${r.problems.length ? `; problems: ${r.problems.join('; ')}` : ''}`);
      const section = CardService.newCardSection().addWidget(textParagraph(escapeCardText(
        `Deleted by ${by}: ${r.propertiesDeleted} registry entries removed; ${r.emptied.length} files emptied. Move them to the trash in Drive:`)));
      for (const f of r.emptied) section.addWidget(CardService.newTextButton().setText(escapeCardText(f.name)).setOpenLink(CardService.newOpenLink().setUrl(f.url)));
      for (const p of r.problems) section.addWidget(textParagraph(escapeCardText(`Not emptied: ${p}`)));
      const done = CardService.newCardBuilder().setName('disconnect.deleted').setHeader(header('Autograph\'s data deleted')).addSection(section).build();
      return doneAfterConfirmation('Autograph\'s data was deleted.', done);
    },
  );
}

function reconnect(ctx: ActionContext) {
  const store = adminStore(ctx.viewer);
  const d = readDisconnect(store.spreadsheet);
  if (!d) return notify('Autograph is connected; there is nothing to reconnect.');
  const open = restoresNotDone(new ReleaseTable(store.spreadsheet).all()).length;
  return confirmFirst(
    ctx.event,
    {
      route: 'disconnect.reconnect', params: {}, subject: `reconnect:${store.customerId}:${d.at}`,
      title: 'Reconnect Autograph?',
      consequences: [
        'Syncs and signature writes may run again for your domain. Automatic sync stays off until you turn it on (Directory sync); Sync now or the nightly run writes the templates again.',
        open ? `${open} signatures not yet put back stay as they are now; the restore stops.` : 'Signatures already put back stay until the next run writes the templates again.',
      ],
      undo: 'Disconnect again from this card.',
      verb: 'Reconnect',
    },
    () => {
      const r = reconnectTenant(store, ctx.viewer.email, Date.now());
      if (!r) return notify(BUSY_MESSAGE);
      const text = `Reconnected by ${ctx.viewer.email}: ${r.cancelled} restores not yet done were stopped${r.unsure ? ` (${r.unsure} may have reached Gmail: the next run reads those mailboxes before writing)` : ''}. Automatic sync is off: turn it on in Directory sync.`;
      return doneAfterConfirmation(text, buildDisconnectCard(ctx.viewer));
    },
  );
}

function resume(ctx: ActionContext) {
  const store = adminStore(ctx.viewer);
  const r = resumeReleases(store, ctx.viewer.email);
  return updateCard(buildDisconnectCard(ctx.viewer, r.message));
}

function toggleMail(ctx: ActionContext) {
  const kind = param(ctx.event, 'kind') as AdminMailKind;
  if (!ADMIN_MAIL_KINDS.some((k) => k.kind === kind)) return notify('Not done: unknown email kind (parameter "kind"). Use the switches on the card.');
  const on = param(ctx.event, 'to') === 'on';
  const store = adminStore(ctx.viewer);
  const prefs = readAdminMailPrefs(store.spreadsheet, ctx.viewer.email);
  const off = new Set(prefs.off);
  if (on) off.delete(kind);
  else off.add(kind);
  writeAdminMailPrefs(store.spreadsheet, ctx.viewer.email, { off: [...off] });
  return updateCard(buildDisconnectCard(ctx.viewer, `${ADMIN_MAIL_KINDS.find((k) => k.kind === kind)!.label}: ${on ? 'on' : 'off'} for you.`));
}

export const disconnectRoutes: Record<string, Route> = needingStore({
  'disconnect.open': { adminOnly: true, handler: open },
  'disconnect.start': { adminOnly: true, handler: start },
  'disconnect.resume': { adminOnly: true, handler: resume },
  'disconnect.reconnect': { adminOnly: true, handler: reconnect },
  'disconnect.export': { adminOnly: true, handler: exportData },
  'disconnect.delete': { adminOnly: true, handler: deleteData },
  'emp.stopManaging': { adminOnly: true, handler: stopManaging },
  'adminMail.toggle': { adminOnly: true, handler: toggleMail },
});
