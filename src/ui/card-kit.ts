/**
 * The small card builders every feature's cards share: escaping for card text, headers, text paragraphs,
 * buttons that call `dispatchAction`, and the way a card shows a moment in time.
 */
import { actionFor } from './actions';
import { refusalForButton } from './viewer-roles';

/**
 * Card text reads basic HTML (<b> <i> <u> <s> <font> <a> <br>: workspace/add-ons/concepts/widgets#text_formatting),
 * so anything that did not come from Autograph's own code (names, departments, addresses, error reasons, sample
 * values) goes through this before it is put into card text, to show as typed.
 */
export function escapeCardText(s: unknown): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A card header; title and subtitle are card text, so callers escape any data they put in them. */
export function header(title: string, subtitle?: string): GoogleAppsScript.Card_Service.CardHeader {
  const h = CardService.newCardHeader().setTitle(title);
  return subtitle ? h.setSubtitle(subtitle) : h;
}

/** A text paragraph; `t` is card text (formatting tags apply), so escape data put into it. */
export function textParagraph(t: string): GoogleAppsScript.Card_Service.TextParagraph {
  return CardService.newTextParagraph().setText(t);
}

/**
 * A text button that runs `route` through `dispatchAction`. One the viewer's roles do not allow is shown disabled,
 * its alternative text naming the role and whom to ask: a card shows what a role may do, and the rest greyed out
 * rather than hidden, so the layout an admin learns stays the same. TextButton.setDisabled: "Sets whether the button
 * is disabled" (developers.google.com/apps-script/reference/card-service/text-button).
 */
export function button(label: string, route: string, params: Record<string, string> = {}, filled = false): GoogleAppsScript.Card_Service.TextButton {
  const b = CardService.newTextButton().setText(label).setOnClickAction(actionFor(route, params));
  const refusal = refusalForButton(route);
  if (refusal) b.setDisabled(true).setAltText(refusal);
  return filled ? b.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : b;
}

/** A moment as "2026-11-21 09:30 UTC", or "never" for 0. */
export function utcWhen(ms: number): string {
  return ms ? `${new Date(ms).toISOString().replace('T', ' ').slice(0, 16)} UTC` : 'never';
}

/** A moment in the domain's time zone as "2026-11-21 09:30" (Utilities.formatDate), or `empty` for 0. */
export function zonedWhen(ms: number, timeZone: string, empty = '—'): string {
  return ms ? Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm') : empty;
}
