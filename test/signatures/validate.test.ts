import { validateTemplate } from '../../src/core/signatures/validate';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { renderSignature } from '../../src/core/signatures/render';
import { htmlProblems, signatureFingerprint } from '../../src/core/signatures/html-policy';
import { sanitizeSignature } from '../../sim/google/signature-sanitizer';
import { employee, gmailSanitise, T0 } from './fixtures';

const base = { customFieldKeys: ['pronouns'], employees: [employee('ada@acme.test')], at: T0, timeZone: 'UTC' };

describe('checking a template on save', () => {
  it('reports an unknown placeholder with its line, column and a suggestion', () => {
    const r = validateTemplate({ ...base, html: '<b>{{fullName}}</b>\n<i>{{titel}}</i> {{custom.pronouns}}' });
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 2, col: 4, message: 'unknown placeholder {{titel}}', fix: 'did you mean {{title}}?' }),
    ]);
  });

  it('reports blocks that are never closed, closed without opening, or closed in the wrong order', () => {
    const r = validateTemplate({ ...base, html: '{{#title}}{{#phone.work}}x{{/title}}\n{{/department}}\n{{#location}}' });
    const messages = r.issues.map((i) => `${i.line}:${i.col} ${i.message}`);
    expect(messages).toEqual([
      '1:27 {{/title}} closes {{#phone.work}} (opened at 1:11)',
      '2:1 {{/department}} closes a block that was never opened',
      '3:1 {{#location}} is never closed',
    ]);
  });

  it('refuses scripts, event handlers, style sheets and URLs that are not https, mailto or tel', () => {
    const html = '<script>x</script>\n<a href="http://acme.test" onclick="x()">a</a>\n<img src="data:image/png;base64,AAAA">\n<a href="javascript:alert(1)">j</a><style>b{}</style><div style="background:url(https://x)">';
    const r = validateTemplate({ ...base, html });
    const found = r.issues.map((i) => `${i.line}:${i.col}`);
    expect(found).toEqual(['1:1', '2:4', '2:28', '3:6', '4:4', '4:36', '4:59']);
    expect(r.issues.find((i) => i.line === 3)?.message).toMatch(/base64/);
    expect(r.issues.every((i) => i.fix.length > 0)).toBe(true);
  });

  it('accepts placeholders inside link and image addresses and checks their literal part', () => {
    const ok = validateTemplate({ ...base, html: '<a href="mailto:{{email}}">m</a><a href="tel:{{#e164}}{{phone.work}}{{/e164}}">t</a><img src="{{photoUrl}}">' });
    expect(ok.issues).toEqual([]);
    const bad = validateTemplate({ ...base, html: '<a href="http://acme.test/{{email}}">m</a>' });
    expect(bad.issues[0].message).toMatch(/links must start with https:/);
  });

  it('warns when the longest rendering across real employees exceeds 10,000 characters, naming who', () => {
    const employees = [employee('short@acme.test'), employee('long@acme.test', { title: 'y'.repeat(9_990) })];
    const r = validateTemplate({ ...base, employees, html: '<b>{{fullName}}</b> {{title}}' });
    expect(r.ok).toBe(true);
    expect(r.longest?.email).toBe('long@acme.test');
    expect(r.overLimit).toEqual(['long@acme.test']);
    // The length is the whole template's, not a place in it: no line and column.
    expect(r.issues[0]).toMatchObject({ severity: 'warning', line: 0, col: 0 });
    const over = r.longest!.length - 10_000;
    expect(r.issues[0].message).toBe(`the signature is ${over} characters too long for Gmail for long@acme.test: ${r.longest!.length.toLocaleString('en-US')} of the 10,000 Gmail allows, with their values filled in. 1 of 2 employees would be refused`);
  });

  it('says how many employees it checked when time runs out', () => {
    const employees = Array.from({ length: 250 }, (_, i) => employee(`u${i}@acme.test`));
    let calls = 0;
    const r = validateTemplate({ ...base, employees, html: '{{fullName}}', outOfTime: () => ++calls > 2 });
    expect(r.checked).toBe(200);
    expect(r.issues[0].message).toBe('only 200 of 250 employees were checked for length before time ran out');
  });

  it('blocks a formatting name used as a field, and partials', () => {
    const r = validateTemplate({ ...base, html: '{{upper}} {{> header}}' });
    expect(r.issues.map((i) => i.message)).toEqual(['{{upper}} is a formatting block, not a field', '{{> header}} is not supported (partials)']);
  });
});

describe('starter templates', () => {
  const full = employee('grace@acme.test', { photoUrl: 'https://cdn.acme.test/grace.png', location: 'Berlin', custom: { pronouns: 'she/her' } });
  Object.assign(full.phones, { work: '030 1234567', mobile: '0170 1234567', fax: '030 1234568' });
  Object.assign(full.address, { countryCode: 'DE', country: 'Germany', locality: 'Berlin', formatted: 'Unter den Linden 1, 10117 Berlin' });
  const sparse = employee('min@acme.test', { title: '', department: '' });
  const banner = { imageUrl: 'https://cdn.acme.test/banner.png', link: 'https://acme.test/winter', alt: 'Winter offer' };

  it.each(STARTER_TEMPLATES.map((t) => [t.name, t]))('%s passes validation for full and sparse employees', (_name, t) => {
    const r = validateTemplate({ ...base, employees: [full, sparse], html: t.html, bannerFor: () => banner });
    expect(r.issues).toEqual([]);
  });

  it.each(STARTER_TEMPLATES.map((t) => [t.name, t]))('%s keeps its text, links and images through the offline Gmail sanitiser', (_name, t) => {
    const html = renderSignature(t.html, full, { banner, at: T0, timeZone: 'UTC' }).html;
    const stored = sanitizeSignature(html);
    // What Gmail stored is recognised as what was sent (used to confirm writes an interrupted run left unconfirmed).
    expect(signatureFingerprint(stored)).toBe(signatureFingerprint(html));
    expect(signatureFingerprint(gmailSanitise(html))).toBe(signatureFingerprint(html));
    expect(htmlProblems(html)).toEqual([]);
    expect(stored).toContain('mailto:grace@acme.test');
    expect(stored).toMatch(/\+49 30 1234567|\+49 170 1234567/);
    expect(stored.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ')).toBe(html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' '));
    expect(html.length).toBeLessThan(3_000);
  });
});
