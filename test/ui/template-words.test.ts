/**
 * Words on the template editor (issue 12): a length problem says what is too long and by how much, not "line 1,
 * column 1"; previewing an address that is no employee says so instead of showing someone else's signature.
 * Clicked through the Gmail host; runs the built bundle.
 */
import { SidebarSession, type CardJson } from '../../sim/host/session';
import { directoryWorld, setUp, sheetRows, type DirWorld } from '../directory/world';

function section(card: CardJson | undefined, header: string): string {
  return JSON.stringify((card?.sections ?? []).find((s: CardJson) => s.header === header) ?? null);
}

describe('the template editor in words an admin understands', () => {
  let w: DirWorld;
  let editor: () => SidebarSession;

  beforeAll(() => {
    w = directoryWorld({ users: 20, seed: 3 });
    const r = setUp(w);
    if (!r.ok) throw new Error(r.error);
    for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
    editor = () => new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Signatures').click('Templates').click('Use');
  });

  it('says "No employee <address>" for a preview address that is no employee, and shows nobody else\'s signature', () => {
    const s = editor().click('Preview', { previewEmail: 'nobody@elsewhere.example' });
    expect(s.error).toBeUndefined();
    expect(s.notification).toMatch(/^No employee nobody@elsewhere\.example: type the address of someone on the Employees card \(Autograph home › Employees\)/);
    const preview = section(s.card, 'Preview');
    expect(preview).toContain('No employee nobody@elsewhere.example');
    // The admin's own (or anyone's) rendered signature is not on the card.
    const admin = sheetRows(w, 'employees').find((e) => e.primaryEmail === w.admin)!;
    expect(JSON.stringify(s.card)).not.toContain(`<b>${admin.fullName}</b>`);
    expect(JSON.stringify(s.card)).not.toMatch(/Preview for [a-z]/);
    // The typed address stays in the field, to correct it.
    expect(s.inputs().find((i) => i.name === 'previewEmail')?.initial?.stringInputs?.value?.[0]).toBe('nobody@elsewhere.example');
  });

  it('previews a real employee by any of their addresses', () => {
    const e = sheetRows(w, 'employees').find((x) => x.fullName && x.reason === '')!;
    const s = editor().click('Preview', { previewEmail: e.primaryEmail.toUpperCase() });
    expect(section(s.card, `Preview for ${e.primaryEmail}`)).toContain(e.fullName);
  });

  it('says what is too long and by how much, for the whole template, not "line 1, column 1"', () => {
    const s = editor();
    const html = `<b>{{fullName}}</b><br>${'x'.repeat(10_200)}`;
    s.click('Save', { name: 'Too long', html });
    expect(s.notification).toBe('Not saved: fix the errors listed.');
    const text = JSON.stringify(s.card);
    expect(text).not.toContain('line 1, column 1');
    const issue = /"topLabel":"Error · whole template","text":"the signature is ([\d,]+) characters too long for Gmail for ([^:]+): ([\d,]+) of the 10,000 Gmail allows/.exec(text);
    expect(issue).not.toBeNull();
    const [, over, , length] = issue!;
    expect(Number(length.replace(/,/g, '')) - 10_000).toBe(Number(over.replace(/,/g, '')));
    expect(Number(over.replace(/,/g, ''))).toBeGreaterThan(200);
  });
});
