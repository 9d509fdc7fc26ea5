import * as vm from 'node:vm';
import type { Execution } from './execution';
import type { OfflineWorkspace } from './workspace';
import type { SimProject } from './project';
import { createExecutionContext } from './context';
import { REAL_CPU_TIMEOUT_MS } from './entry-point';

/**
 * Apps Script libraries (apps-script/guides/libraries), loaded as Apps Script does:
 *
 * - each library runs in its own global scope (its own vm context), with the services of the execution that
 *   includes it, and is reached through one global named by the manifest's `userSymbol`;
 * - "Only enumerable global properties are visible to library users. This includes function declarations,
 *   variables created outside a function with `var`, and properties explicitly set on the global object" — so
 *   top-level `let`/`const`/`class` stay private — and methods whose name ends with an underscore are "not be visible
 *   (nor usable)" to the library's users;
 * - the guide's "Resource scoping" table: Lock, Script Properties, Cache and Triggers are not shared ("The same
 *   instance is visible to all including scripts when created in the library": one store per library, whoever
 *   includes it); ScriptApp, User Properties, the Logger and the execution transcript are shared with the including
 *   script. The library's code also runs under the including script's authorization (its manifest's scopes and
 *   `urlFetchWhitelist`); its own manifest decides its advanced services and its own libraries.
 *
 * Not emulated: versions (the folder given to `loadProject` is the code used, whatever `version` or
 * `developmentMode` says); triggers created by library code (ScriptApp.newTrigger from a library); simple triggers.
 * Whether an exposed `var` is read live or copied when the library loads is not documented: here it is read live.
 */

/** The execution as library code sees it: the same clock, limits, counters and user, but the library's project. */
function libraryExecution(exec: Execution, project: SimProject): Execution {
  // Only what belongs to the library's realm is its own; everything else (time, counters, the error that ended the
  // execution, scratch) is the one execution's, read and written through.
  const own = new Map<PropertyKey, unknown>([
    ['project', project],
    ['realm', null],
    ['membrane', null],
  ]);
  return new Proxy(exec, {
    get: (target, p) => (own.has(p) ? own.get(p) : Reflect.get(target, p)),
    set: (target, p, value) => {
      if (own.has(p)) own.set(p, value);
      else Reflect.set(target, p, value);
      return true;
    },
  });
}

/** Realm-side: the library's visible globals, and a read of one (live). */
const LIBRARY_GLOBALS = `(function () {
  return {
    names: function () { return Object.keys(globalThis); },
    read: function (name) { return globalThis[name]; },
  };
})()`;

/** Including-realm side: the object a `userSymbol` names, one enumerable getter per visible global. */
const LIBRARY_OBJECT = `(function (names, read) {
  var lib = {};
  names.forEach(function (name) {
    Object.defineProperty(lib, name, { enumerable: true, get: function () { return read(name); } });
  });
  return Object.freeze(lib);
})`;

let LIBRARY_GLOBALS_SCRIPT: vm.Script | undefined;
let LIBRARY_OBJECT_SCRIPT: vm.Script | undefined;

/** Loads every library of the execution's project into its own realm and puts its `userSymbol` into `context`. */
export function installLibraries(ws: OfflineWorkspace, exec: Execution, context: vm.Context): void {
  for (const { userSymbol, project } of exec.project.libraries) {
    // The library's code runs under the including script's authorization (scopes, urlFetchWhitelist, time zone);
    // its own manifest names its advanced services and libraries.
    const view: SimProject = { ...project, manifest: { ...exec.project.manifest, dependencies: project.manifest.dependencies } };
    const libExec = libraryExecution(exec, view);
    const libContext = createExecutionContext(ws, libExec);
    LIBRARY_GLOBALS_SCRIPT ??= new vm.Script(LIBRARY_GLOBALS, { filename: 'offline-workspace-library.js' });
    const globals = LIBRARY_GLOBALS_SCRIPT.runInContext(libContext) as { names(): string[]; read(n: string): unknown };
    // What the offline Workspace put there (services, nested libraries) is not the library's own code.
    const platform = new Set(globals.names());
    for (const f of project.files) f.script.runInContext(libContext, { timeout: REAL_CPU_TIMEOUT_MS });
    const visible = globals.names().filter((n) => !platform.has(n) && !n.endsWith('_'));
    LIBRARY_OBJECT_SCRIPT ??= new vm.Script(LIBRARY_OBJECT, { filename: 'offline-workspace-library.js' });
    const makeObject = LIBRARY_OBJECT_SCRIPT.runInContext(context) as (names: string[], read: (n: string) => unknown) => unknown;
    // `names` crosses as a realm array of the including script (forEach there); `read` is the library realm's.
    context[userSymbol] = makeObject(exec.toRealm(visible), globals.read);
    exec.count('libraries.loaded');
  }
}
