/**
 * Whether a tenant is disconnected, read from its store (`_tenant` setting `disconnect`). Once it is, no run but
 * the restore job starts: not the nightly run (whoever's trigger fires it), not Sync now, not the setup import.
 */
import type { RunKind } from '../core/directory/run-record';
import type { ReleaseChoice } from '../core/signatures/originals';
import { StoreUnavailableError, tenantSpreadsheet } from '../adapters/store/tenant-store';
import type { TenantRecord } from '../core/tenant';
import { readSetting, writeSetting } from '../adapters/store/tenant-settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DisconnectRecord {
  at: number;
  by: string;
  choice: ReleaseChoice;
  /** Another admin's nightly trigger this admin could not delete (triggers belong to their owner). */
  otherTriggerOwner: string;
  /** The export made after the disconnect (a spreadsheet in the admin's Drive), required before deleting. */
  exportId?: string;
  exportedAt?: number;
}

export function readDisconnect(ss: Spreadsheet): DisconnectRecord | null {
  return readSetting<DisconnectRecord>(ss, 'disconnect');
}

/** Records the disconnect; null removes the record (a reconnect). */
export function writeDisconnect(ss: Spreadsheet, d: DisconnectRecord | null): void {
  writeSetting(ss, 'disconnect', d);
}

/**
 * Why a run may not start for this tenant, or '' when it may: `kind()` names the run (the one in progress, or the
 * one asked for), asked only when the tenant is disconnected. Costs no service call on a connected tenant whose
 * store this execution opened already (settings are read once per execution).
 */
export function disconnectRefusal(tenant: TenantRecord, kind: () => RunKind | undefined): string {
  let d: DisconnectRecord | null;
  try {
    d = readDisconnect(tenantSpreadsheet(tenant));
  } catch (err) {
    // The runner reports a store it cannot open in its own words.
    if (err instanceof StoreUnavailableError) return '';
    throw err;
  }
  if (!d) return '';
  const k = kind();
  if (k === 'disconnect' || k === 'release') return '';
  return `Refused: Autograph was disconnected by ${d.by} on ${new Date(d.at).toISOString().slice(0, 16).replace('T', ' ')} UTC; no sync runs and no signature is written. Nothing was read or written.`;
}
