/**
 * Employee edit requests (issue 14), the pure rules: who may propose what, validation, approve/reject, and the
 * precedence of an approved value over the directory's (src/core/signatures/edit-requests.ts).
 */
import { newEmployee, type Employee } from '../../src/core/directory/employee';
import {
  approvedValues, decide, EDIT_REQUEST_COLUMNS, editRequestToRow, propose, readEditRequestRows, withApprovedValues,
  type EditRequest, type Proposal,
} from '../../src/core/signatures/edit-requests';
import { renderSignature } from '../../src/core/signatures/render';

const T = 1_800_000_000_000;

function ada(): Employee {
  const e = newEmployee('ada@corp.example', T);
  e.givenName = 'Ada';
  e.phones.mobile = '+49 151 11111111';
  e.address.countryCode = 'DE';
  return e;
}

function proposal(over: Partial<Proposal> = {}): Proposal {
  return { viewerEmail: 'Ada@corp.example', subject: { email: 'ada@corp.example', countryCode: 'de' }, template: { id: 'tpl1', unlockedFields: ['mobile'] }, field: 'mobile', value: '+49 151 23456789', id: 'r1', at: T, ...over };
}

function pending(): EditRequest {
  const r = propose(proposal());
  if (typeof r === 'string') throw new Error(r);
  return r;
}

describe('employee edit requests: proposing', () => {
  it('accepts a valid mobile for the viewer themselves on an unlocked field', () => {
    expect(pending()).toMatchObject({ email: 'ada@corp.example', field: 'mobile', value: '+49 151 23456789', status: 'pending', templateId: 'tpl1' });
  });

  it('refuses a proposal for another employee (the row found is not the viewer)', () => {
    expect(propose(proposal({ subject: { email: 'bob@corp.example', countryCode: 'DE' } }))).toMatch(/your own signature only/);
    expect(propose(proposal({ subject: null }))).toMatch(/not among Autograph/);
  });

  it('refuses a locked or unknown field, naming it and the fix', () => {
    expect(propose(proposal({ field: 'title' }))).toBe('Field "title" is not open to proposals on your template: ask a Designer to unlock it.');
    expect(propose(proposal({ field: '__proto__', template: { id: 'x', unlockedFields: ['__proto__'] } }))).toMatch(/not open to proposals/);
    expect(propose(proposal({ template: null }))).toMatch(/No signature template/);
  });

  it('validates the value: phone format, length, markup', () => {
    expect(propose(proposal({ value: 'call me' }))).toMatch(/^Mobile phone: "call me" is not a phone number/);
    expect(propose(proposal({ value: '  ' }))).toBe('Mobile phone: enter a value.');
    const t = { id: 'tpl1', unlockedFields: ['pronouns', 'title'] };
    expect(propose(proposal({ template: t, field: 'pronouns', value: 'x'.repeat(31) }))).toMatch(/^Pronouns: at most 30 characters \(this one has 31\)/);
    expect(propose(proposal({ template: t, field: 'title', value: '<b>CEO</b>' }))).toMatch(/^Job title .*remove the characters/);
    expect(propose(proposal({ template: t, field: 'pronouns', value: 'she/her' }))).toMatchObject({ value: 'she/her' });
  });
});

describe('employee edit requests: deciding', () => {
  it('a rejection needs a reason, which the request keeps for the employee', () => {
    expect(decide(pending(), 'rejected', 'appr@corp.example', T + 1, ' ')).toMatch(/^Reason: /);
    expect(decide(pending(), 'rejected', 'Appr@corp.example', T + 1, 'Use your work mobile')).toMatchObject({ status: 'rejected', reason: 'Use your work mobile', decidedBy: 'appr@corp.example' });
  });

  it('a decided request cannot be decided again', () => {
    const done = decide(pending(), 'approved', 'appr@corp.example', T + 1, '') as EditRequest;
    expect(decide(done, 'rejected', 'x@corp.example', T + 2, 'no')).toBe('This request was already approved by appr@corp.example.');
  });
});

