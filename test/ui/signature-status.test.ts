/**
 * The sidebar as an admin meets it, from a fresh import to signatures in Gmail: every toast says only what was
 * verified, and the Signatures, Connection and employee cards give the same state for the same person (issue 12:
 * "Toasts that aren't true", "Cards disagree"). Truth is read from the offline Workspace itself: the emulated
 * Gmail's stored signatures and the directory's users. Runs the built bundle (npm run build first).
 */
import { SidebarSession, type CardJson } from '../../sim/host/session';
import { grantDelegation } from '../../sim/google/registry';
import { mailboxOf } from '../../sim/google/mailbox';
import { setLatencyModel } from '../../sim/google/latency';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { connectPublisher, directoryWorld, scriptProps, setUp, sheetRows, type DirWorld } from '../directory/world';

const HOUR = 3600_000;

function signatureInGmail(w: DirWorld, email: string): string {
  const u = w.ws.user(email);
  return u.isMailboxSetup ? mailboxOf(w.ws, u).sendAs[email.toLowerCase()]?.signature ?? '' : '';
}

/** Every text a card shows, flattened (labels, texts, headers). */
function texts(card: CardJson | undefined): string[] {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (typeof v === 'string' && ['text', 'topLabel', 'bottomLabel', 'header', 'title'].includes(k) ? out.push(v) : walk(v));
  };
  walk(card);
  return out;
}

/** "Label: n" lines of a card as a map. */
function countsOn(card: CardJson | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of texts(card)) {
    const m = /^([^:<]+): (\d+)$/.exec(t);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

/** "Label: n" pairs of a toast ("Apply now finished. A: 3 · B: 7."). */
function countsIn(toast: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of toast.matchAll(/([A-Z][^:.·]+): (\d+)/g)) out[m[1].trim()] = Number(m[2]);
  return out;
}

function signatures(w: DirWorld): SidebarSession {
  return new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Signatures');
}

function connection(w: DirWorld): SidebarSession {
  return new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Connection');
}

/** Lets a run the setup import handed to the background finish (continuation triggers fire hourly). */
function finishBackground(w: DirWorld): void {
  for (let i = 0; i < 12 && Object.keys(scriptProps(w)).some((k) => k === `t:${w.tenant.customerId}:run`); i++) w.ws.advance(HOUR);
}

