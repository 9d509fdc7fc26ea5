/**
 * Staged rollout: a template may carry a second version on test for an audience (an org unit, a group, or listed
 * employees). Employees in the audience get the staged HTML; everyone else keeps the published `html` until the
 * staged version is published to everyone. The run's renderer picks the version here, so the write plan, the
 * dry run, "My signature" and the preview all agree on who gets which.
 */
import type { Employee } from '../directory/employee';
import { emailKey } from '../tenant';
import type { Audience, SignatureTemplate } from './types';

/**
 * An org unit includes its sub-units, as Workspace settings do by default (admin-sdk/directory/reference/rest/v1/
 * orgunits, `blockInheritance`: "Determines if a sub-organizational unit can inherit the settings of the parent").
 */
export function inOrgUnit(orgUnitPath: string, e: Employee): boolean {
  const want = orgUnitPath.replace(/\/+$/, '').toLowerCase();
  const have = (e.orgUnitPath || '').toLowerCase();
  if (want === '') return have !== '';
  return have === want || have.startsWith(`${want}/`);
}

export function inAudience(a: Audience, e: Employee): boolean {
  switch (a.kind) {
    case 'org_unit':
      return inOrgUnit(a.orgUnitPath, e);
    case 'group':
      return e.directoryId !== '' && a.memberIds.includes(e.directoryId);
    case 'employees':
      return a.emails.some((x) => emailKey(x) === e.primaryEmail);
  }
}

export function describeAudience(a: Audience): string {
  switch (a.kind) {
    case 'org_unit':
      return `org unit ${a.orgUnitPath || '/'}`;
    case 'group':
      return `group ${a.email} (${a.memberIds.length} member${a.memberIds.length === 1 ? '' : 's'})`;
    case 'employees':
      return a.emails.length <= 3 ? a.emails.join(', ') : `${a.emails.slice(0, 3).join(', ')} and ${a.emails.length - 3} more`;
  }
}

/** The template as `e` gets it: the staged version when `e` is in its audience, else the published one. */
export function versionFor(t: SignatureTemplate, e: Employee): { template: SignatureTemplate; staged: boolean } {
  const s = t.staged;
  if (s && inAudience(s.audience, e)) return { template: { ...t, html: s.html }, staged: true };
  return { template: t, staged: false };
}

/** Employees of `employees` who would get the staged version (the test group as the run sees it). */
export function audienceMembers(a: Audience, employees: Employee[]): Employee[] {
  return employees.filter((e) => inAudience(a, e));
}

/** The template with `html` on test for `audience`; the published `html` is unchanged. */
export function withTest(t: SignatureTemplate, test: { versionId: string; number: number; html: string; audience: Audience; by: string; at: number }): SignatureTemplate {
  return { ...t, staged: { ...test } };
}

/** The staged HTML becomes what everyone gets; the test ends. Null when nothing is on test. */
export function publishedToEveryone(t: SignatureTemplate, by: string, at: number): SignatureTemplate | null {
  if (!t.staged) return null;
  return { ...t, html: t.staged.html, staged: null, updatedAt: at, updatedBy: by };
}

/** The test ends: its audience gets the published version again at the next run. */
export function withoutTest(t: SignatureTemplate): SignatureTemplate {
  return { ...t, staged: null };
}
