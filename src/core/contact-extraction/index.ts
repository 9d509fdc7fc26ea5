/**
 * Contact extraction, end to end: Gmail message → body → newest part → signature block → contact.
 * The same functions run in the add-on bundle, in `npm run extract`, and in bench/extraction.ts.
 */
import { PREFILL_CONFIDENCE, type BodyLine, type ExtractedContact, type GmailMessage, type Sender } from './types';
import { headerValue, readMessageBody, type CharsetDecoder } from './mime';
import { htmlToLines } from './html-text';
import { findQuoteStart, newestPart, textToLines } from './newest-part';
import { detectSignature, type SignatureModel } from './classifier';
import { SIGNATURE_MODEL } from './model-weights';
import { namesAnotherPerson, parseSignature } from './fields';
import { isSenderName } from './closing';
import { parseFrom, profileOf } from './sender';
import { skipReason, type SkipReason } from './skip';
import { gateFeatures, gateMessage, isBulkText, namedSignature, type GateModel, type GateVerdict } from './gate';
import { DEFAULT_EVIDENCE_RULE, evidenceOf, type Evidence, type EvidenceRule } from './evidence';

export type { ExtractedContact, GmailMessage, Sender } from './types';
export { PREFILL_CONFIDENCE } from './types';
export { parseFrom } from './sender';
export { skipReason } from './skip';

/** Bodies past this many characters are cut before parsing: signatures sit in the newest part, near the top. */
export const MAX_BODY_CHARS = 200_000;

export interface Extraction {
  sender: Sender;
  /** All body lines (text, or HTML rendered to text), numbered from 0. */
  lines: BodyLine[];
  /** Line indices of the newest part. */
  newest: number[];
  /** Line indices of the signature block (empty when none was found, or the gate refused the message). */
  signatureLines: number[];
  /** The block the line scorer found, whatever the gate said (diagnostics, trainer). */
  detectedLines: number[];
  /** Line indices of the sign-off and the name under it. */
  closingLines: number[];
  /**
   * The contact to suggest: null when the message is not a personal one with a personal signature (gate), or
   * the block lacks the minimum evidence (evidence.ts).
   */
  contact: ExtractedContact | null;
  /** What the signature block parsed to, before the gate and the evidence rule (diagnostics, bench). */
  parsed: ExtractedContact | null;
  gate: GateVerdict;
  /** The gate's inputs (GATE_FEATURES order), for the trainer. */
  gateFeatures: number[];
  evidence: Evidence | null;
}

/** Words of a mailing list's own footer, not a newsletter's. */
const LIST_WORDS = /\b(mailing ?list|listserv|groups?|mailman|digest|list-?info|list admin|archives?)\b|\bleave-|@lists?\./i;

const squashName = (t: string) => t.toLowerCase().replace(/[^\p{L}]/gu, '');

/** The newest part as the gate reads it: footers included (an unsubscribe line is the gate's best evidence). */
function gateLines(lines: BodyLine[], newest: BodyLine[], quoteStart: number): BodyLine[] {
  if (newest.length === 0) return [];
  const from = lines.findIndex((l) => l.index === newest[0].index);
  // From the first line, the quote starts where newestPart found it (the search is about a fifth of the pipeline's time).
  if (from === 0) return lines.slice(0, quoteStart).filter((l) => !/^\s*>/.test(l.text));
  const rest = lines.slice(from);
  return rest.slice(0, findQuoteStart(rest)).filter((l) => !/^\s*>/.test(l.text));
}

/** Trainer and bench knobs; the add-on runs the defaults. */
export interface ExtractionOptions {
  model?: SignatureModel;
  /** The message's headers, for the gate's bulk-service rule. */
  headers?: { name: string; value: string }[];
  /** null turns the gate off (the trainer measures the pipeline without it). */
  gate?: GateModel | null;
  evidence?: EvidenceRule;
}

/**
 * Runs the pipeline on body lines (already decoded) from a sender. `model` is for the offline trainer's
 * cross-validation only; the add-on always runs the shipped weights.
 */
