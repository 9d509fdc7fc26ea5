/**
 * `npm run bench -- signatures`: pushing signatures into Gmail for 1,000, 10,000 and 50,000 employees, through the
 * built add-on (dist/Code.js) in the offline Workspace and its latency model. For each size:
 *   - first push: the nightly run that writes every employee's signature for the first time;
 *   - 1% night: the next nightly run after 1% of the directory users changed;
 * with UrlFetch calls, Gmail quota units, executions, busy and elapsed virtual time — beside the same writes done
 * one user at a time (one token request and one PATCH after another, measured on a sample and scaled), and beside
 * the minimum the quotas allow.
 */
import { OfflineWorkspace } from '../sim/workspace';
import { SidebarSession } from '../sim/host/session';
import type { Execution } from '../sim/execution';
import { changeUsers, createSampleCompany } from '../sim/directory/generator';
import { createServiceAccount, createServiceAccountKey, grantDelegation } from '../sim/google/registry';
import { mailboxOf } from '../sim/google/mailbox';
import { DEFAULT_LATENCY, type EndpointLatency } from '../sim/google/latency';
import { DEFAULT_PLATFORM_BEHAVIOUR } from '../sim/platform-behaviour';
import { DELEGATION_SCOPES } from '../src/core/delegation/scopes';
import { minimumQuotaMs } from '../src/core/delegation/quota';
import { STARTER_TEMPLATES } from '../src/core/signatures/starters';
import { action, scriptProps, setUp, sheetRows, type DirWorld } from '../test/directory/world';
import { turnOnAutoSync } from '../test/support/triggers';

