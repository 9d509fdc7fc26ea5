/**
 * Issue 15, fourth round: an HTML signature under a horizontal rule, as Gmail's and Outlook's text/plain parts give
 * it (often one paragraph per line, so blank lines between), and a company whose legal form sits in parentheses.
 * Invented mail shaped like the class (talon's "sparse" and email-signature-detector's Outlook fixtures showed it);
 * nothing here comes from the data sets. Each test fails without its change in classifier.ts / fields.ts.
 */
import { extractFromText } from '../../src/core/contact-extraction';
import { parseFrom } from '../../src/core/contact-extraction/sender';
import { evidenceOf } from '../../src/core/contact-extraction/evidence';

const signatureText = (body: string, from: string) => {
  const x = extractFromText(body, parseFrom(from));
  return { x, lines: x.detectedLines.map((i) => x.lines[i].text.trim()).filter((t) => t !== '') };
};

const intro = [
  'Hi Priya,', '',
  'The revised rollout plan is in the shared folder. Could you check the second phase dates against your',
  'team\'s holiday calendar before Thursday? We need to lock them before the steering meeting.', '',
];

describe('a signature under a rule line, one paragraph per line', () => {
  const from = 'Tomas Lindqvist <tomas.lindqvist@norrsken.example>';
  const block = ['Tomas Lindqvist', 'Head of Delivery', 'Norrsken Data (Vasa Holding AB).', 'Tel: +46 8 555 013 42', 'skype: tomas.lindqvist'];

  it.each([
    ['underscores', '________________________'],
    ['dashes', '------------------'],
  ])('takes every line under a rule of %s, double-spaced', (_name, rule) => {
    const body = [...intro, rule, '', block.join('\n\n'), ''].join('\n');
    const { x, lines } = signatureText(body, from);
    expect(lines).toEqual([rule, ...block]);
    expect(x.parsed?.fullName?.value).toBe('Tomas Lindqvist');
    expect(x.parsed?.jobTitle?.value).toBe('Head of Delivery');
    expect(x.parsed?.company?.value).toBe('Norrsken Data (Vasa Holding AB).'.replace(/\.$/, ''));
  });

  it('lets a logo\'s alt text stand above the name', () => {
    const body = [...intro, '________________', '', 'NORRSKEN_LOGO', '', block.join('\n\n'), ''].join('\n');
    expect(signatureText(body, from).lines).toContain('Tomas Lindqvist');
    expect(signatureText(body, from).lines[0]).toBe('________________');
  });

  it('takes no rule block when the lines under the rule do not name the sender (a table, a banner)', () => {
    const table = ['----------------------------------------', 'Region      Q1      Q2', 'North      112     130', 'South       98     104', 'Call the desk at 555-0100 with questions'];
    const body = [...intro, 'Thanks,', 'Tomas', '', ...table, ''].join('\n');
    const { lines } = signatureText(body, from);
    expect(lines).not.toContain('----------------------------------------');
    expect(lines).not.toContain('Region      Q1      Q2');
  });

  it('takes no rule block when the sender\'s name under the rule has no phone or address after it', () => {
    const body = [...intro, '________________', '', 'Tomas Lindqvist', '', 'Head of Delivery', ''].join('\n');
    const { lines } = signatureText(body, from);
    expect(lines).not.toContain('________________');
  });
});

describe('a mailbox label is no person\'s name (class 7)', () => {
  // A help-desk block: a confirmed phone and the mailbox's address, no name line.
  const block = { phones: [{ value: { value: '+1 713 555 0177', type: 'work' as const }, confidence: 0.9 }], socialLinks: [], email: { value: 'perfreview@enerco.example', confidence: 0.98 } };

  it.each([
    ['a lower-case one-word display name', 'perfreview <perfreview@enerco.example>'],
    ['a display name that repeats the local part', 'PerfReview <perfreview@enerco.example>'],
    ['a hyphenated mailbox name', 'hr-ops <hr-ops@enerco.example>'],
  ])('lacks a name when the sender is %s and the block names nobody', (_name, from) => {
    expect(evidenceOf(block, parseFrom(from)).missing).toContain('name');
  });

  it.each([
    ['one capitalised word that is not the local part', 'Hendrik <hk@enerco.example>'],
    ['two words', 'kim ward <kim.ward@enerco.example>'],
  ])('takes a display name of %s as the person\'s', (_name, from) => {
    expect(evidenceOf(block, parseFrom(from)).enough).toBe(true);
  });
});

