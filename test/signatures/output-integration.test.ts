/**
 * Signature output through the built bundle in the offline Workspace: an employee whose directory entry has a
 * grouped German mobile number and a three-line address gets exactly that in their Gmail signature (as the
 * offline Gmail stored it after sanitising) and in the template editor's preview card.
 */
import { action, directoryWorld, importableUsers, scriptProps, setUp, sheetRows, shown, type DirWorld, connectPublisher } from '../directory/world';
import { mailboxOf } from '../../sim/google/mailbox';
import { touch } from '../../sim/directory/profile';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';

const ADDRESS = 'Friedrichstraße 68\r\n10117 Berlin\r\nGermany';

describe('an employee’s phone grouping and address lines reach their Gmail signature', () => {
  let w: DirWorld;
  let email: string;

  beforeAll(() => {
    w = directoryWorld({ users: 12, seed: 21 });
    const u = importableUsers(w).find((x) => !x.isAdmin && !x.isDelegatedAdmin && x.isMailboxSetup !== false)!;
    email = u.primaryEmail;
    u.phones = [
      { type: 'work', value: '+49 30 1234567', primary: true },
      { type: 'mobile', value: '+49 158 9162241' },
    ];
    u.addresses = [{ type: 'work', formatted: ADDRESS, locality: 'Berlin', country: 'Germany', countryCode: 'DE', primary: true }];
    touch(u);
    const r = setUp(w);
    if (!r.ok) throw new Error(r.error);
    for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
    connectPublisher(w);
    const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
    expect(shown(action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } }))).toMatch(/Template saved/);
    const id = sheetRows(w, 'signature_templates')[0].id;
    expect(shown(action(w, 'assignments.add', { form: { targetKind: 'company', targetValue: '', templateId: id } }))).toMatch(/Assigned to whole company/);
  });

  it('writes the mobile number in the directory’s grouping and the address on three lines', () => {
    const applied = action(w, 'signatures.applyNow', { params: { scope: 'employee', email } });
    expect(applied.ok).toBe(true);
    const stored = mailboxOf(w.ws, w.ws.user(email)).sendAs[email.toLowerCase()]?.signature ?? '';
    expect(stored).toMatch(/Mobile <a href="tel:\+491589162241"[^>]*>\+49 158 9162241<\/a>/);
    expect(stored).toMatch(/Phone <a href="tel:\+49301234567"[^>]*>\+49 30 1234567<\/a>/);
    expect(stored).toMatch(/>Friedrichstraße 68<br \/?>10117 Berlin<br \/?>Germany<\/span>/);
    expect(stored).not.toContain('+49 1589162241');
    const state = sheetRows(w, 'signature_addresses').find((s) => s.address === email.toLowerCase());
    expect(state?.status).toBe('ok');
  });

  it('shows the same lines and grouping in the template preview card', () => {
    const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
    const preview = shown(action(w, 'templates.preview', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary', previewEmail: email } }));
    const sections = JSON.parse(preview).response.navigations[0].updateCard.sections as Array<{ header?: string }>;
    const text = JSON.stringify(sections.find((s) => s.header?.startsWith('Preview for')) ?? null);
    expect(text).toContain('+49 158 9162241');
    expect(text).toContain('Friedrichstraße 68<br>10117 Berlin<br>Germany');
  });
});
