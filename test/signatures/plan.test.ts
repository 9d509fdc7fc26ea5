import { runSignatureSlice, type SliceReport } from '../../src/core/signatures/run';
import { planSignatureWrites } from '../../src/core/signatures/plan';
import { zonedToInstant } from '../../src/core/signatures/campaigns';
import { MemorySignatureStore } from '../../src/adapters/signature-store';
import type { Campaign, SignatureTemplate } from '../../src/core/signatures/types';
import type { Employee } from '../../src/core/directory/employee';
import { companyWide, employee, FakeGmail, template, T0 } from './fixtures';

const TPL = template('t1', '<b>{{fullName}}</b><br>{{title}}{{#banner.imageUrl}}<br><img src="{{banner.imageUrl}}" alt="{{banner.alt}}">{{/banner.imageUrl}}');

function team(n: number): Employee[] {
  return Array.from({ length: n }, (_, i) => employee(`user${String(i).padStart(3, '0')}@acme.test`, { fullName: `User ${i}` }));
}

interface World {
  employees: Employee[];
  templates: SignatureTemplate[];
  campaigns: Campaign[];
  store: MemorySignatureStore;
  gmail: FakeGmail;
}

function world(employees: Employee[], gmail = new FakeGmail(), templates = [TPL]): World {
  const store = new MemorySignatureStore();
  return { employees, templates, campaigns: [], store, gmail };
}

function slice(w: World, at: number, extra: { force?: boolean; outOfTime?: () => boolean } = {}): SliceReport {
  return runSignatureSlice({
    employees: w.employees,
    templates: w.templates,
    assignments: [companyWide(w.templates[0].id)],
    campaigns: w.campaigns,
    departmentBanners: [],
    at,
    timeZone: 'UTC',
    writer: w.gmail,
    store: w.store,
    cause: { kind: 'nightly' },
    now: () => at,
    outOfTime: extra.outOfTime ?? (() => false),
    force: extra.force,
    chunkSize: 10,
    verifyAfterMs: 7 * 86_400_000,
  });
}

/** Runs slices (new executions) until a slice has nothing left to write; cut-offs end a slice mid-way. */
function runToEnd(w: World, at: number, maxSlices = 50): number {
  for (let i = 1; i <= maxSlices; i++) {
    try {
      const r = slice(w, at);
      if (r.plan.write === 0 && r.plan.unreadable === 0 && r.deferred === 0 && r.failed === 0) return i;
    } catch (e) {
      if (!/Exceeded maximum execution time/.test(String(e))) throw e;
    }
  }
  throw new Error('did not finish');
}

function successfulPatchesPerAddress(g: FakeGmail): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of g.patches) out.set(p.address, (out.get(p.address) ?? 0) + 1);
  return out;
}