describe('Zoho Mail\'s quote header', () => {
  it('cuts "---- On … wrote ----" so the quoted signature is not the sender\'s', () => {
    const body = [
      'Bob,', '', 'The numbers look fine to me.', '',
      '---- On Tue, 02 Jan 2001 11:12:00 +0000 Carolyn Campbell <ccampbell@firm.example> wrote ----', '',
      'Please send me comments by noon.', '', 'Carolyn Campbell', 'Senior Counsel', 'Halvorsen & Dahl LLP', '(212) 555-0199', '',
    ].join('\n');
    const x = extractFromText(body, parseFrom('Kim Ward <kim.ward@enerco.example>'));
    expect(x.contact).toBeNull();
    expect(x.signatureLines).toEqual([]);
  });
});

describe('modern layouts of one person\'s details', () => {
  const from = 'Ingrid Solheim <ingrid@fjordlaks.no>';
  const letter = ['Hi Tom,', '', 'Thanks for the quick turnaround on the contract. I have signed it and sent it back.', ''];
  const card = (lines: string[]) => extractFromText([...letter, ...lines, ''].join('\n'), parseFrom(from));

  it('reads a one-line signature a blank line under the sign-off, phone included', () => {
    const x = card(['Best,', 'Ingrid', '', 'Ingrid Solheim | Head of Sales | Fjordlaks AS | +47 22 33 52 97']);
    expect(x.contact?.fullName?.value).toBe('Ingrid Solheim');
    expect(x.contact?.jobTitle?.value).toBe('Head of Sales');
    expect(x.contact?.company?.value).toBe('Fjordlaks AS');
    expect(x.contact?.phones.map((p) => p.value.e164)).toEqual(['+4722335297']);
  });

  it('reads a comma-separated one-line signature that ends the message with no sign-off', () => {
    const x = card(['Ingrid Solheim, Head of Sales, Fjordlaks AS', 'Tel +47 22 33 52 97']);
    expect(x.contact?.jobTitle?.value).toBe('Head of Sales');
    expect(x.contact?.company?.value).toBe('Fjordlaks AS');
  });

  it('takes no one-line signature from a sentence that opens with the sender\'s name', () => {
    const x = card(['Ingrid Solheim, our head of sales, will call you on 22 33 52 97 tomorrow.']);
    expect(x.contact).toBeNull();
  });

  it('splits "Title • Company" and reads "Company:" without its label', () => {
    expect(card(['Kind regards', '', 'Ingrid Solheim', 'Head of Sales • Fjordlaks AS', 'M: +47 922 33 529 • T: +47 22 33 52 97']).contact?.company?.value).toBe('Fjordlaks AS');
    expect(card(['Regards', '', 'Ingrid Solheim', 'Title: Head of Sales', 'Company: Fjordlaks AS', 'Phone: +47 22 33 52 97']).contact?.company?.value).toBe('Fjordlaks AS');
  });

  it('keeps a compound street name ("Musterstraße 12") in the address', () => {
    const x = card(['Mit freundlichen Grüßen', '', 'Ingrid Solheim', 'Vertriebsleiterin', 'Fjordlaks GmbH', 'Musterstraße 12', '20095 Hamburg', 'Tel.: +49 40 1234567']);
    expect(x.contact?.address?.value).toBe('Musterstraße 12, 20095 Hamburg');
  });

  it('places a North American number written without +1 from a sender whose domain names another country', () => {
    const x = card(['Thanks,', '', 'Ingrid Solheim', 'Fjordlaks AS', '1400 Smith Street', 'Houston, TX 77002', '(713) 555-0142']);
    expect(x.contact?.phones.map((p) => p.value.e164)).toEqual(['+17135550142']);
  });

  it('finds the sender\'s name under a rule in a script without capitals', () => {
    const body = [...letter, '------------------', '', '伊藤 由美', '', '営業部長', '', 'Sakura Trading Co., Ltd.', '', 'Tel: +81 3 741 4053', ''].join('\n');
    const x = extractFromText(body, parseFrom('伊藤 由美 <yumi.ito@sakura-trading.co.jp>'));
    expect(x.contact?.fullName?.value).toBe('伊藤 由美');
  });
});

