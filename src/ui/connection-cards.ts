/**
 * The admin's view of delegated access: the "Connection" card (users counted by linkage status, the users in each,
 * a re-check), a card per user (reason and fix), and the setup card for the two ways to connect — the publisher's
 * service account (client id and scopes to paste into the Admin console) or the customer's own key (pasted JSON
 * key file, checked before it is stored). Key material is never put into a card, a notification or a log.
 */
import { LinkageRecord } from '../core/delegation/connection';
import { countByStatus, LINKAGE_LABELS, LINKAGE_ORDER, LinkageStatus } from '../core/delegation/linkage';
import { tenantDelegation, userDelegation } from './signature-states';
import { redactSecrets } from '../core/delegation/redact';
import { adminConsoleScopeList, DELEGATION_SCOPES } from '../core/delegation/scopes';
import {
  activeConnection,
  ActiveConnection,
  CARD_CHECK_BUDGET_MS,
  checkLinkage,
  readConnectionSettings,
  saveCustomerKey,
  SheetLinkageStore,
  usePublisherAccount,
  usersToCheck,
} from '../adapters/service-account/connection';
import { publisherKey } from '../adapters/service-account/key-store';
import { cardBudget } from '../adapters/platform-probe';
import { openStoreForEmail, TenantStore } from '../adapters/store/tenant-store';
import { actionFor, notify, notifyAndUpdate, pushCard, Route } from './actions';
import { button, escapeCardText, header, textParagraph, utcWhen } from './card-kit';
import { formValue, param } from './event';
import type { Viewer } from './viewer';
import type { AdminSection } from './home';
import { errorText } from '../core/error-text';
import { disabledApiOf } from '../core/api-enablement';
import { emailKey } from '../core/tenant';

type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

/** Widgets per section stay well under the 100 allowed (PLATFORM.md "Cards"). */
const USERS_PER_CARD = 80;

/** The card shown when the tenant's store or connection cannot be opened: the reason, and the way back. */
function problemCard(title: string, message: string): Card {
  return CardService.newCardBuilder()
    .setName('connection-problem')
    .setHeader(header(title))
    .addSection(CardService.newCardSection().addWidget(textParagraph(escapeCardText(redactSecrets(message)))).addWidget(button('Back to home', 'home.open')))
    .build();
}

/** Runs a card action against the viewer's tenant store; without a store, the action answers with a problem card. */
function withStore(viewer: Viewer, fn: (store: TenantStore) => ActionResponse): ActionResponse {
  let store: TenantStore;
  try {
    store = openStoreForEmail(viewer.email);
  } catch (err) {
    // Card actions must answer with an ActionResponse (workspace/add-ons/concepts/actions), not a bare Card.
    return pushCard(problemCard('Connection', errorText(err)));
  }
  return fn(store);
}

function activeOrNull(store: TenantStore): { conn: ActiveConnection | null; problem: string } {
  try {
    return { conn: activeConnection(store), problem: '' };
  } catch (err) {
    return { conn: null, problem: errorText(err) };
  }
}

// ---- The Connection card -------------------------------------------------------------------------------------

/** Client id and scopes as wrapping text, whole, so the admin can select and copy them (inputs cut them off). */
function pasteSection(clientId: string): GoogleAppsScript.Card_Service.CardSection {
  return CardService.newCardSection()
    .setHeader('What to paste in the Admin console')
    .addWidget(textParagraph('admin.google.com › Security › Access and data control › API controls › Manage domain-wide delegation › Add new (or edit this client id):'))
    .addWidget(CardService.newDecoratedText().setTopLabel('Client ID').setText(escapeCardText(clientId)).setWrapText(true))
    .addWidget(textParagraph(`OAuth scopes (comma-delimited):<br>${escapeCardText(adminConsoleScopeList(DELEGATION_SCOPES))}`))
    .addWidget(textParagraph('Changes can take from a few minutes up to 24 hours to apply; then press Re-check.'));
}

