/**
 * Seeded fuzzing of the template check and the renderer (issue 10, findings 10 and 11). Malicious templates
 * (scheme obfuscation, glued and unquoted attributes, comment/CDATA tricks, svg handlers, style loaders,
 * misplaced placeholders) mixed with ordinary markup, rendered for employees whose directory values attack
 * (`"><script>`, `' onmouseover='`, `javascript:` links, control characters). The promises:
 *   - the save check refuses every template with a malicious part;
 *   - whatever the template (a sheet edit bypasses the save check), a rendering is refused or safe: no script,
 *     no event handler, no URL outside https/mailto/tel, no loading style — judged by htmlparser2 on the
 *     output, here and after the offline Gmail sanitiser, and on the admin's preview card;
 *   - nothing throws.
 */
import { Parser } from 'htmlparser2';
import { validateTemplate } from '../../src/core/signatures/validate';
import { renderSignature } from '../../src/core/signatures/render';
import { cardHtml } from '../../src/ui/signature-cards';
import { sanitizeSignature } from '../../sim/google/signature-sanitizer';
import { newEmployee, type Employee } from '../../src/core/directory/employee';

const T0 = Date.UTC(2026, 10, 21, 3, 0);
const CASES = 5_000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    s ^= s >>> 12;
    return (s >>> 0) / 0x100000000;
  };
}

const random = rng(20261121);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

/** `javascript:` as an attacker writes it: mixed case, entities with and without `;`, tabs/newlines, leading junk. */
function obfuscated(scheme: string): string {
  let out = random() < 0.3 ? pick([' ', '\t', '&#1;', '&#x20;', '\n', '&#0000009;']) : '';
  for (const ch of scheme) {
    const c = random() < 0.5 ? ch.toUpperCase() : ch;
    const r = random();
    if (r < 0.15) out += `&#${c.charCodeAt(0)};`;
    else if (r < 0.25) out += `&#x${c.charCodeAt(0).toString(16)}${random() < 0.5 ? ';' : ''}`;
    else if (r < 0.3) out += `&#${'0'.repeat(1 + Math.floor(random() * 5))}${c.charCodeAt(0)};`;
    else out += c;
    if (random() < 0.1) out += pick(['\t', '\n', '\r', '&#9;', '&#x0A;', '&Tab;', '&NewLine;']);
  }
  return out;
}

const badScheme = () => `${obfuscated(pick(['javascript:', 'vbscript:', 'data:']))}${pick(['alert(1)', 'text/html;base64,PHNjcmlwdD4=', '//x'])}`;

const MALICIOUS: Array<() => string> = [
  () => `<a href="${badScheme()}">x</a>`,
  () => `<a/href="${badScheme()}">x</a>`,
  () => `<a href='${badScheme()}'>x</a>`,
  () => `<A HREF=${badScheme().replace(/[\s"'>]/g, '')}>x</A>`,
  () => `<img src="${badScheme()}">`,
  () => `<a href=" javascript:alert(1)">x</a>`,
  () => `<img src=x onerror=alert(1)>`,
  () => `<img src="https://cdn.acme.test/a.png"${pick(['onerror', 'OnError', 'onload'])}="alert(1)">`,
  () => `<b title="x"${pick(['onmouseover', 'ONCLICK'])}='alert(1)'>b</b>`,
  () => `<svg onload=alert(1)>`,
  () => `<svg><a xlink:href="javascript:alert(1)">x</a></svg>`,
  () => `<math><mi href="javascript:alert(1)">x</mi></math>`,
  () => `<${pick(['script', 'SCRIPT', 'ScRiPt'])}>alert(1)</script>`,
  () => `<!--><script>alert(1)</script>-->`,
  () => `<!--[if gte mso 9]><script>alert(1)</script><![endif]-->`,
  () => `<![CDATA[><script>alert(1)</script>]]>`,
  () => `</a/><script>alert(1)</script>`,
  () => `<scr<script>ipt>alert(1)</script>`,
  () => `<style>*{background:url(javascript:alert(1))}</style>`,
  () => `<div style="background:${pick(['url(javascript:alert(1))', 'u&#114;l(javascript:x)', 'u\\72l(x)', 'URL( "x" )'])}">d</div>`,
  () => `<div style="width:${pick(['expression(alert(1))', 'exp/**/ression(alert(1))', 'EXPRESSION(1)'])}">d</div>`,
  () => `<iframe src="https://x.test"></iframe>`,
  () => `<object data="x"></object>`,
  () => `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  () => `<base href="javascript:/">`,
  () => `<form action="javascript:alert(1)"><button>x</button></form>`,
  () => `<a href="https://ok.test" / onclick=alert(1)>x</a>`,
  () => `<a href=https://x.example/{{${pick(['title', 'fullName', 'custom.site'])}}}>x</a>`,
  () => `<a href={{custom.site}}>x</a>`,
  () => `<b {{title}}>x</b>`,
  () => `<{{title}}>x`,
  () => `<b{{title}}>x</b>`,
  () => `<script>var t = "{{title}}";</script>`,
  () => `<a href="{{${pick(['title', 'fullName', 'department', 'email'])}}}">x</a>`,
  () => `<a href="{{custom.site}}${pick(['/x', '?a=1', ''])}{{title}}">x</a>`,
  () => `<span style="color:{{title}}">x</span>`,
  () => `<td width={{title}}>x</td>`,
  () => `<a href="java{{#title}}{{/title}}script:alert(1)">x</a>`,
  () => `<a href="{{^title}}" onclick="{{/title}}alert(1)">x</a>`,
  () => `<img src="http://cdn.acme.test/{{photoUrl}}">`,
];

