/**
 * A clean way out. Disconnect (a whole tenant) and "stop managing this person's signature" (one employee) both
 * end Autograph's writes and, as the admin chooses, put back each address's signature from before Autograph
 * (core/signatures/originals.ts) or leave the current one; the restore itself is a background job
 * (jobs/disconnect-stage.ts) under the runner, so it continues across executions and writes each mailbox once.
 *
 * Triggers belong to their owner: "Installable triggers … run as the user who created them" and only that user
 * sees them (apps-script/guides/triggers/installable). Disconnect removes the clicking admin's own triggers; a
 * nightly trigger of another admin cannot be removed by this one, so the run refuses to start for a
 * disconnected tenant and that trigger removes itself the next time it fires (runner.ts).
 */
import type { Employee } from '../core/directory/employee';
import type { ReleaseChoice } from '../core/signatures/originals';
import type { AddressState } from '../core/signatures/types';
import { SheetSignatureStore } from '../adapters/signature-store';
import { isOpen, ReleaseTable, type Release } from '../adapters/release-store';
import { writeTenant, type TenantStore } from '../adapters/store/tenant-store';
import { withTenantLease } from '../adapters/store/lease';
import { clearRun, readRunState, runFromCard, type RunReport } from './runner';
import { armContinuation, disarmContinuation, removeNightlyTrigger } from './triggers';
import { stagesFor } from './stages';
import { readDisconnect, writeDisconnect, type DisconnectRecord } from './disconnect-state';

export interface DisconnectReport {
  record: DisconnectRecord;
  /** Addresses queued for restore (choice `restore`) or recorded as left. */
  addresses: number;
  ownTriggersRemoved: number;
  run: RunReport;
}

/** Addresses Autograph wrote, or may have written (a write in flight): the ones leaving concerns. */
function managed(states: Iterable<AddressState>): AddressState[] {
  return [...states].filter((s) => s.sentHash !== '' || s.pendingHash !== '');
}

function releasesFor(states: AddressState[], choice: ReleaseChoice, by: string, scope: Release['scope'], at: number): Release[] {
  return states.map((s) => ({
    address: s.address, user: s.user, employeeId: s.employeeId, choice, state: choice === 'restore' ? 'waiting' : 'left',
    reason: choice === 'leave' ? 'left as it is, by choice' : '', fix: '', by, scope, at, doneAt: choice === 'leave' ? at : 0,
  }));
}

/**
 * Disconnects the tenant: recorded first (from then on no run but the restore starts), automatic sync off, a run
 * in progress dropped, the admin's own triggers removed, every managed address queued, the restore started.
 */
export function disconnectTenant(store: TenantStore, by: string, choice: ReleaseChoice, now: number): DisconnectReport {
  const tenant = store.tenant;
  const already = readDisconnect(store.spreadsheet);
  const otherTriggerOwner = tenant.triggerOwner && tenant.triggerOwner !== by ? tenant.triggerOwner : '';
  const record: DisconnectRecord = already ?? { at: now, by, choice, otherTriggerOwner };
  if (!already) writeDisconnect(store.spreadsheet, record);
  writeTenant({ ...tenant, autoSync: false, triggerOwner: '' });
  const running = readRunState(tenant.customerId);
  if (running && running.kind !== 'disconnect' && running.kind !== 'release') clearRun(tenant.customerId, stagesFor(running.kind));
  const ownTriggersRemoved = removeNightlyTrigger();
  disarmContinuation();
  const sigs = new SheetSignatureStore(store.spreadsheet);
  const states = managed(sigs.addressStates().values());
  new ReleaseTable(store.spreadsheet).request(releasesFor(states, choice, by, 'disconnect', now));
  sigs.appendAudit([{ at: now, address: '', employeeId: '', before: '', after: '', templateId: '', campaignId: '', cause: `disconnect by ${by}`, why: `Autograph disconnected: ${choice === 'restore' ? 'signatures from before Autograph are put back' : 'current signatures left as they are'} (${states.length} addresses)` }]);
  // A successor exists before any restore is sent: a card action cut off from here on is continued by it.
  armContinuation();
  const run = runFromCard(tenant, 'disconnect', by);
  return { record, addresses: states.length, ownTriggersRemoved, run };
}

