/**
 * The eight invented-mail probe sets behind `npm run bench -- probes` stay whole and runnable. Whether the probes
 * pass is a figure for the bench, not a promise of this test.
 */
import { PROBE_SETS, run } from '../../bench/probes';
import { addCounts, type Verdict } from '../../bench/probes/probe-kit';
import { fieldCounts, ROUND_5_FIELDS } from '../../bench/probes/round-5';
import { grade as grade6, lineAndCardTotals, ROUND_6 } from '../../bench/probes/round-6';
import { grade as grade7, ROUND_7, ROUND_7_FIELDS, round7Totals } from '../../bench/probes/round-7';
import { grade as grade8, ROUND_8, round8Totals } from '../../bench/probes/round-8';

const EXPECTED_PROBES: Record<string, number> = { 'round 1': 82, 'round 2': 80, 'round 3': 116, 'round 4': 121, 'round 5': 104, 'round 6': 106, 'round 7': 121, 'round 8': 107 };
const VERDICTS: Verdict[] = ['pass', 'fail', 'borderline', 'soft'];

describe('invented-mail probe sets', () => {
  it('lists the eight rounds in order', () => {
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

  it('round 5 counts every expected field of every probe once, found or missed', () => {
    const counts = fieldCounts();
    // Every probe expects a name, and the card shows one whenever there is a card (the From display name at worst).
    expect(counts.name.tp + counts.name.fn).toBe(104);
    for (const f of ROUND_5_FIELDS) expect(Object.values(counts[f]).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    // A phone found with the wrong type still counts as found.
    expect(counts['phone#'].tp).toBeGreaterThanOrEqual(counts['phone+type'].tp);
    expect(counts['phone#'].tp + counts['phone#'].fn).toBe(counts['phone+type'].tp + counts['phone+type'].fn);
  });

  it('round 6 grades a probe by its signature lines and its card apart', () => {
    const { lines, cards } = lineAndCardTotals();
    expect(cards.pass + cards.fail + cards.borderline).toBe(106);
    expect(lines.tp).toBeGreaterThan(0);
    // A probe passes exactly when it adds no wrong line and misses none; its card never changes that verdict.
    for (const probe of ROUND_6.probes) {
      const g = grade6(probe);
      expect([probe.id, g.outcome.verdict]).toEqual([probe.id, g.lines.fp + g.lines.fn === 0 ? 'pass' : 'fail']);
    }
    expect(ROUND_6.grades).toEqual([]);
  });

  it('round 7 counts cards by where they came from, and a message without a signature passes only without one', () => {
    const t = round7Totals();
    expect(t.sigMessages).toBe(ROUND_7.probes.filter((p) => p.cls === 'sig').length);
    expect(t.sigMessages).toBe(66);
    expect(t.cards).toBe(t.sigWithCard + t.cardsNoSig);
    expect(t.lines.tp).toBeGreaterThan(0);
    let nameFound = 0;
    for (const probe of ROUND_7.probes) {
      const g = grade7(probe);
      if (probe.cls === 'nosig') {
        // Every expected card field of a message without a signature is absent, so it can only add false positives.
        for (const f of ROUND_7_FIELDS) expect([probe.id, f, g.fields[f].tp + g.fields[f].fn]).toEqual([probe.id, f, 0]);
        if (g.card) expect([probe.id, g.outcome.verdict]).not.toEqual([probe.id, 'pass']);
      } else {
        nameFound += g.fields.name.tp;
      }
      // A message with no problem passes, and a pass never hides a field error.
      const fieldErrors = ROUND_7_FIELDS.reduce((n, f) => n + g.fields[f].fp + g.fields[f].fn, 0);
      if (g.outcome.verdict === 'pass') expect([probe.id, fieldErrors]).toEqual([probe.id, 0]);
    }
    expect(nameFound).toBe(t.fields.name.tp);
  });

  it('round 8 scores lines by sender kind, and a post that expects no card passes only without one', () => {
    const t = round8Totals();
    expect(ROUND_8.probes.filter((p) => p.from === '')).toHaveLength(43);
    // Every scored line belongs to exactly one sender kind.
    expect(addCounts(t.linesBySender.empty, t.linesBySender.from)).toEqual(t.lines);
    expect(t.lines.tp).toBeGreaterThan(0);
    let cards = 0;
    for (const probe of ROUND_8.probes) {
      const g = grade8(probe);
      if (g.card) cards++;
      if (probe.card === 'borderline') expect([probe.id, g.outcome.verdict]).toEqual([probe.id, 'borderline']);
      if (probe.card === 'none' && g.card) expect([probe.id, g.outcome.verdict]).toEqual([probe.id, 'fail']);
      if (probe.card === 'card' && !g.card) expect([probe.id, g.outcome.verdict]).toEqual([probe.id, 'fail']);
      // A verdict is the card's alone: a pass has no reason against it whatever its lines.
      if (g.outcome.verdict === 'pass') expect([probe.id, g.outcome.reasons]).toEqual([probe.id, []]);
    }
    expect(t.cards).toBe(cards);
    expect(t.cardsNoSig).toBeLessThanOrEqual(t.cards);
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
    expect(text.match(/^\| round \d \| \*\*all\*\* \| (\d+) \|/gm)).toHaveLength(8);
    expect(text).toContain('| round 1 | **all** | 82 |');
    expect(text).toContain('round 3 — 76 passed, 22 soft, 10 failed, 8 borderline of 116');
    expect(text).toContain('| round 4 | **all** | 121 |');
    expect(text).toContain('round 4 — 84 passed, 28 failed, 9 borderline of 121');
    expect(text).toContain('| round 5 | **all** | 104 |');
    expect(text).toMatch(/^round 5 fields$/m);
    expect(text).toMatch(/^\| phone\+type \| \d\.\d{3} \| \d\.\d{3} \| \d\.\d{3} \|/m);
    expect(text).toContain('round 5 — 66 passed, 35 failed, 3 borderline of 104');
    expect(text).toContain('| round 6 | **all** | 106 |');
    expect(text).toMatch(/^round 6 signature lines: P \d\.\d{3} R \d\.\d{3} F1 \d\.\d{3}/m);
    expect(text).toContain('round 6 — signature lines 93 passed, 13 failed of 106');
    expect(text).toContain('| round 7 | **all** | 121 |');
    expect(text).toMatch(/^\| round 7 \| sig \| 66 \|/m);
    expect(text).toMatch(/^\| round 7 \| nosig \| 55 \|/m);
    expect(text).toMatch(/^round 7, the issue's targets$/m);
    expect(text).toMatch(/^\| signature-line F1 \(non-empty lines\) \| \d\.\d{3} .* \| ≥ 0\.80 \|$/m);
    expect(text).toMatch(/^\| cards from no-signature mail \| \d+\.\d % \(\d+ of \d+ cards\) \| ≤ 10 % \|$/m);
    expect(text).toMatch(/^\| company F1 \| \d\.\d{3} .* \| ≥ 0\.80 \|$/m);
    expect(text).toContain('108 passed, 9 failed, 4 borderline of 121');
    expect(text).toContain('| round 8 | **all** | 107 |');
    expect(text).toMatch(/^\| round 8 \| A-sig-card \| 36 \|/m);
    expect(text).toMatch(/^\| round 8 \| E-bot \| 10 \|/m);
    expect(text).toMatch(/^round 8 \(mailing lists\): signature lines P \d\.\d{3} R \d\.\d{3} F1 \d\.\d{3} .*empty sender F1 \d\.\d{3}\); cards \d+, from posts without a personal signature \d+ \(\d+\.\d %\)$/m);
    expect(text).toContain('round 8 — 15 of 35 card-expected posts passed (20 failed)');
    expect(text).toContain('line P 0.863 R 0.779 F1 0.819 (empty sender F1 0.795); 1 of 26 cards');
  });
});
