import {
  extractFromHtml, extractFromMessage, extractFromText, parseFrom, MAX_BODY_CHARS,
} from '../../src/core/contact-extraction';
import { message, part, quagga, sample } from './samples';

const textOf = (x: ReturnType<typeof extractFromText>, i: number) => x.lines[i].text;

describe('signature extraction on real mail', () => {
  it('finds an Enron signature block and parses every field from it', () => {
    const m = quagga('shackleton-s_all_documents_10405.txt');
    const x = extractFromText(m.text, parseFrom(m.from));
    expect(x.signatureLines.map((i) => textOf(x, i).trim()).filter(Boolean)).toEqual([
      'Sara Shackleton', 'Enron North America Corp.', '1400 Smith Street, EB 3801a', 'Houston, Texas  77002',
      '713-853-5620 (phone)', '713-646-3490 (fax)', 'sara.shackleton@enron.com',
    ]);
    const c = x.contact!;
    expect(c.fullName).toMatchObject({ value: 'Sara Shackleton' });
    expect(c.fullName!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(c.company?.value).toBe('Enron North America Corp.');
    expect(c.company!.confidence).toBeGreaterThanOrEqual(0.9); // matches enron.com
    expect(c.email?.value).toBe('sara.shackleton@enron.com');
    expect(c.phones.map((p) => [p.value.type, p.value.e164])).toEqual([['work', '+17138535620'], ['fax', '+17136463490']]);
    expect(c.address?.value).toBe('1400 Smith Street, EB 3801a, Houston, Texas 77002');
  });

  it('ignores a signature that belongs to the quoted message below the reply', () => {
    // The newest part is "Good memo - let me know…"; Shona Wilson's sign-off is in the forwarded memo.
    const m = quagga('beck-s__sent_mail_19.txt');
    const x = extractFromText(m.text, parseFrom(m.from));
    expect(x.signatureLines.every((i) => i < 6)).toBe(true);
    expect(x.contact).toBeNull();
  });

  it('reads a signature whose phone numbers are labelled after the number ("Telephone", "Facsimile")', () => {
    const m = quagga('nemec-g_inbox_849.txt');
    const x = extractFromText(m.text, parseFrom(m.from));
    const phones = x.contact?.phones.map((p) => [p.value.type, p.value.e164]);
    expect(phones).toEqual(expect.arrayContaining([['work', '+12814235360'], ['fax', '+12818851584']]));
  });

  it('suggests nothing for a message whose only closing is a sign-off ("Thanks,\\nBen")', () => {
    const body = sample('forge/dataset/P/125_body').replace(/^#sig#/gm, '');
    const x = extractFromText(body, parseFrom(sample('forge/dataset/P/125_sender')));
    expect(x.closingLines.map((i) => textOf(x, i))).toEqual(['Thanks,', 'Ben']);
    expect(x.contact).toBeNull();
  });

  it('names the contact from the From header when the sign-off gives only the first name ("Love,\\nJulie")', () => {
    const body = 'Please take note of my new address.\n\nLove,\nJulie\n\n7008 Aronow Drive\nFalls Church, VA  22042\n\njuliecgibson@yahoo.com\n';
    const x = extractFromText(body, parseFrom('Julie Gibson <julieg@qualcomm.com>'));
    expect(x.parsed?.fullName).toMatchObject({ value: 'Julie Gibson' });
    // Another sender's first name is not taken for the sender's.
    const other = extractFromText(body.replace('Julie\n', 'Anne\n'), parseFrom('Julie Gibson <julieg@qualcomm.com>'));
    expect(other.parsed?.fullName).toBeUndefined();
  });

  it('suggests nothing for "Thanks, John" on one line', () => {
    const x = extractFromText('Can you send the figures by Friday?\n\nThanks, John\n', parseFrom('John Miller <john@acme.com>'));
    expect(x.contact).toBeNull();
    expect(x.closingLines).toEqual([2]);
  });

  it('suggests nothing for a message without any signature', () => {
    const x = extractFromText(sample('forge/dataset/N/100_body'), parseFrom(sample('forge/dataset/N/100_sender')));
    expect(x.signatureLines).toEqual([]);
    expect(x.contact).toBeNull();
  });

  it('keeps a disclaimer out of the contact fields', () => {
    const m = quagga('shackleton-s_inbox_343.txt');
    const x = extractFromText(m.text, parseFrom(m.from));
    const c = x.contact!;
    expect(c.fullName?.value).toBe('Keith E. Graham');
    expect(c.jobTitle?.value).toBe('Senior Counsel');
    expect(c.company?.value).toBe('United States Filter Corporation');
    expect(c.company!.confidence).toBeGreaterThanOrEqual(0.9); // usfilter.com
    for (const v of [c.fullName, c.jobTitle, c.company, c.address]) expect(v?.value ?? '').not.toMatch(/confidential|intended/i);
  });

  it('does not take an order number or a date for a phone number', () => {
    const body = [
      'Hi Anna,', '', 'your order #4711-2023-88 shipped on 12/03/2024 and should arrive by 15.03.2024.', '',
      'Best regards,', 'Paul Weber', 'Customer Care', 'Acme Logistics GmbH', 'Order No. 500123456', 'Tel: +49 30 1234567',
    ].join('\n');
    const x = extractFromText(body, parseFrom('Paul Weber <paul.weber@acme-logistics.de>'));
    expect(x.contact?.phones.map((p) => p.value.e164)).toEqual(['+49301234567']);
  });

  it('reads a signature in a non-Latin script (Japanese) with labelled phones', () => {
    const body = [
      '田中様', '', 'お世話になっております。', '資料を添付いたしますので、ご確認ください。', '', 'よろしくお願いいたします。', '',
      '山田 太郎', '株式会社サンプル 営業部 部長', '〒100-0005 東京都千代田区丸の内1-1-1', 'TEL: 03-1234-5678', '携帯: 090-1234-5678',
      'Email: yamada@sample.co.jp',
    ].join('\n');
    const x = extractFromText(body, parseFrom('山田 太郎 <yamada@sample.co.jp>'));
    const c = x.contact!;
    expect(c.fullName?.value).toBe('山田 太郎');
    expect(c.phones.map((p) => [p.value.type, p.value.e164])).toEqual([['work', '+81312345678'], ['mobile', '+819012345678']]);
    expect(c.email?.value).toBe('yamada@sample.co.jp');
  });

  it('suggests nothing for a Cyrillic message that ends with a sign-off and a name only', () => {
    const raw = sample('talon/tests/fixtures/signature/emails/P/unicode_msg');
    const body = raw.slice(raw.indexOf('\n') + 1);
    const x = extractFromText(body, parseFrom('Сергей Обухов <sergey@example.ru>'));
    expect(x.closingLines.map((i) => textOf(x, i))).toEqual(['С уважением,', 'Сергей Обухов']);
    expect(x.contact).toBeNull();
  });

  it('reads HTML-only mail: the signature inside gmail_signature, the quote in gmail_quote dropped', () => {
    const html =
      '<div dir="ltr">Hi Sam,<div><br></div><div>The contract is attached.</div><div><br></div>' +
      '<div>Best,</div><div>Maria</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature">' +
      '<div dir="ltr"><b>Maria Lopez</b><div>Head of Partnerships | Northwind Traders Inc.</div>' +
      '<div>M: +1 415 555 0134 &nbsp;·&nbsp; <a href="https://www.northwind.example">www.northwind.example</a></div>' +
      '<div><a href="https://www.linkedin.com/in/marialopez">LinkedIn</a> https://www.linkedin.com/in/marialopez</div></div></div></div>' +
      '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 16, 2026 at 9:12 AM Sam Park &lt;sam@acme.com&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote">Could you send the contract?<br>Sam Park<br>CTO, Acme Corp<br>Tel: +1 212 555 0199</blockquote></div>';
    const result = extractFromMessage(message('Maria Lopez <maria@northwind.example>', [part('text/html', html)]), { ownDomains: ['acme.com'] });
    expect(result.status).toBe('extracted');
    if (result.status !== 'extracted') return;
    const c = result.extraction.contact!;
    expect(c.fullName?.value).toBe('Maria Lopez');
    expect(c.jobTitle?.value).toBe('Head of Partnerships');
    expect(c.company?.value).toBe('Northwind Traders Inc.');
    expect(c.phones.map((p) => [p.value.type, p.value.e164])).toEqual([['mobile', '+14155550134']]);
    expect(c.website?.value).toContain('northwind.example');
    expect(c.socialLinks.map((s) => s.value.network)).toEqual(['linkedin']);
    expect(result.extraction.lines.some((l) => /Sam Park|212 555/.test(l.text))).toBe(false);
  });

  it('takes everything under the sig-dash line "-- " as the signature, but not a list footer', () => {
    const body = 'Sounds good, see you Tuesday.\n\n-- \nCharlie Hull\nFlax - Open Source Enterprise Search\n\ntel/fax: +44 (0)8700 118334\nweb: www.flax.co.uk\n';
    const x = extractFromText(body, parseFrom('charlie@flax.co.uk'));
    expect(x.signatureLines).toEqual([2, 3, 4, 5, 6, 7]);
    expect(x.contact?.fullName?.value).toBe('Charlie Hull');
    const footer = 'How do I shard this?\n\n--\nView this message in context: http://lucene.example/x\nSent from the Solr - User mailing list archive at Nabble.com.\n';
    expect(extractFromText(footer, parseFrom('someone@example.org')).contact).toBeNull();
  });

  it('handles a huge message without reading past the size cap', () => {
    const filler = 'This paragraph repeats to make the message very large, like a long thread pasted inline.\n';
    const body = `Hello,\n\nSee below.\n\nBest regards,\nLena Berg\nSenior Analyst\nFjord Capital AB\nTel: +46 8 123 456 78\n\n${filler.repeat(40_000)}`;
    expect(body.length).toBeGreaterThan(MAX_BODY_CHARS * 10);
    const x = extractFromText(body, parseFrom('Lena Berg <lena.berg@fjordcapital.se>'));
    expect(x.lines.reduce((n, l) => n + l.text.length + 1, 0)).toBeLessThanOrEqual(MAX_BODY_CHARS + 1);
  });

  it('reads pathological bodies in linear time: unterminated quotes in 20,000 tags, one 199,000-character line', () => {
    // Counted in work, not time: the tokenizer yields one tag per '<' and the classifier examines 400 characters a line.
    const quotes = extractFromHtml('<div>Hi</div>' + '<a href="x '.repeat(20_000), parseFrom('a@b.example'));
    expect(quotes.lines.map((l) => l.text)).toEqual(['Hi']);
    const long = extractFromText('x'.repeat(199_000) + '\n\nBest,\nAnn Lee\nTel: +1 212 555 0100', parseFrom('Ann Lee <ann@lee.example>'));
    expect(long.contact?.phones.map((p) => p.value.e164)).toEqual(['+12125550100']);
  });

  it('survives malformed HTML: unclosed tags, stray closers, unterminated comments', () => {
    const html = '<div><p>Hi<p>See you</div></span></b><table><tr><td>Jan Novak<td>Sales Manager<tr><td>Tel: +420 222 333 444<!-- broken';
    const x = extractFromHtml(html, parseFrom('Jan Novak <jan@firma.cz>'));
    expect(x.lines.map((l) => l.text)).toEqual(['Hi', 'See you', 'Jan Novak Sales Manager', 'Tel: +420 222 333 444']);
  });
});
