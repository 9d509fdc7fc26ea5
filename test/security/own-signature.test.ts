/**
 * Issue 10, finding 13: each person reads only their own signature. The spreadsheet every self-service employee
 * can open holds only sealed copies under per-user keys and opaque tags; a row planted by someone with edit access
 * does not open; "My signature" and "Insert signature" show the viewer's own; with a service account, Gmail (read
 * as the user) is the copy and nobody is given the file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { action, directoryWorld, importableUsers, setUp, sheetRows, scriptProps, shown, type DirWorld } from '../directory/world';
import { createServiceAccount, createServiceAccountKey, grantDelegation } from '../../sim/google/registry';
import { mailboxOf } from '../../sim/google/mailbox';
import { readHostResponse } from '../../sim/services/card-service';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import type { SimProject } from '../../sim/project';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { storedTenant } from '../support/tenant-registry';

/** A one-file script to act on the published spreadsheet with a user's own rights (the temp folder is removed). */
const PROBE = `
function dump(e) {
  var ss = SpreadsheetApp.openById(e.id);
  return ss.getSheets().map(function (sh) {
    var r = sh.getLastRow(), c = sh.getLastColumn();
    return { name: sh.getName(), values: r && c ? sh.getRange(1, 1, r, c).getValues() : [] };
  });
}
function plant(e) {
  var sh = SpreadsheetApp.openById(e.id).getSheetByName('sealed');
  var rows = sh.getRange(2, 1, sh.getLastRow() - 1, 4).getValues();
  for (var i = 0; i < rows.length; i++) {
    var other = rows[(i + 1) % rows.length];
    // Someone else's sealed copy, newer, under this row's tag; and a made-up value.
    sh.appendRow([rows[i][0], other[1], other[2], '9999999999999']);
    sh.appendRow([rows[i][0], 'f00d', 'sb1.' + Utilities.base64Encode('x'.repeat(24)) + '.' + Utilities.base64Encode('y'.repeat(60)), '9999999999999']);
  }
  return rows.length;
}
function addLegacy(e) {
  var sh = SpreadsheetApp.openById(e.id).insertSheet('published');
  sh.getRange(1, 1, 2, 2).setValues([['email', 'html'], [e.email, e.html]]);
}
`;

function probeProject(w: DirWorld): SimProject {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'own-sig-'));
  try {
    fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/Berlin', runtimeVersion: 'V8' }));
    fs.writeFileSync(path.join(dir, 'Code.js'), PROBE);
    return w.ws.loadProject(dir, 'own-signature-probe');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const publishedId = (w: DirWorld) => String(storedTenant(w.ws, w.project.id, w.tenant.customerId)!.settings.published ?? '');

function signatureOf(w: DirWorld, email: string): string {
  return mailboxOf(w.ws, w.ws.user(email)).sendAs[email.toLowerCase()]?.signature ?? '';
}

function syncAndAssign(w: DirWorld): void {
  const r = setUp(w);
  if (!r.ok) throw new Error(r.error);
  for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
  expect(shown(action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } }))).toMatch(/Template saved/);
  const id = sheetRows(w, 'signature_templates')[0].id;
  expect(shown(action(w, 'assignments.add', { form: { targetKind: 'company', templateId: id } }))).toMatch(/Assigned to whole company/);
}

function runEveryone(w: DirWorld): void {
  expect(action(w, 'signatures.applyNow', { params: { scope: 'everyone' } }).ok).toBe(true);
  for (let i = 0; i < 8 && scriptProps(w)[`t:${w.tenant.customerId}:run`]; i++) w.ws.advance(3600_000);
  expect(scriptProps(w)[`t:${w.tenant.customerId}:run`]).toBeUndefined();
}

/** What an employee's signature would show of them: their address, and each phone as typed and as E.164. */
function secretsOf(w: DirWorld, email: string): string[] {
  const e = sheetRows(w, 'employees').find((x) => x.primaryEmail === email)!;
  const phones = Object.entries(e).filter(([k, v]) => k.startsWith('phones.') && v).map(([, v]) => String(v));
  return [email.toLowerCase(), ...phones, ...phones.map((p) => `+${p.replace(/\D/g, '')}`)];
}

