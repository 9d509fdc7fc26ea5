/**
 * `npm run extract -- [--from "Name <email>"] [--own-domain example.com] FILE…`
 * Runs the add-on's own extraction code (src/core/contact-extraction) on message files and prints, per file,
 * JSON with the signature's line numbers (1-based, in the body as the pipeline reads it: text/plain, or HTML
 * rendered to lines) and the parsed contact with confidences.
 *  - A raw RFC 822 message (`.eml`, or any file that starts with headers) is parsed with postal-mime and handed
 *    to the pipeline as the Gmail API would (format=full: a MIME tree with base64url part bodies), so skip
 *    rules and body choice run too.
 *  - Anything else is a plain-text body; `--from` names its sender (needed to check the name and company).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import PostalMime from 'postal-mime';
import { extractFromMessage, extractFromText, parseFrom, type Extraction, type GmailMessage } from '../core/contact-extraction';
import type { GmailMessagePart } from '../core/contact-extraction/types';

interface Options {
  from?: string;
  ownDomains: string[];
  files: string[];
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { ownDomains: [], files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--from') opts.from = argv[++i];
    else if (a.startsWith('--from=')) opts.from = a.slice(7);
    else if (a === '--own-domain') opts.ownDomains.push((argv[++i] ?? '').toLowerCase());
    else if (a.startsWith('--own-domain=')) opts.ownDomains.push(a.slice(13).toLowerCase());
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run extract -- [--from "Name <email>"] [--own-domain example.com] FILE…\n');
      process.exit(0);
    } else opts.files.push(a);
  }
  return opts;
}

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function looksLikeRfc822(file: string, content: string): boolean {
  if (/\.eml$/i.test(file)) return true;
  const head = content.slice(0, 4000).split(/\r?\n\r?\n/)[0];
  return /^(From|Received|Return-Path|Message-ID|Delivered-To|MIME-Version|Date|Subject):/im.test(head) && /^From:/im.test(head);
}

const CONTENT_TYPE_HEADER = /^Content-Type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;

/**
 * postal-mime's parse → the Gmail API message shape (format=full) the add-on receives. Gmail hands the add-on the
 * part's bytes as sent, format=flowed included, and mime.ts undoes it; postal-mime would undo it itself, joining
 * a flowed quoted line to the unquoted reply under it (against RFC 3676 §4.5). So the flowed marker is taken off
 * before postal-mime sees it and put back on the text part.
 */
async function toGmailMessage(raw: string, id: string): Promise<GmailMessage> {
  let flowed = '';
  const fixed = raw.replace(CONTENT_TYPE_HEADER, (header) => {
    if (!/text\/plain/i.test(header) || !/format\s*=\s*"?flowed"?/i.test(header)) return header;
    flowed = `; format=flowed${/delsp\s*=\s*"?yes"?/i.test(header) ? '; delsp=yes' : ''}`;
    return header.replace(/format\s*=\s*"?flowed"?/i, 'format=fixed');
  });
  const email = await PostalMime.parse(fixed);
  const headers = email.headers.map((h) => ({ name: h.key.replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase()), value: h.value }));
  const parts: GmailMessagePart[] = [];
  if (email.text !== undefined) {
    parts.push({ partId: '0', mimeType: 'text/plain', headers: [{ name: 'Content-Type', value: `text/plain; charset=UTF-8${flowed}` }], body: { data: base64Url(email.text) } });
  }
  if (email.html !== undefined) {
    parts.push({ partId: String(parts.length), mimeType: 'text/html', headers: [{ name: 'Content-Type', value: 'text/html; charset=UTF-8' }], body: { data: base64Url(email.html) } });
  }
  return { id, payload: { mimeType: 'multipart/alternative', headers, parts } };
}

function report(file: string, x: Extraction, bodyKind: string) {
  const textOf = (i: number) => x.lines[i]?.text ?? '';
  return {
    file,
    status: 'extracted',
    from: x.sender,
    body: { kind: bodyKind, lines: x.lines.length, newestPartLines: x.newest.length > 0 ? [x.newest[0] + 1, x.newest[x.newest.length - 1] + 1] : null },
    signature: x.signatureLines.length > 0
      ? { lines: [x.signatureLines[0] + 1, x.signatureLines[x.signatureLines.length - 1] + 1], text: x.signatureLines.map(textOf) }
      : null,
    closing: x.closingLines.length > 0 ? { lines: x.closingLines.map((i) => i + 1), text: x.closingLines.map(textOf) } : null,
    contact: x.contact,
  };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.files.length === 0) {
    process.stderr.write('extract: name at least one message file (.eml, or a plain-text body with --from "Name <email>")\n');
    process.exit(2);
  }
  let failed = false;
  for (const file of opts.files) {
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (err) {
      process.stdout.write(`${JSON.stringify({ file, status: 'error', error: `cannot read ${file}: ${(err as Error).message}` })}\n`);
      failed = true;
      continue;
    }
    if (looksLikeRfc822(file, content)) {
      const message = await toGmailMessage(content, path.basename(file));
      const result = extractFromMessage(message, { ownDomains: opts.ownDomains });
      if (result.status === 'skipped') {
        process.stdout.write(`${JSON.stringify({ file, status: 'skipped', reason: result.reason }, null, 2)}\n`);
        continue;
      }
      const hasText = (message.payload?.parts ?? []).some((p) => p.mimeType === 'text/plain' && p.body?.data);
      process.stdout.write(`${JSON.stringify(report(file, result.extraction, hasText ? 'text/plain' : 'text/html'), null, 2)}\n`);
    } else {
      if (!opts.from) process.stderr.write(`extract: ${file} is a plain-text body without --from; name and company are not checked against a sender\n`);
      const sender = parseFrom(opts.from ?? '');
      process.stdout.write(`${JSON.stringify(report(file, extractFromText(content, sender), 'text/plain'), null, 2)}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`extract: ${err?.stack ?? err}\n`);
  process.exit(1);
});
