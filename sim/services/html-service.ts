import * as vm from 'node:vm';
import type { ServiceModule } from './types';
import { coreCall } from './core-latency';

/**
 * HtmlService (apps-script/reference/html/html-service) over the project's `.html` files, with templates as
 * apps-script/guides/html/templates describes them:
 *
 * - `<? … ?>` runs code, `<?= … ?>` prints "using contextual escaping", `<?!= … ?>` prints "except that they avoid
 *   contextual escaping"; "a printing scriptlet only outputs the value of its first statement";
 * - scriptlets "can call functions defined in other code files, reference global variables, or use any of the
 *   Apps Script APIs", and functions they define "can't be called by functions defined in code files or other
 *   templates"; variables are pushed "by assigning them as properties of the HtmlTemplate object";
 * - the evaluated code has the guide's shape (`getCode()`): an `output` whose `_` appends and whose `_$` calls
 *   `appendUntrusted`, the template's lines kept on the same lines, so a `//` comment in a scriptlet hides the rest
 *   of its line as the guide's "Hierarchy of comments" shows.
 *
 * Contextual escaping: the guide names the contexts "inside an HTML attribute, inside a client-side script tag, or
 * anywhere else" but not the exact output. Here, inside an open `<script>` element a value prints as a JSON literal
 * with `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX` (it cannot close the element); anywhere else (text and attribute
 * values) `& < > " ' \` =` become character references [unverified: Google's exact characters and forms].
 *
 * The service is built inside the script's realm (templates evaluate there, next to the script's globals); the host
 * gives it the project's files, the compiler below and the execution's call accounting.
 * Not emulated here: `getAs`/`getBlob`, `createHtmlOutput(blob)`. Serving pages (`doGet`/`doPost`) and `google.script.run`
 * calls are sim/web-app.ts.
 */

/** The evaluated code of a template (the body of the guide's `getCode()` output). */
export function compileTemplate(source: string): string {
  let code = '';
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<?', at);
    const text = source.slice(at, open === -1 ? source.length : open);
    if (text) code += textStatements(text);
    if (open === -1) break;
    const close = source.indexOf('?>', open + 2);
    if (close === -1) {
      const line = source.slice(0, open).split('\n').length;
      throw new Error(`Template syntax error: the scriptlet opened on line ${line} is never closed with ?>`);
    }
    const inner = source.slice(open + 2, close);
    if (inner.startsWith('!=')) code += ` output._ = ${inner.slice(2)} ;`;
    else if (inner.startsWith('=')) code += ` output._$ = ${inner.slice(1)} ;`;
    else code += ` ${inner} ;`;
    at = close + 2;
  }
  return code;
}

/**
 * Appends of `text` as the guide's getCode() shows them: the rest of the current line is one statement, the lines
 * after it another (so a `//` in a scriptlet hides only the rest of its own line), and the code has as many lines as
 * the text.
 */
function textStatements(text: string): string {
  const nl = text.indexOf('\n');
  if (nl === -1) return `output._ = ${JSON.stringify(text)};`;
  const rest = text.slice(nl + 1);
  return `output._ = ${JSON.stringify(text.slice(0, nl + 1))};\n` + (rest ? `output._ = ${literal(rest)};` : '');
}

/** A JS string literal of `text` spread over as many lines as `text` has. */
function literal(text: string): string {
  const lines = text.split('\n');
  return lines.map((l, i) => JSON.stringify(i < lines.length - 1 ? `${l}\n` : l)).join(' +\n');
}

/** `No HTML file named X was found.` is Apps Script's wording for a missing file. */
function fileReader(files: Record<string, string>): (name: unknown) => string {
  return (name) => {
    const key = String(name).replace(/\.html$/, '');
    if (!Object.prototype.hasOwnProperty.call(files, key)) throw new Error(`No HTML file named ${String(name)} was found.`);
    return files[key];
  };
}

let HTML_SERVICE_SCRIPT: vm.Script | undefined;

export const htmlServiceModule: ServiceModule = {
  name: 'HtmlService',
  globals: ({ exec }) => {
    const realm = exec.realm!;
    HTML_SERVICE_SCRIPT ??= new vm.Script(HTML_SERVICE, { filename: 'offline-workspace-html-service.js' });
    const build = HTML_SERVICE_SCRIPT.runInContext(realm.context) as (host: unknown) => unknown;
    const host = {
      readFile: fileReader(exec.project.htmlFiles),
      compile: compileTemplate,
      create: () => coreCall(exec, 'html.create'),
      evaluate: () => coreCall(exec, 'html.evaluate'),
    };
    // A realm object already: the membrane passes it through; the host functions above reach it wrapped.
    return { HtmlService: build(exec.membrane!.wrap(host)) };
  },
};

