/**
 * What the three invented-mail probe sets share: one way to run the shipped pipeline on a probe, and the shape of a
 * set so bench/probes.ts can tally them side by side. Each set keeps its own checker, because the three engineers
 * judged differently (round 1 marks a pass "weak" when the quote was not cut; round 2 marks whole probes
 * "borderline" whatever they give; round 3 grades SOFT when only a phone type is off on an unlabelled number).
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
