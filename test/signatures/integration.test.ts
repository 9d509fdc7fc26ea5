/**
 * Signatures through the built bundle in the offline Workspace: an admin designs and assigns a template on the
 * cards, Apply now pushes it (in the background, across executions), and every synced employee's Gmail carries it
 * as the offline Gmail stored it. Non-admins are refused admin actions on the server side.
 */
import { action, connectPublisher, directoryWorld, importableUsers, setUp, sheetRows, scriptProps, shown, type DirWorld } from '../directory/world';
import { mailboxOf } from '../../sim/google/mailbox';
import { readHostResponse } from '../../sim/services/card-service';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { signatureGallery } from '../../sim/server/signature-gallery';
import type { PageContext } from '../../sim/server/pages';

function signatureOf(w: DirWorld, email: string): string {
  const u = w.ws.user(email);
  return mailboxOf(w.ws, u).sendAs[email.toLowerCase()]?.signature ?? '';
}

function designAndAssign(w: DirWorld): string {
  const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
  const saved = action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } });
  expect(shown(saved)).toMatch(/Template saved/);
  const id = sheetRows(w, 'signature_templates')[0].id;
  const assigned = action(w, 'assignments.add', { form: { targetKind: 'company', templateId: id } });
  expect(shown(assigned)).toMatch(/Assigned to whole company/);
  return id;
}

/** The text of the template editor's preview section (not the form, which holds the template source). */
function previewSection(card: string): string {
  const sections = JSON.parse(card).response.navigations[0].updateCard.sections as Array<{ header?: string }>;
  return JSON.stringify(sections.find((s) => s.header?.startsWith('Preview for')) ?? null);
}

