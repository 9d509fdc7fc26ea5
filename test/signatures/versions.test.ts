/**
 * Versions, staged rollout and the dry run, on the core with in-memory stores: readable diffs, rows of the
 * versions sheet decoded as untrusted (a malformed row skipped with its reason), restoring as a new version with
 * an audit entry naming who, a staged version reaching only its test group, and a dry run that plans exactly the
 * writes the Apply then makes.
 */
import { lineDiff, diffHunks, setDiff } from '../../src/core/signatures/diff';
import { recordVersion, versionDiff, VERSION_COLUMNS, versionToRow, type Version } from '../../src/core/signatures/versions';
import { restoreVersion } from '../../src/core/signatures/restore';
import { versionFor, inOrgUnit } from '../../src/core/signatures/staged';
import { dryRunSignatures } from '../../src/core/signatures/dry-run';
import { planSignatureWrites, signatureRenderer, type PlanInput } from '../../src/core/signatures/plan';
import { runSignatureSlice } from '../../src/core/signatures/run';
import { MemorySignatureStore } from '../../src/adapters/signature-store';
import { decodeVersionRows, MemoryVersionStore } from '../../src/adapters/version-store';
import type { Employee } from '../../src/core/directory/employee';
import { companyWide, employee, FakeGmail, template, T0 } from './fixtures';

const V1 = '<table>\n<tr><td><b>{{fullName}}</b></td></tr>\n<tr><td>{{title}}</td></tr>\n</table>';
const V2 = '<table>\n<tr><td><b>{{fullName}}</b></td></tr>\n<tr><td>{{title}} · {{department}}</td></tr>\n</table>';

function team(n: number, extra: (i: number) => Partial<Employee> = () => ({})): Employee[] {
  return Array.from({ length: n }, (_, i) => employee(`user${String(i).padStart(3, '0')}@acme.test`, { fullName: `User ${i}`, orgUnitPath: i % 4 === 0 ? '/Pilot/Berlin' : '/Staff', ...extra(i) }));
}

describe('readable differences', () => {
  it('shows the one changed line of a template, with the unchanged lines around it', () => {
    const d = lineDiff(V1, V2);
    expect(d.filter((x) => x.op !== 'same')).toEqual([
      { op: 'removed', text: '<tr><td>{{title}}</td></tr>' },
      { op: 'added', text: '<tr><td>{{title}} · {{department}}</td></tr>' },
    ]);
    const hunks = diffHunks(d, 0);
    expect(hunks[0]).toEqual({ op: 'gap', skipped: 2 });
    expect(hunks[hunks.length - 1]).toEqual({ op: 'gap', skipped: 1 });
  });

  it('diffs a template written on one long line tag by tag', () => {
    const one = `<div>${'<span>x</span>'.repeat(20)}<b>{{fullName}}</b></div>`;
    const d = lineDiff(one, one.replace('<b>{{fullName}}</b>', '<i>{{fullName}}</i>'));
    expect(d.filter((x) => x.op === 'removed').map((x) => x.text)).toEqual(['<b>{{fullName}}</b>']);
    expect(d.filter((x) => x.op === 'added').map((x) => x.text)).toEqual(['<i>{{fullName}}</i>']);
  });

  it('lists assignments added, removed and moved to another template, by whom they are for', () => {
    const a = [companyWide('t1', 'a1'), { ...companyWide('t2', 'a2'), target: { kind: 'department' as const, department: 'Sales' } }];
    const b = [companyWide('t3', 'a1'), { ...companyWide('t1', 'a3'), target: { kind: 'employee' as const, email: 'ada@acme.test' } }];
    expect(setDiff(a, b, (x) => JSON.stringify(x.target), (x) => x.templateId).map((c) => [c.before, c.after])).toEqual([
      ['t1', 't3'],
      ['t2', ''],
      ['', 't1'],
    ]);
    const named = versionDiff({ kind: 'assignments', assignments: a }, { kind: 'assignments', assignments: b }, (id) => `Tpl ${id}`);
    expect(named.fields.map((f) => f.field)).toEqual(['whole company', 'department Sales', 'employee ada@acme.test']);
  });
});

