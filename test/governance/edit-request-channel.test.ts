/**
 * The employee → approver channel of edit requests lives in the tenant's own requests file, never in the add-on's
 * script properties (one 500 KB store for every customer): every row of that file is untrusted, since every
 * employee who may propose edits it (src/core/signatures/edit-request-channel.ts, src/adapters/edit-request-file.ts).
 */
import nacl from 'tweetnacl';
import {
  latestDecisions, openRequest, openUnlocked, ownView, readProposals, sealRequest, sealUnlocked, trimOwn, type ChannelRow,
} from '../../src/core/signatures/edit-request-channel';
import type { EditRequest } from '../../src/core/signatures/edit-requests';
import { action, importableUsers, scriptProps, sheetRows, shown, type DirWorld } from '../directory/world';
import { fireRunTrigger } from '../support/triggers';
import { propertiesState } from '../../sim/services/properties';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { confirmed, gmailSignature, governanceWorld, runUntilIdle, writable, type GovWorld } from './world';

const T = 1_800_000_000_000;
const key = () => nacl.randomBytes(32);
const nonce = () => nacl.randomBytes(24);

function request(over: Partial<EditRequest> = {}): EditRequest {
  return { id: 'edit-1', email: 'ada@corp.example', field: 'mobile', value: '+49 151 23456789', templateId: 't', status: 'pending', proposedAt: T, decidedBy: '', decidedAt: 0, reason: '', ...over };
}

describe('sealed rows (pure)', () => {
  const adaKey = key();
  const row = (r = request(), k = adaKey): ChannelRow => ({ tag: 'ada-tag', id: r.id, sealed: sealRequest('edit-proposal', r, k, nonce()), at: T });

  it('opens only as the purpose, person and row id it was sealed for', () => {
    const r = row();
    expect(openRequest('edit-proposal', r, adaKey, 'ada@corp.example')).toEqual(request());
    // Another purpose (a proposal copied into the decisions sheet), another person, another row id, one changed character.
    expect(openRequest('edit-decision', r, adaKey, 'ada@corp.example')).toBeNull();
    expect(openRequest('edit-proposal', r, adaKey, 'bob@corp.example')).toBeNull();
    expect(openRequest('edit-proposal', { ...r, id: 'edit-2' }, adaKey, 'ada@corp.example')).toBeNull();
    const flipped = r.sealed.slice(0, 40) + (r.sealed[40] === 'A' ? 'B' : 'A') + r.sealed.slice(41);
    expect(openRequest('edit-proposal', { ...r, sealed: flipped }, adaKey, 'ada@corp.example')).toBeNull();
    expect(openRequest('edit-proposal', { ...r, sealed: '{"request":{"id":"edit-1"}}' }, adaKey, 'ada@corp.example')).toBeNull();
  });

  it('counts rows that do not open, takes each id once, and calls a known id a replay', () => {
    const good = row();
    const rows = [good, { ...good, sealed: 'typed by hand' }, { tag: 'nobody', id: 'x', sealed: good.sealed, at: T }, good, row(request({ id: 'edit-0' }))];
    const got = readProposals(rows, new Map([['ada-tag', 'ada@corp.example']]), () => adaKey, new Set(['edit-0']));
    expect(got.proposals.map((r) => r.id)).toEqual(['edit-1']);
    expect(got.replayed.map((r) => r.id)).toEqual(['edit-1', 'edit-0']);
    expect(got.unreadable).toBe(2);
    expect(got.takenRows).toEqual([0, 3, 4]);
  });

  it('the unlocked fields open only under the admins\' key; a typed cell unlocks nothing', () => {
    const k = key();
    expect(openUnlocked(sealUnlocked({ unlocked: { t: ['mobile', 'salary'] }, at: T }, k, nonce()), k)).toEqual({ unlocked: { t: ['mobile'] }, at: T });
    expect(openUnlocked('{"unlocked":{"t":["title"]}}', k)).toBeNull();
    expect(openUnlocked(sealUnlocked({ unlocked: { t: ['title'] }, at: T }, key(), nonce()), k)).toBeNull();
  });

  it('posts again a pending request that is neither in the file nor answered; an answer wins over the own copy', () => {
    const mine = [request(), request({ id: 'edit-2', field: 'pronouns', value: 'she/her', proposedAt: T + 1 })];
    const answered = latestDecisions([request({ id: 'edit-2', field: 'pronouns', value: 'she/her', status: 'rejected', decidedBy: 'appr@corp.example', reason: 'no' })]);
    const v = ownView(mine, new Set(), answered);
    expect(v.repost.map((r) => r.id)).toEqual(['edit-1']);
    expect(v.shown.find((r) => r.id === 'edit-2')).toMatchObject({ status: 'rejected', reason: 'no' });
    expect(ownView(mine, new Set(['edit-1']), answered).repost).toEqual([]);
    // An acknowledgement (taken, still pending) stops the re-post too.
    expect(ownView(mine, new Set(), latestDecisions([request()])).repost.map((r) => r.id)).toEqual(['edit-2']);
  });

  it('keeps the own copy under a user property\'s 9 KB, dropping decided requests first', () => {
    const many = Array.from({ length: 80 }, (_, i) => request({ id: `edit-${i}`, proposedAt: T + i, status: i % 2 ? 'approved' : 'pending', reason: 'r'.repeat(50) }));
    const kept = trimOwn(many);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(8_000);
    expect(kept.filter((r) => r.status === 'pending').length).toBeGreaterThan(kept.filter((r) => r.status === 'approved').length);
  });
});

