import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, start } from '../../sim/cli/start';
import { makeTempDir } from '../support/temp-dirs';

describe('npm start --no-serve', () => {
  it('creates the sample company, runs the main job, saves state, and continues from it next time', async () => {
    const dir = makeTempDir('start-');
    const first: string[] = [];
    const r1 = await start(parseArgs(['--no-serve', '--users', '20', '--state-dir', dir]), (l) => first.push(l));
    expect(r1.ok).toBe(true);
    expect(first.join('\n')).toMatch(/Company +.+, 20 users/);
    expect(first.join('\n')).toMatch(/✓ Open Autograph's homepage in Gmail as the super admin/);
    expect(fs.existsSync(path.join(dir, 'state.json'))).toBe(true);

    const second: string[] = [];
    const r2 = await start(parseArgs(['--no-serve', '--state-dir', dir]), (l) => second.push(l));
    expect(r2.ok).toBe(true);
    expect(second[0]).toMatch(/^Loaded .*state\.json/);
    // The second start continues the first one's virtual time where it ended.
    const span = (lines: string[]) => /Virtual time (\S+) → (\S+)/.exec(lines.join('\n'))!.slice(1);
    expect(span(second)[0]).toBe(span(first)[1]);
    expect(Date.parse(span(second)[1])).toBeGreaterThan(Date.parse(span(first)[1]));
  });

  it('refuses options it does not know, saying how to get help', () => {
    expect(() => parseArgs(['--user', '5'])).toThrow('unknown option --user (try --help)');
    expect(() => parseArgs(['--users', 'many'])).toThrow(/--users must be a whole number/);
  });
});