/** Runs inside the script's realm: HtmlService, HtmlOutput and HtmlTemplate. */
const HTML_SERVICE = `(function () {
  'use strict';
  var RealmFunction = Function;
  var ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\`': '&#96;', '=': '&#61;' };
  function escapeHtml(v) { return String(v).replace(/[&<>"'\`=]/g, function (c) { return ENTITIES[c]; }); }
  function escapeScriptValue(v) {
    var json = JSON.stringify(v);
    if (json === undefined) json = 'null';
    return json.replace(/[<>&\\u2028\\u2029]/g, function (c) { return '\\\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
  }
  /** Inside an element of raw script text when the last <script ...> opened is not yet closed. */
  function inScript(content) {
    var lower = content.toLowerCase();
    var open = lower.lastIndexOf('<script');
    return open !== -1 && lower.indexOf('</script', open) === -1 && lower.indexOf('>', open) !== -1;
  }
  function enumOf(names) { var o = {}; names.forEach(function (n) { o[n] = n; }); return Object.freeze(o); }

  return function build(host) {
    var outputs = new WeakMap();
    var templates = new WeakMap();
    function out(self) {
      var s = outputs.get(self);
      if (!s) throw new TypeError('Illegal invocation: call HtmlOutput methods on an HtmlOutput');
      return s;
    }

    function HtmlOutput(content) {
      outputs.set(this, { content: content, title: '', width: 0, height: 0, favicon: null, meta: [], sandbox: 'IFRAME', xframe: 'DEFAULT' });
    }
    var P = HtmlOutput.prototype;
    P.append = function (added) { out(this).content += String(added); return this; };
    P.appendUntrusted = function (added) {
      var s = out(this);
      s.content += inScript(s.content) ? escapeScriptValue(added) : escapeHtml(added);
      return this;
    };
    P.setContent = function (content) { out(this).content = String(content); return this; };
    P.getContent = function () { return out(this).content; };
    P.clear = function () { out(this).content = ''; return this; };
    P.setTitle = function (title) { out(this).title = String(title); return this; };
    P.getTitle = function () { return out(this).title; };
    P.setWidth = function (w) { out(this).width = Number(w); return this; };
    P.getWidth = function () { return out(this).width; };
    P.setHeight = function (h) { out(this).height = Number(h); return this; };
    P.getHeight = function () { return out(this).height; };
    P.setFaviconUrl = function (url) { out(this).favicon = String(url); return this; };
    P.getFaviconUrl = function () { return out(this).favicon; };
    P.addMetaTag = function (name, content) { out(this).meta.push({ name: String(name), content: String(content) }); return this; };
    P.getMetaTags = function () {
      return out(this).meta.map(function (m) { return { getName: function () { return m.name; }, getContent: function () { return m.content; } }; });
    };
    P.setSandboxMode = function (mode) { out(this).sandbox = String(mode); return this; };
    P.setXFrameOptionsMode = function (mode) { out(this).xframe = String(mode); return this; };
    P.asTemplate = function () { return newTemplate(out(this).content); };
    P.getAs = P.getBlob = function () { throw new Error('HtmlOutput.getAs/getBlob are not emulated by the offline Workspace'); };

    function HtmlTemplate() {}
    function newTemplate(source) {
      var t = new HtmlTemplate();
      templates.set(t, String(source));
      return t;
    }
    function source(self) {
      if (!templates.has(self)) throw new TypeError('Illegal invocation: call HtmlTemplate methods on an HtmlTemplate');
      return templates.get(self);
    }
    var T = HtmlTemplate.prototype;
    T.getRawContent = function () { return source(this); };
    T.getCode = function () {
      return '(function() { var output = HtmlService.initTemplate(); ' + host.compile(source(this)) +
        '\\n  /* End of user code */\\n  return output.$out.append(\\'\\');\\n})();';
    };
    T.getCodeWithComments = T.getCode;
    T.evaluate = function () {
      host.evaluate();
      var code = host.compile(source(this));
      var result = new HtmlOutput('');
      // The guide's output: '_' appends, '_$' appends with contextual escaping, '$out' is the plain HtmlOutput.
      var output = Object.create(result, {
        _: { set: function (v) { result.append(v); } },
        _$: { set: function (v) { result.appendUntrusted(v); } },
        $out: { value: result },
      });
      // Pushed variables: the template's own properties, seen by the scriptlets as variables.
      var vars = {};
      var self = this;
      Object.keys(self).forEach(function (k) { vars[k] = self[k]; });
      new RealmFunction('output', '__templateVariables', 'with (__templateVariables) {' + code + '\\n}')(output, vars);
      return result;
    };

    return Object.freeze({
      SandboxMode: enumOf(['EMULATED', 'IFRAME', 'NATIVE']),
      XFrameOptionsMode: enumOf(['ALLOWALL', 'DEFAULT']),
      createHtmlOutput: function (html) {
        host.create();
        return new HtmlOutput(html === undefined ? '' : String(html));
      },
      createHtmlOutputFromFile: function (filename) {
        host.create();
        return new HtmlOutput(host.readFile(filename));
      },
      createTemplate: function (html) {
        host.create();
        return newTemplate(html === undefined ? '' : html);
      },
      createTemplateFromFile: function (filename) {
        host.create();
        return newTemplate(host.readFile(filename));
      },
      getUserAgent: function () { return 'Mozilla/5.0 (offline Workspace)'; },
    });
  };
})()`;
