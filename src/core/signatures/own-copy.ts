/**
 * An employee's own copy of their signature, and what "My signature" / "Insert signature" show from it.
 *
 * The copy is sealed (tweetnacl `secretbox`, XSalsa20-Poly1305) under a key only the server derives for that one
 * user (HMAC of the publisher's master secret, the customer and the user's address: adapters/published-signatures).
 * A row carries an opaque tag derived from the same key instead of the address, and a keyed fingerprint so a run can
 * tell an unchanged signature without keeping it in clear. Anyone who opens the spreadsheet sees ciphertext and
 * random-looking hex; a row sealed for someone else, altered, or made up does not open, and a row that opens must
 * name the viewer (the address is sealed inside too).
 *
 * Pure: the caller derives the key and draws the nonce (Apps Script has no CSPRNG call; see key-store.ts).
 */
import nacl from 'tweetnacl';
import { toHex, utf8Encode } from '../delegation/bytes';
import { openSecret, sealSecret, SECRET_KEY_BYTES } from '../delegation/secret-box';

/** Who puts the signature into Gmail: the service account on each run, or the employee ("Apply to my Gmail"). */
export type OwnCopyWriter = 'service-account' | 'self-service';

export interface OwnCopy {
  email: string;
  html: string;
  length: number;
  /** Why this template applies (the assignment rule), as the employee card says it. */
  rule: string;
  /** The run that rendered it (ms since epoch). */
  updatedAt: number;
  writer: OwnCopyWriter;
  /** What Gmail stored after Autograph last wrote exactly this HTML (Gmail sanitises); '' when not written. */
  gmailHtml: string;
  /**
   * The template's id and the fields it lets employees propose values for (edit-requests.ts). Present only when
   * some field is unlocked, so copies of templates without any keep their fingerprint.
   */
  editable?: { templateId: string; fields: string[] };
}

export interface SealedRow {
  tag: string;
  fingerprint: string;
  sealed: string;
}

/** SHA-512 over the user's key, a label and the text: a keyed hash (the key is secret and of fixed length). */
function keyed(userKey: Uint8Array, label: string, text = ''): string {
  const rest = utf8Encode(`|${label}|${text}`);
  const input = new Uint8Array(userKey.length + rest.length);
  input.set(userKey, 0);
  input.set(rest, userKey.length);
  return toHex(nacl.hash(input).slice(0, 16));
}

/** The opaque tag of the user's row: only a holder of the user's key can tell whose it is. */
export function ownCopyTag(userKey: Uint8Array): string {
  return keyed(userKey, 'tag');
}

/** Keyed, so a coworker cannot test guesses (a phone number, say) against it. */
export function ownCopyFingerprint(userKey: Uint8Array, copy: OwnCopy): string {
  const { updatedAt: _at, ...stable } = copy;
  return keyed(userKey, 'fingerprint', JSON.stringify(stable));
}

export function sealOwnCopy(copy: OwnCopy, userKey: Uint8Array, nonce: Uint8Array): SealedRow {
  return { tag: ownCopyTag(userKey), fingerprint: ownCopyFingerprint(userKey, copy), sealed: sealSecret(JSON.stringify(copy), userKey, nonce) };
}

/** The copy, or null when it was sealed for someone else, altered, made up, or names another address. */
export function openOwnCopy(sealed: string, userKey: Uint8Array, email: string): OwnCopy | null {
  if (userKey.length !== SECRET_KEY_BYTES) return null;
  const plain = openSecret(sealed, userKey);
  if (plain === null) return null;
  let c: Partial<OwnCopy>;
  try {
    c = JSON.parse(plain) as Partial<OwnCopy>;
  } catch {
    return null;
  }
  if (typeof c.email !== 'string' || c.email.toLowerCase() !== email.toLowerCase() || typeof c.html !== 'string') return null;
  return {
    email: c.email,
    html: c.html,
    length: Number(c.length) || 0,
    rule: String(c.rule ?? ''),
    updatedAt: Number(c.updatedAt) || 0,
    writer: c.writer === 'service-account' ? 'service-account' : 'self-service',
    gmailHtml: typeof c.gmailHtml === 'string' ? c.gmailHtml : '',
    ...(c.editable && typeof c.editable.templateId === 'string' && Array.isArray(c.editable.fields) ? { editable: { templateId: c.editable.templateId, fields: c.editable.fields.map(String) } } : {}),
  };
}

/** Of the rows under the viewer's tag that open, the newest (a stale or planted row loses to the real one). */
export function newestOwnCopy(sealedValues: string[], userKey: Uint8Array, email: string): OwnCopy | null {
  let best: OwnCopy | null = null;
  for (const s of sealedValues) {
    const c = openOwnCopy(s, userKey, email);
    if (c && (!best || c.updatedAt > best.updatedAt)) best = c;
  }
  return best;
}

/** Where the signature a card shows came from; the card's words depend on it. */
export type OwnSignatureSource = 'gmail' | 'next-run' | 'apply-yourself';

export interface OwnSignature {
  source: OwnSignatureSource;
  html: string;
  length: number;
  rule: string;
}

export interface OwnSignatureInput {
  /** The primary address's signature as Gmail holds it (read just now), or null when it could not be read. */
  gmail: string | null;
  /** Why Gmail could not be read ('' when it was). */
  gmailError: string;
  copy: OwnCopy | null;
  /** The user applied the copy's HTML themselves and Gmail still holds what it stored then (it sanitises). */
  appliedByUser: boolean;
}

export const NOT_PUBLISHED =
  'Your signature is not published yet: it appears after Autograph’s next run (nightly, or when an administrator uses Apply now).';

/**
 * What to show: Gmail's signature when Gmail holds the copy's signature (or there is no copy to compare with),
 * else the copy with what will happen to it, else why there is nothing.
 */
export function chooseOwnSignature(input: OwnSignatureInput): OwnSignature | string {
  const { gmail, copy } = input;
  const fromGmail = (rule: string): OwnSignature => ({ source: 'gmail', html: gmail ?? '', length: (gmail ?? '').length, rule });
  if (!copy) {
    if (gmail) return fromGmail('');
    if (gmail === null && input.gmailError) return `${NOT_PUBLISHED} (Your Gmail could not be read: ${input.gmailError})`;
    return NOT_PUBLISHED;
  }
  const held = gmail !== null && gmail !== '' && (gmail === copy.html || gmail === copy.gmailHtml || input.appliedByUser);
  if (held) return fromGmail(copy.rule);
  return { source: copy.writer === 'service-account' ? 'next-run' : 'apply-yourself', html: copy.html, length: copy.length, rule: copy.rule };
}

/** The card's one line of truth about where the shown signature lives. */
export function describeOwnSignature(s: OwnSignature): string {
  if (s.source === 'gmail') return 'This is the signature in your Gmail (read just now).';
  if (s.source === 'next-run') return 'Autograph will write this signature into your Gmail on its next run.';
  return 'This signature is not in your Gmail yet: Apply to my Gmail puts it there (new messages on Gmail on the web).';
}
