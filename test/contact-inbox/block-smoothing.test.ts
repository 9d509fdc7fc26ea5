import { extractFromText, parseFrom } from '../../src/core/contact-extraction';
import { parseSignature } from '../../src/core/contact-extraction/fields';
import { phonesInLine } from '../../src/core/contact-extraction/phones';
import { profileOf } from '../../src/core/contact-extraction/sender';

const linesOf = (x: ReturnType<typeof extractFromText>, at: number[]) => at.map((i) => x.lines[i].text.trim()).filter(Boolean);

describe('signature block boundaries', () => {
  it('keeps "Thanks," and the name under it out of the signature block, as the closing', () => {
    const body = [
      'Please find the schedule for next week attached; let me know if the times work for your team.',
      '',
      'Thanks,',
      'Dana Whitfield',
      'Trading Support',
      '503-464-7486',
    ].join('\n');
    const x = extractFromText(body, parseFrom('Dana Whitfield <dana.whitfield@example-power.com>'));
    expect(linesOf(x, x.signatureLines)).toEqual(['Trading Support', '503-464-7486']);
    expect(linesOf(x, x.closingLines)).toEqual(['Thanks,', 'Dana Whitfield']);
    expect(x.contact?.fullName?.value).toBe('Dana Whitfield');
  });

  it('finds the signature above a long legal footer, and leaves the footer out', () => {
    const footer = [
      '--------------------------------------------------------------------------',
      '',
      'This message is intended only for the personal and confidential use of the designated recipient(s) named',
      'above. If you are not the intended recipient of this message you are hereby notified that any review,',
      'dissemination, distribution or copying of this message is strictly prohibited. This communication is for',
      'information purposes only and should not be regarded as an offer to sell or as a solicitation of an offer.',
    ];
    const body = [
      'Please advise whether you received the package and when I should expect the completed certificate.',
      '',
      'Thank you,',
      'Kimberly',
      '',
      'Kimberly A. Dautenhahn',
      'Transaction Management',
      'Northwind Brothers',
      '(646) 836-2011 (fax)',
      'kdautenh@northwind-brothers.com',
      '', '', '', '',
      ...footer,
    ].join('\n');
    const x = extractFromText(body, parseFrom('Kimberly Dautenhahn <kdautenh@northwind-brothers.com>'));
    expect(linesOf(x, x.signatureLines)).toEqual([
      'Kimberly A. Dautenhahn', 'Transaction Management', 'Northwind Brothers', '(646) 836-2011 (fax)', 'kdautenh@northwind-brothers.com',
    ]);
    expect(x.contact?.email?.value).toBe('kdautenh@northwind-brothers.com');
  });

  it('opens the block at a name line that builds the address when From has no display name', () => {
    const body = [
      'The revised confirmation is attached; please review and sign at your earliest convenience.',
      '',
      'Ben Rogers',
      '(713) 853-8799 Ph.',
      '(713) 646-8863 Fax',
    ].join('\n');
    const x = extractFromText(body, parseFrom('<benjamin.rogers@example-power.com>'));
    expect(linesOf(x, x.signatureLines)[0]).toBe('Ben Rogers');
    expect(x.contact?.fullName?.value).toBe('Ben Rogers');
  });

  it('takes a lone e-mail address one blank line under the block into the signature', () => {
    const body = [
      'I will be out of the office until Monday; call my mobile if anything is urgent.',
      '',
      'Julia Gerritsen',
      '7008 Aronow Drive',
      'Falls Church, VA  22042',
      '',
      'julia.gerritsen@example.org',
    ].join('\n');
    const x = extractFromText(body, parseFrom('Julia Gerritsen <jg@example-corp.com>'));
    expect(linesOf(x, x.signatureLines)).toContain('julia.gerritsen@example.org');
    expect(x.parsed?.email?.value).toBe('julia.gerritsen@example.org');
    // A name and a home address, no company and no phone: below the minimum evidence, so no card (evidence.ts).
    expect(x.evidence).toMatchObject({ enough: false, missing: ['company or phone'] });
    expect(x.contact).toBeNull();
  });

  it('suggests nothing from a list of help-desk numbers under an announcement', () => {
    const desks = ['Service Desk', 'Trading Systems', 'Risk Systems', 'Back Office', 'Settlements', 'Market Data', 'Networks'];
    const body = [
      'The new trading floor opens on Monday. For help during the move call the numbers below.',
      '',
      ...desks.map((d, k) => `${d}\t\t(713) 853-${String(1400 + k * 11)}`),
    ].join('\n');
    const x = extractFromText(body, parseFrom('Change Management <announcements@example-energy.com>'));
    expect(x.contact).toBeNull();
  });
});