const BENIGN: Array<() => string> = [
  () => '<b>{{fullName}}</b>',
  () => '<a href="https://www.linkedin.com/in/{{custom.linkedin}}" style="color:#1a73e8">in</a>',
  () => '{{#custom.site}}<a href="{{custom.site}}">site</a>{{/custom.site}}',
  () => '<img src="{{photoUrl}}" alt="{{fullName}}" width="64">',
  () => `<span title="{{title}}">{{#upper}}{{title}}{{/upper}}</span>`,
  () => '{{#title}}<i>{{title}}</i>{{/title}}<br>',
  () => '{{#address.formatted}}<span title="{{address.formatted}}">{{address.formatted}}</span>{{/address.formatted}}',
  () => '<a href="mailto:{{email}}">{{email}}</a>',
  () => '<a href="tel:{{#e164}}{{phone.work}}{{/e164}}">{{#formatPhone}}{{phone.work}}{{/formatPhone}}</a>',
  () => '<table cellpadding="0"><tr><td style="padding:4px;color:#333">{{department}}</td></tr></table>',
  () => '{{#banner.imageUrl}}<a href="{{banner.link}}"><img src="{{banner.imageUrl}}" alt="{{banner.alt}}"></a>{{/banner.imageUrl}}',
  () => `<p>${pick(['Kind regards', 'Tom &amp; Jerry', '&copy; {{year}}', 'a &lt; b'])}</p>`,
];

