/**
 * Round 8 of the invented-mail probes: 107 mailing-list posts (round-8-posts.ts) in classes A (a personal
 * signature worth a card), B (a personal signature not worth one), C (no signature), D (digests) and E (bots),
 * a third of them with an empty sender. Messages and expectations are copied unchanged from the engineer's probe;
 * only the runner (now bench/probes.ts) changed. Grading as the engineer wrote it: a post marked 'borderline' is
 * counted apart whatever it gives; a post that expects no card fails when it gets one; a post that expects a card
 * fails without one, or when a field does not contain the expected fragment (case aside), or an expected phone's
 * trailing digits are missing or its type is off ('other' accepts any type). Signature lines are scored over
 * non-empty lines other than the "--" delimiter, overall and by sender kind, and do not change a verdict.
 */
import { addCounts, extractProbe, lineCounts, markedLines, type FieldCounts, type ProbeOutcome, type ProbeSet } from './probe-kit';
import { POSTS, type Post } from './round-8-posts';

export type SenderKind = 'empty' | 'from';

const zero = (): FieldCounts => ({ tp: 0, fp: 0, fn: 0 });
const norm = (s: string) => s.toLowerCase().normalize('NFC');
const isDelimiter = (t: string) => /^\s*--\s*$/.test(t);

export interface Round8Grade {
  outcome: ProbeOutcome;
  lines: FieldCounts;
  sender: SenderKind;
  card: boolean;
}

/** One post graded: its verdict, what it adds to the line counts, and whether it got a card. */
export function grade(post: Post): Round8Grade {
  const { text, gold } = markedLines(post.body);
  // An empty From header parses to no name and no address, as the engineer passed it.
  const x = extractProbe(post.from, text.join('\n'));
  const scored = (i: number) => (text[i] ?? '').trim() !== '' && !isDelimiter(text[i]);
  const pred = new Set(x.signatureLines.filter(scored));
  const goldScored = new Set([...gold].filter(scored));
  const lines = lineCounts(pred, goldScored);

  const k = x.contact;
  const why: string[] = [];
  if (post.card === 'none' && k) why.push('card offered');
  if (post.card === 'card' && !k) why.push(`no card (gate=${x.gate.reason ?? (x.gate.personal ? 'personal' : '?')} ev=${x.evidence?.missing?.join('/') ?? 'no-parse'})`);
  if (post.card === 'card' && k) {
    const e = post.exp ?? {};
    const check = (label: string, want: string | undefined, got: string | undefined) => {
      if (want && !(got && norm(got).includes(norm(want)))) why.push(`${label}: want ~"${want}" got "${got ?? ''}"`);
    };
    check('name', e.n, k.fullName?.value);
    check('title', e.t, k.jobTitle?.value);
    check('company', e.c, k.company?.value);
    check('email', e.em, k.email?.value);
    check('address', e.ad, k.address?.value);
    for (const [d, t] of e.ph ?? []) {
      const p = k.phones.find((q) => q.value.value.replace(/\D/g, '').endsWith(d.replace(/\D/g, '')));
      if (!p) why.push(`phone ${d} missing`);
      else if (t !== 'other' && p.value.type !== t) why.push(`phone ${d} type ${p.value.type} want ${t}`);
    }
  }
  const verdict = post.card === 'borderline' ? 'borderline' : why.length === 0 ? 'pass' : 'fail';
  return { outcome: { verdict, weak: false, reasons: why }, lines, sender: post.from === '' ? 'empty' : 'from', card: !!k };
}

export interface Round8Totals {
  lines: FieldCounts;
  linesBySender: Record<SenderKind, FieldCounts>;
  cards: number;
  /** Cards from posts that expect none (a 'borderline' post's card is not counted here). */
  cardsNoSig: number;
}

/** Its report's totals over every post: line counts overall and by sender kind, and where the cards came from. */
export function round8Totals(all: Post[] = POSTS): Round8Totals {
  const t: Round8Totals = { lines: zero(), linesBySender: { empty: zero(), from: zero() }, cards: 0, cardsNoSig: 0 };
  for (const post of all) {
    const g = grade(post);
    t.lines = addCounts(t.lines, g.lines);
    t.linesBySender[g.sender] = addCounts(t.linesBySender[g.sender], g.lines);
    if (g.card) t.cards++;
    if (g.card && post.card === 'none') t.cardsNoSig++;
  }
  return t;
}

export const ROUND_8: ProbeSet<Post> = {
  name: 'round 8',
  grades: ['borderline'],
  probes: POSTS,
  classOf: (p) => p.cls,
  check: (p) => grade(p).outcome,
};
