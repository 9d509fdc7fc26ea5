import * as fs from 'node:fs';
import * as path from 'node:path';
import { OfflineWorkspace, RunOptions } from '../../sim/workspace';
import type { SimUser, Tenant } from '../../sim/directory/model';
import type { Manifest, SimProject } from '../../sim/project';
import { makeTempDir } from '../support/temp-dirs';

/** A tiny Apps Script project on disk: `appsscript.json` plus one `Code.js`. */
export function writeProject(code: string, manifest: Manifest = { timeZone: 'Europe/Paris', runtimeVersion: 'V8' }, name = 'proj'): string {
  const dir = makeTempDir(`core-services-${name}-`);
  const projDir = path.join(dir, name);
  fs.mkdirSync(projDir);
  fs.writeFileSync(path.join(projDir, 'appsscript.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(projDir, 'Code.js'), code);
  return projDir;
}

let nextUserId = 1;

export function addTenant(ws: OfflineWorkspace, customerId: string, domain: string, timeZone = 'Europe/Paris'): Tenant {
  return ws.directory.addTenant({
    customerId,
    domains: [domain],
    organizationName: domain,
    timeZone,
    language: 'en',
    orgUnits: [],
    groups: [],
    schemas: [],
  });
}

export function addUser(ws: OfflineWorkspace, customerId: string, email: string, isAdmin = false): SimUser {
  const [given] = email.split('@');
  return ws.directory.addUser({
    kind: 'admin#directory#user',
    id: String(100000 + nextUserId++),
    primaryEmail: email,
    name: { givenName: given, familyName: 'Test', fullName: `${given} Test` },
    isAdmin,
    isDelegatedAdmin: false,
    suspended: false,
    archived: false,
    isMailboxSetup: true,
    orgUnitPath: '/',
    customerId,
    creationTime: '2020-01-01T00:00:00.000Z',
  });
}

/** A workspace with two tenants (acme.test, globex.test), one admin and one member each, and the project loaded. */
export function setup(code: string, manifest?: Manifest, opts: { startAt?: number } = {}) {
  const ws = new OfflineWorkspace({ seed: 'core-services', startAt: opts.startAt });
  addTenant(ws, 'C0acme', 'acme.test');
  addTenant(ws, 'C0globex', 'globex.test', 'America/Los_Angeles');
  addUser(ws, 'C0acme', 'ada@acme.test', true);
  addUser(ws, 'C0acme', 'bob@acme.test');
  addUser(ws, 'C0globex', 'gus@globex.test', true);
  addUser(ws, 'C0globex', 'gia@globex.test');
  const project: SimProject = ws.loadProject(writeProject(code, manifest));
  const run = (fn: string, user = 'ada@acme.test', more: Partial<RunOptions> = {}) => ws.run(project, fn, { user, ...more });
  return { ws, project, run };
}
