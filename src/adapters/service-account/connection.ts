/**
 * A tenant's connection, end to end: which key acts for the tenant, saving a customer's key after checking it,
 * and checking users' linkage (a `sendAs.list` per user, 1 quota unit each) with the results stored per tenant.
 */
import { cardBudget } from '../platform-probe';
import {
  ConnectionMode,
  ConnectionSettings,
  LINKAGE_COLUMNS,
  LinkageRecord,
  linkageRecord,
  LinkageStore,
  linkageToRow,
  mergeLinkage,
  recheckOrder,
  rowToLinkage,
  SecretStore,
} from '../../core/delegation/connection';
import { KeyFileError, parseServiceAccountKey, ServiceAccountKey } from '../../core/delegation/key-file';
import { INTERACTIVE_BACKOFF } from '../../core/delegation/backoff';
import { FixContext, LinkageVerdict } from '../../core/delegation/linkage';
import { DELEGATION_SCOPES, SIGNATURE_SCOPES } from '../../core/delegation/scopes';
import { DelegatedRunReport, runDelegated } from '../gmail-client';
import { SheetTable } from '../store/sheet-table';
import type { TenantStore } from '../store/tenant-store';
import { readSetting, writeSetting } from '../store/tenant-settings';
import { KeyUnavailableError, loadCustomerKey, publisherKey, removeCustomerKey, SpreadsheetSecretStore, storeCustomerKey } from './key-store';
import { keySigns } from './token-minter';
import type { MembershipGate } from '../../core/delegation/membership';
import { membershipGate } from '../membership';

const LINKAGE_SHEET = 'connection';
/** A card action has about 30 s (workspace/add-ons/concepts/actions); leave room to store and render. */
export const CARD_CHECK_BUDGET_MS = 18_000;

/** The tenant's connection settings, in its own store (they were a script property of ~400 bytes a tenant). */
export function readConnectionSettings(store: TenantStore): ConnectionSettings | null {
  return readSetting<ConnectionSettings>(store.spreadsheet, 'connection');
}

function writeConnectionSettings(store: TenantStore, s: ConnectionSettings): void {
  writeSetting(store.spreadsheet, 'connection', s);
}

/** Linkage statuses in the tenant spreadsheet's `connection` sheet, one row per user. */
export class SheetLinkageStore implements LinkageStore {
  constructor(private readonly store: TenantStore) {}
  private table(): SheetTable {
    return new SheetTable(this.store.spreadsheet, LINKAGE_SHEET);
  }
  readAll(customerId: string): LinkageRecord[] {
    if (customerId !== this.store.customerId) throw new Error(`This store belongs to customer ${this.store.customerId}`);
    const d = this.table().read();
    return d.rows.map((r) => rowToLinkage(d.header, r)).filter((r): r is LinkageRecord => r !== null);
  }
  /**
   * Every check with what a signature state needs (no fix, no Google answer: the counting cards show neither), so
   * the Signatures card reads five of the seven columns; `withReasons` false, four (cards that show only counts).
   */
  readForStates(customerId: string, withReasons = true): LinkageRecord[] {
    if (customerId !== this.store.customerId) throw new Error(`This store belongs to customer ${this.store.customerId}`);
    const columns = withReasons ? ['email', 'status', 'cause', 'reason', 'checkedAt'] : ['email', 'status', 'cause', 'checkedAt'];
    const d = this.table().readNamedColumns(columns);
    if (!d) return this.readAll(customerId);
    return d.rows.map((r) => rowToLinkage(d.header, r)).filter((r): r is LinkageRecord => r !== null);
  }
  /** One user's check without reading the table (a card for one person): Sheets finds the row in the email column. */
  readOne(customerId: string, email: string): LinkageRecord | null {
    if (customerId !== this.store.customerId) throw new Error(`This store belongs to customer ${this.store.customerId}`);
    const want = email.toLowerCase();
    const found = this.table().findRows('email', want, { entireCell: true, matchCase: false });
    const records = found ? found.rows.map((r) => rowToLinkage(found.header, r.row)) : this.readAll(customerId);
    return records.find((r): r is LinkageRecord => r !== null && r.email === want) ?? null;
  }
  merge(customerId: string, records: LinkageRecord[]): void {
    if (customerId !== this.store.customerId) throw new Error(`This store belongs to customer ${this.store.customerId}`);
    const t = this.table();
    const current = t.read();
    const old = current.rows.map((r) => rowToLinkage(current.header, r)).filter((r): r is LinkageRecord => r !== null);
    t.writeChanged(current, [...LINKAGE_COLUMNS], mergeLinkage(old, records).map(linkageToRow));
  }
}

/** What acts for a tenant: the key, the fix context for messages, and how it was chosen. */
export interface ActiveConnection {
  mode: ConnectionMode;
  key: ServiceAccountKey;
  fix: FixContext;
  settings: ConnectionSettings | null;
  /** The only users this connection may act as: those the tenant's Directory confirms in this execution. */
  gate: MembershipGate;
}

export function fixContextFor(key: { clientId: string; clientEmail: string }, mode: ConnectionMode): FixContext {
  return { clientId: key.clientId, clientEmail: key.clientEmail, scopes: DELEGATION_SCOPES, mode };
}

/**
 * The tenant's active connection: the customer's own key when they saved one, else the publisher's. Null when
 * neither exists (a deployment without a publisher key, and no customer key yet).
 */