export function buildConnectionCard(viewer: Viewer, store: TenantStore): Card {
  const { conn, problem } = activeOrNull(store);
  const states = tenantDelegation(store, 'counts');
  const counts = countByStatus(states.delegation.values());
  const checked = states.delegation.size;
  const card = CardService.newCardBuilder().setName('connection').setHeader(header('Connection', 'Delegated access to your users\' Gmail'));

  const account = CardService.newCardSection().setHeader('Service account');
  if (conn) {
    account.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(conn.mode === 'publisher' ? 'Autograph\'s service account' : 'Your own service account')
        .setText(escapeCardText(conn.key.clientEmail))
        .setBottomLabel(`Client id ${conn.key.clientId}`)
        .setWrapText(true),
    );
  } else {
    account.addWidget(textParagraph(problem ? escapeCardText(redactSecrets(problem)) : 'Not connected yet: choose how Autograph reaches your users\' Gmail.'));
  }
  account.addWidget(button('Set up connection', 'connection.setup'));
  card.addSection(account);

  // Checked: a Connection check of the user, or a signature Gmail accepted and returned (employee-state.ts).
  const byStatus = CardService.newCardSection().setHeader(`Users Autograph has reached (${checked} checked)`);
  if (checked === 0) byStatus.addWidget(textParagraph('Autograph has not reached any user\'s Gmail yet. Press Re-check, or Apply now on the Signatures card.'));
  for (const s of LINKAGE_ORDER) {
    const w = CardService.newDecoratedText().setText(`${LINKAGE_LABELS[s]}: ${counts[s]}`).setWrapText(true);
    if (counts[s] > 0) w.setOnClickAction(actionFor('connection.status', { status: s }));
    byStatus.addWidget(w);
  }
  const unchecked = states.unchecked;
  if (unchecked > 0) byStatus.addWidget(CardService.newDecoratedText().setText(`Not checked yet: ${unchecked} of ${states.employees} employees`).setWrapText(true));
  const last = [...states.delegation.values()].reduce((m, r) => Math.max(m, r.at), 0);
  if (last) byStatus.addWidget(textParagraph(`Last reached ${utcWhen(last)}.`));
  byStatus.addWidget(CardService.newButtonSet().addButton(button('Re-check', 'connection.recheck', {}, true)));
  card.addSection(byStatus);
  if (conn && counts.ok < checked + unchecked) card.addSection(pasteSection(conn.key.clientId));
  return card.build();
}

/** One user's evidence as the user card shows it: the check's record, or what a write showed. */
function evidenceRecord(store: TenantStore, email: string): LinkageRecord | null {
  const ev = userDelegation(store, email);
  if (!ev) return null;
  const check = new SheetLinkageStore(store).readOne(store.customerId, email);
  if (ev.source === 'check' && check) return check;
  return { email, status: ev.status, cause: ev.cause, reason: ev.reason, fix: ev.fix, googleAnswer: '', checkedAt: ev.at };
}

function usersCard(store: TenantStore, status: LinkageStatus): Card {
  const all = [...tenantDelegation(store).delegation.entries()].filter(([, r]) => r.status === status).sort(([a], [b]) => (a < b ? -1 : 1));
  const section = CardService.newCardSection().setHeader(`${LINKAGE_LABELS[status]} · ${all.length} users`);
  for (const [email, r] of all.slice(0, USERS_PER_CARD)) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(escapeCardText(email))
        .setBottomLabel(escapeCardText(r.reason))
        .setWrapText(true)
        .setOnClickAction(actionFor('connection.user', { email })),
    );
  }
  if (all.length > USERS_PER_CARD) section.addWidget(textParagraph(`…and ${all.length - USERS_PER_CARD} more.`));
  if (all.length === 0) section.addWidget(textParagraph('No users have this status.'));
  return CardService.newCardBuilder().setName(`connection-${status}`).setHeader(header('Connection', LINKAGE_LABELS[status])).addSection(section).build();
}

function userCard(r: LinkageRecord, store: TenantStore): Card {
  const section = CardService.newCardSection()
    .addWidget(CardService.newDecoratedText().setTopLabel('Status').setText(LINKAGE_LABELS[r.status]).setBottomLabel(r.checkedAt ? `Last reached ${utcWhen(r.checkedAt)}` : 'Learnt from a signature write').setWrapText(true))
    .addWidget(CardService.newDecoratedText().setTopLabel('Reason').setText(escapeCardText(r.reason)).setWrapText(true));
  if (r.fix) section.addWidget(CardService.newDecoratedText().setTopLabel('Fix').setText(escapeCardText(r.fix)).setWrapText(true));
  if (r.googleAnswer) {
    section.addWidget(CardService.newDecoratedText().setTopLabel('Google answered').setText(escapeCardText(redactSecrets(r.googleAnswer))).setWrapText(true));
  }
  const buttons = CardService.newButtonSet();
  const disabled = r.cause === 'apiDisabled' && readConnectionSettings(store)?.mode === 'customer' ? disabledApiOf(r.googleAnswer) : null;
  // The customer's own project is theirs to fix (the publisher's is not): link its console page, an allowed prefix.
  if (disabled) buttons.addButton(CardService.newTextButton().setText(`Enable the ${disabled.title}`).setOpenLink(CardService.newOpenLink().setUrl(disabled.enableUrl)));
  section.addWidget(buttons.addButton(button('Re-check this user', 'connection.checkUser', { email: r.email }, true)));
  return CardService.newCardBuilder().setName('connection-user').setHeader(header(escapeCardText(r.email), 'Connection')).addSection(section).build();
}

