/**
 * Reads a tenant as Autograph keeps it, straight from the offline Workspace's state (for the main job, tests and
 * benchmarks): the registry entry in script
 * properties (`t:<cid>` → store id, ` d=` drop, ` p=` published copies, ` n=` notice) and the settings in the
 * store's hidden `_tenant` sheet (src/adapters/store/registry.ts, tenant-settings.ts).
 */
import type { OfflineWorkspace } from '../workspace';
import { propertiesState } from '../services/properties';
import { spreadsheetState } from '../services/spreadsheet';

export interface StoredTenant {
  spreadsheetId: string;
  dropId: string;
  publishedId: string;
  notice: string;
  /** The store's settings by name (JSON-parsed), e.g. tenant, connection, contactInbox, published. */
  settings: Record<string, unknown>;
  /** The record as the add-on reads it: the `tenant` setting with the registry's spreadsheet id and notice. */
  record: Record<string, unknown>;
}

export function storedTenant(ws: OfflineWorkspace, projectId: string, customerId: string): StoredTenant | null {
  const props = propertiesState(ws).script[projectId] ?? {};
  const raw = props[`t:${customerId}`];
  if (!raw || /^-+$/.test(raw)) return null;
  if (raw.startsWith('{')) {
    const legacy = JSON.parse(raw) as Record<string, unknown>;
    return { spreadsheetId: String(legacy.spreadsheetId), dropId: '', publishedId: '', notice: String(legacy.notice ?? ''), settings: {}, record: legacy };
  }
  const at = raw.indexOf(' n=');
  const [spreadsheetId, ...rest] = (at < 0 ? raw : raw.slice(0, at)).split(' ');
  const part = (p: string) => rest.find((x) => x.startsWith(p))?.slice(p.length) ?? '';
  const settings: Record<string, unknown> = {};
  const sheet = spreadsheetState(ws, spreadsheetId)?.sheets.find((s) => s.name === '_tenant');
  for (const row of sheet?.values ?? []) if (row[0]) settings[String(row[0])] = JSON.parse(String(row[1]));
  const notice = at < 0 ? '' : raw.slice(at + 3);
  const record = { ...(settings.tenant as Record<string, unknown> | undefined), spreadsheetId, notice };
  return { spreadsheetId, dropId: part('d='), publishedId: part('p='), notice, settings, record };
}

/** Bytes the tenant holds in script properties (keys and values, UTF-8), and how many keys. */
export function registryBytes(ws: OfflineWorkspace, projectId: string, customerId: string, domains: string[]): { bytes: number; keys: string[] } {
  const props = propertiesState(ws).script[projectId] ?? {};
  const mine = Object.keys(props).filter((k) => k === `t:${customerId}` || k.startsWith(`t:${customerId}:`) || domains.some((d) => k === `d:${d.toLowerCase()}`));
  const bytes = mine.reduce((n, k) => n + Buffer.byteLength(k, 'utf8') + Buffer.byteLength(props[k], 'utf8'), 0);
  return { bytes, keys: mine };
}

/** Changes fields of the tenant's record in its store, as an admin editing the hidden sheet would (benchmarks). */
export function patchTenantRecord(ws: OfflineWorkspace, projectId: string, customerId: string, patch: Record<string, unknown>): void {
  const t = storedTenant(ws, projectId, customerId);
  const sheet = t && spreadsheetState(ws, t.spreadsheetId)?.sheets.find((s) => s.name === '_tenant');
  const row = sheet?.values.find((r) => r[0] === 'tenant');
  if (!row) throw new Error(`no tenant record in the store of ${customerId}`);
  row[1] = JSON.stringify({ ...(JSON.parse(String(row[1])) as Record<string, unknown>), ...patch });
}