describe('fields on imperfect blocks', () => {
  const profile = profileOf(parseFrom('Jon Vandermeer <jon.vandermeer@enron.com>'));

  it("takes a line opening with the sender's organisation as the company, not as a job title", () => {
    const c = parseSignature(['Jon Vandermeer', 'Enron North America - West Desk', '503-464-3708'], profile);
    expect(c.company?.value).toBe('Enron North America - West Desk');
    expect(c.jobTitle).toBeUndefined();
  });

  it('reads the capitalised line under the title as the company, with a confidence too low to pre-fill', () => {
    const c = parseSignature(['Louisa Kerr', 'Chief Operating Officer', 'Meridian Americas', 'Tel:  713 853 3488'], profileOf(parseFrom('Louisa Kerr <lk@gmail.com>')));
    expect(c.jobTitle?.value).toBe('Chief Operating Officer');
    expect(c.company).toEqual({ value: 'Meridian Americas', confidence: 0.5 });
  });

  it('prefers the line with a legal form when two lines match the sender domain', () => {
    const c = parseSignature(['DYNAXdirect e-care', 'Customer Support', 'Dynax, Inc.'], profileOf(parseFrom('<care@dynax.com>')));
    expect(c.company?.value).toBe('Dynax, Inc.');
  });

  it('reads a one-word profession under the name as the job title', () => {
    const c = parseSignature(['Rhys T. Morgan', 'Geologist', 'Example Exploration Company', '281.423.5360 Telephone'], profileOf(parseFrom('<rhys.morgan@example-oil.com>')));
    expect(c.jobTitle?.value).toBe('Geologist');
  });

  it('keeps "38th Floor" in the address instead of reading "…, Legal" as a job title', () => {
    const c = parseSignature(['Mara Cole', '1400 Smith, 38th Floor, Legal', 'Houston, Texas   77002-7361'], profileOf(parseFrom('Mara Cole <mara.cole@enron.com>')));
    expect(c.jobTitle).toBeUndefined();
    expect(c.address?.value).toBe('1400 Smith, 38th Floor, Legal, Houston, Texas 77002-7361');
  });
});

describe('company lines', () => {
  const profile = profileOf(parseFrom('Robin Deguara <robin@perfectcommerce.example>'));
  it('reads the company written before a labelled phone on the same line', () => {
    const c = parseSignature(['Robin Deguara', 'Executive Assistant', 'Perfect Commerce, Inc. tel: 650-798-3367'], profile);
    expect(c.company?.value).toBe('Perfect Commerce, Inc.');
    expect(c.phones.map((p) => p.value.e164)).toEqual(['+16507983367']);
    // Without a legal form or the sender's domain the prefix is no company.
    expect(parseSignature(['Robin Deguara', 'Call me tel: 650-798-3367'], profile).company).toBeUndefined();
  });

  it('takes a bracketed acronym as part of the organisation under the name', () => {
    const c = parseSignature(['Yair Yaish', 'Merrill Lynch (OGC)', '212-449-2456'], profileOf(parseFrom('Yair Yaish <yyaish@exchange.example>')));
    expect(c.company?.value).toBe('Merrill Lynch (OGC)');
  });
});

