/**
 * Finds the signature block in the newest part. A logistic-regression line scorer (weights trained offline by
 * src/cli/train-signature-model.ts on the training split only, shipped as a constant) gives each non-empty line a
 * log-odds of being signature; the block is the contiguous run of lines with the largest total log-odds, kept
 * only when that total is positive. One contiguous block matches how people write signatures and stops a
 * stray phone number in the body from becoming "the signature".
 */
import type { BodyLine } from './types';
import { findClosing, isSenderName, SHORT_SIGN_OFF } from './closing';
import { ATTACHMENT_LINE, COMPANY_WORDS, DISCLAIMER, EMAIL, EMAIL_ALL, GREETING, isAddressLine, MOBILE_FOOTER, PHONE_LABEL, SIGN_OFF, TITLE_WORDS, URL_ALL } from './lexicon';
import { FEATURE_NAMES, isPhoneLike, lineFeatures } from './features';
import { SIGNATURE_MODEL } from './model-weights';
import { namedBlockAtEnd, shortBlockUnder } from './short-block';
import { isOrganisationShaped, isPostalLine, isUnknownSender } from './fields';
import { nameMatchScore, type SenderProfile } from './sender';

export interface SignatureModel {
  features: readonly string[];
  weights: readonly number[];
  /** Second stage: re-scores each line from its own and its neighbours' first-stage probabilities. */
  contextWeights: readonly number[];
  /** Added to every line's log-odds before the block search; tuned on the training split. */
  blockBias: number;
}

export interface SignatureDetection {
  /** Indices (into the body lines) of the signature block's lines, including blank lines inside it. */
  signature: number[];
  /** Indices of the sign-off ("Thanks,") and the name under it, when present. */
  closing: number[];
  /** Per non-empty newest-part line: its index and probability of being signature. */
  scores: { index: number; probability: number }[];
}

export function lineLogits(rows: number[][], model: SignatureModel = SIGNATURE_MODEL): number[] {
  if (model.features.length !== FEATURE_NAMES.length || model.features.some((f, i) => f !== FEATURE_NAMES[i])) {
    throw new Error('Signature model weights do not match the line features; run `npx tsx src/cli/train-signature-model.ts`.');
  }
  const first = rows.map((x) => x.reduce((s, v, i) => s + v * model.weights[i], 0));
  if (model.contextWeights.length === 0) return first;
  return contextRows(first, rows).map((x) => x.reduce((s, v, i) => s + v * model.contextWeights[i], 0));
}

export const CONTEXT_FEATURES = ['bias', 'self', 'prev', 'next', 'prev2', 'next2', 'maxNeighbour', 'paraMean', 'windowMean', 'belowMax'];

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Second-stage inputs: first-stage probabilities of the line, its neighbours, and its paragraph. */
export function contextRows(firstLogits: number[], rows: number[][]): number[][] {
  const p = firstLogits.map(sigmoid);
  const n = p.length;
  const at = (j: number) => (j >= 0 && j < n ? p[j] : 0);
  const paraFirst = FEATURE_NAMES.indexOf('paraFirst');
  const paraId: number[] = [];
  let id = -1;
  for (let j = 0; j < n; j++) {
    if (rows[j][paraFirst] === 1 || j === 0) id++;
    paraId.push(id);
  }
  const paraSum = new Map<number, { s: number; c: number }>();
  paraId.forEach((q, j) => {
    const e = paraSum.get(q) ?? { s: 0, c: 0 };
    e.s += p[j];
    e.c++;
    paraSum.set(q, e);
  });
  const belowMax: number[] = new Array(n).fill(0);
  for (let j = n - 2; j >= 0; j--) belowMax[j] = Math.max(belowMax[j + 1], p[j + 1]);
  return p.map((self, j) => {
    let w = 0;
    let c = 0;
    for (let d = -3; d <= 3; d++) if (j + d >= 0 && j + d < n) (w += p[j + d]), c++;
    const para = paraSum.get(paraId[j])!;
    return [1, self, at(j - 1), at(j + 1), at(j - 2), at(j + 2), Math.max(at(j - 1), at(j + 1)), para.s / para.c, w / c, belowMax[j]];
  });
}