describe('signature status in the sidebar: toasts and cards say the same verified thing', () => {
  let w: DirWorld;
  let clientId: string;
  let active: Array<Record<string, string>>;
  let noMailbox: Array<Record<string, string>>;

  beforeAll(() => {
    w = directoryWorld({ users: 24, seed: 12 });
    const r = setUp(w);
    if (!r.ok) throw new Error(r.error);
    for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(HOUR);
    finishBackground(w);
    // Autograph's service account is there, but nobody has authorised it in the Admin console yet.
    clientId = connectPublisher(w, { grant: false }).clientId;
    const employees = sheetRows(w, 'employees');
    active = employees.filter((e) => e.syncOn !== 'false' && e.reason === '');
    noMailbox = employees.filter((e) => e.reason === 'no_mailbox');
  });

  it('has employees with and without a Gmail mailbox to tell apart', () => {
    expect(active.length).toBeGreaterThan(5);
    expect(noMailbox.length).toBeGreaterThan(0);
  });

  it('says Apply now with no template writes nothing, and how to assign one', () => {
    const s = signatures(w).click('Apply now to everyone');
    expect(s.error).toBeUndefined();
    expect(s.notification).toMatch(/^No template is assigned to anyone yet, so nothing was written to Gmail\. Open Templates/);
    expect(s.notification).not.toMatch(/up to date|Sync done/);
    expect(active.every((e) => signatureInGmail(w, e.primaryEmail) === '')).toBe(true);
    expect(countsOn(s.card)['No template assigned']).toBe(active.length);
  });

  it('says Sync now with no template wrote nothing to Gmail, beside the directory figures', () => {
    const s = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Directory sync').click('Sync now');
    expect(s.error).toBeUndefined();
    const text = texts(s.card).join('\n');
    expect(text).toMatch(/Sync done: \d+ added/);
    expect(text).toContain('No template is assigned to anyone yet, so nothing was written to Gmail. Open Templates');
  });

  it('says a saved template is assigned to nobody yet, and how to assign it', () => {
    const s = signatures(w).click('Templates').click('Use');
    s.click('Save');
    expect(s.error).toBeUndefined();
    expect(s.notification).toMatch(/^Template saved\. It is assigned to nobody yet, so nothing is written to Gmail: .*Assign to/);
  });

  it('says, once assigned, how many employees the saved template reaches and what writes it', () => {
    const list = signatures(w).click('Templates');
    list.click('Assign', { targetKind: 'company' });
    expect(list.notification).toBe(`Assigned to whole company. Reaches ${active.length} employees.`);
    const saved = JSON.parse(sheetRows(w, 'signature_templates')[0].json) as { name: string };
    const editor = list.click(saved.name).click('Save');
    expect(editor.error).toBeUndefined();
    expect(editor.notification).toBe(`Template saved. It applies to ${active.length} employees (whole company). Automatic sync is off: press Apply now on the Signatures card to write it to Gmail.`);
  });

  it('after Apply now without delegation, counts not-connected employees as the cards do, and writes nothing', () => {
    const s = signatures(w).click('Apply now to everyone');
    expect(s.error).toBeUndefined();
    expect(active.every((e) => signatureInGmail(w, e.primaryEmail) === '')).toBe(true);
    const onCard = countsOn(signatures(w).card);
    expect(onCard['Written and verified in Gmail']).toBeUndefined();
    expect(onCard['Not connected']).toBe(active.length);
    expect(onCard['Has no Gmail mailbox']).toBe(noMailbox.length);
    // 24 users fit in the card's slice: the toast reports the finished run, in the cards' counts, with the fix.
    const toast = s.notification ?? '';
    expect(toast).toMatch(/^Apply now finished\. /);
    expect(countsIn(toast)).toEqual(onCard);
    expect(toast).toContain(`Not connected: Your domain has not authorised client id ${clientId}`);
    expect(toast).toContain('Manage domain-wide delegation');
    expect(toast).not.toMatch(/Writing signatures|Sync done/);
    // The Connection card counts the same users as reached: Google refused each a token. Users without a mailbox
    // are known from the directory, and Autograph does not call Gmail for them.
    const conn = connection(w);
    expect(texts(conn.card)).toContain(`Users Autograph has reached (${active.length} checked)`);
    expect(countsOn(conn.card)['Not authorised in the Admin console']).toBe(active.length);
    expect(texts(conn.card).join('\n')).not.toMatch(/No user has been checked yet|Linkage error/);
    // The client id and the scopes to paste are shown whole, as wrapping text.
    expect(texts(conn.card)).toContain(`OAuth scopes (comma-delimited):<br>${DELEGATION_SCOPES.join(',')}`);
    expect(texts(conn.card)).toContain(clientId);
  });

  it('after delegation is granted, every write Gmail accepted counts as verified and as checked', () => {
    grantDelegation(w.ws, w.tenant.customerId, clientId, [...DELEGATION_SCOPES]);
    const s = signatures(w).click('Apply now to everyone');
    const inGmail = active.filter((e) => signatureInGmail(w, e.primaryEmail).includes(`mailto:${e.primaryEmail}`));
    expect(inGmail.length).toBe(active.length);
    const onCard = countsOn(signatures(w).card);
    expect(onCard['Written and verified in Gmail']).toBe(inGmail.length);
    expect(onCard['Not connected']).toBeUndefined();
    expect(s.notification).toMatch(/^Apply now finished\. /);
    expect(countsIn(s.notification ?? '')).toEqual(onCard);
    // No Re-check was pressed: the writes alone prove the connection for those users.
    const conn = connection(w);
    expect(countsOn(conn.card)['Connected']).toBe(inGmail.length);
    expect(texts(conn.card)).toContain(`Users Autograph has reached (${inGmail.length} checked)`);
    const who = inGmail[0].primaryEmail;
    const user = conn.click(/^Connected: /).click(who);
    expect(user.error).toBeUndefined();
    expect(texts(user.card)).toEqual(expect.arrayContaining(['Connected', 'a signature Autograph wrote was read back from Gmail']));
  });

  it('says an employee without a mailbox has none, on every card and in the Apply now toast', () => {
    const who = noMailbox[0];
    const sigCard = signatures(w);
    const row = texts(sigCard.card).find((t) => t.startsWith(`${who.primaryEmail} · `));
    expect(row).toBe(`${who.primaryEmail} · Has no Gmail mailbox`);
    const one = sigCard.click(who.fullName || who.primaryEmail);
    expect(texts(one.card)).toContain('Has no Gmail mailbox');
    one.click('Apply now');
    expect(one.notification).toMatch(new RegExp(`^${who.primaryEmail.replace(/[.]/g, '\\.')} has no Gmail mailbox: nothing was written\\.`));
    expect(one.notification).not.toMatch(/already has/);
    const employeeCard = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Employees').click(who.fullName || who.primaryEmail);
    expect(texts(employeeCard.card)).toContain('Has no Gmail mailbox');
    expect(texts(employeeCard.card).join('\n')).not.toMatch(/not written yet/);
  });

  it('says Gmail already has the signature only after reading it back', () => {
    const who = active[0];
    const one = signatures(w).click(who.fullName || who.primaryEmail);
    one.click('Apply now');
    expect(one.notification).toBe('Gmail already has the current signature (read back just now).');
    expect(texts(one.card)).toContain('Written and verified in Gmail');
  });
});

