/**
 * Shapes shared by the Contact Inbox extraction pipeline: a Gmail API message (as `messages.get?format=full`
 * returns it), the lines of its newest part, and the contact parsed from the signature block.
 */

/** gmail/api/reference/rest/v1/users.messages#MessagePart — only the fields extraction reads. */
export interface GmailMessagePart {
  partId?: string;
  mimeType?: string;
  filename?: string;
  headers?: { name: string; value: string }[];
  /** `data` is base64url of the part's bytes after Content-Transfer-Encoding; absent for attachments/containers. */
  body?: { size?: number; data?: string; attachmentId?: string };
  parts?: GmailMessagePart[];
}

/** gmail/api/reference/rest/v1/users.messages#Message with format=full. */
export interface GmailMessage {
  id?: string;
  threadId?: string;
  internalDate?: string;
  payload?: GmailMessagePart;
}

/** The sender as the From header names it. */
export interface Sender {
  displayName: string;
  email: string;
}

/** Where a line of the newest part came from: plain text, or HTML inside a client's own signature container. */
export type LineOrigin = 'text' | 'html' | 'html-signature';

/** One line of the newest part, in the order shown to the reader. `index` is 0-based in the body lines. */
export interface BodyLine {
  index: number;
  text: string;
  origin: LineOrigin;
}

export type PhoneType = 'mobile' | 'work' | 'home' | 'fax' | 'other';

/** A parsed value with how sure the parser is (0..1). The card pre-fills fields at or above PREFILL_CONFIDENCE. */
export interface Scored<T> {
  value: T;
  confidence: number;
}

export interface ContactPhone {
  value: string;
  type: PhoneType;
  /** E.164 when libphonenumber could place it, for dedupe and `tel:` links. */
  e164?: string;
}

export interface SocialLink {
  network: string;
  url: string;
}

export interface ExtractedContact {
  fullName?: Scored<string>;
  jobTitle?: Scored<string>;
  company?: Scored<string>;
  phones: Scored<ContactPhone>[];
  email?: Scored<string>;
  /** Further addresses the signature lists besides `email` ("brin@aol.com / mbm@adelphia.net"). */
  otherEmails?: Scored<string>[];
  website?: Scored<string>;
  address?: Scored<string>;
  socialLinks: Scored<SocialLink>[];
}

/** Fields at or above this confidence are pre-filled on the card; lower ones are shown, but left for the user. */
export const PREFILL_CONFIDENCE = 0.6;
