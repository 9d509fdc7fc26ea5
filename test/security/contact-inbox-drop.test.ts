/**
 * Contact Inbox suggestions that coworkers can neither forge nor delete (issue 10, finding 7), through the built
 * bundle. The coworker attacks with their own Apps Script project running as themselves — all a coworker can do:
 * they cannot run Autograph's code as someone else — against the drop spreadsheet, whose sharing the offline
 * Workspace enforces as Drive does (a viewer's writes are refused).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import nacl from 'tweetnacl';
import { deliverMessage } from '../../sim/google/mailbox';
import { propertiesState, userStoreKey } from '../../sim/services/properties';
import { spreadsheetState, type SpreadsheetState } from '../../sim/services/spreadsheet';
import { SidebarSession } from '../../sim/host/session';
import type { SimProject } from '../../sim/project';
import type { RunResult } from '../../sim/workspace';
import { base64Encode, utf8Encode } from '../../src/core/delegation/bytes';
import { sealSecret } from '../../src/core/delegation/secret-box';
import { action, ADA, ADMIN, BOB, CUSTOMER, inboxWorld, pendingCard, runNight, type World } from '../contact-inbox-feature/world';
import { storedTenant } from '../support/tenant-registry';

const SIGNED = 'Hi Ada,\n\nSee you Monday.\n\nBest regards,\n\nMaria Lopez\nHead of Partnerships\nNorthwind Traders Inc.\nM: +1 415 555 0134\n';
const TOM_SIGNED = 'Please find the offer attached.\n\nKind regards,\nTom Berg\nSales Director\nFjord Systems AB\nTel: +46 8 123 456 78\n';
const CEO = { id: 'ceo@acme-exec.example', senderEmail: 'ceo@acme-exec.example', name: 'Office of the CEO', title: 'Chief Executive Officer', company: 'Acme', phones: [], messageId: 'm1', receivedAt: 9e12, status: 'pending' };

/** The coworker's own script: open the drop by id and try each write, reporting what Google answered. */
const COWORKER_CODE = `
function attempt(e) {
  var sheet = SpreadsheetApp.openById(e.dropId).getSheetByName('drops');
  var tries = {
    appendRow: function () { e.rows.forEach(function (r) { sheet.appendRow(r); }); },
    deleteRows: function () { sheet.deleteRows(2, sheet.getLastRow() - 1); },
    clearContents: function () { sheet.clearContents(); },
    setValues: function () { sheet.getRange(2, 1, 1, 4).setValues([['', '', '', '']]); },
  };
  var out = {};
  e.tries.forEach(function (name) {
    try { tries[name](); out[name] = 'done'; } catch (err) { out[name] = String(err.message); }
  });
  out.rowsSeen = sheet.getLastRow() - 1;
  return out;
}
`;

const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

function coworkerProject(w: World): SimProject {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coworker-'));
  tmpDirs.push(dir);
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Etc/UTC', runtimeVersion: 'V8', oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] }));
  fs.writeFileSync(path.join(dir, 'Code.js'), COWORKER_CODE);
  return w.ws.loadProject(dir, 'coworker-script');
}

function dropId(w: World): string {
  return storedTenant(w.ws, w.project.id, CUSTOMER)!.dropId;
}

function drop(w: World): SpreadsheetState {
  return spreadsheetState(w.ws, dropId(w))!;
}

function dropRows(w: World): unknown[][] {
  return drop(w).sheets.find((s) => s.name === 'drops')!.values.slice(1).filter((r) => r[0]);
}

function coworkerTries(w: World, user: string, tries: string[], rows: unknown[][] = []): Record<string, string | number> {
  const r: RunResult = w.ws.run(coworkerProject(w), 'attempt', { user, event: { dropId: dropId(w), tries, rows } });
  if (!r.ok) throw new Error(r.error);
  return r.value as Record<string, string | number>;
}

