/**
 * A per-tenant lease on the tenant's store, so two runs of ONE tenant never overlap while different tenants
 * never wait on each other. LockService's script lock is shared by every customer of a public add-on, so it is
 * held only for the few milliseconds of a compare-and-set on `t:<customerId>:lease` in script properties
 * (apps-script/reference/lock: tryLock returns false on timeout). A lease outlives its execution by design
 * only until `until`: an execution that dies at the 6-minute limit frees its tenant within minutes.
 *
 * Why the lease stays in script properties (the one store every customer shares, 500 KB in all): it exists only
 * while a run or an edit holds it — `{holder, until}`, about 60 bytes, deleted on release — so a tenant at rest has
 * none, and only tenants running at the same moment share the room. In the tenant's spreadsheet instead, every
 * compare-and-set would hold the script lock (which every customer's executions queue on) for a sheet read and
 * write rather than two property calls. When the store is full, taking the lease throws PropertyStoreFullError,
 * which the runner records in the tenant's store (jobs/runner.ts).
 */
import { tenantKey } from '../../core/tenant';
import { writeOrFull } from './registry';

export interface Lease {
  holder: string;
  until: number;
}

/** Longer than one execution (6 min), so only a dead run's lease ever expires. */
export const LEASE_MS = 7 * 60_000;

export function tryAcquireLease(customerId: string, holder: string, now: number, ms = LEASE_MS): Lease | null {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) return null;
  try {
    const props = PropertiesService.getScriptProperties();
    const key = tenantKey(customerId, 'lease');
    const raw = props.getProperty(key);
    const current = raw ? (JSON.parse(raw) as Lease) : null;
    if (current && current.holder !== holder && current.until > now) return null;
    const lease = { holder, until: now + ms };
    writeOrFull(() => props.setProperty(key, JSON.stringify(lease)));
    return lease;
  } finally {
    lock.releaseLock();
  }
}

export function releaseLease(customerId: string, holder: string): void {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) return; // the lease then simply expires
  try {
    const props = PropertiesService.getScriptProperties();
    const key = tenantKey(customerId, 'lease');
    const raw = props.getProperty(key);
    if (raw && (JSON.parse(raw) as Lease).holder === holder) props.deleteProperty(key);
  } finally {
    lock.releaseLock();
  }
}

/** Who holds the tenant's lease now, if anyone. */
export function leaseHolder(customerId: string, now: number): Lease | null {
  const raw = PropertiesService.getScriptProperties().getProperty(tenantKey(customerId, 'lease'));
  if (!raw) return null;
  const l = JSON.parse(raw) as Lease;
  return l.until > now ? l : null;
}

/**
 * Runs a short write (a card edit) under the tenant's lease, so it never lands in the middle of a sync's apply
 * step and gets overwritten. Returns null, without running `fn`, while a sync execution holds the lease.
 */
export function withTenantLease<T>(customerId: string, who: string, fn: () => T): { value: T } | null {
  const holder = `${who}@${Date.now()}:edit`;
  if (!tryAcquireLease(customerId, holder, Date.now(), 60_000)) return null;
  try {
    return { value: fn() };
  } finally {
    releaseLease(customerId, holder);
  }
}

export const BUSY_MESSAGE = 'A sync is writing your employees right now. Try again in a minute; nothing was changed.';
