/**
 * Contact Inbox for admins: enable the feature for the tenant (the enabling admin gets a notification card, the run
 * history records it), pick the users it runs for — everyone, a department, or one by one with checkboxes — start
 * it now for all enabled users or one, disable it per user, and see each user's linkage status with its reason and
 * fix (the delegation core's classification, as for signatures). Admins never see users' suggestions: those are
 * sealed to their user (adapters/suggestion-store.ts).
 */
import { notifyAdmins } from '../adapters/mail-admins';
import { contactInboxEnabledEvent } from '../core/admin-mail-events';
import { cardBudget } from '../adapters/platform-probe';
import { ContactInboxSettings, EnrolledUser, newEnrollment } from '../core/contact-inbox/enrollment';
import { LINKAGE_LABELS } from '../core/delegation/linkage';
import {
  createDropSpreadsheet,
  EnrollmentTable,
  openDrop,
  readContactInboxSettings,
  shareDrop,
  writeContactInboxSettings,
} from '../adapters/suggestion-store';
import type { TenantStore } from '../adapters/store/tenant-store';
import { FILE_ID_PLACEHOLDER, PropertyStoreFullError, updateLocation } from '../adapters/store/registry';
import { startNow } from '../jobs/contact-inbox-stage';
import { membershipGate } from '../adapters/membership';
import { actionFor, notify, notifyAndUpdate, pushCard, updateCard, type Route } from './actions';
import { adminStore, needingStore } from './admin-store';
import { button, escapeCardText, header, textParagraph, zonedWhen } from './card-kit';
import { formValue, formValues, param } from './event';
import type { AdminSection } from './home';
import type { Viewer } from './viewer';
import { confirmFirst, doneAfterConfirmation } from './confirm';

type Card = GoogleAppsScript.Card_Service.Card;

/** A card action has about 30 s (workspace/add-ons/concepts/actions): Start now reads for this long, the rest tonight. */
const START_BUDGET_MS = 15_000;
const PAGE_SIZE = 40;
/** Users given access to the drop spreadsheet during a card action; more are shared by the nightly run. */
const SHARE_NOW_MAX = 300;
const ALL = '__all__';

export const contactInboxSection: AdminSection = {
  route: 'contactInbox.admin',
  label: 'Contact Inbox',
  description: 'Turn incoming signatures into contact suggestions for chosen users; their linkage status.',
};

/** The Contact Inbox header; `subtitle` is data (a domain or an address) and is escaped here. */
function inboxHeader(subtitle: string) {
  return header('Contact Inbox', escapeCardText(subtitle));
}

function statusLabel(u: EnrolledUser): string {
  if (!u.enabled) return 'Disabled';
  return u.status ? LINKAGE_LABELS[u.status] : 'Not read yet';
}

