/**
 * "Open in Studio": an OpenLink to the Studio web app in a new tab (OpenAs.FULL_SIZE), for one template or a new
 * one. Gmail opens it only under a prefix of addOns.common.openLinkUrlPrefixes (apps-script/reference/card-service/
 * open-link: "The URL must match a prefix whitelisted in the manifest"), which lists https://script.google.com/macros/s/.
 * Null when the project has no web-app deployment (no link that would lead nowhere).
 */
import { webAppUrl } from '../adapters/web-app-url';

export function studioButton(templateId: string): GoogleAppsScript.Card_Service.ButtonSet | null {
  const base = webAppUrl();
  if (!base) return null;
  const url = templateId && /^[\w-]{1,40}$/.test(templateId) ? `${base}?template=${encodeURIComponent(templateId)}` : base;
  const link = CardService.newOpenLink().setUrl(url).setOpenAs(CardService.OpenAs.FULL_SIZE).setOnClose(CardService.OnClose.NOTHING);
  return CardService.newButtonSet().addButton(CardService.newTextButton().setText('Open in Studio').setOpenLink(link));
}