// ---- Through the offline Workspace -------------------------------------------------------------------------------

const NEW_MOBILE = '+49 151 23456789';

function nightly(w: GovWorld): void {
  w.ws.advance(24 * 3600_000);
  fireRunTrigger(w.ws, w.project, w.admin, false);
  runUntilIdle(w);
}

function employeesNotAdmins(w: GovWorld): string[] {
  const admins = new Set(importableUsers(w).filter((u) => u.isAdmin).map((u) => u.primaryEmail.toLowerCase()));
  return writable(w).filter((e) => !admins.has(e) && e !== w.tooLong);
}

function unlockMobile(w: GovWorld): string {
  const templateId = sheetRows(w, 'signature_templates')[0].id;
  expect(shown(action(w, 'edits.saveFields', { params: { templateId }, form: { [`unlock_${templateId}`]: ['mobile'] } }))).toContain('Saved: Mobile phone open to proposals');
  return templateId;
}

/** The tenant's script-property bytes (keys and values, UTF-8), as the shared 500 KB store counts them. */
function tenantPropertyBytes(w: DirWorld): number {
  const cid = w.tenant.customerId;
  return Object.entries(scriptProps(w))
    .filter(([k, v]) => k === `t:${cid}` || k.startsWith(`t:${cid}:`) || v === cid)
    .reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
}

function requestsFileId(w: DirWorld): string {
  const loc = scriptProps(w)[`t:${w.tenant.customerId}`] ?? '';
  return / e=(\S+)/.exec(loc)?.[1] ?? '';
}

/** A sheet of the requests file as a coworker with edit rights sees it (the same cells, changeable by hand). */
function fileSheet(w: DirWorld, name: string): unknown[][] {
  return spreadsheetState(w.ws, requestsFileId(w))!.sheets.find((s) => s.name === name)!.values;
}

