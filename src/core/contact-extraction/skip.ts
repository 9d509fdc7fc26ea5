/**
 * Which incoming mail Contact Inbox does not read: the user's own domain, and automated senders — no-reply
 * addresses, mailing lists (List-Id, RFC 2919), bulk/list precedence (RFC 2076), and auto-generated mail
 * (Auto-Submitted, RFC 3834).
 */
export type SkipReason = 'own-domain' | 'no-reply' | 'mailing-list' | 'bulk' | 'auto-submitted' | 'no-sender';

export interface SkipInput {
  senderEmail: string;
  /** The user's own domains (primary and aliases), lower case. */
  ownDomains: string[];
  headers: { name: string; value: string }[];
}

const NO_REPLY_LOCAL =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply|mailer[-_.]daemon|postmaster|notifications?|notify|alerts?|bounces?|auto[-_.]?confirm|automated|system|daemon|news(letter)?|marketing|info[-_.]?noreply)([-+_.].*)?$/i;

export function skipReason(input: SkipInput): SkipReason | null {
  const email = input.senderEmail.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  if (at <= 0) return 'no-sender';
  const domain = email.slice(at + 1);
  if (input.ownDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) return 'own-domain';
  if (NO_REPLY_LOCAL.test(email.slice(0, at))) return 'no-reply';
  const header = (name: string) => input.headers.find((h) => h.name.toLowerCase() === name)?.value?.trim() ?? '';
  if (header('list-id') !== '' || header('list-unsubscribe') !== '') return 'mailing-list';
  if (/^(bulk|list|junk)$/i.test(header('precedence'))) return 'bulk';
  const auto = header('auto-submitted');
  if (auto !== '' && !/^no$/i.test(auto)) return 'auto-submitted';
  return null;
}
