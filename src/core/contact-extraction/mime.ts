/**
 * Reads the displayable body of a Gmail API message (format=full): walks the MIME tree, prefers the first
 * text/plain part that is not an attachment, else the first text/html part. Bodies arrive as base64url of the
 * part's bytes in the part's charset (gmail/api/reference/rest/v1/users.messages.attachments#MessagePartBody:
 * "The body data of a MIME message part as a base64url encoded string").
 * Apps Script has no Buffer or TextDecoder, so decoding is done here; other charsets go through an injected
 * decoder (the adapter passes `Utilities.newBlob(bytes).getDataAsString(charset)`).
 */
import { base64Decode, utf8Decode } from '../delegation/bytes';
import type { GmailMessage, GmailMessagePart } from './types';

export type CharsetDecoder = (bytes: Uint8Array, charset: string) => string | null;

export interface MessageBody {
  kind: 'text' | 'html';
  content: string;
}

/**
 * Decodes base64 or base64url, padded or not, skipping whitespace; unlike the strict `base64Decode` it keeps what
 * came before the first foreign character (a truncated or damaged body still shows its start).
 */
export function decodeBase64Url(data: string): Uint8Array {
  const clean = /^[A-Za-z0-9+/_=\s-]*/.exec(data)![0].replace(/[\s=]/g, '');
  // A lone trailing character carries 6 bits, less than a byte: it decodes to nothing.
  return base64Decode(clean.length % 4 === 1 ? clean.slice(0, -1) : clean) ?? new Uint8Array(0);
}

// windows-1252 differs from ISO-8859-1 only in 0x80..0x9F (https://encoding.spec.whatwg.org/index-windows-1252.txt).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeSingleByte(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 4096) {
    const codes = Array.from(bytes.subarray(i, i + 4096), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

export function decodeBytes(bytes: Uint8Array, charset: string, fallback?: CharsetDecoder): string {
  const cs = charset.trim().toLowerCase().replace(/^"|"$/g, '');
  if (cs === '' || cs === 'utf-8' || cs === 'utf8' || cs === 'us-ascii' || cs === 'ascii') return utf8Decode(bytes);
  if (/^(iso-8859-1|iso8859-1|latin1|l1|windows-1252|cp1252)$/.test(cs)) return decodeSingleByte(bytes);
  const other = fallback?.(bytes, cs);
  return other ?? utf8Decode(bytes);
}

export function headerValue(part: GmailMessagePart | undefined, name: string): string | undefined {
  const lower = name.toLowerCase();
  return part?.headers?.find((h) => h.name.toLowerCase() === lower)?.value;
}

function charsetOf(part: GmailMessagePart): string {
  const ct = headerValue(part, 'Content-Type') ?? '';
  const m = /charset\s*=\s*"?([^";\s]+)/i.exec(ct);
  return m ? m[1] : 'utf-8';
}

/**
 * Undoes RFC 3676 format=flowed (rfc-editor.org/rfc/rfc3676 §4): a line ending in a space continues on the next
 * line of the same quote depth; quote marks (`>`) lead the line, one space after them is space-stuffing (§4.4);
 * with DelSp=yes the trailing space itself is removed (§4.5); "-- " is the signature separator, never flowed
 * (§4.3); a flowed line followed by a different quote depth is treated as fixed (§4.5), so a quoted line never
 * swallows the reply under it. Quoted paragraphs come back as "> text" lines.
 */
export function unflowText(text: string, delSp: boolean): string {
  const out: string[] = [];
  let open: { depth: number; text: string } | null = null;
  const render = (p: { depth: number; text: string }) => (p.depth > 0 ? `${'>'.repeat(p.depth)} ${p.text}` : p.text);
  for (const raw of text.split(/\r\n|\n/)) {
    const depth = /^>*/.exec(raw)![0].length;
    let body = raw.slice(depth);
    if (body.startsWith(' ')) body = body.slice(1);
    const flowed = body !== '-- ' && body.endsWith(' ');
    if (open && open.depth === depth) open.text += body;
    else {
      if (open) out.push(render(open));
      open = { depth, text: body };
    }
    if (flowed) {
      if (delSp) open.text = open.text.slice(0, -1);
    } else {
      out.push(render(open));
      open = null;
    }
  }
  if (open) out.push(render(open));
  return out.join('\n');
}

/** format=flowed and its DelSp parameter, from a part's Content-Type. */
function flowedOf(part: GmailMessagePart): { flowed: boolean; delSp: boolean } {
  const ct = headerValue(part, 'Content-Type') ?? '';
  return { flowed: /format\s*=\s*"?flowed"?/i.test(ct), delSp: /delsp\s*=\s*"?yes"?/i.test(ct) };
}

function isAttachment(part: GmailMessagePart): boolean {
  if (part.filename) return true;
  const disposition = headerValue(part, 'Content-Disposition') ?? '';
  return /^\s*attachment/i.test(disposition);
}

/** Depth-first, in document order, skipping attached messages (message/rfc822 is someone else's mail). */
function findPart(part: GmailMessagePart | undefined, mimeType: string, depth = 0): GmailMessagePart | undefined {
  if (!part || depth > 20) return undefined;
  const type = (part.mimeType ?? '').toLowerCase();
  if (type === mimeType && !isAttachment(part) && part.body?.data) return part;
  if (type === 'message/rfc822') return undefined;
  for (const child of part.parts ?? []) {
    const found = findPart(child, mimeType, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The body to read: text/plain when the sender sent one, else HTML. Returns null for a message without a
 * displayable body (attachments only, or a payload Gmail could not parse).
 */
export function readMessageBody(message: GmailMessage, decode?: CharsetDecoder): MessageBody | null {
  const plain = findPart(message.payload, 'text/plain');
  const html = findPart(message.payload, 'text/html');
  if (plain?.body?.data) {
    const decoded = decodeBytes(decodeBase64Url(plain.body.data), charsetOf(plain), decode);
    const { flowed, delSp } = flowedOf(plain);
    const content = flowed ? unflowText(decoded, delSp) : decoded;
    // Some clients send an empty text/plain beside the real HTML; fall through to the HTML then.
    if (content.trim() !== '' || !html) return { kind: 'text', content };
  }
  if (html?.body?.data) return { kind: 'html', content: decodeBytes(decodeBase64Url(html.body.data), charsetOf(html), decode) };
  return null;
}
