/**
 * Signature output as good as the directory's data: phone numbers in their country's usual grouping, never losing
 * a grouping the directory had, with exactly the directory's digits; multi-line addresses keep their lines.
 * Expected strings are the countries' own conventions (DIN 5008, Ofcom, NANP, the French, Swiss, Austrian, Dutch,
 * Indian and Japanese ways of writing numbers), not libphonenumber's answer to the same call.
 */
import { renderSignature } from '../../src/core/signatures/render';
import { cardHtml } from '../../src/ui/signature-cards';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { startTags } from '../../src/core/signatures/html-policy';
import { employee, gmailSanitise, T0 } from './fixtures';

const ctx = { banner: null, at: T0, timeZone: 'Europe/Berlin' };

function render(tpl: string, phone: string, countryCode = '', formatted = ''): string {
  const e = employee('a@acme.test');
  e.phones.work = phone;
  e.address.countryCode = countryCode;
  e.address.formatted = formatted;
  const r = renderSignature(tpl, e, ctx);
  expect(r.refusal).toBeNull();
  return r.html;
}

const digits = (s: string) => s.replace(/ext\..*$/, '').replace(/\D/g, '');

describe('phone numbers in the written signature', () => {
  // [directory value, employee country, international, national]
  const cases: Array<[string, string, string, string]> = [
    ['+49 30 1234567', 'DE', '+49 30 1234567', '030 1234567'], // Berlin landline
    ['+49 89 12345678', 'DE', '+49 89 12345678', '089 12345678'], // München landline
    ['+4915123456789', 'DE', '+49 1512 3456789', '01512 3456789'], // DE mobile typed without spaces
    ['+1 650-253-0000', 'US', '+1 650 253 0000', '(650) 253-0000'],
    ['+44 20 7946 0018', 'GB', '+44 20 7946 0018', '020 7946 0018'], // London
    ['+447911123456', 'GB', '+44 7911 123456', '07911 123456'], // UK mobile
    ['+33 142685300', 'FR', '+33 1 42 68 53 00', '01 42 68 53 00'],
    ['+41 446681800', 'CH', '+41 44 668 18 00', '044 668 18 00'],
    ['+43 6641234567', 'AT', '+43 664 1234567', '0664 1234567'], // AT mobile
    ['+31 201234567', 'NL', '+31 20 123 4567', '020 123 4567'], // Amsterdam
    ['+31612345678', 'NL', '+31 6 12345678', '06 12345678'], // NL mobile
    ['+91 9876543210', 'IN', '+91 98765 43210', '098765 43210'], // IN mobile
    ['+81312345678', 'JP', '+81 3 1234 5678', '03-1234-5678'], // Tokyo
    ['+81 90 1234 5678', 'JP', '+81 90 1234 5678', '090-1234-5678'], // JP mobile
  ];

  it.each(cases)('writes %s (%s) in the country grouping, with the same digits', (value, country, intl, national) => {
    const html = render('{{#formatPhone}}{{phone.work}}{{/formatPhone}}|{{#formatPhoneNational}}{{phone.work}}{{/formatPhoneNational}}|{{phone.work}}', value, country);
    expect(html).toBe(`${intl}|${national}|${value}`);
    expect(digits(intl)).toBe(digits(value));
  });

  it("keeps the directory's grouping of a German mobile number libphonenumber cannot group (issue 12: +49 158 9162241)", () => {
    const tpl = '{{#formatPhone}}{{phone.work}}{{/formatPhone}}|{{#formatPhoneNational}}{{phone.work}}{{/formatPhoneNational}}|{{phone.work}}|{{#e164}}{{phone.work}}{{/e164}}';
    expect(render(tpl, '+49 158 9162241', 'DE')).toBe('+49 158 9162241|+49 158 9162241|+49 158 9162241|+491589162241');
    // Written nationally, the national helper keeps it national as the directory wrote it.
    expect(render(tpl, '0158 9162241', 'DE')).toBe('+49 158 9162241|0158 9162241|0158 9162241|+491589162241');
    expect(render(tpl, '(0158) 916-2241', 'DE')).toBe('+49 158 916-2241|(0158) 916-2241|(0158) 916-2241|+491589162241');
    // With no grouping to keep, the number is written internationally in both styles (a national form without
    // its trunk prefix, "1589162241", could not be dialled).
    expect(render(tpl, '+491589162241', 'DE')).toBe('+49 1589162241|+49 1589162241|+491589162241|+491589162241');
  });

  it('places a number without a country code in the employee country', () => {
    const tpl = '{{#formatPhone}}{{phone.work}}{{/formatPhone}}';
    expect(render(tpl, '030 1234567', 'DE')).toBe('+49 30 1234567');
    expect(render(tpl, '020 7946 0018', 'GB')).toBe('+44 20 7946 0018');
    expect(render(tpl, '(650) 253-0000', 'US')).toBe('+1 650 253 0000');
    expect(render(tpl, '03-1234-5678', 'JP')).toBe('+81 3 1234 5678');
    expect(render(tpl, '0049 30 1234567', 'DE')).toBe('+49 30 1234567');
    expect(render(tpl, '+49 (0)30 1234567', 'GB')).toBe('+49 30 1234567'); // its own + wins over the employee's country
    expect(render(tpl, '+44 (0)20 7946 0018', 'DE')).toBe('+44 20 7946 0018');
  });

  it('leaves a national number as the directory has it when the employee has no country', () => {
    expect(render('{{#formatPhone}}{{phone.work}}{{/formatPhone}}', '030 1234567', '')).toBe('030 1234567');
    expect(render('{{#formatPhone}}{{phone.work}}{{/formatPhone}}', '030 1234567', 'ZZ')).toBe('030 1234567');
  });

  it('writes extensions after the grouped number', () => {
    const tpl = '{{#formatPhone}}{{phone.work}}{{/formatPhone}}|{{#formatPhoneNational}}{{phone.work}}{{/formatPhoneNational}}|{{#e164}}{{phone.work}}{{/e164}}';
    expect(render(tpl, '+1 650 253 0000 x123', 'US')).toBe('+1 650 253 0000 ext. 123|(650) 253-0000 ext. 123|+16502530000');
    expect(render(tpl, '+49 30 1234567 ext. 89', 'DE')).toBe('+49 30 1234567 ext. 89|030 1234567 ext. 89|+49301234567');
    expect(render(tpl, '+49 158 9162241 ext. 7', 'DE')).toBe('+49 158 9162241 ext. 7|+49 158 9162241 ext. 7|+491589162241');
  });

  it('writes text that is not a phone number as the directory has it, escaped', () => {
    const tpl = '{{#formatPhone}}{{phone.work}}{{/formatPhone}}|{{#formatPhoneNational}}{{phone.work}}{{/formatPhoneNational}}';
    expect(render(tpl, 'ask reception', 'DE')).toBe('ask reception|ask reception');
    expect(render(tpl, '12', 'DE')).toBe('12|12');
    expect(render(tpl, '+', 'DE')).toBe('+|+');
    expect(render(tpl, '<b>030</b> & "x"', 'DE')).toBe('&lt;b&gt;030&lt;/b&gt; &amp; &quot;x&quot;|&lt;b&gt;030&lt;/b&gt; &amp; &quot;x&quot;');
    expect(render(tpl, '', 'DE')).toBe('|');
  });
});