const ATTACKS = {
  title: ['"><script>alert(1)</script>', "' onmouseover='alert(1)", 'x onmouseover=alert(1)', 'onclick=alert(1)', 'script', '</a><script>x</script>', '<img src=x onerror=alert(1)>', ' javascript:alert(1)',
    // Multi-line values (an address): each line break becomes <br> in text, after escaping.
    'Main St 1\n<script>alert(1)</script>', 'a\r\n"><img src=x onerror=alert(1)>', 'x\n onmouseover=alert(1)', '\n\uE00A<script>\r'],
  site: ['javascript:alert(1)', ' java\tscript:alert(1)', '\u0000javascript:alert(1)', 'JAVASCRIPT:alert(1)', '&#106;avascript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '\u0001\u001fjavascript:x', 'https://ok.test/"onclick="x'],
  photo: ['data:image/svg+xml,<svg onload=alert(1)>', 'http://insecure.test/p.png', 'javascript:alert(1)', 'https://cdn.acme.test/p.png" onerror="alert(1)'],
  banner: ['vbscript:x', 'javascript:alert(1)', 'https://acme.test/sale'],
};

function attacker(i: number): Employee {
  const e = newEmployee(`user${i}@acme.test`, T0, `id-${i}`);
  Object.assign(e, {
    givenName: 'Ada',
    familyName: pick(ATTACKS.title),
    fullName: pick(ATTACKS.title),
    title: pick(ATTACKS.title),
    department: pick(ATTACKS.title),
    photoUrl: pick(ATTACKS.photo),
    custom: { site: pick(ATTACKS.site), linkedin: pick([...ATTACKS.site, 'ada-lovelace']) },
  });
  e.phones.work = pick(['+49 30 1234567', 'javascript:alert(1)', '"><b>', '+49 158\n<script>']);
  e.address.formatted = pick(ATTACKS.title);
  return e;
}

const EMPLOYEES = Array.from({ length: 40 }, (_, i) => attacker(i));

/** Independent of the code under test: htmlparser2 on the output, the URL read as WHATWG's parser reads it. */
function unsafeParts(html: string): string[] {
  const found: string[] = [];
  const scheme = (v: string) => /^([a-z][a-z0-9+.-]*):/i.exec(v.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase() ?? '';
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'meta', 'base', 'form', 'link', 'frame', 'applet'].includes(name)) found.push(`<${name}>`);
        for (const [a, v] of Object.entries(attribs)) {
          if (a.startsWith('on')) found.push(`${a}= on <${name}>`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'data'].includes(a)) {
            const s = scheme(v);
            if (s !== '' && !['https', 'mailto', 'tel'].includes(s)) found.push(`${a}="${s}:…" on <${name}>`);
          }
          if (a === 'style' && /url\s*\(|expression\s*\(|\\/i.test(v)) found.push(`style="${v}"`);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return found;
}

describe('template fuzzing: malicious templates and directory values', () => {
  it(`refuses every malicious template on save and never renders script, handlers or bad schemes (${CASES} templates)`, () => {
    let refusedOnSave = 0;
    let rendered = 0;
    let refusedAtRender = 0;
    for (let n = 0; n < CASES; n++) {
      const parts: string[] = [];
      let malicious = 0;
      const count = 1 + Math.floor(random() * 4);
      for (let k = 0; k < count; k++) {
        if (random() < 0.5) {
          parts.push(pick(MALICIOUS)());
          malicious++;
        } else parts.push(pick(BENIGN)());
      }
      const html = parts.join(pick(['', '\n', ' ']));
      const check = validateTemplate({ html, customFieldKeys: ['site', 'linkedin'], employees: [], at: T0, timeZone: 'UTC' });
      if (malicious > 0) {
        if (check.ok) throw new Error(`save accepted a malicious template:\n${html}`);
        refusedOnSave++;
      } else if (!check.ok) {
        throw new Error(`save refused an ordinary template:\n${html}\n${JSON.stringify(check.issues)}`);
      }
      for (let k = 0; k < 2; k++) {
        const e = pick(EMPLOYEES);
        const r = renderSignature(html, e, { banner: { imageUrl: 'https://cdn.acme.test/b.png', link: pick(ATTACKS.banner), alt: pick(ATTACKS.title) }, at: T0, timeZone: 'UTC' });
        if (r.refusal && r.refusal.kind !== 'too_long') {
          refusedAtRender++;
          expect(r.html).toBe('');
          continue;
        }
        rendered++;
        for (const [what, out] of [['rendered', r.html], ['stored by Gmail', sanitizeSignature(r.html)], ['preview card', cardHtml(r.html)]] as const) {
          const bad = unsafeParts(out);
          if (bad.length > 0) throw new Error(`${what} output is unsafe (${bad.join(', ')}) for template:\n${html}\nemployee ${JSON.stringify(e)}\noutput: ${out}`);
        }
      }
    }
    expect(refusedOnSave).toBeGreaterThan(CASES / 2);
    expect(rendered).toBeGreaterThan(CASES / 4);
    expect(refusedAtRender).toBeGreaterThan(0);
  });

  it('lets ordinary templates through save and renders them for attacking employees with their values escaped', () => {
    const html = BENIGN.map((f) => f()).join('\n');
    expect(validateTemplate({ html, customFieldKeys: ['site', 'linkedin'], employees: EMPLOYEES, at: T0, timeZone: 'UTC' }).issues).toEqual([]);
    for (const e of EMPLOYEES) {
      const r = renderSignature(html, e, { banner: null, at: T0, timeZone: 'UTC' });
      expect(r.refusal).toBeNull();
      expect(unsafeParts(r.html)).toEqual([]);
      expect(r.html).toContain('https://www.linkedin.com/in/');
    }
  });
});