describe('employee edit requests: approved values', () => {
  it('are kept over the directory value, and a directory change does not overwrite them', () => {
    const ok = decide(pending(), 'approved', 'appr@corp.example', T + 1, '') as EditRequest;
    const approved = approvedValues([ok]).get('ada@corp.example');
    const synced = ada();
    synced.phones.mobile = '+49 151 99999999'; // the directory's next sync
    const seen = withApprovedValues(synced, approved, ['mobile']);
    expect(seen.phones.mobile).toBe('+49 151 23456789');
    expect(synced.phones.mobile).toBe('+49 151 99999999');
    const html = renderSignature('<p>{{givenName}} {{phone.mobile}}</p>', seen, { banner: null, at: T, timeZone: 'UTC' }).html;
    expect(html).toContain('+49 151 23456789');
  });

  it('a field locked again goes back to the directory; the latest approval wins', () => {
    const a = decide(pending(), 'approved', 'appr@corp.example', T + 1, '') as EditRequest;
    const b = decide({ ...pending(), id: 'r2', value: '+49 151 55555555' }, 'approved', 'appr@corp.example', T + 5, '') as EditRequest;
    const approved = approvedValues([b, a]).get('ada@corp.example');
    expect(withApprovedValues(ada(), approved, ['mobile']).phones.mobile).toBe('+49 151 55555555');
    expect(withApprovedValues(ada(), approved, []).phones.mobile).toBe('+49 151 11111111');
  });

  it('rejected and pending requests change nothing', () => {
    const no = decide(pending(), 'rejected', 'appr@corp.example', T + 1, 'no') as EditRequest;
    expect(approvedValues([no, pending()]).size).toBe(0);
  });
});

describe('employee edit requests: the edit_requests sheet is untrusted', () => {
  it('round-trips rows and skips malformed ones, naming the row and why', () => {
    const ok = pending();
    const header = [...EDIT_REQUEST_COLUMNS];
    const rows = [
      editRequestToRow(ok),
      editRequestToRow({ ...ok, id: 'r3', field: 'salary' as never }),
      editRequestToRow({ ...ok, id: 'r4', status: 'done' as never }),
      editRequestToRow({ ...ok, id: 'r5', value: 'not a phone' }),
      editRequestToRow({ ...ok, id: '' }),
    ];
    const read = readEditRequestRows(header, rows);
    expect(read.requests).toEqual([ok]);
    expect(read.skipped).toEqual([
      { row: 3, reason: 'unknown field "salary"' },
      { row: 4, reason: 'unknown status "done"' },
      { row: 5, reason: 'value fails validation' },
      { row: 6, reason: 'no id' },
    ]);
  });
});

// ---- End to end through the offline Workspace: cards, the tenant store, the nightly run and Gmail -------------------

import { action, importableUsers, scriptProps, sheetRows, shown } from '../directory/world';
import { fireRunTrigger } from '../support/triggers';
import { header, mailboxOf, payloadOf } from '../../sim/google/mailbox';
import { findBody } from '../../sim/google/mime';
import { sentMail } from '../../sim/services/mail-app';
import { gmailSignature, governanceWorld, runUntilIdle, writable, type GovWorld } from './world';

const NEW_MOBILE = '+49 151 23456789';
/** How the template links it (e164), whatever grouping libphonenumber prints. */
const NEW_TEL = 'tel:+4915123456789';

function nightly(w: GovWorld): void {
  w.ws.advance(24 * 3600_000);
  fireRunTrigger(w.ws, w.project, w.admin, false);
  runUntilIdle(w);
}

/** Two employees Autograph writes for who are not admins, and the template that applies to them. */
function setting(): { w: GovWorld; ada: string; bob: string; templateId: string } {
  const w = governanceWorld(12, 41);
  const admins = new Set(importableUsers(w).filter((u) => u.isAdmin).map((u) => u.primaryEmail.toLowerCase()));
  const [ada, bob] = writable(w).filter((e) => !admins.has(e) && e !== w.tooLong);
  const templateId = sheetRows(w, 'signature_templates')[0].id;
  return { w, ada, bob, templateId };
}