const SIZES = (process.env.SIGNATURE_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const HOUR = 3600_000;
const NIGHT_BUDGET_MS = 6 * HOUR;

interface Phase {
  label: string;
  users: number;
  changedUsers: number;
  patches: number;
  reads: number;
  tokens: number;
  urlFetch: number;
  fetchAll: number;
  quotaUnits: number;
  directoryPages: number;
  executions: number;
  busyMs: number;
  elapsedMs: number;
  realMs: number;
  written: number;
  /** What the run's executions spent their virtual time on (counters of the offline Workspace). */
  counters: Record<string, number>;
}

function runActive(w: DirWorld): boolean {
  return scriptProps(w)[`t:${w.tenant.customerId}:run`] !== undefined;
}

/**
 * Lets the scheduler fire the nightly trigger (03:00–04:00 in the domain's time zone, which the trigger was made
 * in — apps-script/reference/script/clock-trigger-builder: inTimezone "Specifies the timezone for the specified
 * dates/time when the trigger runs") and the continuation triggers after it, until the run is done. Measured from before the firing: a bench
 * that fired the trigger itself at a fixed UTC hour missed the run the scheduler had already started an hour
 * earlier in a domain east of UTC (the 49,250-employee company is in Europe/Paris), and counted its writes
 * without their Gmail calls.
 */
function night(w: DirWorld, label: string, changedUsers: number, busy: { ms: number }): Phase {
  const before = w.ws.counters.snapshot();
  const runsBefore = sheetRows(w, 'runs').length;
  busy.ms = 0;
  const r0 = Date.now();
  if (runActive(w)) throw new Error(`${label}: a run was already going before the night`);
  for (let i = 0; i < 26 * 12 && !runActive(w) && sheetRows(w, 'runs').length === runsBefore; i++) w.ws.advance(5 * 60_000);
  for (let i = 0; i < 48 && runActive(w); i++) w.ws.advance(HOUR);
  const c = w.ws.counters.since(before);
  const runs = sheetRows(w, 'runs').slice(runsBefore);
  if (runs.length !== 1) throw new Error(`${label}: ${runs.length} runs recorded in the night, expected one`);
  const last = runs[0];
  const t0 = Date.parse(last.startedAt);
  const elapsedMs = Date.parse(last.finishedAt) - t0;
  const written = Number(/signatures: ([\d,]+) written/.exec(last?.changes ?? '')?.[1]?.replace(/,/g, '') ?? 0);
  return {
    label,
    users: 0,
    changedUsers,
    patches: (c['gmail.batch.calls.gmail.sendAs.patch'] ?? 0) + (c['urlfetch.calls.gmail.sendAs.patch'] ?? 0),
    reads: (c['gmail.batch.calls.gmail.sendAs.list'] ?? 0) + (c['urlfetch.calls.gmail.sendAs.list'] ?? 0),
    tokens: c['urlfetch.calls.oauth.token'] ?? 0,
    urlFetch: c['urlfetch.calls'] ?? 0,
    fetchAll: c['urlfetch.fetchAll'] ?? 0,
    quotaUnits: c['quota.gmail'] ?? 0,
    directoryPages: runs.reduce((n, x) => n + Number(x.directoryCalls || 0), 0),
    executions: c['executions.trigger'] ?? 0,
    busyMs: busy.ms,
    elapsedMs,
    realMs: Date.now() - r0,
    written,
    counters: c,
  };
}

function world(users: number): { w: DirWorld; busy: { ms: number } } {
  const ws = new OfflineWorkspace({ seed: `bench-signatures-${users}`, startAt: Date.UTC(2026, 10, 20, 10) });
  const tenant = createSampleCompany(ws, { seed: users, users });
  const project = ws.loadProject('dist');
  const admin = ws.directory.usersOf(tenant.customerId).find((u) => u.isAdmin && !u.suspended)!.primaryEmail;
  ws.install(project, tenant.customerId, admin);
  const busy = { ms: 0 };
  ws.onExecutionEnd((e: Execution) => {
    busy.ms += e.elapsed();
  });
  const w: DirWorld = { ws, project, tenant, admin };
  const r = setUp(w);
  if (!r.ok) throw new Error(`setup: ${r.error}`);
  for (let i = 0; i < 48 && runActive(w); i++) ws.advance(HOUR);
  const sa = createServiceAccount(ws, 'autograph-prod', 'signatures');
  grantDelegation(ws, tenant.customerId, sa.clientId, [...DELEGATION_SCOPES]);
  scriptProps(w).AUTOGRAPH_PUBLISHER_KEY = JSON.stringify(createServiceAccountKey(ws, sa));
  const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
  action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } });
  const id = sheetRows(w, 'signature_templates')[0]?.id;
  if (!id) throw new Error('template not saved');
  action(w, 'assignments.add', { form: { targetKind: 'company', targetValue: '', templateId: id } });
  // The nightly trigger (03:00–04:00 in the domain's time zone) then starts the measured first push.
  turnOnAutoSync(ws, project, admin);
  return { w, busy };
}

function signedUsers(w: DirWorld): number {
  let n = 0;
  for (const u of w.ws.directory.usersOf(w.tenant.customerId)) if (!u.deleted && mailboxOf(w.ws, u).sendAs[u.primaryEmail.toLowerCase()]?.signature) n++;
  return n;
}

/** Mean of the slowest of `n` draws from an endpoint's latency (jitter and tail as sim/google/latency.ts draws them). */
function meanSlowestMs(e: EndpointLatency, n: number, samples = 4000): number {
  let seed = 12345;
  const u = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  let sum = 0;
  for (let s = 0; s < samples; s++) {
    let slowest = 0;
    for (let i = 0; i < n; i++) {
      const jitter = (e.jitter ?? 0) * e.baseMs * (2 * u() - 1);
      const tail = e.tailRate && u() < e.tailRate ? (e.tailMs ?? 0) : 0;
      slowest = Math.max(slowest, e.baseMs + jitter + tail);
    }
    sum += slowest;
  }
  return sum / samples;
}

