/**
 * The nightly run's part in edit requests (runs as the trigger's owner, an admin): keeps the requests file shared
 * with exactly those who need it, takes waiting proposals into the history, prunes answers older than 30 days,
 * keeps the registry's pointer to the file in step, and emails the admins when requests wait.
 *
 * Sharing: editors are the store's editors (the admins, so any of them can open the queue) and the employees who
 * may propose (the template that applies to them unlocks a field), at most SHARE_PER_RUN new ones a run (one Drive
 * call per 100); anyone else who edits it (an employee whose fields were locked again, a former admin) is removed,
 * at most REMOVE_PER_RUN a run (one call each). The file's owner stays.
 */
import { templateResolver } from '../core/signatures/assignment';
import { editRequestsWaitingEvent } from '../core/admin-mail-events';
import { openRequestsFile, pruneRequestsFile } from '../adapters/edit-request-file';
import { EditRequestTable, editRequestsInUse, readEditSettings } from '../adapters/edit-request-store';
import { SheetSignatureStore, type SignatureStore } from '../adapters/signature-store';
import { lowerEmails, shareFile } from '../adapters/store/shared-file';
import { updateLocation } from '../adapters/store/registry';
import { notifyAdmins } from '../adapters/mail-admins';
import { AdminDirectoryPort } from '../adapters/directory';
import { adminsHolding, storeOwner } from '../adapters/role-store';
import type { Employee } from '../core/directory/employee';
import type { TenantStore } from '../adapters/store/tenant-store';
import type { NightlyStage } from './stage';
import { takeProposals } from './edit-request-intake';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SHARE_PER_RUN = 500;
const REMOVE_PER_RUN = 50;

/** The employees who may propose: the template assigned to them unlocks at least one field. */
export function proposers(employees: readonly Employee[], sigs: Pick<SignatureStore, 'assignments'>, unlocked: Record<string, string[]>): string[] {
  const resolve = templateResolver(sigs.assignments());
  return employees.filter((e) => (unlocked[resolve(e)?.value ?? ''] ?? []).length > 0).map((e) => e.primaryEmail.toLowerCase());
}

export interface SharingReport {
  shared: number;
  removed: number;
  /** Shares or removals left for the next run (the per-run bound came first). */
  left: number;
}

/** Makes the file's editors the store's editors plus `employees`, within the per-run bounds. */
export function shareRequestsFile(ss: Spreadsheet, store: TenantStore, employees: readonly string[], deadline: number, maxShare = SHARE_PER_RUN): SharingReport {
  const admins = lowerEmails([store.spreadsheet.getOwner()?.getEmail() ?? '', ...store.spreadsheet.getEditors().map((u) => u.getEmail())]);
  const want = [...new Set([...admins, ...lowerEmails(employees)])];
  const owner = ss.getOwner()?.getEmail().toLowerCase() ?? '';
  const keep = new Set([owner, ...want]);
  const editors = lowerEmails(ss.getEditors().map((u) => u.getEmail()));
  const extra = editors.filter((e) => !keep.has(e));
  let removed = 0;
  for (const e of extra.slice(0, REMOVE_PER_RUN)) {
    if (Date.now() >= deadline) break;
    ss.removeEditor(e);
    removed++;
  }
  // The editors removed above are none of `want`: the one listing says who still lacks access.
  const have = new Set([owner, ...editors]);
  const missing = want.filter((e) => !have.has(e));
  const shared = shareFile(ss, missing, 'edit', maxShare);
  return { shared, removed, left: missing.length - shared + extra.length - removed };
}

export const editRequestStage: NightlyStage = {
  name: 'editRequests',
  run(ctx, budget) {
    const settings = readEditSettings(ctx.store);
    if (!settings.fileId) return 'done';
    const inUse = editRequestsInUse(settings);
    updateLocation(ctx.tenant.customerId, { editsId: inUse ? settings.fileId : '' });
    const ss = openRequestsFile(settings.fileId);
    if (!ss) {
      ctx.reportErrors([{
        email: '', field: 'Edit requests', message: `The edit requests file (${settings.fileId}) cannot be opened by ${ctx.runAs}, who runs the nightly job: employees' proposals wait in it.`,
        fix: `Its owner shares it with ${ctx.runAs}, or a Designer saves a template's unlocked fields again (Autograph then makes a new file).`,
      }]);
      return 'done';
    }
    const sigs = new SheetSignatureStore(ctx.store.spreadsheet);
    const employees = ctx.store.employees();
    const sharing = shareRequestsFile(ss, ctx.store, inUse ? proposers(employees, sigs, settings.unlocked) : [], ctx.now() + Math.max(0, budget.remainingMs() - 30_000));
    const got = takeProposals(ctx.store, sigs, ctx.now());
    const pruned = pruneRequestsFile(ss, ctx.now());
    const waiting = new EditRequestTable(ctx.store).read().requests.filter((r) => r.status === 'pending');
    // To whoever may decide them: the Approvers and Owners (every admin while roles are not enforced).
    if (waiting.length > 0) {
      const directory = new AdminDirectoryPort();
      const approvers = (admins: string[]) => adminsHolding(ctx.store.spreadsheet, ctx.tenant.customerId, admins, 'approver', { superAdmins: directory.listSuperAdminEmails(), setupAdmin: storeOwner(ctx.store.spreadsheet) });
      notifyAdmins(ctx.store.spreadsheet, editRequestsWaitingEvent(ctx.tenant.primaryDomain, waiting), ctx.now(), directory, approvers);
    }
    ctx.record({
      changes: `edit requests: ${got.added} taken, ${got.refused} refused, ${got.unreadable} unreadable row(s) ignored, ${waiting.length} waiting; ` +
        `file shared with ${sharing.shared} more, ${sharing.removed} editor(s) removed${sharing.left ? `, ${sharing.left} left for the next run` : ''}; ${pruned} old row(s) pruned`,
    });
    return 'done';
  },
};
