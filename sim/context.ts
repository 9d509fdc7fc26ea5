import * as vm from 'node:vm';
import type { Execution } from './execution';
import type { OfflineWorkspace } from './workspace';
import { SERVICE_MODULES } from './services';
import { Rng } from './rng';
import { RealmMembrane } from './membrane';
import { gateAdvancedService } from './google/api-enablement';
import { advancedServiceSymbol, installUnemulatedServices } from './advanced-services';
import { installLibraries } from './libraries';

/**
 * Builds the global scope of one execution: ECMAScript built-ins (a fresh vm context has nothing else — no
 * `require`, `process`, `setTimeout`, `fetch`, `Buffer`, `TextEncoder`, `URL`, DOM), `Date` and `Math.random`
 * bound to virtual time and a seeded generator, and the Apps Script services the project may use.
 * Advanced services appear only when the manifest enables them (apps-script/guides/services/advanced).
 */
export function createExecutionContext(ws: OfflineWorkspace, exec: Execution): vm.Context {
  // microtaskMode: promise jobs run inside the execution, within its limits (see entry-point.ts).
  const context = vm.createContext(
    {},
    { name: `execution ${exec.id}`, codeGeneration: { strings: true, wasm: false }, microtaskMode: 'afterEvaluate' },
  );
  // Compiled once, run in each execution's context.
  const bootstrap = (BOOTSTRAP_SCRIPT ??= new vm.Script(BOOTSTRAP, { filename: 'offline-workspace-bootstrap.js' }));
  const install = bootstrap.runInContext(context) as (now: () => number, random: () => number) => void;
  const rng = new Rng(`${ws.seed}:${exec.id}`);
  // Reading the clock or the generator rethrows the error that ended the execution, so a script that caught
  // "Exceeded maximum execution time" and loops on Date or Math.random stops at its next iteration.
  install(
    () => {
      exec.assertAlive();
      return exec.now();
    },
    () => {
      exec.assertAlive();
      return rng.next();
    },
  );
  exec.realm = { Error: vm.runInContext('Error', context), JSON: vm.runInContext('JSON', context), context };
  // Service objects reach the script only through the membrane, so no host constructor (`Function`) leaks.
  const membrane = new RealmMembrane(context, new Set<unknown>([ws, exec]));
  exec.membrane = membrane;
  for (const mod of SERVICE_MODULES) {
    if (mod.advancedService && !exec.project.advancedServices.has(mod.advancedService)) continue;
    const globals = mod.globals({ ws, exec });
    for (const name of Object.keys(globals)) {
      // An advanced service answers only when the script's Cloud project has its API enabled.
      const value = mod.advancedService ? gateAdvancedService(ws, exec, mod.advancedService, globals[name] as Record<string, unknown>) : globals[name];
      context[advancedServiceSymbol(exec.project, name)] = membrane.wrap(value);
    }
  }
  installUnemulatedServices(exec.project, context);
  installLibraries(ws, exec, context);
  return context;
}

let BOOTSTRAP_SCRIPT: vm.Script | undefined;

/** Runs inside the context: replaces Date and Math.random, and returns the installer. */
const BOOTSTRAP = `(function () {
  return function install(now, random) {
    var RealDate = Date;
    class VirtualDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(now()); else super(...args);
      }
      static now() { return now(); }
    }
    Object.defineProperty(globalThis, 'Date', { value: VirtualDate, writable: true, configurable: true });
    Math.random = function () { return random(); };
  };
})()`;
