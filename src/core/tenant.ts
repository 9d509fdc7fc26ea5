/**
 * A tenant is one customer (Workspace account) that installed Autograph. A public add-on is ONE script project
 * for every customer, so everything per tenant is keyed by the customer id: small records in script properties
 * under `t:<customerId>…`, a `d:<domain>` index so any user of a domain finds their tenant, and the bulk
 * (employees, departments, fields, runs, errors, sync settings) in the tenant's own spreadsheet.
 */

/** What script properties hold per tenant (kept small: see docs/directory-sync.md "Sizing"). */
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

/** Parses a stored tenant record; a damaged value is reported with what to do, never silently replaced. */
export function parseTenantRecord(customerId: string, json: string | null): TenantRecord | null {
  if (!json) return null;
  let o: Partial<TenantRecord>;
  try {
    o = JSON.parse(json) as Partial<TenantRecord>;
  } catch {
    throw new Error(
      `The settings of customer ${customerId} (script property ${tenantKey(customerId)}) are not valid JSON. ` +
        'Open Autograph as an admin and run setup again.',
    );
  }
  if (!o.spreadsheetId) {
    throw new Error(`The settings of customer ${customerId} name no spreadsheet. Open Autograph as an admin and run setup again.`);
  }
  return {
    customerId,
    spreadsheetId: o.spreadsheetId,
    primaryDomain: o.primaryDomain ?? '',
    timeZone: o.timeZone || 'UTC',
    autoSync: Boolean(o.autoSync),
    triggerOwner: o.triggerOwner ?? '',
    createdBy: o.createdBy ?? '',
    createdAt: o.createdAt ?? 0,
    notice: o.notice ?? '',
  };
}
