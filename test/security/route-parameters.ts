/**
 * What a caller can put into an action, read from the card source so the list grows with the cards: the parameter
 * keys each card gives each route (`actionFor('route', { key: … })`, `button('Label', 'route', { key: … })`),
 * every parameter and form input a handler reads (`param(e, 'x')`, `formValue(e, 'x')`, …, `setFieldName('x')`),
 * and the globals the built bundle declares (gas-webpack-plugin declares one `function name() {}` per main.ts export).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Marks } from './victim-marks';

const ROOT = path.join(__dirname, '..', '..');

function uiSources(): string {
  const dir = path.join(ROOT, 'src', 'ui');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/** Keys of an object literal's text (`{ a: x, b, ...rest }` → a, b). */
function literalKeys(body: string): string[] {
  return body
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('...'))
    .map((p) => p.split(':')[0].trim())
    .filter((k) => /^[A-Za-z_]\w*$/.test(k));
}

export interface RouteInputs {
  /** route → parameter keys its cards set. */
  byRoute: Record<string, string[]>;
  /** Parameter names any handler reads. */
  params: string[];
  /** Form input names any card declares or handler reads. */
  form: string[];
}

export function routeInputs(): RouteInputs {
  const src = uiSources();
  const byRoute: Record<string, Set<string>> = {};
  const calls = /(?:actionFor\(\s*|button\(\s*(?:'[^']*'|`[^`]*`|[\w.]+)\s*,\s*)'([\w.]+)'\s*(?:,\s*\{([^{}]*)\})?/g;
  for (const m of src.matchAll(calls)) {
    const keys = (byRoute[m[1]] ??= new Set());
    for (const k of literalKeys(m[2] ?? '')) keys.add(k);
  }
  const reads = (re: RegExp) => [...new Set([...src.matchAll(re)].map((m) => m[1]))].sort();
  return {
    byRoute: Object.fromEntries(Object.entries(byRoute).map(([r, s]) => [r, [...s].sort()])),
    params: reads(/\bparam\(\s*[\w.]+\s*,\s*'([\w|:.-]+)'/g),
    form: [...new Set([...reads(/\bform(?:Value|Values|Date)\(\s*[\w.]+\s*,\s*'([\w|:.-]+)'/g), ...reads(/setFieldName\(\s*'([\w|:.-]+)'/g)])].sort(),
  };
}

/** The globals of dist/Code.js, in the order the build declares them. */
export function bundleGlobals(): string[] {
  const code = fs.readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
  return [...code.matchAll(/^function (\w+)\(\) \{\n\}/gm)].map((m) => m[1]);
}

function valueFor(key: string, k: number, m: Marks): string | string[] {
  const pick = <T>(xs: T[], fallback: T): T => (xs.length ? xs[k % xs.length] : fallback);
  if (key === 'action') return '';
  if (key === 'scope') return ['employee', 'department', 'everyone', 'employee'][k];
  if (key === 'targetKind') return ['employee', 'department', 'company', 'employee'][k];
  // Even sets leave the confirmation out (the route shows its confirmation card); odd ones forge one.
  if (key === 'confirm') return k % 2 ? m.ids[k % m.ids.length] : '';
  if (key === 'to') return k % 2 ? 'off' : 'on';
  if (key === 'page') return '0';
  if (key === 'enforce') return 'on';
  if (key === 'ci_users') return m.emails;
  if (/department|orgUnit|group/i.test(key)) return pick(m.departments, m.emails[0]);
  if (/email|address|user|shown|targetEmployee|^q$|query|pick|testUser/i.test(key)) return pick(m.emails, '');
  if (/(^id$|Id$|pageToken|source|starter|status)/.test(key)) return m.ids[(k * 7) % m.ids.length];
  return [m.emails[0], m.owner.spreadsheetIds[0], m.ids[k % m.ids.length], m.departments[0] ?? m.emails[1]][k] ?? m.emails[0];
}

/**
 * What a caller puts into `route` in the k-th parameter set: every input filled with the k-th identifier of `m`
 * of the kind its name asks for (emails, departments, ids…).
 */
export function routeCallInputs(found: RouteInputs, route: string, k: number, m: Marks): { params: Record<string, string>; form: Record<string, string | string[]> } {
  const params: Record<string, string> = {};
  for (const key of new Set([...(found.byRoute[route] ?? []), ...found.params])) {
    if (key === 'action') continue;
    const v = valueFor(key, k, m);
    params[key] = Array.isArray(v) ? v.join(' ') : v;
  }
  const form: Record<string, string | string[]> = {};
  for (const key of found.form) form[key] = valueFor(key, k, m);
  return { params, form };
}
