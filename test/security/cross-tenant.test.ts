/**
 * Issue 10, findings 1–3: customer B's admin aims Autograph at customer A's users. The publisher's service
 * account can act as anyone in both domains, so only Autograph's own checks stand between them.
 */
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { EMPLOYEE_COLUMNS, employeeToRow } from '../../src/core/directory/employee-row';
import { newEmployee } from '../../src/core/directory/employee';
import { act, answerText, gmailSignature, rows, runNight, Snapshot, twoTenants, type TwoTenants } from './two-tenants';

const PHISHING = '<p>{{fullName}}</p><p><a href="https://login.evil.example/reset">Your mailbox is full: sign in again</a></p>';

/** Tokens the token endpoint issued that speak for `email`. */
function tokensFor(t: TwoTenants, email: string): number {
  const tokens = t.ws.state<{ tokens: Record<string, { sub?: string }> }>('google.tokens', () => ({ tokens: {} })).tokens;
  return Object.values(tokens).filter((x) => x.sub?.toLowerCase() === email.toLowerCase()).length;
}

/** Gmail API units spent as `email` (the offline Gmail's per-user quota counter). */
function gmailUnits(t: TwoTenants, email: string): number {
  return t.ws.counters.get(`quota.gmail.${email.toLowerCase()}`) ?? 0;
}

/** As editing B's store in Sheets would: one more `employees` row, naming `email`. */
function appendEmployeeRow(t: TwoTenants, email: string): void {
  const sheet = spreadsheetState(t.ws, t.B.spreadsheetId)!.sheets.find((s) => s.name === 'employees')!;
  const header = sheet.values[0].map(String);
  const row = employeeToRow(newEmployee(email, t.ws.clock.now()));
  sheet.values.push(header.map((h) => row[EMPLOYEE_COLUMNS.indexOf(h as (typeof EMPLOYEE_COLUMNS)[number])] ?? ''));
}

describe("one customer's admin against another customer's users", () => {
  let snap: Snapshot;
  let t: TwoTenants;
  beforeAll(() => {
    t = twoTenants();
    snap = new Snapshot(t.ws);
  }, 120_000);
  beforeEach(() => {
    t.ws = snap.restore(t.project);
  });
  afterAll(() => snap?.dispose());

  it("never writes a signature into another customer's mailbox, whatever the store rows say", () => {
    const victim = t.A.as.user;
    const admin = t.B.as.superAdmin;
    const before = gmailSignature(t, victim);
    const tokens = tokensFor(t, victim);
    expect(before).not.toBe('');
    appendEmployeeRow(t, victim);

    const saved = act(t, admin, 'templates.save', { form: { name: 'Mailbox notice', html: PHISHING, aliasPolicy: 'primary', enforce: 'on' } });
    expect(answerText(saved)).toMatch(/Template saved/);
    const templateId = rows(t, t.B, 'signature_templates').find((x) => JSON.stringify(x).includes('Mailbox notice'))?.id;
    expect(templateId).toBeTruthy();
    // The forged store row makes the victim pickable: the assignment is saved, and the run must still refuse.
    expect(answerText(act(t, admin, 'assignments.add', { form: { targetKind: 'employee', targetEmployee: victim, templateId: templateId! } }))).toContain(`Assigned to employee ${victim}`);
    const applied = act(t, admin, 'signatures.applyNow', { params: { scope: 'employee', email: victim } });
    for (let i = 0; i < 6; i++) t.ws.advance(3600_000);

    expect(gmailSignature(t, victim)).toBe(before);
    expect(tokensFor(t, victim)).toBe(tokens);
    // The toast says what was verified: nothing was written, and why is on the card.
    const toast = String((JSON.parse(answerText(applied)) as { response?: { notification?: string } }).response?.notification ?? '');
    expect(toast).toMatch(/^Not written/);
    expect(toast).not.toMatch(/written to|wrote|applied to|up to date|already has/i);
    expect(rows(t, t.B, 'signature_addresses').filter((r) => r.address === victim && r.status === 'ok')).toEqual([]);

    runNight(t, t.B);
    expect(gmailSignature(t, victim)).toBe(before);
    expect(gmailSignature(t, victim)).not.toContain('evil.example');
    expect(tokensFor(t, victim)).toBe(tokens);
  });

  it("never reads another customer's mail, whoever is enrolled in Contact Inbox", () => {
    const victim = t.A.inboxUser;
    const admin = t.B.as.superAdmin;
    const units = gmailUnits(t, victim);
    const tokens = tokensFor(t, victim);
    act(t, admin, 'contactInbox.enableTenant');
    act(t, admin, 'contactInbox.enableUser', { params: { email: victim } });
    const started = act(t, admin, 'contactInbox.startUser', { params: { email: victim } });

    expect(gmailUnits(t, victim)).toBe(units);
    expect(tokensFor(t, victim)).toBe(tokens);
    expect(answerText(started)).not.toMatch(/\b[1-9]\d* (new )?messages? read|read [1-9]\d* (new )?messages?/i);
    // Nothing of the victim's reaches B's spreadsheets (the drop file included) as a share.
    const files = t.ws.state<{ files: Record<string, { owner: string; editors: string[]; viewers: string[] }> }>('spreadsheets', () => ({ files: {} })).files;
    const bFiles = Object.values(files).filter((f) => t.B.tenant.domains.some((d) => f.owner.endsWith(`@${d}`)));
    for (const f of bFiles) expect([...f.editors, ...f.viewers].map((e) => e.toLowerCase())).not.toContain(victim.toLowerCase());

    runNight(t, t.B);
    expect(gmailUnits(t, victim)).toBe(units);
    expect(tokensFor(t, victim)).toBe(tokens);
  });

  it("never probes another customer's users from the Connection card", () => {
    const victim = t.A.as.user;
    const tokens = tokensFor(t, victim);
    const r = act(t, t.B.as.superAdmin, 'connection.checkUser', { params: { email: victim } });
    expect(tokensFor(t, victim)).toBe(tokens);
    expect(gmailUnits(t, victim)).toBe(0);
    expect(answerText(r)).not.toMatch(/Status OK|\bOK:/);
  });
});
