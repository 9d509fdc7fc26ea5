import * as http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { OfflineWorkspace } from '../workspace';
import type { SimProject } from '../project';
import type { SimUser, Tenant } from '../directory/model';
import { createSampleCompany } from '../directory/generator';
import { SidebarSession } from '../host/session';
import { esc, renderCard, valuesFromForm } from './render';
import { findPage, registeredPages, registerPage, type PageContext, type PageHandler, type PageNotice, type RegisteredPage } from './pages';
import type { MailboxView } from './mailbox-view';
import { PAGE_CSS, PAGE_JS } from './style';
import { backgroundBarHtml, queuedWork, runBackgroundWork, type BackgroundRun } from './background';
import { delegateToPublisher } from './publisher-account';
import { activeUsers, superAdminOf } from './super-admin';
import './admin-console';
import { localWebAppHref, scriptRunAnswer, webAppPageHtml, webAppRoute } from './web-app-page';

export { superAdminOf };

/**
 * The offline Workspace served as a Gmail-like page: an inbox (when mailboxes are given), the message or draft
 * in the middle, and the add-on's card in a ~360 px sidebar on the right. Every button, switch and input of the
 * card is live: the browser posts the form, the server rebuilds `formInputs` as Gmail does, runs the named
 * function in the offline Workspace as the selected user (SidebarSession), and redirects back to the page.
 * One browser at a time is the intended use: the selected user and their sidebar live on the server.
 */

export interface SidebarServerOptions {
  ws: OfflineWorkspace;
  project: SimProject;
  /** Default 0: any free port. Always bound to 127.0.0.1. */
  port?: number;
  /** Emails offered first in the user switcher; the first is selected at start (default: a super admin). */
  users?: string[];
  mailbox?: MailboxView;
  /** Domain sizes offered by the company switcher. */
  companySizes?: number[];
  /** Seed for companies the switcher creates. */
  seed?: string;
  /** Called after every request that ran add-on code (e.g. to save state). */
  onChange?: () => void;
  /**
   * Real milliseconds without a click or key press after which the page runs queued background work by itself
   * (default 3000; 0 turns the automatic run off: only the "Run background work" control runs it).
   */
  backgroundIdleMs?: number;
}

export interface SidebarServer {
  url: string;
  port: number;
  /** The sidebar of the selected user. */
  session(): SidebarSession;
  selectUser(email: string): SidebarSession;
  registerPage(path: string, handler: PageHandler, title?: string): void;
  close(): Promise<void>;
}

const DEFAULT_SIZES = [10, 100, 1000];
const DEFAULT_BACKGROUND_IDLE_MS = 3000;
/** The control runs a whole queue; a run that re-arms its continuation without end stops here (one day of hours). */
const BACKGROUND_STEPS_PER_CLICK = 24;
const SWITCHER_REGULAR_USERS = 30;
const INBOX_LIMIT = 50;


/** Companies the switcher made, by size (plain JSON state so a saved workspace keeps them). */
function companiesBySize(ws: OfflineWorkspace): Record<string, string> {
  return ws.state<Record<string, string>>('server.companies', () => ({}));
}

