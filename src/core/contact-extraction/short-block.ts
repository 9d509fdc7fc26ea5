/**
 * Short blocks the line scorer misses (issue 15, class 4, and its third round). The scorer needs more lines, or
 * more evidence per line, than these blocks have, so it finds none:
 *  - under a sign-off: "Best regards,\nBill Paxon\nNational Chairman\nAmericans for Affordable Electricity",
 *    "Shirley Crenshaw\n3-5290", "Thanks,\nAnn Thomas | Buyer | Acme Ltd", also with a blank line between the
 *    closing and the block ("Rgds.\n\nSam x3-9890\nNet Works Data Group");
 *  - with no sign-off, opened by the sender's full name: "Lena Ortiz\n503/555-0143" at the end of a notice.
 * The rule: a contiguous run of one to six short lines, at least one of which reads like contact details, that
 * ends the newest part — or is followed only by a disclaimer, an attachment list or attachment traces ("<<x.wpd>>",
 * "<Embedded Picture …>", "(See attached file: …)"), which is where forwarded Notes mail put them.
 */
import type { BodyLine } from './types';
import { ATTACHMENT_LINE, ATTACHMENT_TRACE, COMPANY_WORDS, DISCLAIMER, EMAIL, MOBILE_FOOTER, SEPARATOR_LINE, TITLE_WORDS, WRAPPED_ATTACHMENT } from './lexicon';
import { isPhoneLike } from './features';

const MAX_LINES = 6;
/** Enron-style internal extensions ("3-5290", "x 34567", "ext. 4412", "x3-9890"): a phone for a colleague, not a sentence. */
const EXTENSION = /^\s*(\d-\d{4}|(x|ext\.?)\s?\d{3,5})\s*$|(^|\s)x\s?\d-\d{4}\b/i;
/** Most blank lines between the closing and a block under it. */
const MAX_GAP = 2;

/** A closing period of a legal form ("Grupo Cierzo S.L.", "Hale & Dorr L.L.P.") does not end a sentence. */
const LEGAL_FORM_STOP = /\b(inc|ltd|co|corp|jr|sr|s\.a|l\.l\.c|l\.l\.p|l\.p|p\.c|s\.l|s\.r\.l|s\.p\.a|n\.v|b\.v|e\.v|ltda|pty|plc|gmbh)\.$/i;

function isShortLine(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  const unabbreviated = t.replace(LEGAL_FORM_STOP, '');
  return t.length <= 90 && words <= 12 && !/[.?!]\s*$/.test(unabbreviated) && !MOBILE_FOOTER.test(t);
}

/** A date ("04/09/2001 04:35 PM" under a Notes name) is not a phone number, however many digits it has. */
const DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

function isContactDetail(text: string): boolean {
  const t = text.trim();
  if (DATE.test(t)) return false;
  return isPhoneLike(t) || EXTENSION.test(t) || EMAIL.test(t) || TITLE_WORDS.test(t) || COMPANY_WORDS.test(t) || /\S\s[|•·]\s\S/.test(t);
}

/** A line that may follow a block without being more of the letter: a disclaimer, an attachment or its trace, a rule. */
function isTrailerLine(text: string): boolean {
  return ATTACHMENT_LINE.test(text) || ATTACHMENT_TRACE.test(text) || DISCLAIMER.test(text) || MOBILE_FOOTER.test(text) || SEPARATOR_LINE.test(text);
}

/** Whether everything from line position `from` on is blank or trailer (an attachment name may wrap over two lines). */
function onlyTrailerFrom(lines: BodyLine[], from: number): boolean {
  const rest = lines.slice(from).map((l) => l.text.trim()).filter(Boolean);
  for (let j = 0; j < rest.length; j++) {
    if (isTrailerLine(rest[j])) continue;
    if (j + 1 < rest.length && WRAPPED_ATTACHMENT.test(`${rest[j]} ${rest[j + 1]}`)) {
      j++;
      continue;
    }
    return false;
  }
  return true;
}

