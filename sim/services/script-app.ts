import { createHash } from 'node:crypto';
import type { Execution } from '../execution';
import { includingProject, SimProject } from '../project';
import type { OfflineWorkspace } from '../workspace';
import type { ServiceModule } from './types';
import { appsScriptEnum, coreCall } from './core-latency';
import { hashString } from '../rng';
import { scriptTimeZone } from './session';
import { addDays, dayNumber, isValidTimeZone, zonedParts, zonedToUtc } from './zoned-time';
import {
  DAY_MS,
  fireTimeOnDay,
  HOUR,
  MAX_TRIGGERS_PER_USER_PER_SCRIPT,
  MINUTE,
  nextFiring,
  scriptAppState,
  timeDrivenEvent,
  TOO_MANY_TRIGGERS,
  TRIGGER_OWNER_DELETED,
  TRIGGER_OWNER_SUSPENDED,
  TRIGGER_RUNTIME_EXCEEDED,
  TRIGGER_RUNTIME_MS_PER_DAY,
  TriggerFiring,
  TriggerRecord,
  TriggerSchedule,
} from './trigger-state';
import { userTokens } from './user-token-state';
import { platformBehaviour } from '../platform-behaviour';

export * from './trigger-state';
export * from './user-token-state';

export const AuthMode = appsScriptEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const TriggerSource = appsScriptEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const EventType = appsScriptEnum([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
] as const);
export const WeekDay = appsScriptEnum([
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const);
const InstallationSource = appsScriptEnum(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON'] as const);
const AuthorizationStatus = appsScriptEnum(['REQUIRED', 'NOT_REQUIRED'] as const);

// reference/script/clock-trigger-builder#everyMinutes / #everyHours: the allowed intervals.
const MINUTE_INTERVALS = [1, 5, 10, 15, 30];
const HOUR_INTERVALS = [1, 2, 4, 6, 8, 12];
// ScriptApp.getOAuthToken: Google access tokens live one hour (identity/protocols/oauth2: expires_in 3599).
const ACCESS_TOKEN_TTL_MS = HOUR;

/** A stable, realistic-looking script id (57 characters) for a project. */
export function scriptIdOf(project: SimProject): string {
  const h = createHash('sha256').update(`script:${project.id}`).digest('base64url');
  return ('1' + h + h).slice(0, 57);
}

/** A trigger as scripts see it (reference/script/trigger). */
class SimTrigger implements GoogleAppsScript.Script.Trigger {
  readonly #exec: Execution;
  readonly #record: TriggerRecord;

  constructor(exec: Execution, record: TriggerRecord) {
    this.#exec = exec;
    this.#record = record;
  }
  getUniqueId(): string {
    return this.#record.id;
  }
  getHandlerFunction(): string {
    return this.#record.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource.CLOCK as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType.CLOCK as unknown as GoogleAppsScript.Script.EventType;
  }
  // A clock trigger has no source document.
  getTriggerSourceId(): string {
    return null as unknown as string;
  }
}

/** What a ClockTriggerBuilder has been told, before `create()` resolves it into a schedule. */
interface ClockSpec {
  after?: number;
  at?: number;
  atDate?: { year: number; month: number; day: number };
  atHour?: number;
  nearMinute?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: number;
  onMonthDay?: number;
  timeZone?: string;
}

class ClockTriggerBuilder implements GoogleAppsScript.Script.ClockTriggerBuilder {
  readonly #spec: ClockSpec = {};

  readonly #ws: OfflineWorkspace;
  readonly #exec: Execution;
  readonly #handler: string;

  constructor(ws: OfflineWorkspace, exec: Execution, handler: string) {
    this.#ws = ws;
    this.#exec = exec;
    this.#handler = handler;
  }

  #int(name: string, v: unknown, min: number, max: number): number {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw this.#exec.realmError(`Invalid argument: ${name} (${String(v)}): use a whole number from ${min} to ${max}`);
    }
    return n;
  }

  // reference/script/clock-trigger-builder#after: "the minimum duration ... after the current time".
  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.#spec.after = this.#int('durationMilliseconds', durationMilliseconds, 0, Number.MAX_SAFE_INTEGER);
    return this;
  }
  at(date: GoogleAppsScript.Base.Date): ClockTriggerBuilder {
    const t = (date as unknown as { getTime?: () => number })?.getTime?.();
    if (typeof t !== 'number' || Number.isNaN(t)) throw this.#exec.realmError('Invalid argument: date');
    this.#spec.at = t;
    return this;
  }
  // reference/script/clock-trigger-builder#atDate: "by default near midnight (+/- 15 minutes)".
  atDate(year: number, month: number, day: number): ClockTriggerBuilder {
    this.#spec.atDate = {
      year: this.#int('year', year, 1970, 9999),
      month: this.#int('month', month, 1, 12),
      day: this.#int('day', day, 1, 31),
    };
    return this;
  }
  atHour(hour: number): ClockTriggerBuilder {
    this.#spec.atHour = this.#int('hour', hour, 0, 23);
    return this;
  }
  // reference/script/clock-trigger-builder#nearMinute: "plus or minus 15 minutes".
  nearMinute(minute: number): ClockTriggerBuilder {
    this.#spec.nearMinute = this.#int('minute', minute, 0, 59);
    return this;
  }
  everyMinutes(n: number): ClockTriggerBuilder {
    if (!MINUTE_INTERVALS.includes(Number(n))) {
      throw this.#exec.realmError(`Invalid argument: everyMinutes(${n}): the interval must be 1, 5, 10, 15 or 30 minutes`);
    }
    this.#spec.everyMinutes = Number(n);
    return this;
  }
  everyHours(n: number): ClockTriggerBuilder {
    if (!HOUR_INTERVALS.includes(Number(n))) {
      throw this.#exec.realmError(`Invalid argument: everyHours(${n}): the interval must be 1, 2, 4, 6, 8 or 12 hours`);
    }
    this.#spec.everyHours = Number(n);
    return this;
  }
  everyDays(n: number): ClockTriggerBuilder {
    this.#spec.everyDays = this.#int('everyDays', n, 1, 365);
    return this;
  }
  everyWeeks(n: number): ClockTriggerBuilder {
    this.#spec.everyWeeks = this.#int('everyWeeks', n, 1, 52);
    return this;
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    const i = (WeekDay as Record<string, string>)[String(day)] ? Object.keys(WeekDay).indexOf(String(day)) : -1;
    if (i < 0) throw this.#exec.realmError(`Invalid argument: day (${String(day)}): use ScriptApp.WeekDay.MONDAY etc.`);
    this.#spec.onWeekDay = i;
    return this;
  }
  onMonthDay(day: number): ClockTriggerBuilder {
    this.#spec.onMonthDay = this.#int('day', day, 1, 31);
    return this;
  }
  inTimezone(timezone: string): ClockTriggerBuilder {
    if (!isValidTimeZone(String(timezone))) {
      throw this.#exec.realmError(`Invalid argument: timezone (${timezone}): use an IANA id such as "Europe/Paris"`);
    }
    this.#spec.timeZone = String(timezone);
    return this;
  }

  create(): GoogleAppsScript.Script.Trigger {
    coreCall(this.#exec, 'scriptApp.createTrigger');
    const ws = this.#ws;
    const exec = this.#exec;
    const st = scriptAppState(ws);
    const owner = exec.user.primaryEmail.toLowerCase();
    const mine = Object.values(st.triggers).filter((t) => t.projectId === exec.project.id && t.owner === owner);
    if (mine.length >= MAX_TRIGGERS_PER_USER_PER_SCRIPT) throw exec.realmError(TOO_MANY_TRIGGERS);
    const seq = ++st.seq;
    // Numeric like Google's; unique because the sequence number comes first and the hash part has a fixed width.
    const id = `${seq}${String(hashString(`${ws.seed}|trigger|${seq}`) % 1_000_000).padStart(6, '0')}`;
    const timeZone = this.#spec.timeZone ?? scriptTimeZone(exec);
    const createdAt = exec.now();
    const schedule = this.#resolve(id, timeZone, createdAt);
    const record: TriggerRecord = {
      id,
      projectId: exec.project.id,
      owner,
      handler: this.#handler,
      createdAt,
      timeZone,
      schedule,
      nextAt: null,
      firings: 0,
    };
    record.nextAt = nextFiring(record, createdAt);
    // sim/platform-behaviour.ts `triggersFromTrigger: 'never'`: listed like any trigger, but it never fires.
    if (exec.kind === 'trigger' && platformBehaviour(ws).triggersFromTrigger === 'never') record.nextAt = null;
    st.triggers[id] = record;
    exec.count('triggers.created');
    return new SimTrigger(exec, record) as unknown as GoogleAppsScript.Script.Trigger;
  }

  /** Turns the builder calls into one schedule, checking the combinations Apps Script refuses. */
  #resolve(id: string, tz: string, createdAt: number): TriggerSchedule {
    const s = this.#spec;
    const h = hashString(`${this.#ws.seed}|trigger-minute|${id}`);
    const fail = (why: string): never => {
      throw this.#exec.realmError(`Invalid time-based trigger for ${this.#handler}: ${why}`);
    };
    const kinds = { everyMinutes: s.everyMinutes, everyHours: s.everyHours, everyDays: s.everyDays, everyWeeks: s.everyWeeks, onMonthDay: s.onMonthDay, after: s.after, at: s.at, atDate: s.atDate };
    const chosen = Object.entries(kinds).filter(([, v]) => v !== undefined).map(([k]) => k);
    if (chosen.length === 0) fail('give it a schedule: after, at, atDate, everyMinutes, everyHours, everyDays, everyWeeks or onMonthDay');
    if (chosen.length > 1) fail(`choose one schedule, not ${chosen.join(' and ')}`);
    if ((s.atHour !== undefined || s.nearMinute !== undefined) && ['everyMinutes', 'everyHours', 'after', 'at'].includes(chosen[0])) {
      fail(`atHour and nearMinute do not apply to ${chosen[0]}; use them with everyDays, everyWeeks, onMonthDay or atDate`);
    }
    if (s.onWeekDay !== undefined && s.everyWeeks === undefined) fail('onWeekDay needs everyWeeks(n)');
    // apps-script/guides/triggers/installable#time-driven_triggers: "add-ons can only use time-driven triggers once
    // per hour at most". after(ms) and at(date) are one-time triggers; the docs set no minimum delay for them.
    if (this.#exec.project.isAddOn && s.everyMinutes !== undefined) {
      fail(`an add-on may run time-driven triggers at most once per hour; everyMinutes(${s.everyMinutes}) is more often — use everyHours(1) or longer`);
    }
    // A stable minute for this trigger: within the hour for atHour, within ±15 min for nearMinute.
    const minuteOffset = s.nearMinute !== undefined ? s.nearMinute - 15 + (h % 31) : h % 60;
    // One-off triggers fire a little after the time asked ("the actual duration might vary"), plus whatever delay
    // sim/platform-behaviour.ts `afterTriggerDelayMs` plays.
    const jitterMs = (h % 60) * 1000 + Math.max(0, platformBehaviour(this.#ws).afterTriggerDelayMs);
    if (s.after !== undefined) return { type: 'once', at: createdAt + s.after + jitterMs };
    if (s.at !== undefined) return { type: 'once', at: s.at + jitterMs };
    if (s.atDate) {
      const midnight = zonedToUtc(s.atDate.year, s.atDate.month, s.atDate.day, 0, 0, tz);
      return { type: 'once', at: midnight + (-15 + (h % 31)) * MINUTE };
    }
    if (s.everyMinutes || s.everyHours) {
      const periodMs = s.everyMinutes ? s.everyMinutes * MINUTE : s.everyHours! * HOUR;
      return { type: 'interval', periodMs, phaseMs: (h * 1000) % periodMs };
    }
    const local = zonedParts(createdAt, tz);
    const hour = s.atHour ?? local.hour;
    if (s.onMonthDay !== undefined) return { type: 'monthDay', day: s.onMonthDay, hour, minuteOffset };
    const step = s.everyWeeks ? 7 * s.everyWeeks : s.everyDays!;
    let day = dayNumber(local.year, local.month, local.day);
    if (s.everyWeeks) {
      const weekday = s.onWeekDay ?? local.weekday;
      day += (weekday - local.weekday + 7) % 7;
    }
    // The first firing is the first matching day whose firing time is still ahead.
    while (fireTimeOnDay(day, hour, minuteOffset, tz) <= createdAt) day += s.everyWeeks ? 7 : 1;
    const first = addDays(1970, 1, 1, day);
    return { type: 'days', everyDays: step, hour, minuteOffset, anchorDay: dayNumber(first.year, first.month, first.day) };
  }
}

function mintToken(ws: OfflineWorkspace, exec: Execution): string {
  const email = exec.user.primaryEmail.toLowerCase();
  // apps-script/guides/libraries: ScriptApp is shared with a library; the token is the including script's.
  const project = includingProject(exec.project);
  const scopes = [...(project.manifest.oauthScopes ?? [])];
  const tokens = userTokens(ws);
  const now = exec.now();
  const scopeKey = scopes.join(' ');
  for (const [token, rec] of Object.entries(tokens)) {
    if (rec.expiresAt < now - 24 * HOUR) delete tokens[token];
    // Apps Script hands out the same token while it has a while to live.
    else if (rec.email === email && rec.projectId === project.id && rec.scopes.join(' ') === scopeKey && rec.expiresAt - now > 10 * MINUTE) {
      return token;
    }
  }
  const seq = (exec.scratch.get('scriptApp.tokenSeq') as number | undefined) ?? 0;
  exec.scratch.set('scriptApp.tokenSeq', seq + 1);
  const token = 'ya29.' + createHash('sha256').update(`${ws.seed}|token|${email}|${exec.id}|${seq}|${now}`).digest('base64url');
  tokens[token] = { email, scopes, expiresAt: now + ACCESS_TOKEN_TTL_MS, projectId: project.id };
  exec.count('oauth.userTokensMinted');
  return token;
}

/**
 * The offline deployment URL of a project's web app (the shape of Google's `https://script.google.com/macros/s/<deployment
 * id>/exec`), or null when the manifest has no `webapp` entry. `npm start` serves the same path.
 */
export function webAppUrl(project: { id: string; manifest: { webapp?: unknown } }): string | null {
  return project.manifest.webapp ? `https://script.google.com/macros/s/${webAppDeploymentId(project.id)}/exec` : null;
}

/** A stable deployment id per project (Google's are opaque strings starting AKfycb). */
export function webAppDeploymentId(projectId: string): string {
  return `AKfycb-offline-${projectId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function realmArray<T>(exec: Execution, items: T[]): T[] {
  const arr = exec.toRealm([] as T[]);
  for (const it of items) arr.push(it);
  return arr;
}

function scriptApp(ws: OfflineWorkspace, exec: Execution) {
  const notEmulated = (what: string) => () => {
    throw exec.realmError(`${what} is not emulated by the offline Workspace (only time-based triggers are)`);
  };
  const methods = {
    // apps-script/reference/script/service: getUrl() "Returns the URL of the web app, if it has been deployed;
    // otherwise returns null"; isEnabled() "true if the script is accessible as a web app".
    getService() {
      coreCall(exec, 'scriptApp.getService');
      const url = webAppUrl(exec.project);
      return { getUrl: () => url, isEnabled: () => url !== null } as unknown as GoogleAppsScript.Script.Service;
    },
    newTrigger(functionName: string) {
      coreCall(exec, 'scriptApp.newTrigger');
      if (typeof functionName !== 'string' || functionName === '') {
        throw exec.realmError('Invalid argument: functionName');
      }
      return {
        timeBased: () => new ClockTriggerBuilder(ws, exec, functionName),
        forSpreadsheet: notEmulated('ScriptApp.newTrigger().forSpreadsheet'),
        forDocument: notEmulated('ScriptApp.newTrigger().forDocument'),
        forForm: notEmulated('ScriptApp.newTrigger().forForm'),
        forUserCalendar: notEmulated('ScriptApp.newTrigger().forUserCalendar'),
      } satisfies GoogleAppsScript.Script.TriggerBuilder;
    },
    // guides/triggers/installable: "a given account cannot see triggers installed from a second account".
    getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
      coreCall(exec, 'scriptApp.getProjectTriggers');
      const owner = exec.user.primaryEmail.toLowerCase();
      const mine = Object.values(scriptAppState(ws).triggers)
        .filter((t) => t.projectId === exec.project.id && t.owner === owner)
        .sort((a, b) => a.createdAt - b.createdAt || Number(a.id) - Number(b.id))
        .map((t) => new SimTrigger(exec, t) as unknown as GoogleAppsScript.Script.Trigger);
      return realmArray(exec, mine);
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
      coreCall(exec, 'scriptApp.deleteTrigger');
      const id = (trigger as unknown as { getUniqueId?: () => string })?.getUniqueId?.();
      if (!id) throw exec.realmError('Invalid argument: trigger');
      const st = scriptAppState(ws);
      const t = st.triggers[id];
      if (t && t.projectId === exec.project.id && t.owner === exec.user.primaryEmail.toLowerCase()) {
        delete st.triggers[id];
        exec.count('triggers.deleted');
      }
    },
    getOAuthToken(): string {
      coreCall(exec, 'scriptApp.getOAuthToken');
      return mintToken(ws, exec);
    },
    getScriptId(): string {
      coreCall(exec, 'scriptApp.getScriptId');
      return scriptIdOf(exec.project);
    },
    getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
      coreCall(exec, 'scriptApp.getScriptId');
      return (exec.project.isAddOn ? 'APPS_MARKETPLACE_DOMAIN_ADD_ON' : 'NONE') as unknown as GoogleAppsScript.Script.InstallationSource;
    },
    // reference/script/script-app#invalidateAuth: revokes the user's token; the next getOAuthToken mints a new one.
    invalidateAuth(): void {
      coreCall(exec, 'scriptApp.invalidateAuth');
      const email = exec.user.primaryEmail.toLowerCase();
      const tokens = userTokens(ws);
      for (const [token, rec] of Object.entries(tokens)) if (rec.email === email) delete tokens[token];
    },
  } satisfies Pick<GoogleAppsScript.Script.ScriptApp, ScriptAppMethod>;
  // Enums are Apps Script enum objects (names as values), not TypeScript numeric enums.
  return { AuthMode, TriggerSource, EventType, WeekDay, InstallationSource, AuthorizationStatus, ...methods };
}

/** The part of GoogleAppsScript.Script.ScriptApp this fake offers (state tokens, authorization info, services are not emulated). */
type ScriptAppMethod =
  | 'getService'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'deleteTrigger'
  | 'getOAuthToken'
  | 'getScriptId'
  | 'getInstallationSource'
  | 'invalidateAuth';

/** Fires due time-driven triggers as executions of their owners. */
function scheduler(ws: OfflineWorkspace) {
  const due = () =>
    Object.values(scriptAppState(ws).triggers).filter((t) => t.nextAt !== null && ws.projects.has(t.projectId));
  return {
    nextDueAt(): number | null {
      let min: number | null = null;
      for (const t of due()) if (min === null || t.nextAt! < min) min = t.nextAt!;
      return min;
    },
    fireDue(at: number): void {
      const ready = due()
        .filter((t) => t.nextAt! <= at)
        .sort((a, b) => a.nextAt! - b.nextAt! || Number(a.id) - Number(b.id));
      for (const t of ready) {
        const dueAt = t.nextAt!;
        // Reschedule before running, so a handler that deletes or re-creates its trigger sees a consistent state.
        t.nextAt = t.schedule.type === 'once' ? null : nextFiring(t, dueAt);
        t.firings++;
        const project = ws.projects.get(t.projectId)!;
        // A trigger starts at its due time even when a previous execution ran past it: the two overlap.
        const startedAt = dueAt;
        const firing: TriggerFiring = {
          triggerId: t.id,
          projectId: t.projectId,
          handler: t.handler,
          owner: t.owner,
          dueAt,
          startedAt,
          endedAt: startedAt,
          executionId: null,
          ok: false,
        };
        const st = scriptAppState(ws);
        // guides/triggers/installable: "Installable triggers always run under the account of the person who created
        // them"; Google's pages say nothing of a creator who is suspended or deleted. The conservative answer: the
        // trigger does not fire (no execution starts, so nothing in the project learns of it).
        const owner = ws.directory.findUser(t.owner);
        if (!owner || owner.suspended) {
          firing.error = owner ? TRIGGER_OWNER_SUSPENDED : TRIGGER_OWNER_DELETED;
          ws.counters.add('triggers.ownerUnavailable');
          st.firings.push(firing);
          continue;
        }
        const runtime = (st.runtime ??= {});
        let used = runtime[t.owner];
        if (!used || startedAt >= used.windowStart + DAY_MS) used = runtime[t.owner] = { windowStart: startedAt, ms: 0 };
        if (used.ms >= TRIGGER_RUNTIME_MS_PER_DAY) {
          firing.error = TRIGGER_RUNTIME_EXCEEDED;
          ws.counters.add('triggers.failed');
          st.firings.push(firing);
          continue;
        }
        try {
          const r = ws.run(project, t.handler, {
            user: t.owner,
            kind: 'trigger',
            event: timeDrivenEvent(t.id, startedAt),
            startAt: startedAt,
          });
          used.ms += r.execution.elapsed();
          firing.executionId = r.execution.id;
          firing.endedAt = r.execution.now();
          firing.ok = r.ok;
          if (!r.ok) firing.error = r.error;
        } catch (err) {
          firing.error = (err as Error).message;
        }
        ws.counters.add(firing.ok ? 'triggers.fired' : 'triggers.failed');
        scriptAppState(ws).firings.push(firing);
      }
    },
  };
}

export const scriptAppModule: ServiceModule = {
  name: 'ScriptApp',
  globals: ({ ws, exec }) => ({ ScriptApp: scriptApp(ws, exec) }),
  attach(ws) {
    ws.addScheduler(scheduler(ws));
  },
};
