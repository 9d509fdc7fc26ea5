/**
 * Renders a template for one employee. Mustache does the substitution (`{{field}}` escaped, `{{#field}}…{{/field}}`
 * hidden when empty); unescaped forms (`{{{x}}}`, `{{&x}}`) are rendered escaped all the same, so no employee
 * field can inject markup. A value's line breaks become `<br>` in text, after escaping (`line-breaks.ts`).
 * Then, defence in depth, the output is tokenised like the template was: href/src values from employee data
 * that are not https/mailto/tel (images: https) are dropped, and anything else the policy refuses (a script, an
 * event handler, a bad scheme) refuses the rendering. Never throws: a template Mustache cannot parse is a
 * refusal with the reason, so one bad template stops only the employees it is for.
 */
import Mustache from 'mustache';
import type { Employee } from '../directory/employee';
import { dropBadUrls, htmlProblems } from './html-policy';
import { escapeValue, LINE_BREAK, placeLineBreaks } from './line-breaks';
import { signatureView, type ViewContext } from './placeholders';
import { lineCol } from './html-tokens';
import { GMAIL_SIGNATURE_LIMIT } from './types';
import { signatureLength } from './signature-length';

/** Why a rendering is refused: over Gmail's limit, output the policy refuses, or a template Mustache cannot parse. */
export type RefusalKind = 'too_long' | 'unsafe' | 'syntax';

export interface RenderResult {
  html: string;
  /** Characters, as Gmail counts its 10,000-character limit. */
  length: number;
  /** Attributes removed because the employee's data made a URL that is not allowed. */
  removed: string[];
  /** Set when the rendering must not be written: the reason to show, and the fix. */
  refusal: { kind: RefusalKind; reason: string; fix: string } | null;
}

/** `{{{name}}}` and `{{& name}}` become `{{name}}`: every value is escaped, whatever the template says. */
export function forceEscaped(template: string): string {
  return template.replace(/\{\{\{\s*([^}]*?)\s*\}\}\}/g, '{{$1}}').replace(/\{\{&\s*([^}]*?)\s*\}\}/g, '{{$1}}');
}

/** Mustache's parse error for a template (e.g. `Unclosed section "title" at 29`), at its offset, or null. */
export function templateSyntaxError(template: string): { offset: number; message: string; fix: string } | null {
  try {
    Mustache.parse(template);
    Mustache.parse(forceEscaped(template));
    return null;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const offset = openingOf(template, message, Number(/ at (\d+)\s*$/.exec(message)?.[1] ?? 0));
    return { offset, message: `the template cannot be read: ${message.replace(/ at \d+\s*$/, '')}`, fix: 'balance every {{#block}} with its {{/block}} and every {{ with }}' };
  }
}

/** Mustache reports where it gave up (often the end); the admin needs the `{{` that was left open. */
function openingOf(template: string, message: string, at: number): number {
  const section = /^Unclosed section "(.*)"/.exec(message)?.[1];
  const before = template.slice(0, Math.max(0, at));
  if (section !== undefined) {
    const opens = [...before.matchAll(/\{\{\s*[#^]\s*([^}]*?)\s*\}\}/g)].filter((m) => m[1] === section);
    return opens[opens.length - 1]?.index ?? at;
  }
  if (/^Unclosed tag/.test(message)) {
    const open = before.lastIndexOf('{{');
    return open >= 0 ? open : at;
  }
  return at;
}

export function renderSignature(template: string, employee: Employee, ctx: ViewContext): RenderResult {
  const syntax = templateSyntaxError(template);
  if (syntax) {
    const where = lineCol(template, syntax.offset);
    return refused('syntax', `${syntax.message} (line ${where.line}, column ${where.col})`, `open the template, fix it (${syntax.fix}) and save it`);
  }
  let raw: string;
  try {
    // A template's own LINE_BREAK (saving refuses private-use characters; a sheet edit may not) is not a value's.
    const source = forceEscaped(template).split(LINE_BREAK).join('');
    raw = placeLineBreaks(Mustache.render(source, signatureView(employee, ctx), {}, { escape: escapeValue }));
  } catch (err) {
    return refused('syntax', `the template cannot be rendered: ${err instanceof Error ? err.message : String(err)}`, 'open the template, fix the issues its editor lists and save it');
  }
  const { html, removed } = dropBadUrls(raw.trim());
  const length = signatureLength(html);
  const unsafe = htmlProblems(html);
  if (unsafe.length > 0) {
    return { html: '', length: 0, removed, refusal: { kind: 'unsafe', reason: `the signature for ${employee.primaryEmail} would contain what a signature may not: ${unsafe[0].message}`, fix: `${unsafe[0].fix}; open the template and save it again to see every issue` } };
  }
  const refusal =
    length > GMAIL_SIGNATURE_LIMIT
      ? {
          kind: 'too_long' as const,
          reason: `the signature for ${employee.primaryEmail} is ${length.toLocaleString('en-US')} characters; Gmail accepts at most ${GMAIL_SIGNATURE_LIMIT.toLocaleString('en-US')}`,
          fix: 'shorten the template, or the fields that are long for this employee (an https image instead of inline styling helps)',
        }
      : null;
  return { html, length, removed, refusal };
}

function refused(kind: RefusalKind, reason: string, fix: string): RenderResult {
  return { html: '', length: 0, removed: [], refusal: { kind, reason, fix } };
}
