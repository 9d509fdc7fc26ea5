import { isValidTimeZone, zonedParts, ZonedParts } from './zoned-time';

/**
 * Java's SimpleDateFormat, which `Utilities.formatDate(date, timeZone, format)` uses
 * (apps-script/reference/utilities/utilities#formatDate links to it), for the en-US locale.
 * An unknown time zone id falls back to GMT, as java.util.TimeZone does.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const zoneNames = new Map<string, Intl.DateTimeFormat>();
/** Locales whose CLDR data names the zones Java names (CEST, BST, IST, AEST); tried in order. */
const NAME_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU'];

function zoneName(ms: number, tz: string, style: 'short' | 'long'): string {
  if (/^(Etc\/)?(GMT|Greenwich)$/.test(tz)) return style === 'short' ? 'GMT' : 'Greenwich Mean Time';
  let fallback = 'GMT';
  for (const locale of NAME_LOCALES) {
    const key = `${tz}|${style}|${locale}`;
    let f = zoneNames.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName: style });
      zoneNames.set(key, f);
    }
    const name = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    if (!/^GMT[+-]/.test(name)) return name;
    if (locale === 'en-US') fallback = name;
  }
  // Java writes unnamed zones as GMT+hh:mm.
  const m = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(fallback);
  return m ? `GMT${m[1]}${m[2].padStart(2, '0')}:${m[3] ?? '00'}` : fallback;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1;
}

/** en-US week numbering: weeks start on Sunday and week 1 holds January 1. */
function weekOfYear(p: ZonedParts): number {
  const jan1 = new Date(Date.UTC(p.year, 0, 1)).getUTCDay();
  const nextJan1 = new Date(Date.UTC(p.year + 1, 0, 1)).getUTCDay();
  const doy = dayOfYear(p);
  const daysInYear = Math.round((Date.UTC(p.year + 1, 0, 1) - Date.UTC(p.year, 0, 1)) / 86_400_000);
  // The last days of December that share a week with next January 1 belong to week 1.
  if (nextJan1 !== 0 && doy > daysInYear - nextJan1) return 1;
  return Math.floor((doy - 1 + jan1) / 7) + 1;
}

function offset(mins: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (mins === 0 && style !== 'Z') return 'Z';
  const sign = mins < 0 ? '-' : '+';
  const a = Math.abs(mins);
  const hh = pad(Math.floor(a / 60), 2);
  const mm = pad(a % 60, 2);
  if (style === 'X1') return sign + hh;
  if (style === 'X3') return `${sign}${hh}:${mm}`;
  return sign + hh + mm;
}

function field(letter: string, count: number, p: ZonedParts, ms: number, tz: string): string {
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      const y = p.year > 0 ? p.year : 1 - p.year;
      return count === 2 ? pad(y % 100, 2) : pad(y, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1];
      if (count === 3) return MONTHS[p.month - 1].slice(0, 3);
      return pad(p.month, count);
    case 'w':
      return pad(weekOfYear(p), count);
    case 'W': {
      const firstDow = new Date(Date.UTC(p.year, p.month - 1, 1)).getUTCDay();
      return pad(Math.floor((p.day - 1 + firstDow) / 7) + 1, count);
    }
    case 'D':
      return pad(dayOfYear(p), count);
    case 'd':
      return pad(p.day, count);
    case 'F':
      return pad(Math.floor((p.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'z':
      return zoneName(ms, tz, count >= 4 ? 'long' : 'short');
    case 'Z':
      return offset(p.offsetMinutes, 'Z');
    case 'X':
      if (count > 3) throw new Error('invalid ISO 8601 format: length=' + count);
      return offset(p.offsetMinutes, count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatSimpleDate(ms: number, timeZone: string, pattern: string): string {
  const tz = isValidTimeZone(timeZone) ? timeZone : 'GMT';
  const p = zonedParts(ms, tz);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new Error('Unterminated quote');
      // Inside quotes, '' is a literal quote.
      let j = i + 1;
      let text = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j++];
      }
      if (j >= pattern.length) throw new Error('Unterminated quote');
      out += text;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      out += field(c, n, p, ms, tz);
      i += n;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
