import { FEATURE_NAMES, lineFeatures } from '../../src/core/contact-extraction/features';
import { parseFrom } from '../../src/core/contact-extraction';
import { profileOf } from '../../src/core/contact-extraction/sender';
import type { BodyLine } from '../../src/core/contact-extraction/types';

const bodyLines = (texts: string[]): BodyLine[] => texts.map((text, index) => ({ index, text, origin: 'text' }));

describe('sender e-mail line features', () => {
  it('marks the line with the sender\'s own address, and its paragraph, but not someone else\'s address', () => {
    const lines = bodyLines([
      'Please send the signed copy to Maria (maria.lopez@example-bank.com) by Friday.',
      '',
      'Stephanie Panus',
      'Sr. Legal Specialist',
      'Stephanie.Panus@Example-Power.com',
    ]);
    const { rows } = lineFeatures(lines, profileOf(parseFrom('Stephanie Panus <stephanie.panus@example-power.com>')));
    const own = FEATURE_NAMES.indexOf('senderEmail');
    const para = FEATURE_NAMES.indexOf('paraSenderEmail');
    expect(rows.map((r) => r[own])).toEqual([0, 0, 0, 1]);
    expect(rows.map((r) => r[para])).toEqual([0, 1, 1, 1]);
  });
});
