import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFromMessage } from '../../src/core/contact-extraction';
import { decodeBase64Url, readMessageBody, unflowText } from '../../src/core/contact-extraction/mime';
import { utf8Decode } from '../../src/core/delegation/bytes';
import { skipReason } from '../../src/core/contact-extraction/skip';
import type { GmailMessage } from '../../src/core/contact-extraction/types';
import { b64url, DATA_DIR, message, part, quagga } from './samples';
import { makeTempDir } from '../support/temp-dirs';

describe('reading the body of a Gmail API message', () => {
  it('prefers text/plain and walks nested multiparts, skipping attachments', () => {
    const msg: GmailMessage = {
      payload: {
        mimeType: 'multipart/mixed',
        parts: [
          { mimeType: 'multipart/alternative', parts: [part('text/html', '<b>html</b>'), part('text/plain', 'plain body')] },
          { ...part('text/plain', 'attached notes'), filename: 'notes.txt' },
        ],
      },
    };
    expect(readMessageBody(msg)).toEqual({ kind: 'text', content: 'plain body' });
  });

  it('falls back to HTML when the text part is empty or missing', () => {
    const msg = message('a@b.example', [part('text/plain', '  \n'), part('text/html', '<p>Hello</p>')]);
    expect(readMessageBody(msg)).toEqual({ kind: 'html', content: '<p>Hello</p>' });
  });

  it('decodes windows-1252 and ISO-8859-1 bodies by their charset', () => {
    const bytes = Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x80]); // "Grüße €" in windows-1252
    const msg: GmailMessage = {
      payload: { mimeType: 'text/plain', headers: [{ name: 'Content-Type', value: 'text/plain; charset="windows-1252"' }], body: { data: b64url(bytes) } },
    };
    expect(readMessageBody(msg)?.content).toBe('Grüße €');
  });

  it('hands other charsets to the injected decoder (Apps Script: Utilities.newBlob(…).getDataAsString)', () => {
    const msg: GmailMessage = {
      payload: { mimeType: 'text/plain', headers: [{ name: 'Content-Type', value: 'text/plain; charset=ISO-2022-JP' }], body: { data: b64url('x') } },
    };
    expect(readMessageBody(msg, (_bytes, cs) => `decoded as ${cs}`)?.content).toBe('decoded as iso-2022-jp');
  });

  it('survives malformed MIME: bad base64, truncated UTF-8, no body, attachments only', () => {
    expect(utf8Decode(Uint8Array.from([0x48, 0xc3]))).toBe('H\ufffd');
    expect(utf8Decode(Uint8Array.from([0xff, 0x41]))).toBe('\ufffdA');
    expect(Array.from(decodeBase64Url('QUJD!!!garbage'))).toEqual([65, 66, 67]);
    expect(readMessageBody({ payload: { mimeType: 'multipart/mixed' } })).toBeNull();
    expect(readMessageBody({})).toBeNull();
    const attachmentsOnly: GmailMessage = {
      payload: { mimeType: 'multipart/mixed', headers: [{ name: 'From', value: 'Ann <ann@x.example>' }], parts: [{ mimeType: 'application/pdf', filename: 'a.pdf', body: { attachmentId: 'A1' } }] },
    };
    expect(extractFromMessage(attachmentsOnly, { ownDomains: [] })).toEqual({ status: 'skipped', messageId: '', reason: 'no-body' });
  });
});

describe('format=flowed text (RFC 3676)', () => {
  it('joins soft-broken lines, removes space-stuffing, and keeps the signature separator fixed', () => {
    const sent = 'Thanks for the draft, I will send it to the \nlawyers today.\n\n-- \n Maria Rossi \nHead of Legal\n';
    expect(unflowText(sent, false)).toBe('Thanks for the draft, I will send it to the lawyers today.\n\n-- \nMaria Rossi Head of Legal\n');
    // DelSp=yes: the space before the break was only there to mark it.
    expect(unflowText('Zusammen\u00adge \nschrieben\n', true)).toBe('Zusammen\u00adgeschrieben\n');
  });

  it('never joins a quoted line to the reply under it (§4.5), and keeps quote depth', () => {
    expect(unflowText('> Hi \nHello', false)).toBe('> Hi \nHello');
    expect(unflowText('>> deep \n>> quote\n> shallow', false)).toBe('>> deep quote\n> shallow');
  });

  it('is applied to a text/plain part sent with format=flowed', () => {
    const flowed = part('text/plain', 'See you \nat nine.\n', []);
    flowed.headers = [{ name: 'Content-Type', value: 'text/plain; charset=utf-8; format=flowed' }];
    expect(readMessageBody(message('Sam <sam@acme.com>', [flowed]))).toEqual({ kind: 'text', content: 'See you at nine.\n' });
  });
});

