/**
 * An offline Workspace with Autograph installed for Acme: the publisher's service account (key in the script
 * property, delegation granted for Autograph's scopes), Acme's tenant store with its employees, and users in
 * every state the Connection card must explain.
 */
import { OfflineWorkspace, RunResult } from '../../sim/workspace';
import type { SimProject } from '../../sim/project';
import { createServiceAccount, createServiceAccountKey, grantDelegation, ServiceAccountKeyFile } from '../../sim/google/registry';
import { propertiesState } from '../../sim/services/properties';
import { readHostResponse } from '../../sim/services/card-service';
import { EMPLOYEE_COLUMNS, employeeToRow } from '../../src/core/directory/employee-row';
import { newEmployee } from '../../src/core/directory/employee';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { acme } from '../google/support';

export const CUSTOMER = 'C0acme01';
export const ADMIN = 'admin@acme.example';
export const SPREADSHEET_ID = 'acme-tenant-sheet';

export interface World {
  ws: OfflineWorkspace;
  project: SimProject;
  publisher: ServiceAccountKeyFile;
  /** Everything the add-on produced that a person or a log could see, for leak checks. */
  seen: string[];
}

/** Users: admin, ada, bob, sam (suspended), room (no mailbox), ghost (an employee the directory no longer has). */
export function world(opts: { employees?: string[]; grant?: boolean; seed?: string } = {}): World {
  // Acme's directory: admin, ada (with an alias), bob, sam (suspended), room (no mailbox).
  const ws = acme(new OfflineWorkspace({ seed: opts.seed ?? 'delegation', startAt: Date.UTC(2026, 10, 21, 9) }));
  const project = ws.loadProject('dist');
  ws.install(project, CUSTOMER, ADMIN);

  const sa = createServiceAccount(ws, 'autograph-prod', 'signatures');
  const publisher = createServiceAccountKey(ws, sa);
  if (opts.grant !== false) grantDelegation(ws, CUSTOMER, sa.clientId, [...DELEGATION_SCOPES]);

  const employees = opts.employees ?? ['admin@acme.example', 'ada@acme.example', 'bob@acme.example', 'sam@acme.example', 'room@acme.example', 'ghost@acme.example'];
  const at = ws.clock.now();
  ws.state<{ files: Record<string, unknown>; created: number }>('spreadsheets', () => ({ files: {}, created: 0 })).files[SPREADSHEET_ID] = {
    id: SPREADSHEET_ID,
    name: 'Autograph — acme.example',
    owner: ADMIN,
    editors: [],
    viewers: [],
    timeZone: 'Europe/Berlin',
    createdAt: at,
    sheets: [
      {
        sheetId: 1,
        name: 'employees',
        hidden: false,
        frozenRows: 0,
        maxRows: Math.max(1000, employees.length + 1),
        maxColumns: EMPLOYEE_COLUMNS.length,
        values: [EMPLOYEE_COLUMNS, ...employees.map((e) => employeeToRow(newEmployee(e, at)))],
        formats: [],
      },
    ],
    nextSheetId: 2,
  };
  const props = propertiesState(ws);
  props.script[project.id] = {
    ...(props.script[project.id] ?? {}),
    AUTOGRAPH_PUBLISHER_KEY: JSON.stringify(publisher),
    [`t:${CUSTOMER}`]: JSON.stringify({
      spreadsheetId: SPREADSHEET_ID,
      primaryDomain: 'acme.example',
      timeZone: 'Europe/Berlin',
      autoSync: false,
      triggerOwner: '',
      createdBy: ADMIN,
      createdAt: at,
      notice: '',
    }),
    'd:acme.example': CUSTOMER,
  };
  return { ws, project, publisher, seen: [] };
}

export function action(w: World, route: string, opts: { params?: Record<string, string>; form?: Record<string, string>; user?: string } = {}): RunResult {
  const formInputs: Record<string, { stringInputs: { value: string[] } }> = {};
  for (const [k, v] of Object.entries(opts.form ?? {})) formInputs[k] = { stringInputs: { value: [v] } };
  const r = w.ws.run(w.project, 'dispatchAction', {
    user: opts.user ?? ADMIN,
    kind: 'action',
    event: { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', parameters: { ...(opts.params ?? {}), action: route }, formInputs } },
  });
  w.seen.push(JSON.stringify(readHostResponse(r.value)), r.error ?? '');
  return r;
}

/** The JSON of what the host would show. */
export function shown(r: RunResult): string {
  return JSON.stringify(readHostResponse(r.value));
}

/** The `connection` sheet of the tenant store, as records. */
export function linkageRows(w: World): Array<Record<string, string>> {
  const files = w.ws.state<{ files: Record<string, { sheets: Array<{ name: string; values: unknown[][] }> }> }>('spreadsheets', () => ({ files: {} })).files;
  const sheet = files[SPREADSHEET_ID].sheets.find((s) => s.name === 'connection');
  if (!sheet) return [];
  const [header, ...rows] = sheet.values.map((r) => r.map((c) => (c === null ? '' : String(c))));
  return rows.filter((r) => r[0]).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function statusOf(w: World): Record<string, string> {
  return Object.fromEntries(linkageRows(w).map((r) => [r.email, r.cause === 'none' ? r.status : `${r.status}/${r.cause}`]));
}
