/**
 * Versions, rollback, staged rollout and the dry run through the built bundle in the offline Workspace: the cards
 * an admin clicks, the versions sheet they leave, the audit log, and what reaches each employee's Gmail.
 */
import { action, sheetRows, shown } from '../directory/world';
import { storedTenant } from '../support/tenant-registry';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { CLASSIC, confirmed, countWrites, dryRunCount, runToEnd, signatureOf, versionRows, versionsWorld, type VersionsWorld } from './versions-world';

const CHANGED = CLASSIC.replace('{{fullName}}</b>', '{{fullName}} · Autograph</b>');

describe('versions, rollback and the dry run in the offline Workspace', () => {
  let w: VersionsWorld;
  let firstSignatures: Map<string, string>;

  beforeAll(() => {
    w = versionsWorld(40, 31);
    firstSignatures = new Map(w.employees.map((e) => [e, signatureOf(w, e)]));
  }, 120_000);

  it('keeps every save as a version with author and time, and shows what changed line by line', () => {
    expect(shown(action(w, 'templates.save', { params: { id: w.templateId }, form: { name: 'Classic', html: CHANGED, aliasPolicy: 'primary' } }))).toMatch(/Template saved/);
    const rows = versionRows(w, w.templateId);
    expect(rows.map((r) => [r.number, r.by, r.note])).toEqual([
      ['1', w.admin, 'saved'],
      ['2', w.admin, 'saved'],
    ]);
    expect(versionRows(w, 'assignments').map((r) => r.note)).toEqual(['assigned whole company']);
    const card = shown(action(w, 'versions.view', { params: { versionId: rows[1].id } }));
    expect(card).toMatch(/What changed from version 1/);
    expect(card).toContain('+ ');
    expect(card).toContain('Autograph');
  });

  it('dry-runs Apply now to everyone with the count the Apply then writes, and writes nothing itself', () => {
    const writes = countWrites(w);
    const card = shown(action(w, 'signatures.dryRun', { params: { scope: 'everyone' } }));
    expect(writes.size).toBe(0);
    const wouldWrite = dryRunCount(card);
    expect(wouldWrite).toBe(w.employees.length);
    expect(card).toMatch(/Before and after, 3 employee/);
    action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    runToEnd(w);
    expect([...writes.values()].reduce((a, b) => a + b, 0)).toBe(wouldWrite);
    expect([...writes.values()].every((n) => n === 1)).toBe(true);
    expect(w.employees.every((e) => signatureOf(w, e).includes('Autograph'))).toBe(true);
  });

  it('restores version 1 as version 3, logs who did it, and the next run puts every signature back once', () => {
    const asked = shown(action(w, 'versions.restore', { params: { versionId: versionRows(w, w.templateId)[0].id } }));
    expect(asked).toMatch(/Restore version 1 of template/);
    // The confirmation card changed nothing.
    expect(versionRows(w, w.templateId)).toHaveLength(2);
    const done = confirmed(w, 'versions.restore', { versionId: versionRows(w, w.templateId)[0].id });
    expect(done).toMatch(/Template \\"Classic\\" restored to version 1 \(saved as version 3\)/);
    expect(versionRows(w, w.templateId).map((r) => r.note)).toEqual(['saved', 'saved', 'restored version 1']);
    const audit = sheetRows(w, 'signature_audit').filter((a) => a.address === '');
    expect(audit[audit.length - 1]).toMatchObject({ cause: `by ${w.admin}`, why: 'template "Classic" restored to version 1 (saved as version 3)', before: CHANGED, after: CLASSIC });

    const writes = countWrites(w);
    const wouldWrite = dryRunCount(shown(action(w, 'signatures.dryRun', { params: { scope: 'nightly' } })));
    w.ws.advance(24 * 3600_000);
    runToEnd(w);
    expect(wouldWrite).toBe(w.employees.length);
    expect([...writes.values()].reduce((a, b) => a + b, 0)).toBe(wouldWrite);
    expect(w.employees.filter((e) => writes.get(e) !== 1)).toEqual([]);
    expect(w.employees.filter((e) => signatureOf(w, e) !== firstSignatures.get(e))).toEqual([]);
  });

  it('brings a deleted campaign back from its versions, with the change from the version before shown field by field', () => {
    const now = w.ws.clock.now();
    const form = { name: 'Winter sale', imageUrl: 'https://cdn.example.com/winter.png', link: 'https://example.com/winter', alt: 'Winter sale', start: now + 3600_000, end: now + 48 * 3600_000, timeZone: 'UTC', targetKind: 'company' };
    expect(shown(action(w, 'campaigns.save', { form }))).toMatch(/Campaign \\"Winter sale\\" saved/);
    const id = JSON.parse(sheetRows(w, 'signature_campaigns')[0].json).id as string;
    expect(shown(action(w, 'campaigns.save', { params: { id }, form: { ...form, alt: 'Winter sale: 20% off' } }))).toMatch(/saved/);
    expect(confirmed(w, 'campaigns.delete', { id })).toMatch(/deleted/);
    expect(sheetRows(w, 'signature_campaigns')).toEqual([]);
    const rows = versionRows(w, id);
    expect(rows.map((r) => r.note)).toEqual(['saved', 'saved', 'deleted']);
    expect(shown(action(w, 'versions.list'))).toContain('"text":"campaign \\"Winter sale\\" (deleted)"');
    const second = shown(action(w, 'versions.view', { params: { versionId: rows[1].id } }));
    expect(second).toContain('"topLabel":"Alt text","text":"Winter sale → Winter sale: 20% off"');
    expect(confirmed(w, 'versions.restore', { versionId: rows[1].id })).toMatch(/restored to version 2 \(saved as version 4\)/);
    const back = JSON.parse(sheetRows(w, 'signature_campaigns')[0].json);
    expect(back).toMatchObject({ id, name: 'Winter sale', banner: { alt: 'Winter sale: 20% off' }, updatedBy: w.admin });
  });

  it('appends in the order of columns an editor moved, and refuses a save when a column is gone rather than save it without its version', () => {
    const ssId = String(storedTenant(w.ws, w.project.id, w.tenant.customerId)!.record.spreadsheetId);
    const sheet = spreadsheetState(w.ws, ssId)!.sheets.find((s) => s.name === 'versions')!;
    // Swap the "by" and "json" columns, cells and header alike.
    const [by, json] = [sheet.values[0].indexOf('by'), sheet.values[0].indexOf('json')];
    for (const r of sheet.values) [r[by], r[json]] = [r[json], r[by]];
    const kept = versionRows(w, w.templateId).length;
    action(w, 'templates.save', { params: { id: w.templateId }, form: { name: 'Classic', html: CLASSIC, aliasPolicy: 'primary' } });
    expect(versionRows(w, w.templateId).map((r) => r.by)).toEqual(Array(kept + 1).fill(w.admin));
    expect(shown(action(w, 'versions.list'))).not.toMatch(/skipped/);

    sheet.values[0][sheet.values[0].indexOf('note')] = 'remarks';
    const refused = action(w, 'templates.save', { params: { id: w.templateId }, form: { name: 'Classic', html: CHANGED, aliasPolicy: 'primary' } });
    expect(refused.ok ? '' : refused.error).toMatch(/Not saved: the "versions" sheet of the store has no column note/);
    expect(JSON.parse(sheetRows(w, 'signature_templates')[0].json).html).toBe(CLASSIC);
    sheet.values[0][sheet.values[0].indexOf('remarks')] = 'note';
  });

  it('refuses a forged version id, a restore without its confirmation, and a version of another kind', () => {
    const kept = versionRows(w, w.templateId).length;
    expect(shown(action(w, 'versions.restore', { params: { versionId: 'template:tpl-forged:1' } }))).toMatch(/not among your versions/);
    expect(shown(action(w, 'versions.restore', { params: { versionId: versionRows(w, w.templateId)[0].id, confirm: '00000000-0000-4000-8000-000000000000' } }))).toMatch(/Not done: this confirmation was not issued to you/);
    expect(shown(action(w, 'rollout.form', { params: { versionId: versionRows(w, 'assignments')[0].id } }))).toMatch(/not a version of one of your templates/);
    expect(versionRows(w, w.templateId)).toHaveLength(kept);
  });

  it('skips and reports a versions row edited into something else, and lists the rest', () => {
    action(w, 'templates.save', { params: { id: w.templateId }, form: { name: 'Classic', html: CLASSIC, aliasPolicy: 'primary' } });
    const kept = versionRows(w, w.templateId).length;
    // An editor of the store spreadsheet breaks one row's JSON.
    const ssId = String(storedTenant(w.ws, w.project.id, w.tenant.customerId)!.record.spreadsheetId);
    const sheet = spreadsheetState(w.ws, ssId)!.sheets.find((s) => s.name === 'versions')!;
    const json = sheet.values[0].indexOf('json');
    const saved = sheet.values[1][json];
    sheet.values[1][json] = '{"id":"x","html":{"toString":"alert(1)"}}';
    const card = shown(action(w, 'versions.list'));
    expect(card).toMatch(/1 row\(s\) of the versions sheet skipped/);
    expect(card).toMatch(/"topLabel":"Row 2","text":"json.aliasPolicy is not primary or all"/);
    expect(card).toContain(`"text":"Classic","bottomLabel":"${kept - 1} version(s); last`);
    sheet.values[1][json] = saved;
  });
});

