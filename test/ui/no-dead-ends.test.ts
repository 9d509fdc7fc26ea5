/**
 * No dead ends (issue 12): with 200 employees every one of them is reachable from the Signatures and Employees
 * lists by paging and by search, and an employee's card shows their signature, its state and the rule that chose
 * it. Clicked through the Gmail host; runs the built bundle.
 */
import { SidebarSession, type CardJson } from '../../sim/host/session';
import { directoryWorld, scriptProps, setUp, sheetRows, type DirWorld } from '../directory/world';

const HOUR = 3600_000;

/** The bottom labels of the clickable rows of a card's last section (one per listed employee). */
function rowsOf(card: CardJson | undefined): Array<{ text: string; bottom: string }> {
  const last = card?.sections?.[card.sections.length - 1];
  return (last?.widgets ?? [])
    .map((w: CardJson) => w.decoratedText)
    .filter((d: CardJson | undefined) => d?.onClick)
    .map((d: CardJson) => ({ text: String(d.text), bottom: String(d.bottomLabel ?? '') }));
}

const emailIn = (label: string) => label.split(' · ')[0];

function sectionHeaders(card: CardJson | undefined): string[] {
  return (card?.sections ?? []).map((s: CardJson) => String(s.header ?? ''));
}

function allText(card: CardJson | undefined): string {
  return JSON.stringify(card);
}

describe('lists without dead ends, on a 200-employee domain', () => {
  let w: DirWorld;
  let employees: string[];

  beforeAll(() => {
    w = directoryWorld({ users: 220, seed: 5 });
    const r = setUp(w);
    if (!r.ok) throw new Error(r.error);
    for (let i = 0; i < 24 && Object.keys(scriptProps(w)).some((k) => k === `t:${w.tenant.customerId}:run`); i++) w.ws.advance(HOUR);
    employees = sheetRows(w, 'employees').map((e) => e.primaryEmail).sort();
  }, 120_000);

  it('has at least 200 employees to list', () => {
    expect(employees.length).toBeGreaterThanOrEqual(200);
  });

  it('reaches every employee on the Signatures card by paging, 25 a page, with no "… and N more"', () => {
    const s = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Signatures');
    const seen: string[] = [];
    let pages = 0;
    for (;;) {
      expect(s.error).toBeUndefined();
      expect(s.droppedWidgets).toBe(0);
      const rows = rowsOf(s.card);
      expect(rows.length).toBeLessThanOrEqual(25);
      seen.push(...rows.map((r) => emailIn(r.bottom)));
      pages++;
      expect(allText(s.card)).not.toMatch(/and \d+ more/);
      if (!s.targets().some((t) => t.label === 'Next')) break;
      s.click('Next');
    }
    expect(pages).toBe(Math.ceil(employees.length / 25));
    expect([...seen].sort()).toEqual(employees);
    // Back the other way too.
    s.click('Previous');
    expect(sectionHeaders(s.card).pop()).toMatch(new RegExp(`^Employees ${(pages - 2) * 25 + 1}–${(pages - 1) * 25} of ${employees.length}`));
  });

  it('finds any one employee on the Signatures card by search, and pages keep the search', () => {
    const target = sheetRows(w, 'employees').find((e) => e.fullName && e.primaryEmail === employees[150])!;
    const s = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Signatures').click('Search', { q: target.primaryEmail });
    expect(rowsOf(s.card).map((r) => emailIn(r.bottom))).toEqual([target.primaryEmail]);
    s.click(target.fullName);
    expect(s.card?.name).toBe('signature-employee');

    // A department search spanning pages: Next keeps it (the page button carries it).
    const dept = sheetRows(w, 'employees').filter((e) => e.department === 'Engineering').map((e) => e.primaryEmail).sort();
    expect(dept.length).toBeGreaterThan(25);
    const d = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Signatures').click('Search', { q: 'engineering' });
    const seen: string[] = [];
    for (let guard = 0; guard < 10; guard++) {
      seen.push(...rowsOf(d.card).map((r) => emailIn(r.bottom)));
      if (!d.targets().some((t) => t.label === 'Next')) break;
      d.click('Next', { q: '' });
    }
    expect(seen.filter((x) => dept.includes(x)).sort()).toEqual(dept);
  });

  it('lists only one state when its count is clicked', () => {
    const s = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Signatures');
    const label = s.targets().find((t) => /^No template assigned: \d+$/.test(t.label));
    expect(label).toBeDefined();
    s.click(label!.label);
    const rows = rowsOf(s.card);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.bottom.endsWith('· No template assigned'))).toBe(true);
  });

  it('reaches every employee on the Employees card by paging', () => {
    const s = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Employees');
    const seen: string[] = [];
    for (let guard = 0; guard < 20; guard++) {
      seen.push(...rowsOf(s.card).map((r) => emailIn(r.bottom)));
      if (!s.targets().some((t) => t.label === 'Next')) break;
      s.click('Next');
    }
    expect([...seen].sort()).toEqual(employees);
  });

  it("shows an employee's signature, its state and the rule that chose it on their card", () => {
    const admin = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Signatures').click('Templates');
    admin.click('Use').click('Save');
    const list = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Signatures').click('Templates');
    list.click('Assign', { targetKind: 'company' });
    expect(list.notification).toMatch(/^Assigned to whole company/);
    const e = sheetRows(w, 'employees').find((x) => x.reason === '' && x.fullName && x.title)!;
    const s = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Employees').click('Apply', { q: e.primaryEmail }).click(e.fullName);
    expect(s.card?.name).toBe('employee');
    const headers = sectionHeaders(s.card);
    expect(headers).toEqual(expect.arrayContaining(['Which signature', 'Preview']));
    const text = allText(s.card);
    expect(text).toContain('Chosen by');
    expect(text).toMatch(/whole company/i);
    // The state from the status function: no service account is connected in this world.
    expect(text).toContain('"topLabel":"Signature in Gmail","text":"Not connected');
    // The preview is this employee's signature: their name and title, rendered.
    const preview = (s.card!.sections as CardJson[]).find((x) => x.header === 'Preview');
    expect(JSON.stringify(preview)).toContain(e.fullName);
    expect(JSON.stringify(preview)).toContain(e.title);
  });
});
