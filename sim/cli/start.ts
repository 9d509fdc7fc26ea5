/**
 * `npm start`: the offline Workspace with Autograph in it. Loads `.offline-workspace/state.json` when it exists
 * (so a second start continues where the first ended), otherwise creates the sample company; loads `dist/`,
 * installs Autograph for the company as its super admin, runs the nightly main job (sim/cli/main-job.ts), prints
 * a summary, saves the state and serves the Gmail-like page with the add-on's sidebar. Ctrl-C saves again.
 *
 *   npm start -- [--users N] [--port P] [--no-serve] [--reset] [--state-dir DIR]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OfflineWorkspace } from '../workspace';
import { createSampleCompany } from '../directory/generator';
import type { Tenant } from '../directory/model';
import { startSidebarServer, superAdminOf } from '../server/server';
import { gmailMailboxView } from '../server/gmail-mailbox';
import { MAIN_JOB_STEPS, runMainJob } from './main-job';
import { demoCounts, describeCounts, type DemoCounts } from './demo-counts';

const ROOT = path.resolve(__dirname, '..', '..');
const SEED = 'autograph';
const DEFAULT_USERS = 200;
const DEFAULT_PORT = 8787;
const PROJECT_ID = 'autograph';

export interface StartOptions {
  users: number;
  port: number;
  serve: boolean;
  reset: boolean;
  stateDir: string;
}

export function parseArgs(argv: string[]): StartOptions {
  const o: StartOptions = { users: DEFAULT_USERS, port: DEFAULT_PORT, serve: true, reset: false, stateDir: path.join(ROOT, '.offline-workspace') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--users') o.users = Number(value());
    else if (a === '--port') o.port = Number(value());
    else if (a === '--no-serve') o.serve = false;
    else if (a === '--reset') o.reset = true;
    else if (a === '--state-dir') o.stateDir = path.resolve(value());
    else if (a === '--help' || a === '-h') {
      process.stdout.write('npm start -- [--users N (default 200)] [--port P (default 8787, 0 = any)] [--no-serve] [--reset] [--state-dir DIR]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  if (!Number.isInteger(o.users) || o.users < 2) throw new Error(`--users must be a whole number of at least 2 (got ${o.users})`);
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) throw new Error(`--port must be 0..65535 (got ${o.port})`);
  return o;
}

/** Which tenant `npm start` works on, kept in the workspace state. */
function mainCompany(ws: OfflineWorkspace): { customerId?: string } {
  return ws.state<{ customerId?: string }>('cli.mainCompany', () => ({}));
}

export async function start(o: StartOptions, out: (line: string) => void = (l) => process.stdout.write(l + '\n')): Promise<{ ok: boolean; counts: DemoCounts; close?: () => Promise<void> }> {
  const dist = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(dist, 'Code.js'))) throw new Error('dist/Code.js is missing: run `npm run build` first (npm start does it for you).');
  const stateFile = path.join(o.stateDir, 'state.json');
  if (o.reset && fs.existsSync(stateFile)) fs.rmSync(stateFile);

  let ws: OfflineWorkspace;
  let tenant: Tenant;
  const firstRun = !fs.existsSync(stateFile);
  if (!firstRun) {
    ws = OfflineWorkspace.loadState(stateFile);
    const id = mainCompany(ws).customerId;
    if (!id || !ws.directory.tenants.has(id)) throw new Error(`${stateFile} has no main company: start over with --reset`);
    tenant = ws.directory.tenant(id);
    out(`Loaded ${path.relative(process.cwd(), stateFile) || stateFile} (use --reset to start over).`);
    const n = ws.directory.usersOf(id).length;
    if (o.users !== DEFAULT_USERS && o.users !== n) out(`Note: the saved company has ${n} users; --users ${o.users} applies with --reset.`);
  } else {
    ws = new OfflineWorkspace({ seed: SEED });
    tenant = createSampleCompany(ws, { seed: SEED, users: o.users });
    mainCompany(ws).customerId = tenant.customerId;
    ws.state<Record<string, string>>('server.companies', () => ({}))[o.users] = tenant.customerId;
  }

  const project = ws.loadProject(dist, PROJECT_ID);
  const admin = superAdminOf(ws, tenant.customerId);
  if (!ws.isInstalled(project, admin)) ws.install(project, tenant.customerId, admin.primaryEmail);

  const before = ws.counters.snapshot();
  const t0 = ws.clock.now();
  const outcomes = runMainJob({ ws, project, tenant, superAdmin: admin.primaryEmail, firstRun, log: out }, MAIN_JOB_STEPS);
  const ran = ws.counters.since(before);

  out('');
  out(`Company      ${tenant.organizationName} (${tenant.domains.join(', ')}), ${ws.directory.usersOf(tenant.customerId).length.toLocaleString('en')} users, time zone ${tenant.timeZone}`);
  out(`Installed    Autograph by ${admin.primaryEmail} (super admin)`);
  out(`Main job     ${outcomes.filter((x) => x.ok).length} of ${outcomes.length} steps ok`);
  for (const x of outcomes) out(`  ${x.ok ? '✓' : '✗'} ${x.title}: ${x.result}`);
  // The same numbers the cards and the gallery show (sim/cli/demo-counts.ts), after this start's main job.
  const counts = demoCounts(ws, project, tenant.customerId);
  for (const line of describeCounts(counts)) out(line);
  out(`Script runs  ${(ran['executions'] ?? 0).toLocaleString('en')} (card clicks and triggers, this start)`);
  out(`Virtual time ${new Date(t0).toISOString()} → ${new Date(ws.clock.now()).toISOString()}`);
  out(`Google calls ${(ran['urlfetch.calls'] ?? 0).toLocaleString('en')} token and Gmail requests by the service account; ${(ran['directory.calls'] ?? 0).toLocaleString('en')} Directory reads`);

  fs.mkdirSync(o.stateDir, { recursive: true });
  ws.saveState(stateFile);
  out(`State        saved to ${stateFile}`);
  const ok = outcomes.every((x) => x.ok);
  if (!o.serve) return { ok, counts };

  const regular = ws.directory.usersOf(tenant.customerId).find((u) => !u.isAdmin && !u.isDelegatedAdmin && !u.suspended && !u.archived && u.isMailboxSetup);
  let server;
  try {
    server = await startSidebarServer({ ws, project, port: o.port, users: [admin.primaryEmail, ...(regular ? [regular.primaryEmail] : [])], mailbox: gmailMailboxView(ws), seed: SEED });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    out(`Port ${o.port} is taken; using a free one.`);
    server = await startSidebarServer({ ws, project, port: 0, users: [admin.primaryEmail, ...(regular ? [regular.primaryEmail] : [])], mailbox: gmailMailboxView(ws), seed: SEED });
  }
  out('');
  out(`Serving the offline Gmail with Autograph's sidebar at ${server.url}  (Ctrl-C saves and stops)`);
  out(`Admin console (grant or revoke domain-wide delegation) at ${server.url}/admin-console`);
  const stop = async () => {
    ws.saveState(stateFile);
    out(`\nState saved to ${stateFile}.`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { ok, counts, close: server.close };
}

if (require.main === module) {
  let opts: StartOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`npm start: ${(err as Error).message}\n`);
    process.exit(2);
  }
  start(opts).then(
    (r) => {
      if (!opts.serve) process.exit(r.ok ? 0 : 1);
    },
    (err) => {
      process.stderr.write(`npm start: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
