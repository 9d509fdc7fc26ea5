/**
 * The scopes Autograph's service account asks for when it acts as a user. They are granted by the customer's
 * super admin in Admin console › Security › API controls › Domain-wide delegation, never on the add-on's consent
 * screen, so they stay out of appsscript.json `oauthScopes`.
 */

/**
 * gmail/api/reference/rest/v1/users.settings.sendAs/patch "Requires one of: gmail.settings.basic,
 * gmail.settings.sharing", and sendAs/list accepts gmail.settings.basic: basic alone writes the primary address and,
 * through domain-wide delegation, aliases too. gmail.settings.sharing (creating send-as aliases, delegates,
 * forwarding) is not asked for: Autograph never creates or shares anything.
 */
export const SCOPE_SETTINGS_BASIC = 'https://www.googleapis.com/auth/gmail.settings.basic';
/** gmail/api/reference/rest/v1/users.messages/list: gmail.readonly (Contact Inbox reads incoming mail). */
export const SCOPE_READONLY = 'https://www.googleapis.com/auth/gmail.readonly';

/** Every scope the admin must authorise, in the order the setup card lists them. */
export const DELEGATION_SCOPES = [SCOPE_SETTINGS_BASIC, SCOPE_READONLY] as const;

/** Scopes asked for when only signatures are read or written. */
export const SIGNATURE_SCOPES = [SCOPE_SETTINGS_BASIC] as const;

/**
 * The text to paste into the Admin console's "OAuth scopes (comma-delimited)" box
 * (identity/protocols/oauth2/service-account#delegatingauthority).
 */
export function adminConsoleScopeList(scopes: readonly string[] = DELEGATION_SCOPES): string {
  return scopes.join(',');
}

/** The JWT `scope` claim: space-delimited (identity/protocols/oauth2/service-account#authorizingrequests). */
export function jwtScopeClaim(scopes: readonly string[]): string {
  return [...new Set(scopes)].sort().join(' ');
}
