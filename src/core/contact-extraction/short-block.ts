/**
 * Short blocks under a sign-off (issue 15, class 4): "Best regards,\nBill Paxon\nNational Chairman\nAmericans for
 * Affordable Electricity", "Shirley Crenshaw\n3-5290", "Thanks,\nAnn Thomas | Buyer | Acme Ltd". The line scorer
 * needs more lines than these blocks have, so it finds none and the sign-off's name was the only thing kept.
 * The rule: right under the closing, a contiguous run of one to four short lines that ends the newest part (or a
 * disclaimer / attachment list follows after a blank line), at least one of which reads like contact details.
 */
import type { BodyLine } from './types';
import { ATTACHMENT_LINE, COMPANY_WORDS, DISCLAIMER, EMAIL, MOBILE_FOOTER, TITLE_WORDS } from './lexicon';
import { isPhoneLike } from './features';

const MAX_LINES = 4;
/** Enron-style internal extensions ("3-5290", "x 34567", "ext. 4412"): a phone for a colleague, not a sentence. */
const EXTENSION = /^\s*(\d-\d{4}|(x|ext\.?)\s?\d{3,5})\s*$/i;

function isShortLine(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  // A closing period of a legal form ("Grupo Cierzo S.L.", "Hale & Dorr L.L.P.") does not end a sentence.
  const unabbreviated = t.replace(/\b(inc|ltd|co|corp|jr|sr|s\.a|l\.l\.c|l\.l\.p|l\.p|p\.c|s\.l|s\.r\.l|s\.p\.a|n\.v|b\.v|e\.v|ltda|pty|plc|gmbh)\.$/i, '');
  return t.length <= 90 && words <= 12 && !/[.?!]\s*$/.test(unabbreviated) && !MOBILE_FOOTER.test(t);
}

function isContactDetail(text: string): boolean {
  const t = text.trim();
  return isPhoneLike(t) || EXTENSION.test(t) || EMAIL.test(t) || TITLE_WORDS.test(t) || COMPANY_WORDS.test(t) || /\S\s[|•·]\s\S/.test(t);
}

/**
 * Body line indices of a short block starting right under `closingEnd` (a body line index), or [] when the lines
 * there are not one. `lines` is the newest part.
 */
export function shortBlockUnder(lines: BodyLine[], closingEnd: number): number[] {
  const start = lines.findIndex((l) => l.index === closingEnd) + 1;
  if (start <= 0) return [];
  const block: number[] = [];
  let k = start;
  for (; k < lines.length && lines[k].text.trim() !== ''; k++) {
    const t = lines[k].text;
    if (ATTACHMENT_LINE.test(t) || DISCLAIMER.test(t)) break;
    if (!isShortLine(t) || block.length === MAX_LINES) return [];
    block.push(lines[k].index);
  }
  if (block.length === 0) return [];
  // What follows must be nothing, or a disclaimer / attachment list / mobile footer: not more of the letter.
  for (let j = k; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (t === '') continue;
    if (!(ATTACHMENT_LINE.test(t) || DISCLAIMER.test(t) || MOBILE_FOOTER.test(t) || /^[-_=*]{2,}\s*$/.test(t))) return [];
  }
  const texts = block.map((i) => lines.find((l) => l.index === i)?.text ?? '');
  return texts.some(isContactDetail) ? block : [];
}
