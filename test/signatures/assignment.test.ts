import { resolveTemplate } from '../../src/core/signatures/assignment';
import { bannerFor, liveCampaigns, resolveCampaign, zonedToInstant } from '../../src/core/signatures/campaigns';
import type { Assignment, Campaign, Target } from '../../src/core/signatures/types';
import { employee, T0 } from './fixtures';

function assign(id: string, target: Target, templateId: string, updatedAt = T0): Assignment {
  return { id, target, templateId, updatedAt, updatedBy: 'admin@acme.test' };
}

const berliner = employee('ben@acme.test', { department: 'Sales', location: 'Berlin', custom: { team: 'Key accounts' } });

describe('which template an employee gets', () => {
  const all = [
    assign('c', { kind: 'company' }, 'T-company'),
    assign('d', { kind: 'department', department: ' sales ' }, 'T-sales'),
    assign('s', { kind: 'segment', conditions: [{ field: 'location', equals: 'berlin' }] }, 'T-berlin'),
    assign('e', { kind: 'employee', email: 'BEN@acme.test' }, 'T-ben'),
  ];

  it('picks the most specific rule: employee, then segment, then department, then company', () => {
    expect(resolveTemplate(berliner, all)?.value).toBe('T-ben');
    expect(resolveTemplate(berliner, all.slice(0, 3))?.value).toBe('T-berlin');
    expect(resolveTemplate(berliner, all.slice(0, 2))?.value).toBe('T-sales');
    expect(resolveTemplate(berliner, all.slice(0, 1))?.value).toBe('T-company');
    expect(resolveTemplate(employee('x@acme.test', { department: 'Ops' }), all)?.value).toBe('T-company');
  });

  it('says which rule applied', () => {
    const r = resolveTemplate(berliner, all.slice(0, 3));
    expect(r?.ruleId).toBe('s');
    expect(r?.explanation).toBe('assigned to location = berlin (2 other rules also match; this one is chosen because it is more specific or newer)');
  });

  it('breaks ties by more conditions, then the latest change, then the id', () => {
    const seg = (id: string, n: number, at: number) =>
      assign(id, { kind: 'segment', conditions: [{ field: 'location', equals: 'Berlin' }, { field: 'custom.team', equals: 'Key accounts' }].slice(0, n) }, `T-${id}`, at);
    expect(resolveTemplate(berliner, [seg('one', 1, T0 + 5), seg('two', 2, T0)])?.value).toBe('T-two');
    expect(resolveTemplate(berliner, [seg('old', 1, T0), seg('new', 1, T0 + 1)])?.value).toBe('T-new');
    expect(resolveTemplate(berliner, [seg('b', 1, T0), seg('a', 1, T0)])?.value).toBe('T-a');
  });

  it('matches a department the way the directory does: case, surrounding and doubled spaces ignored', () => {
    const ops = employee('o@acme.test', { department: 'Key Accounts' });
    expect(resolveTemplate(ops, [assign('d', { kind: 'department', department: ' key  accounts ' }, 'T-ka')])?.value).toBe('T-ka');
    expect(bannerFor(ops, [], [{ department: 'KEY  ACCOUNTS', banner: { imageUrl: 'https://acme.test/b.png', link: '', alt: '' } }]).banner).not.toBeNull();
    expect(resolveTemplate(ops, [assign('d', { kind: 'department', department: '  ' }, 'T')])).toBeNull();
  });

  it('gives no template when nothing matches', () => {
    expect(resolveTemplate(berliner, [assign('d', { kind: 'department', department: 'Ops' }, 'T')])).toBeNull();
  });
});

describe('campaigns', () => {
  const at = (local: string) => zonedToInstant(local, 'Europe/Berlin');
  function campaign(id: string, start: string, end: string, targets: Target[]): Campaign {
    return {
      id, name: id, banner: { imageUrl: `https://cdn.acme.test/${id}.png`, link: 'https://acme.test', alt: id },
      startLocal: start, endLocal: end, timeZone: 'Europe/Berlin', startsAt: at(start), endsAt: at(end), targets, updatedAt: T0, updatedBy: 'a',
    };
  }

  it('reads start and end as wall-clock times in the campaign time zone', () => {
    expect(new Date(zonedToInstant('2026-12-01 09:00', 'Europe/Berlin')).toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(new Date(zonedToInstant('2026-07-01T09:00', 'Europe/Berlin')).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(new Date(zonedToInstant('2026-03-08 02:30', 'America/New_York')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(() => zonedToInstant('1 Dec', 'UTC')).toThrow(/write it as 2026-12-01 09:00/);
  });

  it('is live from its start up to, not including, its end; expired ones drop out by themselves', () => {
    const c = campaign('x', '2026-12-01 09:00', '2026-12-02 09:00', [{ kind: 'company' }]);
    expect(liveCampaigns([c], at('2026-12-01 08:59'))).toEqual([]);
    expect(liveCampaigns([c], at('2026-12-01 09:00'))).toEqual([c]);
    expect(liveCampaigns([c], at('2026-12-02 09:00'))).toEqual([]);
  });

  it('picks the most specific campaign, then the latest start', () => {
    const company = campaign('company', '2026-12-01 10:00', '2026-12-31 00:00', [{ kind: 'company' }]);
    const sales = campaign('sales', '2026-11-01 00:00', '2026-12-31 00:00', [{ kind: 'department', department: 'Sales' }]);
    const later = campaign('later', '2026-12-01 11:00', '2026-12-31 00:00', [{ kind: 'company' }]);
    const now = at('2026-12-02 00:00');
    expect(resolveCampaign(berliner, [company, sales, later])?.value.id).toBe('sales');
    expect(resolveCampaign(employee('o@acme.test', { department: 'Ops' }), [company, sales, later])?.value.id).toBe('later');
    expect(bannerFor(berliner, liveCampaigns([company], now), [])).toMatchObject({ campaignId: 'company', explanation: 'campaign "company" for whole company' });
  });

  it("falls back to the department's banner, then none", () => {
    const b = { imageUrl: 'https://cdn.acme.test/sales.png', link: '', alt: 'Sales' };
    expect(bannerFor(berliner, [], [{ department: 'SALES', banner: b }]).banner).toEqual(b);
    expect(bannerFor(berliner, [], []).banner).toBeNull();
  });
});
