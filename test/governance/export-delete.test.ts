/**
 * After a disconnect: the data exported to a spreadsheet the admin owns (employees, templates, audit log), then
 * deleted on request — refused before the export, and afterwards nothing of the tenant is left in the registry
 * and its spreadsheets hold nothing but the note to trash them.
 */
import { action, scriptProps, sheetRows, shown } from '../directory/world';
import { spreadsheetState, spreadsheetsVisibleTo } from '../../sim/services/spreadsheet';
import { confirmed, governanceWorld, runUntilIdle } from './world';

describe('export, then delete', () => {
  it('refuses to delete before an export, exports employees, templates and the audit log, then leaves nothing', () => {
    const w = governanceWorld(8);
    const storeId = String(JSON.parse(JSON.stringify(scriptProps(w)))[`t:${w.tenant.customerId}`]).split(' ')[0];
    const employees = sheetRows(w, 'employees').length;
    const auditRows = sheetRows(w, 'signature_audit').length;
    // Not disconnected yet: nothing to delete.
    expect(shown(action(w, 'disconnect.delete'))).toContain('Not deleted: disconnect Autograph first');
    confirmed(w, 'disconnect.start', { choice: 'leave' });
    runUntilIdle(w);
    expect(shown(action(w, 'disconnect.delete'))).toContain('Not deleted: export the data first');
    const exported = shown(action(w, 'disconnect.export'));
    expect(exported).toContain(`${employees} employees, 1 templates, ${auditRows + 1} audit log entries`);
    expect(sheetRows(w, 'signature_audit').some((a) => a.cause === `export by ${w.admin}`)).toBe(true);
    const file = spreadsheetsVisibleTo(w.ws, w.admin).find((f) => f.name.startsWith('Autograph export'))!;
    expect(file.owner).toBe(w.admin.toLowerCase());
    expect(file.sheets.map((s) => s.name)).toEqual(['employees', 'templates', 'audit_log']);
    expect(file.sheets[0].values.length).toBe(employees + 1);
    expect(file.sheets[2].values.length).toBe(auditRows + 2);

    const deleted = confirmed(w, 'disconnect.delete', {});
    expect(deleted).toContain('registry entries removed');
    const left = Object.keys(scriptProps(w)).filter((k) => k.includes(w.tenant.customerId) || scriptProps(w)[k] === w.tenant.customerId);
    expect(left).toEqual([]);
    const store = spreadsheetState(w.ws, storeId)!;
    expect(store.name).toMatch(/\(deleted: move to trash\)$/);
    expect(store.sheets.map((s) => s.name)).toEqual(['deleted']);
    // The export stays, and the domain now reads as never set up.
    // The export stays, with who deleted what and when (the store's audit log went with the store).
    const kept = spreadsheetState(w.ws, file.id)!;
    expect(kept.sheets.map((s) => s.name)).toEqual(['employees', 'templates', 'audit_log', 'deleted']);
    expect(JSON.stringify(kept.sheets[3].values)).toContain(w.admin.toLowerCase());
    expect(shown(action(w, 'disconnect.open'))).toContain('Autograph is not set up for');
  });
});
