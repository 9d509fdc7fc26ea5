/**
 * Choices, not typing, and confirmation before destructive or bulk actions (issue 12), through the built bundle in
 * the Gmail host: assignment and campaign targets come from lists and the server refuses anything else; the card
 * says whom a rule or a campaign reaches (and the run agrees); a campaign whose template has no banner slot is
 * flagged; campaign dates are date-time pickers in the domain's zone; one save shows every error; and removing,
 * deleting or enabling/disabling everyone asks first — a forged confirmation changes nothing.
 */
import { action, directoryWorld, setUp, sheetRows, scriptProps, shown, tenantRecord, type DirWorld, connectPublisher } from '../directory/world';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { SidebarSession, type CardJson } from '../../sim/host/session';
import { mailboxOf } from '../../sim/google/mailbox';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { confirmationIdIn } from '../support/confirmation';

const MARK = 'Reach-check-7';

function cardText(card: CardJson | undefined): string {
  return JSON.stringify(card ?? null);
}

function options(s: SidebarSession, field: string): Array<{ text: string; value: string; selected?: boolean }> {
  for (const sec of s.card?.sections ?? []) for (const w of sec.widgets ?? []) if (w.selectionInput?.name === field) return w.selectionInput.items;
  throw new Error(`no selection input ${field} on ${s.card?.name}`);
}

function picker(s: SidebarSession, field: string): CardJson {
  for (const sec of s.card?.sections ?? []) for (const w of sec.widgets ?? []) if (w.dateTimePicker?.name === field) return w.dateTimePicker;
  throw new Error(`no date-time picker ${field} on ${s.card?.name}`);
}

/** The confirmation id a confirmation card's first button carries. */
function confirmId(s: SidebarSession): string {
  const t = s.targets().find((x) => x.onClick?.action?.parameters?.some?.((p: { key: string }) => p.key === 'confirm'));
  const p = (t?.onClick.action.parameters as Array<{ key: string; value: string }>).find((x) => x.key === 'confirm');
  return p!.value;
}

