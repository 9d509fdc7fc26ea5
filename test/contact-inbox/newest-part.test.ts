import * as fs from 'node:fs';
import * as path from 'node:path';
import PostalMime from 'postal-mime';
import { htmlToLines } from '../../src/core/contact-extraction/html-text';
import { newestPart, textToLines } from '../../src/core/contact-extraction/newest-part';
import { DATA_DIR, sample } from './samples';

const newestText = (text: string) => newestPart(textToLines(text)).map((l) => l.text).join('\n').trim();
const newestHtml = (html: string) => newestPart(htmlToLines(html)).map((l) => l.text).filter(Boolean);

describe('newest part of a message', () => {
  const replies = path.join(DATA_DIR, 'talon/tests/fixtures/standard_replies');
  // thunderbird.eml is format=flowed with "> Hi " soft-wrapped into "Hello": postal-mime joins the two lines, so
  // it is checked through mime.ts's own RFC 3676 decoding instead (mime-and-skip.test.ts, "npm run extract").
  const clients = fs.readdirSync(replies).filter((f) => f.endsWith('.eml') && f !== 'thunderbird.eml');

  it.each(clients)('keeps only the reply written in %s', async (file) => {
    const email = await PostalMime.parse(fs.readFileSync(path.join(replies, file), 'utf8'));
    const expectedFile = path.join(replies, file.replace(/\.eml$/, '_reply_text'));
    const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8').trim() : 'Hello';
    const got = email.text !== undefined && email.text.trim() !== '' ? newestText(email.text) : newestHtml(email.html ?? '').join('\n');
    expect(got.replace(/[ \t]+$/gm, '')).toBe(expected.replace(/[ \t]+$/gm, ''));
  });

  const htmlReplies = fs.readdirSync(path.join(DATA_DIR, 'talon/tests/fixtures/html_replies'));
  it.each(htmlReplies)('drops the quoted message from the HTML of %s', (file) => {
    const html = sample(`talon/tests/fixtures/html_replies/${file}`);
    expect(newestHtml(html)).toEqual(['Hi. I am fine.', 'Thanks,', 'Alex']);
  });

  it.each([
    ['en', 'On Mon, Nov 16, 2026 at 9:12 AM Sam Park <sam@acme.com> wrote:'],
    ['en, wrapped', 'On Mon, Nov 16, 2026 at 9:12 AM Sam Park <\nsam@acme.com> wrote:'],
    ['de', 'Am Mo., 16. Nov. 2026 um 09:12 Uhr schrieb Sam Park <sam@acme.com>:'],
    ['fr', 'Le lun. 16 nov. 2026 à 09:12, Sam Park <sam@acme.com> a écrit :'],
    ['es', 'El lun, 16 nov 2026 a las 9:12, Sam Park (<sam@acme.com>) escribió:'],
    ['nl', 'Op ma 16 nov. 2026 om 09:12 schreef Sam Park <sam@acme.com>:'],
    ['it', 'Il giorno lun 16 nov 2026 alle ore 09:12 Sam Park <sam@acme.com> ha scritto:'],
    ['pt', 'Em seg., 16 de nov. de 2026 às 09:12, Sam Park <sam@acme.com> escreveu:'],
    ['ja', '2026年11月16日(月) 9:12 Sam Park <sam@acme.com>:'],
    ['Outlook', '-----Original Message-----\nFrom: Sam Park\nSent: Monday, November 16, 2026 9:12 AM'],
    ['Outlook header block', '________________________________\nFrom: Sam Park <sam@acme.com>\nSent: Monday, November 16, 2026 9:12 AM\nTo: Maria'],
    ['Outlook, German', 'Von: Sam Park <sam@acme.com>\nGesendet: Montag, 16. November 2026 09:12\nAn: Maria'],
    ['Gmail forward', '---------- Forwarded message ---------\nFrom: Sam Park <sam@acme.com>'],
    ['Apple forward', 'Begin forwarded message:\n\nFrom: Sam Park <sam@acme.com>'],
    ['Lotus Notes', '\tSam Park@ACME\n\t11/16/2026 09:12 AM'],
  ])('cuts at the %s attribution', (_lang, attribution) => {
    const text = `Thanks, that works for me.\n\nMaria\n\n${attribution}\n\n> Can we meet on Tuesday?\n> Sam Park\n> Tel: +1 212 555 0199\n`;
    expect(newestText(text)).toBe('Thanks, that works for me.\n\nMaria');
  });

  it('keeps the reply of a bottom-posted message, under the quote', () => {
    const text = 'On Mon, Nov 16, 2026 at 9:12 AM Sam Park <sam@acme.com> wrote:\n> Can we meet?\n\nYes, Tuesday works.\n\nMaria';
    expect(newestText(text)).toBe('Yes, Tuesday works.\n\nMaria');
  });

  it('drops Apple Mail blockquote type=cite and Outlook divRplyFwdMsg', () => {
    const apple = '<div>Sounds good.</div><div><br><blockquote type="cite"><div>On Nov 16, 2026, Sam wrote:</div><div>Meet Tuesday?</div></blockquote></div>';
    expect(newestHtml(apple)).toEqual(['Sounds good.']);
    const outlook = '<div>Sounds good.</div><hr style="display:inline-block"><div id="divRplyFwdMsg"><b>From:</b> Sam</div><div>Meet Tuesday?</div>';
    expect(newestHtml(outlook)).toEqual(['Sounds good.']);
  });

  it('marks lines inside Gmail\'s signature container', () => {
    const lines = htmlToLines('<div>Hi</div><div class="gmail_signature"><div>Maria Lopez</div><div>Northwind</div></div>');
    expect(lines.map((l) => l.origin)).toEqual(['html', 'html-signature', 'html-signature']);
  });
});