export function startSidebarServer(opts: SidebarServerOptions): Promise<SidebarServer> {
  const { ws, project } = opts;
  const sizes = opts.companySizes ?? DEFAULT_SIZES;
  const sessions = new Map<string, SidebarSession>();
  let selected = opts.users?.[0] ?? defaultUser();
  let view: { kind: 'none' } | { kind: 'message'; id: string } | { kind: 'compose' } = { kind: 'none' };
  /** What the last background run did, shown once on the next page. */
  let lastBackground: BackgroundRun | null = null;
  /** A page's post result, shown once on that page. */
  let notice: { path: string; notice: PageNotice } | null = null;

  function defaultUser(): string {
    for (const t of ws.directory.tenants.values()) {
      const admin = activeUsers(ws, t.customerId).find((u) => u.isAdmin && ws.isInstalled(project, u));
      if (admin) return admin.primaryEmail;
    }
    throw new Error('no tenant has the add-on installed: call ws.install(project, customerId, superAdmin) first');
  }

  function session(): SidebarSession {
    let s = sessions.get(selected);
    if (!s) {
      s = new SidebarSession(ws, project, selected);
      sessions.set(selected, s);
      s.openHomepage();
    }
    return s;
  }

  function selectUser(email: string): SidebarSession {
    const u = ws.directory.findUser(email.trim());
    if (!u) throw new UserError(`There is no user ${email} in the offline Workspace. Pick one from the list.`);
    selected = u.primaryEmail;
    view = { kind: 'none' };
    return session();
  }

  function switchCompany(size: number): void {
    const known = companiesBySize(ws);
    const offered = offeredSizes();
    if (!offered.includes(size)) throw new UserError(`Domain size ${size} is not offered; pick one of ${offered.join(', ')}.`);
    let tenant: Tenant | undefined = known[size] ? ws.directory.tenants.get(known[size]) : undefined;
    if (!tenant) {
      tenant = createSampleCompany(ws, { seed: `${opts.seed ?? 'autograph'}-${size}`, users: size });
      known[size] = tenant.customerId;
    }
    const admin = superAdminOf(ws, tenant.customerId);
    if (!ws.isInstalled(project, admin)) ws.install(project, tenant.customerId, admin.primaryEmail);
    // Like the default company: its super admin authorised the publisher's service account once (Admin console
    // page to revoke it and grant it again).
    delegateToPublisher(ws, project, tenant.customerId);
    selectUser(admin.primaryEmail);
  }

  /** The switcher's sizes plus every company already made (e.g. npm start's default one), so each is one click away. */
  function offeredSizes(): number[] {
    const made = Object.keys(companiesBySize(ws)).map(Number).filter((n) => Number.isInteger(n) && n > 0);
    return [...new Set([...sizes, ...made])].sort((a, b) => a - b);
  }

  function pageContext(query: URLSearchParams, page?: RegisteredPage): PageContext {
    const shown = page && notice?.path === page.path ? notice.notice : undefined;
    return { ws, project, user: selected, session: session(), query, notice: shown, selectUser: (email) => void selectUser(email) };
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      const status = err instanceof UserError ? 400 : 500;
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(chrome('Error', `<div class="page"><div class="error">${esc((err as Error).message)}</div><p><a href="/">Back</a></p></div>`));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const webApp = webAppRoute(project, url.pathname);
    if (webApp?.kind === 'run' && req.method === 'POST') {
      // From the sandboxed frame (origin "null"): a simple text/plain request, answered for any origin.
      const answer = scriptRunAnswer(ws, project, selected, await readBody(req));
      opts.onChange?.();
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
      res.end(answer);
      return;
    }
    if (webApp?.kind === 'exec' && req.method === 'GET') {
      const out = webAppPageHtml(ws, project, selected, url.pathname, url.search.slice(1));
      opts.onChange?.();
      return send(res, out.status, out.html);
    }
    if (req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const page = findPage(url.pathname);
      if (page?.post) notice = { path: page.path, notice: page.post(pageContext(url.searchParams), form) };
      else post(url.pathname, form);
      opts.onChange?.();
      const toMain = ['/act', '/nav', '/background'].some((p) => url.pathname.startsWith(p)) || url.pathname === '/user' || url.pathname === '/company';
      res.writeHead(303, { location: toMain ? '/' : url.pathname });
      res.end();
      return;
    }
    if (url.pathname === '/') return send(res, 200, chrome('Autograph · offline Gmail', mainPage()));
    if (url.pathname === '/api/state') {
      const s = session();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ user: s.user, context: s.contextKind, card: s.card ?? null, depth: s.stack.length, notification: s.notification ?? null, error: s.error ?? null, draft: s.draft ?? null }));
      return;
    }
    const page = findPage(url.pathname);
    if (page) {
      const out = page.handler(pageContext(url.searchParams, page));
      if (notice?.path === page.path) notice = null;
      const r = typeof out === 'string' ? { html: out } : out;
      return send(res, 200, chrome(r.title ?? page.title, `${pagesBar()}<div class="page">${r.html}</div>`));
    }
    send(res, 404, chrome('Not found', `<div class="page"><p>Nothing at ${esc(url.pathname)}. <a href="/">Back to the inbox</a></p></div>`));
  }

  function post(path: string, form: URLSearchParams): void {
    const s = session();
    if (path === '/act') {
      const inputs = s.inputs();
      const values = valuesFromForm(form, inputs, s.client.timeZone);
      const change = form.get('__change');
      const target = change || form.get('__target');
      if (!target) return;
      // The page may show an older card than the session (another tab, a reload of an old page): refuse rather
      // than run whatever now sits at that position.
      if (form.get('__card') !== cardFingerprint(s.card)) {
        throw new UserError('The card changed since this page was loaded (another tab?). Go back to the inbox and try again.');
      }
      const t = s.targets().find((x) => String(x.id) === target);
      if (!t) throw new UserError('That card is no longer shown (it changed since the page loaded). Reload and try again.');
      if (t.kind === 'change') s.change(t.label, values[t.label], values);
      else s.click(t.id, values);
      return;
    }
    if (path === '/nav/back') s.back();
    else if (path === '/nav/home') {
      view = { kind: 'none' };
      s.openHomepage();
    } else if (path === '/nav/message') {
      const id = form.get('id') ?? '';
      const m = opts.mailbox?.open(s.user, id);
      view = { kind: 'message', id };
      s.openMessage(id, m?.threadId ?? id);
    } else if (path === '/nav/compose') {
      view = { kind: 'compose' };
      s.openCompose({}, form.get('action') ?? undefined);
    } else if (path === '/nav/close') {
      view = { kind: 'none' };
      s.closeContext();
    } else if (path === '/nav/peek') s.viewPeek();
    else if (path === '/nav/universal') s.universalAction(form.get('label') ?? '');
    else if (path === '/user') selectUser(form.get('other')?.trim() || form.get('email') || '');
    else if (path === '/company') switchCompany(Number(form.get('size')));
    else if (path === '/background/run') {
      lastBackground = runBackgroundWork(ws, project, form.get('steps') === 'all' ? BACKGROUND_STEPS_PER_CLICK : 1);
      // The toast belonged to the click that queued the work; Gmail would have hidden it long ago.
      s.notification = undefined;
    }
    else throw new UserError(`Unknown action ${path}.`);
  }

  // ------------------------------------------------------------------------------------------- the page

  function mainPage(): string {
    const s = session();
    const inbox = opts.mailbox ? inboxColumn(s) : '';
    return `${topBar(s)}${backgroundBar(s)}<main class="gmail${opts.mailbox ? '' : ' no-inbox'}">${inbox}${middle(s)}${sidebar(s)}</main>${footer()}`;
  }

  function backgroundBar(s: SidebarSession): string {
    const done = lastBackground;
    lastBackground = null;
    return backgroundBarHtml({
      queued: queuedWork(ws, project),
      done,
      idleMs: opts.backgroundIdleMs ?? DEFAULT_BACKGROUND_IDLE_MS,
      // The add-on must not know about the sim: the way to the offline Admin console sits beside its Connection cards.
      showAdminConsole: String(s.card?.name ?? '').startsWith('connection'),
    });
  }

  /** The top bar of an extra page: the way back to the inbox and the other pages. */
  function pagesBar(): string {
    const links = registeredPages().map((p) => `<a href="${esc(p.path)}">${esc(p.title)}</a>`).join('');
    return `<header class="top"><a class="brand" href="/">Autograph <small>offline Workspace</small></a><a href="/">← Gmail with the sidebar</a><nav class="pages">${links}</nav></header>`;
  }

  function topBar(s: SidebarSession): string {
    const me = ws.user(s.user);
    const tenant = ws.directory.tenantOf(me);
    const users = activeUsers(ws, tenant.customerId);
    const offered = new Map<string, SimUser>();
    for (const e of opts.users ?? []) {
      const u = ws.directory.findUser(e);
      if (u && u.customerId === tenant.customerId) offered.set(u.primaryEmail, u);
    }
    for (const u of users.filter((x) => x.isAdmin || x.isDelegatedAdmin)) offered.set(u.primaryEmail, u);
    for (const u of users.filter((x) => !x.isAdmin && !x.isDelegatedAdmin).slice(0, SWITCHER_REGULAR_USERS)) offered.set(u.primaryEmail, u);
    offered.set(me.primaryEmail, me);
    const role = (u: SimUser) => (u.isAdmin ? 'super admin' : u.isDelegatedAdmin ? 'admin' : 'user');
    const options = [...offered.values()]
      .map((u) => `<option value="${esc(u.primaryEmail)}"${u.primaryEmail === me.primaryEmail ? ' selected' : ''}>${esc(u.name.fullName ?? u.primaryEmail)} · ${role(u)} · ${esc(u.primaryEmail)}</option>`)
      .join('');
    const known = companiesBySize(ws);
    const sizeButtons = offeredSizes()
      .map((n) => {
        const current = known[n] === tenant.customerId;
        return `<button name="size" value="${n}"${current ? ' class="current" disabled' : ''} title="${known[n] ? 'switch to' : 'create'} a company of ${n.toLocaleString('en')} users">${n.toLocaleString('en')}</button>`;
      })
      .join('');
    const pages = registeredPages().map((p) => `<a href="${esc(p.path)}">${esc(p.title)}</a>`).join('');
    return `<header class="top">
  <a class="brand" href="/">Autograph <small>offline Workspace</small></a>
  <span class="company">${esc(tenant.organizationName)} · ${esc(tenant.domains[0])} · ${ws.directory.usersOf(tenant.customerId).length.toLocaleString('en')} users</span>
  <form method="post" action="/company" class="sizes"><span>Domain size</span>${sizeButtons}</form>
  <form method="post" action="/user" class="users"><select name="email" id="user-select" onchange="this.form.submit()">${options}</select>
    <input name="other" placeholder="any email" size="16"><button>Switch</button></form>
  <nav class="pages">${pages}</nav>
</header>`;
  }

  function inboxColumn(s: SidebarSession): string {
    const items = opts.mailbox!.list(s.user, INBOX_LIMIT);
    const compose = project.manifest.addOns?.gmail?.composeTrigger?.selectActions ?? [];
    const composeForm = compose.length
      ? `<form method="post" action="/nav/compose"><button class="compose" name="action" value="${esc(compose[0].text)}">✎ Compose</button></form>`
      : '';
    const rows = items.length
      ? items
          .map((m) => {
            const open = view.kind === 'message' && view.id === m.id ? ' open' : '';
            return `<li><form method="post" action="/nav/message"><button name="id" value="${esc(m.id)}" class="mail${m.unread ? ' unread' : ''}${open}">
<span class="from">${esc(m.from)}</span><span class="subject">${esc(m.subject || '(no subject)')}</span><span class="snippet">${esc(m.snippet)}</span><span class="date">${esc(shortDate(m.date))}</span></button></form></li>`;
          })
          .join('')
      : '<li class="empty">No mail yet.</li>';
    return `<nav class="inbox">${composeForm}<ul>${rows}</ul></nav>`;
  }

  function middle(s: SidebarSession): string {
    if (view.kind === 'message' && opts.mailbox) {
      const m = opts.mailbox.open(s.user, view.id);
      if (!m) return '<article class="reading"><p>This message is gone.</p></article>';
      const body = m.html
        ? `<iframe class="mail-html" sandbox="" srcdoc="${esc(m.html)}"></iframe>`
        : `<pre class="mail-text">${esc(m.text)}</pre>`;
      return `<article class="reading">${closeButton('Close the message')}<h2>${esc(m.subject || '(no subject)')}</h2><div class="meta"><b>${esc(m.from)}</b> to ${esc(m.to)} · ${esc(new Date(m.date).toUTCString())}</div>${body}</article>`;
    }
    if (view.kind === 'compose' && s.draft) {
      const d = s.draft;
      return `<article class="reading compose-pane">${closeButton('Close the draft')}<h2>New message</h2><div class="meta">To: ${esc(d.toRecipients.join(', ') || '—')} · Subject: ${esc(d.subject || '—')}</div>
<iframe class="mail-html draft" sandbox="" srcdoc="${esc(`<div style="font-family:Arial,sans-serif;font-size:13px">${d.body || '<p style="color:#888">(empty draft)</p>'}</div>`)}"></iframe>
<p class="hint">The draft body as the add-on left it (HTML inserted by UpdateDraftActionResponse shows here).</p></article>`;
    }
    const intro = opts.mailbox ? 'Open a message on the left to run the add-on\'s contextual trigger, or compose a new one.' : 'No mailboxes are attached to this server: only the homepage and universal actions run.';
    return `<article class="reading welcome"><h2>Gmail, offline</h2><p>${esc(intro)}</p><p>The sidebar on the right is the add-on, running in the offline Workspace as <b>${esc(s.user)}</b>.</p></article>`;
  }

  function sidebar(s: SidebarSession): string {
    const ua = project.manifest.addOns?.common?.universalActions ?? [];
    const menu = ua.length
      ? `<details class="ua"><summary title="More">⋮</summary><form method="post" action="/nav/universal" class="menu">${ua
          .map((a) => `<button name="label" value="${esc(a.label)}" class="menu-item">${esc(a.label)}</button>`)
          .join('')}</form></details>`
      : '';
    const back = s.stack.length > 1 ? '<form method="post" action="/nav/back"><button class="icon-btn" id="back" title="Back">←</button></form>' : '';
    const name = project.manifest.addOns?.common?.name ?? project.id;
    const bar = `<div class="sb-bar">${back}<span class="sb-title">${esc(name)}</span><form method="post" action="/nav/home"><button class="icon-btn" title="Home">⌂</button></form>${menu}</div>`;
    const msgs = [
      s.error ? `<div class="error" role="alert">${esc(s.error)}</div>` : '',
      s.droppedWidgets ? `<div class="warn">Gmail shows only the first 100 widgets of a card; ${s.droppedWidgets} more were dropped. Page the list.</div>` : '',
      s.openedLinks.length ? openedLinkHtml(String(s.openedLinks[s.openedLinks.length - 1].url), project) : '',
    ].join('');
    const primary = (project.manifest.addOns?.common as { layoutProperties?: { primaryColor?: string } } | undefined)?.layoutProperties?.primaryColor;
    const card = s.card
      ? `<form method="post" action="/act" class="card-form" id="card-form"><input type="hidden" name="__change" value=""><input type="hidden" name="__card" value="${cardFingerprint(s.card)}"><button type="submit" name="__target" value="" hidden disabled></button>${renderCard(s.card, { primaryColor: primary, timeZone: s.client.timeZone, now: ws.clock.now(), values: s.enteredValues })}</form>`
      : '<div class="card empty">The add-on shows no card.</div>';
    const peek = s.peek
      ? `<form method="post" action="/nav/peek" class="peek"><span>${esc(s.peek.peekCardHeader?.title ?? s.peek.header?.title ?? 'New card')}</span><button class="btn btn-borderless" id="view-peek">View</button></form>`
      : '';
    const toast = s.notification !== undefined ? `<div class="toast" role="status">${esc(s.notification)}</div>` : '';
    // For add-on developers: the card as Card.printJson() prints it.
    const json = s.card ? `<details class="json"><summary>Card JSON</summary><pre>${esc(JSON.stringify(s.card, null, 2))}</pre></details>` : '';
    return `<aside class="sidebar">${bar}${msgs}<div class="sb-body">${card}${json}</div>${peek}${toast}</aside>`;
  }

  function footer(): string {
    const c = ws.counters;
    const last = ws.executions[ws.executions.length - 1];
    const lastText = last ? ` · last: ${esc(last.fn)} as ${esc(last.user)} (${Math.round(last.end - last.start).toLocaleString('en')} ms virtual${last.ok ? '' : ', failed'})` : '';
    return `<footer class="status">Virtual time ${esc(new Date(ws.clock.now()).toISOString().replace('T', ' ').slice(0, 16))} UTC · ${c.get('executions').toLocaleString('en')} executions · ${c.get('urlfetch.calls').toLocaleString('en')} UrlFetch calls · ${c.get('directory.calls').toLocaleString('en')} Directory calls${lastText}</footer>`;
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        session,
        selectUser,
        registerPage,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

class UserError extends Error {}

function cardFingerprint(card: unknown): string {
  return createHash('sha1').update(JSON.stringify(card ?? null)).digest('hex').slice(0, 16);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
      if (data.length > 1_000_000) reject(new UserError('The form is larger than 1 MB.'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** The last link the add-on opened; the project's own web app opens here, at its local path (web-app-page.ts). */
function openedLinkHtml(url: string, project: SimProject): string {
  const href = localWebAppHref(project, url) ?? url;
  return `<div class="info">The add-on opened <a href="${esc(href)}" target="_blank" rel="noopener noreferrer">${esc(url)}</a></div>`;
}

function send(res: http.ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

function closeButton(title: string): string {
  return `<form method="post" action="/nav/close" class="close"><button class="icon-btn" id="close-context" title="${esc(title)}">✕</button></form>`;
}

function shortDate(ms: number): string {
  return new Date(ms).toISOString().slice(5, 16).replace('T', ' ');
}

function chrome(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><meta name="viewport" content="width=device-width,initial-scale=1"><style>${PAGE_CSS}</style></head><body>${body}<script>${PAGE_JS}</script></body></html>`;
}
