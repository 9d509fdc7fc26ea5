/**
 * Reads what the tenant's store knows and asks core/signatures/employee-state.ts for every employee's state, once
 * per card. The Signatures, Connection and Employees cards and the Apply now toasts all take their words and
 * counts from here, so they cannot disagree.
 */
import type { Employee } from '../core/directory/employee';
import type { AddressState } from '../core/signatures/types';
import type { LinkageRecord } from '../core/delegation/connection';
import { templateResolver } from '../core/signatures/assignment';
import { statesByUser } from '../core/signatures/plan';
import { countStates, delegationEvidence, signatureStateOf, type DelegationEvidence, type SignatureState, type SignatureStateCounts } from '../core/signatures/employee-state';
import { departmentKey } from '../core/directory/departments';
import type { StatusContext } from '../core/directory/status';
import { readConnectionSettings, SheetLinkageStore } from '../adapters/service-account/connection';
import { publisherKey } from '../adapters/service-account/key-store';
import { SheetSignatureStore, type SignatureStore } from '../adapters/signature-store';
import type { TenantStore } from '../adapters/store/tenant-store';

export interface TenantStates {
  /** The employees the states are of (summaries when no field rule needs whole rows). */
  employees: Employee[];
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
  const settings = readConnectionSettings(store);
  if (settings?.mode === 'customer') return { since: settings.savedAt };
  try {
    return publisherKey() ? { since: settings?.savedAt ?? 0 } : null;
  } catch {
    // A publisher key that cannot be read connects nobody; the Connection card says why.
    return null;
  }
}


/** What the store knows about reaching each user's Gmail, read once: address records, checks, the connection. */
interface Evidence {
  addresses: Map<string, AddressState[]>;
  checks: Map<string, LinkageRecord>;
  connection: { since: number } | null;
}

/**
 * For `users` (a card for one person): their address rows and checks only, found by Sheets, so the cost does not
 * grow with the company. Otherwise every user's, with the address columns a state needs (no fix: counting cards
 * show counts and labels, never an address's fix).
 */
function readEvidence(store: TenantStore, sigs: SignatureStore, users?: string[]): Evidence {
  const linkage = new SheetLinkageStore(store);
  const checks = users
    ? users.map((u) => linkage.readOne(store.customerId, u)).filter((r): r is LinkageRecord => r !== null)
    : linkage.readForStates(store.customerId);
  return {
    addresses: statesByUser(users ? sigs.addressStatesOf(users) : sigs.addressOutcomes()),
    checks: new Map(checks.map((r) => [r.email, r])),
    connection: connectionSince(store),
  };
}

/** Delegation evidence per user: every employee's, and any other user a check reached. */
function delegationOf(emails: string[], ev: Evidence, withOthers: boolean): Map<string, DelegationEvidence> {
  const out = new Map<string, DelegationEvidence>();
  for (const email of emails) {
    const d = delegationEvidence(ev.checks.get(email), ev.addresses.get(email) ?? [], ev.connection);
    if (d) out.set(email, d);
  }
  if (withOthers && ev.connection) {
    for (const [email, check] of ev.checks) if (!out.has(email)) out.set(email, delegationEvidence(check, [], ev.connection)!);
  }
  return out;
}

export interface TenantDelegation {
  delegation: Map<string, DelegationEvidence>;
  /** Employees with no evidence yet. */
  unchecked: number;
  employees: number;
}

/** For the Connection card: who Autograph has reached, without resolving templates. */
export function tenantDelegation(store: TenantStore, sigs: SignatureStore = new SheetSignatureStore(store.spreadsheet)): TenantDelegation {
  const emails = store.employeeEmails();
  const delegation = delegationOf(emails, readEvidence(store, sigs), true);
  return { delegation, unchecked: emails.filter((e) => !delegation.has(e)).length, employees: emails.length };
}

/** One user's delegation evidence (the Connection card's user view): their rows only, with the fixes. */
export function userDelegation(store: TenantStore, email: string, sigs: SignatureStore = new SheetSignatureStore(store.spreadsheet)): DelegationEvidence | null {
  const want = email.toLowerCase();
  const ev = readEvidence(store, sigs, [want]);
  return delegationEvidence(ev.checks.get(want), ev.addresses.get(want) ?? [], ev.connection);
}

/** Every employee's signature state (or only `only`'s), from the store as it is now. */
export function tenantStates(store: TenantStore, sigs: SignatureStore = new SheetSignatureStore(store.spreadsheet), only?: Employee[], directory: StatusContext = statusContext(store)): TenantStates {
  const assignments = sigs.assignments();
  // Lists read the columns a state needs only; a field rule (segment) may test any field, so it needs whole rows.
  const employees = only ?? (assignments.some((a) => a.target.kind === 'segment') ? store.employees() : store.employeesForStates());
  const templates = new Set(sigs.templates().map((t) => t.id));
  const resolve = templateResolver(assignments);
  const ev = readEvidence(store, sigs, only?.map((e) => e.primaryEmail));
  const byEmail = new Map<string, SignatureState>();
  for (const e of employees) {
    const r = resolve(e);
    byEmail.set(
      e.primaryEmail,
      signatureStateOf({
        employee: e,
        directory,
        addresses: ev.addresses.get(e.primaryEmail) ?? [],
        check: ev.checks.get(e.primaryEmail),
        connection: ev.connection,
        templateAssigned: r !== null && templates.has(r.value),
      }),
    );
  }
  const delegation = delegationOf(employees.map((e) => e.primaryEmail), ev, !only);
  return { employees, byEmail, counts: countStates(byEmail.values()), delegation, checked: delegation.size, connected: ev.connection !== null };
}
