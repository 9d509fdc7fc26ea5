/**
 * Issue 11 item 2: README step 2 (`clasp create-script …`) works as written on a fresh clone. clasp 3 refuses with
 * "Project file already exists." whenever the `.clasp.json` it finds has a `scriptId` (create-script.js:
 * `if (clasp.project.exists())`, and project.js: `exists()` is `scriptId !== undefined`), so the shipped file
 * has none. The test runs the installed clasp itself, offline: with no credentials it stops at "No credentials
 * found." — the step right after the refusal check — and never reaches Google.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CLASP = path.join(ROOT, 'node_modules/@google/clasp/build/src/index.js');

/** README › Deploy to your domain › step 2: the arguments after `npx clasp`. */
function readmeStep2Args(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /npx clasp (create-script [^`\n]+)`/.exec(readme);
  if (!m) throw new Error('README has no `npx clasp create-script …` command');
  return m[1].match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, ''));
}

/** Runs clasp in a copy of the repo's top level holding `claspJson`, with an empty home (no login). */
function runClasp(claspJson: string, args: string[]): { out: string; claspJsonAfter: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clasp-create-'));
  try {
    const home = path.join(dir, 'home');
    const repo = path.join(dir, 'repo');
    fs.mkdirSync(home);
    fs.mkdirSync(path.join(repo, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(repo, '.clasp.json'), claspJson);
    const env = { PATH: process.env.PATH ?? '', HOME: home, USERPROFILE: home };
    const r = spawnSync(process.execPath, [CLASP, ...args], { cwd: repo, env, encoding: 'utf8', timeout: 60_000 });
    return { out: `${r.stdout}\n${r.stderr}`, claspJsonAfter: fs.readFileSync(path.join(repo, '.clasp.json'), 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('README step 2: clasp create-script on a fresh clone', () => {
  const shipped = fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8');

  it('ships a top-level .clasp.json without a scriptId, pointing clasp at the build output', () => {
    const config = JSON.parse(shipped) as Record<string, unknown>;
    expect(config).not.toHaveProperty('scriptId');
    expect(config.rootDir).toBe('dist');
    expect(readmeStep2Args()).toEqual(['create-script', '--type', 'standalone', '--title', 'Autograph', '--rootDir', 'dist']);
  });

  it('gets past clasp\'s "Project file already exists." check and stops only for the missing login', () => {
    const r = runClasp(shipped, readmeStep2Args());
    expect(r.out).not.toContain('Project file already exists');
    expect(r.out).toContain('No credentials found.');
    expect(r.claspJsonAfter).toBe(shipped);
  });

  it('is refused by the same clasp when .clasp.json carries a scriptId (what the repo shipped before)', () => {
    const r = runClasp(JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' }), readmeStep2Args());
    expect(r.out).toContain('Project file already exists.');
    expect(r.out).not.toContain('No credentials found.');
  });
});
