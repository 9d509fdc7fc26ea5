/**
 * Whether a tenant is disconnected, read from its store (`_tenant` setting `disconnect`). Once it is, no run but
 * the restore job starts: not the nightly run (whoever's trigger fires it), not Sync now, not the setup import.
 */
import type { RunKind } from '../core/directory/run-record';
import type { ReleaseChoice } from '../core/signatures/originals';
import { openTenantStore, StoreUnavailableError } from '../adapters/store/tenant-store';
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

export function writeDisconnect(ss: Spreadsheet, d: DisconnectRecord): void {
  writeSetting(ss, 'disconnect', d);
}

/** Why a run of `kind` may not start for this tenant, or '' when it may. */
export function disconnectRefusal(customerId: string, kind: RunKind | undefined): string {
  if (kind === 'disconnect' || kind === 'release') return '';
  let d: DisconnectRecord | null;
  try {
    d = readDisconnect(openTenantStore(customerId).spreadsheet);
  } catch (err) {
    // The runner reports a store it cannot open in its own words.
    if (err instanceof StoreUnavailableError) return '';
    throw err;
  }
  if (!d) return '';
  return `Refused: Autograph was disconnected by ${d.by} on ${new Date(d.at).toISOString().slice(0, 16).replace('T', ' ')} UTC; no sync runs and no signature is written. Nothing was read or written.`;
}