/** The admin card: off → what it does and Enable; on → users, selection and statuses. */
export function buildContactInboxAdminCard(viewer: Viewer, opts: { department?: string; page?: number } = {}): Card {
  const store = adminStore(viewer);
  const settings = readContactInboxSettings(store);
  const card = CardService.newCardBuilder().setName('contactInbox.admin').setHeader(inboxHeader(viewer.domain));
  if (!settings?.enabled) {
    card.addSection(
      CardService.newCardSection()
        .addWidget(
          CardService.newTextParagraph().setText(
            'Contact Inbox reads the incoming mail of the users you choose (through Autograph\'s service account, scope ' +
              'gmail.readonly), finds the senders\' signatures and offers each user contact suggestions to save to Google ' +
              'Contacts. Mail from your own domain and automated senders is skipped. Message bodies are never stored, and ' +
              'suggestions are sealed to their user: administrators cannot read them.',
          ),
        )
        .addWidget(button('Enable Contact Inbox', 'contactInbox.enableTenant', {}, true)),
    );
    return card.build();
  }
  const employees = store.employeeSummaries().filter((e) => e.reason !== 'deleted' && e.primaryEmail);
  const enrolled = new Map(new EnrollmentTable(store).read().users.map((u) => [u.email, u]));
  const enabled = [...enrolled.values()].filter((u) => u.enabled);

  const counts: Record<string, number> = {};
  for (const u of enabled) counts[statusLabel(u)] = (counts[statusLabel(u)] ?? 0) + 1;
  card.addSection(
    CardService.newCardSection()
      .setHeader('Status')
      .addWidget(
        CardService.newTextParagraph().setText(
          `Enabled by ${escapeCardText(settings.enabledBy)} on ${zonedWhen(settings.enabledAt, store.tenant.timeZone)}. ` +
            `${enabled.length} of ${employees.length} users enabled` +
            (enabled.length ? `: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}.` : '.'),
        ),
      )
      .addWidget(
        CardService.newButtonSet()
          .addButton(button('Start now for all enabled', 'contactInbox.startAll'))
          .addButton(button('Enable everyone', 'contactInbox.enableAll'))
          .addButton(button('Disable everyone', 'contactInbox.disableAll')),
      ),
  );

  // Selection: department filter, then a page of checkboxes (checked = enabled).
  const departments = [...new Set(employees.map((e) => e.department).filter(Boolean))].sort();
  const dept = opts.department ?? ALL;
  const dropdown = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setTitle('Department').setFieldName('ci_department');
  dropdown.addItem('All departments', ALL, dept === ALL);
  for (const d of departments) dropdown.addItem(d, d, d === dept);
  const shown = employees.filter((e) => dept === ALL || e.department === dept).sort((a, b) => (a.primaryEmail < b.primaryEmail ? -1 : 1));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, opts.page ?? 0), pages - 1);
  const slice = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const boxes = CardService.newSelectionInput().setType(CardService.SelectionInputType.CHECK_BOX).setFieldName('ci_users').setTitle(`Users ${page * PAGE_SIZE + 1}–${page * PAGE_SIZE + slice.length} of ${shown.length}`);
  for (const e of slice) boxes.addItem(`${e.fullName || e.primaryEmail} · ${e.primaryEmail}${e.department ? ` · ${e.department}` : ''}`, e.primaryEmail, Boolean(enrolled.get(e.primaryEmail)?.enabled));
  const nav = CardService.newButtonSet()
    .addButton(button('Show department', 'contactInbox.filter', { page: '0' }))
    .addButton(button('Enable this department', 'contactInbox.enableDepartment'));
  const selection = CardService.newCardSection().setHeader('Choose users').addWidget(dropdown).addWidget(nav);
  if (slice.length) selection.addWidget(boxes);
  else selection.addWidget(CardService.newTextParagraph().setText('No employees here yet: run the directory sync first (Autograph › Directory).'));
  const pageButtons = CardService.newButtonSet().addButton(
    button('Save selection', 'contactInbox.saveSelection', { department: dept, page: String(page), shown: slice.map((e) => e.primaryEmail).join(' ') }, true),
  );
  if (page > 0) pageButtons.addButton(button('Previous', 'contactInbox.filter', { department: dept, page: String(page - 1) }));
  if (page < pages - 1) pageButtons.addButton(button('Next', 'contactInbox.filter', { department: dept, page: String(page + 1) }));
  selection.addWidget(pageButtons);
  card.addSection(selection);

  // Enabled users with their linkage status, problems first.
  const order = { authentication_error: 0, unauthorized: 1, linkage_error: 2, '': 3, ok: 4 } as Record<string, number>;
  const list = CardService.newCardSection().setHeader('Enabled users');
  const sorted = [...enabled].sort((a, b) => order[a.status] - order[b.status] || (a.email < b.email ? -1 : 1));
  for (const u of sorted.slice(0, 90)) {
    list.addWidget(
      CardService.newDecoratedText()
        .setText(escapeCardText(u.email))
        .setBottomLabel(`${statusLabel(u)} · ${u.processed} read · ${u.suggested} suggested`)
        .setWrapText(true)
        .setOnClickAction(actionFor('contactInbox.user', { email: u.email }))
        .setButton(button('Start', 'contactInbox.startUser', { email: u.email })),
    );
  }
  if (sorted.length > 90) list.addWidget(CardService.newTextParagraph().setText(`…and ${sorted.length - 90} more (problems are listed first).`));
  if (sorted.length === 0) list.addWidget(CardService.newTextParagraph().setText('Nobody yet: tick users above and press Save selection, or Enable everyone.'));
  card.addSection(list);
  return card.build();
}