describe('pickers, reach and confirmations', () => {
  let w: DirWorld;
  let classicId: string;
  let markedId: string;
  let bannerId: string;

  const session = () => new SidebarSession(w.ws, w.project, w.admin).openHomepage();
  const templatesCard = () => session().click('Signatures').click('Templates');
  const templates = () => sheetRows(w, 'signature_templates').map((r) => JSON.parse(r.json));
  const assignments = () => sheetRows(w, 'signature_assignments').map((r) => JSON.parse(r.json));
  const campaigns = () => sheetRows(w, 'signature_campaigns').map((r) => JSON.parse(r.json));
  const employees = () => sheetRows(w, 'employees');

  beforeAll(() => {
    w = directoryWorld({ users: 40, seed: 11 });
    if (!setUp(w).ok) throw new Error('setup failed');
    for (let i = 0; i < 12 && employees().length === 0; i++) w.ws.advance(3600_000);
    connectPublisher(w);
    const save = (name: string, html: string) => {
      action(w, 'templates.save', { form: { name, html, aliasPolicy: 'primary' } });
      return templates().find((t) => t.name === name)!.id;
    };
    classicId = save('Classic', STARTER_TEMPLATES.find((s) => s.key === 'classic')!.html);
    markedId = save('Marked', `<div>{{fullName}}</div><div>${MARK}</div>`);
    bannerId = save('With banner', STARTER_TEMPLATES.find((s) => s.key === 'banner')!.html);
    expect(shown(action(w, 'assignments.add', { form: { targetKind: 'company', templateId: classicId } }))).toMatch(/Assigned to whole company/);
  }, 180_000);

  it('offers only the store\'s departments, and refuses a misspelt department, an unknown employee or field value with the field and the fix', () => {
    const s = templatesCard();
    expect(s.inputs().map((i) => i.name)).not.toContain('targetValue');
    s.change('targetKind', 'department');
    const stored = sheetRows(w, 'departments').map((d) => d.name).sort();
    expect(options(s, 'targetDepartment').filter((o) => o.value).map((o) => o.value).sort()).toEqual(stored);

    const before = JSON.stringify(assignments());
    const forged = [
      [{ targetKind: 'department', targetDepartment: 'Salse' }, /Department: \\"Salse\\" is not one of your departments; choose one from the list/],
      [{ targetKind: 'employee', targetEmployee: `nobody@${w.tenant.domains[0]}` }, /Employee: \\"nobody@[^"]+\\" is not an employee in Autograph; find them by name/],
      [{ targetKind: 'segment', targetSegment: 'location=Atlantis' }, /Field value: no employee has location \\"Atlantis\\"/],
    ] as const;
    for (const [form, error] of forged) {
      const r = shown(action(w, 'assignments.add', { form: { ...form, templateId: markedId } }));
      expect(r).toMatch(error);
      expect(r).toMatch(/Not saved/);
    }
    expect(JSON.stringify(assignments())).toBe(before);
  });

  it('finds an employee by part of their name and assigns them from the results', () => {
    const target = employees().find((e) => e.reason === '' && e.fullName)!;
    const s = templatesCard();
    s.change('targetKind', 'employee');
    s.click('Find', { targetQuery: target.fullName.split(' ')[0].toLowerCase() });
    expect(options(s, 'targetEmployee').map((o) => o.value)).toContain(target.primaryEmail);
    s.click('Assign', { targetEmployee: target.primaryEmail, templateId: markedId });
    expect(s.notification).toMatch(new RegExp(`Assigned to employee ${target.primaryEmail}\\. Reaches 1 employee\\.`));
    const a = assignments().find((x) => x.target.kind === 'employee');
    expect(a.target.email).toBe(target.primaryEmail);
    action(w, 'assignments.delete', { params: { id: a.id } });
  });

  it('offers the field values employees carry — org units among them — and counts who a value reaches', () => {
    const s = templatesCard();
    s.change('targetKind', 'segment');
    const ous = options(s, 'targetSegment').filter((o) => o.value.startsWith('orgUnitPath='));
    expect(ous.length).toBeGreaterThan(0);
    const ou = ous[0].value.slice('orgUnitPath='.length);
    const inOu = employees().filter((e) => e.reason === '' && e.syncOn !== 'false' && e.orgUnitPath.toLowerCase() === ou.toLowerCase()).length;
    expect(inOu).toBeGreaterThan(0);
    s.change('targetSegment', ous[0].value, { templateId: markedId });
    expect(cardText(s.card)).toContain(`Reaches ${inOu} employee`);
  });

  it('shows "reaches N employees" before saving, and the run gives the template to exactly those N', () => {
    const s = templatesCard();
    s.change('targetKind', 'department');
    const counts = new Map<string, number>();
    for (const e of employees()) if (e.reason === '' && e.syncOn !== 'false') counts.set(e.department, (counts.get(e.department) ?? 0) + 1);
    const dept = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    s.change('targetDepartment', dept, { templateId: markedId });
    const reach = /Reaches (\d+) employees?/.exec(cardText(s.card));
    expect(reach).not.toBeNull();
    const n = Number(reach![1]);
    expect(n).toBeGreaterThan(0);
    s.click('Assign', { templateId: markedId });
    expect(s.notification).toContain(`Assigned to department ${dept}. Reaches ${n} employee`);

    action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    const key = `t:${w.tenant.customerId}`;
    for (let i = 0; i < 12 && scriptProps(w)[`${key}:run`]; i++) w.ws.advance(3600_000);
    const marked = employees().filter((e) => (mailboxOf(w.ws, w.ws.user(e.primaryEmail)).sendAs[e.primaryEmail]?.signature ?? '').includes(MARK));
    expect(marked.length).toBe(n);
    expect(marked.every((e) => e.department === dept)).toBe(true);
  }, 120_000);

  it('opens a new campaign in the domain\'s zone (not UTC) and round-trips the pickers in that zone', () => {
    const zone = w.tenant.timeZone; // the domain's zone, which setup recorded from the admin's Gmail
    expect(zone).not.toBe('UTC');
    const s = session().click('Signatures').click('Campaigns').click('New campaign');
    expect(options(s, 'timeZone').find((o) => o.selected)?.value).toBe(zone);
    const start = Date.UTC(2026, 11, 1, 9, 0);
    const offsetAt = (ms: number, tz: string) => {
      const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(ms).map((x) => [x.type, x.value]));
      return (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - ms) / 60_000;
    };
    const startsAt = start - offsetAt(start, zone) * 60_000; // 09:00 on the domain's clock
    const endsAt = startsAt + 7 * 86_400_000;
    expect(offsetAt(startsAt, zone)).not.toBe(0);
    expect(picker(s, 'start').timezoneOffsetDate).toBe(offsetAt(startsAt, zone)); // the clock is in November, as the start is
    s.click('Save', { name: 'Winter sale', imageUrl: 'https://cdn.example.com/winter.png', link: 'https://example.com/winter', alt: 'Winter sale', start: startsAt, end: endsAt, targetKind: 'company' });
    expect(s.error).toBeUndefined();
    expect(s.notification).toContain(`Campaign "Winter sale" saved (scheduled, 2026-12-01 09:00 – 2026-12-08 09:00 ${zone}).`);
    const c = campaigns().find((x) => x.name === 'Winter sale');
    expect(c).toMatchObject({ timeZone: zone, startsAt, endsAt, startLocal: '2026-12-01 09:00' });

    // Opened again: the pickers hold the same instants, shown in the campaign's zone at its start.
    s.click('Winter sale');
    expect(Number(picker(s, 'start').valueMsEpoch)).toBe(startsAt);
    expect(picker(s, 'start').timezoneOffsetDate).toBe(offsetAt(startsAt, zone));
    // Another zone keeps the wall-clock time picked: 09:00 in New York.
    s.change('timeZone', 'America/New_York');
    const ny = Date.UTC(2026, 11, 1, 14, 0);
    expect(Number(picker(s, 'start').valueMsEpoch)).toBe(ny);
    expect(picker(s, 'start').timezoneOffsetDate).toBe(-300);
    s.click('Save');
    expect(campaigns().find((x) => x.name === 'Winter sale')).toMatchObject({ timeZone: 'America/New_York', startsAt: ny, startLocal: '2026-12-01 09:00' });
  });

  it('warns when the campaign\'s template has no banner slot, and counts who sees it when it has one', () => {
    const s = session().click('Signatures').click('Campaigns').click('New campaign');
    const start = w.ws.clock.now() + 86_400_000;
    const form = { name: 'Spring', imageUrl: 'https://cdn.example.com/spring.png', link: '', alt: 'Spring', start, end: start + 86_400_000 };
    s.change('targetKind', 'company', form);
    // Everyone outside the marked department gets Classic, which has no {{banner.…}}.
    expect(cardText(s.card)).toMatch(/No banner slot: \d+ employees get a template without a \{\{banner\.…\}\} placeholder \(Classic, Marked\)/);
    expect(cardText(s.card)).toMatch(/Shows on the signatures of 0 employees/);
    s.click('Save');
    expect(s.notification).toMatch(/saved \(scheduled, \d{4}-\d\d-\d\d \d\d:\d\d – [^)]+\)\. No banner slot/);

    const companyRule = assignments().find((a) => a.target.kind === 'company');
    action(w, 'assignments.add', { form: { targetKind: 'company', templateId: bannerId } });
    expect(assignments().find((a) => a.target.kind === 'company').id).toBe(companyRule.id);
    const again = session().click('Signatures').click('Campaigns').click('Spring');
    expect(cardText(again.card)).not.toMatch(/No banner slot[^"]*Classic/);
    const writable = employees().filter((e) => e.reason === '' && e.syncOn !== 'false');
    const marked = assignments().find((a) => a.target.kind === 'department').target.department;
    expect(cardText(again.card)).toContain(`Shows on the signatures of ${writable.filter((e) => e.department !== marked).length} employees while live`);
    expect(cardText(again.card)).toMatch(/No banner slot: \d+ employees? get a template without .*\(Marked\)/);
  });

  it('lists every error of a campaign form after one save, beside its fields', () => {
    const before = JSON.stringify(campaigns());
    const s = session().click('Signatures').click('Campaigns').click('New campaign');
    s.change('targetKind', 'department');
    s.click('Save', { name: '', imageUrl: 'http://cdn.example.com/x.png', link: 'ftp://example.com', alt: '', start: null, end: null });
    expect(s.notification).toBe('Not saved: 7 fields need a change; each is listed on the card.');
    const errors = s.card!.sections[0];
    expect(errors.header).toBe('Not saved: 7 fields need a change');
    expect(errors.widgets.map((x: CardJson) => x.decoratedText.topLabel)).toEqual(['Name', 'Banner image', 'Link', 'Alt text', 'Starts', 'Ends', 'Department']);
    const hint = (name: string) => s.card!.sections[1].widgets.find((x: CardJson) => x.textInput?.name === name)?.textInput.hintText;
    expect(hint('name')).toMatch(/^Needs a change: give the campaign a name/);
    expect(hint('link')).toMatch(/^Needs a change: use an https:\/\/ address/);
    expect(picker(s, 'start').label).toMatch(/needs a change/);
    expect(options(s, 'targetDepartment')).toBeDefined();
    expect(JSON.stringify(campaigns())).toBe(before);

    // The assignment form too: both its problems from one press.
    const t = templatesCard();
    t.change('targetKind', 'department');
    const r = shown(action(w, 'assignments.add', { form: { targetKind: 'department', targetDepartment: '', templateId: 'tpl-forged' } }));
    expect(r).toContain('Not saved: 2 fields need a change');
    expect(r).toContain('choose a department from the list');
    expect(r).toContain('choose one of your templates from the list');
  });

  it('asks before removing an employee; Cancel goes back, a forged or reused confirmation changes nothing', () => {
    const e = employees().find((x) => x.reason === '' && x.fullName && !x.department.includes('Sales'))!;
    const s = session().click('Employees');
    s.click(new RegExp(e.fullName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(s.card?.name).not.toBe('confirm');
    s.click('Remove from Autograph');
    expect(s.card?.name).toBe('confirm');
    expect(cardText(s.card)).toContain('Employees › status \\"Not imported\\" › Import');
    expect(s.targets().map((t) => t.label)).toEqual(expect.arrayContaining([`Remove ${e.fullName}`, 'Cancel']));
    s.click('Cancel');
    expect(s.card?.name).not.toBe('confirm');
    expect(employees().some((x) => x.id === e.id)).toBe(true);

    // Forged: an id nobody issued, or one issued for another action, is refused.
    for (const confirm of ['00000000-0000-4000-8000-000000000000', 'yes']) {
      expect(shown(action(w, 'emp.remove', { params: { id: e.id, confirm } }))).toContain('Not done: this confirmation was not issued to you');
    }
    const other = session().click('Signatures').click('Campaigns').click('Spring').click('Delete campaign');
    const campaignConfirm = confirmId(other);
    expect(shown(action(w, 'emp.remove', { params: { id: e.id, confirm: campaignConfirm } }))).toContain('Not done');
    expect(employees().some((x) => x.id === e.id)).toBe(true);

    // A confirmation is bound to the admin it was shown to: another admin cannot use it.
    const second = employees().find((x) => x.reason === '' && x.id !== e.id && x.primaryEmail !== w.admin)!;
    const u = w.ws.user(second.primaryEmail);
    u.isAdmin = true;
    w.ws.directory.updateUser(u);
    // As tonight's run would: the store is shared with every current admin.
    spreadsheetState(w.ws, String(tenantRecord(w)!.spreadsheetId))!.editors.push(second.primaryEmail);
    const issued = confirmationIdIn(shown(action(w, 'emp.remove', { params: { id: e.id } })));
    expect(shown(action(w, 'emp.remove', { params: { id: e.id, confirm: issued }, user: second.primaryEmail }))).toContain('Not done: this confirmation was not issued to you');
    expect(employees().some((x) => x.id === e.id)).toBe(true);

    s.click('Remove from Autograph');
    const id = confirmId(s);
    s.click(`Remove ${e.fullName}`);
    expect(s.notification).toBe(`${e.fullName} removed from Autograph.`);
    expect(employees().some((x) => x.id === e.id)).toBe(false);
    // Spent: the same id again does nothing more (and says so).
    expect(shown(action(w, 'emp.remove', { params: { id: e.id, confirm: id } }))).toMatch(/already removed|Not done/);
  });

  it('asks before deleting a campaign or a template', () => {
    const spring = campaigns().find((c) => c.name === 'Spring')!;
    expect(shown(action(w, 'campaigns.delete', { params: { id: spring.id, confirm: '11111111-1111-4111-8111-111111111111' } }))).toContain('Not done');
    expect(campaigns().some((c) => c.name === 'Spring')).toBe(true);
    const s = session().click('Signatures').click('Campaigns').click('Spring').click('Delete campaign');
    expect(s.card?.name).toBe('confirm');
    s.click('Delete Spring');
    expect(s.notification).toBe('Campaign "Spring" deleted.');
    expect(campaigns().some((c) => c.name === 'Spring')).toBe(false);
    expect(s.card?.name).toBe('campaigns');

    action(w, 'templates.save', { form: { name: 'Spare', html: '<div>{{fullName}}</div>', aliasPolicy: 'primary' } });
    const spare = templates().find((x) => x.name === 'Spare')!;
    expect(shown(action(w, 'templates.delete', { params: { id: spare.id, confirm: 'forged' } }))).toContain('Not done');
    expect(templates().some((x) => x.name === 'Spare')).toBe(true);
    const t = templatesCard().click('Spare').click('Delete template');
    expect(cardText(t.card)).toContain('cannot be restored');
    t.click('Delete Spare');
    expect(t.notification).toBe('Template "Spare" deleted.');
    expect(templates().some((x) => x.name === 'Spare')).toBe(false);
  });

  it('says Contact Inbox reads mail before enabling everyone, and asks again before disabling everyone', () => {
    const s = session().click('Contact Inbox');
    s.click('Enable Contact Inbox');
    s.click('Choose users');
    const enabledCount = () => sheetRows(w, 'contact_inbox').filter((u) => u.enabled === 'yes').length;
    expect(enabledCount()).toBe(0);
    expect(shown(action(w, 'contactInbox.enableAll', { params: { confirm: 'forged' } }))).toContain('Not done');
    expect(enabledCount()).toBe(0);
    s.click('Enable everyone');
    expect(s.card?.name).toBe('confirm');
    expect(cardText(s.card)).toMatch(/will read the incoming mail of every employee/);
    expect(enabledCount()).toBe(0);
    s.click(/^Enable for \d+ users$/);
    expect(s.notification).toMatch(/^\d+ user\(s\) enabled/);
    const n = enabledCount();
    expect(n).toBeGreaterThan(0);

    s.click('Disable everyone');
    expect(cardText(s.card)).toContain(`stops reading the mail of all ${n} enabled users`);
    s.click('Cancel');
    expect(shown(action(w, 'contactInbox.disableAll', { params: { confirm: 'forged' } }))).toContain('Not done');
    expect(enabledCount()).toBe(n);
    s.click('Disable everyone').click(`Disable for ${n} users`);
    expect(s.notification).toBe(`${n} user(s) disabled: their mail is no longer read.`);
    expect(enabledCount()).toBe(0);
  });
});
