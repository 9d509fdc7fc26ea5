/**
 * One truth for an employee's signature: every state the status function can give, and which evidence wins when
 * several hold at once (SIGNATURE_STATE_ORDER).
 */
import {
  countStates,
  delegationEvidence,
  signatureStateOf,
  SIGNATURE_STATE_ORDER,
  type CheckRecord,
  type SignatureStateInput,
  type SignatureStateKind,
} from '../../src/core/signatures/employee-state';
import type { AddressState, LinkageStatus } from '../../src/core/signatures/types';
import { employee, T0 } from './fixtures';

const ADA = 'ada@acme.test';
const HASH = 'h-current';

function address(status: LinkageStatus, extra: Partial<AddressState> = {}): AddressState {
  return {
    address: ADA, user: ADA, employeeId: `id-${ADA}`, sentHash: status === 'ok' || status === 'edited_in_gmail' ? HASH : '', storedHtml: '', pendingHash: '',
    templateId: 't1', campaignId: '', lastWrittenAt: status === 'ok' ? T0 : 0, lastVerifiedAt: status === 'ok' || status === 'edited_in_gmail' ? T0 : 0,
    status, reason: `reason for ${status}`, fix: `fix for ${status}`, ...extra,
  };
}

function check(status: CheckRecord['status'], at: number, cause: CheckRecord['cause'] = status === 'ok' ? 'none' : 'delegation'): CheckRecord {
  return { status, cause, reason: `check says ${status}`, fix: `check fix ${status}`, checkedAt: at };
}

function input(over: Partial<SignatureStateInput> = {}): SignatureStateInput {
  return {
    employee: employee(ADA),
    directory: { pausedAll: false, pausedDepartments: new Set() },
    addresses: [],
    connection: { since: 0 },
    templateAssigned: true,
    ...over,
  };
}

const kind = (over: Partial<SignatureStateInput>): SignatureStateKind => signatureStateOf(input(over)).kind;

describe('an employee\'s signature state, one state each', () => {
  it('is Not imported for a directory user who is no employee', () => {
    expect(kind({ employee: null })).toBe('not_imported');
  });

  it.each([
    ['paused for the employee', { employee: employee(ADA, { syncOn: false }) }, 'sync paused for this employee'],
    ['paused for the department', { directory: { pausedAll: false, pausedDepartments: new Set(['engineering']) } }, 'sync paused for the department'],
    ['paused for everyone', { directory: { pausedAll: true, pausedDepartments: new Set<string>() } }, 'sync paused for everyone'],
    ['suspended in Workspace', { employee: employee(ADA, { reason: 'suspended' }) }, 'suspended in workspace'],
  ])('is Paused when %s, saying why', (_, over, why) => {
    const s = signatureStateOf(input(over as Partial<SignatureStateInput>));
    expect(s.kind).toBe('paused');
    expect(s.label).toBe(`Paused: ${why}`);
    expect(s.fix).not.toBe('');
  });

  it('is Has no Gmail mailbox from the directory, from a check, or from a write', () => {
    expect(kind({ employee: employee(ADA, { reason: 'no_mailbox' }) })).toBe('no_mailbox');
    expect(kind({ check: check('linkage_error', T0, 'mailbox') })).toBe('no_mailbox');
    expect(kind({ addresses: [address('no_mailbox')] })).toBe('no_mailbox');
    expect(signatureStateOf(input({ addresses: [address('no_mailbox')] })).fix).toMatch(/admin\.google\.com/);
  });

  it('is No template assigned, with the card to open', () => {
    const s = signatureStateOf(input({ templateAssigned: false }));
    expect(s.kind).toBe('no_template');
    expect(s.fix).toMatch(/Templates/);
  });

  it('is Refused with the reason when Gmail or Autograph refused an address', () => {
    const s = signatureStateOf(input({ addresses: [address('refused', { reason: 'too long: 12,000 characters', fix: 'shorten it' })] }));
    expect(s).toMatchObject({ kind: 'refused', label: 'Refused: ada@acme.test: too long: 12,000 characters', fix: 'shorten it' });
    expect(kind({ addresses: [address('ok'), address('not_send_as', { address: 'alias@acme.test' })] })).toBe('refused');
  });

  it('is Not connected when no service account is connected, unless the employee applied their own', () => {
    expect(signatureStateOf(input({ connection: null })).label).toBe('Not connected: no service account is connected');
    expect(kind({ connection: null, addresses: [address('ok')] })).toBe('verified');
  });

  it('is Not connected when delegation is not authorised, by a check or by a write Google refused', () => {
    expect(kind({ check: check('unauthorized', T0) })).toBe('not_connected');
    expect(kind({ check: check('authentication_error', T0, 'key') })).toBe('not_connected');
    expect(kind({ addresses: [address('unauthorized')] })).toBe('not_connected');
    expect(signatureStateOf(input({ check: check('unauthorized', T0) })).fix).toMatch(/domain-wide delegation/);
  });

  it('is Not checked yet, not Not connected, when nothing has reached this user\'s Gmail', () => {
    const s = signatureStateOf(input());
    expect(s).toMatchObject({ kind: 'not_checked', label: 'Not checked yet' });
    expect(s.label).not.toMatch(/Not connected/);
    expect(s.fix).toMatch(/Re-check/);
  });

  it('is Can\'t write to Gmail with Gmail\'s reason when a write failed', () => {
    const s = signatureStateOf(input({ check: check('ok', T0), addresses: [address('error')] }));
    expect(s).toMatchObject({ kind: 'failed', label: 'Can\'t write to Gmail: reason for error' });
    expect(kind({ check: check('linkage_error', T0, 'outage') })).toBe('failed');
  });

  it('is Edited in Gmail when the employee changed it and the template does not enforce', () => {
    expect(kind({ addresses: [address('edited_in_gmail')] })).toBe('edited_in_gmail');
  });

  it('is Waiting to be written when the connection is proven and the signature is new or changed', () => {
    expect(kind({ check: check('ok', T0) })).toBe('waiting');
    expect(kind({ check: check('ok', T0), addresses: [address('pending')] })).toBe('waiting');
  });

  it('is Written and verified only when every address holds the current signature, read back', () => {
    expect(kind({ addresses: [address('ok')] })).toBe('verified');
    expect(kind({ addresses: [address('ok', { lastVerifiedAt: 0 })] })).toBe('waiting');
    expect(kind({ addresses: [address('ok'), address('pending', { address: 'alias@acme.test' })] })).toBe('waiting');
  });
});

