/**
 * The tenant's directory-sync settings, kept in the `settings` sheet of the tenant spreadsheet (key → JSON):
 * how departments are formed, which users are imported, and whether sync is paused for everyone.
 */
import type { DepartmentsMode } from './departments';
import type { UserSelection } from './selection';

export interface SyncSettings {
  departmentsMode: DepartmentsMode;
  selection: UserSelection;
  /** Pause for everyone: no Workspace data flows in and no signatures are written. */
  pausedAll: boolean;
  /** Setup wizard finished (the first import ran). */
  setupDone: boolean;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  departmentsMode: 'standard',
  selection: { kind: 'all' },
  pausedAll: false,
  setupDone: false,
};

export const SETTINGS_COLUMNS = ['key', 'value'];

export function settingsToRows(s: SyncSettings): string[][] {
  return (Object.keys(s) as Array<keyof SyncSettings>).sort().map((k) => [k, JSON.stringify(s[k])]);
}

export function rowsToSettings(rows: Array<Array<string | number | boolean>>): SyncSettings {
  const out: Record<string, unknown> = { ...DEFAULT_SYNC_SETTINGS };
  for (const [k, v] of rows) {
    if (!(String(k) in DEFAULT_SYNC_SETTINGS)) continue;
    try {
      out[String(k)] = JSON.parse(String(v));
    } catch {
      throw new Error(`Setting "${k}" in the settings sheet is not valid JSON (${String(v).slice(0, 40)}). Fix or delete that row.`);
    }
  }
  return out as unknown as SyncSettings;
}
