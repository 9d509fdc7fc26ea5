import * as vm from 'node:vm';
import type { OfflineWorkspace, RunResult } from './workspace';
import type { SimProject } from './project';

/**
 * Web-app executions of a project: `doGet(e)` / `doPost(e)` for a visit to the deployment's `/exec` URL, and
 * `google.script.run` calls from the served page back to the project's functions.
 *
 * - apps-script/guides/web: a web app "contains a doGet(e) or doPost(e) function" that "returns an HTML service
 *   HtmlOutput object or a Content service TextOutput object"; `e` has `queryString`, `parameter` ("Only the first
 *   value is returned for parameters that have multiple values"), `parameters`, `pathInfo`, `contextPath` (always
 *   ""), `contentLength` (-1 for GET) and, for POST, `postData`.
 * - apps-script/manifest/web-app-api-executable: `webapp.executeAs` USER_ACCESSING ("runs as the user accessing
 *   it") or USER_DEPLOYING; `webapp.access` MYSELF, DOMAIN ("only users in the same domain as the deploying
 *   user"), ANYONE ("any user who is logged in"), ANYONE_ANONYMOUS. The offline Workspace runs USER_ACCESSING
 *   deployments only (a deployer is not modelled) and needs a deployer's domain for DOMAIN.
 * - Time: apps-script/guides/services/quotas, "Script runtime 6 min / execution" (execution kind 'webapp').
 * - apps-script/reference/html/sandbox-mode: IFRAME is the mode every page is served in; `setSandboxMode` does
 *   not change how the offline server frames the page.
 * - apps-script/guides/html/communication and /reference/run: "Legal parameters and return values are JavaScript
 *   primitives like a Number, Boolean, String, or null, as well as JavaScript objects and arrays that are composed
 *   of primitives, objects and arrays … If you attempt to pass a Date, Function, DOM element besides a form, or
 *   other prohibited type, including prohibited types inside objects or arrays, the request fails. Objects that
 *   create circular references will also fail, and undefined fields within arrays become null." The return value
 *   has "the same restrictions". The failure handler gets "the Error object" when "the server-side function throws
 *   an exception". Server functions whose names end in `_` are private: "these functions cannot be called by
 *   google.script" (communication guide, "Private functions"). A form element argument is not emulated.
 *   Undefined object fields are dropped, as JSON drops them [unverified: the docs name only arrays].
 */

export interface WebAppRequest {
  method: 'GET' | 'POST';
  /** The query string without '?', e.g. `template=tpl-1`. */
  queryString?: string;
  /** The URL path after /exec (without the leading slash). */
  pathInfo?: string;
  postData?: { type: string; contents: string };
  /** The deployer's domain, needed only when `webapp.access` is DOMAIN. */
  deployerDomain?: string;
}

export interface WebAppPage {
  ok: boolean;
  /** The page's HTML (HtmlOutput.getContent() or TextOutput content); empty when !ok. */
  html: string;
  title: string;
  /** 'html' for an HtmlOutput, 'text' for a TextOutput. */
  kind: 'html' | 'text' | 'none';
  /** What Google would show instead of the page (access refused, the script threw, wrong return type). */
  error?: string;
  run?: RunResult;
}

/** A google.script.run call's outcome: what the success handler gets, or the message the failure handler's Error carries. */
export type ScriptCallResult = { ok: true; value: unknown; run: RunResult } | { ok: false; error: string; run?: RunResult };

/** Why `email` may not open the web app, or null (apps-script/manifest/web-app-api-executable). */
export function webAppAccessProblem(ws: OfflineWorkspace, project: SimProject, email: string, deployerDomain?: string): string | null {
  const cfg = project.manifest.webapp;
  if (!cfg) return `${project.id} is not deployed as a web app: appsscript.json has no "webapp" entry (access, executeAs)`;
  if (cfg.executeAs !== 'USER_ACCESSING') return `webapp.executeAs ${String(cfg.executeAs)} is not emulated: the offline Workspace runs USER_ACCESSING web apps`;
  const user = ws.directory.findUser(email);
  if (!user) return `${email} is not signed in to a Google account of the offline Workspace`;
  if (user.suspended) return `${email} is suspended`;
  if (cfg.access === 'ANYONE') return null;
  if (cfg.access === 'DOMAIN') {
    if (!deployerDomain) return 'webapp.access DOMAIN needs the deployer\'s domain (WebAppRequest.deployerDomain)';
    return email.split('@')[1]?.toLowerCase() === deployerDomain.toLowerCase() ? null : `Only users in ${deployerDomain} may open this web app`;
  }
  return `webapp.access ${String(cfg.access)} is not emulated (ANYONE and DOMAIN are)`;
}