/** The contiguous run with the largest sum (Kadane), or null when no run sums above zero. */
export function bestBlock(values: number[]): { start: number; end: number; sum: number } | null {
  let best: { start: number; end: number; sum: number } | null = null;
  let runStart = 0;
  let run = 0;
  for (let j = 0; j < values.length; j++) {
    if (run <= 0) {
      run = 0;
      runStart = j;
    }
    run += values[j];
    if (run > 0 && (!best || run > best.sum)) best = { start: runStart, end: j, sum: run };
  }
  return best;
}

/** Most lines a sender-marked signature may have; longer runs after "-- " are not a signature. */
const MAX_MARKED_LINES = 15;
/** Most lines of the named paragraph taken under a sig-dash when more text follows it. */
const MAX_NAMED_PARAGRAPH = 8;

/**
 * A signature the sender's mail client marked: the lines of an HTML signature container (Gmail's
 * `gmail_signature`, Thunderbird's `moz-signature`, Outlook's `Signature`), or everything under the sig-dash
 * line "-- " (RFC 3676 section 4.3). Positions are into `lines`; null when nothing is marked.
 */
export function markedBlock(lines: BodyLine[], at: number[], isFullName: (text: string) => boolean = () => false): { from: number; to: number } | null {
  const html = at.filter((i) => lines[i].origin === 'html-signature');
  if (html.length > 0) {
    // Include a sig-dash right above the container (Gmail writes "-- <br>" before it).
    const prev = at[at.indexOf(html[0]) - 1];
    const from = prev !== undefined && /^--\s*$/.test(lines[prev].text) ? prev : html[0];
    return { from, to: html[html.length - 1] };
  }
  for (let k = at.length - 2; k >= 0; k--) {
    if (!/^--\s?$/.test(lines[at[k]].text)) continue;
    const after = at.slice(k + 1);
    // A mailing-list or mobile footer under "-- " ("View this message in context", "Sent from my iPhone") is no
    // signature: one line must read like a person's details.
    const personal = after.some((i) => {
      const t = lines[i].text.replace(/[*_]/g, '').trim();
      if (MOBILE_FOOTER.test(t) || /^(view this message|to unsubscribe|sent from the)\b/i.test(t)) return false;
      return isPhoneLike(t) || EMAIL.test(t) || TITLE_WORDS.test(t) || COMPANY_WORDS.test(t) || /^\/?[\p{Lu}][\p{L}'’.-]*(\s[\p{Lu}][\p{L}'’.-]*){0,3}$/u.test(t);
    });
    // An attachment list or a disclaimer under the signature ends it (issue 15, class 5).
    let end = at.length - 1;
    while (end > k + 1 && (ATTACHMENT_LINE.test(lines[at[end]].text) || DISCLAIMER.test(lines[at[end]].text))) end--;
    if (personal && after.length <= MAX_MARKED_LINES) return { from: at[k], to: at[end] };
    // Pasted content under the signature ("-- \nJean Munoz\nMcNally Temple Associates\n916-…", then a news story):
    // the paragraph right under the dash is the block when it opens with the sender's full name (issue 15, third
    // round: TRAIN blocks far from the end that the scorer, which looks for them near it, did not find).
    let last = k + 1;
    while (last + 1 < at.length && at[last + 1] - at[last] === 1 && last - k < MAX_NAMED_PARAGRAPH) last++;
    const closed = last + 1 === at.length || at[last + 1] - at[last] > 1;
    return personal && closed && isFullName(lines[at[k + 1]].text.trim()) ? { from: at[k], to: at[last] } : null;
  }
  return ruledBlock(lines, at, isFullName);
}

/** A horizontal rule: a line of underscores, dashes or equals signs (Outlook and HTML signatures open with one). */
const RULE_LINE = /^\s*([-_=~*])\1{7,}\s*$/;
/** How far under a rule the sender's full name may sit (a logo's alt text may come first). */
const NAME_WITHIN = 3;

