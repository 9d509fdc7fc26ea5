/**
 * Quote headers in more languages (red-team probe 1.25–1.33): Outlook's header block and separator, Gmail's and
 * Thunderbird's "… wrote:" attribution in Polish, Czech, Danish, Norwegian, Finnish, Turkish, Hungarian, Romanian,
 * Greek and Hebrew, and a date-less "Name wrote:" above a `>` quote with the reply under it. A quoted person's
 * signature must never be offered as the sender's contact. All mail here is invented.
 */
import { extractFromText } from '../../src/core/contact-extraction';
import { parseFrom } from '../../src/core/contact-extraction/sender';
import { newestPart, textToLines } from '../../src/core/contact-extraction/newest-part';

const newestTexts = (body: string) => newestPart(textToLines(body)).map((l) => l.text);

/** A quoted signature of somebody else, as lines. */
const quotedSignature = (name: string, title: string, company: string, phone: string, mobile: string) =>
  [name, title, company, `Tel. ${phone}`, `Mobil ${mobile}`];

interface QuoteCase {
  form: string;
  from: string;
  reply: string;
  /** The header or attribution that starts the quote (its first line must leave the newest part). */
  header: string;
  quotedBody: string;
  quotedSig: string[];
  /** Gmail/Thunderbird forms quote with "> "; Outlook does not. */
  prefix: '' | '> ';
}

