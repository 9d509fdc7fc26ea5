/**
 * A tenant's connection: which service account acts for its users, and what each user's linkage status was at the
 * last check. Everything is keyed by the customer id (one add-on project serves every customer). Stores are ports
 * so the core and its tests never touch Apps Script.
 */
import type { LinkageCause, LinkageStatus, LinkageVerdict } from './linkage';
import { rowReader } from '../sheet-row';

export type ConnectionMode = 'publisher' | 'customer';

/** The non-secret half of a tenant's connection (script properties `t:<customerId>:connection`, ~300 bytes). */
export interface ConnectionSettings {
  mode: ConnectionMode;
  /** Of the customer's own key; for the publisher's, read from the key itself. */
  clientId: string;
  clientEmail: string;
  privateKeyId: string;
  /** The user the last live test ran against. */
  testUser: string;
  savedBy: string;
  savedAt: number;
}

/** One user's linkage status as last checked. */
export interface LinkageRecord extends LinkageVerdict {
  email: string;
  checkedAt: number;
}

export function linkageRecord(email: string, v: LinkageVerdict, checkedAt: number): LinkageRecord {
  return { email, status: v.status, cause: v.cause, reason: v.reason, fix: v.fix, googleAnswer: v.googleAnswer, checkedAt };
}

/** Sealed secrets of a tenant (values are already encrypted when they get here). */
export interface SecretStore {
  read(customerId: string, name: string): string | null;
  write(customerId: string, name: string, sealed: string): void;
  remove(customerId: string, name: string): void;
}

/** Linkage statuses of a tenant's users. `merge` replaces the records of the users given, keeps the others. */
export interface LinkageStore {
  readAll(customerId: string): LinkageRecord[];
  merge(customerId: string, records: LinkageRecord[]): void;
}

export class InMemorySecretStore implements SecretStore {
  readonly values = new Map<string, string>();
  read(customerId: string, name: string): string | null {
    return this.values.get(`${customerId}|${name}`) ?? null;
  }
  write(customerId: string, name: string, sealed: string): void {
    this.values.set(`${customerId}|${name}`, sealed);
  }
  remove(customerId: string, name: string): void {
    this.values.delete(`${customerId}|${name}`);
  }
}

export class InMemoryLinkageStore implements LinkageStore {
  private readonly byTenant = new Map<string, Map<string, LinkageRecord>>();
  readAll(customerId: string): LinkageRecord[] {
    return [...(this.byTenant.get(customerId)?.values() ?? [])];
  }
  merge(customerId: string, records: LinkageRecord[]): void {
    let m = this.byTenant.get(customerId);
    if (!m) this.byTenant.set(customerId, (m = new Map()));
    for (const r of records) m.set(r.email, r);
  }
}

/** Merges new records into old ones by email (newest wins), sorted by email; the pure half of `merge`. */
export function mergeLinkage(old: readonly LinkageRecord[], fresh: readonly LinkageRecord[]): LinkageRecord[] {
  const m = new Map<string, LinkageRecord>();
  for (const r of old) m.set(r.email, r);
  for (const r of fresh) m.set(r.email, r);
  return [...m.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

/**
 * Which users a re-check should look at first, when not all fit in one execution: never checked, then not OK,
 * then the longest ago.
 */
export function recheckOrder(users: readonly string[], known: readonly LinkageRecord[]): string[] {
  const byEmail = new Map(known.map((r) => [r.email, r]));
  const rank = (u: string) => {
    const r = byEmail.get(u);
    if (!r) return [0, 0];
    return [r.status === 'ok' ? 2 : 1, r.checkedAt];
  };
  return [...users].sort((a, b) => {
    const [ra, ta] = rank(a);
    const [rb, tb] = rank(b);
    return ra - rb || ta - tb || (a < b ? -1 : 1);
  });
}

export const LINKAGE_COLUMNS = ['email', 'status', 'cause', 'reason', 'fix', 'googleAnswer', 'checkedAt'] as const;

export function linkageToRow(r: LinkageRecord): string[] {
  return [r.email, r.status, r.cause, r.reason, r.fix, r.googleAnswer, new Date(r.checkedAt).toISOString()];
}

const STATUSES = new Set<LinkageStatus>(['ok', 'authentication_error', 'unauthorized', 'linkage_error']);

export function rowToLinkage(header: readonly string[], row: ReadonlyArray<string | number | boolean>): LinkageRecord | null {
  const get = rowReader(header, row).text;
  const status = get('status') as LinkageStatus;
  if (!get('email') || !STATUSES.has(status)) return null;
  const at = Date.parse(get('checkedAt'));
  return {
    email: get('email'),
    status,
    cause: (get('cause') || 'unknown') as LinkageCause,
    reason: get('reason'),
    fix: get('fix'),
    googleAnswer: get('googleAnswer'),
    checkedAt: Number.isNaN(at) ? 0 : at,
  };
}
