/**
 * A phone number as `{{#formatPhone}}` / `{{#formatPhoneNational}}` / `{{#e164}}` write it. The digits are always
 * the number's own (country code, national number, extension); only the grouping is chosen:
 *
 * 1. libphonenumber's grouping for the number's country, where its metadata has one for the number
 *    (`+49 30 1234567`, `+44 20 7946 0018`, `+33 1 42 68 53 00`);
 * 2. otherwise the directory's own grouping, when the directory grouped the very same digits: a number outside
 *    the ranges libphonenumber knows (`+49 158 9162241`; libphonenumber prints `+49 1589162241` for it, with
 *    `min` and `max` metadata alike) keeps the groups the admin typed;
 * 3. otherwise libphonenumber's output as it is (the directory had no grouping to keep either);
 * 4. text that is not a possible phone number ("reception", "12") is written as the directory has it.
 *
 * Metadata: `min`, as Contact Inbox's phone parsing already bundles it. libphonenumber-js's README
 * (npmjs.com/package/libphonenumber-js): `min` leaves out "the regular expressions for determining a phone number
 * type" and the "precise regular expressions for validating phone number digits"; formatting rules are in every
 * set, and `min` and `max` formatted 147,000 seeded numbers alike (`npm run bench -- phones`, docs/signatures.md).
 */
import { isSupportedCountry, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/min';

export type PhoneStyle = 'international' | 'national' | 'e164';

/** How an extension is written after the number, the same in every style (libphonenumber's own " ext. "). */
const EXTENSION = ' ext. ';

// The number without its extension: the extension is appended once, after whichever grouping was chosen.
const WITHOUT_EXTENSION = { formatExtension: (formatted: string) => formatted };

/**
 * `raw` in the given style. `countryCode` (the employee's, ISO 3166 alpha-2) places a number written without
 * `+`; an unknown or missing one leaves such a number as the directory has it.
 */
export function formatPhoneNumber(raw: string, countryCode: string, style: PhoneStyle): string {
  const country = isSupportedCountry(countryCode) ? countryCode : undefined;
  const parsed = parsePhoneNumberFromString(raw, country);
  if (!parsed || !parsed.isPossible()) return style === 'e164' ? raw.replace(/[^\d+]/g, '') : raw;
  if (style === 'e164') return parsed.number;
  const ext = parsed.ext ? `${EXTENSION}${parsed.ext}` : '';
  const international = parsed.formatInternational(WITHOUT_EXTENSION);
  const prefix = `+${parsed.countryCallingCode} `;
  const libraryGroups = /\D/.test(international.startsWith(prefix) ? international.slice(prefix.length) : international);
  if (libraryGroups) return (style === 'national' ? parsed.formatNational(WITHOUT_EXTENSION) : international) + ext;
  // libphonenumber has no grouping for this number, and its national form of it would even lack the trunk prefix
  // ("1589162241"). A number the directory wrote nationally stays as written ("0158 9162241"); any other is
  // written internationally in either style, in the directory's groups where it had some.
  const own = directoryGrouping(raw, parsed);
  if (style === 'national' && own && !/^\s*(\+|00)/.test(raw)) return tidy(raw.slice(0, own.end)) + ext;
  return (own ? prefix + own.groups : international) + ext;
}

/**
 * Where the directory value holds the national number's digits, in order and as the last digits before the
 * extension's, and how it grouped them; null when the digits differ or the directory did not group them.
 */
function directoryGrouping(raw: string, parsed: PhoneNumber): { groups: string; end: number } | null {
  const national = String(parsed.nationalNumber);
  const ext = parsed.ext ?? '';
  const at: number[] = [];
  let digits = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] >= '0' && raw[i] <= '9') {
      at.push(i);
      digits += raw[i];
    }
  }
  const first = digits.length - ext.length - national.length;
  if (first < 0 || digits.slice(first, first + national.length) !== national || digits.slice(first + national.length) !== ext) return null;
  const end = at[first + national.length - 1] + 1;
  const groups = tidy(raw.slice(at[first], end));
  return /\D/.test(groups) ? { groups, end } : null;
}

/** Whitespace runs as one space; parentheses that lost their partner (`(0158) 91…` cut after "0") dropped. */
function tidy(s: string): string {
  const balanced = (s.match(/\(/g) ?? []).length === (s.match(/\)/g) ?? []).length;
  return (balanced ? s : s.replace(/[()]/g, ' ')).replace(/\s+/g, ' ').trim();
}