const HEADER_CASES: QuoteCase[] = [
  {
    form: 'Outlook pl, "-----Wiadomość oryginalna-----"',
    from: 'Marta Wiśniewska <marta.wisniewska@example.pl>',
    reply: 'Dzień dobry,\n\ndziękuję, termin w piątek jest dobry.\n\nMarta Wiśniewska',
    header: '-----Wiadomość oryginalna-----\nOd: Piotr Lewandowski [mailto:p.lewandowski@lewandowski-meble.example]\nWysłano: 5 marca 2026 11:40\nDo: Marta Wiśniewska\nTemat: Zamówienie',
    quotedBody: 'Dzień dobry,\n\nprzesyłam ofertę.\n\nPozdrawiam',
    quotedSig: quotedSignature('Piotr Lewandowski', 'Dyrektor Handlowy', 'Lewandowski Meble Sp. z o.o.', '+48 12 345 67 89', '+48 600 111 222'),
    prefix: '',
  },
  {
    form: 'Outlook pl header block without separator (Od/Wysłano/Do/DW/Temat)',
    from: 'Marta Wiśniewska <marta.wisniewska@example.pl>',
    reply: 'Dzień dobry,\n\npotwierdzam odbiór.\n\nMarta',
    header: 'Od: Piotr Lewandowski <p.lewandowski@lewandowski-meble.example>\nWysłano: czwartek, 5 marca 2026 11:40\nDo: Marta Wiśniewska <marta.wisniewska@example.pl>\nDW: Biuro <biuro@example.pl>\nTemat: Zamówienie',
    quotedBody: 'Dzień dobry,\n\nw załączniku faktura.\n\nPozdrawiam',
    quotedSig: quotedSignature('Piotr Lewandowski', 'Dyrektor Handlowy', 'Lewandowski Meble Sp. z o.o.', '+48 12 345 67 89', '+48 600 111 222'),
    prefix: '',
  },
  {
    form: 'Outlook cs, "Původní zpráva" and Od/Odesláno/Komu/Předmět',
    from: 'Lucie Horáková <lucie.horakova@example.cz>',
    reply: 'Dobrý den,\n\nděkuji, objednávku potvrzuji.\n\nLucie Horáková',
    header: '-----Původní zpráva-----\nOd: Martin Procházka <m.prochazka@prochazka-okna.example>\nOdesláno: čtvrtek 5. března 2026 11:40\nKomu: Lucie Horáková <lucie.horakova@example.cz>\nPředmět: Nabídka',
    quotedBody: 'Dobrý den,\n\nposílám nabídku.\n\nS pozdravem',
    quotedSig: quotedSignature('Martin Procházka', 'Obchodní ředitel', 'Procházka Okna s.r.o.', '+420 241 555 010', '+420 777 555 010'),
    prefix: '',
  },
  {
    form: 'Outlook da, Fra/Sendt/Til/Emne',
    from: 'Sofie Nielsen <sofie.nielsen@example.dk>',
    reply: 'Hej Henrik,\n\nTak, det passer fint. Jeg kommer torsdag.\n\nVenlig hilsen\nSofie',
    header: 'Fra: Henrik Mortensen <henrik@mortensen-vvs.example>\nSendt: 5. marts 2026 11:40\nTil: Sofie Nielsen <sofie.nielsen@example.dk>\nEmne: Besøg',
    quotedBody: 'Hej Sofie,\n\nKan vi mødes torsdag?\n\nMed venlig hilsen',
    quotedSig: quotedSignature('Henrik Mortensen', 'Indehaver', 'Mortensen VVS ApS', '+45 70 11 22 33', '+45 40 11 22 33'),
    prefix: '',
  },
  {
    form: 'Outlook da, "-----Oprindelig meddelelse-----"',
    from: 'Sofie Nielsen <sofie.nielsen@example.dk>',
    reply: 'Hej Henrik,\n\nModtaget, tak.\n\nSofie',
    header: '-----Oprindelig meddelelse-----\nFra: Henrik Mortensen [mailto:henrik@mortensen-vvs.example]\nSendt: 5. marts 2026 11:40',
    quotedBody: 'Hej Sofie,\n\nHer er tilbuddet.\n\nMed venlig hilsen',
    quotedSig: quotedSignature('Henrik Mortensen', 'Indehaver', 'Mortensen VVS ApS', '+45 70 11 22 33', '+45 40 11 22 33'),
    prefix: '',
  },
  {
    form: 'Outlook no, "-----Opprinnelig melding-----"',
    from: 'Ingrid Berg <ingrid.berg@example.no>',
    reply: 'Hei Ola,\n\nTakk, vi bestiller.\n\nIngrid',
    header: '-----Opprinnelig melding-----\nFra: Ola Haugen <ola@haugen-bygg.example>\nSendt: 5. mars 2026 11:40',
    quotedBody: 'Hei Ingrid,\n\nHer er prisene.\n\nMed vennlig hilsen',
    quotedSig: quotedSignature('Ola Haugen', 'Daglig leder', 'Haugen Bygg AS', '+47 22 33 44 55', '+47 900 11 222'),
    prefix: '',
  },
  {
    form: 'Outlook fi, Lähettäjä/Lähetetty/Vastaanottaja/Aihe',
    from: 'Aino Mäkinen <aino.makinen@example.fi>',
    reply: 'Hei Pekka,\n\nKiitos, torstai sopii.\n\nAino',
    header: 'Lähettäjä: Pekka Nieminen <pekka.nieminen@nieminen-kuljetus.example>\nLähetetty: torstai 5. maaliskuuta 2026 11.40\nVastaanottaja: Aino Mäkinen <aino.makinen@example.fi>\nAihe: Kuljetus',
    quotedBody: 'Hei Aino,\n\nSopiiko torstai?\n\nYstävällisin terveisin',
    quotedSig: quotedSignature('Pekka Nieminen', 'Toimitusjohtaja', 'Nieminen Kuljetus Oy', '+358 9 8765 4321', '+358 50 876 5432'),
    prefix: '',
  },
  {
    form: 'Outlook tr, Kimden/Gönderildi/Kime/Konu',
    from: 'Elif Kaya <elif.kaya@example.com.tr>',
    reply: 'Merhaba Burak Bey,\n\nTeşekkürler, cuma uygun.\n\nElif',
    header: 'Kimden: Burak Şahin <burak.sahin@sahin-tekstil.example>\nGönderildi: 5 Mart 2026 Perşembe 11:40\nKime: Elif Kaya <elif.kaya@example.com.tr>\nKonu: Sipariş',
    quotedBody: 'Merhaba Elif Hanım,\n\nSiparişiniz hazır.\n\nSaygılarımla,',
    quotedSig: quotedSignature('Burak Şahin', 'Satış Müdürü', 'Şahin Tekstil A.Ş.', '+90 216 555 12 34', '+90 533 555 12 34'),
    prefix: '',
  },
  {
    form: 'Outlook hu, Feladó/Küldve/Címzett/Tárgy',
    from: 'Eszter Nagy <eszter.nagy@example.hu>',
    reply: 'Kedves Gábor,\n\nKöszönöm, a csütörtök jó.\n\nEszter',
    header: 'Feladó: Szabó Gábor <gabor.szabo@szabo-epito.example>\nKüldve: 2026. március 5. 11:40\nCímzett: Nagy Eszter <eszter.nagy@example.hu>\nTárgy: Ajánlat',
    quotedBody: 'Kedves Eszter,\n\nCsatolom az ajánlatot.\n\nÜdvözlettel',
    quotedSig: quotedSignature('Szabó Gábor', 'Ügyvezető', 'Szabó Építő Kft.', '+36 1 555 1234', '+36 30 555 1234'),
    prefix: '',
  },
  {
    form: 'Outlook ro, De la/Trimis/Către/Subiect',
    from: 'Ioana Popescu <ioana.popescu@example.ro>',
    reply: 'Bună ziua,\n\nMulțumesc, joi este bine.\n\nIoana',
    header: 'De la: Andrei Ionescu <andrei.ionescu@ionescu-logistic.example>\nTrimis: joi, 5 martie 2026 11:40\nCătre: Ioana Popescu <ioana.popescu@example.ro>\nSubiect: Livrare',
    quotedBody: 'Bună ziua,\n\nVă trimit oferta.\n\nCu stimă,',
    quotedSig: quotedSignature('Andrei Ionescu', 'Director General', 'Ionescu Logistic SRL', '+40 21 555 1234', '+40 722 555 123'),
    prefix: '',
  },
  {
    form: 'Outlook el, Από/Στάλθηκε/Προς/Θέμα',
    from: 'Maria Georgiou <maria.georgiou@example.gr>',
    reply: 'Καλησπέρα,\n\nΕυχαριστώ, η Πέμπτη είναι εντάξει.\n\nΜαρία',
    header: 'Από: Nikos Dimitriou <nikos@dimitriou-shipping.example>\nΣτάλθηκε: Πέμπτη, 5 Μαρτίου 2026 11:40 π.μ.\nΠρος: Maria Georgiou <maria.georgiou@example.gr>\nΘέμα: Φορτίο',
    quotedBody: 'Καλησπέρα,\n\nΣας στέλνω την προσφορά.\n\nΜε εκτίμηση,',
    quotedSig: quotedSignature('Nikos Dimitriou', 'Managing Director', 'Dimitriou Shipping S.A.', '+30 210 555 1234', '+30 694 555 1234'),
    prefix: '',
  },
  {
    form: 'Outlook he, מאת/נשלח/אל/נושא',
    from: 'Noa Levi <noa.levi@example.co.il>',
    reply: 'שלום,\n\nתודה, יום חמישי מתאים.\n\nנועה',
    header: 'מאת: Yossi Cohen <yossi@cohen-systems.example>\nנשלח: יום חמישי 5 מרץ 2026 11:40\nאל: Noa Levi <noa.levi@example.co.il>\nנושא: הצעה',
    quotedBody: 'שלום,\n\nמצורפת ההצעה.\n\nבברכה,',
    quotedSig: quotedSignature('Yossi Cohen', 'CEO', 'Cohen Systems Ltd.', '+972 3 555 1234', '+972 52 555 1234'),
    prefix: '',
  },
];

