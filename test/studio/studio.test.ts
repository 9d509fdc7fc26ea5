/**
 * The Signature Studio through the built bundle: the page as a web app, the designer's layout saved as an ordinary
 * template, the exact preview (writer's renderer, Gmail model, one count), and a Studio save that reaches Gmail
 * through the usual assign → apply path.
 */
import { sheetRows, shown } from '../directory/world';
import { mailboxOf } from '../../sim/google/mailbox';
import { sanitizeSignature } from '../../sim/google/signature-sanitizer';
import { rowToEmployee } from '../../src/core/directory/employee-row';
import { renderSignature } from '../../src/core/signatures/render';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { validateTemplate } from '../../src/core/signatures/validate';
import { layoutInTemplate } from '../../src/core/studio/layout-comment';
import { action, studioCall, studioWorld, type StudioWorld } from './world';
import type { Employee } from '../../src/core/directory/employee';

const TWO_COLUMNS = {
  photo: 'left', photoSize: 64, photoRound: true, columns: 2, divider: true,
  main: [
    { kind: 'name', fields: ['fullName'], label: '', conditional: false },
    { kind: 'muted', fields: ['title'], label: '', conditional: true },
  ],
  side: [
    { kind: 'phone', fields: ['phone.mobile'], label: 'Mobile', conditional: true },
    { kind: 'email', fields: ['email'], label: '', conditional: false },
  ],
  social: [{ label: 'LinkedIn', url: 'https://www.linkedin.com/company/example' }],
  banner: true, legal: 'Example GmbH · Registered in Berlin {{not a field}}', font: 'arial', fontSize: 13, color: '#202124', accent: '#1a73e8',
};