describe('the versions sheet, read as untrusted', () => {
  const good: Version = { id: 'template:t1:1', thingId: 't1', number: 1, at: T0, by: 'admin@acme.test', note: 'saved', content: { kind: 'template', template: template('t1', V1) } };

  it('skips and reports every row that is not a version, and reads the rest', () => {
    const row = versionToRow(good);
    const json = (x: unknown) => [...row.slice(0, 7), JSON.stringify(x)];
    const rows = [
      row,
      [...row.slice(0, 7), '{not json'],
      json({ ...template('t1', V1), html: ['<script>'] }),
      json({ ...template('t1', V1), aliasPolicy: 'everyone' }),
      json(template('t9', V1)),
      ['x', 'macro', 't1', 2, T0, 'a', 'n', '{}'],
      [...row.slice(0, 3), 'two', ...row.slice(4)],
      row,
      ['c:1', 'campaign', 'c1', 1, T0, 'a', 'n', JSON.stringify({ id: 'c1', name: 'X', banner: { imageUrl: 1 } })],
    ];
    const { versions, skipped } = decodeVersionRows([...VERSION_COLUMNS], rows);
    expect(versions).toEqual([good]);
    expect(skipped).toEqual([
      { row: 3, reason: 'json is not JSON' },
      { row: 4, reason: 'json.html is not text' },
      { row: 5, reason: 'json.aliasPolicy is not primary or all' },
      { row: 6, reason: 'json is the record of t9, not of t1' },
      { row: 7, reason: 'kind "macro" is not template, campaign or assignments' },
      { row: 8, reason: 'number "two" is not a version number (1, 2, 3…)' },
      { row: 9, reason: 'a second row for version 1 of t1' },
      { row: 10, reason: 'json.banner.imageUrl is not text' },
    ]);
  });

  it('keeps what a thing held before its first kept save as version 1, so the first change can be undone', () => {
    const store = new MemoryVersionStore();
    const before = template('t1', V1, { updatedBy: 'first@acme.test', updatedAt: T0 - 1000 });
    const v = recordVersion(store, { thingId: 't1', before: { kind: 'template', template: before }, after: { kind: 'template', template: template('t1', V2) }, by: 'b@acme.test', at: T0, note: 'saved' });
    const all = store.versions().versions;
    expect(all.map((x) => [x.number, x.by, x.note])).toEqual([
      [1, 'first@acme.test', 'as it was before versions were kept'],
      [2, 'b@acme.test', 'saved'],
    ]);
    expect(v.number).toBe(2);
  });
});

