/**
 * Main-job step of `npm start`: every sample employee's signature written into their emulated Gmail. It does what
 * an admin does on the cards — designs templates from the starters (Classic for the company, With banner for one
 * department plus a live campaign), then Apply now for everyone — and lets the run finish in the background
 * (continuation triggers, virtual hours). Missing prerequisites an earlier step would normally provide (the
 * directory import, the publisher's service account) are set up here the same way, so the step stands alone.
 */
import type { OfflineWorkspace, RunResult } from '../workspace';
import type { SimProject } from '../project';
import { readHostResponse } from '../services/card-service';
import { propertiesState } from '../services/properties';
import { spreadsheetState } from '../services/spreadsheet';
import { delegateToPublisher, ensurePublisherAccount } from '../server/publisher-account';
import { demoCounts } from './demo-counts';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import type { MainJobContext, MainJobStep } from './main-job';
import '../server/signature-gallery';
import { storedTenant } from './autograph-tenant';

const HOUR = 3600_000;

/** A card action as Gmail sends it; a number in `form` is a date-time picker's value (dateTimeInput). */
function dispatch(ws: OfflineWorkspace, project: SimProject, user: string, route: string, params: Record<string, string> = {}, form: Record<string, string | number> = {}): RunResult {
  const formInputs: Record<string, { stringInputs: { value: string[] } } | { dateTimeInput: { msSinceEpoch: number; hasDate: boolean; hasTime: boolean } }> = {};
  for (const [k, v] of Object.entries(form)) {
    formInputs[k] = typeof v === 'number' ? { dateTimeInput: { msSinceEpoch: v, hasDate: true, hasTime: true } } : { stringInputs: { value: [v] } };
  }
  const r = ws.run(project, 'dispatchAction', {
    user,
    kind: 'action',
    event: { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', parameters: { ...params, action: route }, formInputs } },
  });
  if (!r.ok) throw new Error(`${route}: ${r.error}`);
  // A refused form answers with a toast, not an error: the demo must not go on without what it asked for.
  const toast = (readHostResponse(r.value) as { response?: { notification?: string } })?.response?.notification ?? '';
  if (toast.startsWith('Not saved')) throw new Error(`${route}: ${toast}`);
  return r;
}

function rows(ws: OfflineWorkspace, spreadsheetId: string, sheet: string): Array<Record<string, string>> {
  const s = spreadsheetState(ws, spreadsheetId)?.sheets.find((x) => x.name === sheet);
  if (!s) return [];
  const [header, ...data] = s.values.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  return data.filter((r) => r.some(Boolean)).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export const signatureStep: MainJobStep = {
  title: "Write every sample employee's signature into their Gmail",
  run(ctx: MainJobContext): string {
    const { ws, project, tenant, superAdmin } = ctx;
    // Re-read each time: the store object is replaced when the script writes its properties.
    const props = () => (propertiesState(ws).script[project.id] ??= {});
    const tenantKey = `t:${tenant.customerId}`;
    const runActive = () => props()[`${tenantKey}:run`] !== undefined;
    if (!props()[tenantKey]) {
      for (const [route, form] of [
        ['dir.setup.connect', {}],
        ['dir.setup.saveDepartments', { departmentsMode: 'mirror' }],
        ['dir.setup.saveUsers', { selectionKind: 'all' }],
        ['dir.setup.saveMapping', {}],
        ['dir.setup.import', {}],
      ] as Array<[string, Record<string, string>]>) {
        dispatch(ws, project, superAdmin, route, {}, form);
      }
      for (let i = 0; i < 24 && runActive(); i++) ws.advance(HOUR);
    }
    const rec = storedTenant(ws, project.id, tenant.customerId)?.record as { spreadsheetId: string } | undefined;
    if (!rec) throw new Error('the directory setup did not create the tenant store');
    if (ensurePublisherAccount(ws, project).created) ctx.log("  the publisher's service account created");
    if (delegateToPublisher(ws, project, tenant.customerId)) ctx.log('  the sample company authorised it (domain-wide delegation)');
    const employees = rows(ws, rec.spreadsheetId, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false');
    if (rows(ws, rec.spreadsheetId, 'signature_templates').length === 0) {
      const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
      const banner = STARTER_TEMPLATES.find((s) => s.key === 'banner')!;
      dispatch(ws, project, superAdmin, 'templates.save', {}, { name: classic.name, html: classic.html, aliasPolicy: classic.aliasPolicy });
      dispatch(ws, project, superAdmin, 'templates.save', {}, { name: banner.name, html: banner.html, aliasPolicy: banner.aliasPolicy });
      const templates = rows(ws, rec.spreadsheetId, 'signature_templates');
      const id = (name: string) => templates.find((t) => t.summary === name)?.id ?? '';
      dispatch(ws, project, superAdmin, 'assignments.add', {}, { targetKind: 'company', templateId: id(classic.name) });
      const department = employees.find((e) => e.department)?.department;
      if (department) {
        dispatch(ws, project, superAdmin, 'assignments.add', {}, { targetKind: 'department', targetDepartment: department, templateId: id(banner.name) });
        const day = 24 * HOUR;
        dispatch(ws, project, superAdmin, 'campaigns.save', {}, {
          name: 'Winter webinar',
          imageUrl: 'https://autograph.example/banners/winter-webinar.png',
          link: 'https://autograph.example/webinar',
          alt: 'Join our winter webinar',
          start: Math.floor((ws.clock.now() - day) / 60_000) * 60_000,
          end: Math.floor((ws.clock.now() + 30 * day) / 60_000) * 60_000,
          timeZone: tenant.timeZone,
          targetKind: 'department',
          targetDepartment: department,
        });
      }
    }
    const r = dispatch(ws, project, superAdmin, 'signatures.applyNow', { scope: 'everyone' });
    const note = (readHostResponse(r.value) as { response?: { notification?: string } })?.response?.notification ?? '';
    for (let i = 0; i < 24 && runActive(); i++) ws.advance(HOUR);
    // The same count the summary prints (sim/cli/demo-counts.ts): addresses whose Gmail signature was read back.
    const written = demoCounts(ws, project, tenant.customerId).okAndInGmail;
    if (written === 0) throw new Error(`no signature was written (${note})`);
    return `${written} signatures written and read back from Gmail; everyone's at /signatures`;
  },
};