describe('edit requests through the tenant\'s requests file', () => {
  it('shares the file with the employees who may propose; one not shared yet is told so instead of a failing button', () => {
    const w = governanceWorld(12, 41);
    const [ada] = employeesNotAdmins(w);
    const templateId = sheetRows(w, 'signature_templates')[0].id;
    const saved = shown(action(w, 'edits.saveFields', { params: { templateId }, form: { [`unlock_${templateId}`]: ['mobile'] } }));
    const file = spreadsheetState(w.ws, requestsFileId(w))!;
    expect(file.editors).toContain(ada);
    expect(saved).toMatch(/The requests file is shared with (\d+) of the \1 employee\(s\) who may propose/);
    // Someone removes Ada from the file (Drive sharing): she is told why she cannot propose yet; the next run shares again.
    file.editors = file.editors.filter((e) => e !== ada);
    const card = shown(action(w, 'signatures.mine', { user: ada }));
    expect(card).toContain('You can propose once Autograph has shared its requests file with you');
    expect(card).not.toContain('edits.propose');
    expect(shown(action(w, 'edits.propose', { user: ada, form: { field: 'mobile', value: NEW_MOBILE } }))).toContain('You can propose once Autograph has shared');
    nightly(w);
    expect(spreadsheetState(w.ws, requestsFileId(w))!.editors).toContain(ada);
    expect(shown(action(w, 'signatures.mine', { user: ada }))).toContain('edits.propose');
  });

  it('a coworker\'s forged, altered or replayed row grants nothing and is counted on the queue', () => {
    const w = governanceWorld(12, 41);
    const [ada, bob] = employeesNotAdmins(w);
    unlockMobile(w);
    shown(action(w, 'edits.propose', { user: ada, form: { field: 'mobile', value: NEW_MOBILE } }));
    const proposals = fileSheet(w, 'proposals');
    expect(proposals).toHaveLength(2);
    const genuine = [...proposals[1]];
    // Nothing in the file names Ada or her number: an opaque tag and ciphertext.
    expect(JSON.stringify(proposals)).not.toContain(ada);
    expect(JSON.stringify(proposals)).not.toContain('151');
    // Bob, an editor of the file: alters Ada's value, types a row, replays Ada's row under a new id.
    const sealed = String(genuine[2]);
    proposals.push([genuine[0], genuine[1], sealed.slice(0, 30) + (sealed[30] === 'x' ? 'y' : 'x') + sealed.slice(31), genuine[3]]);
    proposals.push(['0123456789abcdef01234567', 'edit-typed', JSON.stringify({ email: bob, field: 'mobile', value: '+1 555 0100' }), genuine[3]]);
    proposals.push([genuine[0], 'edit-new-id', sealed, genuine[3]]);
    const queue = shown(action(w, 'edits.queue'));
    expect(queue).toContain('3 row(s) in the requests file could not be read — typed or changed by hand');
    expect(sheetRows(w, 'edit_requests').map((r) => [r.email, r.value])).toEqual([[ada, NEW_MOBILE]]);
    // The genuine row was taken out of the file; the three that do not open stay, ignored.
    expect(fileSheet(w, 'proposals').slice(1).map((r) => String(r[1]))).toEqual([String(genuine[1]), 'edit-typed', 'edit-new-id']);
    expect(fileSheet(w, 'proposals').some((r) => r[1] === genuine[1] && r[2] === sealed)).toBe(false);
    // Approve, then Bob replays Ada's genuine row as it was: taken as a replay, nothing new, the decision stands.
    const id = sheetRows(w, 'edit_requests')[0].id;
    shown(action(w, 'edits.decide', { params: { id, decision: 'approved' } }));
    fileSheet(w, 'proposals').push(genuine);
    shown(action(w, 'edits.queue'));
    expect(sheetRows(w, 'edit_requests').map((r) => [r.id, r.status])).toEqual([[id, 'approved']]);
    expect(fileSheet(w, 'proposals').some((r) => r[2] === genuine[2] && r[1] === genuine[1])).toBe(false);
    // Bob's typed row for himself never reached the history; his signature is untouched by it.
    expect(sheetRows(w, 'edit_requests').some((r) => r.email === bob)).toBe(false);
    expect(shown(action(w, 'signatures.mine', { user: ada }))).toContain('approved by');
  });

  it('a pending proposal a coworker deleted from the file is posted again when the employee opens My signature', () => {
    const w = governanceWorld(12, 41);
    const [ada] = employeesNotAdmins(w);
    unlockMobile(w);
    shown(action(w, 'edits.propose', { user: ada, form: { field: 'mobile', value: NEW_MOBILE } }));
    const proposals = fileSheet(w, 'proposals');
    const id = String(proposals[1][1]);
    proposals.splice(1);
    expect(shown(action(w, 'edits.queue'))).toContain('No edit request is waiting');
    expect(shown(action(w, 'signatures.mine', { user: ada }))).toContain('waiting for an approver');
    expect(fileSheet(w, 'proposals').slice(1).map((r) => String(r[1]))).toEqual([id]);
    expect(shown(action(w, 'edits.queue'))).toContain(ada);
    expect(sheetRows(w, 'edit_requests').map((r) => r.id)).toEqual([id]);
    // Taken and acknowledged: opening My signature again posts nothing more, even if the answer row is deleted.
    fileSheet(w, 'decisions').splice(1);
    shown(action(w, 'signatures.mine', { user: ada }));
    shown(action(w, 'edits.queue'));
    expect(sheetRows(w, 'edit_requests').map((r) => r.id)).toEqual([id]);
    expect(fileSheet(w, 'decisions').length).toBe(2);
  });

  it('the nightly run prunes answers after 30 days; the employee still sees theirs and posts nothing again', () => {
    const w = governanceWorld(12, 41);
    const [ada] = employeesNotAdmins(w);
    unlockMobile(w);
    shown(action(w, 'edits.propose', { user: ada, form: { field: 'mobile', value: NEW_MOBILE } }));
    shown(action(w, 'edits.queue'));
    shown(action(w, 'edits.decide', { params: { id: sheetRows(w, 'edit_requests')[0].id, decision: 'rejected' }, form: { [`reason_${sheetRows(w, 'edit_requests')[0].id}`]: 'Use the company phone' } }));
    expect(shown(action(w, 'signatures.mine', { user: ada }))).toContain('Use the company phone');
    nightly(w);
    // The acknowledgement and the rejection, still within 30 days.
    expect(fileSheet(w, 'decisions')).toHaveLength(3);
    w.ws.advance(29 * 86_400_000);
    nightly(w);
    expect(fileSheet(w, 'decisions')).toHaveLength(1);
    expect(shown(action(w, 'signatures.mine', { user: ada }))).toContain('Use the company phone');
    expect(fileSheet(w, 'proposals')).toHaveLength(1);
  });

  it('an employee cannot unlock a field by editing the file', () => {
    const w = governanceWorld(12, 41);
    const [ada] = employeesNotAdmins(w);
    const templateId = unlockMobile(w);
    // A typed row claiming the title is unlocked, newest of all.
    fileSheet(w, 'unlocked').push([JSON.stringify({ purpose: 'edit-unlocked', unlocked: { [templateId]: ['mobile', 'title'] }, at: Date.now() * 2 }), String(Date.now() * 2)]);
    const card = shown(action(w, 'signatures.mine', { user: ada }));
    expect(card).toContain('Mobile phone');
    expect(card).not.toContain('Job title');
    expect(shown(action(w, 'edits.propose', { user: ada, form: { field: 'title', value: 'CEO' } }))).toContain('not open to proposals');
    expect(fileSheet(w, 'proposals')).toHaveLength(1);
    expect(sheetRows(w, 'edit_requests')).toEqual([]);
  });

  it('one tenant\'s proposals never touch another tenant', () => {
    const a = governanceWorld(12, 41);
    const b = governanceWorld(10, 42, a);
    unlockMobile(a);
    unlockMobile(b);
    const bProps = JSON.stringify(Object.entries(scriptProps(b)).filter(([k, v]) => k.includes(b.tenant.customerId) || v === b.tenant.customerId));
    const [ada] = employeesNotAdmins(a);
    shown(action(a, 'edits.propose', { user: ada, form: { field: 'mobile', value: NEW_MOBILE } }));
    expect(requestsFileId(a)).not.toBe(requestsFileId(b));
    expect(fileSheet(b, 'proposals')).toHaveLength(1);
    // Even pasted into B's file by someone with access to both, A's row does not open there.
    fileSheet(b, 'proposals').push(fileSheet(a, 'proposals')[1]);
    expect(shown(action(b, 'edits.queue'))).toContain('1 row(s) in the requests file could not be read');
    expect(sheetRows(b, 'edit_requests')).toEqual([]);
    expect(shown(action(a, 'edits.queue'))).toContain(ada);
    expect(JSON.stringify(Object.entries(scriptProps(b)).filter(([k, v]) => k.includes(b.tenant.customerId) || v === b.tenant.customerId))).toBe(bProps);
  });

  it('200 employees proposing leave the tenant\'s script-property bytes as they were, apart from the file\'s pointer', () => {
    const w = governanceWorld(230, 43);
    const people = employeesNotAdmins(w).slice(0, 200);
    expect(people).toHaveLength(200);
    const before = tenantPropertyBytes(w);
    unlockMobile(w);
    const withPointer = tenantPropertyBytes(w);
    // ` e=` and a Drive id: the only growth, and only while a template unlocks a field.
    expect(withPointer - before).toBeGreaterThan(0);
    expect(withPointer - before).toBeLessThanOrEqual(50);
    people.forEach((p, i) => shown(action(w, 'edits.propose', { user: p, form: { field: 'mobile', value: `+49 151 2345${String(6000 + i)}` } })));
    expect(tenantPropertyBytes(w)).toBe(withPointer);
    expect(Object.keys(scriptProps(w)).filter((k) => /:edits:|:editable$/.test(k))).toEqual([]);
    expect(fileSheet(w, 'proposals')).toHaveLength(201);
    // Each proposer's own copy is in THEIR user properties, within a value's 9 KB.
    const users = propertiesState(w.ws).user;
    const own = Object.entries(users).filter(([k]) => people.some((p) => k.includes(p))).map(([, v]) => v['autograph.editRequests'] ?? '');
    expect(own.filter(Boolean)).toHaveLength(200);
    expect(Math.max(...own.map((v) => Buffer.byteLength(v)))).toBeLessThan(9 * 1024);
    nightly(w);
    expect(sheetRows(w, 'edit_requests')).toHaveLength(200);
    expect(tenantPropertyBytes(w)).toBe(withPointer);
    console.log(`script-property bytes of the tenant: ${before} before edit requests, ${withPointer} with them on, ${tenantPropertyBytes(w)} after 200 proposals and a run`);
  });

  it('deleting the tenant\'s data empties the requests file and removes its pointer', () => {
    const w = governanceWorld(8, 41);
    const [ada] = employeesNotAdmins(w);
    unlockMobile(w);
    shown(action(w, 'edits.propose', { user: ada, form: { field: 'mobile', value: NEW_MOBILE } }));
    const fileId = requestsFileId(w);
    confirmed(w, 'disconnect.start', { choice: 'leave' });
    runUntilIdle(w);
    shown(action(w, 'disconnect.export'));
    expect(confirmed(w, 'disconnect.delete', {})).toContain('registry entries removed');
    const file = spreadsheetState(w.ws, fileId)!;
    expect(file.name).toMatch(/\(deleted: move to trash\)$/);
    expect(file.sheets.map((s) => s.name)).toEqual(['deleted']);
    expect(Object.keys(scriptProps(w)).filter((k) => k.includes(w.tenant.customerId))).toEqual([]);
    expect(gmailSignature(w, ada)).toBeDefined();
  });
});