const PL_SIG = quotedSignature('Piotr Lewandowski', 'Dyrektor Handlowy', 'Lewandowski Meble Sp. z o.o.', '+48 12 345 67 89', '+48 600 111 222');
const ATTRIBUTION_CASES: QuoteCase[] = [
  ['Gmail pl, "W dniu … napisał(a):"', 'W dniu czw., 5 mar 2026 o 11:40 Piotr Lewandowski <p.lewandowski@lewandowski-meble.example> napisał(a):'],
  ['Gmail pl, wrapped inside the address', 'W dniu czw., 5 mar 2026 o 11:40 Piotr Lewandowski <\np.lewandowski@lewandowski-meble.example> napisał(a):'],
  ['Thunderbird pl, "W dniu … pisze:"', 'W dniu 5.03.2026 o 11:40, Piotr Lewandowski pisze:'],
].map(([form, header]) => ({
  form,
  from: 'Marta Wiśniewska <marta.wisniewska@example.pl>',
  reply: 'Dzień dobry,\n\ndziękuję, termin w piątek jest dobry.\n\nMarta Wiśniewska',
  header,
  quotedBody: 'Dzień dobry,\n\nprzesyłam ofertę.\n\nPozdrawiam',
  quotedSig: PL_SIG,
  prefix: '> ' as const,
}));