describe('bulk text in the newest part refuses the message, whoever signs it (classes 1 and 2)', () => {
  const signed = ['Jane Porter', 'Head of Product, Acme', '+1 415 555 0188', ''];
  it.each([
    ['an unsubscribe line', 'Unsubscribe from these emails'],
    ['"you are receiving this"', 'You are receiving this email because you signed up at acme.example.'],
    ['"this is an automated message"', 'This is an automated message from the Acme release team.'],
  ])('offers no card for a message signed by a person above %s', (_name, footer) => {
    const body = ['Hi there,', '', 'This month we shipped three features you asked for: exports, dark mode and SSO.', '', ...signed, footer, ''].join('\n');
    const x = extractFromText(body, parseFrom('Jane Porter <jane@acme.example>'));
    expect(x.gate).toMatchObject({ personal: false, reason: 'bulk-text' });
    expect(x.signatureLines.length).toBeGreaterThan(0); // the lines are the person's; only the card is refused
    expect(x.contact).toBeNull();
  });

  it('still offers the card when the same letter has no bulk line', () => {
    const body = ['Hi Tom,', '', 'We shipped the export you asked for; could you try it before Friday?', '', ...signed].join('\n');
    expect(extractFromText(body, parseFrom('Jane Porter <jane@acme.example>')).contact?.fullName?.value).toBe('Jane Porter');
  });
});

describe('a firm that carries the sender\'s family name is not the sender\'s name', () => {
  it('takes the full name under the sign-off and the firm as the company', () => {
    const body = ['Hallo Herr Becker,', '', 'anbei der Vertragsentwurf.', '', 'Viele Grüße', 'Hannah Schmidt', 'Rechtsanwältin', 'Kanzlei Schmidt & Partner mbB', 'Tel. +49 30 1234 5678', ''].join('\n');
    const x = extractFromText(body, parseFrom('Hannah Schmidt <hannah@kanzlei-schmidt.de>'));
    expect(x.contact?.fullName?.value).toBe('Hannah Schmidt');
    expect(x.contact?.jobTitle?.value).toBe('Rechtsanwältin');
    expect(x.contact?.company?.value).toBe('Kanzlei Schmidt & Partner mbB');
  });
});

describe('a block the scorer started at its links grows upward over the signature\'s lines (class 6)', () => {
  const post = (above: string[]) => [
    'Thanks Ola - that fixed the replication lag for us.', '', '-Maren', '', ...above,
    '<https://northwind.example/>     <https://www.twitter.com/northwind>', '<https://www.facebook.com/northwind>',
    '<https://www.linkedin.com/company/northwind>', '<https://www.instagram.com/northwind/>', '',
  ].join('\n');

  it('takes the name, title, company and address above the links, across a line of map coordinates', () => {
    const above = ['Maren Holt', 'Staff Data Engineer', '', 'NORTHWIND', '12 Harbour Road, Bristol BS1 5TY, UK', '51° 27\' 15" N 2° 35\' 8" W', ''];
    const { lines } = signatureText(post(above), '<mholt@northwind.example>');
    expect(lines.slice(0, 5)).toEqual(['Maren Holt', 'Staff Data Engineer', 'NORTHWIND', '12 Harbour Road, Bristol BS1 5TY, UK', '51° 27\' 15" N 2° 35\' 8" W']);
    expect(lines).not.toContain('-Maren');
  });

  it('does not grow over a report\'s fields or header lines above the links', () => {
    const above = ['Request ID          : 000000000007593', 'X-Version: mailer-sender-master,v 1.84', ''];
    const { lines } = signatureText(post(above), '<mholt@northwind.example>');
    expect(lines.join('\n')).not.toMatch(/Request ID|X-Version/);
  });
});
