/**
 * Issue 15, fourth round, from a fifth probe (every field of cards that should be offered) and a sixth (which
 * lines are the signature). Invented mail; nothing here comes from the data sets. Each test fails without its
 * change in fields.ts / phones.ts / classifier.ts / lexicon.ts / index.ts, except those named "guard:".
 */
import { extractFromText } from '../../src/core/contact-extraction';
import { parseFrom } from '../../src/core/contact-extraction/sender';
import { phonesInLine } from '../../src/core/contact-extraction/phones';

const run = (lines: string[], from: string) => extractFromText(lines.join('\n'), parseFrom(from));
const hello = ['Hi Jordan,', '', 'Thanks for the quick turnaround on the drawings; the revised set is attached.', ''];
const sigLines = (x: ReturnType<typeof run>) => x.signatureLines.map((i) => x.lines[i].text.trim()).filter(Boolean);

describe('addresses of more countries', () => {
  it.each([
    [['Kungsgatan 12', '111 43 Stockholm'], 'Kungsgatan 12, 111 43 Stockholm', 'se'],
    [['ul. Marszałkowska 84/92', '00-514 Warszawa'], 'ul. Marszałkowska 84/92, 00-514 Warszawa', 'pl'],
    [['Av. Paulista, 1578 – 12º andar', '01310-200 São Paulo – SP'], 'Av. Paulista, 1578 – 12º andar, 01310-200 São Paulo – SP', 'br'],
    [['One Kendall Square, Building 200', 'Cambridge, MA 02139'], 'One Kendall Square, Building 200, Cambridge, MA 02139', 'com'],
    [['A: 77 King Street West, Suite 2900, Toronto, ON M5K 1A1'], '77 King Street West, Suite 2900, Toronto, ON M5K 1A1', 'ca'],
  ])('reads %j', (address, expected, tld) => {
    const x = run([...hello, 'Best regards,', 'Ingrid Berg', 'Project Manager', 'Nordvik Bygg AB', ...(address as string[]), 'Tel: +46 8 555 012 34', ''], `Ingrid Berg <ingrid.berg@nordvik.${tld}>`);
    expect(x.contact?.address?.value).toBe(expected);
  });

  it('splits "Firm | street, town" into the company and the address', () => {
    const x = run([...hello, 'Regards,', 'Lucy Tan', 'Relationship Manager', 'Harbor Bank N.A. | 77 Water St, New York, NY 10005', '(212) 555-0177', ''], 'Lucy Tan <lucy.tan@harborbank.example>');
    expect(x.contact?.address?.value).toBe('77 Water St, New York, NY 10005');
    expect(x.contact?.company?.value).toBe('Harbor Bank N.A.');
  });
});

describe('phones', () => {
  it('splits two numbers joined by a spaced dash, takes no tax id, reads lower-case letters and more labels', () => {
    expect(phonesInLine('01 44 55 66 77 – 06 98 76 54 32', 'FR').map((p) => p.value.e164)).toEqual(['+33144556677', '+33698765432']);
    expect(phonesInLine('NIP: 677-123-45-67', 'PL')).toEqual([]);
    expect(phonesInLine('o 612-555-0144 | c 612-555-0171', 'US').map((p) => p.value.type)).toEqual(['work', 'mobile']);
    expect(phonesInLine('Cell/Text: 858-555-0147', 'US')[0]?.value.type).toBe('mobile');
    expect(phonesInLine('WhatsApp: +44 7911 123456', 'GB')[0]?.value.type).toBe('mobile');
    expect(phonesInLine('Direct Dial: (860) 555-0131', 'US')[0]?.value.type).toBe('work');
    expect(phonesInLine('电话：021-6123 4567', 'CN')[0]?.value.type).toBe('work');
  });
});

