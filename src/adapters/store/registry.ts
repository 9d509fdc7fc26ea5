/**
 * The tenant registry in script properties (shared by every customer of the add-on: apps-script/guides/properties).
 * Per tenant only `t:<customerId>` (about 200 bytes: spreadsheet id, time zone, automatic sync, trigger owner)
 * and one `d:<domain>` → customerId entry per domain, so a non-admin user finds their tenant. Everything bigger
 * lives in the tenant's spreadsheet. Transient keys (`t:<cid>:lease`, `t:<cid>:run`) exist only while a run does.
 */
import { domainKey, parseTenantRecord, TenantRecord, tenantKey } from '../../core/tenant';

type Properties = GoogleAppsScript.Properties.Properties;

export function scriptProperties(): Properties {
  return PropertiesService.getScriptProperties();
}

export function readTenant(customerId: string, props: Properties = scriptProperties()): TenantRecord | null {
  return parseTenantRecord(customerId, props.getProperty(tenantKey(customerId)));
}

export function writeTenant(t: TenantRecord, props: Properties = scriptProperties()): void {
  const { customerId, ...rest } = t;
  props.setProperty(tenantKey(customerId), JSON.stringify(rest));
}

/** The customer id a domain belongs to, or null if no admin of that domain has set Autograph up. */
export function customerIdForDomain(domain: string, props: Properties = scriptProperties()): string | null {
  return props.getProperty(domainKey(domain));
}

/** Records the domains of a tenant (idempotent; writes only what is missing or points elsewhere). */
export function indexDomains(customerId: string, domains: string[], props: Properties = scriptProperties()): number {
  let written = 0;
  const missing: Record<string, string> = {};
  for (const d of new Set(domains.map((x) => x.toLowerCase()))) {
    if (props.getProperty(domainKey(d)) !== customerId) {
      missing[domainKey(d)] = customerId;
      written++;
    }
  }
  if (written > 0) props.setProperties(missing, false);
  return written;
}

/** The tenant of any user, by their email's domain. */
export function tenantForEmail(email: string, props: Properties = scriptProperties()): TenantRecord | null {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const cid = customerIdForDomain(domain, props);
  return cid ? readTenant(cid, props) : null;
}
