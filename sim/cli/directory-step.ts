/**
 * Main-job step of `npm start`: directory sync as an admin does it on the cards — the setup wizard (connect,
 * departments mirroring Workspace, all users, default mapping, import), automatic sync on, then the nightly
 * run at 03:00 in the domain's time zone with 1% of users changed in Workspace the day before.
 */
import type { OfflineWorkspace } from '../workspace';
import type { SimProject } from '../project';
import { readHostResponse } from '../services/card-service';
import { propertiesState } from '../services/properties';
import { spreadsheetState } from '../services/spreadsheet';
import { changeUsers } from '../directory/generator';
import type { MainJobContext, MainJobStep } from './main-job';
import { storedTenant } from './autograph-tenant';

const HOUR = 3600_000;

function dispatch(ws: OfflineWorkspace, project: SimProject, user: string, tz: string, route: string, form: Record<string, string> = {}, params: Record<string, string> = {}) {
  const formInputs: Record<string, { stringInputs: { value: string[] } }> = {};
  for (const [k, v] of Object.entries(form)) formInputs[k] = { stringInputs: { value: [v] } };
  const r = ws.run(project, 'dispatchAction', {
    user,
    kind: 'action',
    event: { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', timeZone: { id: tz, offset: 0 }, parameters: { ...params, action: route }, formInputs } },
  });
  if (!r.ok) throw new Error(`${route}: ${r.error}`);
  return JSON.stringify(readHostResponse(r.value));
}

function runs(ws: OfflineWorkspace, spreadsheetId: string): Array<Record<string, string>> {
  const s = spreadsheetState(ws, spreadsheetId)?.sheets.find((x) => x.name === 'runs');
  if (!s) return [];
  const [header, ...data] = s.values.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  return data.filter((r) => r.some(Boolean)).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export const directoryStep: MainJobStep = {
  title: 'Set up directory sync as the super admin, import everyone, and run one night with 1% of users changed',
  run(ctx: MainJobContext): string {
    const { ws, project, tenant, superAdmin } = ctx;
    const props = () => propertiesState(ws).script[project.id] ?? {};
    const key = `t:${tenant.customerId}`;
    const parts: string[] = [];
    if (!props()[key]) {
      dispatch(ws, project, superAdmin, tenant.timeZone, 'dir.setup.connect');
      dispatch(ws, project, superAdmin, tenant.timeZone, 'dir.setup.saveDepartments', { departmentsMode: 'mirror' });
      dispatch(ws, project, superAdmin, tenant.timeZone, 'dir.setup.saveUsers', { selectionKind: 'all' });
      dispatch(ws, project, superAdmin, tenant.timeZone, 'dir.setup.saveMapping');
      dispatch(ws, project, superAdmin, tenant.timeZone, 'dir.setup.import');
      for (let i = 0; i < 24 && props()[`${key}:run`] !== undefined; i++) ws.advance(HOUR);
    }
    const rec = storedTenant(ws, project.id, tenant.customerId)!.record as { spreadsheetId: string; autoSync: boolean };
    const imported = runs(ws, rec.spreadsheetId).find((r) => r.kind === 'import');
    if (imported) parts.push(`imported ${imported.added} employees`);
    if (!rec.autoSync) dispatch(ws, project, superAdmin, tenant.timeZone, 'sync.toggleAuto', {}, { to: 'on' });
    const changed = changeUsers(ws, tenant.customerId, { fraction: 0.01, seed: ws.clock.now() });
    const before = runs(ws, rec.spreadsheetId).length;
    for (let i = 0; i < 30 && runs(ws, rec.spreadsheetId).length === before; i++) ws.advance(HOUR);
    const night = runs(ws, rec.spreadsheetId).slice(before)[0];
    if (!night) throw new Error('the nightly run did not happen within 30 virtual hours');
    ctx.log(`  nightly run ${night.startedAt}: ${night.changes}`);
    parts.push(`the nightly sync after ${changed.length} users changed in Workspace: ${night.updated} employees updated, ${night.unchanged} unchanged (${night.outcome})`);
    return parts.join('; ');
  },
};