describe('restoring a version', () => {
  it('puts the old content back as a new version, keeps a running test, and says who in the audit log', () => {
    const sigs = new MemorySignatureStore();
    const versions = new MemoryVersionStore();
    sigs.saveTemplate(template('t1', V1));
    const save = (html: string, by: string, at: number) => {
      const before = { kind: 'template' as const, template: sigs.templates()[0] };
      sigs.saveTemplate({ ...sigs.templates()[0], html, updatedAt: at, updatedBy: by });
      return recordVersion(versions, { thingId: 't1', before, after: { kind: 'template', template: sigs.templates()[0] }, by, at, note: 'saved' });
    };
    save(V2, 'b@acme.test', T0 + 1);
    const staged = { versionId: 'x', number: 9, html: '<b>test</b>', audience: { kind: 'org_unit' as const, orgUnitPath: '/Pilot' }, by: 'b@acme.test', at: T0 };
    sigs.saveTemplate({ ...sigs.templates()[0], staged });
    const v1 = versions.versions().versions.find((v) => v.number === 1)!;
    const out = restoreVersion(sigs, versions, v1, 'c@acme.test', T0 + 2);
    expect(out).toMatchObject({ ok: true, what: 'template "t1" restored to version 1 (saved as version 3)' });
    expect(sigs.templates()[0]).toMatchObject({ html: V1, updatedBy: 'c@acme.test', staged });
    expect(versions.versions().versions.map((v) => [v.number, v.note])).toEqual([[1, 'as it was before versions were kept'], [2, 'saved'], [3, 'restored version 1']]);
    expect(sigs.audit({ limit: 1 })[0]).toMatchObject({ address: '', cause: 'by c@acme.test', why: 'template "t1" restored to version 1 (saved as version 3)', before: V2, after: V1 });
  });

  it('restores the whole assignment set: rules added since are removed, removed ones come back with their own times', () => {
    const sigs = new MemorySignatureStore();
    const versions = new MemoryVersionStore();
    const dept = { ...companyWide('t2', 'a2'), target: { kind: 'department' as const, department: 'Sales' }, updatedAt: T0 - 5 };
    sigs.saveAssignment(companyWide('t1', 'a1'));
    sigs.saveAssignment(dept);
    const v1 = recordVersion(versions, { thingId: 'assignments', before: null, after: { kind: 'assignments', assignments: sigs.assignments() }, by: 'a@acme.test', at: T0, note: 'saved' });
    sigs.deleteAssignment('a2');
    sigs.saveAssignment({ ...companyWide('t3', 'a3'), target: { kind: 'employee', email: 'x@acme.test' } });
    expect(restoreVersion(sigs, versions, v1, 'c@acme.test', T0 + 9).ok).toBe(true);
    expect(sigs.assignments().sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([companyWide('t1', 'a1'), dept]);
  });

  it('refuses to restore a deleted template while it is assigned, and changes nothing', () => {
    const sigs = new MemorySignatureStore();
    const versions = new MemoryVersionStore();
    sigs.saveTemplate(template('t1', V1));
    sigs.saveAssignment(companyWide('t1'));
    const gone: Version = { id: 'template:t1:1', thingId: 't1', number: 1, at: T0, by: 'a', note: 'deleted', content: { kind: 'template', template: null } };
    expect(restoreVersion(sigs, versions, gone, 'c@acme.test', T0)).toMatchObject({ ok: false, fix: 'remove its assignments first, or restore another version' });
    expect(sigs.templates()).toHaveLength(1);
    expect(versions.rows).toHaveLength(0);
  });
});

describe('staged rollout', () => {
  const staged = { versionId: 'template:t1:2', number: 2, html: V2, by: 'a@acme.test', at: T0 };

  it('gives the staged version to the test group (an org unit and its sub-units) and the published one to everyone else', () => {
    const people = team(8);
    const t = template('t1', V1, { staged: { ...staged, audience: { kind: 'org_unit', orgUnitPath: '/Pilot' } } });
    const render = signatureRenderer({ templates: [t], assignments: [companyWide('t1')], campaigns: [], departmentBanners: [], at: T0, timeZone: 'UTC' });
    const got = people.map((e) => render(e).html.includes('Engineering'));
    expect(got).toEqual([true, false, false, false, true, false, false, false]);
    expect(render(people[0]).rule).toMatch(/^t1 \(version 2, on test\): /);
    expect(inOrgUnit('/Pilot', employee('x@acme.test', { orgUnitPath: '/PilotX' }))).toBe(false);
  });

  it('reaches group members by directory id and listed employees by email, whatever the case typed', () => {
    const [a, b] = team(2);
    const byGroup = template('t1', V1, { staged: { ...staged, audience: { kind: 'group', email: 'pilot@acme.test', memberIds: [b.directoryId], resolvedAt: T0 } } });
    expect([a, b].map((e) => versionFor(byGroup, e).staged)).toEqual([false, true]);
    const listed = template('t1', V1, { staged: { ...staged, audience: { kind: 'employees', emails: ['USER000@Acme.test'] } } });
    expect([a, b].map((e) => versionFor(listed, e).staged)).toEqual([true, false]);
  });
});

describe('the dry run', () => {
  function input(employees: Employee[], templates = [template('t1', V1)], force = false): PlanInput {
    return { employees, templates, assignments: [companyWide('t1')], campaigns: [], departmentBanners: [], states: new Map(), at: T0, timeZone: 'UTC', force };
  }

  it('counts exactly the writes the Apply then makes, and writes nothing itself', () => {
    const people = team(30);
    const gmail = new FakeGmail();
    const store = new MemorySignatureStore();
    const apply = (templates: ReturnType<typeof template>[], force: boolean) =>
      runSignatureSlice({ ...input(people, templates, force), writer: gmail, store, cause: { kind: 'nightly' }, now: () => T0, outOfTime: () => false });
    apply([template('t1', V1)], false);
    // Some employees edit their own signature; the template changes for a test group only.
    gmail.userEdits('user003@acme.test', '<b>mine</b>');
    gmail.userEdits('user005@acme.test', '<b>mine too</b>');
    const next = [template('t1', V1, { staged: { ...staged(), audience: { kind: 'org_unit', orgUnitPath: '/Pilot' } } })];
    for (const force of [false, true]) {
      const before = gmail.patches.length;
      const reads = gmail.reads;
      const d = dryRunSignatures([{ ...input(people, next, force), states: store.addressStates() }], gmail);
      expect(gmail.patches.length).toBe(before);
      expect(gmail.reads - reads).toBe(d.reads);
      const r = apply(next, force);
      expect(r.written).toBe(d.wouldWrite);
      expect(gmail.patches.length - before).toBe(d.wouldWrite);
      if (!force) expect(d.wouldWrite).toBe(8);
      else expect(d.wouldWrite).toBe(2);
    }
  });

  it('shows three employees before and after, the first by email among those written', () => {
    const people = team(10);
    const d = dryRunSignatures([input(people)], new FakeGmail());
    expect(d.samples.map((s) => s.email)).toEqual(['user000@acme.test', 'user001@acme.test', 'user002@acme.test']);
    expect(d.samples[0]).toMatchObject({ before: '', after: planSignatureWrites(input(people)).items[0].html, why: 'first write' });
  });

  it('says how many of its writes are of mailboxes it could not read in time, which the Apply may leave out', () => {
    const people = team(250);
    const gmail = new FakeGmail();
    const store = new MemorySignatureStore();
    const apply = () => runSignatureSlice({ ...input(people, undefined, true), writer: gmail, store, cause: { kind: 'nightly' }, now: () => T0, outOfTime: () => false });
    apply();
    let calls = 0;
    const d = dryRunSignatures([{ ...input(people, undefined, true), states: store.addressStates() }], { listSendAs: (u) => (calls++, gmail.listSendAs(u)) }, () => calls >= 1);
    expect([d.reads, d.unread, d.wouldWrite, d.unreadWrites]).toEqual([250, 150, 150, 150]);
    const before = gmail.patches.length;
    expect(apply().written).toBe(0);
    expect(gmail.patches.length).toBe(before);
  });

  function staged() {
    return { versionId: 'template:t1:2', number: 2, html: V2, by: 'a@acme.test', at: T0 };
  }
});
