import * as vm from 'node:vm';
import type { Execution } from './execution';

/**
 * Calls the function an execution was started for, and settles what it returns before the execution ends.
 *
 * Apps Script's V8 runtime accepts `async function` entry points (developers.google.com/apps-script/guides/v8-runtime:
 * "The new runtime recognizes the following function definition formats: … async function asyncFunction() {}") and
 * offers no timers (no `setTimeout`: the runtime's globals are ECMAScript's plus the services). Google does not say
 * when promise jobs run; since nothing but other promise jobs can resolve a promise there, they can only run inside
 * the execution, so the offline Workspace drains them before the execution ends: the context is created with
 * `microtaskMode: 'afterEvaluate'` (node: jobs queued by an evaluation run before `runInContext` returns, inside its
 * timeout), so the execution's deadline, service counters and cut-offs apply to work done in those jobs.
 *
 * An entry point that returns a promise gets its settled value as the execution's result; a rejection fails the
 * execution as a throw would. A promise still pending once no job is left can never settle (there is nothing left to
 * resolve it); the docs are silent on what Google reports then, so the offline Workspace fails the execution and says
 * so rather than report a success nobody checked.
 */

/**
 * Real-time safety net: a script stuck in a loop that calls no service would otherwise hang the test run. Not a
 * platform limit (that is the virtual 6 minutes): long enough for one execution of a 50,000-employee bench, whose
 * host-side work (RSA signing and verifying every token, the Gmail fake's sanitizer) takes minutes of real time.
 */
export const REAL_CPU_TIMEOUT_MS = 600_000;

/** Realm-side caller: one evaluation runs the function and every promise job it leaves behind. */
const ENTRY = (fn: string, spread: boolean) => `(function (target, event) {
  var outcome = { state: 'pending', value: undefined, isPromise: false };
  var returned = ${spread ? 'target.apply(undefined, event)' : 'target(event)'};
  if (returned instanceof Promise) {
    outcome.isPromise = true;
    Promise.prototype.then.call(returned,
      function (v) { outcome.state = 'fulfilled'; outcome.value = v; },
      function (e) { outcome.state = 'rejected'; outcome.value = e; });
  } else {
    outcome.state = 'fulfilled';
    outcome.value = returned;
  }
  return outcome;
})(${fn}, __offlineWorkspaceEvent)`;

interface Outcome {
  state: 'pending' | 'fulfilled' | 'rejected';
  value: unknown;
  isPromise: boolean;
}

/** `spread`: `event` is an array of arguments (a google.script.run call), not the one event object. */
export function callEntryPoint(context: vm.Context, exec: Execution, fn: string, event: unknown, timeoutMs: number, spread = false): unknown {
  if (!/^[A-Za-z_$][\w$]*$/.test(fn) || typeof context[fn] !== 'function') {
    // Apps Script's words when a trigger or action names a missing function.
    throw exec.realmError(`Script function not found: ${fn}`);
  }
  context.__offlineWorkspaceEvent = event;
  const outcome = vm.runInContext(ENTRY(fn, spread), context, { timeout: timeoutMs, filename: 'offline-workspace-entry.js' }) as Outcome;
  if (outcome.isPromise) exec.count('executions.asyncEntryPoints');
  if (outcome.state === 'rejected') throw outcome.value;
  if (outcome.state === 'pending') {
    throw exec.realmError(
      `${fn} returned a promise that was still pending when no promise job was left (Apps Script has no timers, so nothing could settle it)`,
    );
  }
  return outcome.value;
}