describe('titles and names', () => {
  it('keeps "Attorney at Law" whole, and "Law" is no company', () => {
    const x = run([...hello, 'Best,', 'Daniel Ruiz', 'Attorney at Law', 'Ruiz Law Office, PLLC', 'Tel (602) 555-0131', ''], 'Daniel Ruiz <daniel@ruizlaw.example>');
    expect(x.contact?.jobTitle?.value).toBe('Attorney at Law');
    expect(x.contact?.company?.value).toBe('Ruiz Law Office, PLLC');
  });

  it('reads titles the lists lacked, before a team line', () => {
    const x = run([...hello, 'Cheers,', 'Sam Okafor (he/him)', 'Learning Technologist', 'Digital Education Team', 'University of Northbridge', '+44 20 7946 0999', ''], 'Sam Okafor <s.okafor@northbridge.example>');
    expect(x.contact?.jobTitle?.value).toBe('Learning Technologist');
  });

  it('takes a firm with a legal form for the company, not the title ("Coastal Gas Marketing Co.")', () => {
    const x = run([...hello, 'Laura Bergstrom', 'Contract Administration', 'Coastal Gas Marketing Co.', '713-555-0166', ''], 'Laura Bergstrom <laura.bergstrom@coastalgas.example>');
    expect(x.contact?.jobTitle?.value ?? '').not.toBe('Coastal Gas Marketing Co.');
    expect(x.contact?.company?.value).toBe('Coastal Gas Marketing Co.');
  });

  it('splits the name off a "·" line, and takes no Skype handle for a name', () => {
    const dot = run([...hello, 'Clara Jensen · Interior Designer · Nordlys Design ApS', '+45 22 33 44 55 · clara@nordlys.example', ''], 'Clara Jensen <clara@nordlys.example>');
    expect(dot.contact?.fullName?.value).toBe('Clara Jensen');
    expect(dot.contact?.jobTitle?.value).toBe('Interior Designer');
    const skype = run([...hello, 'Kind regards,', 'Irina Petrova', 'QA Lead | Bluefjord Software', 'Skype: irina.petrova.bf', 'Mobile: +371 2612 3456', ''], 'Irina Petrova <irina.petrova@bluefjord.example>');
    expect(skype.contact?.fullName?.value).toBe('Irina Petrova');
  });

  it('keeps a card whose name line the scorer left above the block ("Linda Park, RN, BSN")', () => {
    const x = run([...hello, 'Linda Park, RN, BSN', 'Charge Nurse, ICU', 'St. Agnes Medical Center', 'Unit phone: 916-555-0127', ''], 'Linda Park <lpark@stagnesmed.example>');
    expect(x.contact).not.toBeNull();
  });
});

describe('signature lines', () => {
  it('takes a block above an attachment list with a header in French and a .dwg file', () => {
    const x = run(['Bonjour Julien,', '', 'Voici les plans modifiés.', '', 'Cordialement,', '', 'Simone Laurent', 'Architecte DPLG', 'Atelier Laurent', '06 12 34 56 78', '', 'Pièces jointes :', '- plan_RDC_v3.pdf', '- facade_nord.dwg', ''], 'Simone Laurent <simone@atelierlaurent.fr>');
    expect(sigLines(x)).toContain('Atelier Laurent');
  });

  it('takes an unlabelled number right under the block', () => {
    const x = run(['Beste Jordan,', '', 'De tekeningen zijn goedgekeurd.', '', 'Met vriendelijke groet,', '', 'Greta Vos', 'Vos Architecten', 'Prinsengracht 220, 1016 HD Amsterdam', '+31 20 555 0172', ''], 'Greta Vos <g.vos@vosarchitecten.nl>');
    expect(sigLines(x)).toContain('+31 20 555 0172');
  });

  it('grows a long block over its postcode-first town and street lines', () => {
    const x = run(['Hallo Jordan,', '', 'anbei die Netzpläne für das dritte Quartal.', '', 'LG Stefan', '', 'DI Stefan Novak', 'Senior Grid Planner', 'Netzplanung & Asset Management', '', 'AlpenGrid Netz GmbH', 'Wagramer Straße 19', '1220 Wien, Österreich', '', 'T +43 1 555 0100 4411', 'M +43 664 555 0147', 'stefan.novak@alpengrid.at', 'www.alpengrid.at', ''], 'Stefan Novak <stefan.novak@alpengrid.at>');
    expect(sigLines(x)).toContain('AlpenGrid Netz GmbH');
  });

  it('starts the block under a bare first name over the full name', () => {
    const x = run(['Hi Eric,', '', 'Loved chatting today! Deck is here as promised: https://growthloop.co/deck-q3', '', 'Zoe', '', 'Zoe Kaplan | Head of Partnerships', 'GrowthLoop', '📱 +1 (917) 555-0146', '🌐 growthloop.co', 'in/zoekaplan · @zoekaplan', 'Book time with me: calendly.com/zoe-growthloop', ''], 'Zoe Kaplan <zoe@growthloop.co>');
    expect(sigLines(x)[0]).toBe('Zoe Kaplan | Head of Partnerships');
  });
});

