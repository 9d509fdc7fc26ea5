/**
 * How admin cards reach the tenant's store: the viewer's tenant, its store, and what a card action answers when
 * the store cannot be opened — no setup yet, deleted, not shared with this admin — as a card saying what
 * happened and offering the fix, instead of failing with an error the sidebar cannot show. The admin home also
 * makes the tenant's files follow the Directory's current admins and offers to re-create a store whose owner is
 * no longer an admin.
 */
import { locationForEmail } from '../adapters/store/registry';
import { openStoreForEmail, StoreNotSetUpError, StoreUnavailableError, tenantForEmail, type TenantStore } from '../adapters/store/tenant-store';
import { recreateTenantStore } from '../adapters/store/store-recovery';
import { AdminDirectoryPort } from '../adapters/directory';
import { followDirectoryAdmins } from '../jobs/admin-access';
import { runFromCard } from '../jobs/runner';
import type { TenantRecord } from '../core/tenant';
import { errorText } from '../core/error-text';
import { notify, pushCard, updateCard, type ActionContext, type Route } from './actions';
import { button, escapeCardText, header, textParagraph } from './card-kit';
import type { Viewer } from './viewer';
import { runHealthSection } from './run-health-section';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

/**
 * The viewer's tenant (found by their domain, read from its store), or null before the setup. Throws
 * StoreUnavailableError when the store cannot be opened (needingStore turns that into the card with the fix).
 */
export function adminTenant(viewer: Viewer): TenantRecord | null {
  return tenantForEmail(viewer.email);
}

/** The viewer's tenant store; throws StoreNotSetUpError / StoreUnavailableError when it cannot be opened. */
export function adminStore(viewer: Viewer): TenantStore {
  return openStoreForEmail(viewer.email);
}

/** The answer to an admin action on a domain without a store: why, and the button to the setup. */
export function setupFirstCard(reason: string): Card {
  const s = CardService.newCardSection()
    .addWidget(textParagraph(escapeCardText(reason)))
    .addWidget(CardService.newButtonSet().addButton(button('Set up Autograph', 'dir.home', {}, true)).addButton(button('Back to home', 'home.open')));
  return CardService.newCardBuilder().setName('setup-first').setHeader(header('Run the setup first')).addSection(s).build();
}

/** A store that cannot be opened, as a state: what happened, and the fix this admin can apply. */
export function storeProblemCard(err: StoreUnavailableError): Card {
  const buttons = CardService.newButtonSet();
  if (err.problem === 'deleted') buttons.addButton(button('Re-create the store and re-import', 'store.recreate', {}, true));
  else buttons.addButton(button('Check again', 'home.open', {}, true));
  buttons.addButton(button('Back to home', 'home.open'));
  const title = err.problem === 'deleted' ? 'The Autograph spreadsheet is gone' : 'The Autograph spreadsheet is not shared with you';
  const s = CardService.newCardSection().addWidget(textParagraph(escapeCardText(err.message))).addWidget(buttons);
  return CardService.newCardBuilder().setName('store-problem').setHeader(header(title)).addSection(s).build();
}

/**
 * The same routes, each answering with a card that says what happened when its handler finds no usable store.
 * Card actions must answer with an ActionResponse (workspace/add-ons/concepts/actions), so the card is pushed.
 */
export function needingStore(routes: Record<string, Route>): Record<string, Route> {
  const wrapped: Record<string, Route> = {};
  for (const [name, route] of Object.entries(routes)) {
    wrapped[name] = {
      adminOnly: route.adminOnly,
      handler: (ctx) => {
        try {
          return route.handler(ctx);
        } catch (err) {
          if (err instanceof StoreNotSetUpError) return pushCard(setupFirstCard(err.message));
          if (err instanceof StoreUnavailableError) return pushCard(storeProblemCard(err));
          throw err;
        }
      },
    };
  }
  return wrapped;
}

/**
 * The admin home's store sections: shares the tenant's files with exactly the current admins, says what is wrong
 * with the store (deleted, not shared, owner no longer an admin) with its fix, and warns when the nightly run has
 * not completed for 36 hours (ui/run-health-section.ts). Empty when all is well.
 */
export function storeAccessSections(viewer: Viewer): Section[] {
  if (!locationForEmail(viewer.email)) return [];
  let text = '';
  let recreate = false;
  let health: Section | null = null;
  try {
    const store = adminStore(viewer);
    const outcome = followDirectoryAdmins(store.tenant, store.spreadsheet);
    text = outcome.ownerNotice;
    recreate = Boolean(outcome.ownerNotice);
    health = runHealthSection(store, Date.now());
  } catch (err) {
    if (err instanceof StoreUnavailableError) {
      text = err.message;
      recreate = err.problem === 'deleted';
    } else {
      text = `Autograph could not check who may open its spreadsheet: ${errorText(err)}. Open the home again in a minute.`;
    }
  }
  const out: Section[] = health ? [health] : [];
  if (!text) return out;
  const s = CardService.newCardSection().setHeader('Autograph spreadsheet').addWidget(textParagraph(`<font color="#d93025">${escapeCardText(text)}</font>`));
  if (recreate) s.addWidget(CardService.newButtonSet().addButton(button('Re-create the store', 'store.recreate', {}, true)));
  return [s, ...out];
}

/**
 * "Re-create the store": only when the old one is deleted or owned by someone who is no longer an admin — a
 * store that is merely not shared with this admin is someone else's working store and is left alone.
 */
function recreateStore({ viewer }: ActionContext) {
  if (!locationForEmail(viewer.email)) return pushCard(setupFirstCard(new StoreNotSetUpError(viewer.domain).message));
  const dir = new AdminDirectoryPort();
  const admins = dir.listAdminEmails();
  let old: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  // A deleted store takes its settings with it: the registry's stub (automatic sync off) is all there is left.
  let tenant: TenantRecord;
  try {
    const store = adminStore(viewer);
    old = store.spreadsheet;
    tenant = store.tenant;
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    if (err.problem === 'notShared') return pushCard(storeProblemCard(err));
    tenant = { ...err.tenant, primaryDomain: viewer.domain, timeZone: Session.getScriptTimeZone() };
  }
  if (old) {
    const owner = old.getOwner()?.getEmail().toLowerCase() ?? '';
    if (admins.includes(owner)) return notify(`The Autograph spreadsheet is owned by ${owner}, a current administrator: nothing to re-create.`);
  }
  const { store, copiedTables } = recreateTenantStore(tenant, viewer.email, admins, old, Date.now());
  const report = runFromCard(store.tenant, 'import', viewer.email);
  const kept = copiedTables.length > 0 ? `Copied from the old spreadsheet: ${copiedTables.join(', ')}.` : 'Nothing could be copied from the old spreadsheet: set the templates and mapping again.';
  const s = CardService.newCardSection()
    .addWidget(textParagraph(escapeCardText(`A new Autograph spreadsheet, owned by you, replaces the old one. ${kept} Employees are being re-imported: ${report.message}`)))
    .addWidget(CardService.newButtonSet().addButton(button('Show progress', 'dir.progress', {}, true)).addButton(button('Back to home', 'home.open')));
  return updateCard(CardService.newCardBuilder().setName('store-recreated').setHeader(header('Store re-created')).addSection(s).build());
}

export const storeRoutes: Record<string, Route> = {
  'store.recreate': { adminOnly: true, handler: recreateStore },
};