/** The `e` of doGet/doPost for a request (apps-script/guides/web, "Request parameters"). */
export function webAppEvent(req: WebAppRequest): Record<string, unknown> {
  const query = req.queryString ?? '';
  const parameters: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(query)) (parameters[k] ??= []).push(v);
  if (req.method === 'POST' && req.postData?.type === 'application/x-www-form-urlencoded') {
    for (const [k, v] of new URLSearchParams(req.postData.contents)) (parameters[k] ??= []).push(v);
  }
  const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]]));
  const e: Record<string, unknown> = { queryString: query || null, parameter, parameters, pathInfo: req.pathInfo ?? '', contextPath: '', contentLength: -1 };
  if (req.method === 'POST') {
    const contents = req.postData?.contents ?? '';
    e.contentLength = Buffer.byteLength(contents);
    e.postData = { length: e.contentLength, type: req.postData?.type ?? 'text/plain', contents, name: 'postData' };
  }
  return e;
}

/** A visit to the web app by `user`: doGet or doPost as one 'webapp' execution of that user. */
export function serveWebApp(ws: OfflineWorkspace, project: SimProject, user: string, req: WebAppRequest): WebAppPage {
  const refused = webAppAccessProblem(ws, project, user, req.deployerDomain);
  if (refused) return { ok: false, html: '', title: '', kind: 'none', error: refused };
  const fn = req.method === 'POST' ? 'doPost' : 'doGet';
  const run = ws.run(project, fn, { user, kind: 'webapp', event: webAppEvent(req) });
  if (!run.ok) return { ok: false, html: '', title: '', kind: 'none', error: run.error, run };
  const out = run.value as { getContent?: () => unknown; getTitle?: () => unknown } | null;
  if (!out || typeof out.getContent !== 'function') {
    // apps-script/guides/web: the function must return an HtmlOutput or a TextOutput.
    return { ok: false, html: '', title: '', kind: 'none', error: `${fn} must return an HtmlOutput or a TextOutput`, run };
  }
  const html = String(out.getContent());
  const title = typeof out.getTitle === 'function' ? String(out.getTitle() ?? '') : '';
  return { ok: true, html, title, kind: typeof out.getTitle === 'function' ? 'html' : 'text', run };
}

/**
 * The functions `google.script.run` offers the page: the project's top-level functions whose names do not end in
 * `_`. Read by loading the project's files in an empty context, as the platform reads a project's function list
 * without running a service.
 */
export function scriptRunFunctions(project: SimProject): string[] {
  const context = vm.createContext({});
  for (const f of project.files) {
    try {
      f.script.runInContext(context, { timeout: 10_000 });
    } catch {
      // A file that needs a service at load time still declares the functions above the failing line.
    }
  }
  return Object.getOwnPropertyNames(context)
    .filter((n) => typeof context[n] === 'function' && /^[A-Za-z_$][\w$]*$/.test(n) && !n.endsWith('_'))
    .sort();
}

/** The page's arguments as the server gets them, or why the request fails before reaching the server. */
export function serialiseForScriptRun(value: unknown, what: string, seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (value === undefined) return null;
  if (typeof value === 'function') throw new ScriptRunTypeError(`${what} is a Function, which google.script.run cannot pass`);
  if (typeof value !== 'object') throw new ScriptRunTypeError(`${what} is a ${typeof value}, which google.script.run cannot pass`);
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') throw new ScriptRunTypeError(`${what} is a Date, which google.script.run cannot pass: send date.getTime() or an ISO string`);
  if (seen.has(value)) throw new ScriptRunTypeError(`${what} refers back to itself (a circular reference), which google.script.run cannot pass`);
  seen.add(value);
  try {
    if (Array.isArray(value)) return Array.from(value, (v, i) => (v === undefined ? null : serialiseForScriptRun(v, `${what}[${i}]`, seen)));
    if (tag !== '[object Object]') throw new ScriptRunTypeError(`${what} is a ${tag.slice(8, -1)}, which google.script.run cannot pass`);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = serialiseForScriptRun(v, `${what}.${k}`, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

export class ScriptRunTypeError extends Error {}

/**
 * A `google.script.run.<fn>(...args)` from a page the web app served to `user`: the arguments serialised as the
 * client sends them, `fn` run as one 'webapp' execution of that user, and its return value serialised back. A
 * throw reaches the failure handler as an Error with the thrown message.
 */
export function runScriptCall(ws: OfflineWorkspace, project: SimProject, user: string, fn: string, args: unknown[] = [], deployerDomain?: string): ScriptCallResult {
  const refused = webAppAccessProblem(ws, project, user, deployerDomain);
  if (refused) return { ok: false, error: refused };
  if (!scriptRunFunctions(project).includes(fn)) {
    // On the page there is no such method: calling it is the browser's TypeError.
    return { ok: false, error: `google.script.run.${fn} is not a function${fn.endsWith('_') ? ' (names ending in _ are private to the server)' : ''}` };
  }
  let sent: unknown[];
  try {
    sent = args.map((a, i) => serialiseForScriptRun(a, `argument ${i + 1}`));
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  const run = ws.run(project, fn, { user, kind: 'webapp', args: sent });
  if (!run.ok) return { ok: false, error: run.error ?? 'the server function failed', run };
  try {
    return { ok: true, value: serialiseForScriptRun(run.value, `the value ${fn} returned`), run };
  } catch (err) {
    return { ok: false, error: (err as Error).message, run };
  }
}
