/**
 * A tenant is one customer (Workspace account) that installed Autograph. A public add-on is ONE script project
 * for every customer, and its script properties are one 500 KB store for all of them: per tenant they hold only
 * `t:<customerId>` (where its files are) and a `d:<domain>` index so any user of a domain finds their tenant
 * (adapters/store/registry.ts). Everything else — this record's settings, the employees, departments, fields,
 * runs, errors — lives in the tenant's own spreadsheet.
 */

/** A tenant as the add-on works with it: the registry's entry joined with the settings in its store. */
export interface TenantRecord {
  customerId: string;
  /** The tenant spreadsheet (created by the installing admin, shared with the tenant's admins). */
  spreadsheetId: string;
  primaryDomain: string;
  /** IANA time zone for the nightly run ("24 h update"). */
  timeZone: string;
  /** Automatic (nightly) sync on. */
  autoSync: boolean;
  /** Admin who owns the nightly trigger (runs as them, on their quotas). Empty when automatic sync is off. */
  triggerOwner: string;
  createdBy: string;
  createdAt: number;
  /** A message for every admin of the tenant (e.g. automatic sync stopped because its owner lost admin rights). */
  notice: string;
}

export const TENANT_PREFIX = 't:';
export const DOMAIN_PREFIX = 'd:';

export function tenantKey(customerId: string, name?: string): string {
  return name ? `${TENANT_PREFIX}${customerId}:${name}` : `${TENANT_PREFIX}${customerId}`;
}

export function domainKey(domain: string): string {
  return `${DOMAIN_PREFIX}${domain.trim().toLowerCase()}`;
}

/** An address as Autograph stores and compares it: surrounding spaces gone, lower case (Gmail ignores case). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
}