const otherAttributions: [string, string, string, string[]][] = [
  ['Gmail cs, "Dne … napsal:"', 'Lucie Horáková <lucie.horakova@example.cz>',
    'Dne čt 5. 3. 2026 11:40 uživatel Martin Procházka <m.prochazka@prochazka-okna.example> napsal:',
    quotedSignature('Martin Procházka', 'Obchodní ředitel', 'Procházka Okna s.r.o.', '+420 241 555 010', '+420 777 555 010')],
  ['Thunderbird cs, "Dne … napsal(a):"', 'Lucie Horáková <lucie.horakova@example.cz>',
    'Dne 05. 03. 26 v 11:40 Martin Procházka napsal(a):',
    quotedSignature('Martin Procházka', 'Obchodní ředitel', 'Procházka Okna s.r.o.', '+420 241 555 010', '+420 777 555 010')],
  ['Gmail da, "Den … skrev" with a long address', 'Sofie Nielsen <sofie.nielsen@example.dk>',
    'Den tor. 5. mar. 2026 kl. 11.40 skrev Henrik Mortensen <henrik.mortensen@mortensen-vvs.example>:',
    quotedSignature('Henrik Mortensen', 'Indehaver', 'Mortensen VVS ApS', '+45 70 11 22 33', '+45 40 11 22 33')],
  ['Gmail no, "… kl. 11.40 skrev …:"', 'Ingrid Berg <ingrid.berg@example.no>',
    'tor. 5. mar. 2026 kl. 11.40 skrev Ola Haugen <ola@haugen-bygg.example>:',
    quotedSignature('Ola Haugen', 'Daglig leder', 'Haugen Bygg AS', '+47 22 33 44 55', '+47 900 11 222')],
  ['Gmail fi, "… klo … kirjoitti:"', 'Aino Mäkinen <aino.makinen@example.fi>',
    'to 5.3.2026 klo 11.40 Pekka Nieminen (pekka.nieminen@nieminen-kuljetus.example) kirjoitti:',
    quotedSignature('Pekka Nieminen', 'Toimitusjohtaja', 'Nieminen Kuljetus Oy', '+358 9 8765 4321', '+358 50 876 5432')],
  ['Thunderbird fi, "X kirjoitti 5.3.2026 klo 11.40:"', 'Aino Mäkinen <aino.makinen@example.fi>',
    'Pekka Nieminen kirjoitti 5.3.2026 klo 11.40:',
    quotedSignature('Pekka Nieminen', 'Toimitusjohtaja', 'Nieminen Kuljetus Oy', '+358 9 8765 4321', '+358 50 876 5432')],
  ['Gmail tr, "… tarihinde … şunu yazdı:"', 'Elif Kaya <elif.kaya@example.com.tr>',
    'Burak Şahin <burak.sahin@sahin-tekstil.example>, 5 Mar 2026 Per, 11:40 tarihinde şunu yazdı:',
    quotedSignature('Burak Şahin', 'Satış Müdürü', 'Şahin Tekstil A.Ş.', '+90 216 555 12 34', '+90 533 555 12 34')],
  ['Gmail hu, "… ezt írta (időpont: …):"', 'Eszter Nagy <eszter.nagy@example.hu>',
    'Szabó Gábor <gabor.szabo@szabo-epito.example> ezt írta (időpont: 2026. márc. 5., Cs, 11:40):',
    quotedSignature('Szabó Gábor', 'Ügyvezető', 'Szabó Építő Kft.', '+36 1 555 1234', '+36 30 555 1234')],
  ['Thunderbird hu, "… keltezéssel, X írta:"', 'Eszter Nagy <eszter.nagy@example.hu>',
    '2026. 03. 05. 11:40 keltezéssel, Szabó Gábor írta:',
    quotedSignature('Szabó Gábor', 'Ügyvezető', 'Szabó Építő Kft.', '+36 1 555 1234', '+36 30 555 1234')],
  ['Gmail el, "Στις … έγραψε:"', 'Maria Georgiou <maria.georgiou@example.gr>',
    'Στις Πέμ 5 Μαρ 2026 στις 11:40 π.μ., ο/η Nikos Dimitriou <nikos@dimitriou-shipping.example> έγραψε:',
    quotedSignature('Nikos Dimitriou', 'Managing Director', 'Dimitriou Shipping S.A.', '+30 210 555 1234', '+30 694 555 1234')],
  ['Gmail he, "בתאריך … מאת …:" with direction marks', 'Noa Levi <noa.levi@example.co.il>',
    '\u202bבתאריך יום ה׳, 5 במרץ 2026 ב-11:40 מאת \u202aYossi Cohen\u202c\u200f <\u202ayossi@cohen-systems.example\u202c\u200f>:\u202c',
    quotedSignature('Yossi Cohen', 'CEO', 'Cohen Systems Ltd.', '+972 3 555 1234', '+972 52 555 1234')],
];
for (const [form, from, header, quotedSig] of otherAttributions) {
  ATTRIBUTION_CASES.push({ form, from, reply: 'Thanks, that works.\n\nBest regards', header, quotedBody: 'Hello,\n\nplease see the offer.', quotedSig, prefix: '> ' });
}