describe('staged rollout in the offline Workspace', () => {
  let w: VersionsWorld;
  beforeAll(() => {
    w = versionsWorld(40, 37);
  }, 120_000);

  it('tests a version on listed employees first, then publishes it to everyone; each mailbox is written once', () => {
    const [a, b] = w.employees;
    const pushed = shown(action(w, 'templates.saveForTest', { params: { id: w.templateId }, form: { name: 'Classic', html: CHANGED, aliasPolicy: 'primary' } }));
    expect(pushed).toMatch(/Test version 2 of \\"Classic\\" first/);
    // The published template did not change.
    expect(JSON.parse(sheetRows(w, 'signature_templates')[0].json).html).toBe(CLASSIC);
    const version = versionRows(w, w.templateId)[1];
    expect(version.note).toBe('saved for a test (not published)');

    const refused = shown(action(w, 'rollout.start', { params: { versionId: version.id }, form: { audienceKind: 'employees', testUsers: `${a}, someone@elsewhere.example` } }));
    expect(refused).toMatch(/Employees: someone@elsewhere.example is not an employee/);
    expect(JSON.parse(sheetRows(w, 'signature_templates')[0].json).staged ?? null).toBeNull();

    const started = shown(action(w, 'rollout.start', { params: { versionId: version.id }, form: { audienceKind: 'employees', testUsers: `${a.toUpperCase()}, ${b}` } }));
    expect(started).toMatch(/on test for .*: 2 employee\(s\) get it at the next run/);
    const writes = countWrites(w);
    w.ws.advance(24 * 3600_000);
    runToEnd(w);
    expect([...writes.keys()].sort()).toEqual([a, b].sort());
    expect(signatureOf(w, a)).toContain('Autograph');
    expect(w.employees.slice(2).every((e) => !signatureOf(w, e).includes('Autograph'))).toBe(true);

    const done = confirmed(w, 'rollout.publish', { id: w.templateId });
    expect(done).toMatch(/published to everyone/);
    expect(versionRows(w, w.templateId).map((r) => r.note).pop()).toMatch(/^published version 2 to everyone \(tested on /);
    w.ws.advance(24 * 3600_000);
    runToEnd(w);
    expect(w.employees.filter((e) => writes.get(e) !== 1)).toEqual([]);
    expect(w.employees.every((e) => signatureOf(w, e).includes('Autograph'))).toBe(true);
  });

  it('tests on a group of the Directory (nested groups included) and on an org unit, refusing ones that are not the domain\'s', () => {
    const save = shown(action(w, 'templates.saveForTest', { params: { id: w.templateId }, form: { name: 'Classic', html: CLASSIC, aliasPolicy: 'primary' } }));
    expect(save).toMatch(/Test version/);
    const version = versionRows(w, w.templateId).pop()!;
    const group = w.tenant.groups.find((g) => g.email.startsWith('leadership'))!;
    expect(shown(action(w, 'rollout.start', { params: { versionId: version.id }, form: { audienceKind: 'group', group: 'admins@another.example' } }))).toMatch(/Group: \\"admins@another.example\\" is not a group of your domain/);
    expect(shown(action(w, 'rollout.start', { params: { versionId: version.id }, form: { audienceKind: 'group', group: group.email } }))).toMatch(/get it at the next run/);
    const staged = JSON.parse(sheetRows(w, 'signature_templates')[0].json).staged;
    expect(staged.audience.kind).toBe('group');
    expect(staged.audience.memberIds.length).toBeGreaterThan(group.members.filter((m) => m.type === 'USER').length);
    expect(shown(action(w, 'rollout.start', { params: { versionId: version.id }, form: { audienceKind: 'org_unit', orgUnit: '/Nowhere' } }))).toMatch(/Org unit: \\"\/Nowhere\\" is not an org unit of your employees/);
    const ou = sheetRows(w, 'employees').map((e) => e.orgUnitPath).find((p) => p && p !== '/')!;
    expect(shown(action(w, 'rollout.start', { params: { versionId: version.id }, form: { audienceKind: 'org_unit', orgUnit: ou } }))).toMatch(/on test for org unit/);
    expect(shown(action(w, 'rollout.stop', { params: { id: w.templateId } }))).toMatch(/stopped/);
    expect(JSON.parse(sheetRows(w, 'signature_templates')[0].json).staged).toBeNull();
  });
});
