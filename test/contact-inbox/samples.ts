/**
 * Real mail samples for the Contact Inbox tests, read in place from ../shared/data/signatures (see its README;
 * the data is never copied into this repository), plus builders for Gmail API message payloads.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GmailMessage, GmailMessagePart } from '../../src/core/contact-extraction/types';

export const DATA_DIR = path.resolve(__dirname, '../../../shared/data/signatures');

export function sample(relative: string): string {
  return fs.readFileSync(path.join(DATA_DIR, relative), 'utf8');
}

export function sampleExists(relative: string): boolean {
  return fs.existsSync(path.join(DATA_DIR, relative));
}

/** A Quagga Enron message: its body text and its sender from the X-From/From headers. */
export function quagga(name: string): { text: string; from: string; header: Record<string, string> } {
  const ann = JSON.parse(sample(`quagga/Datasets/Enron/annotated_all/train/${name}.ann`)) as {
    text: string;
    meta: { header: Record<string, string> };
  };
  const xFrom = (ann.meta.header['X-From'] ?? '').replace(/<\/?O=[^>]*>/gi, '').trim();
  return { text: ann.text, from: `${xFrom} <${ann.meta.header['From']}>`, header: ann.meta.header };
}

export function b64url(text: string | Uint8Array): string {
  const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
  return buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function part(mimeType: string, body: string | Uint8Array, extraHeaders: { name: string; value: string }[] = []): GmailMessagePart {
  const charset = mimeType.startsWith('text/') ? '; charset=UTF-8' : '';
  return {
    mimeType,
    headers: [{ name: 'Content-Type', value: `${mimeType}${charset}` }, ...extraHeaders],
    body: { data: b64url(body), size: body.length },
  };
}

export function message(from: string, parts: GmailMessagePart[], headers: { name: string; value: string }[] = []): GmailMessage {
  const top = [{ name: 'From', value: from }, { name: 'Subject', value: 'Hello' }, ...headers];
  if (parts.length === 1) {
    const only = parts[0];
    return { id: 'msg-1', payload: { mimeType: only.mimeType, body: only.body, headers: [...(only.headers ?? []), ...top] } };
  }
  return { id: 'msg-1', payload: { mimeType: 'multipart/alternative', headers: top, parts } };
}
