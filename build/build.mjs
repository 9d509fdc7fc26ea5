// Bundles src/main.ts into dist/Code.js for Apps Script V8, and copies appsscript.json beside it.
//
// webpack bundles, esbuild-loader compiles (TypeScript, and every file lowered to ES2020), and gas-webpack-plugin
// (named by the product owner's design card) writes the entry points. Apps Script calls a global by name (manifest
// triggers, card actions, time-driven triggers) and lists only real `function name() {}` declarations, so the
// plugin reads the exports of src/main.ts — the one list of globals — prepends an empty declaration for each, and
// appends `global.name = exports.name`, which replaces the empty one with the real function when the file loads.
// developers.google.com/apps-script/api/how-tos/manage-projects: "File objects contain the source content of the
// file (File.source) and other metadata, such a list of functions in the file (File.functionSet)" — the list is
// read from the source, hence the declarations. Google's docs are silent on whether a call by name then resolves
// the global after the file has loaded (ECMAScript's rule for a global binding, which gas-webpack-plugin relies
// on); this script loads the file in an empty V8 context and refuses it unless each global is the real function.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import GasPlugin from 'gas-webpack-plugin';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const entry = path.join(root, 'src', 'main.ts');
const GLOBAL_NAME = 'Autograph';

// esbuild's transform options: ES2020 like src/tsconfig.json, non-ASCII kept as written, licence comments kept
// where they are. Not minified, so the code stays readable in the Apps Script editor.
const esbuildOptions = (loader) => ({ loader, target: 'es2020', charset: 'utf8', legalComments: 'inline' });

/** @type {import('webpack').Configuration} */
const config = {
  context: root,
  mode: 'production',
  entry,
  // A language level and no platform: webpack assumes neither a browser nor Node (no `window`, no `require` of
  // built-ins, no chunk loading), which is what Apps Script V8 is.
  target: ['es2020'],
  output: {
    path: dist,
    filename: 'Code.js',
    clean: true,
    iife: true,
    chunkFormat: false,
    chunkLoading: false,
    // The exports of src/main.ts are called from outside the bundle; a library output is how webpack is told so
    // (as a plain entry it takes them for unused and unwires what they call). The namespace is `var Autograph`.
    library: { type: 'var', name: GLOBAL_NAME },
  },
  resolve: { extensions: ['.ts', '.js'], mainFields: ['module', 'main'] },
  module: {
    // TypeScript's resolveJsonModule lets src/ import one field of a JSON file (`import { version } from
    // '../../package.json'`); without this webpack warns that only the default export will be kept.
    parser: { json: { namedExports: true } },
    rules: [
      { test: /\.ts$/, loader: 'esbuild-loader', options: esbuildOptions('ts') },
      { test: /\.[cm]?js$/, loader: 'esbuild-loader', options: esbuildOptions('js') },
      // tweetnacl (src/core/delegation/secret-box.ts) is a UMD file: webpack gives it the `module` it exports
      // through, and its `require('crypto')` probe for a random source (Apps Script has none; Autograph passes
      // its own nonces) resolves to an empty module. Only this file may ask for `crypto`: an import of a Node
      // built-in anywhere else still fails the build.
      { test: /[\\/]tweetnacl[\\/]nacl-fast\.js$/, resolve: { fallback: { crypto: false } } },
    ],
  },
  // Without minifying, webpack keeps every function of a bundled module; innerGraph off keeps each of them wired
  // to its imports (no `var x;` placeholders for imports only dead code uses).
  optimization: { minimize: false, concatenateModules: true, innerGraph: false },
  devtool: false,
  performance: { hints: false },
  // No filesystem cache: gas-webpack-plugin's dependency cannot be serialised, and a cached rebuild comes out
  // without the entry points (checkEntryPoints below refuses it).
  cache: false,
  plugins: [
    // include: only src/main.ts is read for `global.x =` assignments, so no bundled library can add an entry point.
    new GasPlugin({ comment: false, autoGlobalExportsFiles: [entry], include: [entry] }),
    new webpack.BannerPlugin({
      banner: '// Autograph — built by build/build.mjs; do not edit: change src/ and run `npm run build`.',
      raw: true,
      entryOnly: true,
    }),
  ],
};

const compiler = webpack(config);
const stats = await new Promise((resolve, reject) => compiler.run((err, s) => (err ? reject(err) : resolve(s))));
await new Promise((resolve) => compiler.close(resolve));
if (stats.hasErrors() || stats.hasWarnings()) {
  throw new Error(`webpack:\n${stats.toString({ all: false, errors: true, warnings: true })}`);
}

const code = fs.readFileSync(path.join(dist, 'Code.js'), 'utf8');
if (/^\s*(import|export)\s/m.test(code) || /\brequire\(/.test(code)) {
  throw new Error('dist/Code.js would contain import/export/require, which Apps Script rejects');
}
const names = checkEntryPoints(code);
fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
const pages = copyHtmlFiles(path.join(root, 'src'));
if (!process.env.AUTOGRAPH_BUILD_QUIET) {
  process.stdout.write(`dist/Code.js ${(Buffer.byteLength(code) / 1024).toFixed(1)} KiB, ${names.length} entry points; ${pages.length} .html file(s) ${(pages.reduce((n, p) => n + p.bytes, 0) / 1024).toFixed(1)} KiB\n`);
}

/**
 * Loads the bundle with nothing but ECMAScript built-ins (it must not touch an Apps Script service at load time)
 * and checks that the declared globals are exactly the function exports of src/main.ts, each now the real one.
 */
function checkEntryPoints(bundle) {
  const context = vm.createContext({});
  vm.runInContext(bundle, context, { filename: 'Code.js' });
  const exported = context[GLOBAL_NAME];
  const exports = Object.keys(exported).filter((k) => typeof exported[k] === 'function').sort();
  if (exports.length === 0) throw new Error('src/main.ts exports no functions: Apps Script would have nothing to call');
  const declared = [...bundle.matchAll(/^function (\w+)\(\) \{\n\}/gm)].map((m) => m[1]).sort();
  if (declared.join() !== exports.join()) {
    throw new Error(`top-level declarations [${declared}] differ from the exports of src/main.ts [${exports}]`);
  }
  const unwired = exports.filter((n) => context[n] !== exported[n]);
  if (unwired.length) throw new Error(`globals still the empty declaration after load: ${unwired.join(', ')}`);
  return exports;
}

/**
 * Copies every `.html` file under src/ into dist/ by its file name: Apps Script keeps a project's files flat and
 * `HtmlService.createTemplateFromFile('Studio')` finds `Studio.html` by that name, so two files of one name refuse
 * the build.
 */
function copyHtmlFiles(dir) {
  const found = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.html')) found.push(p);
    }
  };
  walk(dir);
  const seen = new Map();
  for (const p of found) {
    const name = path.basename(p);
    if (seen.has(name)) throw new Error(`${path.relative(root, p)} and ${path.relative(root, seen.get(name))} would both be ${name} in dist/`);
    seen.set(name, p);
    fs.copyFileSync(p, path.join(dist, name));
  }
  return found.map((p) => ({ name: path.basename(p), bytes: fs.statSync(p).size }));
}
