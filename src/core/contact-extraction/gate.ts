/**
 * The message-level gate: is this a personal message that carries a personal signature? Contact Inbox suggests a
 * contact only when it is. Issue 15: on real mail a third of the cards came from messages with no personal
 * signature (newsletters, reports, help-desk lists, mailing-list footers), which costs trust in every other card.
 *
 * Two parts:
 *  - header rules, decided outright: bulk-mail services' own headers and one-click unsubscribe (skip.ts already
 *    drops List-Id / List-Unsubscribe / Precedence / Auto-Submitted before the body is read);
 *  - a learned score over the newest part's content and the detected block, logistic regression fit offline by
 *    `src/cli/train-gate.ts` on labelled data and shipped as the constants in gate-weights.ts.
 */
import type { BodyLine, Sender } from './types';
import { FIRST_PERSON_SINGULAR, GREETING, isAddressLine, UNSUBSCRIBE_STEMS } from './lexicon';
import { isPhoneLike } from './features';
import { nameMatchScore, type SenderProfile } from './sender';
import { GATE_MODEL } from './gate-weights';

export interface GateModel {
  weights: number[];
  threshold: number;
}

/**
 * Headers only bulk-mail services set. support.google.com/mail/answer/81126 (bulk senders): "To set up one-click
 * unsubscribe, include both of these headers in outgoing messages: List-Unsubscribe-Post … List-Unsubscribe";
 * Feedback-ID is the header Google asks bulk senders to add for its feedback loop (same page). The vendor headers
 * (Mailchimp, Mandrill, SendGrid, Campaign Monitor, HubSpot, Marketo) are their own; the docs of each are silent on
 * personal use, so a personal message relayed through one of them is lost — the safer error for trust.
 */
const BULK_HEADER = /^(list-unsubscribe-post|feedback-id|x-mailchimp-.*|x-mc-user|x-mandrill-.*|x-sg-eid|x-sg-id|x-campaign.*|x-cmae-.*|x-hs-.*|x-mkto-.*|x-csa-complaints|x-newsletter.*|x-mailer-recptid)$/i;

/** Mailboxes of a role or a department, not a person: info@, support@, noreply@… (local part before + or -). */
export const ROLE_LOCAL =
  /^(info|support|help|helpdesk|service|services|customerservice|customer[-_.]?care|sales|contact|admin|administrator|office|hello|team|billing|accounts?|invoices?|hr|jobs|careers|recruiting|press|media|marketing|news|newsletter|announcements?|events?|webmaster|feedback|enquiries|inquiries|orders?|reservations|bookings?|no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|alerts?|reports?|mailer|daemon|postmaster|bounce|list|owner|root|security|abuse|it|dev|devnull|general|reception|frontdesk|staff|all|everyone|committee|board)([-+_.].*)?$/i;

/**
 * Words of a department, a service or a mailbox, never of a person's name ("Enron Corporate Communications",
 * "Customer Care Team", "Accounts Payable", "Lumenworks Talent Acquisition"). Broader than the gate's
 * DEPARTMENT_NAME, which is a feature of the shipped gate weights (changing it means retraining).
 */
export const DEPARTMENT_WORDS =
  /\b(announcements?|team|support|help ?desk|department|dept|services?|news(letter)?|office|desk|notifications?|alerts?|reports?|admin(istration)?|group|center|centre|digest|committee|communications?|customer|care|payable|receivable|accounts?|accounting|billing|payroll|talent|acquisition|recruit(ing|ment)|human resources|hr|marketing|sales|events?|tracking|shipping|orders?|reservations|bookings?|helpline|hotline|bot|system|server|notices?|daily|weekly|monthly|wire|journal|magazine|bulletin|gazette|facilities|people|operations|procurement|purchasing|finance|treasury|compliance|legal|security)\b/i;

/**
 * A From display name naming a department or service ("Bluefin People Team", "Acme Facilities"), once the
 * department a person's display name may carry is set aside ("Doe, Jane (Sales)", "Jane Doe - Marketing").
 */