/** One enabled user: linkage status with Google's answer, reason and fix; Start now; Disable. */
export function buildContactInboxUserCard(viewer: Viewer, email: string): Card {
  const store = adminStore(viewer);
  const u = new EnrollmentTable(store).read().users.find((x) => x.email === email.toLowerCase());
  const tz = store.tenant.timeZone;
  const section = CardService.newCardSection();
  if (!u) {
    section.addWidget(textParagraph(`${escapeCardText(email)} is not enabled for Contact Inbox.`));
  } else {
    section
      .addWidget(CardService.newDecoratedText().setTopLabel('Linkage status').setText(statusLabel(u)).setBottomLabel(escapeCardText(u.reason)).setWrapText(true));
    if (u.fix) section.addWidget(CardService.newDecoratedText().setTopLabel('Fix').setText(escapeCardText(u.fix)).setWrapText(true));
    if (u.googleAnswer) section.addWidget(CardService.newDecoratedText().setTopLabel('Google answered').setText(escapeCardText(u.googleAnswer)).setWrapText(true));
    section.addWidget(
      CardService.newDecoratedText()
        .setTopLabel('Reading')
        .setText(`${u.processed} messages read, ${u.suggested} suggestions made`)
        .setBottomLabel(u.lastRunAt ? `Last read ${zonedWhen(u.lastRunAt, tz)}; mail up to ${zonedWhen(u.cursor.floorSec * 1000, tz)} is done (times in ${escapeCardText(tz)})` : 'Not read yet')
        .setWrapText(true),
    );
    const buttons = CardService.newButtonSet();
    if (u.enabled) {
      buttons.addButton(button('Start now', 'contactInbox.startUser', { email: u.email }));
      buttons.addButton(button('Disable', 'contactInbox.disableUser', { email: u.email }));
    } else {
      buttons.addButton(button('Enable', 'contactInbox.enableUser', { email: u.email }));
    }
    section.addWidget(buttons);
  }
  return CardService.newCardBuilder().setName('contactInbox.user').setHeader(inboxHeader(email)).addSection(section).build();
}

/** The toast for addresses the Directory did not confirm: says what was checked, names no other organisation. */
function notConfirmed(refused: string[]): string {
  const shown = refused.slice(0, 3).join(', ') + (refused.length > 3 ? ` and ${refused.length - 3} more` : '');
  return `Not enabled: your directory does not confirm ${shown} as a user of your domain (or could not be asked just now). Nothing was changed for ${refused.length === 1 ? 'it' : 'them'}.`;
}

function refusedSuffix(refused: string[]): string {
  return refused.length ? `; ${refused.length} not enabled: your directory does not confirm them as users of your domain` : '';
}

