/**
 * Status of an employee or directory user: Synced, Paused (with why) or Not imported. Suspended, archived and
 * deleted users leave the synced set (shown as Paused with that reason, data kept); users without a mailbox
 * stay Synced but flagged, since their signature cannot be written.
 */
import { departmentKey } from './departments';
import type { Employee, EmployeeStatus, StatusReason } from './employee';

export interface StatusContext {
  pausedAll: boolean;
  /** Match keys (`departmentKey`) of departments with sync off. */
  pausedDepartments: ReadonlySet<string>;
}

export interface StatusView {
  status: EmployeeStatus;
  reason: StatusReason;
}

/** Reasons that take an employee out of the synced set; set by a sync from the directory. */
export const LEAVE_REASONS: ReadonlySet<StatusReason> = new Set<StatusReason>(['suspended', 'archived', 'deleted']);

export function statusOf(e: Employee | null, ctx: StatusContext): StatusView {
  if (!e) return { status: 'not_imported', reason: '' };
  if (ctx.pausedAll) return { status: 'paused', reason: 'paused_all' };
  if (!e.syncOn) return { status: 'paused', reason: 'paused_user' };
  if (ctx.pausedDepartments.has(departmentKey(e.department))) return { status: 'paused', reason: 'paused_department' };
  if (LEAVE_REASONS.has(e.reason)) return { status: 'paused', reason: e.reason };
  return { status: 'synced', reason: e.reason === 'no_mailbox' ? 'no_mailbox' : '' };
}

/** Whether Workspace data flows into this employee on a sync (not paused by user or department). */
export function receivesUpdates(e: Employee, ctx: StatusContext): boolean {
  return !ctx.pausedAll && e.syncOn && !ctx.pausedDepartments.has(departmentKey(e.department));
}

/** Whether Autograph should write this employee's Gmail signature: synced and with a mailbox. */
export function isSignatureTarget(e: Employee, ctx: StatusContext): boolean {
  const s = statusOf(e, ctx);
  return s.status === 'synced' && s.reason !== 'no_mailbox';
}

export const STATUS_LABELS: Record<EmployeeStatus, string> = {
  synced: 'Synced',
  paused: 'Paused',
  not_imported: 'Not imported',
};

export const REASON_LABELS: Record<StatusReason, string> = {
  '': '',
  suspended: 'Suspended in Workspace',
  archived: 'Archived in Workspace',
  deleted: 'Deleted in Workspace',
  no_mailbox: 'No Gmail mailbox: signature cannot be written',
  paused_user: 'Sync paused for this employee',
  paused_department: 'Sync paused for the department',
  paused_all: 'Sync paused for everyone',
};

export function statusLabel(v: StatusView): string {
  const base = STATUS_LABELS[v.status];
  return v.reason ? `${base} · ${REASON_LABELS[v.reason]}` : base;
}
