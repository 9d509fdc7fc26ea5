/**
 * Issue 15, second round: error classes found on the training and seen held-out parts (invented mail shaped like
 * the real misses): a list of company names in the text is not a signature; title and company in two-column
 * and "Title of Company" layouts.
 */
import { extractFromText } from '../../src/core/contact-extraction';
import { parseFrom } from '../../src/core/contact-extraction/sender';

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