export function extractFromLines(lines: BodyLine[], sender: Sender, options: ExtractionOptions = {}): Extraction {
  const profile = profileOf(sender);
  const quoteStart = findQuoteStart(lines);
  const newest = newestPart(lines, 0, quoteStart);
  const detection = detectSignature(newest, profile, options.model ?? SIGNATURE_MODEL);
  const byIndex = new Map(lines.map((l) => [l.index, l]));
  const blockLines = detection.signature.map((i) => byIndex.get(i)?.text ?? '');
  // The name under the sign-off, or the bare name that is the whole closing ("Amy" over the block).
  const lastClosing = detection.closing.length > 0 ? byIndex.get(detection.closing[detection.closing.length - 1])?.text : undefined;
  const closingName = detection.closing.length === 2 ? lastClosing
    : detection.closing.length === 1 && lastClosing !== undefined && isSenderName(lastClosing, profile) ? lastClosing.trim().replace(/^[-–—~]+/, '') : undefined;
  let parsed: ExtractedContact | null = null;
  if (blockLines.length > 0) {
    parsed = parseSignature(blockLines, profile, closingName);
    // Someone else's details the sender passed on are no card for the sender, nor for that person (not their mail).
    const first = newest.findIndex((l) => l.index === detection.signature[0]);
    const above = newest.slice(Math.max(0, first - 4), Math.max(0, first)).map((l) => l.text).filter((t) => t.trim() !== '').slice(-2);
    if (!hasContactDetails(parsed) || namesAnotherPerson(blockLines, profile, closingName, above)) parsed = null;
  }
  const features = gateFeatures({
    sender, profile, newest: gateLines(lines, newest, quoteStart), signatureLines: detection.signature, closingLines: detection.closing,
  });
  // A name under the sign-off that is the From display name, whole, is as sure as a block's name line.
  const displayWhole = parsed?.fullName && squashName(parsed.fullName.value) === squashName(sender.displayName) && /\s/.test(sender.displayName.trim());
  const named = parsed !== null && namedSignature(sender, {
    nameConfidence: displayWhole ? 0.95 : parsed.fullName?.confidence ?? 0,
    hasTitle: Boolean(parsed.jobTitle),
    hasConfirmedPhone: parsed.phones.some((p) => p.confidence >= PREFILL_CONFIDENCE),
  });
  const gate: GateVerdict = options.gate === null ? { personal: true, score: 1 } : gateMessage(features, options.headers, options.gate ?? undefined, named, sender);
  // Bulk text under the block is a list's footer below a person's post (the block is theirs); above it, the message
  // itself is a newsletter or a notice, and its sign block is no one's signature.
  const footerOnly = gate.reason === 'bulk-text' && !newest.some((l) => l.index < (detection.signature[0] ?? -1) && isBulkText(l.text));
  // A mailing list's footer under a person's post ("To unsubscribe send a blank email to leave-…@lists…"): the
  // post and its signature are the person's, so the card stands; a newsletter's own footer ("Unsubscribe from
  // these emails") still refuses it.
  const afterBlock = lines.slice(0, quoteStart).filter((l) => l.index > (detection.signature[detection.signature.length - 1] ?? Infinity));
  const listFooterOnly = footerOnly && afterBlock.some((l) => isBulkText(l.text) && LIST_WORDS.test(l.text));
  const evidence = parsed ? evidenceOf(parsed, sender, options.evidence ?? DEFAULT_EVIDENCE_RULE) : null;
  const listPost = listFooterOnly && gate.reason === 'bulk-text' && gate.signature;
  const contact = parsed && (gate.personal || listPost) && evidence?.enough ? parsed : null;
  return {
    sender,
    lines,
    newest: newest.map((l) => l.index),
    // Below the gate the block is not a personal signature (a report's fields, a help-desk list): none is claimed.
    signatureLines: gate.personal || ((gate.reason === 'role-sender' || (gate.reason === 'bulk-text' && footerOnly)) && gate.signature) ? detection.signature : [],
    detectedLines: detection.signature,
    closingLines: detection.closing,
    contact,
    parsed,
    gate,
    gateFeatures: features,
    evidence,
  };
}

/**
 * More distinct phones than this in one block is a phone list (help desks, on-call rotas, a directory), not one
 * person's signature: the training split's worst false positives were such lists under announcements.
 */
export const MAX_SIGNATURE_PHONES = 5;

/**
 * A suggestion is worth making only when the signature adds something the From header does not, and says
 * something about a person: a block of company names alone that names nobody ("Enron Corp. / Enron Pipeline
 * Holding Company / Enron Operations Corp.", an org chart in the text) is a list, not a signature — the seen held-out
 * part's false card of that class; no TRAIN signature was a company line alone without a name.
 */
function hasContactDetails(c: ExtractedContact): boolean {
  if (c.phones.length > MAX_SIGNATURE_PHONES) return false;
  const personal = c.phones.length > 0 || c.jobTitle || c.address || c.website || c.socialLinks.length > 0 || c.email;
  return Boolean(personal || (c.company && c.fullName));
}

export function extractFromText(text: string, sender: Sender, options: ExtractionOptions = {}): Extraction {
  return extractFromLines(textToLines(text.slice(0, MAX_BODY_CHARS)), sender, options);
}

export function extractFromHtml(html: string, sender: Sender, options: ExtractionOptions = {}): Extraction {
  return extractFromLines(htmlToLines(html.slice(0, MAX_BODY_CHARS)), sender, options);
}

export type MessageExtraction =
  | { status: 'extracted'; messageId: string; extraction: Extraction }
  | { status: 'skipped'; messageId: string; reason: SkipReason | 'no-body' };

/** Full message (Gmail API format=full): skip rules, body choice, then extraction. */
export function extractFromMessage(
  message: GmailMessage,
  options: { ownDomains: string[]; decodeCharset?: CharsetDecoder },
): MessageExtraction {
  const messageId = message.id ?? '';
  const headers = message.payload?.headers ?? [];
  const sender = parseFrom(headerValue(message.payload, 'From') ?? '');
  const reason = skipReason({ senderEmail: sender.email, ownDomains: options.ownDomains, headers });
  if (reason) return { status: 'skipped', messageId, reason };
  const body = readMessageBody(message, options.decodeCharset);
  if (!body) return { status: 'skipped', messageId, reason: 'no-body' };
  const extraction = body.kind === 'text' ? extractFromText(body.content, sender, { headers }) : extractFromHtml(body.content, sender, { headers });
  return { status: 'extracted', messageId, extraction };
}
