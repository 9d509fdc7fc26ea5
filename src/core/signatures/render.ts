/**
 * Renders a template for one employee. Mustache does the substitution (`{{field}}` escaped, `{{#field}}…{{/field}}`
 * hidden when empty); unescaped forms (`{{{x}}}`, `{{&x}}`) are rendered escaped all the same, so no employee
 * field can inject markup. URLs an employee's data puts into href/src are checked after rendering and dropped
 * when not https/mailto/tel (images: https).
 */
import Mustache from 'mustache';
import type { Employee } from '../directory/employee';
import { dropBadUrls, escapeHtml } from './html-policy';
import { signatureView, type ViewContext } from './placeholders';
import { GMAIL_SIGNATURE_LIMIT } from './types';

export interface RenderResult {
  html: string;
  /** Characters, as Gmail counts its 10,000-character limit. */
  length: number;
  /** Attributes removed because the employee's data made a URL that is not allowed. */
  removed: string[];
  /** Set when the rendering is over Gmail's limit: the reason to show, and the fix. */
  refusal: { reason: string; fix: string } | null;
}

/** `{{{name}}}` and `{{& name}}` become `{{name}}`: every value is escaped, whatever the template says. */
export function forceEscaped(template: string): string {
  return template.replace(/\{\{\{\s*([^}]*?)\s*\}\}\}/g, '{{$1}}').replace(/\{\{&\s*([^}]*?)\s*\}\}/g, '{{$1}}');
}

export function renderSignature(template: string, employee: Employee, ctx: ViewContext): RenderResult {
  const raw = Mustache.render(forceEscaped(template), signatureView(employee, ctx), {}, { escape: escapeHtml });
  const { html, removed } = dropBadUrls(raw.trim());
  const length = html.length;
  const refusal =
    length > GMAIL_SIGNATURE_LIMIT
      ? {
          reason: `the signature for ${employee.primaryEmail} is ${length.toLocaleString('en-US')} characters; Gmail accepts at most ${GMAIL_SIGNATURE_LIMIT.toLocaleString('en-US')}`,
          fix: 'shorten the template, or the fields that are long for this employee (an https image instead of inline styling helps)',
        }
      : null;
  return { html, length, removed, refusal };
}