/**
 * A rule line near the end with the sender's full name within the next few lines and a phone, address or e-mail
 * after it: "____\nDekel Cohen\nVice President…\nTel: …", often double-spaced where the HTML signature's lines
 * were paragraphs (talon "sparse", email-signature-detector's Outlook mails). The rule is no sig-dash: tables,
 * forwarded-message banners and newsletters use rules too, so the sender's own name and a contact line are both
 * required, and the block runs to the end of the newest part (disclaimers and attachment lists trimmed).
 */
function ruledBlock(lines: BodyLine[], at: number[], isFullName: (text: string) => boolean): { from: number; to: number } | null {
  for (let k = at.length - 2; k >= Math.max(0, at.length - 1 - MAX_MARKED_LINES); k--) {
    if (!RULE_LINE.test(lines[at[k]].text)) continue;
    const after = at.slice(k + 1);
    const named = after.slice(0, NAME_WITHIN).findIndex((i) => isFullName(lines[i].text.replace(/<mailto:[^>]*>/i, '').trim()));
    if (named < 0) return null;
    const contact = after.slice(named + 1).some((i) => isPhoneLike(lines[i].text) || EMAIL.test(lines[i].text));
    if (!contact) return null;
    let end = at.length - 1;
    while (end > k + 1 && (ATTACHMENT_LINE.test(lines[at[end]].text) || DISCLAIMER.test(lines[at[end]].text))) end--;
    return { from: at[k], to: at[end] };
  }
  return null;
}

/** A line that is nothing but an address, a link or a labelled phone: contact details, wherever they sit. */
function isBareContactLine(text: string): boolean {
  const rest = text.replace(EMAIL_ALL, ' ').replace(URL_ALL, ' ').trim();
  if (rest !== text.trim() && /^[\s(),;:|<>\[\]-]*(e-?mail|mail|web)?[\s:|-]*$/i.test(rest)) return true;
  return isPhoneLike(text) && PHONE_LABEL.test(text) && text.replace(/[^\p{L}]/gu, '').length <= 12;
}

/**
 * "Michael Rochman" for Michael Rochman <…>, "Ben Rogers" for <benjamin.rogers@…>: two to four name-shaped words
 * that match the display name or, when From carries none, build the address's local part.
 */