/** Enables (or disables) users; new users get a fresh cursor and view access to the drop spreadsheet. */
function setEnabled(store: TenantStore, viewer: Viewer, requested: string[], enabled: boolean): { changed: number; shared: number; refused: string[] } {
  const settings = readContactInboxSettings(store);
  if (!settings?.enabled) throw new Error('Contact Inbox is not enabled for your domain: press Enable Contact Inbox first.');
  // Reading someone's mail starts here: only users the tenant's Directory confirms now (core/delegation/membership.ts).
  const answers = enabled ? membershipGate(store.customerId).check(requested) : null;
  const confirmed = (e: string) => !answers || answers.get(e.trim().toLowerCase()) === 'member';
  const refused = requested.filter((e) => !confirmed(e));
  const emails = refused.length ? requested.filter(confirmed) : requested;
  const table = new EnrollmentTable(store);
  const snap = table.read();
  const byEmail = new Map(snap.users.map((u) => [u.email, u]));
  const departments = new Map(store.employeeSummaries().map((e) => [e.primaryEmail, e.department]));
  const next = [...snap.users];
  let changed = 0;
  const newly: string[] = [];
  const now = Date.now();
  for (const raw of emails) {
    const email = raw.toLowerCase();
    const u = byEmail.get(email);
    if (u) {
      if (u.enabled === enabled) continue;
      next[next.indexOf(u)] = enabled ? { ...u, enabled: true, enabledBy: viewer.email, enabledAt: now } : { ...u, enabled: false };
      changed++;
      if (enabled) newly.push(email);
    } else if (enabled) {
      next.push((newEnrollment(email, departments.get(email) ?? '', viewer.email, now)));
      changed++;
      newly.push(email);
    }
  }
  if (changed) table.write(snap, next);
  // Sansan: "An admin email will be sent notifying that the function is activated" — who, when, for whom.
  if (newly.length) notifyAdmins(store.spreadsheet, contactInboxEnabledEvent(store.tenant.primaryDomain, viewer.email, now, newly), now);
  // Sharing costs one Drive call per 100 users: a few now (they can collect tonight's batches), bulk by the night run.
  const drop = enabled && emails.length <= SHARE_NOW_MAX ? openDrop(settings) : null;
  const shared = drop ? shareDrop(drop, emails) : 0;
  return { changed, shared, refused };
}

function enableTenant(viewer: Viewer): Card {
  const store = adminStore(viewer);
  const current = readContactInboxSettings(store);
  let dropId = current?.dropSpreadsheetId ?? '';
  if (!openDrop(current)) {
    // The registry entry users read the drop's id from is claimed first: a full registry refuses before a file exists.
    try {
      updateLocation(store.customerId, { dropId: FILE_ID_PLACEHOLDER });
    } catch (err) {
      if (!(err instanceof PropertyStoreFullError)) throw err;
      return CardService.newCardBuilder().setName('contactInbox.notEnabled').setHeader(inboxHeader('Not enabled'))
        .addSection(CardService.newCardSection().addWidget(textParagraph(escapeCardText(`Contact Inbox was not enabled and no file was created. ${err.message}`)))).build();
    }
    const admins = store.spreadsheet.getEditors().map((u) => u.getEmail());
    dropId = createDropSpreadsheet(store.tenant.primaryDomain, admins, viewer.email).getId();
  }
  const now = Date.now();
  const settings: ContactInboxSettings = { enabled: true, enabledBy: viewer.email, enabledAt: now, dropSpreadsheetId: dropId, startRequested: current?.startRequested ?? [] };
  writeContactInboxSettings(store, settings);
  store.appendRun({
    id: `ci${now.toString(36)}`, kind: 'manual', startedAt: now, finishedAt: now, outcome: 'done',
    seen: 0, added: 0, updated: 0, left: 0, returned: 0, unchanged: 0, failed: 0, executions: 1, directoryCalls: 0, rowsWritten: 0,
    changes: `Contact Inbox enabled by ${viewer.email}`, message: '',
  });
  notifyAdmins(store.spreadsheet, contactInboxEnabledEvent(store.tenant.primaryDomain, viewer.email, now, []), now);
  return CardService.newCardBuilder()
    .setName('contactInbox.enabled')
    .setHeader(inboxHeader('Enabled'))
    .addSection(
      CardService.newCardSection()
        .addWidget(
          CardService.newTextParagraph().setText(
            `Contact Inbox is now enabled for ${escapeCardText(store.tenant.primaryDomain)} (recorded in the run history). Next: choose the ` +
              'users it runs for. Their mail is read every night from now on, starting with the last 7 days; each ' +
              'user sees their suggestions in Autograph in Gmail. Autograph\'s service account needs the gmail.readonly ' +
              'scope in Admin console › Security › API controls › Domain-wide delegation.',
          ),
        )
        .addWidget(button('Choose users', 'contactInbox.admin', {}, true)),
    )
    .build();
}

