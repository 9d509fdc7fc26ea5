/**
 * The four invented-mail probe sets behind `npm run bench -- probes` stay whole and runnable. Whether the probes
 * pass is a figure for the bench, not a promise of this test.
 */
import { PROBE_SETS, run } from '../../bench/probes';
import type { Verdict } from '../../bench/probes/probe-kit';

const EXPECTED_PROBES: Record<string, number> = { 'round 1': 82, 'round 2': 80, 'round 3': 116, 'round 4': 121 };
const VERDICTS: Verdict[] = ['pass', 'fail', 'borderline', 'soft'];

describe('invented-mail probe sets', () => {
  it('lists the four rounds in order', () => {
    expect(PROBE_SETS.map((s) => s.name)).toEqual(Object.keys(EXPECTED_PROBES));
  });

  it.each(Object.entries(EXPECTED_PROBES))('%s keeps its %i probes under unique ids', (name, count) => {
    const set = PROBE_SETS.find((s) => s.name === name);
    const ids = set?.probes.map((p) => p.id) ?? [];
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
  });

  it.each(PROBE_SETS.map((s) => [s.name, s] as const))('%s: every probe is graded by its own checker', (_name, set) => {
    for (const probe of set.probes) {
      const outcome = set.check(probe);
      expect(VERDICTS).toContain(outcome.verdict);
      // A grade the set does not define never appears (round 1 has no borderline, round 2 no soft, ...).
      if (outcome.verdict === 'borderline' || outcome.verdict === 'soft') expect(set.grades).toContain(outcome.verdict);
      if (outcome.weak) expect([set.grades.includes('weak'), outcome.verdict]).toEqual([true, 'pass']);
      expect(set.classOf(probe)).not.toBe('');
    }
  });

  it('prints one table with a total row per set and the note on first runs', () => {
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      run();
    } finally {
      write.mockRestore();
    }
    const text = printed.join('');
    expect(text.match(/^\| round \d \| \*\*all\*\* \| (\d+) \|/gm)).toHaveLength(4);
    expect(text).toContain('| round 1 | **all** | 82 |');
    expect(text).toContain('round 3 — 76 passed, 22 soft, 10 failed, 8 borderline of 116');
    expect(text).toContain('| round 4 | **all** | 121 |');
    expect(text).toContain('round 4 — 84 passed, 28 failed, 9 borderline of 121');
  });
});
