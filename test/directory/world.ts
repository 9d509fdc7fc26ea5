/**
 * An offline Workspace with a sample company and Autograph installed, plus helpers to click through the
 * directory-sync cards as an admin and to read the tenant spreadsheet the way an admin would.
 */
import { OfflineWorkspace, RunResult } from '../../sim/workspace';
import type { SimProject } from '../../sim/project';
import type { Tenant } from '../../sim/directory/model';
import { createSampleCompany } from '../../sim/directory/generator';
import { readHostResponse } from '../../sim/services/card-service';
import { propertiesState } from '../../sim/services/properties';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { scriptAppState } from '../../sim/services/trigger-state';
import { storedTenant } from '../support/tenant-registry';
import { createServiceAccount, createServiceAccountKey, grantDelegation, type ServiceAccount } from '../../sim/google/registry';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';

export interface DirWorld {
  ws: OfflineWorkspace;
  project: SimProject;
  tenant: Tenant;
  admin: string;
}

export function directoryWorld(opts: { users?: number; seed?: number | string; ws?: OfflineWorkspace; project?: SimProject } = {}): DirWorld {
  const ws = opts.ws ?? new OfflineWorkspace({ seed: 'directory', startAt: Date.UTC(2026, 10, 20, 10) });
  const tenant = createSampleCompany(ws, { seed: opts.seed ?? 7, users: opts.users ?? 60 });
  const project = opts.project ?? ws.loadProject('dist');
  const admin = ws.directory.usersOf(tenant.customerId).find((u) => u.isAdmin && !u.suspended)!.primaryEmail;
  ws.install(project, tenant.customerId, admin);
  return { ws, project, tenant, admin };
}

export function action(
  w: DirWorld,
  route: string,
  opts: { params?: Record<string, string>; form?: Record<string, string | string[] | number>; user?: string; cutOff?: { afterServiceCalls: number } } = {},
): RunResult {
  // A number is a date-time picker's value, as Gmail sends it (dateTimeInput, ms since the epoch).
  const formInputs: Record<string, { stringInputs: { value: string[] } } | { dateTimeInput: { msSinceEpoch: number; hasDate: boolean; hasTime: boolean } }> = {};
  for (const [k, v] of Object.entries(opts.form ?? {})) {
    formInputs[k] = typeof v === 'number' ? { dateTimeInput: { msSinceEpoch: v, hasDate: true, hasTime: true } } : { stringInputs: { value: Array.isArray(v) ? v : [v] } };
  }
  return w.ws.run(w.project, 'dispatchAction', {
    user: opts.user ?? w.admin,
    kind: 'action',
    event: {
      commonEventObject: {
        hostApp: 'GMAIL',
        platform: 'WEB',
        timeZone: { id: w.tenant.timeZone, offset: 0 },
        parameters: { ...(opts.params ?? {}), action: route },
        formInputs,
      },
    },
    cutOff: opts.cutOff,
  });
}

/** The JSON of what the host would show. */
export function shown(r: RunResult): string {
  if (!r.ok) throw new Error(`action failed: ${r.error}`);
  return JSON.stringify(readHostResponse(r.value));
}

/** Clicks through the setup wizard: connect, departments, users, mapping (defaults), import. */
export function setUp(w: DirWorld, o: { mode?: 'standard' | 'mirror'; selection?: Record<string, string | string[]> } = {}): RunResult {
  for (const [route, form] of [
    ['dir.setup.connect', {}],
    ['dir.setup.saveDepartments', { departmentsMode: o.mode ?? 'mirror' }],
    ['dir.setup.saveUsers', o.selection ?? { selectionKind: 'all' }],
    ['dir.setup.saveMapping', {}],
  ] as Array<[string, Record<string, string | string[]>]>) {
    const r = action(w, route, { form });
    if (!r.ok) throw new Error(`${route}: ${r.error}`);
  }
  return action(w, 'dir.setup.import');
}

export function scriptProps(w: DirWorld): Record<string, string> {
  return propertiesState(w.ws).script[w.project.id] ?? {};
}

/** The tenant's record as the add-on reads it (registry entry + the store's settings): test/support/tenant-registry.ts. */
export function tenantRecord(w: DirWorld): Record<string, unknown> | null {
  return storedTenant(w.ws, w.project.id, w.tenant.customerId)?.record ?? null;
}

/** A sheet of the tenant's spreadsheet as records (header row → keys). */
export function sheetRows(w: DirWorld, sheet: string): Array<Record<string, string>> {
  const rec = tenantRecord(w);
  if (!rec) return [];
  const ss = spreadsheetState(w.ws, String(rec.spreadsheetId));
  const s = ss?.sheets.find((x) => x.name === sheet);
  if (!s) return [];
  const [header, ...rows] = s.values.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  return rows.filter((r) => r.some(Boolean)).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function triggersOf(w: DirWorld, owner?: string) {
  return Object.values(scriptAppState(w.ws).triggers).filter((t) => !owner || t.owner === owner.toLowerCase());
}

/** Active users of the tenant that an "all users" import brings in. */
export function importableUsers(w: DirWorld) {
  return w.ws.directory.usersOf(w.tenant.customerId).filter((u) => !u.deleted && !u.suspended && !u.archived);
}

/**
 * The publisher's service account, its key stored as the project's script property (what a publisher does once),
 * and — unless `grant` is false — the tenant's domain-wide delegation of Autograph's scopes to it.
 */
export function connectPublisher(w: DirWorld, opts: { grant?: boolean; name?: string } = {}): ServiceAccount {
  const sa = createServiceAccount(w.ws, 'autograph-prod', opts.name ?? 'signatures');
  if (opts.grant !== false) grantDelegation(w.ws, w.tenant.customerId, sa.clientId, [...DELEGATION_SCOPES]);
  scriptProps(w).AUTOGRAPH_PUBLISHER_KEY = JSON.stringify(createServiceAccountKey(w.ws, sa));
  return sa;
}
