/**
 * Just enough RFC 5322/2045 to build the messages `deliverMessage` puts in a mailbox and to read raw ones back:
 * headers (unfolded), multipart bodies by boundary, base64 and quoted-printable transfer encodings, and Gmail's
 * `MessagePart` tree (gmail/api/reference/rest/v1/users.messages#MessagePart).
 */

export interface Header {
  name: string;
  value: string;
}

export interface MessagePart {
  partId: string;
  mimeType: string;
  filename: string;
  headers: Header[];
  body: { size: number; data?: string; attachmentId?: string };
  parts?: MessagePart[];
}

export function headerValue(headers: Header[], name: string): string | undefined {
  const n = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === n)?.value;
}

function splitHeadBody(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw, body: '' };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

export function parseHeaders(head: string): Header[] {
  const out: Header[] = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && out.length) out[out.length - 1].value += ' ' + line.trim();
    else {
      const i = line.indexOf(':');
      if (i > 0) out.push({ name: line.slice(0, i).trim(), value: line.slice(i + 1).trim() });
    }
  }
  return out;
}

function param(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`${name}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, 'i').exec(value);
  return m ? (m[2] ?? m[1]) : undefined;
}

function decodeQuotedPrintable(s: string): Buffer {
  const soft = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i], 'utf8'));
  }
  return Buffer.from(bytes);
}

function decodeBody(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return Buffer.from(body, 'binary');
  }
}

/** Parses a raw RFC 822 message (as a binary string) into Gmail's payload tree. */
export function parseMessage(raw: string, partId = ''): MessagePart {
  const { head, body } = splitHeadBody(raw);
  const headers = parseHeaders(head);
  const contentType = headerValue(headers, 'Content-Type') ?? 'text/plain';
  const mimeType = contentType.split(';')[0].trim().toLowerCase();
  const disposition = headerValue(headers, 'Content-Disposition');
  const filename = param(disposition, 'filename') ?? param(contentType, 'name') ?? '';
  if (mimeType.startsWith('multipart/')) {
    const boundary = param(contentType, 'boundary') ?? '';
    const chunks = body.split(new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`));
    const inner = chunks.slice(1).filter((c) => c.trim() !== '');
    const parts = inner.map((c, i) => parseMessage(c, partId === '' ? String(i) : `${partId}.${i}`));
    return { partId, mimeType, filename, headers, body: { size: 0 }, parts };
  }
  const data = decodeBody(body, headerValue(headers, 'Content-Transfer-Encoding'));
  return { partId, mimeType, filename, headers, body: { size: data.length, data: data.toString('base64url') } };
}

export interface OutgoingMessage {
  from: string;
  to: string;
  subject: string;
  text?: string;
  html?: string;
  cc?: string;
  /** Extra headers such as `List-Id`, `Precedence`, `Auto-Submitted`, `Reply-To`. */
  headers?: Record<string, string>;
}

function encodeWord(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

function base64Lines(s: string): string {
  return (Buffer.from(s, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** Builds the raw RFC 822 text of a message: text, html, or both as multipart/alternative. */
export function buildRawMessage(m: OutgoingMessage, date: Date, messageId: string, boundarySeed: string): string {
  const lines: string[] = [
    `From: ${encodeWord(m.from)}`,
    `To: ${encodeWord(m.to)}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${messageId}`,
    ...Object.entries(m.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
  ];
  const textPart = (type: string, content: string) =>
    [`Content-Type: ${type}; charset="UTF-8"`, 'Content-Transfer-Encoding: base64', '', base64Lines(content)].join('\r\n');
  if (m.html !== undefined && m.text !== undefined) {
    const b = `000000000000${boundarySeed}`;
    lines.push(`Content-Type: multipart/alternative; boundary="${b}"`, '');
    lines.push(`--${b}`, textPart('text/plain', m.text), `--${b}`, textPart('text/html', m.html), `--${b}--`, '');
    return lines.join('\r\n');
  }
  lines.push(m.html !== undefined ? textPart('text/html', m.html) : textPart('text/plain', m.text ?? ''));
  return lines.join('\r\n');
}

/** The first body of `mimeType` in the tree, decoded. */
export function findBody(part: MessagePart, mimeType: string): string | undefined {
  if (part.mimeType === mimeType && part.body.data !== undefined && !part.filename) {
    return Buffer.from(part.body.data, 'base64url').toString('utf8');
  }
  for (const p of part.parts ?? []) {
    const found = findBody(p, mimeType);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Decodes RFC 2047 encoded words in a header value. */
export function decodeWords(v: string): string {
  return v.replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _cs, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
  );
}
