/**
 * Round 7 of the invented-mail probes (issue 15): 121 messages shaped like an inbox (round-7-sig.ts: 66 with the
 * sender's own signature in the newest part; round-7-nosig.ts: 55 without one — thanks, newsletters, receipts,
 * notifications, forwards; round-7-extra.ts: a harder second batch of both), graded as the issue states its
 * targets. Messages and expectations are copied unchanged from the engineer's probe; only the import paths and
 * the runner (now bench/probes.ts) changed. Body convention: a line starting "§" is an expected signature line
 * (the sender's block; the sign-off and the name under it, disclaimers and quoted text are not); the marker is
 * stripped before the body goes to the pipeline. Scores: signature-line P/R/F1 over non-empty lines; the share of
 * cards offered that come from messages without a personal signature; signature messages with a card; field
 * P/R/F1 for name, title, company, phone and email, where a card from a no-signature message counts as false
 * positives; a message passes with no problem at all, is borderline when every problem is one its author excused.
 */
import { parseFrom } from '../../src/core/contact-extraction';
import { addCounts, extractProbe, lineCounts, markedLines, type FieldCounts, type ProbeOutcome, type ProbeSet } from './probe-kit';
import { EXTRA } from './round-7-extra';
import { NOSIG } from './round-7-nosig';
import { SIG, type Gold, type Probe } from './round-7-sig';

const probes: Probe[] = [...SIG, ...NOSIG, ...EXTRA];

// The engineer's own comparisons: case, spacing and trailing punctuation aside; a phone by its last digits
// (at most 10, an extension dropped), a short number never matching a full one.
const norm = (s: string | undefined) => (s ?? '').toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[\s.,;:!|·\-–—]+$/u, '').trim();
const phoneDigits = (s: string) => s.replace(/\s*(ext\.?|x|extension)\s*\d+\s*$/i, '').replace(/\D/g, '');
const phoneEq = (a: string, b: string) => {
  const x = phoneDigits(a), y = phoneDigits(b);
  const n = Math.min(x.length, y.length, 10);
  return n >= 4 && x.slice(-n) === y.slice(-n) && (x.length >= 7 === y.length >= 7);
};

export const ROUND_7_FIELDS = ['name', 'phone', 'email', 'title', 'company'] as const;
export type Round7Field = (typeof ROUND_7_FIELDS)[number];

const zero = (): FieldCounts => ({ tp: 0, fp: 0, fn: 0 });
const zeroFields = (): Record<Round7Field, FieldCounts> => ({ name: zero(), phone: zero(), email: zero(), title: zero(), company: zero() });

export interface Round7Grade {
  outcome: ProbeOutcome;
  lines: FieldCounts;
  fields: Record<Round7Field, FieldCounts>;
  card: boolean;
}