/**
 * The least virtual time the latency model allows for `users` first writes: one token exchange per user (Google
 * has no batch grant) in rounds of fetchAll's concurrency, and the PATCHes in Gmail batches of 50, as many batches
 * at once as fetchAll runs; or the Gmail quota's pace at the share a run may use (half the project's), if slower.
 */
export function floorMs(users: number): { latencyMs: number; quotaMs: number } {
  const c = DEFAULT_PLATFORM_BEHAVIOUR.fetchAllConcurrency;
  const token = meanSlowestMs(DEFAULT_LATENCY.endpoints['oauth.token'], c);
  const perRound = 50 * c;
  const patch = DEFAULT_LATENCY.batchOverheadMs + meanSlowestMs(DEFAULT_LATENCY.endpoints['gmail.sendAs.patch'], perRound, 400);
  const latencyMs = Math.ceil(users / c) * token + Math.ceil(users / perRound) * patch;
  const quotaMs = (users * 100 * 60_000) / (1_200_000 * 0.5);
  return { latencyMs, quotaMs };
}

/** Virtual seconds per kind of work, from the offline Workspace's per-service time counters. */
function breakdown(c: Record<string, number>, busyMs: number): Record<string, number> {
  const sum = (pre: string) => Object.entries(c).reduce((n, [k, v]) => (k.startsWith(pre) ? n + v : n), 0);
  const tokens = c['urlfetch.ms.oauth.token'] ?? 0;
  const gmail = sum('urlfetch.ms.gmail');
  const sleeps = c['utilities.sleepMs'] ?? 0;
  const sheets = sum('service.ms.spreadsheet.');
  const props = sum('service.ms.properties.');
  const cache = sum('service.ms.cache.');
  const triggers = sum('service.ms.scriptApp.');
  const crypto = sum('service.ms.utilities.crypto');
  const directory = sum('service.ms.directory.');
  const parts = { tokens, gmail, sleeps, sheets, props, cache, triggers, crypto, directory };
  const known = Object.values(parts).reduce((a, b) => a + b, 0);
  return { ...parts, other: Math.max(0, busyMs - known) };
}

const fmt = (n: number) => n.toLocaleString('en-US');
const secs = (ms: number) => (ms / 1000 >= 100 ? fmt(Math.round(ms / 1000)) : (ms / 1000).toFixed(1));

/**
 * The dry run before Apply now to everyone, after a template change, and the Apply itself: the count the dry-run
 * card shows beside the sendAs.patch calls the Apply made (they must be equal), and the card's virtual seconds.
 */
function dryRunThenApply(w: DirWorld): { wouldWrite: number; unreadWrites: number; cardSeconds: number; cardReads: number; patched: number } {
  const t = sheetRows(w, 'signature_templates')[0];
  const html = (JSON.parse(t.json) as { html: string }).html.replace('{{fullName}}</b>', '{{fullName}} · bench</b>');
  action(w, 'templates.save', { params: { id: t.id }, form: { name: 'Classic', html, aliasPolicy: 'primary' } });
  const dry = action(w, 'signatures.dryRun', { params: { scope: 'everyone' } });
  if (!dry.ok) throw new Error(`dry run: ${dry.error}`);
  const wouldWrite = Number(/"([\d,]+) signature\(s\) would be written"/.exec(JSON.stringify(dry.value))?.[1]?.replace(/,/g, '') ?? NaN);
  const unreadWrites = Number(/(\d+) of the writes are theirs/.exec(JSON.stringify(dry.value))?.[1] ?? 0);
  const before = w.ws.counters.snapshot();
  const apply = action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
  if (!apply.ok) throw new Error(`apply now: ${apply.error}`);
  for (let i = 0; i < 48 && runActive(w); i++) w.ws.advance(HOUR);
  const c = w.ws.counters.since(before);
  return {
    wouldWrite,
    unreadWrites,
    cardSeconds: dry.execution.elapsed() / 1000,
    cardReads: dry.execution.counters.get('gmail.batch.calls.gmail.sendAs.list') + dry.execution.counters.get('urlfetch.calls.gmail.sendAs.list'),
    patched: (c['gmail.batch.calls.gmail.sendAs.patch'] ?? 0) + (c['urlfetch.calls.gmail.sendAs.patch'] ?? 0),
  };
}

