/**
 * "About & help": what this installation is (version, who is signed in, the domain), every permission the add-on
 * asks for and why, and the Admin console pages an admin needs while setting Autograph up. Built from the
 * manifest itself, so the list of scopes can never drift from what users are asked to grant.
 */
import manifest from '../../appsscript.json';
import { version } from '../../package.json';
import { pushCard, Route } from './actions';
import { escapeCardText, header } from './card-kit';
import type { AdminSection } from './home';
import type { Viewer } from './viewer';

/** Why each scope is there, in the words an admin reviewing the consent screen needs. */
const SCOPE_PURPOSES: Record<string, string> = {
  'gmail.addons.execute': 'Run as a Gmail add-on.',
  'gmail.addons.current.message.readonly': 'Read the message you have open, to suggest the sender as a contact.',
  'gmail.addons.current.action.compose': 'Insert your signature into the draft you are writing.',
  'gmail.settings.basic': 'Write your Gmail signature (sendAs settings) when you apply it yourself.',
  'userinfo.email': 'Know who you are, to show your own signature and check admin rights.',
  'script.external_request': 'Call Google APIs (Gmail, OAuth token endpoint) with the service account.',
  'script.scriptapp': 'Schedule the nightly directory sync.',
  'script.locale': 'Show dates and times in your language and time zone.',
  spreadsheets: "Keep your domain's employee store in a spreadsheet your admins own.",
  'admin.directory.user.readonly': 'Read users from the Workspace directory (never changes them).',
  'admin.directory.group.readonly': 'Offer groups when choosing who to import.',
  'admin.directory.orgunit.readonly': 'Offer organisational units when choosing who to import.',
  'admin.directory.userschema.readonly': 'Map custom directory fields to signature fields.',
  contacts: 'Save a suggested contact to your Google Contacts when you choose to.',
};

// Pages an admin opens while connecting Autograph; their prefixes are in addOns.common.openLinkUrlPrefixes.
const ADMIN_LINKS: Array<{ text: string; url: string }> = [
  { text: 'Domain-wide delegation (Admin console)', url: 'https://admin.google.com/ac/owl/domainwidedelegation' },
  { text: 'Service accounts (Google Cloud console)', url: 'https://console.cloud.google.com/iam-admin/serviceaccounts' },
];

const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';

export function buildHelpCard(viewer: Viewer): GoogleAppsScript.Card_Service.Card {
  const about = CardService.newCardSection()
    .addWidget(CardService.newDecoratedText().setTopLabel('Signed in as').setText(escapeCardText(viewer.email)).setWrapText(true))
    .addWidget(CardService.newDecoratedText().setTopLabel('Domain').setText(escapeCardText(viewer.domain)))
    .addWidget(CardService.newDecoratedText().setTopLabel('Your role').setText(viewer.isAdmin ? 'Administrator' : 'User'));

  const scopes = manifest.oauthScopes ?? [];
  const permissions = CardService.newCardSection()
    .setHeader(`Permissions (${scopes.length})`)
    .setCollapsible(true)
    .setNumUncollapsibleWidgets(Math.min(3, scopes.length));
  for (const scope of scopes) {
    const short = scope.startsWith(SCOPE_PREFIX) ? scope.slice(SCOPE_PREFIX.length) : scope;
    permissions.addWidget(
      CardService.newDecoratedText()
        .setText(SCOPE_PURPOSES[short] ?? 'Used by Autograph.')
        .setBottomLabel(short)
        .setWrapText(true),
    );
  }

  const links = CardService.newCardSection().setHeader('Admin console');
  for (const l of ADMIN_LINKS) {
    links.addWidget(
      CardService.newDecoratedText()
        .setText(l.text)
        .setWrapText(true)
        .setOpenLink(CardService.newOpenLink().setUrl(l.url).setOpenAs(CardService.OpenAs.FULL_SIZE)),
    );
  }

  return CardService.newCardBuilder()
    .setName('help')
    .setHeader(header('About Autograph', `Version ${version}`))
    .addSection(about)
    .addSection(permissions)
    .addSection(links)
    .build();
}

export const helpSection: AdminSection = {
  route: 'help.open',
  label: 'About & help',
  description: 'Version, the permissions Autograph uses and why, Admin console links',
};

export const helpRoutes: Record<string, Route> = {
  'help.open': { adminOnly: false, handler: ({ viewer }) => pushCard(buildHelpCard(viewer)) },
};
