import type { OfflineWorkspace } from '../workspace';
import type { SimProject } from '../project';
import type { SidebarSession } from '../host/session';

/**
 * Extra pages of the served offline Workspace (e.g. a gallery of everyone's signatures). A page gets the
 * workspace, the add-on project and the user currently selected in the top bar, and returns HTML for the main
 * area; the server wraps it in the page chrome and links it from the top bar.
 */
export interface PageContext {
  ws: OfflineWorkspace;
  project: SimProject;
  /** Primary email of the user selected in the top bar. */
  user: string;
  session: SidebarSession;
  query: URLSearchParams;
  /** What the page's last form post said (shown once, on the page that was posted to). */
  notice?: PageNotice;
  /** Selects another user in the top bar (e.g. a page that only a super admin may use offers to switch). */
  selectUser(email: string): void;
}

export interface PageNotice {
  ok: boolean;
  text: string;
}

export interface PageResult {
  title?: string;
  /** HTML for the main area. Escape what you did not write yourself (see `esc` in ./render). */
  html: string;
}

export type PageHandler = (ctx: PageContext) => string | PageResult;
/** Handles a form the page posts to its own path; returns what to tell the user on the page it redirects to. */
export type PagePostHandler = (ctx: PageContext, form: URLSearchParams) => PageNotice;

export interface RegisteredPage {
  path: string;
  title: string;
  handler: PageHandler;
  post?: PagePostHandler;
}

const PAGES = new Map<string, RegisteredPage>();

/** Registers a page for every sidebar server (current and future). `path` starts with `/`, e.g. `/signatures`. */
export function registerPage(path: string, handler: PageHandler, title = path.replace(/^\//, ''), post?: PagePostHandler): void {
  if (!/^\/[a-z0-9][a-z0-9/_-]*$/i.test(path)) throw new Error(`page path "${path}" must look like /name (letters, digits, - _ /)`);
  if (['/act', '/nav', '/user', '/company', '/api', '/background'].some((p) => path === p || path.startsWith(`${p}/`))) {
    throw new Error(`page path "${path}" is taken by the sidebar server`);
  }
  PAGES.set(path, { path, title, handler, post });
}

export function registeredPages(): RegisteredPage[] {
  return [...PAGES.values()];
}

export function findPage(path: string): RegisteredPage | undefined {
  return PAGES.get(path);
}