/** Virtual seconds to open the cards that show every employee's status (card actions end at about 30 s). */
function cardSeconds(w: DirWorld): string[] {
  const id = sheetRows(w, 'employees')[0]?.id ?? '';
  const cards = [['signatures.open', {}], ['connection.open', {}], ['emp.open', { id }]].map(([route, params]) => {
    const r = action(w, route as string, { params: params as Record<string, string> });
    if (process.env.SIGNATURE_BENCH_DETAIL) {
      const top = Object.entries(r.execution.counters.snapshot()).filter(([k]) => k.startsWith('service.ms.')).sort((a, b) => b[1] - a[1]).slice(0, 6);
      process.stdout.write(`  ${route}: ${fmt(r.execution.counters.get('spreadsheet.cells.read'))} cells read; ${top.map(([k, v]) => `${k.slice(11)} ${fmt(Math.round(v))} ms`).join(', ')}\n`);
    }
    return r.ok ? (r.execution.elapsed() / 1000).toFixed(1) : `failed: ${r.error}`;
  });
  // The admin's home card counts every employee's state too (the setup checklist).
  const home = new SidebarSession(w.ws, w.project, w.admin).openHomepage();
  const opened = home.log[home.log.length - 1];
  return [...cards, opened?.ok ? (opened.virtualMs / 1000).toFixed(1) : `failed: ${home.error ?? opened?.error}`];
}

/** Apply now to everyone, pressed on the Signatures card: the card action's time, and what its toast promised. */
function applyNowEveryone(w: DirWorld, employees: number): string {
  const r = action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
  if (!r.ok) return `| ${fmt(employees)} | failed: ${r.error} | | | | |`;
  const c = r.execution.counters;
  const calls = c.get('gmail.batch.calls.gmail.sendAs.patch') + c.get('gmail.batch.calls.gmail.sendAs.list');
  const finished = !runActive(w);
  // What the toast promised (the run state's estimate), against when the run really ended.
  const p = finished ? null : (JSON.parse(scriptProps(w)[`t:${w.tenant.customerId}:run`]).progress as { etaAt?: number; nextAt?: number });
  const cardEnd = r.execution.now();
  for (let i = 0; i < 48 && runActive(w); i++) w.ws.advance(HOUR);
  const ended = Date.parse(sheetRows(w, 'runs').slice(-1)[0]?.finishedAt ?? '');
  const min = (ms: number) => `${Math.ceil(ms / 60_000)} min`;
  const promise = !p ? '–' : p.etaAt ? `done in about ${min(p.etaAt - cardEnd)}` : p.nextAt ? `next part in about ${min(p.nextAt - cardEnd)}` : 'no estimate';
  return `| ${fmt(employees)} | ${secs(r.execution.elapsed())} | ${fmt(calls)} | ${finished ? 'yes' : 'no'} | ${promise} | ${finished ? '–' : min(ended - cardEnd)} |`;
}

