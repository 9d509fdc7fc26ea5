/**
 * The designer's pure parts: a layout becomes the same kind of template a person would write by hand (and renders
 * identically), bad layouts name their field, the layout survives inside the template, the Gmail model keeps what
 * the offline Gmail keeps, and image addresses are pre-flighted.
 */
import { checkLayout, layoutTemplate, type StudioLayout } from '../../src/core/studio/layout';
import { layoutInTemplate, withLayoutComment, withoutLayoutComment } from '../../src/core/studio/layout-comment';
import { gmailKeeps } from '../../src/core/studio/gmail-keeps';
import { imageAddressProblem, imageFetchVerdict, literalImageUrls } from '../../src/core/studio/image-preflight';
import { renderSignature } from '../../src/core/signatures/render';
import { validateTemplate } from '../../src/core/signatures/validate';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { sanitizeSignature } from '../../sim/google/signature-sanitizer';
import { employee, T0 } from '../signatures/fixtures';

const FIELDS = new Set(['fullName', 'title', 'email', 'phone.mobile', 'phone.work', 'photoUrl', 'department']);
const CTX = { banner: null, at: T0, timeZone: 'Europe/Berlin' };

const LAYOUT: StudioLayout = {
  photo: 'left', photoSize: 64, photoRound: false, columns: 1, divider: false,
  main: [
    { kind: 'name', fields: ['fullName'], label: '', conditional: false },
    { kind: 'phone', fields: ['phone.mobile'], label: 'Mobile', conditional: true },
  ],
  side: [], social: [], banner: false, legal: '', font: 'arial', fontSize: 13, color: '#202124', accent: '#1a73e8',
};

/** What a person writes for LAYOUT by hand. */
const HAND = `<table cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.4;color:#202124">
<tr>{{#photoUrl}}<td valign="top" style="padding-right:12px"><img src="{{photoUrl}}" alt="{{fullName}}" width="64" height="64" style="display:block"></td>{{/photoUrl}}
<td valign="top"><b style="font-size:15px">{{fullName}}</b><br>
{{#phone.mobile}}Mobile <a href="tel:{{#e164}}{{phone.mobile}}{{/e164}}" style="color:#1a73e8;text-decoration:none">{{#formatPhone}}{{phone.mobile}}{{/formatPhone}}</a><br>{{/phone.mobile}}</td></tr>
</table>`;

const squash = (html: string) => html.replace(/>\s+</g, '><').trim();

describe('the Studio designer', () => {
  const people = [
    employee('ann@example.com', { givenName: 'Ann', familyName: 'Lee', fullName: 'Ann Lee', photoUrl: 'https://example.com/ann.png', phones: { ...employee('x@example.com').phones, mobile: '+49 158 9162241' } }),
    employee('bo@example.com', { givenName: 'Bo', familyName: 'Ng', fullName: 'Bo Ng' }),
  ];

  it('renders a designed layout exactly as the equivalent hand-written template', () => {
    const checked = checkLayout(LAYOUT, FIELDS);
    if (!('layout' in checked)) throw new Error(JSON.stringify(checked.issues));
    const designed = layoutTemplate(checked.layout);
    for (const e of people) expect(squash(renderSignature(designed, e, CTX).html)).toBe(squash(renderSignature(HAND, e, CTX).html));
    expect(renderSignature(designed, people[1], CTX).html).not.toContain('Mobile');
  });

  it('passes the save-time checks for every combination the form offers', () => {
    for (const photo of ['none', 'left', 'right'] as const) {
      for (const columns of [1, 2] as const) {
        const l: StudioLayout = { ...LAYOUT, photo, columns, divider: true, banner: true, legal: 'Legal {{x}} <b>', side: [{ kind: 'email', fields: ['email'], label: '', conditional: false }], social: [{ label: 'Site', url: 'https://example.com/' }] };
        const html = withLayoutComment(layoutTemplate(l), l);
        const v = validateTemplate({ html, customFieldKeys: [], employees: people, at: T0, timeZone: 'Europe/Berlin' });
        expect([photo, columns, v.issues]).toEqual([photo, columns, []]);
      }
    }
  });

  it('names the field and the fix for every bad value from the page', () => {
    const r = checkLayout({ ...LAYOUT, color: 'red', fontSize: 99, font: 'comic', photo: 'top', main: [{ kind: 'text', fields: ['salary'] }], social: [{ label: 'x', url: 'javascript:alert(1)' }] }, FIELDS);
    expect('issues' in r && r.issues.map((i) => i.field).sort()).toEqual(['color', 'font', 'fontSize', 'main[0].fields', 'photo', 'social[0].url'].sort());
    expect(checkLayout(null, FIELDS)).toHaveProperty('issues');
  });

  it('keeps the layout inside the template, invisible to the renderer', () => {
    const l = { ...LAYOUT, legal: 'a }} b {{c}} "q" \\ d' };
    const html = withLayoutComment(layoutTemplate(l), l);
    expect(layoutInTemplate(html)).toEqual(l);
    expect(withoutLayoutComment(html)).toBe(layoutTemplate(l));
    expect(renderSignature(html, people[0], CTX).html).toBe(renderSignature(layoutTemplate(l), people[0], CTX).html);
    expect(layoutInTemplate('<b>{{fullName}}</b>')).toBeNull();
  });

  it("keeps what the offline Gmail keeps of every starter template's rendering", () => {
    const hostile = '<div onclick="x()" class="c" style="color:red;position:absolute;background-image:url(x)">A<script>alert(1)</script><img src="data:image/png;base64,AA"><a href="javascript:x">b</a></div>';
    for (const html of [...STARTER_TEMPLATES.map((s) => renderSignature(s.html, people[0], CTX).html), hostile]) {
      // Serialisation only: sanitize-html writes void elements as `<br />`.
      const norm = (s: string) => s.replace(/\s*\/>/g, '>').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
      expect(norm(gmailKeeps(html))).toBe(norm(sanitizeSignature(html)));
    }
  });

  it('pre-flights image addresses: https only, no data:, no Drive sharing links, and the fetched answer', () => {
    expect(literalImageUrls('<img src="https://a.example/x.png"><img src="{{photoUrl}}">')).toEqual(['https://a.example/x.png']);
    expect(imageAddressProblem('data:image/png;base64,AAAA')?.message).toMatch(/10,000-character/);
    expect(imageAddressProblem('https://drive.google.com/file/d/abc/view?usp=sharing')?.fix).toMatch(/https web server/);
    expect(imageAddressProblem('http://a.example/x.png')?.state).toBe('refused');
    expect(imageAddressProblem('https://a.example/x.png')).toBeNull();
    expect(imageFetchVerdict('u', 404, 'text/html', 10).state).toBe('refused');
    expect(imageFetchVerdict('u', 200, 'text/html', 10).message).toMatch(/not an image/);
    expect(imageFetchVerdict('u', 200, 'image/png', 300 * 1024).state).toBe('warning');
    expect(imageFetchVerdict('u', 200, 'image/png', 3 * 1024 * 1024).state).toBe('refused');
    expect(imageFetchVerdict('u', 200, 'image/png', 12 * 1024)).toMatchObject({ state: 'ok', message: 'is an image (image/png, 12 KB)' });
  });
});
