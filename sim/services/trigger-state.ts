import type { OfflineWorkspace } from '../workspace';
import { dayNumber, isoWeek, zonedParts, zonedToUtc } from './zoned-time';

/** The state of installable time-driven triggers (plain JSON) and the arithmetic of when they fire. */

// apps-script/guides/services/quotas: "Triggers 20 / user / script".
export const MAX_TRIGGERS_PER_USER_PER_SCRIPT = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/** Why a trigger did not fire: its owner cannot run scripts (recorded on the firing; the project never sees it). */
export const TRIGGER_OWNER_SUSPENDED = 'The trigger owner is suspended: the trigger did not fire.';
export const TRIGGER_OWNER_DELETED = 'The trigger owner no longer exists: the trigger did not fire.';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** When a time-driven trigger fires. Times are resolved when the trigger is created, so firing is deterministic. */
export type TriggerSchedule =
  | { type: 'once'; at: number }
  | { type: 'interval'; periodMs: number; phaseMs: number }
  | { type: 'days'; everyDays: number; hour: number; minuteOffset: number; anchorDay: number }
  | { type: 'monthDay'; day: number; hour: number; minuteOffset: number };

export interface TriggerRecord {
  id: string;
  projectId: string;
  /** Lower-cased primary email of the creator, who owns it and as whom it runs. */
  owner: string;
  handler: string;
  createdAt: number;
  timeZone: string;
  schedule: TriggerSchedule;
  /**
   * Null once a one-time trigger has fired: it stays listed (and counts toward the 20) until deleted, as spent
   * one-off triggers do in the Apps Script triggers page [unverified: not stated in the reference docs].
   */
  nextAt: number | null;
  firings: number;
}

export interface TriggerFiring {
  triggerId: string;
  projectId: string;
  handler: string;
  owner: string;
  dueAt: number;
  startedAt: number;
  endedAt: number;
  executionId: string | null;
  ok: boolean;
  error?: string;
}

export interface ScriptAppState {
  seq: number;
  triggers: Record<string, TriggerRecord>;
  firings: TriggerFiring[];
  /** Trigger runtime per owner in a 24 h window opened by their first trigger run that day. */
  runtime?: Record<string, { windowStart: number; ms: number }>;
}

// apps-script/guides/services/quotas: "Triggers total runtime 6 hr / day" (Google Workspace accounts); past it,
// triggers fail with "Service using too much computer time for one day" (as users report it in trigger failure mail).
export const TRIGGER_RUNTIME_MS_PER_DAY = 6 * HOUR;
export const TRIGGER_RUNTIME_EXCEEDED = 'Service using too much computer time for one day';
export const DAY_MS = 24 * HOUR;

export function scriptAppState(ws: OfflineWorkspace): ScriptAppState {
  return ws.state<ScriptAppState>('scriptApp', () => ({ seq: 0, triggers: {}, firings: [] }));
}

/** Every firing of a time-driven trigger so far, oldest first (for tests and the bench). */
export function triggerFirings(ws: OfflineWorkspace): TriggerFiring[] {
  return scriptAppState(ws).firings;
}

export function dateOfDay(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function fireTimeOnDay(dayNum: number, hour: number, minuteOffset: number, tz: string): number {
  const d = dateOfDay(dayNum);
  return zonedToUtc(d.year, d.month, d.day, hour, 0, tz) + minuteOffset * MINUTE;
}

/** The first firing strictly after `t`, or null for a one-time trigger that is due no more. */
export function nextFiring(tr: Pick<TriggerRecord, 'schedule' | 'timeZone'>, t: number): number | null {
  const s = tr.schedule;
  switch (s.type) {
    case 'once':
      return s.at > t ? s.at : null;
    case 'interval': {
      const k = Math.floor((t - s.phaseMs) / s.periodMs) + 1;
      return s.phaseMs + k * s.periodMs;
    }
    case 'days': {
      const p = zonedParts(t, tr.timeZone);
      const today = dayNumber(p.year, p.month, p.day);
      let d = s.anchorDay;
      if (today - 2 > d) d += Math.floor((today - 2 - d) / s.everyDays) * s.everyDays;
      while (fireTimeOnDay(d, s.hour, s.minuteOffset, tr.timeZone) <= t) d += s.everyDays;
      return fireTimeOnDay(d, s.hour, s.minuteOffset, tr.timeZone);
    }
    case 'monthDay': {
      const p = zonedParts(t, tr.timeZone);
      let y = p.year;
      let m = p.month - 1;
      for (let i = 0; i < 60; i++) {
        const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
        if (s.day <= days) {
          const at = zonedToUtc(y, m + 1, s.day, s.hour, 0, tr.timeZone) + s.minuteOffset * MINUTE;
          if (at > t) return at;
        }
        m++;
        if (m === 12) {
          m = 0;
          y++;
        }
      }
      return null;
    }
  }
}

/** The time-driven event object (apps-script/guides/triggers/events#time-driven-events); its fields are in UTC. */
export function timeDrivenEvent(triggerUid: string, at: number): Record<string, unknown> {
  const d = new Date(at);
  const dow = d.getUTCDay();
  return {
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': dow === 0 ? 7 : dow,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': isoWeek(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()),
    year: d.getUTCFullYear(),
  };
}