describe('Apply now handed to the background', () => {
  it('says the run goes on in the background and where to watch it, then the card shows the verified end', () => {
    const w = directoryWorld({ users: 120, seed: 13 });
    const r = setUp(w);
    if (!r.ok) throw new Error(r.error);
    finishBackground(w);
    connectPublisher(w);
    const list = signatures(w).click('Templates').click('Use');
    list.click('Save');
    signatures(w).click('Templates').click('Assign', { targetKind: 'company' });
    // Google answers slowly (token exchanges 4 s each, Gmail 3 s): the card's slice (18 s) ends before the run does.
    const slow = (baseMs: number) => ({ baseMs, jitter: 0, tailRate: 0 });
    setLatencyModel(w.ws, { endpoints: { 'oauth.token': slow(4_000), 'gmail.sendAs.patch': slow(3_000), 'gmail.sendAs.list': slow(3_000) } });
    const s = signatures(w).click('Apply now to everyone');
    expect(s.error).toBeUndefined();
    expect(s.notification).toMatch(/^Apply now continues in the background.*; press Refresh on this card to see progress\.$/);
    // A run handed off answers from its state: no employee's counts (reading them all ended the card at 49,250).
    expect(s.notification).not.toMatch(/So far|Not connected/);
    // The estimate: the next execution is an hour out (the add-on trigger rule); no slice finished in the card, so
    // no pace was measured and the toast says only when the next part starts.
    expect(s.notification).toMatch(/, next part in about 1 h;/);
    expect(texts(s.card).some((t) => /continues in the background$/.test(t))).toBe(true);
    expect(s.targets().map((t) => t.label)).toContain('Refresh');
    expect(texts(s.card).join('\n')).not.toMatch(/execution/);
    finishBackground(w);
    const active = sheetRows(w, 'employees').filter((e) => e.syncOn !== 'false' && e.reason === '');
    const inGmail = active.filter((e) => signatureInGmail(w, e.primaryEmail).includes(`mailto:${e.primaryEmail}`));
    expect(inGmail.length).toBe(active.length);
    expect(countsOn(signatures(w).card)['Written and verified in Gmail']).toBe(inGmail.length);
  });
});
