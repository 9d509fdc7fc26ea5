import type { AddOnEvent } from './event';
import type { Viewer } from './viewer';

type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

/** What a card action handler receives: the event and who clicked. */
export interface ActionContext {
  event: AddOnEvent;
  viewer: Viewer;
}

export type ActionHandler = (ctx: ActionContext) => ActionResponse | Card;

/** A card action. `adminOnly` is enforced on the server side by `dispatchAction`, whatever a card showed. */
export interface Route {
  handler: ActionHandler;
  adminOnly: boolean;
}

/** The one global every card button calls; the route name travels in the `action` parameter. */
export const DISPATCH_FUNCTION = 'dispatchAction';

/** An Action that calls `dispatchAction` with the route name and string parameters. */
export function actionFor(route: string, params: Record<string, string> = {}): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction()
    .setFunctionName(DISPATCH_FUNCTION)
    .setParameters({ ...params, action: route })
    .setLoadIndicator(CardService.LoadIndicator.SPINNER);
}

export function pushCard(card: Card): ActionResponse {
  return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().pushCard(card)).build();
}

export function updateCard(card: Card): ActionResponse {
  return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().updateCard(card)).build();
}

/** The answer to a universal action: shows `card` in place of the add-on's cards. */
export function universalCard(card: Card): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}

export function notify(text: string): ActionResponse {
  return CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText(text)).build();
}

export function notifyAndUpdate(text: string, card: Card): ActionResponse {
  return CardService.newActionResponseBuilder()
    .setNotification(CardService.newNotification().setText(text))
    .setNavigation(CardService.newNavigation().updateCard(card))
    .build();
}

/**
 * ← in Gmail shows the card below as it was built: "popping cards off the stack returns the display to previous
 * cards" (developers.google.com/workspace/add-ons/how-tos/navigation), and nothing of the add-on runs. So an action
 * that changes what the card below shows rebuilds it: pop the current card, replace the one under it with `below`,
 * and push `current` again when the admin stays on it — the guide's "combination of popCard and pushCard for
 * updating previous and current cards"; a Navigation's steps run in the order they were added (same page).
 */
export function refreshBelow(below: Card, current?: Card, text?: string): ActionResponse {
  const nav = CardService.newNavigation().popCard().updateCard(below);
  if (current) nav.pushCard(current);
  const r = CardService.newActionResponseBuilder().setNavigation(nav);
  if (text !== undefined) r.setNotification(CardService.newNotification().setText(text));
  return r.build();
}