describe('planning and writing signatures', () => {
  it('writes every synced employee once, then nothing while nothing changes', () => {
    const w = world(team(5));
    // The first slice reads each mailbox once, to keep the signature it had before Autograph (originals.ts).
    expect(slice(w, T0)).toMatchObject({ written: 5, reads: 5 });
    expect(w.gmail.patches).toHaveLength(5);
    expect(slice(w, T0 + 86_400_000)).toMatchObject({ written: 0, reads: 0, plan: expect.objectContaining({ unchanged: 5 }) });
  });

  it('writes only the employees whose rendering changed', () => {
    const w = world(team(5));
    slice(w, T0);
    w.employees[2].title = 'Head of Engineering';
    const r = slice(w, T0 + 1);
    expect(r).toMatchObject({ written: 1, reads: 0 });
    expect(w.gmail.patches.map((p) => p.address).slice(5)).toEqual(['user002@acme.test']);
  });

  it("keeps Gmail's sanitised version to compare, so its rewriting is not mistaken for an edit", () => {
    const w = world([employee('a@acme.test')], new FakeGmail(), [template('t1', '<B>{{fullName}}</B><br/><img src="https://cdn.acme.test/x.png" class="hero">', { enforce: true })]);
    slice(w, T0);
    const state = w.store.addressStates().get('a@acme.test')!;
    expect(state.storedHtml).toBe(w.gmail.signatures.get('a@acme.test'));
    expect(state.storedHtml).not.toBe(w.gmail.patches[0].html);
    const r = slice(w, T0 + 8 * 86_400_000);
    expect(r).toMatchObject({ reads: 1, written: 0, plan: expect.objectContaining({ unchanged: 1 }) });
  });

  it('leaves an employee’s own edit in Gmail alone unless the template enforces', () => {
    const w = world([employee('a@acme.test')]);
    slice(w, T0);
    w.gmail.userEdits('a@acme.test', 'Cheers, Ada');
    const r = slice(w, T0 + 1, { force: false });
    expect(r.written).toBe(0);
    // Apply now reads first and writes over the edit.
    expect(slice(w, T0 + 2, { force: true })).toMatchObject({ reads: 1, written: 1 });
    w.gmail.userEdits('a@acme.test', 'Cheers again');
    w.templates[0] = { ...w.templates[0], enforce: true };
    w.store.data.states['a@acme.test'].lastVerifiedAt = 0;
    const enforced = slice(w, T0 + 8 * 86_400_000);
    expect(enforced).toMatchObject({ reads: 1, written: 1 });
    expect(w.store.audit({ address: 'a@acme.test', limit: 1 })[0]).toMatchObject({ why: 'enforced over an edit in Gmail', before: 'Cheers again', cause: 'nightly run' });
  });

  it('spreads re-reading enforced mailboxes over the verification period instead of one night', () => {
    const w = world(team(14), new FakeGmail(), [{ ...TPL, enforce: true }]);
    slice(w, T0);
    // 14 reads before the first writes (each mailbox's original), then about 14 / 7 a night.
    expect(w.gmail.reads).toBe(14);
    slice(w, T0 + 8 * 86_400_000);
    expect(w.gmail.reads).toBe(16);
    slice(w, T0 + 9 * 86_400_000);
    expect(w.gmail.reads).toBe(18);
  });

  it('shows a non-enforced edit on the employee card with the fix', () => {
    const w = world([employee('a@acme.test')], new FakeGmail(), [{ ...TPL, aliasPolicy: 'primary' }]);
    slice(w, T0);
    w.gmail.userEdits('a@acme.test', 'mine');
    slice(w, T0 + 1, { force: false });
    const plan = planSignatureWrites(
      { employees: w.employees, templates: w.templates, assignments: [companyWide('t1')], campaigns: [], departmentBanners: [], states: w.store.addressStates(), at: T0 + 2, timeZone: 'UTC' },
      new Map([['a@acme.test', { ok: true, entries: w.gmail.entries('a@acme.test') }]]),
    );
    expect(plan.items[0]).toMatchObject({ action: 'edited', fix: expect.stringMatching(/enforce/) });
  });

  it('refuses a signature over 10,000 characters for that employee only, with the reason', () => {
    const staff = team(3);
    staff[1].title = 'Chief '.repeat(2_000);
    const w = world(staff);
    const r = slice(w, T0);
    expect(r).toMatchObject({ written: 2, refused: 1 });
    expect(w.gmail.signatures.has('user001@acme.test')).toBe(false);
    const s = w.store.addressStates().get('user001@acme.test')!;
    expect(s.status).toBe('refused');
    expect(s.reason).toMatch(/user001@acme.test is 12,0\d\d characters; Gmail accepts at most 10,000/);
    expect(s.fix).toMatch(/shorten/);
  });

  it('does not write paused employees and says why', () => {
    const staff = team(2);
    staff[0].syncOn = false;
    staff[0].reason = 'paused_user';
    const w = world(staff);
    expect(slice(w, T0)).toMatchObject({ written: 1, plan: expect.objectContaining({ paused: 1 }) });
    expect(w.store.addressStates().get('user000@acme.test')?.reason).toBe('sync is paused for this employee');
  });

  it('writes every send-as alias when the template asks for it', () => {
    const gmail = new FakeGmail({ aliases: { 'a@acme.test': ['ada@acme.test'] } });
    const w = world([employee('a@acme.test', { aliases: ['ada@acme.test', 'not-send-as@acme.test'] })], gmail, [{ ...TPL, aliasPolicy: 'all' }]);
    expect(slice(w, T0)).toMatchObject({ reads: 1, written: 2 });
    expect([...gmail.signatures.keys()].sort()).toEqual(['a@acme.test', 'ada@acme.test']);
    expect(slice(w, T0 + 1)).toMatchObject({ reads: 1, written: 0 });
  });

  it('records before and after HTML and the cause in the audit log', () => {
    const w = world([employee('a@acme.test')]);
    slice(w, T0);
    w.employees[0].title = 'CTO';
    runSignatureSlice({
      employees: w.employees, templates: w.templates, assignments: [companyWide('t1')], campaigns: [], departmentBanners: [], at: T0 + 1, timeZone: 'UTC',
      writer: w.gmail, store: w.store, cause: { kind: 'apply_now', by: 'boss@acme.test', scope: 'employee a@acme.test' }, now: () => T0 + 1, outOfTime: () => false,
    });
    const [latest, first] = w.store.audit({ address: 'a@acme.test' });
    expect(first).toMatchObject({ before: '', why: 'first write', cause: 'nightly run' });
    expect(latest.before).toContain('Engineer');
    expect(latest.after).toContain('CTO');
    expect(latest).toMatchObject({ why: 'signature changed', cause: 'Apply now by boss@acme.test (employee a@acme.test)' });
  });
});