/** Ada has one genuine batch (Maria Lopez) in the drop, from one nightly run. */
function adaWithBatch(): World {
  const w = inboxWorld([ADA, BOB]);
  deliverMessage(w.ws, ADA, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Monday', text: SIGNED });
  runNight(w);
  expect(dropRows(w)).toHaveLength(1);
  return w;
}

/** What a coworker can make for Ada's tag: a box to a key pair, a secretbox under a key of theirs, a replayed row. */
function forgedRows(w: World): unknown[][] {
  const [tag, batch, sealed] = dropRows(w)[0] as string[];
  const seed = (n: number) => Uint8Array.from({ length: 32 }, (_v, i) => (i * 13 + n) & 255);
  const nonce = seed(7).slice(0, 24);
  const victim = nacl.box.keyPair.fromSecretKey(seed(1));
  const eph = nacl.box.keyPair.fromSecretKey(seed(2));
  const boxed = nacl.box(utf8Encode(JSON.stringify([CEO])), nonce, victim.publicKey, eph.secretKey);
  return [
    [tag, 'forged.box.0', `ci1.${base64Encode(eph.publicKey)}.${base64Encode(nonce)}.${base64Encode(boxed)}`, Date.now()],
    [tag, 'forged.secret.0', sealSecret(JSON.stringify({ batch: 'forged.secret.0', suggestions: [CEO] }), seed(3), nonce), Date.now()],
    [tag, `${batch}.again`, sealed, Date.now()],
  ];
}

describe('Contact Inbox drop: coworkers can neither forge nor delete suggestions', () => {
  it('ignores a suggestion a coworker forged into the drop', () => {
    const w = adaWithBatch();
    // The strongest coworker: one who still edits the drop, as the previous version shared it with enabled users.
    drop(w).editors.push(BOB);
    drop(w).viewers = drop(w).viewers.filter((v) => v !== BOB);
    const tried = coworkerTries(w, BOB, ['appendRow'], forgedRows(w));
    expect(tried.appendRow).toBe('done');
    expect(dropRows(w)).toHaveLength(4);

    const card = pendingCard(w, ADA);
    expect(card).toContain('Maria Lopez');
    expect(card).not.toContain('Office of the CEO');
    const warned = w.ws.logs.filter((l) => l.user === ADA && l.text.includes('do not verify'));
    expect(warned.map((l) => l.text)).toEqual([expect.stringContaining('ignored 3 batch(es)')]);
    // Counted once: the rejected batches are remembered as taken, not re-examined on every open.
    new SidebarSession(w.ws, w.project, ADA).openHomepage();
    expect(w.ws.logs.filter((l) => l.user === ADA && l.text.includes('do not verify'))).toHaveLength(1);

    // The next nightly run takes the edit access back: the same attempt is now refused.
    runNight(w);
    expect(drop(w).editors).not.toContain(BOB);
    expect(coworkerTries(w, BOB, ['appendRow'], forgedRows(w)).appendRow).toMatch(/permission/i);
  });

  it('keeps a user\'s suggestions when a coworker tries to delete them: enabled users can only view the drop', () => {
    const w = adaWithBatch();
    expect(drop(w).viewers).toEqual(expect.arrayContaining([ADA, BOB]));
    expect(drop(w).editors).not.toEqual(expect.arrayContaining([ADA]));
    expect(drop(w).editors).not.toEqual(expect.arrayContaining([BOB]));
    const tried = coworkerTries(w, BOB, ['deleteRows', 'clearContents', 'setValues', 'appendRow'], forgedRows(w));
    for (const t of ['deleteRows', 'clearContents', 'setValues', 'appendRow']) expect(tried[t]).toMatch(/permission/i);
    expect(tried.rowsSeen).toBe(1);
    expect(dropRows(w)).toHaveLength(1);
    expect(pendingCard(w, ADA)).toContain('Maria Lopez');
  });

  it('takes a user\'s batches without deleting them, and the nightly run prunes them after 30 days', () => {
    const w = adaWithBatch();
    const batch = String(dropRows(w)[0][1]);
    expect(pendingCard(w, ADA)).toContain('Maria Lopez');
    const takenOf = () => JSON.parse(propertiesState(w.ws).user[userStoreKey(w.project.id, ADA)]['contactInbox.takenBatches'] ?? '[]');
    expect(dropRows(w)).toHaveLength(1);
    expect(takenOf()).toEqual([batch]);
    // Dismissed, then opened again: the batch still in the drop is not taken twice.
    const id = JSON.parse(propertiesState(w.ws).user[userStoreKey(w.project.id, ADA)]['contactInbox.pending'])[0].id;
    expect(action(w, 'contacts.dismiss', { user: ADA, params: { id } }).error).toBeFalsy();
    expect(pendingCard(w, ADA)).not.toContain('Maria Lopez');

    w.ws.advance(31 * 86_400_000);
    runNight(w);
    expect(dropRows(w)).toHaveLength(0);
    new SidebarSession(w.ws, w.project, ADA).openHomepage();
    // The next batch taken forgets the pruned one.
    deliverMessage(w.ws, ADA, { from: 'Tom Berg <tom@fjord.example>', subject: 'Offer', text: TOM_SIGNED });
    runNight(w);
    expect(pendingCard(w, ADA)).toContain('Tom Berg');
    expect(takenOf()).toEqual([String(dropRows(w)[0][1])]);
    expect(takenOf()).not.toContain(batch);
  });

  it('demotes enabled users who were editors of the drop, and drops the public-key sheet, on the next run', () => {
    const w = inboxWorld([ADA, BOB]);
    // The drop as the previous version left it: enabled users as editors, and their published keys.
    const d = drop(w);
    d.viewers = [];
    d.editors = [...new Set([...d.editors, ADA, BOB])];
    d.sheets.push({ ...d.sheets[0], sheetId: 99_001, name: 'keys', values: [['owner', 'publicKey', 'mac', 'at']] });
    const adaProps = (propertiesState(w.ws).user[userStoreKey(w.project.id, ADA)] ??= {});
    adaProps['contactInbox.secretKey'] = 'c2VjcmV0IG9mIHRoZSByZXRpcmVkIGtleSBwYWlyIQ==';
    deliverMessage(w.ws, ADA, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Monday', text: SIGNED });
    runNight(w);
    expect(drop(w).editors).not.toContain(ADA);
    expect(drop(w).editors).not.toContain(BOB);
    expect(drop(w).viewers).toEqual(expect.arrayContaining([ADA, BOB]));
    expect(drop(w).owner === ADMIN || drop(w).editors.includes(ADMIN)).toBe(true);
    expect(drop(w).sheets.map((s) => s.name)).not.toContain('keys');
    expect(pendingCard(w, ADA)).toContain('Maria Lopez');
    expect(propertiesState(w.ws).user[userStoreKey(w.project.id, ADA)]['contactInbox.secretKey']).toBeUndefined();
  });
});