export function activeConnection(store: TenantStore, secrets: SecretStore = new SpreadsheetSecretStore(store)): ActiveConnection | null {
  const settings = readConnectionSettings(store);
  if (settings?.mode === 'customer') {
    const key = loadCustomerKey(secrets, store.customerId);
    if (!key) throw new KeyUnavailableError('Your own service account key is missing from Autograph\'s store. Upload the key file again.');
    return { mode: 'customer', key, fix: fixContextFor(key, 'customer'), settings, gate: membershipGate(store.customerId) };
  }
  const key = publisherKey();
  return key ? { mode: 'publisher', key, fix: fixContextFor(key, 'publisher'), settings, gate: membershipGate(store.customerId) } : null;
}

/** Checks users' linkage (one `sendAs.list` each) within `budgetMs`, and stores what was learnt. */
export function checkLinkage(
  store: TenantStore,
  conn: ActiveConnection,
  users: readonly string[],
  budgetMs: number,
  linkage: LinkageStore = new SheetLinkageStore(store),
): { report: DelegatedRunReport; records: LinkageRecord[] } {
  const report = runDelegated(
    users.map((user) => ({ method: 'sendAs.list' as const, user })),
    { key: conn.key, gate: conn.gate, fix: conn.fix, deadline: Date.now() + budgetMs, scopes: SIGNATURE_SCOPES, freshTokens: true, backoff: INTERACTIVE_BACKOFF },
  );
  const records = report.outcomes.map((o) => linkageRecord(o.user, o.linkage, Date.now()));
  if (records.length > 0) linkage.merge(store.customerId, records);
  return { report, records };
}

/**
 * Records what any delegated run learnt about its users (e.g. the nightly signature run), so the Connection card
 * stays current without a separate check. Users the run did not finish are left as they were.
 */
export function recordLinkage(store: TenantStore, report: Pick<DelegatedRunReport, 'outcomes'>, linkage: LinkageStore = new SheetLinkageStore(store)): void {
  const now = Date.now();
  const records = report.outcomes.map((o) => linkageRecord(o.user, o.linkage, now));
  if (records.length > 0) linkage.merge(store.customerId, records);
}

/** The tenant's users to check, those never checked or not OK first. */
export function usersToCheck(store: TenantStore, known: readonly LinkageRecord[]): string[] {
  const emails = store
    .employees()
    .filter((e) => e.reason !== 'deleted')
    .map((e) => e.primaryEmail.toLowerCase());
  return recheckOrder(emails, known);
}

export type SaveKeyResult =
  | { ok: true; settings: ConnectionSettings; verdict: LinkageVerdict }
  | { ok: false; fileError?: KeyFileError; verdict?: LinkageVerdict };

/**
 * Saves a customer's own key after checking it: the file's shape, that its private key signs, and a live token
 * and `sendAs.list` as `testUser`. Nothing is stored unless every check passes.
 */
export function saveCustomerKey(store: TenantStore, keyText: string, testUser: string, savedBy: string, secrets: SecretStore = new SpreadsheetSecretStore(store)): SaveKeyResult {
  const parsed = parseServiceAccountKey(keyText);
  if (!parsed.ok) return { ok: false, fileError: parsed.error };
  const key = parsed.key;
  if (!keySigns(key)) {
    return {
      ok: false,
      fileError: {
        field: 'private_key',
        problem: 'cannot sign: it is not a usable RSA private key (damaged while copying?).',
        fix: 'Paste the file again exactly as downloaded, or create a new JSON key in Google Cloud console › IAM & Admin › Service accounts › Keys.',
      },
    };
  }
  const fix = fixContextFor(key, 'customer');
  const report = runDelegated([{ method: 'sendAs.list', user: testUser }], {
    key,
    gate: membershipGate(store.customerId),
    fix,
    deadline: Date.now() + cardBudget(CARD_CHECK_BUDGET_MS),
    scopes: SIGNATURE_SCOPES,
    freshTokens: true,
    backoff: INTERACTIVE_BACKOFF,
  });
  const outcome = report.outcomes[0];
  if (!outcome) return { ok: false, verdict: { status: 'linkage_error', cause: 'outage', reason: 'Google did not answer in time.', fix: 'Try again in a minute.', googleAnswer: '' } };
  if (outcome.linkage.status !== 'ok') return { ok: false, verdict: outcome.linkage };
  storeCustomerKey(secrets, store.customerId, key);
  const settings: ConnectionSettings = {
    mode: 'customer',
    clientId: key.clientId,
    clientEmail: key.clientEmail,
    privateKeyId: key.privateKeyId,
    testUser,
    savedBy,
    savedAt: Date.now(),
  };
  writeConnectionSettings(store, settings);
  new SheetLinkageStore(store).merge(store.customerId, [linkageRecord(testUser.toLowerCase(), outcome.linkage, Date.now())]);
  return { ok: true, settings, verdict: outcome.linkage };
}

/** Switches the tenant to the publisher's service account and forgets their own key. */
export function usePublisherAccount(store: TenantStore, savedBy: string, secrets: SecretStore = new SpreadsheetSecretStore(store)): ConnectionSettings {
  const key = publisherKey();
  if (!key) throw new KeyUnavailableError('This Autograph deployment has no publisher service account. Use "Your own key" instead.');
  removeCustomerKey(secrets, store.customerId);
  const settings: ConnectionSettings = {
    mode: 'publisher',
    clientId: key.clientId,
    clientEmail: key.clientEmail,
    privateKeyId: '',
    testUser: '',
    savedBy,
    savedAt: Date.now(),
  };
  writeConnectionSettings(store, settings);
  return settings;
}
