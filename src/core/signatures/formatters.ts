/**
 * Formatting sections: `{{#upper}}{{fullName}}{{/upper}}`, lower, titleCase, formatPhone (international, for the
 * employee's country), formatPhoneNational, e164 (for `tel:` links), formatDate (`YYYY-MM-DD` → `1 December 2026`).
 * Each receives the already-rendered, already-escaped inner text and keeps it escaped.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { decodeEntities, escapeHtml, mapText } from './html-policy';

export interface FormatContext {
  /** ISO 3166 alpha-2 of the employee's address; the default country for phone numbers without +. */
  countryCode: string;
}

type MustacheLambda = (text: string, render: (template: string) => string) => string;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function textLambda(fn: (plain: string) => string): MustacheLambda {
  return (text, render) => mapText(render(text), (t) => escapeHtml(fn(decodeEntities(t))));
}

function phoneLambda(ctx: FormatContext, style: 'international' | 'national' | 'e164'): MustacheLambda {
  return (text, render) => {
    const raw = decodeEntities(render(text)).trim();
    if (raw === '') return '';
    const country = /^[A-Z]{2}$/.test(ctx.countryCode) ? (ctx.countryCode as CountryCode) : undefined;
    const parsed = parsePhoneNumberFromString(raw, country);
    if (!parsed) return escapeHtml(style === 'e164' ? raw.replace(/[^\d+]/g, '') : raw);
    const out = style === 'e164' ? parsed.number : style === 'national' ? parsed.formatNational() : parsed.formatInternational();
    return escapeHtml(out);
  };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'’(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function formatDate(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return s;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : s;
}

export const FORMATTERS: Record<string, (ctx: FormatContext) => MustacheLambda> = {
  upper: () => textLambda((t) => t.toUpperCase()),
  lower: () => textLambda((t) => t.toLowerCase()),
  titleCase: () => textLambda(titleCase),
  formatPhone: (ctx) => phoneLambda(ctx, 'international'),
  formatPhoneNational: (ctx) => phoneLambda(ctx, 'national'),
  e164: (ctx) => phoneLambda(ctx, 'e164'),
  formatDate: () => textLambda(formatDate),
};