describe('a seventh probe, shaped like an inbox', () => {
  it('takes a firm that spells the domain over its first words for the company, not the title', () => {
    const x = run(['Sally,', '', 'Can you confirm the volumes for the 15th?', '', 'Vince Alvarado', 'Gulf Coast Gas Marketing', 'Phone 713-555-0181', ''], 'Vince Alvarado <valvarad@gulfcoastgas.example>');
    expect(x.contact?.jobTitle).toBeUndefined();
    expect(x.contact?.company?.value).toBe('Gulf Coast Gas Marketing');
  });

  it('drops a social honorific and reads a teacher\'s title', () => {
    const x = run([...hello, 'Thank you,', '', 'Ms. Laura Bennett', '3rd Grade Teacher', 'Oakridge Elementary School', '(614) 555-0137', ''], 'Laura Bennett <lbennett@oakridgeschools.example>');
    expect(x.contact?.fullName?.value).toBe('Laura Bennett');
    expect(x.contact?.jobTitle?.value).toBe('3rd Grade Teacher');
  });

  it('splits a slash-separated address and phone, and reads "Clinic:" as a work number', () => {
    const x = run([...hello, 'Tim', '', 'Tim Okada / Principal / Okada Architecture', '1120 NW Couch St, Portland OR 97209 / 971-555-0102', ''], 'Tim Okada <tim@okada-arch.example>');
    expect(x.contact?.phones.map((p) => p.value.e164)).toEqual(['+19715550102']);
    expect(x.contact?.address?.value).toBe('1120 NW Couch St, Portland OR 97209');
    expect(phonesInLine('Clinic: 312-555-0190', 'US')[0]?.value.type).toBe('work');
  });
});

describe('an eighth probe: mailing-list posts', () => {
  it('keeps the card of a person\'s post over a mailing list\'s footer, not over a newsletter\'s', () => {
    const post = (footer: string) => run(['Thanks.', '', 'Rachel Stein | Partner', 'Northbridge Stein LLP', 'D: 212-555-0186', '', '---', footer, ''], 'Rachel Stein <rstein@northbridge-law.example>');
    expect(post('To unsubscribe send a blank email to leave-x@lists.example.org').contact?.fullName?.value).toBe('Rachel Stein');
    expect(post('Unsubscribe from these emails').contact).toBeNull();
  });

  it('reads the reply under a quote that only a greeting stands above', () => {
    const x = run(['Hi Lena,', '', 'On Mon, 2 Feb 2026 at 09:00, Lena Holt <l@x.example> wrote:', '> Does the importer keep the field order?', '', 'Yes, it does.', '', 'Jonas Berg', 'CTO, Berg Data AB', 'Phone: +46 8 555 123 40', ''], 'Jonas Berg <jonas@bergdata.se>');
    expect(x.contact?.fullName?.value).toBe('Jonas Berg');
  });

  it('takes a name-shaped closing for the name when the post has no From header', () => {
    const x = run(['Ok.', '', 'Regards,', 'Hannah Connell', 'Biostatistics Lead, Tallis Pharma Ltd', '+44 20 7946 0321', ''], '');
    expect(x.parsed?.fullName?.value).toBe('Hannah Connell');
  });

  it('splits "Title | Organisation" and "Title @ Organisation", and takes no handle for a company', () => {
    const pipe = run([...hello, 'Best,', 'Wei Chen', 'Research Scientist | Meridian Genomics', '+1 617 555 0144', ''], 'Wei Chen <wei.chen@mg-labs.example>');
    expect(pipe.contact?.company?.value).toBe('Meridian Genomics');
    const handle = run(['Patch v3 attached.', '', 'Paul Whitfield', 'http://whitfield.example/blog | @pwhitfield', ''], 'Paul Whitfield <paul@whitfield.example>');
    expect(handle.parsed?.company?.value ?? '').not.toBe('@pwhitfield');
  });
});