describe('which mail Contact Inbox skips', () => {
  const base = { ownDomains: ['acme.com'], headers: [] as { name: string; value: string }[] };
  it('skips the user\'s own domain and its subdomains', () => {
    expect(skipReason({ ...base, senderEmail: 'colleague@acme.com' })).toBe('own-domain');
    expect(skipReason({ ...base, senderEmail: 'ops@eu.acme.com' })).toBe('own-domain');
    expect(skipReason({ ...base, senderEmail: 'someone@notacme.com' })).toBeNull();
  });
  it('skips no-reply senders, mailing lists, bulk mail and auto-submitted mail', () => {
    expect(skipReason({ ...base, senderEmail: 'no-reply@shop.example' })).toBe('no-reply');
    expect(skipReason({ ...base, senderEmail: 'noreply+123@shop.example' })).toBe('no-reply');
    expect(skipReason({ ...base, senderEmail: 'dev@x.example', headers: [{ name: 'List-Id', value: '<dev.lists.example>' }] })).toBe('mailing-list');
    expect(skipReason({ ...base, senderEmail: 'ann@x.example', headers: [{ name: 'Precedence', value: 'bulk' }] })).toBe('bulk');
    expect(skipReason({ ...base, senderEmail: 'ann@x.example', headers: [{ name: 'Precedence', value: 'list' }] })).toBe('bulk');
    expect(skipReason({ ...base, senderEmail: 'ann@x.example', headers: [{ name: 'Auto-Submitted', value: 'auto-replied' }] })).toBe('auto-submitted');
    expect(skipReason({ ...base, senderEmail: 'ann@x.example', headers: [{ name: 'Auto-Submitted', value: 'no' }] })).toBeNull();
  });
});

describe('npm run extract', () => {
  const cli = path.resolve(__dirname, '../../src/cli/extract.ts');
  const tsx = path.resolve(__dirname, '../../node_modules/.bin/tsx');
  // tsx leaves its IPC folder (tsx-<uid>) in the temp folder: give it one that this file removes.
  const tsxTemp = makeTempDir('tsx-');
  const env = { ...process.env, TMPDIR: tsxTemp, TMP: tsxTemp, TEMP: tsxTemp };

  it('prints the signature line numbers and the contact for a plain-text body with --from', () => {
    const body = path.join(makeTempDir('extract-'), 'body.txt');
    fs.writeFileSync(body, quagga('shackleton-s_all_documents_10405.txt').text);
    const out = execFileSync(tsx, [cli, '--from', 'Sara Shackleton <sara.shackleton@enron.com>', body], { encoding: 'utf8', env });
    const result = JSON.parse(out);
    expect(result).toMatchObject({ status: 'extracted', from: { displayName: 'Sara Shackleton', email: 'sara.shackleton@enron.com' } });
    expect(result.signature.lines).toEqual([3, 9]);
    expect(result.contact.fullName).toEqual({ value: 'Sara Shackleton', confidence: 0.95 });
    expect(result.contact.phones[1].value).toMatchObject({ type: 'fax', e164: '+17136463490' });
  });

  it('reads a format=flowed Thunderbird reply under its quote as the newest part', () => {
    // "> Hi " is soft-wrapped; postal-mime alone would join it to the reply "Hello".
    const out = execFileSync(tsx, [cli, path.join(DATA_DIR, 'talon/tests/fixtures/standard_replies/thunderbird.eml')], { encoding: 'utf8', env });
    const result = JSON.parse(out);
    expect(result).toMatchObject({ status: 'extracted', body: { kind: 'text/plain', newestPartLines: [3, 3] } });
  });

  it('parses a raw .eml and reports the newest part of a Gmail reply', () => {
    const out = execFileSync(tsx, [cli, path.join(DATA_DIR, 'talon/tests/fixtures/standard_replies/gmail.eml')], { encoding: 'utf8', env });
    const result = JSON.parse(out);
    expect(result).toMatchObject({ status: 'extracted', body: { kind: 'text/plain', newestPartLines: [1, 1] }, signature: null, contact: null });
  });
});