/**
 * Stops managing one employee: sync paused for them (Autograph writes nothing more there), their addresses queued
 * with the choice, and the restore started now. Null when a run holds the lease (nothing changed: try again).
 */
export function stopManagingEmployee(store: TenantStore, employee: Employee, by: string, choice: ReleaseChoice, now: number): { addresses: number; run: RunReport } | null {
  // Employee rows change under the tenant lease, as every employee edit does (a run may be writing them).
  const queued = withTenantLease(store.customerId, by, () => {
    store.saveEmployee({ ...employee, syncOn: false, reason: 'paused_user', updatedAt: now });
    const sigs = new SheetSignatureStore(store.spreadsheet);
    const states = managed(sigs.addressStates([employee.primaryEmail]).values());
    new ReleaseTable(store.spreadsheet).request(releasesFor(states, choice, by, 'employee', now));
    sigs.appendAudit([{ at: now, address: employee.primaryEmail.toLowerCase(), employeeId: employee.id, before: '', after: '', templateId: '', campaignId: '', cause: `stopped managing the employee's signature, by ${by}`, why: choice === 'restore' ? 'the signature from before Autograph is put back' : 'the current signature is left as it is' }]);
    return states.length;
  });
  if (!queued) return null;
  armContinuation();
  return { addresses: queued.value, run: runFromCard(store.tenant, 'release', by) };
}

/**
 * Continues restores that wait with no run to carry them (an execution cut off between the steps that hand work
 * to a trigger): the card's "Continue restoring" button.
 */
export function resumeReleases(store: TenantStore, by: string): RunReport {
  armContinuation();
  return runFromCard(store.tenant, 'release', by);
}

/** The disconnect's restores not yet done (waiting, or maybe sent by a cut-off execution): what a reconnect stops. */
export function restoresNotDone(releases: readonly Release[]): Release[] {
  return releases.filter((r) => r.scope === 'disconnect' && isOpen(r));
}

export interface ReconnectReport {
  /** Restores not yet done when the Owner reconnected, recorded as left (nothing more is sent for them). */
  cancelled: number;
  /** Of those, restores an execution may have sent before it was cut off: the next run reads Gmail first. */
  unsure: number;
}

/**
 * Undoes a disconnect whose data was not deleted: runs may start again (automatic sync stays off until an admin turns
 * it on), restores not yet done are cancelled and recorded as left, and the next run writes every managed mailbox
 * again. Taken under the tenant lease, so no restore is being sent meanwhile; null when a run holds it.
 *
 * A restore row left `sending` by a cut-off may or may not have reached Gmail, so its address forgets what Autograph
 * last sent: the next run treats it as a first write, which reads the mailbox before writing (the original kept
 * at the first write is never overwritten).
 */
export function reconnectTenant(store: TenantStore, by: string, now: number): ReconnectReport | null {
  const held = withTenantLease(store.customerId, by, () => {
    const running = readRunState(store.customerId);
    const releases = new ReleaseTable(store.spreadsheet);
    const open = restoresNotDone(releases.all());
    const unsure = open.filter((r) => r.state === 'sending');
    const sigs = new SheetSignatureStore(store.spreadsheet);
    if (unsure.length) {
      const states = sigs.addressStates([...new Set(unsure.map((r) => r.user))]);
      const forget = unsure.map((r) => states.get(r.address)).filter((s): s is AddressState => Boolean(s)).map((s) => ({ ...s, sentHash: '', pendingHash: '' }));
      sigs.saveAddressStates(forget);
    }
    releases.save(open.map((r) => ({ ...r, state: 'left' as const, reason: `not restored: Autograph was reconnected by ${by} first`, fix: '', doneAt: now })));
    if (running && (running.kind === 'disconnect' || running.kind === 'release')) clearRun(store.customerId, stagesFor(running.kind));
    writeDisconnect(store.spreadsheet, null);
    sigs.appendAudit([{ at: now, address: '', employeeId: '', before: '', after: '', templateId: '', campaignId: '', cause: `reconnect by ${by}`, why: `Autograph reconnected: ${open.length} restores not yet done were cancelled; automatic sync stays off until an admin turns it on` }]);
    return { cancelled: open.length, unsure: unsure.length };
  });
  return held ? held.value : null;
}
