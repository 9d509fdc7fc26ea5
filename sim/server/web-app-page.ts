import type { OfflineWorkspace } from '../workspace';
import type { SimProject } from '../project';
import { webAppDeploymentId, webAppUrl } from '../services/script-app';
import { runScriptCall, scriptRunFunctions, serveWebApp } from '../web-app';
import { esc } from './render';

/**
 * `npm start` serves the project's web app beside the offline Gmail, at the path of its deployment URL
 * (`/macros/s/<deployment id>/exec`, sim/services/script-app.ts `webAppUrl`), as the selected user — so an
 * "Open in Studio" OpenLink opens it as it would from Gmail. Google serves the page's HTML inside a sandboxed iframe
 * (apps-script/reference/html/sandbox-mode: IFRAME) with a `google.script.run` client; here the page goes into an
 * `<iframe sandbox srcdoc>` with a small client that posts each call to `/macros/s/<id>/run`, where it runs as a
 * 'webapp' execution of the same user (sim/web-app.ts: argument and return rules, private `_` functions).
 */

const ROUTE = /^\/macros\/s\/([\w-]+)\/(exec|run)(?:\/(.*))?$/;

/** The local path for a URL of the project's web app (an OpenLink's target), or null for any other URL. */
export function localWebAppHref(project: SimProject, url: string): string | null {
  const base = webAppUrl(project);
  if (!base || !(url === base || url.startsWith(`${base}?`) || url.startsWith(`${base}/`))) return null;
  return url.slice('https://script.google.com'.length);
}

export function webAppRoute(project: SimProject, pathname: string): { kind: 'exec' | 'run'; pathInfo: string } | null {
  const m = ROUTE.exec(pathname);
  if (!m || m[1] !== webAppDeploymentId(project.id) || !project.manifest.webapp) return null;
  return { kind: m[2] as 'exec' | 'run', pathInfo: m[3] ?? '' };
}

/** The client google.script.run inside the page: one method per callable function, handlers as documented. */
function clientScript(runPath: string, functions: string[]): string {
  return `<script>(function(){
  var FUNCTIONS = ${JSON.stringify(functions)};
  function bad(v, seen) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === undefined) return '';
    if (typeof v === 'function') return 'a Function';
    if (Object.prototype.toString.call(v) === '[object Date]') return 'a Date';
    if (seen.indexOf(v) !== -1) return 'a circular reference';
    seen.push(v);
    for (var k in v) { if (Object.prototype.hasOwnProperty.call(v, k)) { var b = bad(v[k], seen); if (b) return b; } }
    seen.pop();
    return '';
  }
  function runner(success, failure, user) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, failure, user); },
      withFailureHandler: function (f) { return runner(success, f, user); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    FUNCTIONS.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var fail = function (message) { var e = new Error(message); if (failure) failure(e, user); else console.error(e); };
        var problem = bad(args, []);
        if (problem) { setTimeout(function () { fail('google.script.run cannot pass ' + problem); }, 0); return; }
        fetch(${JSON.stringify(runPath)}, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ fn: name, args: args }) })
          .then(function (res) { return res.json(); })
          .then(function (out) { if (out.ok) { if (success) success(out.value, user); } else fail(out.error); }, function (err) { fail(String(err)); });
      };
    });
    return r;
  }
  window.google = window.google || {};
  window.google.script = { run: runner(null, null, undefined) };
})();</script>`;
}

/** The page a visit to /exec shows: the user it runs as, and the web app's output in a sandboxed frame. */
export function webAppPageHtml(ws: OfflineWorkspace, project: SimProject, user: string, pathname: string, query: string): { status: number; html: string } {
  const route = webAppRoute(project, pathname)!;
  const page = serveWebApp(ws, project, user, { method: 'GET', queryString: query, pathInfo: route.pathInfo });
  const runPath = pathname.replace(/\/exec(\/.*)?$/, '/run');
  const bar = `<div style="font:13px Arial,sans-serif;padding:6px 12px;background:#e8f0fe;border-bottom:1px solid #dadce0">Web app of ${esc(project.id)} · running as ${esc(user)} (execute as the user accessing it) · <a href="/">Back to the offline Gmail</a></div>`;
  if (!page.ok) {
    return { status: 200, html: `<!doctype html><meta charset="utf-8"><title>Error</title>${bar}<p style="font:14px Arial,sans-serif;margin:24px">${esc(page.error ?? 'The web app failed.')}</p>` };
  }
  const inner = page.kind === 'html' ? `${clientScript(runPath, scriptRunFunctions(project))}${page.html}` : `<pre>${esc(page.html)}</pre>`;
  const frame = `<iframe title="${esc(page.title || 'web app')}" sandbox="allow-scripts allow-forms allow-popups allow-modals allow-downloads" style="border:0;width:100%;height:calc(100vh - 34px)" srcdoc="${esc(inner)}"></iframe>`;
  return { status: 200, html: `<!doctype html><html><head><meta charset="utf-8"><title>${esc(page.title || 'Web app')}</title></head><body style="margin:0">${bar}${frame}</body></html>` };
}

/** A google.script.run call posted by the frame: `{fn, args}` → `{ok, value}` or `{ok: false, error}`. */
export function scriptRunAnswer(ws: OfflineWorkspace, project: SimProject, user: string, body: string): string {
  let req: { fn?: unknown; args?: unknown };
  try {
    req = JSON.parse(body) as { fn?: unknown; args?: unknown };
  } catch {
    return JSON.stringify({ ok: false, error: 'The request was not JSON' });
  }
  const r = runScriptCall(ws, project, user, String(req.fn ?? ''), Array.isArray(req.args) ? req.args : []);
  return JSON.stringify(r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error });
}
