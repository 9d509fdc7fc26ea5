/**
 * How admin cards reach the tenant's store: the viewer's tenant, its store, and what a card action answers when
 * the domain has no store yet — a card saying to run the setup first, with the way there — instead of failing
 * with an error the sidebar cannot show.
 */
import { tenantForEmail } from '../adapters/store/registry';
import { openStoreForEmail, StoreNotSetUpError, type TenantStore } from '../adapters/store/tenant-store';
import type { TenantRecord } from '../core/tenant';
import { pushCard, type Route } from './actions';
import { button, escapeCardText, header, textParagraph } from './card-kit';
import type { Viewer } from './viewer';

type Card = GoogleAppsScript.Card_Service.Card;

/** The viewer's tenant (found by their domain), or null before the setup. */
export function adminTenant(viewer: Viewer): TenantRecord | null {
  return tenantForEmail(viewer.email);
}

/** The viewer's tenant store; throws StoreNotSetUpError when their domain is not connected yet. */
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

/**
 * The same routes, each answering with `setupFirstCard` when its handler finds no store for the viewer's domain.
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
          throw err;
        }
      },
    };
  }
  return wrapped;
}
