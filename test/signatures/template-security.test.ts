import { validateTemplate } from '../../src/core/signatures/validate';
import { renderSignature } from '../../src/core/signatures/render';
import { runSignatureSlice } from '../../src/core/signatures/run';
import { MemorySignatureStore } from '../../src/adapters/signature-store';
import { cardHtml } from '../../src/ui/signature-cards';
import type { Assignment } from '../../src/core/signatures/types';
import { companyWide, employee, FakeGmail, template, T0 } from './fixtures';

const base = { customFieldKeys: ['linkedin', 'site'], employees: [employee('ada@acme.test')], at: T0, timeZone: 'UTC' };
const ctx = { banner: null, at: T0, timeZone: 'UTC' };

function issuesOf(html: string): string[] {
  return validateTemplate({ ...base, html }).issues.filter((i) => i.severity === 'error').map((i) => `${i.line}:${i.col} ${i.message}`);
}

describe('the template check reads HTML as a browser does', () => {
  it('refuses a javascript: link written as <a/href=…>', () => {
    expect(issuesOf('<a/href="javascript:alert(1)">x</a>')).toEqual(['1:4 links must start with https:, mailto: or tel:, not "javascript:alert(1)"']);
  });

  it('refuses an attribute glued after a quoted value', () => {
    const issues = issuesOf('<img src="https://cdn.acme.test/x.png"onerror="alert(1)">');
    expect(issues).toEqual(['1:39 attribute onerror is glued to the quoted value before it', '1:39 event attribute onerror is not allowed']);
    expect(issuesOf('<b title="a"style="color:red">x</b>')).toEqual(['1:13 attribute style is glued to the quoted value before it']);
  });

  it('refuses schemes hidden by entities, case, tabs, newlines and leading spaces', () => {
    for (const href of ['&#106;avascript:alert(1)', '&#x6A;avascript:1', '&#106avascript:1', 'JaVaScRiPt:1', 'java\tscript:1', 'java&#10;script:1', ' javascript:1', '&#0001;javascript:1', 'vbscript:x', 'data:text/html,x']) {
      expect(issuesOf(`<a href="${href}">x</a>`)).toEqual([expect.stringMatching(/^1:4 links must start with https:, mailto: or tel:/)]);
    }
  });

  it('refuses scripts behind comment tricks, CDATA, svg handlers and styles that load things', () => {
    expect(issuesOf('<!--><script>alert(1)</script>-->')).toEqual([
      '1:1 an HTML comment is not allowed in a signature (Gmail drops it; Outlook runs conditional comments)',
      '1:6 <script> is not allowed in a signature',
    ]);
    expect(issuesOf('<![CDATA[x]]>')).toHaveLength(1);
    expect(issuesOf('<svg onload=alert(1)>')).toEqual(['1:1 <svg> is not allowed in a signature', '1:6 event attribute onload is not allowed']);
    expect(issuesOf('<div style="background:u&#114;l(javascript:x)">x</div>')).toEqual(['1:6 style may not load images or scripts (url(), expression(), @import, escapes, comments)']);
    expect(issuesOf('<div style="width:exp/**/ression(1)">x</div>')).toHaveLength(1);
  });
});

describe('placeholders stand only where escaping protects them', () => {
  it('refuses a placeholder in an unquoted attribute value', () => {
    expect(issuesOf('<a href=https://x.example/{{title}}>x</a>')).toEqual([
      '1:4 {{title}} in the unquoted value of href: a value with a space would add attributes',
    ]);
  });

  it('refuses placeholders in tag names, attribute names, script bodies and right after "<"', () => {
    expect(issuesOf('<b{{title}}>x</b>')).toEqual(expect.arrayContaining(['1:1 {{title}} inside a tag name']));
    expect(issuesOf('<b {{title}}="x">x</b>')).toEqual(expect.arrayContaining(['1:4 {{title}} in place of an attribute name']));
    expect(issuesOf('<{{title}}>x')).toEqual(expect.arrayContaining(['1:1 {{title}} right after "<" would let a value write a tag']));
    expect(issuesOf('<script>var t = "{{title}}";</script>')).toEqual(expect.arrayContaining(['1:9 {{title}} inside <script>']));
    expect(issuesOf('<span style="color:{{custom.site}}">x</span>')).toEqual(['1:7 {{custom.site}} in style: placeholders may stand only in text and in alt, title, href or src']);
  });

  it('accepts link placeholders after a fixed scheme, and whole-value URL fields', () => {
    expect(issuesOf('<a href="https://www.linkedin.com/in/{{custom.linkedin}}" title="{{fullName}}">in</a> <a href="mailto:{{email}}">m</a> <a href="tel:{{#e164}}{{phone.work}}{{/e164}}">t</a>')).toEqual([]);
    expect(issuesOf('{{#custom.site}}<a href="{{custom.site}}">web</a>{{/custom.site}}<img src="{{photoUrl}}" alt="{{fullName}}">')).toEqual([]);
  });

  it('refuses a link whose scheme a directory value would choose', () => {
    expect(issuesOf('<a href="{{title}}">x</a>')).toEqual(['1:4 {{title}} is not a web address, so it cannot be the whole href']);
    expect(issuesOf('<a href="{{custom.site}}/about">x</a>')).toEqual([expect.stringMatching(/^1:4 the href begins with a placeholder/)]);
    expect(issuesOf('<a href="java{{#title}}{{/title}}script:alert(1)">x</a>')).toEqual(['1:4 links must start with https:, mailto: or tel: (written before any placeholder), not "java"']);
    expect(issuesOf('<img src="http://cdn.acme.test/{{custom.site}}">')).toEqual(['1:6 images must use an https address (written before any placeholder), not "http://cdn.acme.test/"']);
  });
});