describe('which evidence wins', () => {
  it('lists every state once, in precedence order', () => {
    expect(new Set(SIGNATURE_STATE_ORDER).size).toBe(SIGNATURE_STATE_ORDER.length);
    expect(SIGNATURE_STATE_ORDER[0]).toBe('not_imported');
    expect(SIGNATURE_STATE_ORDER[SIGNATURE_STATE_ORDER.length - 1]).toBe('verified');
  });

  // Each pair: both facts hold; the earlier state in SIGNATURE_STATE_ORDER wins.
  const paused = { employee: employee(ADA, { syncOn: false }) };
  const noMailbox = { employee: employee(ADA, { reason: 'no_mailbox' as const }) };
  const noTemplate = { templateAssigned: false };
  const refused = { addresses: [address('refused')] };
  it.each([
    ['paused over no mailbox', { ...noMailbox, employee: employee(ADA, { syncOn: false, reason: 'no_mailbox' }) }, 'paused'],
    ['paused over not connected', { ...paused, connection: null }, 'paused'],
    ['no mailbox over no template', { ...noMailbox, ...noTemplate }, 'no_mailbox'],
    ['no mailbox over not connected', { ...noMailbox, check: check('unauthorized', T0) }, 'no_mailbox'],
    ['no template over not connected', { ...noTemplate, connection: null }, 'no_template'],
    ['no template over a failed write', { ...noTemplate, addresses: [address('error')] }, 'no_template'],
    ['refused over not connected', { ...refused, check: check('unauthorized', T0) }, 'refused'],
    ['refused over a failed write', { addresses: [address('refused'), address('error', { address: 'alias@acme.test' })] }, 'refused'],
    ['not connected over a failed write', { check: check('unauthorized', T0), addresses: [address('error')] }, 'not_connected'],
    ['a failed write over an edit in Gmail', { addresses: [address('edited_in_gmail'), address('error', { address: 'alias@acme.test' })] }, 'failed'],
    ['an edit in Gmail over waiting', { addresses: [address('edited_in_gmail'), address('pending', { address: 'alias@acme.test' })] }, 'edited_in_gmail'],
  ])('%s', (_, over, expected) => {
    expect(kind(over as Partial<SignatureStateInput>)).toBe(expected);
  });

  it('counts a write Gmail accepted after a failed check as connected', () => {
    const written = address('ok', { lastWrittenAt: T0 + 60_000, lastVerifiedAt: T0 + 60_000 });
    expect(kind({ check: check('unauthorized', T0), addresses: [written] })).toBe('verified');
    expect(delegationEvidence(check('unauthorized', T0), [written], { since: 0 })).toMatchObject({ status: 'ok', source: 'write' });
  });

  it('keeps a failed check made after the last write: the delegation was revoked since', () => {
    const written = address('ok');
    expect(kind({ check: check('unauthorized', T0 + 60_000), addresses: [written] })).toBe('not_connected');
  });

  it('lets a check override an earlier write failure, whose time is not kept', () => {
    expect(kind({ check: check('ok', T0), addresses: [address('unauthorized')] })).toBe('waiting');
  });

  it('does not count writes made before the service account in use was connected', () => {
    expect(delegationEvidence(undefined, [address('ok')], { since: T0 + 1 })).toBeNull();
    expect(delegationEvidence(undefined, [address('ok')], null)).toBeNull();
  });

  it('counts states for the cards', () => {
    const counts = countStates([signatureStateOf(input()), signatureStateOf(input({ addresses: [address('ok')] })), signatureStateOf(input({ employee: null }))]);
    expect(counts).toMatchObject({ not_checked: 1, not_connected: 0, verified: 1, not_imported: 1, waiting: 0 });
  });
});