/** One message graded: its verdict, what it adds to the line and field counts, and whether it got a card. */
export function grade(p: Probe): Round7Grade {
  const { text, gold } = markedLines(p.body);
  const sender = parseFrom(p.from);
  const x = extractProbe(p.from, text.join('\n'));
  const byIdx = new Map(x.lines.map((l) => [l.index, l.text]));
  const nonEmpty = (i: number) => (byIdx.get(i) ?? '').trim() !== '';
  const goldNE = new Set([...gold].filter(nonEmpty));
  const pred = new Set(x.signatureLines.filter(nonEmpty));
  const lines = lineCounts(pred, goldNE);

  const fields = zeroFields();
  const problems: string[] = [];
  const c = x.contact;
  // Card fields as the product fills them (name and email from the From header when the card lacks them).
  const got = c ? {
    name: c.fullName?.value ?? sender.displayName, title: c.jobTitle?.value, company: c.company?.value,
    email: c.email?.value ?? sender.email, phones: c.phones.map((ph) => ({ v: ph.value.value, t: ph.value.type })),
  } : null;
  const g: Gold = p.gold ?? {};
  const cmp = (f: Round7Field, gv: string | undefined, pv: string | undefined) => {
    if (gv && pv && norm(gv) === norm(pv)) fields[f].tp++;
    else {
      if (pv) fields[f].fp++;
      if (gv) fields[f].fn++;
      if (gv || pv) problems.push(`${f}: want ${JSON.stringify(gv ?? null)} got ${JSON.stringify(pv ?? null)}`);
    }
  };
  if (p.cls === 'sig') {
    if (!got) problems.push(`no card (gate=${x.gate.personal}/${x.gate.reason ?? ''} score=${x.gate.score.toFixed(2)} parsed=${x.parsed ? 'yes' : 'no'})`);
    cmp('name', g.name, got?.name);
    cmp('title', g.title, got?.title);
    cmp('company', g.company, got?.company);
    cmp('email', g.email ?? sender.email, got?.email);
    const pp = got?.phones ?? [];
    const used = new Set<number>();
    for (const [gd, gt] of g.phones ?? []) {
      const k = pp.findIndex((q, j) => !used.has(j) && phoneEq(q.v, gd));
      if (k >= 0) {
        used.add(k);
        fields.phone.tp++;
        if (gt && pp[k].t !== gt) problems.push(`phone type ${gd}: want ${gt} got ${pp[k].t}`);
      } else {
        fields.phone.fn++;
        if (got) problems.push(`phone missing ${gd}`);
      }
    }
    pp.forEach((q, j) => {
      if (used.has(j)) return;
      fields.phone.fp++;
      problems.push(`extra phone ${q.v}`);
    });
  } else if (got) {
    problems.push(`card offered: ${JSON.stringify({ name: got.name, title: got.title, company: got.company, phones: got.phones.map((q) => q.v) })}`);
    fields.name.fp++;
    fields.email.fp++;
    if (got.title) fields.title.fp++;
    if (got.company) fields.company.fp++;
    fields.phone.fp += got.phones.length;
  }
  // Line errors are reported but, as in the engineer's grading, never change the verdict on their own.
  const show = (i: number) => JSON.stringify(byIdx.get(i));
  const lineWhy = [...pred].filter((i) => !goldNE.has(i)).map((i) => `+L${i} ${show(i)}`)
    .concat([...goldNE].filter((i) => !pred.has(i)).map((i) => `-L${i} ${show(i)}`));
  const tolerated = (q: string) => (p.tolerate ?? []).some((t) => q.startsWith(`${t}:`) || q.startsWith(`${t} `));
  const verdict = problems.length === 0 ? 'pass' : p.borderline && problems.every(tolerated) ? 'borderline' : 'fail';
  const reasons = lineWhy.length ? [...problems, `lines: ${lineWhy.join(' | ')}`] : problems;
  return { outcome: { verdict, weak: false, reasons }, lines, fields, card: !!c };
}

export interface Round7Totals {
  lines: FieldCounts;
  fields: Record<Round7Field, FieldCounts>;
  cards: number;
  cardsNoSig: number;
  sigMessages: number;
  sigWithCard: number;
}

/** Its report's totals over every message: line and field counts, and where the cards came from. */
export function round7Totals(all: Probe[] = probes): Round7Totals {
  const t: Round7Totals = { lines: zero(), fields: zeroFields(), cards: 0, cardsNoSig: 0, sigMessages: 0, sigWithCard: 0 };
  for (const p of all) {
    const g = grade(p);
    t.lines = addCounts(t.lines, g.lines);
    for (const f of ROUND_7_FIELDS) t.fields[f] = addCounts(t.fields[f], g.fields[f]);
    if (g.card) t.cards++;
    if (g.card && p.cls === 'nosig') t.cardsNoSig++;
    if (p.cls === 'sig') t.sigMessages++;
    if (g.card && p.cls === 'sig') t.sigWithCard++;
  }
  return t;
}

export const ROUND_7: ProbeSet<Probe> = {
  name: 'round 7',
  grades: ['borderline'],
  probes,
  classOf: (p) => p.cls,
  check: (p) => grade(p).outcome,
};