describe('modern one-line and link-only signature lines', () => {
  it('splits "Name | Title | Company" and reads bare links as web site and profile', () => {
    const body = [
      'Thanks for the call today. I will send the revised quote by Friday.',
      '',
      'Best,',
      'Priya',
      '',
      'Priya Nair | Senior Account Executive | Helix Bio Ltd.',
      'M: +44 7700 900123 | T: +44 20 7946 0958',
      'helix-bio.com | linkedin.com/in/priyanair',
    ].join('\n');
    const c = extractFromText(body, parseFrom('Priya Nair <priya.nair@helix-bio.com>')).contact!;
    expect([c.fullName?.value, c.jobTitle?.value, c.company?.value]).toEqual(['Priya Nair', 'Senior Account Executive', 'Helix Bio Ltd.']);
    expect(c.website).toMatchObject({ value: 'helix-bio.com', confidence: 0.9 });
    expect(c.socialLinks.map((l) => l.value)).toEqual([{ network: 'linkedin', url: 'https://linkedin.com/in/priyanair' }]);
    expect(c.phones.map((p) => p.value.type)).toEqual(['mobile', 'work']);
  });

  it('splits "Name — Title — Company" at dashes only when the right side is a legal name or the domain', () => {
    const c = parseSignature(['Anna Svensson — CFO — Nordic Freight AB', 'Direct: +46 31 555 01 23'], profileOf(parseFrom('Anna Svensson <anna.svensson@nordicfreight.se>')));
    expect([c.fullName?.value, c.jobTitle?.value, c.company?.value]).toEqual(['Anna Svensson', 'CFO', 'Nordic Freight AB']);
    // A department after the dash stays in the title.
    const d = parseSignature(['Carolyn Vavrek', 'Manager - Human Capital Advisory Services', 'Deloitte & Touche'], profileOf(parseFrom('Carolyn Vavrek <cvavrek@deloitte.com>')));
    expect(d.jobTitle?.value).toBe('Manager - Human Capital Advisory Services');
  });

  it('drops pronouns from the name and places US numbers for a sender on a vanity domain (.io)', () => {
    const c = parseSignature(
      ['Alex Morgan (they/them)', 'Customer Success Manager', 'Cloudnine Software, Inc.', 'Direct: 217-555-0142 | Main: 217-555-0100'],
      profileOf(parseFrom('Alex Morgan <alex.morgan@cloudnine.io>')),
    );
    expect(c.fullName?.value).toBe('Alex Morgan');
    expect(c.phones.map((p) => p.value.e164)).toEqual(['+12175550142', '+12175550100']);
  });

  it('reads Dutch "T"/"M" letter labels and a compound title ("Projectleider")', () => {
    const c = parseSignature(
      ['Pieter de Vries', 'Projectleider', 'Van Dijk Bouw B.V.', 'T 010 123 4567', 'M 06 12345678', 'E pieter@vandijkbouw.nl'],
      profileOf(parseFrom('Pieter de Vries <pieter@vandijkbouw.nl>')),
    );
    expect(c.jobTitle?.value).toBe('Projectleider');
    expect(c.phones.map((p) => [p.value.type, p.value.e164])).toEqual([['work', '+31101234567'], ['mobile', '+31612345678']]);
  });

  it('keeps a company whose name is a domain ("Amazon.com, Inc."), and takes no host out of an e-mail address', () => {
    const c = parseSignature(['Mia Chen', 'Buyer', 'Amazon.com, Inc.', 'mia@amazon.com'], profileOf(parseFrom('Mia Chen <mia@amazon.com>')));
    expect(c.company?.value).toBe('Amazon.com, Inc.');
    const plain = parseSignature(['Mia Chen', 'Buyer', 'mia@amazon.com'], profileOf(parseFrom('Mia Chen <mia@amazon.com>')));
    expect(plain.website).toBeUndefined();
  });
});

describe('phone labels', () => {
  it('reads "Telephone No.:" and "Facsimile Transmission No.:" as phone labels, not as order numbers', () => {
    expect(phonesInLine('Telephone No.: (630) 778-4810', 'US').map((p) => [p.value.type, p.value.e164])).toEqual([['work', '+16307784810']]);
    expect(phonesInLine('Facsimile Transmission No.: (630) 717-4594', 'US').map((p) => p.value.type)).toEqual(['fax']);
    expect(phonesInLine('Order No.: 555-123-4567', 'US')).toEqual([]);
  });

  it('reads "Home:" as a home number, and takes it into the block one blank line under it', () => {
    expect(phonesInLine('Home:\t713/864-1175', 'US').map((p) => p.value.type)).toEqual(['home']);
    const body = [
      'Attached is the revised draft of the guaranty; please call me with any comments.',
      '',
      'Nora J. Dobin',
      'Senior Counsel',
      'Enron Corp. - Global Finance',
      'Phone:  713/345-7723',
      'Fax:      713/853-9252',
      '',
      'Home:\t713/864-1175',
    ].join('\n');
    const x = extractFromText(body, parseFrom('Nora Dobin <nora.dobin@enron.com>'));
    expect(x.contact?.phones.map((p) => p.value.type)).toEqual(['work', 'fax', 'home']);
  });

  it('reads "Tél. :" and "Tlf." as office phones', () => {
    expect(phonesInLine('Tél. : +33 1 23 45 67 89', 'FR').map((p) => p.value.type)).toEqual(['work']);
    expect(phonesInLine('Tlf. +47 22 12 34 56', 'NO').map((p) => p.value.type)).toEqual(['work']);
  });

  it('reads "Fx:" as fax', () => {
    expect(phonesInLine('Ph: (877) 396.3493   Fx: (877) 396.3492', 'US').map((p) => p.value.type)).toEqual(['work', 'fax']);
  });

  it('keeps the country code of a number written "+ 358 9 165 59258"', () => {
    expect(phonesInLine('Tel. + 358 9 165 59258', 'US').map((p) => p.value.e164)).toEqual(['+358916559258']);
  });
});