// ---- The setup card ------------------------------------------------------------------------------------------

export function buildSetupCard(viewer: Viewer, store: TenantStore, error?: { title: string; lines: string[] }): Card {
  const settings = readConnectionSettings(store);
  let pub: { clientId: string; clientEmail: string } | null = null;
  let pubProblem = '';
  try {
    pub = publisherKey();
  } catch (err) {
    pubProblem = errorText(err);
  }
  const card = CardService.newCardBuilder().setName('connection-setup').setHeader(header('Set up connection', settings ? `Now: ${settings.mode === 'customer' ? 'your own key' : 'Autograph\'s service account'}` : 'Not connected'));

  if (error) {
    const s = CardService.newCardSection().setHeader(escapeCardText(error.title));
    for (const line of error.lines) s.addWidget(textParagraph(escapeCardText(redactSecrets(line))));
    card.addSection(s);
  }

  const scopes = adminConsoleScopeList(DELEGATION_SCOPES);
  const publisher = CardService.newCardSection().setHeader('Option 1 · Autograph\'s service account').setCollapsible(Boolean(settings?.mode === 'customer'));
  if (pub) {
    publisher
      .addWidget(textParagraph('A super admin authorises Autograph once: Admin console › Security › API controls › Domain-wide delegation › Add new, then paste these two values.'))
      // Wrapping text, not inputs: an input cut the scopes off ("gmail.settings.b…") where the admin copies them.
      .addWidget(CardService.newDecoratedText().setTopLabel('Client ID').setText(escapeCardText(pub.clientId)).setWrapText(true))
      .addWidget(textParagraph(`OAuth scopes (comma-delimited):<br>${escapeCardText(scopes)}`))
      .addWidget(textParagraph('Changes can take from a few minutes up to 24 hours to apply.'))
      .addWidget(
        CardService.newButtonSet()
          .addButton(button('Use Autograph\'s account', 'connection.usePublisher', {}, settings?.mode !== 'publisher'))
          .addButton(button('Check connection', 'connection.checkSelf')),
      );
  } else {
    publisher.addWidget(textParagraph(pubProblem ? escapeCardText(redactSecrets(pubProblem)) : 'This deployment of Autograph has no service account of its own. Use your own key below.'));
  }
  card.addSection(publisher);

  const own = CardService.newCardSection().setHeader('Option 2 · Your own service account key').setCollapsible(settings?.mode !== 'customer' && Boolean(pub));
  own
    .addWidget(
      textParagraph(
        '1. In Google Cloud console create a service account and a JSON key (IAM & Admin › Service accounts › Keys › Add key › JSON).<br>' +
          '2. In Admin console › Security › API controls › Domain-wide delegation, add its client ID with the scopes above.<br>' +
          '3. Open the downloaded file in a text editor, copy all of it and paste it below. Gmail add-on cards cannot upload files, so the file is pasted as text.',
      ),
    )
    .addWidget(
      CardService.newTextInput()
        .setFieldName('keyFile')
        .setTitle('JSON key file contents')
        .setHint('Starts with { "type": "service_account", … — it is checked, encrypted and never shown again')
        .setMultiline(true),
    )
    .addWidget(CardService.newTextInput().setFieldName('testUser').setTitle('Test with this user').setValue(viewer.email).setHint('Autograph asks Google for a token as this user and reads their send-as list'))
    .addWidget(CardService.newButtonSet().addButton(button('Check and save key', 'connection.saveKey', {}, true)));
  if (settings?.mode === 'customer') {
    own.addWidget(textParagraph(`Saved key: ${escapeCardText(settings.clientEmail)} (client id ${escapeCardText(settings.clientId)}), by ${escapeCardText(settings.savedBy)} on ${utcWhen(settings.savedAt)}.`));
  }
  card.addSection(own);
  return card.build();
}

// ---- Routes ----------------------------------------------------------------------------------------------------

