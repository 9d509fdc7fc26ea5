/**
 * Issue 15, fourth round, from a fourth invented-mail probe aimed at false cards (mail whose newest part carries
 * contact-like text but no personal signature of the sender) and at their near-misses (a person's own mail that
 * must keep its card). Invented mail; nothing here comes from the data sets. Each test fails without its change
 * in gate.ts / newest-part.ts / fields.ts / index.ts, except those named "guard:".
 */
import { extractFromText } from '../../src/core/contact-extraction';
import { parseFrom } from '../../src/core/contact-extraction/sender';
import { phonesInLine } from '../../src/core/contact-extraction/phones';

const run = (lines: string[], from: string) => extractFromText(lines.join('\n'), parseFrom(from));
const shop = (footer: string) => ['Bonjour,', '', 'Nos nouvelles collections de printemps sont arrivées en boutique et en ligne.', '', 'Claire Fontaine', 'Responsable commerciale', 'Maison Fontaine SARL', '04 78 42 19 30', '', footer, ''];

describe('unsubscribe text in other languages is bulk text', () => {
  it.each([['Se désabonner'], ['Pour vous désinscrire de cette liste, cliquez ici'], ['Newsletter abbestellen'], ['Uitschrijven'], ['Disiscriviti'], ['Click here to be removed from this list.']])(
    'offers no card above "%s"', (footer) => {
      expect(run(shop(footer), 'Claire Fontaine <claire.fontaine@maison-fontaine.example>').contact).toBeNull();
    });

  it('cuts a German list footer ("Mailingliste", "Abmeldung") so the list admin\'s phone is not the sender\'s', () => {
    const x = run(['Bei mir läuft Kernel 6.8 ohne Probleme.', '', 'Gruß', 'Klaus', '', '________________________________', 'Linux-de Mailingliste', 'Abmeldung: https://lists.example.de/listinfo/linux-de', 'Listen-Admin: Petra Kühn, Tel. 0621 4389 100', ''], 'Klaus Berger <kberger@posteo.de>');
    expect(x.contact?.phones ?? []).toEqual([]);
  });
});

describe('a person\'s own sentence with a bulk phrase keeps the card', () => {
  it.each([
    ['"I tried to unsubscribe"', 'I tried to unsubscribe from the newsletter twice; could you take me off the list?'],
    ['"fill out the survey I sent"', 'Could you fill out the survey I sent last week?'],
  ])('keeps the signature under %s', (_name, sentence) => {
    const x = run(['Hi Tom,', '', sentence, '', 'Thanks,', 'Renee Adler, CPA', 'Adler & Associates CPAs', '(847) 390-2231', ''], 'Renee Adler <radler@adler-cpa.example>');
    expect(x.contact?.fullName?.value).toMatch(/^Renee Adler/);
  });
});

describe('other people\'s or services\' details passed on', () => {
  const from = 'Mark Dunlop <mdunlop@harborview.example>';
  it('offers no card when the other person\'s name sits under a firm line', () => {
    const x = run(['fyi', '', 'Mark, the landlord has countersigned the renewal.', '', 'WESTLAKE REALTY PARTNERS', 'Victor Hale | Property Manager', '(206) 623-7781', ''], from);
    expect(x.contact).toBeNull();
  });
  it('offers no card when the other person\'s name sits under their address', () => {
    const x = run(['This did not go through - do you have the right address?', '', 'tom.hayes@westcoastpower.example', '', 'Tom Hayes', 'Director, West Power Trading', 'West Coast Power LLC', '(503) 464-8812', ''], 'Gary Lyons <glyons@enerco.example>');
    expect(x.contact).toBeNull();
  });
  it('offers no card for a service desk\'s block passed on from a person\'s address', () => {
    const x = run(['Incident INC0042211 has been updated.', '', 'Reimaging scheduled for 3pm.', '', 'IT Service Desk', 'Globex Corporation', 'Americas: +1 (800) 555-0134', 'EMEA: +44 20 7946 0011', ''], 'Raj Iyer <raj.iyer@globexcorp.example>');
    expect(x.contact).toBeNull();
  });
  it('guard: keeps the sender\'s block whose first line holds their first name and a team', () => {
    const x = run(['Done, the feed is back.', '', 'Best Rgds.', '', 'Samuel x3-9890 (GCP Team)', 'Enerco Net Works _ Global Data Management', ''], 'Samuel Schott <samuel.schott@enerco.example>');
    expect(x.parsed).not.toBeNull();
  });
});

describe('machines and tools sending for someone', () => {
  it.each([
    ['Fax Server <fax@mfp.millerco.example>', ['Fax received from: 312 427 8800', 'Pages: 3', '', 'Keller Supply Co.', '1440 W. Fulton St, Chicago, IL 60607', 'Phone 312-427-8800  Fax 312-427-8801', '']],
    ['Concur <AutoNotification@concur.example>', ['Expense Report Approval Request', '', 'Employee: Thomas Greer', 'Amount: $1,842.17', '', 'Thomas Greer', 'Sr. Consultant, Advisory', '(646) 471-2290', '']],
  ])('offers no card from %s', (from, body) => {
    expect(run(body as string[], from as string).contact).toBeNull();
  });

  it('takes no button text ("View Invoice") for a name', () => {
    const x = run(['Sarah Kim sent you an invoice (#0042) for $2,400.00 USD.', '', 'View Invoice', '', 'Sarah Kim Design', 'sarah@sarahkimdesign.example', '+1 (503) 555-0111', ''], 'Sarah Kim <sarah.kim@invoices.example>');
    expect(x.parsed?.fullName?.value ?? '').not.toBe('View Invoice');
  });
});

describe('a table above a signed-off signature', () => {
  it('offers the card when the name under the sign-off is the From display name whole', () => {
    const x = run(['Hi Greg,', '', 'Year   Rate base ($bn)   EPS', '2024   12.4              2.81', '2025   13.6              3.05', '', 'Best,', 'Daniel Osei', 'Equity Research Analyst, Utilities', 'Northfield Capital', '(212) 857-4423', ''], 'Daniel Osei <daniel.osei@northfieldcap.example>');
    expect(x.contact?.fullName?.value).toBe('Daniel Osei');
  });
});

describe('the type of a number nobody labelled', () => {
  it('is mobile where the country\'s mobile ranges alone place it, other for a desk line and where ranges overlap', () => {
    const types = (line: string, country: 'SE' | 'DE' | 'US' | 'CL') => phonesInLine(line, country).map((p) => p.value.type);
    expect(types('+56 2 2555 0131', 'CL')).toEqual(['other']); // Santiago: fixed and mobile ranges overlap
    expect(types('070-555 43 21', 'SE')).toEqual(['mobile']);
    expect(types('+49 160 555 7723', 'DE')).toEqual(['mobile']);
    expect(types('+49 711 555 2840', 'DE')).toEqual(['other']);
    expect(types('+1 312 555 0119', 'US')).toEqual(['other']);
  });
});
