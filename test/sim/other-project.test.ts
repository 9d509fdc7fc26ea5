/**
 * Another Apps Script tool beside Autograph: examples/directory-report (a plain `.gs` project, not an add-on) runs in
 * the same offline Workspace as the built bundle, against the same company, with its own script properties.
 */
import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany } from '../../sim/directory/generator';
import { propertiesState } from '../../sim/services/properties';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { action } from '../directory/world';

function world() {
  const ws = new OfflineWorkspace({ seed: 'other-project', startAt: Date.UTC(2026, 10, 20, 10) });
  const tenant = createSampleCompany(ws, { seed: 5, users: 450 });
  const autograph = ws.loadProject('dist');
  const report = ws.loadProject('examples/directory-report');
  const admin = ws.directory.usersOf(tenant.customerId).find((u) => u.isAdmin && !u.suspended)!.primaryEmail;
  ws.install(autograph, tenant.customerId, admin);
  return { ws, tenant, autograph, report, admin };
}

describe('another Apps Script project in the same offline Workspace', () => {
  it('lists the same company page by page and writes its report spreadsheet', () => {
    const { ws, tenant, report, admin } = world();
    const r = ws.run(report, 'writeDirectoryReport', { user: admin });
    expect(r.error).toBeUndefined();
    const everyone = ws.directory.usersOf(tenant.customerId).filter((u) => !u.deleted);
    const summary = r.value as { spreadsheetId: string; users: number; admins: number; suspended: number };
    expect(summary.users).toBe(everyone.length);
    expect(summary.suspended).toBe(everyone.filter((u) => u.suspended).length);
    // 450 users at 200 a page: three Users.list calls.
    expect(r.execution.counters.get('service.calls.directory.users.list')).toBe(3);
    const sheet = spreadsheetState(ws, summary.spreadsheetId)!.sheets[0];
    expect(sheet.name).toBe('Users');
    expect(sheet.values[0][0]).toBe('Primary email');
    expect(sheet.values.slice(1).map((row) => row[0]).sort()).toEqual(everyone.map((u) => u.primaryEmail).sort());
    expect(ws.logs.some((l) => l.execution === r.execution.id && l.text.startsWith(`Directory report: ${everyone.length} users`))).toBe(true);
  });

  it('keeps its script properties apart from Autograph\'s', () => {
    const { ws, autograph, report, admin, tenant } = world();
    // Autograph's setup wizard stores the tenant record in Autograph's script store.
    expect(action({ ws, project: autograph, tenant, admin }, 'dir.setup.connect').ok).toBe(true);
    expect(ws.run(report, 'writeDirectoryReport', { user: admin }).ok).toBe(true);
    const stores = propertiesState(ws).script;
    expect(Object.keys(stores[report.id]).sort()).toEqual(['lastReportId', 'lastReportUsers']);
    expect(stores[autograph.id][`t:${tenant.customerId}`]).toBeDefined();
    expect(Object.keys(stores[autograph.id])).not.toContain('lastReportId');
    expect(report.isAddOn).toBe(false);
  });

  it('is refused to a user who is not an admin, as the Directory API refuses them', () => {
    const { ws, tenant, report } = world();
    const plain = ws.directory.usersOf(tenant.customerId).find((u) => !u.isAdmin && !u.isDelegatedAdmin && !u.suspended)!;
    const r = ws.run(report, 'writeDirectoryReport', { user: plain.primaryEmail });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^API call to directory\.users\.list failed with error: /);
  });
});
