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
 * How much of every record a read of all employees' states takes. A status card pays for each cell it reads
 * (49,250 employees: 14.8 virtual s for whole rows), so each reads only what it shows:
 *   - 'full': every column (the toasts, which quote an address's fix);
 *   - 'list': what a state's kind and its label need (the Signatures card: counts and the list; no fixes);
 *   - 'counts': what a state's kind needs (the Connection and home cards: counts only; labels carry no reason).
 */
export type StateDetail = 'full' | 'list' | 'counts';

/**
 * For `users` (a card for one person): their address rows and checks only, found by Sheets, so the cost does not
 * grow with the company. Otherwise every user's, with the columns `detail` says.
 */
function readEvidence(store: TenantStore, sigs: SignatureStore, users: string[] | undefined, detail: StateDetail): Evidence {
  const linkage = new SheetLinkageStore(store);
  const checks = users
    ? users.map((u) => linkage.readOne(store.customerId, u)).filter((r): r is LinkageRecord => r !== null)
    : detail === 'full'
      ? linkage.readAll(store.customerId)
      : linkage.readForStates(store.customerId, detail === 'list');
  const addresses = users ? sigs.addressStatesOf(users) : detail === 'full' ? sigs.addressStates() : sigs.addressOutcomes(detail === 'list');
  return {
    addresses: statesByUser(addresses),
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

/** For the Connection card: who Autograph has reached, without resolving templates ('counts': no reasons). */
export function tenantDelegation(store: TenantStore, detail: StateDetail = 'full', sigs: SignatureStore = new SheetSignatureStore(store.spreadsheet)): TenantDelegation {
  const emails = store.employeeEmails();
  const delegation = delegationOf(emails, readEvidence(store, sigs, undefined, detail), true);
  return { delegation, unchecked: emails.filter((e) => !delegation.has(e)).length, employees: emails.length };
}

/** One user's delegation evidence (the Connection card's user view): their rows only, with the fixes. */
export function userDelegation(store: TenantStore, email: string, sigs: SignatureStore = new SheetSignatureStore(store.spreadsheet)): DelegationEvidence | null {
  const want = email.toLowerCase();
  const ev = readEvidence(store, sigs, [want], 'full');
  return delegationEvidence(ev.checks.get(want), ev.addresses.get(want) ?? [], ev.connection);
}

/**
 * Every employee's signature state (or only `only`'s, read whole), from the store as it is now; `detail` says how
 * much of every record is read (StateDetail): the kinds, and so the counts, are the same at every detail.
 */
export function tenantStates(
  store: TenantStore,
  sigs: SignatureStore = new SheetSignatureStore(store.spreadsheet),
  only?: Employee[],
  directory: StatusContext = statusContext(store),
  detail: StateDetail = 'full',
): TenantStates {
  const assignments = sigs.assignments();
  // A field rule (segment) may test any field, so it needs whole rows; else the columns a state needs.
  const employees =
    only ?? (assignments.some((a) => a.target.kind === 'segment') ? store.employees() : detail === 'full' ? store.employeeSummaries() : store.employeesForStates(detail === 'list'));
  const templates = new Set(sigs.templates().map((t) => t.id));
  const resolve = templateResolver(assignments);
  const ev = readEvidence(store, sigs, only?.map((e) => e.primaryEmail), detail);
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
