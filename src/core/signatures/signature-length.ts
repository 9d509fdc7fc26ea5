/**
 * The one count of a signature's length, used by the Studio's preview, the save-time check and the writer's refusal.
 * Gmail refuses a signature "exceeds maximum length of 10000 characters" (400 on users.settings.sendAs.patch, as
 * vendors report it); Google does not say whether it counts before or after its sanitiser, nor in which unit. The
 * count is the HTML Autograph sends, in UTF-16 code units (JavaScript string length): a non-BMP character counts
 * two, so the count is never below what Gmail could count in code points [unverified: Gmail's unit].
 */
import { GMAIL_SIGNATURE_LIMIT } from './types';

export function signatureLength(html: string): number {
  return html.length;
}

export function overGmailLimit(html: string): boolean {
  return signatureLength(html) > GMAIL_SIGNATURE_LIMIT;
}