/** Where a one-line signature separates its fields: "|", "•", "·", a comma, a spaced dash. */
const FIELD_SEPARATOR = /\s*[|•·,]\s*|\s+[–—-]\s+/;

/**
 * "Ingrid Solheim | Head of Sales | Fjordlaks AS | +47 22 33 52 97", "Ingrid Solheim, Head of Sales, Fjordlaks AS":
 * a one-line signature, opened by the sender's full name (`isFullName`) with a title, company, phone or address
 * among the fields after it. A sentence that starts with the sender's name has no such fields, or ends with a stop.
 */
export function isOneLineSignature(text: string, isFullName: (text: string) => boolean): boolean {
  const fields = text.trim().split(FIELD_SEPARATOR).filter((f) => f.trim() !== '');
  const fieldsShort = fields.length <= 7 && fields.every((f) => f.trim().split(/\s+/).length <= 6);
  return fields.length >= 2 && fieldsShort && text.trim().length <= 140 && !/[.?!]\s*$/.test(fields[fields.length - 1].replace(LEGAL_FORM_STOP, '')) &&
    isFullName(fields[0].trim()) && fields.slice(1).some((f) => isContactDetail(f));
}

/** The block starting at line position `start` (after up to MAX_GAP blank lines), or [] when it is not one. */
function blockFrom(lines: BodyLine[], start: number, isFullName: (text: string) => boolean = () => false): number[] {
  let k = start;
  for (let gap = 0; k < lines.length && lines[k].text.trim() === '' && gap <= MAX_GAP; gap++) k++;
  const gapAbove = k > start;
  const block: number[] = [];
  for (; k < lines.length && lines[k].text.trim() !== ''; k++) {
    const t = lines[k].text;
    if (isTrailerLine(t)) break;
    if ((!isShortLine(t) && !isOneLineSignature(t, isFullName)) || block.length === MAX_LINES) return [];
    block.push(k);
  }
  // Past a blank line, one line alone ("Sincerely,\n\nAcme Clearing LLC") is the closing's signer, not a block,
  // unless it is the sender's one-line signature.
  const oneLine = block.length === 1 && isOneLineSignature(lines[block[0]].text, isFullName);
  if (block.length < (gapAbove && !oneLine ? 2 : 1) || !onlyTrailerFrom(lines, k)) return [];
  return block.some((j) => isContactDetail(lines[j].text)) ? block.map((j) => lines[j].index) : [];
}

/**
 * Body line indices of a short block under `closingEnd` (a body line index), or [] when the lines there are not
 * one. `lines` is the newest part.
 */
export function shortBlockUnder(lines: BodyLine[], closingEnd: number, isFullName: (text: string) => boolean = () => false): number[] {
  const start = lines.findIndex((l) => l.index === closingEnd) + 1;
  return start <= 0 ? [] : blockFrom(lines, start, isFullName);
}

/**
 * A short block opened by the sender's full name with no sign-off above it (`isFullName` decides the name): the
 * last paragraph before any trailer. Body line indices, or [] when there is none.
 */
export function namedBlockAtEnd(lines: BodyLine[], isFullName: (text: string) => boolean): number[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1].text.trim() === '' || onlyTrailerFrom(lines, end - 1))) end--;
  let first = end;
  while (first > 0 && lines[first - 1].text.trim() !== '') first--;
  if (first >= end || first === 0) return [];
  const opening = lines[first].text.trim();
  if (isOneLineSignature(opening, isFullName)) return blockFrom(lines, first, isFullName);
  if (!isFullName(opening)) return [];
  const block = blockFrom(lines, first);
  // The name itself is no contact detail: a name alone, or a name over a sentence, is a closing, not a block.
  return block.length >= 2 && block.slice(1).some((i) => isContactDetail(lines.find((l) => l.index === i)?.text ?? '')) ? block : [];
}