describe('faults', () => {
  it('loses no write and repeats none that succeeded through a 429 storm', () => {
    const gmail = new FakeGmail({ rateLimit: 0.6, seed: 42 });
    const w = world(team(60), gmail);
    const slices = runToEnd(w, T0);
    expect(slices).toBeGreaterThan(1);
    expect(gmail.signatures.size).toBe(60);
    expect([...successfulPatchesPerAddress(gmail).values()].every((n) => n === 1)).toBe(true);
  });

  it('loses no write and repeats none that succeeded when executions are cut off mid-write', () => {
    const gmail = new FakeGmail();
    const w = world(team(60), gmail);
    // Each execution dies after 7 more patches reached Gmail, before it could record them.
    let slices = 0;
    while (slices++ < 40) {
      gmail.setOptions({ dieAfterPatches: gmail.patches.length + 7 });
      try {
        const r = slice(w, T0);
        if (r.plan.write === 0 && r.plan.unreadable === 0) break;
      } catch (e) {
        expect(String(e)).toMatch(/Exceeded maximum execution time/);
      }
    }
    expect(gmail.signatures.size).toBe(60);
    expect([...successfulPatchesPerAddress(gmail).values()].every((n) => n === 1)).toBe(true);
    expect([...w.store.addressStates().values()].every((s) => s.status === 'ok' && s.pendingHash === '')).toBe(true);
    expect(w.store.audit().length).toBe(60);
  });

  it('stops when the time budget is spent and finishes the rest in the next execution', () => {
    const w = world(team(30));
    let chunks = 0;
    // The first check is before reading the mailboxes (originals), the next two before two chunks of writes.
    const r = slice(w, T0, { outOfTime: () => chunks++ >= 3 });
    expect(r.written).toBe(20);
    expect(r.deferred).toBe(10);
    expect(slice(w, T0).written).toBe(10);
    expect(w.gmail.patches).toHaveLength(30);
  });

  it('reads and writes a big slice one chunk at a time, so a cut-off leaves no whole slice read and unwritten', () => {
    // 250 employees, chunks of 100 (the least a chunk reads): the time runs out after the first chunk is written.
    const w = world(team(250));
    const r = slice(w, T0, { outOfTime: () => w.gmail.patches.length >= 100 });
    expect(r.written).toBe(100);
    // Only the chunk written was read first: the other 150 mailboxes were not read (and take no token) this time.
    expect(w.gmail.reads).toBe(100);
    expect(r.deferred).toBe(150);
    // The next execution takes the slice again: the 100 written are unchanged, the rest are read and written once.
    const next = slice(w, T0);
    expect(next.written).toBe(150);
    expect(w.gmail.reads).toBe(250);
    expect([...successfulPatchesPerAddress(w.gmail).values()].every((n) => n === 1)).toBe(true);
    expect(w.gmail.patches).toHaveLength(250);
  });

  it('treats a campaign ending mid-run the same for every employee of that run', () => {
    const tz = 'Europe/Berlin';
    const campaign: Campaign = {
      id: 'winter', name: 'Winter', banner: { imageUrl: 'https://cdn.acme.test/winter.png', link: 'https://acme.test', alt: 'Winter sale' },
      startLocal: '2026-11-01 00:00', endLocal: '2026-11-21 04:30', timeZone: tz,
      startsAt: zonedToInstant('2026-11-01 00:00', tz), endsAt: zonedToInstant('2026-11-21 04:30', tz), targets: [{ kind: 'company' }], updatedAt: T0, updatedBy: 'a',
    };
    const runStart = zonedToInstant('2026-11-21 04:00', tz);
    const w = world(team(40));
    w.campaigns = [campaign];
    // The run is split over executions; the later ones start after the campaign ended (04:30).
    let clock = runStart;
    let chunks = 0;
    // Each execution reads the mailboxes still to write (their originals), writes two chunks and runs out.
    const budget = () => ++chunks % 3 === 0;
    for (let i = 0; i < 10; i++) {
      const r = slice(w, runStart, { outOfTime: budget });
      clock += 20 * 60_000;
      if (r.deferred === 0) break;
    }
    expect(clock).toBeGreaterThan(campaign.endsAt);
    const withBanner = [...w.gmail.signatures.values()].filter((h) => h.includes('winter.png'));
    expect(withBanner).toHaveLength(40);
    // The next nightly run starts after the end: the banner drops out for everyone.
    const next = slice(w, runStart + 86_400_000);
    expect(next.written).toBe(40);
    expect([...w.gmail.signatures.values()].some((h) => h.includes('winter.png'))).toBe(false);
  });
});