describe('addresses keep their lines', () => {
  const three = 'Friedrichstraße 68\n10117 Berlin\nGermany';

  it('writes each line of a multi-line address on its own line in HTML text', () => {
    expect(render('<span>{{address.formatted}}</span>', '', 'DE', three)).toBe('<span>Friedrichstraße 68<br>10117 Berlin<br>Germany</span>');
  });

  it('reads CRLF, CR and Unicode line separators as line breaks, and drops empty and trailing lines', () => {
    expect(render('{{address.formatted}}', '', 'DE', '\r\n  1 Finsbury Avenue \r\n\r\nLondon\rEC2A 4BX\u2028United Kingdom\n\n')).toBe(
      '1 Finsbury Avenue<br>London<br>EC2A 4BX<br>United Kingdom',
    );
  });

  it('keeps the lines as newlines in an attribute, where a reader sees plain text', () => {
    expect(render('<img src="https://cdn.acme.test/map.png" alt="{{address.formatted}}" title="{{address.formatted}}">', '', 'DE', three)).toBe(
      '<img src="https://cdn.acme.test/map.png" alt="Friedrichstraße 68&#10;10117 Berlin&#10;Germany" title="Friedrichstraße 68&#10;10117 Berlin&#10;Germany">',
    );
  });

  it('escapes every line before it breaks them, so markup in an address stays text', () => {
    const html = render('<p>{{address.formatted}}</p>', '', 'DE', 'Main St 1\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>');
    expect(html).toBe('<p>Main St 1<br>&lt;script&gt;alert(1)&lt;/script&gt;<br>&lt;img src=x onerror=alert(1)&gt;</p>');
    // The marker a line break travels as cannot be planted by a value or by the template.
    expect(render('<p>{{address.formatted}}\uE00A</p>', '', 'DE', 'a\uE00Ab')).toBe('<p>ab</p>');
  });

  it('keeps a line break inside an unquoted attribute value (a sheet edit), where it cannot start an attribute', () => {
    const e = employee('a@acme.test');
    e.address.formatted = 'Main\nonmouseover=alert(1)';
    const r = renderSignature('<img src="https://cdn.acme.test/a.png" alt={{address.formatted}}>', e, ctx);
    expect(r.refusal).toBeNull();
    expect(r.html).toBe('<img src="https://cdn.acme.test/a.png" alt=Main&#10;onmouseover=alert(1)>');
    expect(startTags(r.html)[0].attributes.map((a) => [a.name, a.value])).toEqual([
      ['src', 'https://cdn.acme.test/a.png'],
      ['alt', 'Main\nonmouseover=alert(1)'],
    ]);
  });

  it('keeps lines through formatting sections and case changes', () => {
    expect(render('{{#upper}}{{address.formatted}}{{/upper}}', '', 'DE', 'Hohe Straße 52\n50667 Köln')).toBe('HOHE STRASSE 52<br>50667 KÖLN');
    expect(render('{{#formatPhone}}{{phone.work}}{{/formatPhone}}', '+49 30\n1234567', 'DE')).toBe('+49 30 1234567');
  });

  it('shows the lines in the preview card and keeps them through a Gmail-like sanitiser', () => {
    const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!.html;
    const html = render(classic, '+49 158 9162241', 'DE', three);
    expect(cardHtml(html)).toContain('Friedrichstraße 68<br>10117 Berlin<br>Germany');
    expect(cardHtml(html)).toContain('+49 158 9162241');
    expect(gmailSanitise(html)).toContain('Friedrichstraße 68<br />10117 Berlin<br />Germany');
  });
});
