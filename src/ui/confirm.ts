/**
 * Confirmation before a destructive or bulk action: a card that says what will happen and how to undo it, with a
 * verb-first button ("Remove Ada Lovelace") and Cancel, which goes back. The action's own route shows the card
 * when called without a confirmation, and refuses one that was not issued to this admin for this very action and
 * subject (adapters/confirmations.ts) — so a forged `confirm` parameter cannot skip the step.
 */
import { issueConfirmation, redeemConfirmation } from '../adapters/confirmations';
import { actionFor, pushCard, type Route } from './actions';
import { header, textParagraph } from './card-kit';
import { param, type AddOnEvent } from './event';

type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

export interface Confirmation {
  /** The route that acts; it is called again with the confirmation id in `confirm`. */
  route: string;
  /** Parameters the acting call needs besides the confirmation (an employee id…). */
  params: Record<string, string>;
  /** What the confirmation is bound to, re-derived by the server on both calls (an id, "everyone"). */
  subject: string;
  /** Card title: the question, in plain words. Card text: escape any data in it. */
  title: string;
  /** What will happen, one sentence each (card text). */
  consequences: string[];
  /** How to undo it, or that it cannot be undone (card text). */
  undo: string;
  /** The button's label, verb first: "Remove Ada Lovelace". */
  verb: string;
}

export const CANCEL_ROUTE = 'confirm.cancel';

export function confirmationCard(c: Confirmation, id: string): Card {
  const section = CardService.newCardSection();
  for (const line of c.consequences) section.addWidget(textParagraph(line));
  section.addWidget(CardService.newDecoratedText().setTopLabel('To undo').setText(c.undo).setWrapText(true));
  section.addWidget(
    CardService.newButtonSet()
      .addButton(CardService.newTextButton().setText(c.verb).setTextButtonStyle(CardService.TextButtonStyle.FILLED).setOnClickAction(actionFor(c.route, { ...c.params, confirm: id })))
      .addButton(CardService.newTextButton().setText('Cancel').setOnClickAction(actionFor(CANCEL_ROUTE))),
  );
  return CardService.newCardBuilder().setName('confirm').setHeader(header(c.title)).addSection(section).build();
}

/**
 * The confirmation step around `act`: no `confirm` parameter → the confirmation card (nothing changes); one that
 * this admin was issued for this route and subject → `act()`; anything else → refused, nothing changes.
 */
export function confirmFirst(event: AddOnEvent, c: Confirmation, act: () => ActionResponse): ActionResponse {
  const given = param(event, 'confirm');
  if (given === undefined || given === '') return pushCard(confirmationCard(c, issueConfirmation({ route: c.route, subject: c.subject })));
  if (!redeemConfirmation(given, { route: c.route, subject: c.subject })) {
    return CardService.newActionResponseBuilder()
      .setNotification(CardService.newNotification().setText('Not done: this confirmation was not issued to you for this action, or it has expired (10 minutes). Nothing was changed; start again from the button.'))
      .build();
  }
  return act();
}

/**
 * After a confirmed action: closes the confirmation card, and `alsoClose` cards below it that showed what is now
 * gone (the deleted campaign's editor), then shows `card` fresh in place of the one it returns to.
 */
export function doneAfterConfirmation(text: string, card: Card, alsoClose = 0): ActionResponse {
  const nav = CardService.newNavigation().popCard();
  for (let i = 0; i < alsoClose; i++) nav.popCard();
  return CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText(text)).setNavigation(nav.updateCard(card)).build();
}

export const confirmRoutes: Record<string, Route> = {
  // Cancel only goes back: it reads nothing and changes nothing, so anyone may call it.
  [CANCEL_ROUTE]: { adminOnly: false, handler: () => CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().popCard()).build() },
};
