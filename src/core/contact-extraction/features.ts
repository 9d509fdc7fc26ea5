/**
 * Line features for the signature classifier. One vector per non-empty line of the newest part; the same
 * function feeds offline training (src/cli/train-signature-model.ts) and the shipped classifier, so the
 * weights in model-weights.ts always line up with FEATURE_NAMES.
 */
import type { BodyLine } from './types';
import {
  isAddressLine, COMPANY_WORDS, DISCLAIMER, EMAIL, FAX_LABEL, GREETING, MOBILE_FOOTER, PHONE_CANDIDATE, PHONE_LABEL,
  SEPARATOR_LINE, SIGN_OFF, TITLE_WORDS, URL, digitsOf,
} from './lexicon';
import { nameMatchScore, type SenderProfile } from './sender';

interface LineFacts {
  text: string;
  words: number;
  /** Words starting with an upper-case letter. */
  caps: number;
  digits: number;
  punct: number;
  phone: boolean;
  phoneLabel: boolean;
  fax: boolean;
  email: boolean;
  url: boolean;
  title: boolean;
  company: boolean;
  address: boolean;
  name: number;
  nameLike: boolean;
  signOff: boolean;
  separator: boolean;
  contact: boolean;
  prose: boolean;
}

const LOCAL_FEATURES = [
  'bias', 'last1', 'last3', 'last6', 'last10', 'far15', 'relpos', 'short', 'mid', 'long', 'words', 'sentenceEnd',
  'prose', 'phone', 'phoneLabel', 'fax', 'email', 'url', 'title', 'company', 'address', 'name', 'nameLike', 'capRatio',
  'digitRatio', 'punctRatio', 'separator', 'afterSeparator', 'signOff', 'afterSignOff', 'nearSignOff', 'disclaimer',
  'mobileFooter', 'htmlSignature', 'lowerStart', 'gapBefore', 'gapAfter', 'greeting', 'question', 'bullet',
  'contactNear3', 'contactNear6', 'contactBelow', 'proseBelow', 'prevContact', 'nextContact', 'colonLabel',
  'firstLine', 'afterNameLine', 'blockStartGap', 'paraContact', 'paraShort', 'paraProse', 'paraLast', 'paraNearEnd',
  'paraName', 'paraSize', 'paraFirst', 'paraEndsBlock', 'senderEmail', 'paraSenderEmail',
] as const;

export const FEATURE_NAMES: readonly string[] = LOCAL_FEATURES;

export function isPhoneLike(text: string): boolean {
  PHONE_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE_CANDIDATE.exec(text)) !== null) {
    const d = digitsOf(m[0].replace(/(x|ext\.?|extension|#)\s*\d+$/i, ''));
    if (d.length >= 7 && d.length <= 15 && !/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(m[0].trim())) return true;
  }
  return /(^|\s)x\s?\d{4,5}\b/i.test(text);
}

/** Lines past this length are prose or data, never signature lines; only their start is examined. */
const MAX_EXAMINED_CHARS = 400;

const LETTER = /\p{L}/u;
const LETTER_DIGIT_SPACE = /[\p{L}\p{N}\s]/u;

/**
 * Character counts of a line in one pass (the line scorer's hottest loop; four regex replaces per line before):
 * ASCII lower-case letters, letters, ASCII digits, and everything that is neither letter, number nor space — in
 * UTF-16 code units, as `.length` of the regex-filtered strings counted them.
 */
function charCounts(text: string): { lower: number; letters: number; digits: number; punct: number } {
  let lower = 0, letters = 0, digits = 0, punct = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if (c >= 97 && c <= 122) lower++, letters++;
      else if (c >= 65 && c <= 90) letters++;
      else if (c >= 48 && c <= 57) digits++;
      else if (c !== 32 && (c < 9 || c > 13)) punct++;
    } else if (LETTER.test(ch)) letters += ch.length;
    else if (!LETTER_DIGIT_SPACE.test(ch)) punct += ch.length;
  }
  return { lower, letters, digits, punct };
}

