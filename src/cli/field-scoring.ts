/**
 * How a predicted contact field is compared with a labelled one, shared by `npm run bench -- extraction` and the
 * TRAIN error analysis so both score the same way: phones by their last 10 digits (extensions dropped), e-mail
 * case-insensitively, everything else by token overlap (Jaccard ≥ 0.5; Quagga's spans sometimes clip a character).
 */
import { digitsOf } from '../core/contact-extraction/lexicon';
import type { ExtractedContact } from '../core/contact-extraction/types';
import type { FieldSpan, LabelledMessage } from './signature-data';

export type ScoredField = FieldSpan['field'];

export const SCORED_FIELDS: ScoredField[] = ['name', 'title', 'company', 'phone', 'fax', 'email', 'address'];

/** Fields a contact holds one value of (phones, faxes and e-mails may be several). */
const SINGLE_VALUED: ScoredField[] = ['name', 'title', 'company', 'address'];

function tokens(s: string): Set<string> {
  return new Set(s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean));
}

function textMatch(a: string, b: string): boolean {
  const A = tokens(a);
  const B = tokens(b);
  const inter = [...A].filter((t) => B.has(t)).length;
  const union = new Set([...A, ...B]).size;
  return union > 0 && inter / union >= 0.5;
}

function phoneKey(s: string): string {
  return digitsOf(s.replace(/\s*(x|ext\.?|extension)\s*\d+\s*$/i, '')).slice(-10);
}

/** True when a predicted value counts as the labelled one for this field. */
export function sameFieldValue(field: ScoredField, a: string, b: string): boolean {
  if (field === 'phone' || field === 'fax') return phoneKey(a) === phoneKey(b) && phoneKey(a).length >= 7;
  if (field === 'email') return a.trim().toLowerCase() === b.trim().toLowerCase();
  return textMatch(a, b);
}

/** The predicted values per scored field (phones split into fax and the rest). */
export function predictedFieldValues(c: ExtractedContact | null): Record<ScoredField, string[]> {
  const out: Record<ScoredField, string[]> = { name: [], title: [], company: [], phone: [], fax: [], email: [], address: [] };
  if (!c) return out;
  if (c.fullName) out.name.push(c.fullName.value);
  if (c.jobTitle) out.title.push(c.jobTitle.value);
  if (c.company) out.company.push(c.company.value);
  if (c.email) out.email.push(c.email.value);
  for (const e of c.otherEmails ?? []) out.email.push(e.value);
  if (c.address) out.address.push(c.address.value);
  for (const p of c.phones) (p.value.type === 'fax' ? out.fax : out.phone).push(p.value.value);
  return out;
}

export interface FieldCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts; an empty side counts as perfect (no predictions → precision 1). */
export function prf(c: FieldCounts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Adds one message's end-to-end field outcome to `counts` (the bench tables and the TRAIN analysis both score
 * through this). Messages whose signature carries no field labels are skipped (returns false); a message without
 * a gold signature counts every predicted field as a false positive. `onError` receives each miss.
 */
export function countFields(
  m: LabelledMessage,
  contact: ExtractedContact | null,
  counts: Record<string, FieldCounts>,
  onError?: (kind: 'FP' | 'FN', field: ScoredField, value: string, gold: string[], pred: string[]) => void,
): boolean {
  if (m.hasSignature && !m.fields) return false;
  const pred = predictedFieldValues(contact);
  for (const field of SCORED_FIELDS) {
    const gold = (m.fields ?? []).filter((f) => f.field === field).map((f) => f.text);
    const c = counts[field];
    if (SINGLE_VALUED.includes(field) && gold.length > 1 && process.env.FIELD_SCORING !== 'spans') {
      // A contact holds one name, title, company and address; annotators sometimes split one value over two
      // spans ("1400 Smith Street, Suite 3004F" + "Houston TX 77002") or labelled two ("Corporate Advisory
      // Division" + "Lehman Brothers"), which a single value could never fully match. Such spans are one gold
      // value: matched by any span or by all of them joined. FIELD_SCORING=spans scores span by span (before).
      const accepted = [...gold, gold.join(' ')];
      const hit = pred[field].findIndex((p) => accepted.some((g) => sameFieldValue(field, p, g)));
      pred[field].forEach((p, i) => (i === hit ? c.tp++ : (c.fp++, onError?.('FP', field, p, gold, pred[field]))));
      if (hit < 0) c.fn++, onError?.('FN', field, gold.join(' | '), gold, pred[field]);
      continue;
    }
    for (const p of pred[field]) {
      if (gold.some((g) => sameFieldValue(field, p, g))) c.tp++;
      else c.fp++, onError?.('FP', field, p, gold, pred[field]);
    }
    for (const g of gold) if (!pred[field].some((p) => sameFieldValue(field, p, g))) c.fn++, onError?.('FN', field, g, gold, pred[field]);
  }
  return true;
}
