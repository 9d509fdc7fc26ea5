/**
 * Reads what the tenant's store knows and asks core/signatures/employee-state.ts for every employee's state, once
 * per card. The Signatures, Connection and Employees cards and the Apply now toasts all take their words and
 * counts from here, so they cannot disagree.
 */
import type { Employee } from '../core/directory/employee';
import type { AddressState } from '../core/signatures/types';
import type { LinkageRecord } from '../core/delegation/connection';
import { signatureRenderer } from '../core/signatures/plan';
import { countStates, delegationEvidence, signatureStateOf, type DelegationEvidence, type SignatureState, type SignatureStateCounts } from '../core/signatures/employee-state';
import { departmentKey } from '../core/directory/departments';
import type { StatusContext } from '../core/directory/status';
import { readConnectionSettings, SheetLinkageStore } from '../adapters/service-account/connection';
import { publisherKey } from '../adapters/service-account/key-store';
import { SheetSignatureStore, type SignatureStore } from '../adapters/signature-store';
import type { TenantStore } from '../adapters/store/tenant-store';

export interface TenantStates {
  /** Every employee's state, by primary email (lower-case). */
  byEmail: Map<string, SignatureState>;
  counts: SignatureStateCounts;
  /** Delegation evidence per user (employees, and any other user a check reached), by email. */
  delegation: Map<string, DelegationEvidence>;
  /** Users the evidence covers: checked, or written and read back through the service account. */
  checked: number;
  connected: boolean;
}

export function statusContext(store: TenantStore): StatusContext {
  const settings = store.readSettings();
  const paused = new Set(store.departments().filter((d) => !d.syncOn).map((d) => departmentKey(d.name)));
  return { pausedAll: settings.pausedAll, pausedDepartments: paused };
}

/** The service account in use and since when its evidence counts; null when none is connected. */
export function connectionSince(store: TenantStore): { since: number } | null {
  const settings = readConnectionSettings(store.customerId);
  if (settings?.mode === 'customer') return { since: settings.savedAt };
  try {
    return publisherKey() ? { since: settings?.savedAt ?? 0 } : null;
  } catch {
    // A publisher key that cannot be read connects nobody; the Connection card says why.
    return null;
  }
}

function byUser(states: Map<string, AddressState>): Map<string, AddressState[]> {
  const out = new Map<string, AddressState[]>();
  for (const s of states.values()) out.set(s.user, [...(out.get(s.user) ?? []), s]);
  return out;
}

/** Every employee's signature state (or only `only`'s), from the store as it is now. */
export function tenantStates(store: TenantStore, sigs: SignatureStore = new SheetSignatureStore(store.spreadsheet), only?: Employee[]): TenantStates {
  const employees = only ?? store.employees();
  const settings = sigs.settings();
  const render = signatureRenderer({
    templates: sigs.templates(),
    assignments: sigs.assignments(),
    campaigns: sigs.campaigns(),
    departmentBanners: sigs.departmentBanners(),
    at: Date.now(),
    timeZone: settings.timeZone,
  });
  const addresses = byUser(sigs.addressStates());
  const checks = new Map<string, LinkageRecord>(new SheetLinkageStore(store).readAll(store.customerId).map((r) => [r.email, r]));
  const connection = connectionSince(store);
  const directory = statusContext(store);
  const byEmail = new Map<string, SignatureState>();
  const delegation = new Map<string, DelegationEvidence>();
  for (const e of employees) {
    const mine = addresses.get(e.primaryEmail) ?? [];
    const check = checks.get(e.primaryEmail);
    const r = render(e);
    byEmail.set(e.primaryEmail, signatureStateOf({ employee: e, directory, addresses: mine, check, connection, wanted: { template: r.template !== null, hash: r.hash, refusal: r.refusal } }));
    const ev = delegationEvidence(check, mine, connection);
    if (ev) delegation.set(e.primaryEmail, ev);
  }
  if (!only && connection) {
    for (const [email, check] of checks) if (!delegation.has(email)) delegation.set(email, delegationEvidence(check, [], connection)!);
  }
  return { byEmail, counts: countStates(byEmail.values()), delegation, checked: delegation.size, connected: connection !== null };
}
