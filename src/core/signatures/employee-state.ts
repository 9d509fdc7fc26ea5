/**
 * One truth for an employee's signature: what Autograph knows about them, turned into one state with the reason
 * and the fix. Every card and every count (Signatures, Connection, Employees, the toasts) asks this module, so two
 * cards cannot disagree about the same person.
 *
 * The evidence, newest wins where times are known:
 *   - the directory (not imported, paused, suspended, no mailbox),
 *   - whether a template is assigned to them,
 *   - the Connection check of the user (a `sendAs.list` with a delegated token), and
 *   - each send-as address's last outcome (written and read back, edited, refused, failed).
 * A write that Gmail accepted proves the delegation for that user as well as a check does: the token was issued
 * for that user only because an admin granted it — developers.google.com/workspace/cloud-search/docs/guides/delegation:
 * "To access user data on a Google Workspace domain, a super administrator for the domain must grant access to your
 * service account" — and Gmail accepts a `sendAs.patch` only with gmail.settings.basic or .sharing
 * (gmail/api/reference/rest/v1/users.settings.sendAs/patch, PLATFORM.md).
 * Failures carry no time in the address record, so an explicit check of the user wins over them; a success after
 * the check wins over the check.
 */
import type { Employee } from '../directory/employee';
import { statusOf, type StatusContext, REASON_LABELS } from '../directory/status';
import type { LinkageCause, LinkageStatus as DelegationStatus } from '../delegation/linkage';
import type { AddressState } from './types';

/** The states, in precedence order: the first that holds is the employee's state. */
export const SIGNATURE_STATE_ORDER = [
  'not_imported',
  'paused',
  'no_mailbox',
  'no_template',
  'refused',
  'not_connected',
  'failed',
  'edited_in_gmail',
  'not_checked',
  'waiting',
  'verified',
] as const;

export type SignatureStateKind = (typeof SIGNATURE_STATE_ORDER)[number];

export const SIGNATURE_STATE_LABELS: Record<SignatureStateKind, string> = {
  not_imported: 'Not imported',
  paused: 'Paused',
  no_mailbox: 'Has no Gmail mailbox',
  no_template: 'No template assigned',
  refused: 'Refused',
  not_connected: 'Not connected',
  failed: 'Can\'t write to Gmail',
  edited_in_gmail: 'Edited in Gmail by the employee',
  not_checked: 'Not checked yet',
  waiting: 'Waiting to be written',
  verified: 'Written and verified in Gmail',
};

export interface SignatureState {
  kind: SignatureStateKind;
  /** The label, with the reason where one applies: "Can't write to Gmail: Gmail refused the signature …". */
  label: string;
  reason: string;
  /** What the admin does, pointing at a card or the Admin console; '' when nothing is to be done. */
  fix: string;
}

/** What Autograph learnt about acting as one user in Gmail: from a Connection check, or from a write. */
export interface DelegationEvidence {
  status: DelegationStatus;
  cause: LinkageCause;
  reason: string;
  fix: string;
  /** When it was learnt (0: a failed write, whose time is not kept). */
  at: number;
  source: 'check' | 'write';
}

/** A Connection check's record of one user (LinkageRecord's fields this module reads). */
export interface CheckRecord {
  status: DelegationStatus;
  cause: LinkageCause;
  reason: string;
  fix: string;
  checkedAt: number;
}

export interface SignatureStateInput {
  /** null: a directory user Autograph has not imported. */
  employee: Employee | null;
  directory: StatusContext;
  /** This employee's send-as address records. */
  addresses: readonly AddressState[];
  /** The Connection check of this user, if any. */
  check?: CheckRecord;
  /**
   * The service account in use and since when (writes before that prove nothing about it), or null when none is
   * connected: then only the employee can apply their own signature.
   */
  connection: { since: number } | null;
  /**
   * Whether a template applies to the employee now. What it renders to is not compared here: rendering every
   * employee costs too much for a card (about a second per thousand), so "verified" means Gmail holds what
   * Autograph last wrote, read back; a template changed since shows once the next run or Apply now writes it.
   */
  templateAssigned: boolean;
}

export const FIX_CONNECTION = 'Open Connection (Autograph home › Connection) and follow the steps, then press Re-check.';
/** The Admin console path as Google's delegation guide gives it (workspace/cloud-search/docs/guides/delegation). */
export const FIX_DELEGATION =
  'A super admin authorises Autograph in the Admin console (admin.google.com › Security › Access and data control › ' +
  'API controls › Manage domain-wide delegation) with the client id and scopes shown on the Connection card.';
export const FIX_TEMPLATE = 'Open Templates (Autograph home › Signatures › Templates) and assign a template to the whole company, a department or this employee.';
export const FIX_MAILBOX = 'Give the user a licence with Gmail in the Admin console (admin.google.com › Directory › Users), or turn Gmail on for their organisational unit.';

const FAILED_ADDRESS: ReadonlySet<string> = new Set(['error']);
const REFUSED_ADDRESS: ReadonlySet<string> = new Set(['refused', 'not_send_as']);

