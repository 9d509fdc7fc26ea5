import * as vm from 'node:vm';
import type { Manifest, SimProject } from './project';

/**
 * Which advanced services the offline Workspace emulates, and what it does with the others.
 *
 * apps-script/manifest/dependencies: an EnabledAdvancedService is `{serviceId, userSymbol, version}`; `serviceId` is
 * "the service identifier shown in the API discovery document", `userSymbol` "the identifier used to refer to this
 * service in the Apps Script project code" — so a project may rename a service, and the global follows the name.
 *
 * A service the manifest enables but the offline Workspace does not emulate is said at load time (a warning on the
 * project, printed once) rather than refused: a project that enables, say, Drive for one rarely used path still
 * loads and runs its other paths. Its global is there, and any use of it fails with an error naming the service,
 * instead of a bare "X is not defined".
 */

/** serviceId → the service module's global (sim/services) and the versions it emulates. */
const EMULATED: Record<string, { moduleSymbol: string; versions: string[] }> = {
  admin: { moduleSymbol: 'AdminDirectory', versions: ['directory_v1'] },
  gmail: { moduleSymbol: 'Gmail', versions: ['v1'] },
  peopleapi: { moduleSymbol: 'People', versions: ['v1'] },
};

type Enabled = NonNullable<NonNullable<Manifest['dependencies']>['enabledAdvancedServices']>[number];

function enabledOf(m: Manifest): Enabled[] {
  return m.dependencies?.enabledAdvancedServices ?? [];
}

function isEmulated(s: Enabled): boolean {
  const e = EMULATED[s.serviceId];
  return e !== undefined && e.versions.includes(s.version);
}

/** The module globals to install and a warning per enabled service that is not emulated. */
export function checkAdvancedServices(m: Manifest): { emulated: Set<string>; warnings: string[] } {
  const emulated = new Set<string>();
  const warnings: string[] = [];
  for (const s of enabledOf(m)) {
    if (isEmulated(s)) emulated.add(EMULATED[s.serviceId].moduleSymbol);
    else warnings.push(notEmulated(s));
  }
  return { emulated, warnings };
}

function notEmulated(s: Enabled): string {
  const known = EMULATED[s.serviceId];
  const why = known
    ? `only version ${known.versions.join(', ')} of ${s.serviceId} is emulated`
    : `the offline Workspace emulates only ${Object.keys(EMULATED).join(', ')}`;
  return `advanced service ${s.userSymbol} (serviceId ${s.serviceId}, version ${s.version}) is enabled in appsscript.json but not emulated: ${why}`;
}

/** The global name a module's service gets in this project: the manifest's `userSymbol` for advanced services. */
export function advancedServiceSymbol(project: SimProject, moduleSymbol: string): string {
  for (const s of enabledOf(project.manifest)) {
    if (isEmulated(s) && EMULATED[s.serviceId].moduleSymbol === moduleSymbol) return s.userSymbol;
  }
  return moduleSymbol;
}

let REFUSING_SERVICE: vm.Script | undefined;

/** Puts a global for each enabled service that is not emulated; touching it throws the load-time warning. */
export function installUnemulatedServices(project: SimProject, context: vm.Context): void {
  const missing = enabledOf(project.manifest).filter((s) => !isEmulated(s));
  if (missing.length === 0) return;
  REFUSING_SERVICE ??= new vm.Script(
    `(function (message) {
      var fail = function () { throw new Error(message); };
      return new Proxy({}, { get: fail, set: fail, has: fail, apply: fail, ownKeys: fail, getOwnPropertyDescriptor: fail });
    })`,
    { filename: 'offline-workspace-advanced-services.js' },
  );
  const make = REFUSING_SERVICE.runInContext(context) as (message: string) => unknown;
  for (const s of missing) context[s.userSymbol] = make(notEmulated(s));
}
