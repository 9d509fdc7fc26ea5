/**
 * Issue 15, second round: error classes found on the training and seen held-out parts (invented mail shaped like
 * the real misses): a list of company names in the text is not a signature; title and company in two-column
 * and "Title of Company" layouts.
 */
import { extractFromText } from '../../src/core/contact-extraction';
import { parseFrom } from '../../src/core/contact-extraction/sender';
import { countFields, SCORED_FIELDS } from '../../src/cli/field-scoring';

describe('a list of companies in running text is not a signature', () => {
  const orgChart = [
    'Here is how the reporting chain would look, as discussed on Monday:', '', 'Northwind Holdings Inc.',
    '  Northwind Pipeline Holding Company', '   Northwind Operations Corp.', '    Northwind Pipeline Company', '',
    'The org charts and job descriptions are the harder part; HR is pulling them together for us this week.',
  ].join('\n');

  it('offers no card when the block holds company names only and names nobody', () => {
    const x = extractFromText(orgChart, parseFrom('Shelby Corrigan <shelby.corrigan@northwind.example>'));
    expect(x.contact).toBeNull();
  });

  it('still offers a card when the company stands under the sender\'s name', () => {
    const body = 'See you at the meeting.\n\nShelby Corrigan\nNorthwind Pipeline Company\nshelby.corrigan@northwind.example\n';
    const x = extractFromText(body, parseFrom('Shelby Corrigan <shelby.corrigan@northwind.example>'));
    expect(x.parsed?.company?.value).toBe('Northwind Pipeline Company');
    expect(x.parsed?.fullName?.value).toBe('Shelby Corrigan');
  });
});

describe('the bench scores a one-value field once per message', () => {
  const message = (fields: { field: 'company' | 'phone'; text: string }[]) => ({
    id: 'x', dataset: 'quagga' as const, split: 'train' as const, sender: parseFrom('a@b.example'), body: '', labels: [],
    newestEnd: 0, hasSignature: true, fields,
  });
  const counts = () => Object.fromEntries(SCORED_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
  const contact = { phones: [], socialLinks: [], company: { value: 'Lehman Brothers', confidence: 0.9 } };

  it('counts a company matching one of two labelled company spans as found, not as one found and one missed', () => {
    const c = counts();
    countFields(message([{ field: 'company', text: 'Corporate Advisory Division' }, { field: 'company', text: 'Lehman Brothers' }]), contact, c);
    expect(c.company).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('still counts a wrong company as one false positive and one miss', () => {
    const c = counts();
    countFields(message([{ field: 'company', text: 'Saber Partners, LLC' }, { field: 'company', text: 'Office of the Governor' }]), contact, c);
    expect(c.company).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