function factsOf(line: BodyLine, profile: SenderProfile): LineFacts {
  const text = line.text.trim().slice(0, MAX_EXAMINED_CHARS);
  const wordList = text.split(/\s+/).filter(Boolean);
  const phone = isPhoneLike(text);
  const email = EMAIL.test(text);
  const url = URL.test(text) || /\b[\w-]+\.(com|org|net|io|de|fr|co\.uk|co|eu|jp)\b/i.test(text);
  const { lower, letters, digits, punct } = charCounts(text);
  const prose = wordList.length >= 8 && letters > 0 && lower / letters > 0.75;
  // Word counts first: the word-list and address patterns are the costliest tests, and prose lines fail the count.
  const title = wordList.length <= 10 && TITLE_WORDS.test(text);
  const company = wordList.length <= 10 && COMPANY_WORDS.test(text);
  const address = wordList.length <= 14 && isAddressLine(text);
  const name = nameMatchScore(text, profile);
  const nameLike =
    wordList.length >= 1 && wordList.length <= 4 && !/\d/.test(text) &&
    wordList.every((w) => /^[\p{Lu}][\p{L}'’.-]*,?$/u.test(w) || /^[\p{Lu}]\.?$/u.test(w));
  return {
    text, words: wordList.length, caps: wordList.filter((w) => /^[\p{Lu}]/u.test(w)).length, digits, punct, phone, phoneLabel: phone && PHONE_LABEL.test(text), fax: FAX_LABEL.test(text),
    email, url, title, company, address, name, nameLike, signOff: SIGN_OFF.test(text), separator: SEPARATOR_LINE.test(text),
    contact: phone || email || url || title || company || address, prose,
  };
}

/** Fewest words for a paragraph to count as a legal footer (a one-line "Confidential" tag is not one). */
const FOOTER_MIN_WORDS = 25;

/**
 * Where the legal footer at the end of the newest part starts (a position in `at`, the non-empty line indices),
 * or at.length when there is none: trailing paragraphs that are a disclaimer ("This message is intended only
 * for…", "Ce message et toutes les pièces jointes…") or a rule line above one. Corporate servers append these
 * after the signature, and scored as part of the message they push the signature away from the end, which is
 * where the position features look for it (training-split miss shackleton-s_notes_inbox_2668: a 35-line footer).
 */
export function legalFooterStart(lines: BodyLine[], at: number[]): number {
  let start = at.length;
  while (start > 0) {
    // The paragraph that ends at position start-1.
    let first = start - 1;
    while (first > 0 && at[first] - at[first - 1] === 1) first--;
    const texts = at.slice(first, start).map((i) => lines[i].text.trim());
    const words = texts.join(' ').split(/\s+/).length;
    const disclaimer = texts.some((t) => DISCLAIMER.test(t)) && words >= FOOTER_MIN_WORDS;
    const rule = texts.every((t) => SEPARATOR_LINE.test(t));
    if (!disclaimer && !(rule && start < at.length)) break;
    start = first;
  }
  return start;
}

/**
 * Feature vectors for the non-empty lines of `lines` (the newest part). Returns the vectors and, for each, the
 * position in `lines` it describes.
 */
export function lineFeatures(lines: BodyLine[], profile: SenderProfile): { rows: number[][]; at: number[] } {
  const nonEmpty: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].text.trim() !== '') nonEmpty.push(i);
  const at = nonEmpty.slice(0, legalFooterStart(lines, nonEmpty));
  const facts = at.map((i) => factsOf(lines[i], profile));
  const n = at.length;
  // Paragraphs: runs of non-empty lines separated by blank lines. Signatures are usually their own paragraph(s)
  // of short contact lines near the end, which a single line cannot show.
  const para: number[] = [];
  let p = 0;
  for (let j = 0; j < n; j++) {
    if (j > 0 && at[j] - at[j - 1] > 1) p++;
    para.push(p);
  }
  const paraCount = p + 1;
  const paraStats = Array.from({ length: paraCount }, () => ({ lines: 0, contact: 0, short: 0, prose: 0, name: 0, first: -1 }));
  for (let j = 0; j < n; j++) {
    const s = paraStats[para[j]];
    if (s.first < 0) s.first = j;
    s.lines++;
    if (facts[j].contact) s.contact++;
    if (facts[j].text.length <= 45) s.short++;
    if (facts[j].prose) s.prose++;
    if (facts[j].name > 0) s.name++;
  }
  // The sender's own address on a line or in its paragraph: picks the sender's block among competing ones. TRAIN
  // 5-fold CV line F1, two salts: --cv 0.790→0.819, 0.783→0.792; --cv-segments 0.830→0.836, 0.812→0.818. (The
  // sender's organisation from the domain instead lowered all four: Enron's name is on too many body lines.)
  const own = profile.localPart !== '' && profile.domain !== '' ? `${profile.localPart}@${profile.domain}` : '';
  const senderEmail = facts.map((f) => own !== '' && f.email && f.text.toLowerCase().includes(own));
  const paraEmail = new Array<boolean>(paraCount).fill(false);
  for (let j = 0; j < n; j++) if (senderEmail[j]) paraEmail[para[j]] = true;
  // Contact and prose lines below each line, as suffix counts: one pass instead of a scan per line (long threads
  // made that quadratic).
  const contactAfter = new Array<number>(n + 1).fill(0);
  const proseAfter = new Array<number>(n + 1).fill(0);
  for (let j = n - 1; j >= 0; j--) {
    contactAfter[j] = contactAfter[j + 1] + (facts[j].contact ? 1 : 0);
    proseAfter[j] = proseAfter[j + 1] + (facts[j].prose ? 1 : 0);
  }
  const rows: number[][] = [];
  let lastSeparator = -1;
  let lastSignOff = -100;
  for (let j = 0; j < n; j++) {
    const f = facts[j];
    const i = at[j];
    const k = n - 1 - j;
    const text = f.text;
    const len = lines[i].text.trim().length;
    const { digits, punct, caps } = f;
    let near3 = 0;
    let near6 = 0;
    for (let d = -6; d <= 6; d++) {
      if (d === 0 || j + d < 0 || j + d >= n) continue;
      if (facts[j + d].contact) {
        if (Math.abs(d) <= 3) near3++;
        near6++;
      }
    }
    const contactBelow = contactAfter[j + 1];
    const proseBelow = proseAfter[j + 1];
    const gapBefore = i > 0 && lines[i - 1].text.trim() === '';
    const gapAfter = i + 1 < lines.length && lines[i + 1].text.trim() === '';
    rows.push([
      1,
      k === 0 ? 1 : 0,
      k <= 2 ? 1 : 0,
      k <= 5 ? 1 : 0,
      k <= 9 ? 1 : 0,
      k > 15 ? 1 : 0,
      n > 1 ? j / (n - 1) : 1,
      len <= 30 ? 1 : 0,
      len > 30 && len <= 60 ? 1 : 0,
      len > 80 ? 1 : 0,
      Math.min(f.words, 15) / 15,
      /[.!?]["')]?$/.test(text) && f.words >= 5 ? 1 : 0,
      f.prose ? 1 : 0,
      f.phone ? 1 : 0,
      f.phoneLabel ? 1 : 0,
      f.fax && f.phone ? 1 : 0,
      f.email ? 1 : 0,
      f.url ? 1 : 0,
      f.title ? 1 : 0,
      f.company ? 1 : 0,
      f.address ? 1 : 0,
      f.name,
      f.nameLike ? 1 : 0,
      f.words > 0 ? caps / f.words : 0,
      len > 0 ? digits / len : 0,
      len > 0 ? punct / len : 0,
      f.separator ? 1 : 0,
      lastSeparator >= 0 && j - lastSeparator <= 10 ? 1 : 0,
      f.signOff ? 1 : 0,
      j - lastSignOff === 1 ? 1 : 0,
      j - lastSignOff >= 1 && j - lastSignOff <= 3 ? 1 : 0,
      DISCLAIMER.test(text) ? 1 : 0,
      MOBILE_FOOTER.test(text) ? 1 : 0,
      lines[i].origin === 'html-signature' ? 1 : 0,
      /^[\p{Ll}]/u.test(text) ? 1 : 0,
      gapBefore ? 1 : 0,
      gapAfter ? 1 : 0,
      GREETING.test(text) ? 1 : 0,
      /\?\s*$/.test(text) ? 1 : 0,
      /^\s*([-*•·]|\d{1,2}[.)])\s/.test(text) ? 1 : 0,
      near3 / 6,
      near6 / 12,
      Math.min(contactBelow, 5) / 5,
      Math.min(proseBelow, 3) / 3,
      j > 0 && facts[j - 1].contact ? 1 : 0,
      j + 1 < n && facts[j + 1].contact ? 1 : 0,
      /^[\p{L} .]{1,20}\s?:\s*\S/u.test(text) && f.words <= 8 ? 1 : 0,
      j === 0 ? 1 : 0,
      j > 0 && (facts[j - 1].name > 0 || facts[j - 1].nameLike) && f.contact ? 1 : 0,
      gapBefore && (f.name > 0 || f.nameLike || f.separator) ? 1 : 0,
      paraStats[para[j]].contact / paraStats[para[j]].lines,
      paraStats[para[j]].short / paraStats[para[j]].lines,
      paraStats[para[j]].prose / paraStats[para[j]].lines,
      para[j] === paraCount - 1 ? 1 : 0,
      paraCount - 1 - para[j] <= 2 ? 1 : 0,
      paraStats[para[j]].name > 0 ? 1 : 0,
      Math.min(paraStats[para[j]].lines, 8) / 8,
      paraStats[para[j]].first === j ? 1 : 0,
      j + 1 === n || para[j + 1] !== para[j] ? 1 : 0,
      senderEmail[j] ? 1 : 0,
      paraEmail[para[j]] ? 1 : 0,
    ]);
    if (f.separator) lastSeparator = j;
    if (f.signOff) lastSignOff = j;
  }
  return { rows, at };
}
