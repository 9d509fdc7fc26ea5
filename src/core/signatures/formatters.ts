/**
 * Formatting sections: `{{#upper}}{{fullName}}{{/upper}}`, lower, titleCase, formatPhone (international, in the
 * grouping of the number's country), formatPhoneNational, e164 (for `tel:` links), formatDate (`YYYY-MM-DD` →
 * `1 December 2026`). Phone numbers: see `phone-format.ts`.
 * Each receives the already-rendered, already-escaped inner text and keeps it escaped.
 */
import { decodeEntities, escapeHtml, mapText } from './html-policy';
import { joinLines } from './line-breaks';
import { formatPhoneNumber, type PhoneStyle } from './phone-format';

export interface FormatContext {
  /** ISO 3166 alpha-2 of the employee's address; the default country for phone numbers without +. */
  countryCode: string;
}

type MustacheLambda = (text: string, render: (template: string) => string) => string;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function textLambda(fn: (plain: string) => string): MustacheLambda {
  return (text, render) => mapText(render(text), (t) => escapeHtml(fn(decodeEntities(t))));
}

function phoneLambda(ctx: FormatContext, style: PhoneStyle): MustacheLambda {
  return (text, render) => {
    const raw = joinLines(decodeEntities(render(text))).trim();
    return raw === '' ? '' : escapeHtml(formatPhoneNumber(raw, ctx.countryCode, style));
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