describe('signatures in the offline Workspace', () => {
  let w: DirWorld;
  beforeAll(() => {
    w = directoryWorld({ users: 40, seed: 11 });
    const r = setUp(w);
    if (!r.ok) throw new Error(r.error);
    for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
    connectPublisher(w);
  });

  it('refuses an admin action from a non-admin on the server side, whatever the card showed', () => {
    const user = importableUsers(w).find((u) => !u.isAdmin && !u.isDelegatedAdmin)!;
    for (const route of ['signatures.applyNow', 'templates.save', 'assignments.add', 'campaigns.save']) {
      const r = action(w, route, { user: user.primaryEmail, params: { scope: 'everyone' }, form: { name: 'x', html: '<b>x</b>' } });
      expect(shown(r)).toMatch(/Only an administrator of your domain can do this/);
    }
    expect(sheetRows(w, 'signature_templates')).toEqual([]);
    expect(scriptProps(w)[`t:${w.tenant.customerId}:signatures:apply`]).toBeUndefined();
  });

  it("writes every synced employee's signature into Gmail with Apply now, finishing in the background", () => {
    designAndAssign(w);
    const r = action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    expect(r.ok).toBe(true);
    const employees = sheetRows(w, 'employees').filter((e) => e.syncOn !== 'false' && e.reason === '');
    expect(employees.length).toBeGreaterThan(10);
    for (let i = 0; i < 8 && employees.some((e) => !signatureOf(w, e.primaryEmail)); i++) w.ws.advance(3600_000);
    for (const e of employees) {
      const sig = signatureOf(w, e.primaryEmail);
      expect(sig).toContain(`mailto:${e.primaryEmail}`);
    }
    const states = sheetRows(w, 'signature_addresses');
    expect(states.filter((s) => s.status === 'ok').length).toBe(employees.length);
    // Autograph keeps what Gmail stored (sanitised), to compare next time.
    const one = states[0];
    expect(one.storedHtml).toBe(signatureOf(w, one.address));
    expect(sheetRows(w, 'signature_audit').length).toBe(employees.length);
  });

  it('shows the employee card with the rule, a preview with a character count, and last written', () => {
    const e = sheetRows(w, 'employees').find((x) => x.reason === '')!;
    const card = shown(action(w, 'signatures.employee', { params: { email: e.primaryEmail } }));
    expect(card).toMatch(/Classic: assigned to whole company/);
    expect(card).toMatch(/of 10,000/);
    expect(card).toMatch(/Last written 2026-/);
  });

  it('lists template issues with line and column on save and preview, and the preview never shows a javascript: link', () => {
    const html = '<b>{{fullName}}</b>\n{{#title}}<a/href="jav&#x61;script:alert(1)">x</a> <a href=https://x.example/{{title}}>y</a>';
    const before = sheetRows(w, 'signature_templates').length;
    const saved = shown(action(w, 'templates.save', { form: { name: 'Bypass', html, aliasPolicy: 'primary' } }));
    expect(saved).toMatch(/Not saved: fix the errors listed/);
    expect(saved).toMatch(/line 2, column 1","text":"\{\{#title\}\} is never closed/);
    expect(saved).toMatch(/line 2, column 14/);
    expect(saved).toMatch(/in the unquoted value of href/);
    expect(sheetRows(w, 'signature_templates')).toHaveLength(before);
    const preview = shown(action(w, 'templates.preview', { form: { name: 'Bypass', html, aliasPolicy: 'primary' } }));
    expect(preview).toMatch(/issue\(s\)/);
    expect(preview).toMatch(/line 2, column 14/);
    expect(previewSection(preview)).toMatch(/Not shown: the template cannot be read/);
    // Balanced, so it renders: the rendering's check drops the link's address, and the issue is listed.
    const balanced = shown(action(w, 'templates.preview', { form: { name: 'Bypass', html: '<b>{{fullName}}</b> <a/href="jav&#x61;script:alert(1)">x</a>', aliasPolicy: 'primary' } }));
    expect(balanced).toMatch(/line 1, column 24","text":"links must start with https:, mailto: or tel:, not/);
    expect(previewSection(balanced)).toMatch(/<b>.+<\/b> x"/);
    expect(previewSection(balanced)).not.toMatch(/href|script/i);
  });

  it('inserts the signature into a draft from the compose action', () => {
    const r = w.ws.run(w.project, 'onInsertSignature', { user: w.admin, kind: 'action', event: { commonEventObject: { hostApp: 'GMAIL' } } });
    expect(r.ok).toBe(true);
    const json = JSON.stringify(readHostResponse(r.value));
    expect(json).toMatch(/IN_PLACE_INSERT/);
    expect(json).toContain(`mailto:${w.admin}`);
  });

  it('shows every written signature on the gallery page, each in a sandboxed frame', () => {
    const page = signatureGallery({ ws: w.ws, project: w.project, user: w.admin, query: new URLSearchParams() } as unknown as PageContext);
    const employees = sheetRows(w, 'employees').filter((e) => e.reason === '');
    expect(page.html).toContain(`${employees.length} of`);
    expect(page.html.match(/<iframe sandbox=""/g)?.length).toBe(employees.length);
    expect(page.html).not.toMatch(/<iframe[^>]*srcdoc="[^"]*<table/);
  });

  it("shows an employee their own signature and inserts it into their drafts, from the published copy", () => {
    const user = importableUsers(w).find((u) => !u.isAdmin && !u.isDelegatedAdmin && u.isMailboxSetup !== false)!;
    const home = w.ws.run(w.project, 'onHomepage', { user: user.primaryEmail, kind: 'homepage', event: { commonEventObject: { hostApp: 'GMAIL' } } });
    expect(JSON.stringify(readHostResponse(home.value))).toContain(`mailto:${user.primaryEmail}`);
    const insert = w.ws.run(w.project, 'onInsertSignature', { user: user.primaryEmail, kind: 'action', event: { commonEventObject: { hostApp: 'GMAIL' } } });
    expect(JSON.stringify(readHostResponse(insert.value))).toMatch(/IN_PLACE_INSERT/);
  });
});

describe('signatures without a service account', () => {
  it('lets each employee apply their own signature to their own Gmail', () => {
    const w = directoryWorld({ users: 25, seed: 5 });
    const r = setUp(w);
    if (!r.ok) throw new Error(r.error);
    for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
    designAndAssign(w);
    action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    for (let i = 0; i < 6 && scriptProps(w)[`t:${w.tenant.customerId}:run`]; i++) w.ws.advance(3600_000);
    const user = importableUsers(w).find((u) => !u.isAdmin && !u.isDelegatedAdmin && u.isMailboxSetup !== false)!;
    expect(signatureOf(w, user.primaryEmail)).toBe('');
    const card = action(w, 'signatures.mine', { user: user.primaryEmail });
    expect(shown(card)).toMatch(/Apply to my Gmail/);
    const applied = action(w, 'signatures.applyMine', { user: user.primaryEmail });
    expect(shown(applied)).toMatch(/Your signature is now in Gmail/);
    expect(signatureOf(w, user.primaryEmail)).toContain(`mailto:${user.primaryEmail}`);
    // Nobody else's Gmail was touched.
    const others = importableUsers(w).filter((u) => u.primaryEmail !== user.primaryEmail && u.isMailboxSetup !== false);
    expect(others.every((u) => signatureOf(w, u.primaryEmail) === '')).toBe(true);
  });
});