function startMessage(r: ReturnType<typeof startNow>): string {
  if (r.message) return r.message;
  const later = r.later.length ? ` ${r.later.length} user(s) did not fit in this click and are read first in the next run.` : '';
  return `Read ${r.processed} message(s) for ${r.read.length} user(s): ${r.suggested} new suggestion(s).${later}`;
}

function enabledEmails(store: TenantStore): string[] {
  return new EnrollmentTable(store).read().users.filter((u) => u.enabled).map((u) => u.email);
}

function emailsOf(store: TenantStore): string[] {
  return store.employeeSummaries().filter((e) => e.reason !== 'deleted' && e.primaryEmail).map((e) => e.primaryEmail);
}

export const contactInboxAdminRoutes: Record<string, Route> = needingStore({
  'contactInbox.admin': { adminOnly: true, handler: ({ viewer }) => pushCard(buildContactInboxAdminCard(viewer)) },
  'contactInbox.filter': {
    adminOnly: true,
    handler: ({ event, viewer }) =>
      updateCard(buildContactInboxAdminCard(viewer, { department: param(event, 'department') ?? formValue(event, 'ci_department') ?? ALL, page: Number(param(event, 'page') ?? 0) })),
  },
  'contactInbox.enableTenant': {
    adminOnly: true,
    handler: ({ viewer }) => {
      const card = enableTenant(viewer);
      return CardService.newActionResponseBuilder()
        .setNotification(CardService.newNotification().setText('Contact Inbox is enabled. Choose the users it runs for.'))
        .setNavigation(CardService.newNavigation().updateCard(card))
        .build();
    },
  },
  'contactInbox.saveSelection': {
    adminOnly: true,
    handler: ({ event, viewer }) => {
      const store = adminStore(viewer);
      const shown = (param(event, 'shown') ?? '').split(' ').filter(Boolean);
      const ticked = new Set(formValues(event, 'ci_users').map((e) => e.toLowerCase()));
      const on = setEnabled(store, viewer, shown.filter((e) => ticked.has(e)), true);
      const off = setEnabled(store, viewer, shown.filter((e) => !ticked.has(e)), false);
      const dept = param(event, 'department') ?? ALL;
      return notifyAndUpdate(`${on.changed} user(s) enabled, ${off.changed} disabled.`, buildContactInboxAdminCard(viewer, { department: dept, page: Number(param(event, 'page') ?? 0) }));
    },
  },
  'contactInbox.enableAll': {
    adminOnly: true,
    handler: ({ event, viewer }) => {
      const store = adminStore(viewer);
      const emails = emailsOf(store);
      const waiting = emails.length - enabledEmails(store).filter((e) => emails.includes(e)).length;
      return confirmFirst(event, {
        route: 'contactInbox.enableAll', params: {}, subject: 'everyone',
        title: 'Enable Contact Inbox for everyone?',
        consequences: [
          `Contact Inbox will read the incoming mail of every employee in Autograph: ${emails.length} users, ${waiting} of them not enabled yet.`,
          'Each night, through Autograph\'s service account (scope gmail.readonly), it reads their new mail from the last 7 days on, finds senders\' signatures and offers each user contact suggestions. Message bodies are not stored; administrators cannot read the suggestions.',
          'Only users your directory confirms as users of your domain are enabled.',
        ],
        undo: 'Disable everyone (on this card) stops reading everyone\'s mail; Disable on a user\'s card stops one.',
        verb: `Enable for ${emails.length} users`,
      }, () => {
        const r = setEnabled(store, viewer, emails, true);
        return doneAfterConfirmation(`${r.changed} user(s) enabled${refusedSuffix(r.refused)}.`, buildContactInboxAdminCard(viewer));
      });
    },
  },
  'contactInbox.disableAll': {
    adminOnly: true,
    handler: ({ event, viewer }) => {
      const store = adminStore(viewer);
      const enabled = enabledEmails(store);
      if (enabled.length === 0) return notify('Nobody is enabled: there is nothing to disable.');
      return confirmFirst(event, {
        route: 'contactInbox.disableAll', params: {}, subject: 'everyone',
        title: 'Disable Contact Inbox for everyone?',
        consequences: [
          `Contact Inbox stops reading the mail of all ${enabled.length} enabled users from now on.`,
          'Suggestions already made stay with their users; where each user had got to is kept, so enabling them again goes on from there.',
          'Contact Inbox itself stays on for your domain, with nobody enabled.',
        ],
        undo: 'Tick users and press Save selection, or Enable everyone, to read their mail again.',
        verb: `Disable for ${enabled.length} users`,
      }, () => {
        const r = setEnabled(store, viewer, enabled, false);
        return doneAfterConfirmation(`${r.changed} user(s) disabled: their mail is no longer read.`, buildContactInboxAdminCard(viewer));
      });
    },
  },
  'contactInbox.enableDepartment': {
    adminOnly: true,
    handler: ({ event, viewer }) => {
      const dept = formValue(event, 'ci_department') ?? ALL;
      if (dept === ALL) return notify('Department: choose one in the list first (or use Enable everyone).');
      const store = adminStore(viewer);
      const emails = store.employeeSummaries().filter((e) => e.department === dept && e.reason !== 'deleted').map((e) => e.primaryEmail);
      const r = setEnabled(store, viewer, emails, true);
      return notifyAndUpdate(`${r.changed} user(s) of ${dept} enabled${refusedSuffix(r.refused)}.`, buildContactInboxAdminCard(viewer, { department: dept }));
    },
  },
  'contactInbox.enableUser': {
    adminOnly: true,
    handler: ({ event, viewer }) => {
      const email = param(event, 'email') ?? '';
      const r = setEnabled(adminStore(viewer), viewer, [email], true);
      if (r.refused.length) return notify(notConfirmed(r.refused));
      return notifyAndUpdate(`${email} enabled.`, buildContactInboxUserCard(viewer, email));
    },
  },
  'contactInbox.disableUser': {
    adminOnly: true,
    handler: ({ event, viewer }) => {
      const email = param(event, 'email') ?? '';
      setEnabled(adminStore(viewer), viewer, [email], false);
      return notifyAndUpdate(`${email} disabled: their mail is no longer read.`, buildContactInboxUserCard(viewer, email));
    },
  },
  'contactInbox.user': { adminOnly: true, handler: ({ event, viewer }) => pushCard(buildContactInboxUserCard(viewer, param(event, 'email') ?? '')) },
  'contactInbox.startUser': {
    adminOnly: true,
    handler: ({ event, viewer }) => {
      const email = (param(event, 'email') ?? '').toLowerCase();
      const r = startNow(adminStore(viewer), [email], cardBudget(START_BUDGET_MS), `start-${Date.now().toString(36)}`);
      return notifyAndUpdate(startMessage(r), buildContactInboxUserCard(viewer, email));
    },
  },
  'contactInbox.startAll': {
    adminOnly: true,
    handler: ({ viewer }) => {
      const store = adminStore(viewer);
      const emails = new EnrollmentTable(store).read().users.filter((u) => u.enabled).map((u) => u.email);
      const r = startNow(store, emails, cardBudget(START_BUDGET_MS), `start-${Date.now().toString(36)}`);
      return notifyAndUpdate(startMessage(r), buildContactInboxAdminCard(viewer));
    },
  },
});
