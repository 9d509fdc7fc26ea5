/**
 * Wall-clock arithmetic in IANA time zones with Intl (DST-correct), for `Utilities.formatDate` and the firing
 * times of time-driven triggers. Node ships full ICU, so every zone Apps Script accepts is known here.
 */

export interface ZonedParts {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
  /** Minutes east of UTC at that instant (e.g. +60 for Paris in winter). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

export function zonedParts(ms: number, tz: string): ZonedParts {
  const p: Record<string, string> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms))) p[part.type] = part.value;
  let year = Number(p.year);
  if (p.era === 'BC' || p.era === 'B') year = 1 - year;
  const month = Number(p.month);
  const day = Number(p.day);
  const hour = Number(p.hour) % 24;
  const minute = Number(p.minute);
  const second = Number(p.second);
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const utc = new Date(asUtc);
  if (year >= 0 && year < 100) utc.setUTCFullYear(year);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: WEEKDAYS.indexOf(p.weekday),
    offsetMinutes: Math.round((utc.getTime() - ms) / 60_000),
  };
}

/**
 * The instant at which the wall clock in `tz` shows the given local time. A time skipped by a DST change
 * resolves to the same wall time with the earlier offset (so 02:30 on a spring-forward night becomes 03:30).
 */
export function zonedToUtc(year: number, month: number, day: number, hour: number, minute: number, tz: string, second = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const off1 = zonedParts(guess, tz).offsetMinutes;
  const t1 = guess - off1 * 60_000;
  const off2 = zonedParts(t1, tz).offsetMinutes;
  if (off2 === off1) return t1;
  const t2 = guess - off2 * 60_000;
  return zonedParts(t2, tz).offsetMinutes === off2 ? t2 : t1;
}

/** Adds whole days to a calendar date (no time zone involved). */
export function addDays(year: number, month: number, day: number, n: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days from 1970-01-01 to a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** ISO-8601 week of year (weeks start Monday; week 1 holds the year's first Thursday). */
export function isoWeek(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day));
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}
