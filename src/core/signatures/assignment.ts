/**
 * Which template an employee gets. ONE precedence, most specific first:
 *   1. an assignment to the employee (by primary email),
 *   2. a segment (field rule) the employee matches,
 *   3. the employee's department,
 *   4. the whole company.
 * Ties within a level: the segment with more conditions wins; then the most recently changed assignment; then
 * the smaller id (so the answer never depends on storage order). The result names the rule that applied.
 */
import { departmentKey } from '../directory/departments';
import { getField, type Employee } from '../directory/employee';
import { emailKey } from '../tenant';
import { describeTarget, type Assignment, type Target } from './types';

export const LEVEL_RANK: Record<Target['kind'], number> = { employee: 4, segment: 3, department: 2, company: 1 };

export interface Resolution<T> {
  value: T;
  /** The assignment or campaign id that applied, its target, and a sentence for the employee card. */
  ruleId: string;
  target: Target;
  explanation: string;
}

export function normalise(s: string): string {
  return s.trim().toLowerCase();
}

/** True when a rule's department names the employee's: the directory's match (departmentKey), and never on an empty name. */
export function inDepartment(department: string, e: Employee): boolean {
  const key = departmentKey(department);
  return key !== '' && key === departmentKey(e.department);
}

export function targetMatches(t: Target, e: Employee): boolean {
  switch (t.kind) {
    case 'company':
      return true;
    case 'department':
      return inDepartment(t.department, e);
    case 'employee':
      return emailKey(t.email) === emailKey(e.primaryEmail);
    case 'segment':
      return t.conditions.length > 0 && t.conditions.every((c) => normalise(String(getField(e, c.field))) === normalise(c.equals));
  }
}

/** Orders matching targets: higher level first, then more conditions (segments). 0 when equally specific. */
export function compareSpecificity(a: Target, b: Target): number {
  const rank = LEVEL_RANK[b.kind] - LEVEL_RANK[a.kind];
  if (rank !== 0) return rank;
  const ca = a.kind === 'segment' ? a.conditions.length : 0;
  const cb = b.kind === 'segment' ? b.conditions.length : 0;
  return cb - ca;
}

function byPrecedence(a: Assignment, b: Assignment): number {
  return compareSpecificity(a.target, b.target) || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The template assignment that applies to `e`, or null when none does (the employee gets no signature). */
export function resolveTemplate(e: Employee, assignments: Assignment[]): Resolution<string> | null {
  const matching = assignments.filter((a) => targetMatches(a.target, e)).sort(byPrecedence);
  const winner = matching[0];
  if (!winner) return null;
  const others = matching.length - 1;
  return {
    value: winner.templateId,
    ruleId: winner.id,
    target: winner.target,
    explanation:
      `assigned to ${describeTarget(winner.target)}` +
      (others > 0 ? ` (${others} other rule${others === 1 ? ' also matches' : 's also match'}; this one is chosen because it is more specific or newer)` : ''),
  };
}

/** Builds a resolver that indexes assignments once, for runs over many employees. */
export function templateResolver(assignments: Assignment[]): (e: Employee) => Resolution<string> | null {
  const sorted = [...assignments].sort(byPrecedence);
  return (e) => resolveTemplate(e, sorted);
}