export function run(): void {
  const rows: Phase[] = [];
  const notes: string[] = [];
  const cards: string[] = [];
  const dryRuns: string[] = [];
  const applies: string[] = [];
  process.stdout.write('Nightly runs of the built add-on in the offline Workspace (Classic template for the whole company, primary addresses, service account via Gmail batch).\n\n');
  process.stdout.write('| employees | run | changed users | written | sendAs.patch | sendAs.list | token requests | UrlFetch calls | quota units | directory pages | executions | busy virtual s | elapsed virtual h | real s | calls per changed user (excl. directory) |\n');
  process.stdout.write('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n');
  const print = (r: Phase) => {
    const perChanged = r.changedUsers > 0 ? ((r.patches + r.reads + r.tokens) / r.changedUsers).toFixed(2) : '–';
    process.stdout.write(
      `| ${fmt(r.users)} | ${r.label} | ${fmt(r.changedUsers)} | ${fmt(r.written)} | ${fmt(r.patches)} | ${fmt(r.reads)} | ${fmt(r.tokens)} | ${fmt(r.urlFetch)} | ${fmt(r.quotaUnits)} | ${fmt(r.directoryPages)} | ${r.executions} | ${secs(r.busyMs)} | ${(r.elapsedMs / HOUR).toFixed(2)} | ${secs(r.realMs)} | ${perChanged} |\n`,
    );
  };
  for (const n of SIZES) {
    const { w, busy } = world(n);
    const employees = sheetRows(w, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false').length;
    const first = night(w, 'first push', employees, busy);
    first.users = employees;
    print(first);
    if (process.env.SIGNATURE_BENCH_DETAIL) {
      const top = Object.entries(first.counters).filter(([k]) => k.startsWith('service.ms.') || k.startsWith('service.calls.spreadsheet')).sort((a, b) => b[1] - a[1]).slice(0, 25);
      process.stdout.write(`${top.map(([k, v]) => `  ${k} ${fmt(Math.round(v))}`).join('\n')}\n`);
    }
    notes.push(`${fmt(n)}: ${fmt(signedUsers(w))} mailboxes carry a signature after the first push`);
    // An admin's "My signature" and the compose "Insert signature": one employee looked up, not the table.
    const mine = action(w, 'signatures.mine');
    const insert = w.ws.run(w.project, 'onInsertSignature', { user: w.admin, kind: 'compose', event: { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB' }, gmail: {} } });
    const cells = (x: typeof mine) => fmt(x.execution.counters.get('spreadsheet.cells.read'));
    notes.push(
      `${fmt(n)}: an admin's My signature reads ${cells(mine)} cells in ${secs(mine.execution.elapsed())} virtual s; ` +
        `Insert signature ${cells(insert)} cells in ${secs(insert.execution.elapsed())} s (target: the same cells at every size, ≤ 30 s card action)`,
    );
    cards.push(`| ${fmt(employees)} | ${cardSeconds(w).join(' | ')} |`);
    if (n <= 1000) applies.push(applyNowEveryone(w, employees));
    // The changes land before the next nightly trigger, which night() waits for.
    const changed = changeUsers(w.ws, w.tenant.customerId, { fraction: 0.01, seed: 1 }).length;
    const nightly = night(w, '1% night', changed, busy);
    nightly.users = employees;
    print(nightly);
    rows.push(first, nightly);
    const d = dryRunThenApply(w);
    dryRuns.push(`| ${fmt(employees)} | ${fmt(d.wouldWrite)} | ${fmt(d.patched)} | ${d.wouldWrite === d.patched ? 'yes' : '**no**'} | ${fmt(d.cardReads)} | ${fmt(d.unreadWrites)} | ${d.cardSeconds.toFixed(1)} |`);
  }

  process.stdout.write('\nBeside it: one user at a time, and the least the quotas allow, for the first push.\n\n');
  process.stdout.write('| employees | Autograph: UrlFetch calls / executions / busy h | one at a time: UrlFetch calls | one at a time: busy h / executions / elapsed h | quota floor: UrlFetch calls | quota floor: minutes of Gmail quota | 6 h trigger budget used by Autograph |\n|---|---|---|---|---|---|---|\n');
  for (const r of rows.filter((x) => x.label === 'first push')) {
    // One at a time: a token request then a PATCH, each a separate UrlFetch waiting for the last, at the latency
    // model's mean (base plus the share of slow tail answers).
    const mean = (k: string) => DEFAULT_LATENCY.endpoints[k].baseMs + (DEFAULT_LATENCY.endpoints[k].tailRate ?? 0) * (DEFAULT_LATENCY.endpoints[k].tailMs ?? 0);
    const oneAtATimeMs = r.users * (mean('oauth.token') + mean('gmail.sendAs.patch'));
    const floorCalls = r.users + Math.ceil(r.users / 100);
    const quotaMin = minimumQuotaMs('sendAs.patch', 1, r.users) / 60_000;
    // Executions of 5 minutes of work each, an hour apart (add-on triggers fire at most hourly).
    const oneExecs = Math.ceil(oneAtATimeMs / (5 * 60_000));
    process.stdout.write(
      `| ${fmt(r.users)} | ${fmt(r.urlFetch)} / ${r.executions} / ${(r.busyMs / HOUR).toFixed(2)} | ${fmt(r.users * 2)} | ${(oneAtATimeMs / HOUR).toFixed(1)} / ${oneExecs} / ${Math.max(0, oneExecs - 1)} | ${fmt(floorCalls)} | ${quotaMin.toFixed(0)} (100 units a PATCH; 1,200,000 units/min per project) | ${((100 * r.busyMs) / NIGHT_BUDGET_MS).toFixed(0)}% |\n`,
    );
  }
  process.stdout.write(
    '\nWhere the first push\'s busy time went (virtual s), and the floor the latency model allows (token exchanges 20 at a time, PATCHes in batches of 50, 20 batches at once; or Gmail\'s quota at half the project\'s, if slower):\n\n',
  );
  process.stdout.write('| employees | executions | tokens | Gmail calls | backoff/quota sleeps | spreadsheet | properties | cache | triggers | signing and sealing (Utilities crypto) | directory calls | other (directory paging, …) | busy ms per written mailbox | floor ms per mailbox | busy ÷ floor |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n');
  for (const r of rows.filter((x) => x.label === 'first push')) {
    const b = breakdown(r.counters, r.busyMs);
    const f = floorMs(r.users);
    const floor = Math.max(f.latencyMs, f.quotaMs);
    const per = r.written > 0 ? r.busyMs / r.written : 0;
    process.stdout.write(
      `| ${fmt(r.users)} | ${r.executions} | ${[b.tokens, b.gmail, b.sleeps, b.sheets, b.props, b.cache, b.triggers, b.crypto, b.directory, b.other].map(secs).join(' | ')} | ${per.toFixed(1)} | ${(floor / r.users).toFixed(1)} | ${(r.busyMs / floor).toFixed(2)} |\n`,
    );
  }
  process.stdout.write('\nOpening the status cards after the first push (every employee\'s state from the store, one read each), virtual s:\n\n');
  process.stdout.write(`| employees | Signatures | Connection | one employee | admin home |\n|---|---|---|---|---|\n${cards.join('\n')}\n`);
  process.stdout.write('\nDry run of Apply now to everyone after a template change, then the Apply (target: equal counts; the dry-run card within a card action\'s ~30 s):\n\n');
  process.stdout.write(`| employees | dry run: would be written | Apply: sendAs.patch calls | equal | dry run: sendAs.list calls | dry run: writes of mailboxes not read in the card's time | dry-run card, virtual s |\n|---|---|---|---|---|---|---|\n${dryRuns.join('\n')}\n`);
  process.stdout.write(`\n"Apply now" to everyone from the Signatures card (a card action; what is left continues in the background):\n\n| employees | card action virtual s | Gmail reads + writes in the card | finished in the card | the toast's estimate | ended after the card |\n|---|---|---|---|---|---|\n${applies.join('\n')}\n`);
  process.stdout.write(`\n${notes.join('\n')}\n`);
  process.stdout.write(
    'Targets: nightly 1% run ≤ 2 calls per changed user + directory pages; first push of 10,000 within one night (6 h of trigger runtime); each status card opens in ≤ 10 virtual s (a card action ends at about 30 s).\n' +
      'Executions of one run are an hour apart (add-on time-driven triggers fire at most hourly), so "elapsed" counts those waits; "busy" is execution time.\n',
  );
}
