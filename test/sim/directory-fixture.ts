import * as fs from 'node:fs';
import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import type { SimProject } from '../../sim/project';
import { makeTempDir } from '../support/temp-dirs';

const ADVANCED: Record<string, { serviceId: string; version: string }> = {
  AdminDirectory: { serviceId: 'admin', version: 'directory_v1' },
  People: { serviceId: 'peopleapi', version: 'v1' },
};

/** A plain Apps Script project (not an add-on) with the given advanced services enabled and one Code.js. */
export function scriptProject(ws: OfflineWorkspace, code: string, services: string[] = ['AdminDirectory']): SimProject {
  const dir = makeTempDir('autograph-sim-');
  const manifest = {
    timeZone: 'Europe/Berlin',
    runtimeVersion: 'V8',
    dependencies: { enabledAdvancedServices: services.map((s) => ({ userSymbol: s, ...ADVANCED[s] })) },
  };
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  return ws.loadProject(dir);
}

/**
 * Runs `body` (the statements of a function whose argument is `arg`) as `user` and returns what it returns,
 * passed through JSON so tests compare plain data. A thrown error comes back as {error, name, code}.
 */
export function runScript(ws: OfflineWorkspace, user: string, body: string, arg?: unknown, services?: string[]): any {
  const p = scriptProject(
    ws,
    `function main(arg) {
       try { return JSON.stringify((function (arg) { ${body} })(arg)); }
       catch (e) { return JSON.stringify({ error: e.message, name: e.name, code: e.details && e.details.code, reason: e.details && e.details.errors && e.details.errors[0].reason, isError: e instanceof Error }); }
     }`,
    services,
  );
  const r = ws.run(p, 'main', { user, event: arg });
  if (!r.ok) throw new Error(`script failed: ${r.error}`);
  return r.value === undefined ? undefined : JSON.parse(r.value as string);
}
