/**
 * Issue 15, fourth round: an HTML signature under a horizontal rule, as Gmail's and Outlook's text/plain parts give
 * it (often one paragraph per line, so blank lines between), and a company whose legal form sits in parentheses.
 * Invented mail shaped like the class (talon's "sparse" and email-signature-detector's Outlook fixtures showed it);
 * nothing here comes from the data sets. Each test fails without its change in classifier.ts / fields.ts.
 */
import { extractFromText } from '../../src/core/contact-extraction';
import { parseFrom } from '../../src/core/contact-extraction/sender';

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
