/**
 * The offline Admin console's domain-wide delegation screen (Admin console › Security › Access and data control ›
 * API controls › Manage Domain Wide Delegation), so the connection step of Autograph's setup can be played both
 * ways: authorise the publisher's client id for Autograph's scopes, or delete it and watch the next check fail.
 *
 * support.google.com/a/answer/162106: "only super admins can manage domain-wide delegation"; "Click Add new. Enter
 * the Client ID …  In OAuth Scopes, add each scope that the application can access … Click Authorize. If you get an
 * error, the client ID might not be registered with Google or there might be duplicate or unsupported scopes."
 * Grants live in the registry the token endpoint reads (sim/google/registry.ts), so what this page changes is what
 * Google's token endpoint answers from the next token request on.
 */
import type { OfflineWorkspace } from '../workspace';
import { findServiceAccount, grantDelegation, registry, revokeDelegation, type DelegationGrant } from '../google/registry';
import { adminConsoleScopeList, DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { esc } from './render';
import { registerPage, type PageContext, type PageNotice, type PageResult } from './pages';
import { publisherAccount } from './publisher-account';
import { superAdminOf } from './super-admin';

export const ADMIN_CONSOLE_PATH = '/admin-console';

/** A Google API scope as the console accepts it (the same forms the offline token endpoint knows). */
function isGoogleScope(s: string): boolean {
  return /^https:\/\/www\.googleapis\.com\/auth\/[a-z0-9._-]+$/i.test(s) || s === 'https://mail.google.com/';
}

function grantsOf(ws: OfflineWorkspace, customerId: string): DelegationGrant[] {
  return Object.values(registry(ws).delegation[customerId] ?? {}).sort((a, b) => a.clientId.localeCompare(b.clientId));
}

/** The super admin of the selected user's company, or a reason the selected user may not use this screen. */
function consoleAdmin(ctx: PageContext): { customerId: string; problem?: string } {
  const me = ctx.ws.directory.findUser(ctx.user);
  if (!me) return { customerId: '', problem: `There is no user ${ctx.user}.` };
  if (!me.isAdmin) {
    return { customerId: me.customerId, problem: `${me.primaryEmail} is not a super admin: only super admins can manage domain-wide delegation.` };
  }
  return { customerId: me.customerId };
}

export function adminConsolePage(ctx: PageContext): PageResult {
  const { ws } = ctx;
  const me = ws.directory.findUser(ctx.user);
  const tenant = me ? ws.directory.tenantOf(me) : undefined;
  const { customerId, problem } = consoleAdmin(ctx);
  const title = `<h2>Admin console · ${esc(tenant?.organizationName ?? '')}</h2><p class="hint">Security › Access and data control › API controls › Domain-wide delegation · signed in as ${esc(ctx.user)}</p>`;
  const notice = ctx.notice ? `<p class="${ctx.notice.ok ? 'notice-ok' : 'error'}" role="status" id="console-notice">${esc(ctx.notice.text)}</p>` : '';
  if (problem) {
    let switchTo = '';
    try {
      const admin = superAdminOf(ws, customerId);
      switchTo = `<form method="post" action="/admin-console"><input type="hidden" name="op" value="signin"><input type="hidden" name="email" value="${esc(admin.primaryEmail)}"><button class="btn">Sign in as ${esc(admin.primaryEmail)} (super admin)</button></form>`;
    } catch {
      switchTo = '<p>This company has no active super admin.</p>';
    }
    return { title: 'Admin console', html: `<div class="console">${title}${notice}<p class="error">${esc(problem)}</p>${switchTo}</div>` };
  }

  const now = ws.clock.now();
  const rows = grantsOf(ws, customerId)
    .map((g) => {
      const sa = findServiceAccount(ws, g.clientId);
      const name = sa && !sa.deleted ? `${esc(sa.displayName)}<br><span class="hint">${esc(sa.email)}</span>` : '<span class="hint">unknown client</span>';
      const when = g.effectiveAt > now ? `applies from ${esc(new Date(g.effectiveAt).toISOString().slice(0, 16).replace('T', ' '))} UTC` : 'in effect';
      return `<tr data-client-id="${esc(g.clientId)}"><td>${name}</td><td><code>${esc(g.clientId)}</code></td><td>${g.scopes.map((s) => esc(s)).join('<br>')}</td><td>${when}</td>
<td><form method="post" action="/admin-console"><input type="hidden" name="op" value="delete"><input type="hidden" name="clientId" value="${esc(g.clientId)}"><button class="btn" title="Delete this client's domain-wide delegation">Delete</button></form></td></tr>`;
    })
    .join('');
  const table = rows
    ? `<table><thead><tr><th>Name</th><th>Client ID</th><th>Scopes</th><th>Status</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p id="no-clients">No API client has domain-wide delegation in this company.</p>';

  // Offline only: the values Autograph's Connection › Set up connection card shows, one click away.
  const pub = publisherAccount(ws, ctx.project);
  const fill = ctx.query.get('fill') === 'autograph' && pub;
  const clientId = fill ? pub.clientId : '';
  const scopes = fill ? adminConsoleScopeList(DELEGATION_SCOPES) : '';
  const fillLink = pub ? ` <a href="/admin-console?fill=autograph" id="fill-autograph">Fill in Autograph's client ID and scopes</a> (as its Connection card shows them).` : '';
  const form = `<h3>Add new</h3><form method="post" action="/admin-console" id="add-client"><input type="hidden" name="op" value="add">
<label for="clientId">Client ID</label><input type="text" id="clientId" name="clientId" value="${esc(clientId)}" placeholder="the service account's numeric client ID">
<label for="scopes">OAuth scopes (comma-delimited)</label><textarea id="scopes" name="scopes" rows="3" placeholder="https://www.googleapis.com/auth/…">${esc(scopes)}</textarea>
<label><input type="checkbox" name="overwrite" value="on"> Overwrite existing client ID</label>
<p><button class="btn btn-filled" id="authorize">Authorize</button></p></form><p class="hint">${fillLink}</p>`;
  const note =
    '<p class="hint">Offline, a change applies at once (Google: "can take up to 24 hours"). Deleting a client stops new tokens at once; ' +
    'Google\'s pages do not say whether tokens issued before the deletion keep working until they expire (at most an hour), and the offline Workspace keeps them — ' +
    'Autograph\'s connection check asks Google for a new token, so it sees the change at once.</p>';
  return { title: 'Admin console', html: `<div class="console">${title}${notice}${table}${form}${note}</div>` };
}

/** "Authorize" and "Delete", with the console's checks; each error names the field and the fix. */
export function adminConsolePost(ctx: PageContext, form: URLSearchParams): PageNotice {
  const op = form.get('op') ?? '';
  if (op === 'signin') {
    const email = form.get('email') ?? '';
    const u = ctx.ws.directory.findUser(email);
    if (!u || !u.isAdmin) return { ok: false, text: `${email} is not a super admin.` };
    ctx.selectUser(u.primaryEmail);
    return { ok: true, text: `Signed in as ${u.primaryEmail}.` };
  }
  const { customerId, problem } = consoleAdmin(ctx);
  if (problem) return { ok: false, text: problem };
  const clientId = (form.get('clientId') ?? '').trim();
  if (op === 'delete') {
    if (!registry(ctx.ws).delegation[customerId]?.[clientId]) return { ok: false, text: `Client ID ${clientId} has no domain-wide delegation here: nothing to delete.` };
    revokeDelegation(ctx.ws, customerId, clientId);
    return { ok: true, text: `Deleted client ${clientId}: Google refuses it new tokens for your users from now on.` };
  }
  if (op !== 'add') return { ok: false, text: `Unknown operation "${op}".` };
  if (!clientId) return { ok: false, text: "Client ID is empty: paste the service account's numeric client ID (Autograph › Connection › Set up connection shows it)." };
  if (!/^\d{10,30}$/.test(clientId)) {
    return { ok: false, text: `Client ID "${clientId}" is not a numeric client ID: paste the service account's Unique ID (digits only), not its email.` };
  }
  const sa = findServiceAccount(ctx.ws, clientId);
  if (!sa || sa.deleted) return { ok: false, text: `Client ID ${clientId} is not registered with Google: copy it again from Autograph's Connection card.` };
  const scopes = (form.get('scopes') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (scopes.length === 0) return { ok: false, text: 'OAuth scopes is empty: paste the comma-delimited scopes from Autograph\'s Connection card.' };
  const unsupported = scopes.filter((s) => !isGoogleScope(s));
  if (unsupported.length > 0) {
    return { ok: false, text: `OAuth scopes: "${unsupported[0]}" is not a Google API scope (they look like https://www.googleapis.com/auth/gmail.settings.basic).` };
  }
  const twice = scopes.find((s, i) => scopes.indexOf(s) !== i);
  if (twice) return { ok: false, text: `OAuth scopes: ${twice} is listed twice; list each scope once.` };
  // [unverified] the console's wording when the client id is already listed; it offers "Overwrite existing client ID".
  if (registry(ctx.ws).delegation[customerId]?.[clientId] && form.get('overwrite') !== 'on') {
    return { ok: false, text: `Client ID ${clientId} is already authorised: tick "Overwrite existing client ID" to replace its scopes.` };
  }
  grantDelegation(ctx.ws, customerId, clientId, scopes);
  return { ok: true, text: `Authorised ${sa.email} (client ID ${clientId}) for ${scopes.length} scope${scopes.length === 1 ? '' : 's'}.` };
}

registerPage(ADMIN_CONSOLE_PATH, adminConsolePage, 'Admin console', adminConsolePost);
