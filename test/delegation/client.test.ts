/**
 * The delegated Gmail client itself (src/adapters/gmail-client.ts), bundled with a test entry point and run in the
 * offline Workspace against the emulated token endpoint, Gmail REST and batch endpoints.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addFault } from '../../sim/faults';
import { propertiesState } from '../../sim/services/properties';
import type { SimProject } from '../../sim/project';
import { world, World } from './world';
import { makeTempDir } from '../support/temp-dirs';

const ENTRY = `
import { runDelegated } from './src/adapters/gmail-client';
import { parseServiceAccountKey } from './src/core/delegation/key-file';
import { DELEGATION_SCOPES } from './src/core/delegation/scopes';
import { membershipGate } from './src/adapters/membership';
export function clientRun(e) {
  const parsed = parseServiceAccountKey(PropertiesService.getScriptProperties().getProperty('AUTOGRAPH_PUBLISHER_KEY'));
  if (!parsed.ok) throw new Error(parsed.error.field);
  const run = () => runDelegated(JSON.parse(e.calls), {
    key: parsed.key,
    gate: membershipGate(e.customerId),
    fix: { clientId: parsed.key.clientId, clientEmail: parsed.key.clientEmail, scopes: DELEGATION_SCOPES, mode: 'publisher' },
    deadline: Date.now() + (e.budgetMs || 300000),
    transport: e.transport,
    perUserConcurrency: e.perUser,
    seed: 'client-test',
  });
  if (e.floodCacheBetween) {
    // The same calls twice in one execution, with the shared script cache filled by 1,000 other entries in between
    // (other tenants' items evicting ours): the second run's report.
    run();
    const junk = {};
    for (let i = 0; i < 1000; i++) junk['other-tenant-' + i] = 'x';
    CacheService.getScriptCache().putAll(junk, 600);
  }
  return JSON.stringify(run());
}
`;

let codeDir = '';
beforeAll(async () => {
  const root = path.resolve(__dirname, '../..');
  const out = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'ClientTest',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  codeDir = makeTempDir('autograph-client-test-');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8'));
  delete manifest.addOns;
  fs.writeFileSync(path.join(codeDir, 'appsscript.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(codeDir, 'Code.js'), `${out.outputFiles[0].text}\nfunction clientRun(e) { return ClientTest.clientRun(e); }\n`);
});

function setUp(): World & { client: SimProject } {
  const w = world();
  const client = w.ws.loadProject(codeDir, 'client-test');
  propertiesState(w.ws).script[client.id] = { AUTOGRAPH_PUBLISHER_KEY: JSON.stringify(w.publisher) };
  return { ...w, client };
}

interface Report {
  outcomes: Array<{ user: string; linkage: { status: string; cause: string }; results: Array<{ ok: boolean; status: number; attempts: number; data?: any; call: any }> }>;
  unfinished: string[];
  stats: Record<string, number>;
}

function call(w: ReturnType<typeof setUp>, calls: unknown[], extra: Record<string, unknown> = {}): { report: Report; virtualMs: number } {
  const r = w.ws.run(w.client, 'clientRun', { user: 'admin@acme.example', kind: 'trigger', event: { calls: JSON.stringify(calls), customerId: 'C0acme01', ...extra } });
  if (!r.ok) throw new Error(r.error);
  return { report: JSON.parse(String(r.value)), virtualMs: r.execution.now() - r.execution.startedAt };
}

const users = ['admin@acme.example', 'ada@acme.example', 'bob@acme.example'];

describe('the delegated Gmail client', () => {
  it('answers every call of many users in batches, one token per user, typed by method', () => {
    const w = setUp();
    const calls = [
      ...users.map((user) => ({ method: 'sendAs.list', user })),
      { method: 'sendAs.patch', user: 'ada@acme.example', sendAsEmail: 'ada@acme.example', body: { signature: '<b>Ada</b>' } },
      { method: 'sendAs.get', user: 'ada@acme.example', sendAsEmail: 'ada@acme.example' },
      { method: 'messages.list', user: 'bob@acme.example', maxResults: 5 },
    ];
    const { report } = call(w, calls);
    expect(report.unfinished).toEqual([]);
    expect(report.stats.minted).toBe(3);
    expect(report.stats.batches).toBe(1);
    const ada = report.outcomes.find((o) => o.user === 'ada@acme.example')!;
    expect(ada.linkage.status).toBe('ok');
    const list = ada.results.find((r) => r.call.method === 'sendAs.list')!;
    expect(list.data.sendAs.some((s: { sendAsEmail: string }) => s.sendAsEmail === 'ada@acme.example')).toBe(true);
    const patched = ada.results.find((r) => r.call.method === 'sendAs.patch')!;
    expect(patched.data.signature).toContain('Ada');
    const bob = report.outcomes.find((o) => o.user === 'bob@acme.example')!;
    expect(bob.results.find((r) => r.call.method === 'messages.list')!.ok).toBe(true);
  });

  it('mints no token whose calls the deadline then stops, whatever the budget', () => {
    // Budgets from far too short to enough, in virtual time: a token minted for a user left unfinished would be
    // minted again by the next execution (at 49,250 employees ~1,300 of them).
    const w = setUp();
    const seen = new Set<string>();
    for (let budgetMs = 100; budgetMs <= 6000; budgetMs += 100) {
      w.ws.advance(3_600_000); // cached tokens from the last execution have expired
      const { report } = call(w, users.map((user) => ({ method: 'sendAs.list', user })), { budgetMs });
      const finished = report.outcomes.filter((o) => o.results.length > 0).length;
      expect(report.stats.minted).toBeLessThanOrEqual(finished);
      seen.add(report.unfinished.length === 0 ? 'all' : finished === 0 ? 'none' : 'some');
    }
    // The sweep covered budgets too short for anything and long enough for every call.
    expect(seen.has('none') && seen.has('all')).toBe(true);
  });

  it('reuses cached tokens in the next execution', () => {
    const w = setUp();
    call(w, users.map((user) => ({ method: 'sendAs.list', user })));
    const { report } = call(w, users.map((user) => ({ method: 'sendAs.list', user })));
    expect(report.stats.minted).toBe(0);
    expect(report.stats.fromCache).toBe(3);
  });

  it('mints no second token for a user within one execution, even after the shared cache evicted the first', () => {
    const w = setUp();
    const { report } = call(w, users.map((user) => ({ method: 'sendAs.list', user })), { floodCacheBetween: true });
    expect(report.stats.minted).toBe(0);
    expect(report.stats.fromCache).toBe(3);
    expect(w.ws.counters.get('urlfetch.calls.oauth.token')).toBe(3);
    expect(report.outcomes.every((o) => o.results.every((r) => r.ok))).toBe(true);
  });

  it('waits as long as Retry-After says before retrying a 429', () => {
    const w = setUp();
    addFault(w.ws, { match: 'gmail', status: 429, reason: 'rateLimitExceeded', message: 'Too many requests', retryAfterSeconds: 20, user: 'ada@acme.example', nth: [1] });
    const { report, virtualMs } = call(w, [{ method: 'sendAs.list', user: 'ada@acme.example' }]);
    const r = report.outcomes[0].results[0];
    expect(r.ok).toBe(true);
    expect(r.attempts).toBe(2);
    expect(virtualMs).toBeGreaterThanOrEqual(20_000);
  });

  it('never retries a 404, and a missing alias says nothing against the linkage', () => {
    const w = setUp();
    const { report } = call(w, [{ method: 'sendAs.get', user: 'bob@acme.example', sendAsEmail: 'nobody@acme.example' }]);
    const o = report.outcomes[0];
    expect(o.results[0]).toMatchObject({ ok: false, status: 404, attempts: 1 });
    expect(o.linkage.status).toBe('ok');
    expect(report.stats.callRetries).toBe(0);
  });

  it('keeps to five calls at once per user, so Gmail never answers "Too many concurrent requests"', () => {
    const w = setUp();
    const calls = Array.from({ length: 23 }, () => ({ method: 'sendAs.get', user: 'ada@acme.example', sendAsEmail: 'ada@acme.example' }));
    for (const transport of ['batch', 'fetchAll']) {
      const { report } = call(w, calls, { transport });
      expect(report.outcomes[0].results.every((r) => r.ok)).toBe(true);
      expect(report.stats.callRetries).toBe(0);
    }
    // The control: all 23 at once do draw Gmail's 429s (and retries).
    const { report } = call(w, calls, { perUser: 23 });
    expect(report.stats.callRetries).toBeGreaterThan(0);
  });

  it('paces one user\'s patches to 15,000 quota units a minute instead of drawing Gmail\'s rate-limit errors', () => {
    const w = setUp();
    const calls = Array.from({ length: 160 }, (_, i) => ({
      method: 'sendAs.patch',
      user: 'ada@acme.example',
      sendAsEmail: 'ada@acme.example',
      body: { signature: `<b>Ada</b> #${i}` },
    }));
    const { report, virtualMs } = call(w, calls);
    expect(report.outcomes[0].results.filter((r) => r.ok)).toHaveLength(160);
    expect(report.stats.callRetries).toBe(0);
    expect(report.stats.unitsSpent).toBe(16_000);
    expect(virtualMs).toBeGreaterThanOrEqual(60_000);
  });

  it('reports users it could not finish before the deadline instead of guessing', () => {
    const w = setUp();
    addFault(w.ws, { match: 'gmail', status: 503, reason: 'backendError', message: 'Backend Error', user: 'bob@acme.example', rate: 1 });
    const { report } = call(w, users.map((user) => ({ method: 'sendAs.list', user })), { budgetMs: 5000 });
    expect(report.unfinished).toEqual(['bob@acme.example']);
    expect(report.outcomes.map((o) => o.user).sort()).toEqual(['ada@acme.example', 'admin@acme.example']);
  });
});
