/**
 * Who Contact Inbox runs for, and where each user's reading and linkage stand: one record per user the admin
 * enabled, in the tenant store's `contact_inbox` sheet. The tenant store is admin-only, and this record holds no
 * mail content: the cursor is arrival seconds and Gmail message ids; `suggestedSenders` are keyed hashes.
 */
import type { LinkageCause, LinkageStatus, LinkageVerdict } from '../delegation/linkage';
import { newCursor, type ReadingCursor } from './reading-cursor';
import { rowReader, type Cell } from '../sheet-row';

export interface EnrolledUser {
  email: string;
  enabled: boolean;
  enabledBy: string;
  enabledAt: number;
  /** The employee's department when enabled (for "by department" selection on the card). */
  department: string;
  cursor: ReadingCursor;
  lastRunAt: number;
  /** Totals since enabled. */
  processed: number;
  suggested: number;
  /**
   * Senders already suggested to this user, as short keyed hashes (HMAC with the publisher's master secret), so the
   * run does not suggest them again and an admin reading the sheet learns nothing about who writes to whom.
   */
  suggestedSenders: string[];
  status: LinkageStatus | '';
  cause: LinkageCause | '';
  reason: string;
  fix: string;
  googleAnswer: string;
  checkedAt: number;
}

export const ENROLLMENT_COLUMNS = [
  'email', 'enabled', 'enabledBy', 'enabledAt', 'department', 'cursor', 'lastRunAt', 'processed', 'suggested', 'suggestedSenders',
  'status', 'cause', 'reason', 'fix', 'googleAnswer', 'checkedAt',
];

/** Senders remembered per user (newest kept): bounds the cell well under Sheets' 50,000 characters. */
export const MAX_SUGGESTED_SENDERS = 1500;

export function newEnrollment(email: string, department: string, by: string, at: number): EnrolledUser {
  return {
    email: email.toLowerCase(), enabled: true, enabledBy: by, enabledAt: at, department, cursor: newCursor(at), lastRunAt: 0,
    processed: 0, suggested: 0, suggestedSenders: [], status: '', cause: '',
    reason: 'Not read yet: the next nightly run (or Start now) reads this user\'s mail.', fix: '', googleAnswer: '', checkedAt: 0,
  };
}

export function withVerdict(u: EnrolledUser, v: LinkageVerdict, at: number): EnrolledUser {
  return { ...u, status: v.status, cause: v.cause, reason: v.reason, fix: v.fix, googleAnswer: v.googleAnswer, checkedAt: at };
}

export function rememberSenders(u: EnrolledUser, tags: string[]): EnrolledUser {
  const all = [...u.suggestedSenders.filter((t) => !tags.includes(t)), ...tags];
  return { ...u, suggestedSenders: all.slice(-MAX_SUGGESTED_SENDERS) };
}

export function enrollmentToRow(u: EnrolledUser): Array<string | number> {
  return [
    u.email, u.enabled ? 'yes' : 'no', u.enabledBy, u.enabledAt, u.department, JSON.stringify(u.cursor), u.lastRunAt, u.processed, u.suggested,
    u.suggestedSenders.join(' '), u.status, u.cause, u.reason, u.fix, u.googleAnswer, u.checkedAt,
  ];
}

export function rowToEnrollment(header: string[], row: ReadonlyArray<Cell | null | undefined>): EnrolledUser | null {
  const get = rowReader(header, row).text;
  const email = get('email').trim().toLowerCase();
  if (!email) return null;
  const enabledAt = Number(get('enabledAt')) || 0;
  let cursor: ReadingCursor;
  try {
    cursor = JSON.parse(get('cursor')) as ReadingCursor;
    if (typeof cursor.floorSec !== 'number' || typeof cursor.done !== 'object' || cursor.done === null) throw new Error('shape');
  } catch {
    // A damaged cursor restarts from the enabling time's lookback; suggestions still dedupe by sender.
    cursor = newCursor(enabledAt);
  }
  return {
    email,
    enabled: get('enabled') === 'yes',
    enabledBy: get('enabledBy'),
    enabledAt,
    department: get('department'),
    cursor,
    lastRunAt: Number(get('lastRunAt')) || 0,
    processed: Number(get('processed')) || 0,
    suggested: Number(get('suggested')) || 0,
    suggestedSenders: get('suggestedSenders').split(' ').filter(Boolean),
    status: get('status') as EnrolledUser['status'],
    cause: get('cause') as EnrolledUser['cause'],
    reason: get('reason'),
    fix: get('fix'),
    googleAnswer: get('googleAnswer'),
    checkedAt: Number(get('checkedAt')) || 0,
  };
}

/** The tenant-wide switch (script property `t:<cid>:contactInbox`, ~200 bytes). */
export interface ContactInboxSettings {
  enabled: boolean;
  enabledBy: string;
  enabledAt: number;
  /** The drop spreadsheet (sealed suggestions and users' public keys), created when the feature is enabled. */
  dropSpreadsheetId: string;
  /** Users a "Start now" asked for; the next run slice reads them first (lower case). */
  startRequested: string[];
}
