/**
 * Campaign banners. A campaign is live from `startsAt` (inclusive) to `endsAt` (exclusive); the instants come from
 * the wall-clock times the admin typed, in the campaign's time zone. Which campaign an employee gets, when
 * several are live: the most specific target (same precedence as templates: employee > segment > department >
 * company), then the latest start, then the smaller id. Without a live campaign, the department's banner.
 *
 * A run evaluates every window ONCE, at the run's start time, even when the run spans several executions: a
 * campaign that ends mid-run is live for the whole of that run and gone for the next one — every employee of a
 * run gets the same answer.
 */
import type { Employee } from '../directory/employee';
import { compareSpecificity, inDepartment, targetMatches, type Resolution } from './assignment';
import { describeTarget, type Banner, type Campaign, type DepartmentBanner } from './types';

export function isLive(c: Campaign, at: number): boolean {
  return c.startsAt <= at && at < c.endsAt;
}

/** Campaigns live at `at`; expired and future ones drop out by themselves. */
export function liveCampaigns(campaigns: Campaign[], at: number): Campaign[] {
  return campaigns.filter((c) => isLive(c, at));
}

export function resolveCampaign(e: Employee, live: Campaign[]): Resolution<Campaign> | null {
  let best: { c: Campaign; target: Campaign['targets'][number] } | null = null;
  for (const c of live) {
    const targets = c.targets.filter((t) => targetMatches(t, e)).sort(compareSpecificity);
    const t = targets[0];
    if (!t) continue;
    if (!best) {
      best = { c, target: t };
      continue;
    }
    const order = compareSpecificity(t, best.target) || best.c.startsAt - c.startsAt || (c.id < best.c.id ? -1 : 1);
    if (order < 0) best = { c, target: t };
  }
  if (!best) return null;
  return {
    value: best.c,
    ruleId: best.c.id,
    target: best.target,
    explanation: `campaign "${best.c.name}" for ${describeTarget(best.target)}`,
  };
}

/** The banner an employee's signature shows: the winning live campaign's, else the department's, else none. */
export function bannerFor(
  e: Employee,
  live: Campaign[],
  departmentBanners: DepartmentBanner[],
): { banner: Banner | null; campaignId: string; explanation: string } {
  const c = resolveCampaign(e, live);
  if (c) return { banner: c.value.banner, campaignId: c.value.id, explanation: c.explanation };
  const d = departmentBanners.find((b) => inDepartment(b.department, e));
  if (d) return { banner: d.banner, campaignId: '', explanation: `banner of department ${d.department}` };
  return { banner: null, campaignId: '', explanation: 'no banner' };
}

/**
 * The instant a wall-clock time (`2026-12-01T09:00`) has in an IANA time zone. DST gaps resolve forward, like
 * Google Calendar. Throws a message naming the field when the input cannot be read.
 */
export function zonedToInstant(local: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) throw new Error(`"${local}" is not a date and time; write it as 2026-12-01 09:00`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const day = 86_400_000;
  const before = asUtc - offsetMs(asUtc - day, timeZone);
  const after = asUtc - offsetMs(asUtc + day, timeZone);
  // An ambiguous time (clocks going back) is its first occurrence; one in a gap maps forward.
  for (const t of [Math.min(before, after), Math.max(before, after)]) if (t + offsetMs(t, timeZone) === asUtc) return t;
  return before;
}

function offsetMs(at: number, timeZone: string): number {
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch (_unknown) {
    throw new Error(`"${timeZone}" is not a time zone; use an IANA name such as Europe/Berlin`);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(at))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(at / 1000) * 1000;
}
