/**
 * `npm run bench -- generator`: how fast the offline Workspace makes sample companies, and what reading a whole
 * directory through the AdminDirectory fake costs (calls, virtual time, real time) at each size.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OfflineWorkspace } from '../sim/workspace';
import { changeUsers, companyToJson, createSampleCompany } from '../sim/directory/generator';

const SIZES = [1_000, 10_000, 50_000, 100_000];

const READ_ALL = `function readAll() {
  var n = 0, token;
  do {
    var page = AdminDirectory.Users.list({ customer: 'my_customer', maxResults: 500, projection: 'full', pageToken: token,
      fields: 'nextPageToken,users(id,primaryEmail,name,organizations,phones,addresses,relations,customSchemas)' });
    n += (page.users || []).length;
    token = page.nextPageToken;
  } while (token);
  return n;
}`;

export function run(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-bench-generator-'));
  fs.writeFileSync(
    path.join(dir, 'appsscript.json'),
    JSON.stringify({ timeZone: 'Europe/Berlin', runtimeVersion: 'V8', dependencies: { enabledAdvancedServices: [{ userSymbol: 'AdminDirectory', serviceId: 'admin', version: 'directory_v1' }] } }),
  );
  fs.writeFileSync(path.join(dir, 'Code.js'), READ_ALL);

  const rows: string[][] = [['users', 'generate ms', 'JSON MB', '1% change ms', 'list calls', 'list virtual s', 'list real ms', 'users read']];
  try {
    for (const n of SIZES) {
      const ws = new OfflineWorkspace({ seed: 'bench' });
      let t0 = performance.now();
      const t = createSampleCompany(ws, { seed: n, users: n });
      const generateMs = performance.now() - t0;
      const jsonMb = JSON.stringify(companyToJson(ws, t.customerId)).length / 1e6;
      t0 = performance.now();
      changeUsers(ws, t.customerId, { fraction: 0.01, seed: 1 });
      const changeMs = performance.now() - t0;
      const project = ws.loadProject(dir, 'bench-generator');
      const before = ws.counters.snapshot();
      const v0 = ws.clock.now();
      t0 = performance.now();
      const r = ws.run(project, 'readAll', { user: `admin@${t.domains[0]}`, kind: 'trigger' });
      const realMs = performance.now() - t0;
      const spent = ws.counters.since(before);
      rows.push([
        String(n),
        generateMs.toFixed(0),
        jsonMb.toFixed(1),
        changeMs.toFixed(0),
        String(spent['directory.calls'] ?? 0),
        ((ws.clock.now() - v0) / 1000).toFixed(1),
        realMs.toFixed(0),
        r.ok ? String(r.value) : `failed: ${r.error}`,
      ]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows);
  process.stdout.write('Targets: 100,000 users generated in a few seconds; list calls = ceil(users / 500).\n');
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [i, r] of rows.entries()) {
    process.stdout.write(`| ${r.map((c, j) => c.padStart(widths[j])).join(' | ')} |\n`);
    if (i === 0) process.stdout.write(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`);
  }
}

if (require.main === module) run();
