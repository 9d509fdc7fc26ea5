import { renderSignature } from '../../src/core/signatures/render';
import { employee, T0 } from './fixtures';

const ctx = { banner: null, at: T0, timeZone: 'Europe/Berlin' };

describe('rendering a signature', () => {
  it('escapes names and titles containing HTML, quotes and scripts', () => {
    const e = employee('ada@acme.test', {
      fullName: '<script>alert("x")</script> O\'Brien & "Co"',
      title: '<img src=x onerror=alert(1)>Boss',
    });
    const r = renderSignature('<b title="{{fullName}}">{{fullName}}</b> {{title}} {{{title}}} {{& fullName}}', e, ctx);
    expect(r.html).not.toContain('<script');
    expect(r.html).not.toContain('<img');
    expect(r.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;Co&quot;');
    expect(r.html).toContain('title="&lt;script&gt;');
    expect(r.html.match(/&lt;img src=x onerror=alert\(1\)&gt;Boss/g)).toHaveLength(2);
  });

  it('hides a block whose field is empty and keeps it when filled', () => {
    const tpl = '{{fullName}}{{#phone.mobile}} · M {{phone.mobile}}{{/phone.mobile}}{{^phone.mobile}} · no mobile{{/phone.mobile}}';
    expect(renderSignature(tpl, employee('a@acme.test'), ctx).html).toBe('Ada Lovelace · no mobile');
    const withMobile = employee('a@acme.test', { phones: { ...employee('x@y').phones, mobile: '+49 170 1234567' } });
    expect(renderSignature(tpl, withMobile, ctx).html).toBe('Ada Lovelace · M +49 170 1234567');
  });

  it('fills typed phones, address parts and custom fields', () => {
    const e = employee('a@acme.test', { custom: { pronouns: 'she/her', startDate: '2024-03-01' } });
    e.phones.work = '030 1234567';
    e.phones.fax = '030 1234568';
    e.address.countryCode = 'DE';
    e.address.locality = 'Berlin';
    const r = renderSignature('{{phone.work}}|{{phone.fax}}|{{address.locality}}|{{custom.pronouns}}|{{#formatDate}}{{custom.startDate}}{{/formatDate}}', e, ctx);
    expect(r.html).toBe('030 1234567|030 1234568|Berlin|she/her|1 March 2024');
  });

  it('formats phone numbers for the employee country', () => {
    const e = employee('a@acme.test');
    e.phones.work = '030 1234567';
    e.address.countryCode = 'DE';
    const r = renderSignature('{{#formatPhone}}{{phone.work}}{{/formatPhone}}|{{#formatPhoneNational}}{{phone.work}}{{/formatPhoneNational}}|{{#e164}}{{phone.work}}{{/e164}}', e, ctx);
    expect(r.html).toBe('+49 30 1234567|030 1234567|+49301234567');
  });

  it('changes case without breaking escaped characters', () => {
    const e = employee('a@acme.test', { fullName: 'ben & jerry o\'neil-smith' });
    const r = renderSignature('{{#upper}}<b>{{fullName}}</b>{{/upper}}|{{#titleCase}}{{fullName}}{{/titleCase}}|{{#lower}}ABC{{/lower}}', e, ctx);
    expect(r.html).toBe('<b>BEN &amp; JERRY O&#39;NEIL-SMITH</b>|Ben &amp; Jerry O&#39;Neil-Smith|abc');
  });

  it('drops links and images whose URL from employee data is not allowed', () => {
    const e = employee('a@acme.test', { photoUrl: 'http://insecure.test/p.png', custom: { site: 'javascript:alert(1)' } });
    const r = renderSignature('<a href="{{custom.site}}">site</a><img src="{{photoUrl}}" alt="me">', e, ctx);
    expect(r.html).toBe('<a>site</a><img alt="me">');
    expect(r.removed).toHaveLength(2);
  });

  it('shows the campaign or department banner and the year of the run', () => {
    const r = renderSignature('{{#banner.imageUrl}}<a href="{{banner.link}}"><img src="{{banner.imageUrl}}" alt="{{banner.alt}}"></a>{{/banner.imageUrl}} © {{year}}', employee('a@acme.test'), {
      ...ctx,
      banner: { imageUrl: 'https://cdn.acme.test/b.png', link: 'https://acme.test/sale', alt: 'Winter sale' },
    });
    expect(r.html).toBe('<a href="https://acme.test/sale"><img src="https://cdn.acme.test/b.png" alt="Winter sale"></a> © 2026');
  });

  it('refuses a rendering over 10,000 characters with the reason', () => {
    const e = employee('long@acme.test', { title: 'x'.repeat(10_001) });
    const r = renderSignature('{{title}}', e, ctx);
    expect(r.refusal?.reason).toMatch(/10,001 characters; Gmail accepts at most 10,000/);
  });
});
