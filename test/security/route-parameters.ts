/**
 * What a caller can put into an action, read from the card source so the list grows with the cards: the parameter
 * keys each card gives each route (`actionFor('route', { key: … })`, `button('Label', 'route', { key: … })`),
 * every parameter and form input a handler reads (`param(e, 'x')`, `formValue(e, 'x')`, …, `setFieldName('x')`),
 * and the globals the built bundle declares (gas-webpack-plugin declares one `function name() {}` per main.ts export).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

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
