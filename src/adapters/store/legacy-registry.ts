/**
 * The registry layout of earlier versions (a JSON record under `t:<cid>` and `t:<cid>:connection`,
 * `t:<cid>:contactInbox`, `t:<cid>:signatures:published` beside it: ~829 bytes a tenant of the 500 KB every customer
 * shares) moved into this one on first use. Only executions that can open the store (its admins, their runs) move it;
 * until then registry.ts reads the old layout as it was, so users who are not admins lose nothing meanwhile.
 */
import { type TenantRecord, tenantKey } from '../../core/tenant';
import { LEGACY_KEYS, scriptProperties, type TenantLocation, writeLocation } from './registry';
import { storedRecord, writeSettings } from './tenant-settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Moves a tenant of an earlier version into this layout: its record, connection, Contact Inbox settings and
 * published-copy id into the store's settings sheet first, then the compact registry entry, then the old keys go.
 * Cut off anywhere, the registry still reads as before and the next opening moves it again; nothing is lost.
 */
export function migrateLegacyTenant(loc: TenantLocation, ss: Spreadsheet): void {
  const props = scriptProperties();
  const cid = loc.customerId;
  const old = JSON.parse(props.getProperty(tenantKey(cid)) ?? '{}') as Partial<TenantRecord>;
  const json = (name: string) => {
    const raw = props.getProperty(tenantKey(cid, name));
    try {
      return raw ? (JSON.parse(raw) as unknown) : undefined;
    } catch {
      return undefined;
    }
  };
  writeSettings(ss, {
    tenant: storedRecord(old),
    connection: json(LEGACY_KEYS.connection),
    contactInbox: json(LEGACY_KEYS.contactInbox),
    published: props.getProperty(tenantKey(cid, LEGACY_KEYS.published)) || undefined,
  });
  // Users kept reading the published copies through the old key: they keep the id until a run publishes without them.
  writeLocation({ customerId: cid, spreadsheetId: loc.spreadsheetId, dropId: loc.dropId, publishedId: loc.publishedId, editsId: loc.editsId, notice: loc.notice }, props);
  for (const name of Object.values(LEGACY_KEYS)) props.deleteProperty(tenantKey(cid, name));
  loc.legacy = false;
}