describe('save and preview list issues instead of throwing', () => {
  it('lists issues with line and column instead of throwing on an unbalanced section', () => {
    const r = validateTemplate({ ...base, html: '<b>{{fullName}}</b>\n{{#title}}<i>{{title}}</i>' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => `${i.line}:${i.col} ${i.message}`)).toEqual(['2:1 {{#title}} is never closed']);
  });

  it("reports Mustache's own parse error with its line and column", () => {
    // A tag that never closes is not a {{…}} pair, so only Mustache's parser sees it.
    const r = validateTemplate({ ...base, html: '<b>{{fullName}}</b>\n<i>{{title</i>' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => `${i.line}:${i.col} ${i.message}`)).toEqual([expect.stringMatching(/^2:4 the template cannot be read: Unclosed tag$/)]);
  });
});

describe('rendering re-checks its output', () => {
  it('escapes directory values for their context so none becomes markup', () => {
    const e = employee('ada@acme.test', { title: '"><script>alert(1)</script>', fullName: "' onmouseover='alert(1)" });
    const r = renderSignature('<b title="{{fullName}}">{{title}}</b><img src="https://cdn.acme.test/a.png" alt=\'{{fullName}}\'>', e, ctx);
    expect(r.refusal).toBeNull();
    expect(r.html).toBe('<b title="&#39; onmouseover=&#39;alert(1)">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</b><img src="https://cdn.acme.test/a.png" alt=\'&#39; onmouseover=&#39;alert(1)\'>');
  });

  it('drops a javascript: URL that a directory value puts into a whole-value href', () => {
    const e = employee('ada@acme.test', { custom: { site: '\u0001 jav&#x61;script:alert(1)' } });
    const e2 = employee('bob@acme.test', { custom: { site: ' java\tscript:alert(1)' } });
    for (const x of [e, e2]) {
      const r = renderSignature('<a href="{{custom.site}}">web</a>', x, ctx);
      expect(r.html).toBe('<a>web</a>');
      expect(r.removed).toHaveLength(1);
    }
  });

  it('refuses, naming the template, a stored template that renders a script or an event handler', () => {
    const gmail = new FakeGmail();
    const store = new MemorySignatureStore();
    const bad = template('t-bad', '<b onclick="alert(1)">{{fullName}}</b>', { name: 'Edited in Sheets' });
    const r = runSignatureSlice({
      employees: [employee('ada@acme.test')], templates: [bad], assignments: [companyWide('t-bad')], campaigns: [], departmentBanners: [],
      at: T0, timeZone: 'UTC', writer: gmail, store, cause: { kind: 'nightly' }, now: () => T0, outOfTime: () => false,
    });
    expect(r.written).toBe(0);
    expect(gmail.patches).toEqual([]);
    expect(store.addressStates().get('ada@acme.test')).toMatchObject({ status: 'refused', reason: expect.stringMatching(/^template "Edited in Sheets" \(t-bad\): .*event attribute onclick is not allowed/) });
  });
});

describe('one bad template stops only its own employees', () => {
  it("writes every other employee when one department's template cannot render, and names the template", () => {
    const sales = [employee('s1@acme.test', { department: 'Sales' }), employee('s2@acme.test', { department: 'Sales' })];
    const others = [employee('e1@acme.test'), employee('e2@acme.test', { department: 'Support' })];
    const good = template('t-good', '<b>{{fullName}}</b>', { name: 'Company' });
    const broken = template('t-sales', '<b>{{fullName}}</b> {{#title}}<i>{{title}}</i>', { name: 'Sales 2026' });
    const bySales: Assignment = { id: 'a-sales', target: { kind: 'department', department: 'Sales' }, templateId: 't-sales', updatedAt: T0, updatedBy: 'admin@acme.test' };
    const gmail = new FakeGmail();
    const store = new MemorySignatureStore();
    const r = runSignatureSlice({
      employees: [...sales, ...others], templates: [good, broken], assignments: [companyWide('t-good'), bySales], campaigns: [], departmentBanners: [],
      at: T0, timeZone: 'UTC', writer: gmail, store, cause: { kind: 'nightly' }, now: () => T0, outOfTime: () => false,
    });
    expect(r.written).toBe(2);
    expect(r.refused).toBe(2);
    expect(gmail.patches.map((p) => p.address).sort()).toEqual(['e1@acme.test', 'e2@acme.test']);
    for (const s of sales) {
      const state = store.addressStates().get(s.primaryEmail)!;
      expect(state.status).toBe('refused');
      expect(state.reason).toBe('template "Sales 2026" (t-sales): the template cannot be read: Unclosed section "title" (line 1, column 21)');
      expect(state.fix).toMatch(/open the template, fix it/);
    }
  });
});

describe("the admin's preview card", () => {
  it('never shows a javascript: or other non-allowed link, however the HTML hides it', () => {
    const html = '<a href="javascript:alert(1)">a</a><a/href="&#106;avascript:1">b</a><a href=" java\tscript:1">c</a><a href="data:text/html,x">d</a><a href="https://acme.test/?a=1&amp;b=&quot;2">ok</a><script>bad()</script>';
    const card = cardHtml(html);
    expect(card).toBe('abcd<a href="https://acme.test/?a=1&amp;b=&quot;2">ok</a>');
  });
});