function text(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/** The tenant's employees as the add-on stores them (its sheet). */
function employees(w: StudioWorld): Employee[] {
  const rows = sheetRows(w, 'employees');
  const header = Object.keys(rows[0]);
  return rows.map((r) => rowToEmployee(header, header.map((h) => r[h])));
}

describe('Signature Studio', () => {
  let w: StudioWorld;
  beforeAll(() => {
    w = studioWorld();
  }, 120_000);

  it('serves the Studio page to an administrator as a web app executing as them', () => {
    const page = w.ws.serveWebApp(w.project, w.admin, { method: 'GET', queryString: 'template=tpl-x"><script>' });
    expect(page.ok).toBe(true);
    expect(page.title).toBe('Autograph · Signature Studio');
    expect(page.html).toContain('google.script.run');
    // A forged template id is not echoed into the page.
    expect(page.html).toContain('data-template=""');
    expect(page.run!.execution.user.primaryEmail).toBe(w.admin);
  });

  it('offers the tenant’s fields with sample values from real employees', () => {
    const loaded = studioCall(w, 'studioLoad', [null]);
    const mobile = loaded.fields.find((f: { name: string }) => f.name === 'phone.mobile');
    expect(mobile.sample).toMatch(/^\+\d[\d ]+$/);
    expect(loaded.starters.map((s: { key: string }) => s.key)).toEqual(STARTER_TEMPLATES.map((s) => s.key));
    expect(loaded.limit).toBe(10_000);
  });

  it('previews a two-column design with a photo: the conditional mobile block vanishes for an employee without one', () => {
    const withMobile = studioCall(w, 'studioPreview', [{ layout: TWO_COLUMNS }, w.withMobile]);
    const without = studioCall(w, 'studioPreview', [{ layout: TWO_COLUMNS }, w.withoutMobile]);
    expect(withMobile.ok).toBe(true);
    expect(withMobile.employee.email).toBe(w.withMobile);
    expect(text(withMobile.employee.html)).toContain('Mobile +49 158 9162241');
    expect(without.employee.html).not.toContain('Mobile');
    // The legal line's braces are text, not a placeholder.
    expect(withMobile.employee.html).toContain('{{not a field}}');
    expect(withMobile.longest.length).toBeGreaterThanOrEqual(withMobile.employee.length);
  });

  it('names the field and the fix for a bad layout, and saves nothing', () => {
    const before = sheetRows(w, 'signature_templates').length;
    const bad = { ...TWO_COLUMNS, accent: 'red;background:url(x)', main: [{ kind: 'text', fields: ['salary'], label: '', conditional: false }] };
    const r = studioCall(w, 'studioSave', [{ name: 'Bad', layout: bad }]);
    expect(r.saved).toBe(false);
    expect(r.layoutIssues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['accent', 'main[0].fields']));
    expect(sheetRows(w, 'signature_templates').length).toBe(before);
  });

  it('saves the design as an ordinary template that assign → apply writes to Gmail, exactly as rendered', () => {
    const saved = studioCall(w, 'studioSave', [{ name: 'Studio two columns', layout: TWO_COLUMNS, aliasPolicy: 'primary' }]);
    expect(saved.saved).toBe(true);
    expect(saved.message).toMatch(/Template saved/);
    expect(saved.message).toMatch(/Checked \d+ of \d+ employees; longest rendering/);
    const row = JSON.parse(sheetRows(w, 'signature_templates').find((t) => t.id === saved.id)!.json) as { html: string };
    expect(layoutInTemplate(row.html)).toEqual(TWO_COLUMNS);
    expect(shown(action(w, 'assignments.add', { form: { targetKind: 'company', templateId: saved.id } }))).toMatch(/Assigned to whole company/);
    for (const email of [w.withMobile, w.withoutMobile]) {
      expect(action(w, 'signatures.applyNow', { params: { scope: 'employee', email } }).ok).toBe(true);
      const stored = mailboxOf(w.ws, w.ws.user(email)).sendAs[email.toLowerCase()]?.signature ?? '';
      const e = employees(w).find((x) => x.primaryEmail === email)!;
      const rendered = renderSignature(row.html, e, { banner: null, at: w.ws.clock.now(), timeZone: w.tenant.timeZone });
      expect(stored).toBe(sanitizeSignature(rendered.html));
      const preview = studioCall(w, 'studioPreview', [{ html: row.html }, email]);
      expect(preview.employee.length).toBe(rendered.length);
      expect(text(preview.employee.html)).toBe(text(stored));
    }
  });

  it('pre-flights the images a design writes: data: and Drive links refused, an address outside urlFetchWhitelist not fetched', () => {
    const html = '<img src="data:image/png;base64,AAAA"><img src="https://drive.google.com/file/d/1AbC/view?usp=sharing"><img src="https://cdn.example.com/logo.png"><img src="{{photoUrl}}">';
    const checks = studioCall(w, 'studioCheckImages', [{ html }]);
    expect(checks.map((c: { url: string; state: string }) => [c.url, c.state])).toEqual([
      ['data:image/png;base64,AAAA', 'refused'],
      ['https://drive.google.com/file/d/1AbC/view?usp=sharing', 'refused'],
      ['https://cdn.example.com/logo.png', 'notFetched'],
    ]);
    expect(checks[2].message).toMatch(/urlFetchWhitelist/);
  });

  it('agrees with the save check and the writer on the count, for every starter template and employee', () => {
    const all = employees(w).filter((e) => e.syncOn && e.reason === '');
    for (const starter of STARTER_TEMPLATES) {
      const check = validateTemplate({ html: starter.html, customFieldKeys: [], employees: all, at: w.ws.clock.now(), timeZone: w.tenant.timeZone });
      const preview = studioCall(w, 'studioPreview', [{ html: starter.html }, all[0].primaryEmail]);
      expect(preview.longest.length).toBe(check.longest!.length);
      for (const e of all) {
        const p = studioCall(w, 'studioPreview', [{ html: starter.html }, e.primaryEmail]);
        const writer = renderSignature(starter.html, e, { banner: null, at: w.ws.clock.now(), timeZone: w.tenant.timeZone });
        expect([starter.key, e.primaryEmail, p.employee.length]).toEqual([starter.key, e.primaryEmail, writer.length]);
      }
    }
  }, 120_000);
});
