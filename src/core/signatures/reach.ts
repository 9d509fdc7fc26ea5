/**
 * Who a rule or a campaign would reach, before it is saved. Counted with the run's own resolution (the template
 * resolver and `bannerFor`), over the employees a run writes for, so the number on the card is the number the
 * next run acts on — not a count of everyone the target matches.
 */
import type { Employee } from '../directory/employee';
import { templateResolver } from './assignment';
import { bannerFor, liveCampaigns } from './campaigns';
import { isWritable } from './plan';
import type { Assignment, Campaign, DepartmentBanner, SignatureTemplate } from './types';

export interface AssignmentReach {
  /** Employees whose signature this rule would choose. */
  reaches: number;
  /** Employees the target matches whose signature a more specific (or newer) rule chooses instead. */
  overridden: number;
}

/** What `candidate` would do if saved next to `existing` (an assignment of the same target is replaced). */
export function assignmentReach(candidate: Assignment, existing: Assignment[], employees: Employee[]): AssignmentReach {
  const others = existing.filter((a) => a.id !== candidate.id);
  const withIt = templateResolver([...others, candidate]);
  const without = templateResolver([{ ...candidate, templateId: '' }]);
  let reaches = 0;
  let overridden = 0;
  for (const e of employees) {
    if (!isWritable(e)) continue;
    if (withIt(e)?.ruleId === candidate.id) reaches++;
    else if (without(e)) overridden++;
  }
  return { reaches, overridden };
}

/** True when a template shows a banner: it uses one of the `{{banner.*}}` placeholders. */
export function hasBannerSlot(html: string): boolean {
  return /\{\{\s*[#^/]?\s*banner\./.test(html);
}

export interface CampaignReach {
  /** Employees whose signature would carry this campaign's banner while it is live. */
  shows: number;
  /** Employees the campaign wins for whose template has no banner slot: it would show nowhere for them. */
  noSlot: number;
  /** Names of those templates without a banner slot. */
  templatesWithoutSlot: string[];
  /** Employees the campaign wins for who get no signature at all (nothing assigned). */
  unassigned: number;
}

/**
 * What `candidate` would show once live: every writable employee whose banner (`bannerFor`, as the run decides it)
 * would be this campaign's, split by whether their template has a banner slot.
 */
export function campaignReach(
  candidate: Campaign,
  input: { employees: Employee[]; campaigns: Campaign[]; departmentBanners: DepartmentBanner[]; assignments: Assignment[]; templates: SignatureTemplate[] },
): CampaignReach {
  // Evaluated at the campaign's own start: the other campaigns live then compete with it as the run would.
  const at = candidate.startsAt;
  const live = liveCampaigns([...input.campaigns.filter((c) => c.id !== candidate.id), candidate], at);
  const resolve = templateResolver(input.assignments);
  const templates = new Map(input.templates.map((t) => [t.id, t]));
  const out: CampaignReach = { shows: 0, noSlot: 0, templatesWithoutSlot: [], unassigned: 0 };
  const without = new Set<string>();
  for (const e of input.employees) {
    if (!isWritable(e)) continue;
    if (bannerFor(e, live, input.departmentBanners).campaignId !== candidate.id) continue;
    const template = templates.get(resolve(e)?.value ?? '');
    if (!template) out.unassigned++;
    else if (hasBannerSlot(template.html)) out.shows++;
    else {
      out.noSlot++;
      without.add(template.name);
    }
  }
  out.templatesWithoutSlot = [...without].sort();
  return out;
}
