/**
 * Issue 15's error classes, one promise each, on invented mail shaped like the real misses: bulk and automated
 * content is no signature, list footers are no signature, a quoted signature is not the sender's, short blocks
 * under a sign-off are found, blocks before disclaimers and attachment lists are kept whole, and a department
 * mailbox is not a person.
 */
import { extractFromText, type Extraction } from '../../src/core/contact-extraction';
import { parseFrom } from '../../src/core/contact-extraction/sender';
import { bulkHeader, gateMessage, ROLE_LOCAL } from '../../src/core/contact-extraction/gate';
import { evidenceOf } from '../../src/core/contact-extraction/evidence';
import { GENERATED_KINDS, generateCorpus, generateMessage } from '../../src/cli/mail-generator';

const linesOf = (x: Extraction, idx: number[]) => idx.map((i) => x.lines[i].text.trim()).filter(Boolean);

describe('class 1: bulk and automated content is not a signature', () => {
  it('offers no card for a machine report of KEY = value lines, and claims no signature lines', () => {
    const body = [
      'Deal capture report', '', 'DEAL_ID = 448120', 'SELLER_NAME = Dana Whitfield', 'SELLER_PHONE = 713-555-0142',
      'SELLER_COMPANY = Northwind Gas Ltd', 'STATUS = CONFIRMED', 'VOLUME = 25,000 MMBtu',
    ].join('\n');
    const x = extractFromText(body, parseFrom('Deal Reports <reports@northwind-gas.example>'));
    expect(x.gate.personal).toBe(false);
    expect(x.signatureLines).toEqual([]);
    expect(x.contact).toBeNull();
  });

  it('offers no card for a newsletter whose footer lists the company, an address and a phone', () => {
    const body = [
      'View this email in your browser', '', 'WORD OF THE DAY: Serendipity', 'Our spring catalogue is out now.', '',
      'Atelier Moreau SARL', '8 rue de la Paix, 75002 Paris', 'Tel +33 1 42 60 11 22', '',
      'You are receiving this because you signed up at atelier-moreau.example.', 'Unsubscribe | Update your preferences',
    ].join('\n');
    const x = extractFromText(body, parseFrom('Atelier Moreau News <news@atelier-moreau.example>'));
    expect(x.contact).toBeNull();
  });

  it('refuses outright mail carrying a bulk-mail service header (one-click unsubscribe, Feedback-ID)', () => {
    expect(bulkHeader([{ name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' }])).toBe('List-Unsubscribe-Post');
    expect(bulkHeader([{ name: 'Feedback-ID', value: 'a:b:c:d' }])).toBe('Feedback-ID');
    expect(bulkHeader([{ name: 'Subject', value: 'lunch?' }])).toBeNull();
    expect(gateMessage([1], [{ name: 'X-Mailchimp-Campaign', value: '1' }])).toEqual({ personal: false, score: 0, reason: 'bulk-headers' });
  });

  it('knows role mailboxes from people', () => {
    for (const local of ['info', 'support', 'noreply', 'no-reply', 'sales+eu', 'announcements']) expect(ROLE_LOCAL.test(local)).toBe(true);
    for (const local of ['dana.whitfield', 'jsmith', 'infante.maria', 'salesforce.admin.jane']) expect(ROLE_LOCAL.test(local)).toBe(false);
  });
});

describe('class 2: list and tracker footers after "-- " are not the sender\'s signature', () => {
  it('cuts a Google Groups footer and keeps the sender\'s own signature above it', () => {
    const body = [
      'Hi all,', '', 'The release candidate builds on arm64 now.', '', 'Thanks,', 'Priya', '', '--', 'Priya Raman',
      'Release Manager | Kestrel Analytics Inc.', 'M: +1 415 555 0199', '', '-- ',
      'You received this message because you are subscribed to the Google Groups "dev" group.',
      'To unsubscribe from this group and stop receiving emails from it, send an email to dev+unsubscribe@kestrel.example.',
    ].join('\n');
    const x = extractFromText(body, parseFrom('Priya Raman <priya.raman@kestrel.example>'));
    const sig = linesOf(x, x.signatureLines);
    expect(sig).toContain('Release Manager | Kestrel Analytics Inc.');
    expect(sig.join(' ')).not.toMatch(/unsubscribe|Google Groups/);
  });

  it('takes nothing from a tracker notification footer', () => {
    const body = ['Dana commented:', '', 'Fixed in the last build.', '', '—', 'Reply to this email directly, view it on the tracker, or unsubscribe.'].join('\n');
    const x = extractFromText(body, parseFrom('Dana Price (via Tracker) <notifications@tracker.example>'));
    expect(x.contact).toBeNull();
  });
});

describe('class 3: quote headers of other clients end the newest part', () => {
  const reply = (header: string[], quotePrefix = '') => [
    'Agreed, let us go ahead.', '', 'Best regards,', 'Tom Becker', 'Head of Procurement', 'Bluefin Logistics Ltd', '',
    ...header, '', ...['Please confirm the volumes.', '', 'Carolyn Campbell', 'Senior Counsel', 'Firm & Partners LLP', '(713) 555-0100'].map((l) => quotePrefix + l),
  ].join('\n');
  const headers: [string, string[], string][] = [
    ['GroupWise', ['>>> "Campbell, Carolyn" <ccampbell@firm.example> 01/02/01 11:12AM >>>'], ''],
    ['Lotus Notes', ['"Carolyn Campbell" <ccampbell@firm.example> wrote on 01/02/2001 11:12:'], ''],
    ['Outlook (en)', ['-----Original Message-----', 'From: Carolyn Campbell [mailto:ccampbell@firm.example]', 'Sent: Tuesday, January 02, 2001 11:12 AM', 'To: Tom Becker'], ''],
    ['Outlook (de)', ['Von: Carolyn Campbell <ccampbell@firm.example>', 'Gesendet: Dienstag, 2. Januar 2001 11:12', 'An: Tom Becker'], ''],
    ['Outlook (fr)', ['De : Carolyn Campbell <ccampbell@firm.example>', 'Envoyé : mardi 2 janvier 2001 11:12', 'À : Tom Becker'], ''],
    ['Gmail (en)', ['On Tue, Jan 2, 2001 at 11:12 AM Carolyn Campbell <ccampbell@firm.example> wrote:'], '> '],
    ['Gmail (es)', ['El mar, 2 ene 2001 a las 11:12, Carolyn Campbell (<ccampbell@firm.example>) escribió:'], '> '],
    ['Apple Mail', ['On 2 Jan 2001, at 11:12, Carolyn Campbell <ccampbell@firm.example> wrote:'], '> '],
    ['Thunderbird', ['On 02.01.01 11:12, Carolyn Campbell wrote:'], '> '],
  ];
  it.each(headers)('does not attribute the quoted signature under a %s header to the sender', (_client, header, prefix) => {
    const x = extractFromText(reply(header, prefix), parseFrom('Tom Becker <tom.becker@bluefin.example>'));
    const all = [...x.signatureLines, ...x.closingLines].map((i) => x.lines[i].text).join('\n');
    expect(all).not.toMatch(/Campbell|Firm & Partners|555-0100/);
    expect(x.contact?.company?.value).toBe('Bluefin Logistics Ltd');
  });
});

describe('class 4: short blocks under a sign-off', () => {
  it('finds "Name / Title / Company" under a sign-off: name from the closing, title and company from the block', () => {
    const body = 'We will file the comments on Monday.\n\nSincerely,\nBill Paxon\nNational Chairman\nAmericans for Affordable Electricity\n';
    const x = extractFromText(body, parseFrom('Bill Paxon <bpaxon@electricity.example>'));
    expect(linesOf(x, x.signatureLines)).toEqual(['National Chairman', 'Americans for Affordable Electricity']);
    expect(x.parsed?.fullName?.value).toBe('Bill Paxon');
    expect(x.parsed?.jobTitle?.value).toBe('National Chairman');
  });

  it('keeps an internal extension under the name ("Shirley Crenshaw / 3-5290")', () => {
    const x = extractFromText('Please send me the list.\n\nThanks,\nShirley Crenshaw\n3-5290\n', parseFrom('Shirley Crenshaw <shirley.crenshaw@corp.example>'));
    expect(linesOf(x, x.signatureLines)).toEqual(['3-5290']);
  });

  it('keeps a phone line under the name ("Ann Thomas / (713) 871-8345")', () => {
    const x = extractFromText('The meeting moved to 3pm.\n\nRegards,\nAnn Thomas\n(713) 871-8345\n', parseFrom('Ann Thomas <ann.thomas@corp.example>'));
    expect(linesOf(x, x.signatureLines)).toEqual(['(713) 871-8345']);
    expect(x.contact?.phones.map((p) => p.value.value.replace(/\D/g, ''))).toEqual(['7138718345']);
  });

  it('finds a one-line "Name | Title | Company" form under a sign-off', () => {
    const x = extractFromText('See you Tuesday.\n\nThanks,\nLena Vogel | Legal Counsel | Halvorsen & Dahl AS\n+47 22 33 52 97\n', parseFrom('Lena Vogel <lena.vogel@halvorsen-dahl.no>'));
    expect(linesOf(x, x.signatureLines)).toEqual(['Lena Vogel | Legal Counsel | Halvorsen & Dahl AS', '+47 22 33 52 97']);
    expect(x.contact?.company?.value).toBe('Halvorsen & Dahl AS');
  });

  it('does not take the next paragraph of the letter for a short block', () => {
    const x = extractFromText('Thanks,\nJohn\nP.S. the figures are attached, see page 3 for the totals and let me know.\n', parseFrom('John Miller <john@acme.example>'));
    expect(x.contact).toBeNull();
  });
});

describe('class 5: blocks above a disclaimer, "Enclosure:" or an attachment list', () => {
  it.each(['Enclosure: Draft agreement v3.pdf', 'Attachments: quote-114.pdf (212 KB)'])('keeps the block and leaves out "%s"', (tail) => {
    const body = `Here is the draft.\n\nBest,\n\n--\nElodie Chevalier\nResponsable achats\nAtelier Moreau SARL\nTel +33 1 42 60 11 22\n\n${tail}\n`;
    const x = extractFromText(body, parseFrom('Elodie Chevalier <elodie.chevalier@atelier-moreau.example>'));
    const sig = linesOf(x, x.signatureLines);
    expect(sig).toContain('Atelier Moreau SARL');
    expect(sig).not.toContain(tail);
  });
});

describe('class 7 and minimum evidence', () => {
  it('does not take a department mailbox\'s display name for a person', () => {
    const c = { phones: [], socialLinks: [], company: { value: 'Enron Global Technology', confidence: 0.9 } };
    expect(evidenceOf(c, parseFrom('Enron Announcements <announcements@enron.example>'))).toMatchObject({ enough: false, missing: ['name'] });
    expect(evidenceOf(c, parseFrom('Kim Ward <kim.ward@enron.example>'))).toMatchObject({ enough: true, confidence: 0.7 });
  });

  it('asks for a company or a phone beside the name, and says which is missing', () => {
    const named = { phones: [], socialLinks: [], fullName: { value: 'Kim Ward', confidence: 0.95 }, address: { value: '1400 Smith Street', confidence: 0.8 } };
    expect(evidenceOf(named, parseFrom('Kim Ward <kim@x.example>'))).toMatchObject({ enough: false, missing: ['company or phone'] });
    expect(evidenceOf(named, parseFrom('Kim Ward <kim@x.example>'), 'name-and-company')).toMatchObject({ enough: false, missing: ['company'] });
    expect(evidenceOf(named, parseFrom('Kim Ward <kim@x.example>'), 'any-detail')).toMatchObject({ enough: true });
  });
});

describe('the mail generator', () => {
  it('is deterministic by seed and labels what it writes', () => {
    expect(generateMessage('s', 'one-line', 3)).toEqual(generateMessage('s', 'one-line', 3));
    expect(generateMessage('s', 'one-line', 3).body).not.toEqual(generateMessage('t', 'one-line', 3).body);
    const corpus = generateCorpus('s', 2);
    expect(corpus).toHaveLength(GENERATED_KINDS.length * 2);
    for (const m of corpus) {
      expect(m.labels).toHaveLength(m.body.split('\n').length);
      const bulk = ['newsletter', 'notification', 'list-digest', 'list-footer', 'machine-report', 'phone-list', 'mobile-sign-off', 'sign-off-only', 'meeting-invite'];
      expect(m.hasSignature).toBe(!bulk.includes(m.kind));
      // A department's or a carrier's sign block is a signature that names no person.
      expect(m.personalSignature === false).toBe(['department-announcement', 'shipping-notice'].includes(m.kind));
    }
  });
});

describe('class 6: blocks kept whole', () => {
  it('keeps a three-line address (street, postcode and city, country), not only its first line', () => {
    const body = 'The contract is signed.\n\nBest regards,\nLena Vogel\nLegal Counsel | Halvorsen & Dahl AS\nMobile: +47 922 33 444\nKarl Johans gate 12\n0154 Oslo\nNorway\n';
    const x = extractFromText(body, parseFrom('Lena Vogel <lena.vogel@halvorsen-dahl.example>'));
    expect(x.contact?.address?.value).toBe('Karl Johans gate 12, 0154 Oslo, Norway');
  });
});