function isFullSenderName(text: string, profile: SenderProfile): boolean {
  const words = text.replace(/[,.]$/, '').split(/\s+/);
  const score = nameMatchScore(text, profile);
  const enough = profile.tokens.length > 0 ? score >= 1 : score > 0;
  // A capital opens each word, or the script has no case ("伊藤 由美", Arabic, Hebrew): then the match decides.
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^[\p{Lu}\p{Lo}][\p{L}'’.-]*$/u.test(w)) && enough;
}

/** Two to four capitalised words: a person's name line (or a company's), as a signature opens. */
const NAME_SHAPED = /^[\p{Lu}][\p{L}'’.-]*(\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;

/**
 * A line as signatures have them: a title, a company, a postal address, a phone, an e-mail address or a link, a
 * name — short, and not a sentence, a sign-off or a greeting.
 */
function isSignatureShaped(text: string): boolean {
  const t = text.trim();
  if (!isPlainShortLine(text)) return false;
  // A link alone, or under a label ("Web: www…"), not a sentence around one ("Read more: https://…").
  const link = t.replace(URL_ALL, ' ').replace(EMAIL_ALL, ' ').trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 1 && /https?:|www\./i.test(t);
  return isNamingLine(t) || isPhoneLike(t) || EMAIL.test(t) || link;
}

/** Short, and not a sentence, a sign-off, a greeting, a report's or a header's field, or a table's row. */
function isPlainShortLine(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.split(/\s+/).length > 10 || /[.?!:;,]$/.test(t.replace(/\b(inc|ltd|co|corp|jr|sr|l\.p|l\.l\.c|llc|p\.c|s\.a|n\.v|b\.v|plc|gmbh|ag)\.$/i, ''))) return false;
  if (SIGN_OFF.test(t) || SHORT_SIGN_OFF.test(t) || GREETING.test(t)) return false;
  // "Request ID     : 0000…", "X-Version: …", columns: a report's, a header's or a table's, not a signature's.
  const linksOnly = t.replace(/<?(https?:\/\/|www\.)[^\s>]+>?/gi, '').trim() === '';
  return linksOnly || (!/\s:|^[A-Z][\w]*(-[\w]+)+:|\t|[^:\s]\s{3,}\S/.test(t) && !/^\s*\t/.test(text));
}

/** A title, a company, a postal address or a name (alone, or first of "Name | Company"): what a bridged line must sit under. */
function isNamingLine(t: string): boolean {
  // The first cell counts too: "Linda Park, RN, BSN", "Charge Nurse, ICU", "Oscar Lindgren | Lindgren Bygg AB".
  return TITLE_WORDS.test(t) || COMPANY_WORDS.test(t) || isPostalLine(t) || NAME_SHAPED.test(t) || NAME_SHAPED.test(t.split(/\s+[|•·]\s+|\s*,\s*/)[0]);
}

/** One word that is the sender's given name or initials ("Amy", "-Frank", "JRW"). */
function isBareFirstName(text: string, profile: SenderProfile): boolean {
  const t = text.trim().replace(/^[-–—~]+/, '').replace(/[.,!]+$/, '');
  return /^[\p{L}'’]+$/u.test(t) && isSenderName(t, profile);
}

/** Most lines the block may grow upward by. */
const MAX_UPWARD = 8;

/**
 * The scorer often starts a block at its links or phones and leaves the name, title, company and address above
 * them ("Frank Kelly\nPrincipal Software Engineer\n\nHERE\n5 Wayside Rd…\n<http://…>", where only the links scored):
 * the block grows upward over signature-shaped lines (one blank line at most between), and over one unshaped
 * short line between two shaped ones (map coordinates, a slogan). It stops at a sign-off and at a name right
 * under one, which is the closing's.
 */
function extendUpward(lines: BodyLine[], at: number[], from: number, signOff: (j: number) => boolean, profile: SenderProfile): number {
  const text = (j: number) => lines[at[j]].text;
  // A name under a sign-off, or the sender's bare first name alone ("Zoe" over "Zoe Kaplan | …"), is the closing.
  const closingName = (j: number) => (j > 0 && at[j] - at[j - 1] === 1 && signOff(j - 1)) || isBareFirstName(text(j), profile);
  let grown = 0;
  while (from > 0 && grown < MAX_UPWARD && at[from] - at[from - 1] <= 2) {
    const j = from - 1;
    if (signOff(j) || closingName(j)) break;
    if (isSignatureShaped(text(j))) {
      from = j;
      grown++;
      continue;
    }
    const bridge = j > 0 && at[j] - at[j - 1] <= 2 && text(j).trim().split(/\s+/).length <= 8 && isPlainShortLine(text(j).replace(/[.]$/, '')) &&
      isSignatureShaped(text(j - 1)) && isNamingLine(text(j - 1).trim()) && !signOff(j - 1) && !closingName(j - 1);
    if (!bridge) break;
    from = j - 1;
    grown += 2;
  }
  return from;
}

/**
 * Block boundary smoothing, learnt from the training split's misses (src/cli/extraction-analysis.ts):
 *  - a sign-off ("Thanks,", "Cordially,") at the top of the block, and the sender's name under it, are the
 *    closing, not the signature ("Thanks,\nKate Symes\nTrading Support\n503-…");
 *  - the sender's full name on the line right above a block that does not start with it opens the block
 *    ("Michael Rochman\nManaging Director of …", where the scorer started one line late);
 *  - an e-mail address or labelled phone alone on a line right under the block (one blank line at most between)
 *    belongs to it: the scorer often ends the block at a blank line above the address.
 * `from`/`to` are positions in `at`; returns the smoothed positions.
 */
export function smoothBlock(lines: BodyLine[], at: number[], from: number, to: number, profile: SenderProfile): { from: number; to: number } {
  const text = (j: number) => lines[at[j]].text.trim();
  const signOff = (j: number) => SIGN_OFF.test(text(j)) || SHORT_SIGN_OFF.test(text(j));
  // A sign-off inside the block ends the letter: what stood above it was the letter's (a colleague's details the
  // sender passed on, "Please reach out to Janine Roth…"), and the signature starts under it.
  for (let j = to - 1; j > from; j--) {
    if (signOff(j)) {
      from = j;
      break;
    }
    // "…deck: https://…\n\nZoe\n\nZoe Kaplan | Head of Partnerships": a bare first name over the full name.
    if (isBareFirstName(text(j), profile) && nameMatchScore(text(j + 1).split(/\s+[|•·,]\s*|\s*,\s*/)[0], profile) >= 1) {
      from = j + 1;
      break;
    }
  }
  if (from < to && signOff(from)) {
    from++;
    if (from < to && isSenderName(text(from), profile)) from++;
  } else if (from > 0 && from < to && at[from] - at[from - 1] === 1 && signOff(from - 1) && isSenderName(text(from), profile)) {
    // "Thanks,\nGrace Raman\nHead of Procurement": the name under the sign-off is the closing's, as above.
    from++;
  } else if (
    from > 0 && at[from] - at[from - 1] === 1 && !isSenderName(text(from), profile) && isFullSenderName(text(from - 1), profile) &&
    !(from > 1 && signOff(from - 2))
  ) {
    from--;
  }
  from = extendUpward(lines, at, from, signOff, profile);
  for (let k = 0; k < 2 && to + 1 < at.length; k++) {
    const gap = at[to + 1] - at[to] - 1;
    // A number alone on the line right under the block ("+31 20 555 0172") is its phone even unlabelled.
    const barePhone = gap === 0 && isPhoneLike(text(to + 1)) && text(to + 1).replace(/[^\p{L}]/gu, '').length <= 3;
    if (gap > 1 || !(isBareContactLine(text(to + 1)) || isAddressLine(text(to + 1)) || barePhone)) break;
    to++;
  }
  // "Bill Paxon\nNational Chairman\nAmericans for Affordable Electricity": an organisation's name right under the
  // block that ends the message is its last line (the scorer stopped at the title).
  if (to + 1 === at.length - 1 && at[to + 1] - at[to] === 1 && isOrganisationShaped(text(to + 1))) to++;
  return { from, to };
}

export function detectSignature(lines: BodyLine[], profile: SenderProfile, model: SignatureModel = SIGNATURE_MODEL): SignatureDetection {
  const { rows, at } = lineFeatures(lines, profile);
  // A line naming an attached file is never signature, whatever its neighbours score: the block search must
  // not settle on an attachment list (training-split miss shackleton-s_all_documents_11221).
  const logits = lineLogits(rows, model).map((z, j) => (ATTACHMENT_LINE.test(lines[at[j]].text) ? Math.min(z, -4) : z));
  const scores = at.map((index, j) => ({ index, probability: 1 / (1 + Math.exp(-logits[j])) }));
  const block = bestBlock(logits.map((z) => z + model.blockBias));
  const signature: number[] = [];
  // With no From header at all (an archived list post) no line can be matched to the sender: a line shaped like a
  // person's full name, with no title or company word, stands in for the sender's.
  const isFullName = (t: string) => (isUnknownSender(profile) ? NAME_SHAPED.test(t.trim()) && !TITLE_WORDS.test(t) && !COMPANY_WORDS.test(t) : isFullSenderName(t, profile));
  const marked = markedBlock(lines, at, isFullName);
  const smoothed = !marked && block ? smoothBlock(lines, at, block.start, block.end, profile) : null;
  if (marked) for (let i = marked.from; i <= marked.to; i++) signature.push(lines[i].index);
  else if (smoothed) for (let i = at[smoothed.from]; i <= at[smoothed.to]; i++) signature.push(lines[i].index);

  const blockStart = marked ? at.findIndex((i) => i >= marked.from) : smoothed ? smoothed.from : at.length;
  const closing = findClosing(lines, at, blockStart < 0 ? at.length : blockStart, profile);
  if (signature.length === 0 && closing.length > 0) signature.push(...shortBlockUnder(lines, closing[closing.length - 1], isFullName));
  else if (signature.length === 0) signature.push(...namedBlockAtEnd(lines, isFullName));
  return { signature, closing, scores };
}