/** The delegation evidence for one user: the check, unless a write Gmail accepted after it; else the writes. */
export function delegationEvidence(check: CheckRecord | undefined, addresses: readonly AddressState[], connection: { since: number } | null): DelegationEvidence | null {
  if (!connection) return null;
  const lastSuccess = addresses.reduce((m, a) => (a.status === 'ok' || a.status === 'edited_in_gmail' ? Math.max(m, a.lastVerifiedAt, a.lastWrittenAt) : m), 0);
  const proven = lastSuccess > 0 && lastSuccess >= connection.since;
  if (check && !(proven && lastSuccess > check.checkedAt)) {
    return { status: check.status, cause: check.cause, reason: check.reason, fix: check.fix, at: check.checkedAt, source: 'check' };
  }
  if (proven) return { status: 'ok', cause: 'none', reason: 'a signature Autograph wrote was read back from Gmail', fix: '', at: lastSuccess, source: 'write' };
  const unauthorized = addresses.find((a) => a.status === 'unauthorized');
  if (unauthorized) return { status: 'unauthorized', cause: 'delegation', reason: unauthorized.reason, fix: unauthorized.fix, at: 0, source: 'write' };
  const noMailbox = addresses.find((a) => a.status === 'no_mailbox');
  if (noMailbox) return { status: 'linkage_error', cause: 'mailbox', reason: noMailbox.reason, fix: noMailbox.fix, at: 0, source: 'write' };
  return null;
}

function state(kind: SignatureStateKind, reason = '', fix = ''): SignatureState {
  const base = SIGNATURE_STATE_LABELS[kind];
  const withReason = reason && (kind === 'refused' || kind === 'failed' || kind === 'paused' || kind === 'not_connected') ? `${base}: ${reason}` : base;
  return { kind, label: withReason, reason, fix };
}

/** The employee's signature state: the first of SIGNATURE_STATE_ORDER that the evidence supports. */
export function signatureStateOf(input: SignatureStateInput): SignatureState {
  const e = input.employee;
  if (!e) return state('not_imported', 'not an employee in Autograph', 'Import them on the Employees card (status "Not imported").');
  const dir = statusOf(e, input.directory);
  if (dir.status === 'paused') return state('paused', REASON_LABELS[dir.reason].toLowerCase(), dir.reason === 'paused_user' ? 'Resume sync on the employee\'s card.' : dir.reason === 'paused_department' ? 'Turn sync on for the department (Departments card).' : dir.reason === 'paused_all' ? 'Resume sync on the Directory sync card.' : 'Restore the user in the Admin console; the next sync brings them back.');

  const evidence = delegationEvidence(input.check, input.addresses, input.connection);
  if (e.reason === 'no_mailbox' || (evidence?.status === 'linkage_error' && evidence.cause === 'mailbox')) {
    return state('no_mailbox', 'Gmail is off for this user, or they have no licence with Gmail', FIX_MAILBOX);
  }
  if (!input.templateAssigned) return state('no_template', 'no template applies to this employee', FIX_TEMPLATE);
  const refusedAddress = input.addresses.find((a) => REFUSED_ADDRESS.has(a.status));
  if (refusedAddress) return state('refused', `${refusedAddress.address}: ${refusedAddress.reason}`, refusedAddress.fix);

  const verified = input.addresses.length > 0 && input.addresses.every((a) => a.status === 'ok' && a.lastVerifiedAt > 0);
  if (!input.connection) {
    // Without a service account only the employee writes their own (My signature): done when Gmail has it.
    if (verified) return state('verified');
    return state('not_connected', 'no service account is connected', `${FIX_CONNECTION} Until then each employee can apply their own from Autograph in Gmail (My signature).`);
  }
  if (evidence && (evidence.status === 'unauthorized' || evidence.status === 'authentication_error')) {
    return state('not_connected', evidence.reason, evidence.cause === 'delegation' || evidence.cause === 'scope' ? FIX_DELEGATION : evidence.fix || FIX_CONNECTION);
  }
  const failedAddress = input.addresses.find((a) => FAILED_ADDRESS.has(a.status));
  if (failedAddress) return state('failed', failedAddress.reason, failedAddress.fix);
  if (evidence && evidence.status === 'linkage_error') return state('failed', evidence.reason, evidence.fix);
  const edited = input.addresses.find((a) => a.status === 'edited_in_gmail');
  if (edited) return state('edited_in_gmail', edited.reason, edited.fix);
  if (verified) return state('verified');
  // Not checked and never written: nothing shows the delegation works for this user yet, nor that it fails — so the
  // state says exactly that, not "Not connected" (which would state a failure nobody saw).
  if (!evidence) return state('not_checked', 'neither a Connection check nor a write reached this user yet', 'Press Re-check on the Connection card, or Apply now: a signature Gmail accepts proves the connection too.');
  return state('waiting', 'not written yet: the next run or Apply now writes it', '');
}

export type SignatureStateCounts = Record<SignatureStateKind, number>;

export function countStates(states: Iterable<SignatureState>): SignatureStateCounts {
  const counts = Object.fromEntries(SIGNATURE_STATE_ORDER.map((k) => [k, 0])) as SignatureStateCounts;
  for (const s of states) counts[s.kind]++;
  return counts;
}