function unlockMobile(w: GovWorld, templateId: string): void {
  expect(shown(action(w, 'edits.fields'))).toContain('Fields employees may propose');
  expect(shown(action(w, 'edits.saveFields', { params: { templateId }, form: { [`unlock_${templateId}`]: ['mobile'] } }))).toContain('Saved: Mobile phone open to proposals');
  // Employees who are not admins learn the unlocked fields from their sealed copy, which the next run writes.
  nightly(w);
}

/** The tenant's script properties: the edit requests channel must add nothing here but the file's pointer. */
function tenantProps(w: GovWorld): Record<string, string> {
  return Object.fromEntries(Object.entries(scriptProps(w)).filter(([k]) => k.startsWith(`t:${w.tenant.customerId}`)));
}

describe('employee edit requests through the offline Workspace', () => {
  it('employee proposes a mobile, an approver approves, the next run writes it to Gmail; a directory sync keeps it', () => {
    const { w, ada, templateId } = setting();
    unlockMobile(w, templateId);
    const clicks: string[] = [];
    // Employee: open My signature (the homepage), propose.
    expect(shown(action(w, 'signatures.mine', { user: ada }))).toContain('Propose a change');
    clicks.push('propose');
    expect(shown(action(w, 'edits.propose', { user: ada, form: { field: 'mobile', value: NEW_MOBILE } }))).toContain('Proposed Mobile phone');
    expect(shown(action(w, 'signatures.mine', { user: ada }))).toContain('waiting for an approver');
    // The nightly run emails the admins once that a request waits (each admin may turn the kind off).
    nightly(w);
    nightly(w);
    const told = sentMail(w.ws).filter((m) => /employee edit request\(s\) waiting/.test(m.subject));
    expect(told).toHaveLength(1);
    const inbox = mailboxOf(w.ws, w.ws.user(w.admin)).messages.filter((m) => /edit request/.test(header(payloadOf(m), 'Subject')));
    expect(inbox.map((m) => findBody(payloadOf(m), 'text/plain') ?? '')).toEqual([expect.stringContaining(ada)]);
    // Approver (an Owner here; the roles table lets Approvers in, test/security/roles.test.ts): open the queue, approve.
    clicks.push('open queue');
    const queue = shown(action(w, 'edits.queue'));
    expect(queue).toContain(ada);
    const [row] = sheetRows(w, 'edit_requests');
    expect(row).toMatchObject({ email: ada, field: 'mobile', value: NEW_MOBILE, status: 'pending' });
    clicks.push('approve');
    expect(shown(action(w, 'edits.decide', { params: { id: row.id, decision: 'approved' } }))).toContain(`Approved: the next run writes ${ada}`);
    expect(gmailSignature(w, ada)).not.toContain(NEW_TEL);
    nightly(w);
    expect(gmailSignature(w, ada)).toContain(NEW_TEL);
    expect(shown(action(w, 'signatures.mine', { user: ada }))).toContain('approved by');
    // Three clicks from proposal to Gmail (propose, open the queue, approve); the run does the rest.
    expect(clicks).toHaveLength(3);
    // Audit: the request (by the employee) and the approval (by the approver).
    const audit = sheetRows(w, 'signature_audit').map((a) => `${a.cause} ${a.why}`);
    expect(audit.some((a) => a.includes(`by ${ada}`) && a.includes('proposed'))).toBe(true);
    expect(audit.some((a) => a.includes(`by ${w.admin.toLowerCase()}`) && a.includes('edit request approved'))).toBe(true);

    // The directory changes the mobile; the sync takes it into the employee row, the signature keeps the approved one.
    const user = importableUsers(w).find((u) => u.primaryEmail.toLowerCase() === ada)!;
    user.phones = [...(user.phones ?? []).filter((p) => p.type !== 'mobile'), { type: 'mobile', value: '+49 170 9999999' }];
    nightly(w);
    expect(sheetRows(w, 'employees').find((e) => e.primaryEmail.toLowerCase() === ada)!['phones.mobile']).toBe('+49 170 9999999');
    expect(gmailSignature(w, ada)).toContain(NEW_TEL);
    expect(gmailSignature(w, ada)).not.toContain('tel:+491709999999');
    // The employee card says which value wins.
    const id = sheetRows(w, 'employees').find((e) => e.primaryEmail.toLowerCase() === ada)!.id;
    expect(shown(action(w, 'emp.open', { params: { id } }))).toContain('Approved value, kept over the directory’s');
  });

  it('an enforced template re-applies the approved value over an edit in Gmail, not the directory\'s', () => {
    const { w, ada, templateId } = setting();
    const t = JSON.parse(sheetRows(w, 'signature_templates')[0].json) as { name: string; html: string };
    expect(shown(action(w, 'templates.save', { params: { id: templateId }, form: { name: t.name, html: t.html, aliasPolicy: 'primary', enforce: ['on'] } }))).not.toContain('not saved');
    unlockMobile(w, templateId);
    shown(action(w, 'edits.propose', { user: ada, form: { field: 'mobile', value: NEW_MOBILE } }));
    shown(action(w, 'edits.queue'));
    shown(action(w, 'edits.decide', { params: { id: sheetRows(w, 'edit_requests')[0].id, decision: 'approved' } }));
    nightly(w);
    const written = gmailSignature(w, ada)!;
    expect(written).toContain(NEW_TEL);
    mailboxOf(w.ws, w.ws.user(ada)).sendAs[ada].signature = '<div>my own edit</div>';
    for (let day = 0; day < 8; day++) nightly(w);
    expect(gmailSignature(w, ada)).toContain(NEW_TEL);
  });

  it('a rejection\'s reason is shown to the employee, and their signature is unchanged', () => {
    const { w, bob, templateId } = setting();
    unlockMobile(w, templateId);
    const before = gmailSignature(w, bob);
    shown(action(w, 'edits.propose', { user: bob, form: { field: 'mobile', value: NEW_MOBILE } }));
    shown(action(w, 'edits.queue'));
    const [row] = sheetRows(w, 'edit_requests');
    expect(shown(action(w, 'edits.decide', { params: { id: row.id, decision: 'rejected' } }))).toContain('Reason: say why');
    expect(sheetRows(w, 'edit_requests')[0].status).toBe('pending');
    shown(action(w, 'edits.decide', { params: { id: row.id, decision: 'rejected' }, form: { [`reason_${row.id}`]: 'Please use your company mobile' } }));
    expect(shown(action(w, 'signatures.mine', { user: bob }))).toContain('Please use your company mobile');
    nightly(w);
    expect(gmailSignature(w, bob)).toBe(before);
  });

  it('a forged proposal (another employee, a locked field) is refused and changes nothing', () => {
    const { w, ada, bob, templateId } = setting();
    unlockMobile(w, templateId);
    const props = tenantProps(w);
    // A locked field.
    expect(shown(action(w, 'edits.propose', { user: ada, form: { field: 'title', value: 'CEO' } }))).toContain('not open to proposals');
    // A field no template has.
    expect(shown(action(w, 'edits.propose', { user: ada, form: { field: 'salary', value: '1' } }))).toContain('not open to proposals');
    // An invalid value.
    expect(shown(action(w, 'edits.propose', { user: ada, form: { field: 'mobile', value: 'call me' } }))).toContain('is not a phone number');
    expect(tenantProps(w)).toEqual(props);
    // Naming another employee in parameters or the form has no effect: the proposer is the viewer.
    shown(action(w, 'edits.propose', { user: ada, params: { email: bob }, form: { field: 'mobile', value: NEW_MOBILE, email: bob } }));
    expect(tenantProps(w)).toEqual(props);
    // An employee cannot open the queue or decide.
    const queued = () => sheetRows(w, 'edit_requests');
    expect(action(w, 'edits.decide', { user: bob, params: { id: 'x', decision: 'approved' } }).ok ? queued() : []).toEqual([]);
    expect(shown(action(w, 'edits.queue'))).toContain(ada);
    expect(queued().map((r) => r.email)).toEqual([ada]);
    const id = queued()[0].id;
    shown(action(w, 'edits.decide', { user: bob, params: { id, decision: 'approved' } }));
    expect(queued()[0].status).toBe('pending');
  });
});