function homepage(w: DirWorld, user: string): string {
  const r = w.ws.run(w.project, 'onHomepage', { user, kind: 'homepage', event: { commonEventObject: { hostApp: 'GMAIL' } } });
  if (!r.ok) throw new Error(r.error);
  return JSON.stringify(readHostResponse(r.value));
}

function insert(w: DirWorld, user: string): string {
  const r = w.ws.run(w.project, 'onInsertSignature', { user, kind: 'action', event: { commonEventObject: { hostApp: 'GMAIL' } } });
  if (!r.ok) throw new Error(r.error);
  return JSON.stringify(readHostResponse(r.value));
}

describe('each person reads only their own signature (self-service: sealed copies)', () => {
  let w: DirWorld;
  let probe: SimProject;
  let me: string;
  let coworkers: string[];
  beforeAll(() => {
    w = directoryWorld({ users: 30, seed: 13 });
    syncAndAssign(w);
    runEveryone(w);
    probe = probeProject(w);
    const users = importableUsers(w).filter((u) => !u.isAdmin && !u.isDelegatedAdmin && u.isMailboxSetup !== false && !u.suspended);
    const synced = new Set(sheetRows(w, 'employees').filter((e) => e.reason === '').map((e) => e.primaryEmail));
    const mine = users.filter((u) => synced.has(u.primaryEmail));
    me = mine[0].primaryEmail;
    coworkers = mine.slice(1).map((u) => u.primaryEmail);
    expect(coworkers.length).toBeGreaterThan(5);
  });

  it('lets an employee read only their own signature: the published copy shows coworkers nothing but ciphertext', () => {
    const r = w.ws.run(probe, 'dump', { user: me, event: { id: publishedId(w) } });
    expect(r.ok).toBe(true);
    const sheets = r.value as Array<{ name: string; values: unknown[][] }>;
    expect(sheets.map((s) => s.name)).toEqual(['sealed']);
    const cells = sheets.flatMap((s) => s.values.flat().map(String)).join('\n').toLowerCase();
    // At least one coworker has a phone number in their signature, so the check below has something to find.
    expect(coworkers.some((c) => secretsOf(w, c).length > 1)).toBe(true);
    for (const c of [me, ...coworkers]) for (const secret of secretsOf(w, c)) expect(cells).not.toContain(secret.toLowerCase());
    expect(cells).not.toContain('mailto:');
    expect(cells).not.toContain('<');
    // One row per employee with a signature, each an opaque tag and a sealed value.
    const rows = sheets[0].values.slice(1);
    expect(rows.length).toBe(sheetRows(w, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false').length);
    for (const row of rows) {
      expect(String(row[0])).toMatch(/^[0-9a-f]{32}$/);
      expect(String(row[2])).toMatch(/^sb1\./);
    }
  });

  it("shows an employee their own signature on My signature and inserts it, never a coworker's", () => {
    const card = homepage(w, me);
    expect(card).toContain(`mailto:${me}`);
    expect(card).toMatch(/not in your Gmail yet/);
    for (const c of coworkers) expect(card).not.toContain(c);
    const draft = insert(w, me);
    expect(draft).toMatch(/IN_PLACE_INSERT/);
    expect(draft).toContain(`mailto:${me}`);
    for (const c of coworkers) expect(draft).not.toContain(c);
  });

  it('gives employees view access only: a coworker cannot write a row', () => {
    const r = w.ws.run(probe, 'plant', { user: coworkers[0], event: { id: publishedId(w) } });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/permission to edit/);
  });

  it('ignores rows planted by someone with edit access: another sealed copy or a made-up one does not open', () => {
    const owner = spreadsheetState(w.ws, publishedId(w))!.owner;
    const planted = w.ws.run(probe, 'plant', { user: owner, event: { id: publishedId(w) } });
    expect(planted.ok).toBe(true);
    expect(planted.value as number).toBeGreaterThan(5);
    const card = homepage(w, me);
    expect(card).toContain(`mailto:${me}`);
    for (const c of coworkers) expect(card).not.toContain(c);
    expect(insert(w, me)).toContain(`mailto:${me}`);
  });

  it('applies the employee’s own signature and then says it is in their Gmail (read just now)', () => {
    expect(shown(action(w, 'signatures.applyMine', { user: me }))).toMatch(/Your signature is now in Gmail/);
    expect(signatureOf(w, me)).toContain(`mailto:${me}`);
    const card = homepage(w, me);
    expect(card).toMatch(/This is the signature in your Gmail \(read just now\)/);
    expect(card).not.toMatch(/Apply to my Gmail/);
    expect(coworkers.every((c) => signatureOf(w, c) === '')).toBe(true);
  });

  it('deletes the clear-text sheet of an earlier version on the next run', () => {
    const owner = spreadsheetState(w.ws, publishedId(w))!.owner;
    const added = w.ws.run(probe, 'addLegacy', { user: owner, event: { id: publishedId(w), email: coworkers[1], html: `<a href="mailto:${coworkers[1]}">x</a>` } });
    expect(added.ok).toBe(true);
    expect(spreadsheetState(w.ws, publishedId(w))!.sheets.map((s) => s.name)).toContain('published');
    runEveryone(w);
    const names = spreadsheetState(w.ws, publishedId(w))!.sheets.map((s) => s.name);
    expect(names).toEqual(['sealed']);
    const dump = w.ws.run(probe, 'dump', { user: me, event: { id: publishedId(w) } });
    expect(JSON.stringify(dump.value)).not.toContain(coworkers[1]);
  });
});

describe('each person reads only their own signature (service account: Gmail is the copy)', () => {
  it('shares the file with no employee and shows each their Gmail signature, read as themselves', () => {
    const w = directoryWorld({ users: 25, seed: 17 });
    syncAndAssign(w);
    const sa = createServiceAccount(w.ws, 'autograph-prod', 'signatures');
    const key = createServiceAccountKey(w.ws, sa);
    grantDelegation(w.ws, w.tenant.customerId, sa.clientId, [...DELEGATION_SCOPES]);
    scriptProps(w).AUTOGRAPH_PUBLISHER_KEY = JSON.stringify(key);
    runEveryone(w);
    const file = spreadsheetState(w.ws, publishedId(w))!;
    expect(file.viewers).toEqual([]);
    // Only the tenant's current admins may edit it (runs follow the Directory's admins); no employee has access.
    const admins = new Set(w.ws.directory.usersOf(w.tenant.customerId).filter((u) => u.isAdmin || u.isDelegatedAdmin).map((u) => u.primaryEmail.toLowerCase()));
    expect(file.editors.filter((e: string) => !admins.has(e.toLowerCase()))).toEqual([]);
    // Gmail holds every written employee's signature, so no sealed copy is kept for them (nobody would open it).
    const written = new Set(sheetRows(w, 'signature_addresses').filter((a) => a.status === 'ok').map((a) => a.user));
    const sealedRows = (file.sheets.find((s) => s.name === 'sealed')?.values ?? []).slice(1).filter((row) => String(row[0] ?? '') !== '');
    expect(written.size).toBeGreaterThan(10);
    expect(sealedRows.length).toBeLessThanOrEqual(sheetRows(w, 'employees').filter((e) => e.reason === '').length - written.size);
    // An admin's My signature tells Gmail's sanitised copy from the store's record of the write, not from a copy.
    expect(written.has(w.admin.toLowerCase())).toBe(true);
    const mine = action(w, 'signatures.mine');
    expect(mine.ok).toBe(true);
    expect(JSON.stringify(readHostResponse(mine.value))).toMatch(/This is the signature in your Gmail \(read just now\)/);
    const synced = new Set(sheetRows(w, 'employees').filter((e) => e.reason === '').map((e) => e.primaryEmail));
    const user = importableUsers(w).find((u) => !u.isAdmin && !u.isDelegatedAdmin && u.isMailboxSetup !== false && synced.has(u.primaryEmail))!.primaryEmail;
    expect(signatureOf(w, user)).toContain(`mailto:${user}`);
    const card = homepage(w, user);
    expect(card).toMatch(/This is the signature in your Gmail \(read just now\)/);
    expect(card).toContain(`mailto:${user}`);
    // The employee edits their signature in Gmail: the card and the compose action show what Gmail holds now.
    mailboxOf(w.ws, w.ws.user(user)).sendAs[user.toLowerCase()].signature = '<b>Edited by hand</b>';
    expect(homepage(w, user)).toContain('Edited by hand');
    const draft = insert(w, user);
    expect(draft).toContain('Edited by hand');
    expect(draft).not.toContain('mailto:');
  });
});
