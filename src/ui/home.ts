import { actionFor, notifyAndUpdate, pushCard, Route, updateCard, type ActionContext } from './actions';
import { escapeCardText, header, textParagraph } from './card-kit';
import type { Viewer } from './viewer';
import { connectionSection } from './connection-cards';
import { helpSection } from './help';
import { platformCheckSection } from './platform-check-cards';
import { directorySections } from './sync-cards';
import { signaturesSection } from './signature-cards';
import { contactSection } from './contact-cards';
import { contactInboxSection } from './contact-inbox-admin-cards';
import { buildMySignatureCard } from './my-signature-cards';
import { collectMySuggestions } from '../adapters/suggestion-store';
import { storeAccessSections } from './admin-store';
import { button } from './card-kit';
import { rolesSection } from './roles-cards';
import { editFieldsSection, editRequestSection } from './edit-request-cards';
import { allowedEntries } from './viewer-roles';
import { assignToEveryone, checkConnection, checklistSections, importWithDefaults, pushToEveryone, useStarter } from './setup-checklist-card';
import { needingStore } from './admin-store';

type Card = GoogleAppsScript.Card_Service.Card;

/**
 * One entry of the admin home card. Features add themselves to ADMIN_SECTIONS; the home card lists them in
 * this order.
 */
export interface AdminSection {
  route: string;
  label: string;
  description: string;
}

export const ADMIN_SECTIONS: AdminSection[] = [...directorySections, signaturesSection, editRequestSection, editFieldsSection, connectionSection, contactInboxSection, contactSection, platformCheckSection, helpSection];

/** Entries of a non-admin's home card (routes that are not adminOnly). */
export const USER_SECTIONS: AdminSection[] = [contactSection, helpSection];

/**
 * The card Gmail opens first: admins get the home card, everyone else their own signature. Opening it also
 * collects the viewer's Contact Inbox suggestions from the nightly drop.
 */
export function buildHomepage(viewer: Viewer): Card {
  collectMySuggestions(viewer.email);
  // Rights that could not be checked are said as such: never the employee view in silence.
  return viewer.isAdmin || viewer.rightsProblem ? buildHomeCard(viewer) : buildMySignatureCard(viewer, USER_SECTIONS);
}

export function buildHomeCard(viewer: Viewer): Card {
  const card = CardService.newCardBuilder().setName('home').setHeader(header('Autograph', escapeCardText(viewer.isAdmin ? `Admin · ${viewer.domain}` : viewer.email)));
  if (viewer.rightsProblem) {
    const buttons = CardService.newButtonSet();
    if (viewer.rightsFix) {
      // The console page is under https://console.cloud.google.com/, one of the manifest's openLinkUrlPrefixes.
      buttons.addButton(CardService.newTextButton().setText(viewer.rightsFix.label).setOpenLink(CardService.newOpenLink().setUrl(viewer.rightsFix.url)));
    }
    card.addSection(
      CardService.newCardSection()
        .addWidget(textParagraph(`<font color="#d93025">${escapeCardText(viewer.rightsProblem)}</font>`))
        .addWidget(buttons.addButton(button('Try again', 'home.open', {}, true))),
    );
  }
  if (viewer.isAdmin) {
    for (const s of storeAccessSections(viewer)) card.addSection(s);
    // Until setup is done the checklist comes first; then a status line above the usual menu.
    const checklist = checklistSections(viewer);
    for (const s of checklist?.sections ?? []) card.addSection(s);
    if (checklist?.done && checklist.statusLine) card.addSection(CardService.newCardSection().addWidget(textParagraph(escapeCardText(checklist.statusLine))));
    // Under the checklist the menu stays as it is: every feature is reachable during setup too.
    const section = CardService.newCardSection().setHeader('Manage your domain');
    // Only what the viewer's roles allow (src/ui/route-roles.ts), and whom to ask for the rest.
    const allowed = allowedEntries(viewer, [...ADMIN_SECTIONS, rolesSection]);
    if (allowed.note) section.addWidget(textParagraph(escapeCardText(allowed.note)));
    for (const s of allowed.shown) {
      section.addWidget(
        CardService.newDecoratedText()
          .setText(s.label)
          .setBottomLabel(s.description)
          .setWrapText(true)
          .setOnClickAction(actionFor(s.route)),
      );
    }
    if (ADMIN_SECTIONS.length === 0) {
      section.addWidget(textParagraph('No admin features are available in this build.'));
    }
    card.addSection(section);
  } else {
    // CardService refuses a card without sections: a user's home lists what users may open.
    const section = CardService.newCardSection();
    for (const s of USER_SECTIONS) {
      section.addWidget(
        CardService.newDecoratedText().setText(s.label).setBottomLabel(s.description).setWrapText(true).setOnClickAction(actionFor(s.route)),
      );
    }
    card.addSection(section);
  }
  return card.build();
}

/** A checklist step's action: does the step, then shows the home card again (it is the root: updated in place). */
function step(act: (ctx: ActionContext) => string): Route {
  return { adminOnly: true, handler: (ctx) => notifyAndUpdate(act(ctx), buildHomeCard(ctx.viewer)) };
}

export const homeRoutes: Record<string, Route> = {
  'home.open': { adminOnly: false, handler: ({ viewer }) => updateCard(buildHomeCard(viewer)) },
  'home.push': { adminOnly: false, handler: ({ viewer }) => pushCard(buildHomeCard(viewer)) },
  'checklist.import': step(importWithDefaults),
  ...needingStore({
    'checklist.check': step(checkConnection),
    'checklist.template': step(useStarter),
    'checklist.assign': step(assignToEveryone),
    'checklist.push': step(pushToEveryone),
  }),
};
