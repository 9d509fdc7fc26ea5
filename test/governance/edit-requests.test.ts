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
  return { viewerEmail: 'Ada@corp.example', employee: ada(), template: { id: 'tpl1', unlockedFields: ['mobile'] }, field: 'mobile', value: '+49 151 23456789', id: 'r1', at: T, ...over };
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
    const other = newEmployee('bob@corp.example', T);
    expect(propose(proposal({ employee: other }))).toMatch(/your own signature only/);
    expect(propose(proposal({ employee: null }))).toMatch(/not among Autograph/);
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