function recheck(store: TenantStore, emails?: string[]) {
  const { conn, problem } = activeOrNull(store);
  if (!conn) return notify(problem || 'Set up the connection first.');
  const linkage = new SheetLinkageStore(store);
  const known = linkage.readAll(store.customerId);
  const users = emails ?? usersToCheck(store, known);
  if (users.length === 0) return notify('No users to check: run the directory sync first.');
  const { report } = checkLinkage(store, conn, users, cardBudget(CARD_CHECK_BUDGET_MS), linkage);
  const checked = report.outcomes.length;
  const left = report.unfinished.length;
  const msg = left > 0 ? `Checked ${checked} users; ${left} left — press Re-check to continue.` : `Checked ${checked} users.`;
  return { msg, conn };
}

export const connectionRoutes: Record<string, Route> = {
  'connection.open': {
    adminOnly: true,
    handler: ({ viewer }) => withStore(viewer, (store) => pushCard(buildConnectionCard(viewer, store))),
  },
  'connection.setup': {
    adminOnly: true,
    handler: ({ viewer }) => withStore(viewer, (store) => pushCard(buildSetupCard(viewer, store))),
  },
  'connection.status': {
    adminOnly: true,
    handler: ({ viewer, event }) => withStore(viewer, (store) => pushCard(usersCard(store, (param(event, 'status') ?? 'ok') as LinkageStatus))),
  },
  'connection.user': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withStore(viewer, (store) => {
        const email = param(event, 'email') ?? '';
        const r = evidenceRecord(store, email);
        return r ? pushCard(userCard(r, store)) : notify(`${email} has not been checked yet. Press Re-check.`);
      }),
  },
  'connection.recheck': {
    adminOnly: true,
    handler: ({ viewer }) =>
      withStore(viewer, (store) => {
        const r = recheck(store);
        return 'msg' in r ? notifyAndUpdate(r.msg, buildConnectionCard(viewer, store)) : r;
      }),
  },
  'connection.checkUser': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withStore(viewer, (store) => {
        const email = (param(event, 'email') ?? '').toLowerCase();
        const r = recheck(store, [email]);
        if (!('msg' in r)) return r;
        const rec = new SheetLinkageStore(store).readAll(store.customerId).find((x) => x.email === email);
        return rec ? notifyAndUpdate(`${LINKAGE_LABELS[rec.status]}: ${rec.reason}`, userCard(rec, store)) : notify(r.msg);
      }),
  },
  'connection.checkSelf': {
    adminOnly: true,
    handler: ({ viewer }) =>
      withStore(viewer, (store) => {
        const r = recheck(store, [viewer.email]);
        if (!('msg' in r)) return r;
        const rec = new SheetLinkageStore(store).readAll(store.customerId).find((x) => x.email === viewer.email);
        return rec ? notifyAndUpdate(`${LINKAGE_LABELS[rec.status]}: ${rec.reason}`, userCard(rec, store)) : notify(r.msg);
      }),
  },
  'connection.usePublisher': {
    adminOnly: true,
    handler: ({ viewer }) =>
      withStore(viewer, (store) => {
        try {
          usePublisherAccount(store, viewer.email);
        } catch (err) {
          return notify(redactSecrets(errorText(err)));
        }
        return notifyAndUpdate('Autograph\'s service account is now used for your domain. Press Check connection once delegation is set.', buildSetupCard(viewer, store));
      }),
  },
  'connection.saveKey': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withStore(viewer, (store) => {
        const keyText = formValue(event, 'keyFile') ?? '';
        const testUser = emailKey(formValue(event, 'testUser') ?? viewer.email);
        const r = saveCustomerKey(store, keyText, testUser, viewer.email);
        if (r.ok) {
          return notifyAndUpdate(`Key saved: Autograph reached ${testUser}'s Gmail.`, buildConnectionCard(viewer, store));
        }
        const lines = r.fileError
          ? [r.fileError.field === 'key file' ? `The key file ${r.fileError.problem}` : `The key file's ${r.fileError.field} ${r.fileError.problem}`, r.fileError.fix]
          : [`${LINKAGE_LABELS[r.verdict!.status]}: ${r.verdict!.reason}`, r.verdict!.fix, r.verdict!.googleAnswer ? `Google answered: ${r.verdict!.googleAnswer}` : ''].filter(Boolean);
        const title = r.fileError ? 'The key was not saved' : `The key was not saved: the test as ${testUser} failed`;
        return notifyAndUpdate(title, buildSetupCard(viewer, store, { title, lines }));
      }),
  },
};

/** The admin home card's entry (ADMIN_SECTIONS in home.ts). */
export const connectionSection: AdminSection = {
  route: 'connection.open',
  label: 'Connection',
  description: 'Whether Autograph can reach each user\'s Gmail, and how to fix it',
};
