/**
 * "Reaches N employees" before saving: counted with the run's own resolution (core/signatures/reach.ts), so a rule
 * that a more specific one overrides, paused employees and templates without a banner slot are counted as the run
 * will treat them.
 */
import { assignmentReach, campaignReach, hasBannerSlot } from '../../src/core/signatures/reach';
import { signatureRenderer } from '../../src/core/signatures/plan';
import type { Assignment, Campaign, Target } from '../../src/core/signatures/types';
import { companyWide, employee, T0, template } from './fixtures';

const assign = (id: string, target: Target, templateId: string, updatedAt = T0): Assignment => ({ id, target, templateId, updatedAt, updatedBy: 'a' });
const staff = [
  employee('ada@acme.test', { department: 'Sales', location: 'Berlin' }),
  employee('bob@acme.test', { department: 'Sales', location: 'Paris' }),
  employee('cy@acme.test', { department: 'Ops', location: 'Berlin' }),
  employee('di@acme.test', { department: 'Sales', syncOn: false }),
];

describe('who a rule reaches', () => {
  it('counts the employees whose template the rule would choose, not everyone it matches', () => {
    const existing = [companyWide('plain'), assign('ada', { kind: 'employee', email: 'ada@acme.test' }, 'own')];
    const sales = assign('new', { kind: 'department', department: 'sales' }, 'sales');
    // Ada has her own rule; Di is paused: Bob alone gets the Sales template.
    expect(assignmentReach(sales, existing, staff)).toEqual({ reaches: 1, overridden: 1 });
    const render = signatureRenderer({ templates: [template('plain', 'p'), template('own', 'o'), template('sales', 's')], assignments: [...existing, sales], campaigns: [], departmentBanners: [], at: T0, timeZone: 'UTC' });
    expect(staff.filter((e) => e.syncOn && render(e).templateId === 'sales').map((e) => e.primaryEmail)).toEqual(['bob@acme.test']);
  });

  it('replaces the saved rule of the same id rather than competing with it', () => {
    const saved = assign('berlin', { kind: 'segment', conditions: [{ field: 'location', equals: 'Berlin' }] }, 'old');
    expect(assignmentReach({ ...saved, templateId: 'new' }, [saved], staff)).toEqual({ reaches: 2, overridden: 0 });
  });
});

describe('who a campaign reaches', () => {
  const campaign = (targets: Target[], startsAt = T0): Campaign => ({
    id: 'c1', name: 'Sale', banner: { imageUrl: 'https://cdn.acme.test/s.png', link: '', alt: 'Sale' }, startLocal: '', endLocal: '', timeZone: 'UTC',
    startsAt, endsAt: startsAt + 86_400_000, targets, updatedAt: T0, updatedBy: 'a',
  });

  it('knows a banner slot when a template has one', () => {
    expect(hasBannerSlot('<img src="{{banner.imageUrl}}">')).toBe(true);
    expect(hasBannerSlot('{{#banner.imageUrl}}x{{/banner.imageUrl}}')).toBe(true);
    expect(hasBannerSlot('<b>{{fullName}}</b> banner.imageUrl')).toBe(false);
  });

  it('splits the employees it wins for by whether their template shows a banner', () => {
    const templates = [template('plain', '<b>{{fullName}}</b>'), template('banner', '<b>{{fullName}}</b>{{#banner.imageUrl}}<img src="{{banner.imageUrl}}">{{/banner.imageUrl}}')];
    const assignments = [companyWide('plain'), assign('s', { kind: 'department', department: 'Sales' }, 'banner')];
    const r = campaignReach(campaign([{ kind: 'company' }]), { employees: staff, campaigns: [], departmentBanners: [], assignments, templates });
    expect(r).toEqual({ shows: 2, noSlot: 1, templatesWithoutSlot: ['plain'], unassigned: 0 });
  });

  it('loses the employees a more specific live campaign takes, and counts those with no template', () => {
    const other = { ...campaign([{ kind: 'department', department: 'Sales' }]), id: 'c0', name: 'Sales week' };
    const r = campaignReach(campaign([{ kind: 'company' }]), { employees: staff, campaigns: [other], departmentBanners: [], assignments: [], templates: [] });
    expect(r).toEqual({ shows: 0, noSlot: 0, templatesWithoutSlot: [], unassigned: 1 });
  });
});