export function isDepartmentSender(displayName: string): boolean {
  const own = displayName.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/\s+[-–|]\s+/)[0];
  return hasDepartmentWord(own);
}

/** DEPARTMENT_WORDS in a name, camel case split first ("CustomerNotices", "ITHelpDesk"). */
export function hasDepartmentWord(name: string): boolean {
  return DEPARTMENT_WORDS.test(name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
}

/** A From display name that names a department or service, not a person ("Enron Announcements", "IT Help Desk"). */
const DEPARTMENT_NAME =
  /\b(announcements?|team|support|help ?desk|department|dept|services?|news(letter)?|office|desk|notifications?|alerts?|reports?|admin(istration)?|committee|group|center|centre|hr|payroll|it|marketing|sales|billing|customer|mailing list|digest|bot|system|daily|weekly)\b/i;

const UNSUBSCRIBE_EN =
  /\b(unsubscribe|opt[- ]?out|manage (your )?(subscription|preferences|email settings)|you (are )?receiv(ed|ing) this|to stop receiving|view (this (e-?mail|message) )?in (your |a )?browser|email preferences|update your preferences|no longer wish to receive|abmelden|désinscri|darse de baja|reply to this email directly|view it on github|you are subscribed to|subscribed to the google groups|this is an automated|automatically generated|do not reply to this (e-?mail|message)|(take|complete|fill (in|out)) (our|this|a|the) .{0,30}survey|rate your experience|how did we do|to add a comment,? reply to this|do not change the subject|tracking (number|no\.?|#)|estimated delivery|your (package|parcel|shipment) (has|is|was|from)\b)\b/i;
/** The same in other languages, as stems ("désinscrire", "désabonner", "abbestellen", "uitschrijven"). */
const UNSUBSCRIBE_OTHER = new RegExp(`${UNSUBSCRIBE_STEMS}|abmeld|afmeld|removed from this list|change your delivery options|manage notification settings`, 'i');


const UNSUBSCRIBE = { test: (t: string) => (UNSUBSCRIBE_EN.test(t) || UNSUBSCRIBE_OTHER.test(t)) && !FIRST_PERSON_SINGULAR.test(t) };

/** A line of list, newsletter, notification or transaction text ("Unsubscribe", "Tracking number: …"). */
export function isBulkText(text: string): boolean {
  return UNSUBSCRIBE.test(text);
}

/** `SELLER_PHONE = 713-555-0142`, `Status: CLOSED`, `Amount ...... 1,200.00` — machine report lines. */
const KEY_VALUE = /^\s*[A-Za-z][\w .#/-]{0,40}?(\s=\s|\s*=\s*\S|\.{3,}|:\s{2,}|\t)\s*\S/;
const UPPER_KEY = /^\s*[A-Z][A-Z0-9_]{2,}(\s*[=:])/;
/** A row of a text table: three or more cells split by tabs, runs of spaces or pipes, with a number among them. */
const TABLE_ROW = /^(?=.*\d)\s*\S[^\t|]*?((\t|\s{3,}|\s*\|\s*)\S[^\t|]*?){2,}$/;

const FIRST_PERSON = /\b(I|I'm|I've|I'll|I'd|me|my|we|we're|let me|ich|je|yo|io)\b/;
const SECOND_PERSON = /\b(you|your|thanks|thank you|please|du|vous|usted)\b/i;
const URL_RE = /https?:\/\/|www\./i;

export const GATE_FEATURES = [
  'bias',
  'unsubscribeLines',
  'keyValueShare',
  'upperKeyLines',
  'tableShare',
  'phonesLog',
  'phonesOutsideBlockLog',
  'addressLinesLog',
  'urlShare',
  'linesLog',
  'greeting',
  'closing',
  'firstPersonShare',
  'secondPersonShare',
  'roleSender',
  'departmentName',
  'noDisplayName',
  'blockLinesLog',
  'blockNameMatch',
  'blockPhones',
  'digitShare',
  'longLineShare',
  'separatorFooter',
] as const;

const UNSUBSCRIBE_FEATURE = GATE_FEATURES.indexOf('unsubscribeLines');

/**
 * A shared mailbox's local part, strictly: a role word alone, or with a region, a number or another role word
 * ("support", "sales.uk", "info-de", "events2", "support-team"; a "+tag" set aside). ROLE_LOCAL, the gate's feature,
 * also takes "dev.r" and "it.nguyen" (people named Dev or with the family name It): too loose to refuse a card on.
 */
/** Devices and workflow tools sending for someone: fax and scan servers, voicemail, expense and HR systems. */
const MACHINE_LOCAL = /^(receipts?|fax|faxserver|scan|scanner|scans|printer|mfp|copier|voicemail|vm|autonotification|auto[-_.]?notify|workflow|approvals?|expenses?|concur|workday|calendar|invites?|tickets?|incidents?|servicedesk|itsupport)([-_.]\w+)?$/i;

const ROLE_WORD = new RegExp(ROLE_LOCAL.source.replace('([-+_.].*)?$', '$'), 'i');

export function isRoleMailbox(email: string): boolean {
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/\+.*$/, '');
  if (ROLE_WORD.test(local) || MACHINE_LOCAL.test(local)) return true; // "customer-care", "do-not-reply", "fax"
  const [head, ...rest] = local.split(/[-_.]/);
  if (!ROLE_LOCAL.test(head) || rest.length > 1) return false;
  return rest.length === 0 || /^([a-z]{2}|\d+)$/.test(rest[0]) || ROLE_LOCAL.test(rest[0]) || /^(team|desk|dept|office|mail|box)$/.test(rest[0]);
}

export interface GateInput {
  sender: Sender;
  profile: SenderProfile;
  /** The newest part's lines, in order, with any list/tracker footer newest-part.ts cut from them. */
  newest: BodyLine[];
  /** Body line indices of the detected signature block and of the closing. */
  signatureLines: number[];
  closingLines: number[];
}

function log1(n: number): number {
  return Math.log(1 + n);
}

/** The gate's feature vector (GATE_FEATURES order), shared by the add-on and the trainer. */
export function gateFeatures(input: GateInput): number[] {
  const lines = input.newest.filter((l) => l.text.trim() !== '');
  const n = Math.max(1, lines.length);
  const block = new Set(input.signatureLines);
  let unsubscribe = 0, keyValue = 0, upperKey = 0, table = 0, phones = 0, phonesOutside = 0, addresses = 0, urls = 0;
  let firstPerson = 0, secondPerson = 0, digits = 0, chars = 0, longLines = 0, separatorFooter = 0;
  let seenSeparator = false;
  for (const l of lines) {
    const t = l.text;
    if (UNSUBSCRIBE.test(t)) {
      unsubscribe++;
      if (seenSeparator) separatorFooter = 1;
    }
    if (/^\s*--\s*$/.test(t) || /^\s*_{5,}\s*$/.test(t)) seenSeparator = true;
    if (KEY_VALUE.test(t)) keyValue++;
    if (UPPER_KEY.test(t)) upperKey++;
    if (TABLE_ROW.test(t)) table++;
    if (isPhoneLike(t)) {
      phones++;
      if (!block.has(l.index)) phonesOutside++;
    }
    if (isAddressLine(t)) addresses++;
    if (URL_RE.test(t)) urls++;
    if (FIRST_PERSON.test(t)) firstPerson++;
    if (SECOND_PERSON.test(t)) secondPerson++;
    if (t.length > 60) longLines++;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c >= 48 && c <= 57) digits++;
    }
    chars += t.length;
  }
  const local = input.sender.email.split('@')[0] ?? '';
  const blockTexts = lines.filter((l) => block.has(l.index)).map((l) => l.text);
  const nameMatch = blockTexts.some((t) => nameMatchScore(t, input.profile) > 0) ? 1 : 0;
  return [
    1,
    Math.min(3, unsubscribe),
    keyValue / n,
    log1(upperKey),
    table / n,
    log1(phones),
    log1(phonesOutside),
    log1(addresses),
    urls / n,
    log1(lines.length),
    lines.length > 0 && GREETING.test(lines[0].text) ? 1 : 0,
    input.closingLines.length > 0 ? 1 : 0,
    firstPerson / n,
    secondPerson / n,
    ROLE_LOCAL.test(local) ? 1 : 0,
    DEPARTMENT_NAME.test(input.sender.displayName) ? 1 : 0,
    input.sender.displayName.trim() === '' ? 1 : 0,
    log1(blockTexts.length),
    nameMatch,
    Math.min(6, blockTexts.filter((t) => isPhoneLike(t)).length) / 3,
    chars > 0 ? digits / chars : 0,
    longLines / n,
    separatorFooter,
  ];
}

export type GateVerdict =
  | { personal: true; score: number; reason?: 'named-signature' }
  | { personal: false; score: number; reason: 'bulk-headers' | 'score' }
  /**
   * Bulk text in the newest part, or a role mailbox or a department's display name as the sender (its address is
   * shared, so a card would save a person under support@ or "Acme People Team"): no card; `signature` says whether the score alone took the block as personal.
   */
  | { personal: false; score: number; reason: 'bulk-text' | 'role-sender'; signature: boolean };

/** What the parsed block says about the person, for `namedSignature`. */
export interface BlockEvidence {
  /** Confidence of the block's name line: 0.95 when it holds the From display name's given and family name. */
  nameConfidence: number;
  hasTitle: boolean;
  /** A phone libphonenumber confirmed (PREFILL_CONFIDENCE or more). */
  hasConfirmedPhone: boolean;
}

/**
 * A block that opens with the sender's full name as the From header gives it, and carries their job title or a
 * confirmed phone, is a personal signature whatever sits above it: the content score reads a forwarded flight
 * itinerary or a pasted table above such a block as a machine report (email-signature-detector's sigdata 6 was
 * refused that way). Only for a From display name of two or more words that is neither a department
 * ("Deal Reports", "IT Help Desk") nor a role mailbox (info@, support@): a newsletter or a report names no person
 * in its From header.
 */
export function namedSignature(sender: Sender, block: BlockEvidence): boolean {
  const display = sender.displayName.trim();
  const local = sender.email.split('@')[0] ?? '';
  if (display.split(/\s+/).length < 2 || DEPARTMENT_NAME.test(display) || ROLE_LOCAL.test(local)) return false;
  return block.nameConfidence >= 0.95 && (block.hasTitle || block.hasConfirmedPhone);
}

export function bulkHeader(headers: { name: string; value: string }[] | undefined): string | null {
  const found = (headers ?? []).find((h) => BULK_HEADER.test(h.name.trim()));
  return found ? found.name : null;
}

/** The gate's probability that this is a personal message with a personal signature. */
export function gateScore(features: number[], model: GateModel = GATE_MODEL): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i] * (model.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export function gateMessage(
  features: number[], headers?: { name: string; value: string }[], model: GateModel = GATE_MODEL, named = false, sender?: Sender,
): GateVerdict {
  if (bulkHeader(headers)) return { personal: false, score: 0, reason: 'bulk-headers' };
  const score = gateScore(features, model);
  // An unsubscribe line, "you are receiving this", "this is an automated message" in the newest part: sent to a
  // list, whoever signs it. The learned weight for it is weak (the training mail has few such lines), and a
  // newsletter signed by its editor would pass as a named signature, so the text decides outright.
  // The lines stay claimed when the score alone takes them: a person's post to a list signs above the list's footer.
  const signature = score >= model.threshold || named;
  if (features[UNSUBSCRIBE_FEATURE] > 0) return { personal: false, score, reason: 'bulk-text', signature };
  if (sender && (isRoleMailbox(sender.email) || isDepartmentSender(sender.displayName))) return { personal: false, score, reason: 'role-sender', signature };
  if (score >= model.threshold) return { personal: true, score };
  return named ? { personal: true, score, reason: 'named-signature' } : { personal: false, score, reason: 'score' };
}
