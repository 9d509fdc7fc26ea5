/**
 * Minimum evidence for a suggestion. Sansan's Contact Inbox suggests a contact only when it carries an email
 * address, a company and a given or family name (PLATFORM.md, jp-help.sansan.com Contact Inbox articles). The
 * email is always there (the sender's); the name may come from the signature or from a From display name that
 * names a person. Rules compared on the training data by `npm run bench -- extraction` (cards offered for
 * messages without a signature vs signatures that get a card); the default is the one that table chose.
 */
import type { ExtractedContact, Sender } from './types';
import { PREFILL_CONFIDENCE } from './types';
import { ROLE_LOCAL } from './gate';
import { isPersonName } from './fields';
import { profileOf } from './sender';

export type EvidenceRule = 'any-detail' | 'name-and-company' | 'name-and-company-or-phone';

export const DEFAULT_EVIDENCE_RULE: EvidenceRule = 'name-and-company-or-phone';

export interface Evidence {
  enough: boolean;
  /** The weakest required field's confidence (0 when one is missing). */
  confidence: number;
  /** What was missing, for the log and the tests: 'name', 'company', 'company or phone'. */
  missing: string[];
}

/** A name usable as the person's: from the signature, or a From display name that is not a department. */
function personName(c: ExtractedContact, sender: Sender): number {
  const profile = profileOf(sender);
  if (c.fullName && isPersonName(c.fullName.value, profile)) return c.fullName.confidence;
  const display = sender.displayName.trim();
  const local = sender.email.split('@')[0] ?? '';
  if (display && isPersonName(display, profile) && !ROLE_LOCAL.test(local) && /\p{L}{2,}/u.test(display) && !isMailboxLabel(display, local)) return 0.7;
  return 0;
}

/**
 * "perfmgmt <perfmgmt@…>", "hr-ops <hr-ops@…>": a one-word display name in lower case, or one that only repeats
 * the address's local part, labels a mailbox; a person's display name has a capitalised word or two words.
 */
function isMailboxLabel(display: string, local: string): boolean {
  const words = display.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length !== 1) return false;
  const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return !/^\p{Lu}/u.test(words[0]) || squash(words[0]) === squash(local);
}

export function evidenceOf(c: ExtractedContact, sender: Sender, rule: EvidenceRule = DEFAULT_EVIDENCE_RULE): Evidence {
  const hasDetail = c.phones.length > 0 || Boolean(c.jobTitle || c.company || c.address || c.website || c.socialLinks.length > 0);
  if (rule === 'any-detail') return { enough: hasDetail, confidence: hasDetail ? 1 : 0, missing: hasDetail ? [] : ['detail'] };
  const missing: string[] = [];
  const name = personName(c, sender);
  if (name === 0) missing.push('name');
  const company = c.company?.confidence ?? 0;
  // A phone the parser could not confirm (a hint on the card) is no evidence of a person.
  const phone = Math.max(0, ...c.phones.filter((p) => p.confidence >= PREFILL_CONFIDENCE).map((p) => p.confidence));
  const second = rule === 'name-and-company' ? company : Math.max(company, phone);
  if (second === 0) missing.push(rule === 'name-and-company' ? 'company' : 'company or phone');
  return { enough: missing.length === 0, confidence: missing.length ? 0 : Math.min(name, second), missing };
}
