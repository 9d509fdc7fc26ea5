/**
 * What the invented-mail probe sets share: one way to run the shipped pipeline on a probe, and the shape of a
 * set so bench/probes.ts can tally them side by side. Each set keeps its own checker, because the engineers
 * judged differently (round 1 marks a pass "weak" when the quote was not cut; round 2 marks whole probes
 * "borderline" whatever they give; round 3 grades SOFT when only a phone type is off on an unlabelled number;
 * round 5 grades every field and scores each over all probes; round 6 grades which lines are the signature;
 * round 7 grades the card and scores lines, fields and where cards came from against the targets;
 * round 8 grades the card by expected fragments and scores lines by sender kind).
 */
import { extractFromText, parseFrom, type Extraction } from '../../src/core/contact-extraction';

export const digits = (s: string): string => s.replace(/\D/g, '');

/** The pipeline as the probes call it: the From header parsed, then the plain-text body. */
export function extractProbe(from: string, body: string): Extraction {
  return extractFromText(body, parseFrom(from));
}

export type Verdict = 'pass' | 'fail' | 'borderline' | 'soft';

export interface ProbeOutcome {
  verdict: Verdict;
  /** Round 1 only: a pass whose outcome came right although the quote was not cut off. */
  weak: boolean;
  reasons: string[];
}

/** The grades beyond pass/fail that a set defines; the table shows "—" for the others. */
export type ExtraGrade = 'borderline' | 'soft' | 'weak';

export interface ProbeSet<P extends { id: string } = { id: string }> {
  name: string;
  grades: ExtraGrade[];
  probes: P[];
  // Method syntax on purpose: a set of round-1 probes must fit where any ProbeSet is listed (bench/probes.ts).
  classOf(probe: P): string;
  check(probe: P): ProbeOutcome;
}

/** True/false positives and false negatives of one graded quantity (a card field, signature lines). */
export interface FieldCounts { tp: number; fp: number; fn: number }

export const addCounts = (a: FieldCounts, b: FieldCounts): FieldCounts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** Precision, recall and F1 as rounds 5 and 6 compute them (an empty denominator counts as 1, so 0 and not NaN). */
export function precisionRecall(c: FieldCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** A body whose expected signature lines start with "§": the lines as the pipeline sees them, marker stripped, and which were marked. */
export function markedLines(body: string): { text: string[]; gold: Set<number> } {
  const gold = new Set<number>();
  const text = body.split('\n').map((l, i) => {
    if (!l.startsWith('§')) return l;
    gold.add(i);
    return l.slice(1);
  });
  return { text, gold };
}

/** Signature lines found against those expected, by line index. */
export function lineCounts(found: Set<number>, expected: Set<number>): FieldCounts {
  const c: FieldCounts = { tp: 0, fp: 0, fn: 0 };
  for (const i of found) expected.has(i) ? c.tp++ : c.fp++;
  for (const i of expected) if (!found.has(i)) c.fn++;
  return c;
}