function bodyOf(c: QuoteCase): string {
  const quoted = `${c.quotedBody}\n\n${c.quotedSig.join('\n')}`;
  const quotedPart = c.prefix === '' ? quoted : quoted.replace(/^/gm, '> ');
  return `${c.reply}\n\n${c.header}\n\n${quotedPart}\n`;
}

describe('quote headers in more languages', () => {
  it.each([...HEADER_CASES, ...ATTRIBUTION_CASES].map((c) => [c.form, c] as const))(
    'cuts the quote at the %s header and offers none of the quoted signature',
    (_form, c) => {
      const body = bodyOf(c);
      const x = extractFromText(body, parseFrom(c.from));
      const sender = parseFrom(c.from);
      if (x.contact !== null) expect(x.contact.fullName?.value).toBe(sender.displayName);
      const signatureTexts = x.signatureLines.map((i) => x.lines[i].text.replace(/^>\s?/, '').trim());
      for (const quoted of c.quotedSig) expect(signatureTexts).not.toContain(quoted);
      // The newest part ends with the reply: the header's first line and everything under it are outside it.
      const newest = newestTexts(body);
      expect(newest.join('\n').trim()).toBe(c.reply);
    },
  );
});

describe('a date-less "Name wrote:" above a `>` quote (bottom-posting)', () => {
  const quote = '> Hi Daniel,\n> Would Friday at 10 work?\n> Laura Bennett\n> Senior Account Manager\n> Bennett Insurance Group, Inc.\n> (415) 555-0144';
  const reply = 'Friday at 10 works for me.\n\nDaniel Okafor\nLogistics Director\nHarbor Line Shipping\n(503) 555-0172';

  it.each([
    ['a name', 'Laura Bennett wrote:'],
    // `"Laura Bennett" <laura@…> wrote:` already ended in an address the older pattern knows; a bare address did not.
    ['an address', 'laura@bennett-insurance.example wrote:'],
    ['a name, German', 'Laura Bennett schrieb:'],
  ])('keeps the reply and signature under the quote after %s', (_what, attribution) => {
    const body = `${attribution}\n${quote}\n\n${reply}\n`;
    expect(newestTexts(body).join('\n')).toBe(reply);
    const x = extractFromText(body, parseFrom('Daniel Okafor <daniel.okafor@harborline.example>'));
    expect(x.contact?.fullName?.value).toBe('Daniel Okafor');
    const signatureTexts = x.signatureLines.map((i) => x.lines[i].text);
    expect(signatureTexts).toContain('Logistics Director');
    expect(signatureTexts.some((t) => t.startsWith('>') || /Bennett/.test(t))).toBe(false);
  });

  it('cuts at the attribution when the reply is above it', () => {
    const body = `Friday works.\n\nDaniel\n\nLaura Bennett wrote:\n${quote}\n`;
    expect(newestTexts(body).join('\n')).toBe('Friday works.\n\nDaniel');
  });

  it('does not take a sentence ending in "wrote:" without a quote under it for an attribution', () => {
    const body = 'Hi Laura,\n\nAbout the report Mark wrote:\nthe numbers for March are final now.\n\nDaniel Okafor\nLogistics Director';
    expect(newestTexts(body).join('\n')).toBe(body);
  });
});

describe('body lines that only look like localised header labels', () => {
  it.each([
    ['Polish opening hours "Od:/Do:"', 'Dzień dobry,\n\nmagazyn jest otwarty:\nOd: 7:00\nDo: 15:00\n\nPozdrawiam\nMarta Wiśniewska\nKierownik Magazynu\nWiśniewska Logistyka Sp. z o.o.\ntel. +48 22 555 66 77'],
    ['Danish route "Fra:/Til:"', 'Hej,\n\nRuten for turen:\nFra: København\nTil: Aarhus\nAfgang kl. 10.12\n\nVenlig hilsen\nSofie Nielsen\nNielsen Rejser ApS\nTlf. +45 33 12 34 56'],
    ['Danish prose starting "Den" and ending "skrev …:"', 'Hej Mads,\n\nDen rapport skrev Lars om i sidste uge, og her er hans forslag:\n\nflyt leveringen til fredag.\n\nVenlig hilsen\nSofie Nielsen\nNielsen Rejser ApS'],
    ['a Czech line "Od:" in prose', 'Dobrý den,\n\nOd: pondělí platí nový ceník, Komu: všem odběratelům.\n\nS pozdravem\nLucie Horáková\nHoráková Obchod s.r.o.\nTel.: +420 241 555 099'],
  ])('keeps the whole message for %s', (_what, body) => {
    expect(newestTexts(body).join('\n')).toBe(body);
  });
});
