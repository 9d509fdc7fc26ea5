/**
 * Checks a template when it is saved: unknown placeholders, unbalanced blocks, tags/attributes/URLs the policy
 * refuses, and the longest rendering across the real employees against Gmail's 10,000-character limit. Each
 * issue says where (line:col) and how to fix it. Errors block saving; warnings are shown and saving goes on.
 */
import type { Employee } from '../directory/employee';
import { mustacheTags, templateHtmlProblems } from './placeholder-contexts';
import { FORMATTER_NAMES, placeholderCatalogue } from './placeholders';
import { renderSignature, templateSyntaxError, type RenderResult } from './render';
import { lineCol } from './html-tokens';
import { GMAIL_SIGNATURE_LIMIT, type Banner } from './types';

export interface TemplateIssue {
  severity: 'error' | 'warning';
  /** Where in the template, from 1; 0 (and col 0) for the template as a whole (its length, who it refuses). */
  line: number;
  col: number;
  message: string;
  fix: string;
}

export interface ValidationInput {
  html: string;
  customFieldKeys: Iterable<string>;
  /** The employees the template could be rendered for (the tenant's synced employees). */
  employees: Employee[];
  /** The banner each employee would get (campaign or department), for an honest length. */
  bannerFor?: (e: Employee) => Banner | null;
  at: number;
  timeZone: string;
  /** Stop rendering employees when this returns true (a card action has ~30 s); the result says how many were checked. */
  outOfTime?: () => boolean;
}

export interface ValidationResult {
  ok: boolean;
  issues: TemplateIssue[];
  longest: { email: string; length: number } | null;
  /** Employees whose rendering is over the limit (they are refused at write time, the others are written). */
  overLimit: string[];
  /** Employees rendered for the length check (fewer than given when time ran out). */
  checked: number;
}

/** Never throws: whatever goes wrong while checking is an issue on the list, so save and preview always answer. */
export function validateTemplate(input: ValidationInput): ValidationResult {
  try {
    return checkTemplate(input);
  } catch (err) {
    const issue: TemplateIssue = { severity: 'error', line: 0, col: 0, message: `the template could not be checked: ${err instanceof Error ? err.message : String(err)}`, fix: 'simplify the part you changed last and save again' };
    return { ok: false, issues: [issue], longest: null, overLimit: [], checked: 0 };
  }
}

function checkTemplate(input: ValidationInput): ValidationResult {
  const { html } = input;
  const issues: TemplateIssue[] = [];
  const at = (offset: number) => lineCol(html, offset);
  const issue = (severity: TemplateIssue['severity'], offset: number, message: string, fix: string) =>
    issues.push({ severity, ...at(offset), message, fix });
  // What renders for employees is no one place in the source: it has no line and column.
  const whole = (severity: TemplateIssue['severity'], message: string, fix: string) => issues.push({ severity, line: 0, col: 0, message, fix });

  const known = new Set(placeholderCatalogue(input.customFieldKeys).map((p) => p.name));
  const formatters = new Set(FORMATTER_NAMES);
  const stack: Array<{ name: string; offset: number }> = [];
  const tags = mustacheTags(html);
  for (const { whole, triple, sigil, name, offset } of tags) {
    if (sigil === '!') continue;
    if (sigil === '=' || sigil === '>') {
      issue('error', offset, `${whole} is not supported (${sigil === '=' ? 'changing delimiters' : 'partials'})`, 'remove it; use {{field}} placeholders only');
      continue;
    }
    if (triple || sigil === '&') {
      issue('warning', offset, `${whole} would insert ${name} unescaped; Autograph always escapes values`, `write {{${name}}}`);
    }
    if (sigil === '#' || sigil === '^') {
      if (!known.has(name) && !(sigil === '#' && formatters.has(name))) unknown(name, offset);
      stack.push({ name, offset });
      continue;
    }
    if (sigil === '/') {
      const open = stack[stack.length - 1];
      if (!open) {
        issue('error', offset, `{{/${name}}} closes a block that was never opened`, `add {{#${name}}} before it, or remove it`);
      } else if (open.name !== name) {
        const where = at(open.offset);
        issue('error', offset, `{{/${name}}} closes {{#${open.name}}} (opened at ${where.line}:${where.col})`, `close {{#${open.name}}} with {{/${open.name}}} first`);
        const idx = stack.map((s) => s.name).lastIndexOf(name);
        if (idx >= 0) stack.length = idx;
      } else {
        stack.pop();
      }
      continue;
    }
    if (formatters.has(name)) {
      issue('error', offset, `{{${name}}} is a formatting block, not a field`, `wrap the value: {{#${name}}}{{fullName}}{{/${name}}}`);
    } else if (!known.has(name)) {
      unknown(name, offset);
    }
  }
  for (const open of stack.reverse()) {
    issue('error', open.offset, `{{#${open.name}}} is never closed`, `add {{/${open.name}}} where the block ends`);
  }

  for (const p of templateHtmlProblems(html, tags)) issue('error', p.offset, p.message, p.fix);
  // Mustache's own parser has the last word on syntax (what it refuses, every rendering would refuse).
  const syntax = issues.some((i) => i.severity === 'error') ? null : templateSyntaxError(html);
  if (syntax) issue('error', syntax.offset, syntax.message, syntax.fix);

  let longest: ValidationResult['longest'] = null;
  const overLimit: string[] = [];
  const refusedOther: string[] = [];
  let firstRefusal: RenderResult['refusal'] = null;
  let checked = 0;
  if (!issues.some((i) => i.severity === 'error')) {
    for (const e of input.employees) {
      if (checked % 100 === 0 && input.outOfTime?.()) break;
      checked++;
      const r = renderSignature(html, e, { banner: input.bannerFor?.(e) ?? null, at: input.at, timeZone: input.timeZone });
      if (r.refusal && r.refusal.kind !== 'too_long') {
        refusedOther.push(e.primaryEmail);
        firstRefusal ??= r.refusal;
        continue;
      }
      if (!longest || r.length > longest.length) longest = { email: e.primaryEmail, length: r.length };
      if (r.refusal) overLimit.push(e.primaryEmail);
    }
    if (firstRefusal) {
      whole('error', `${refusedOther.length} of ${checked} employees would be refused (${refusedOther.slice(0, 3).join(', ')}${refusedOther.length > 3 ? ', …' : ''}): ${firstRefusal.reason}`, firstRefusal.fix);
    }
    if (checked < input.employees.length) {
      whole('warning', `only ${checked} of ${input.employees.length} employees were checked for length before time ran out`, 'the nightly run checks everyone and refuses only those over the limit');
    }
    if (longest && longest.length > GMAIL_SIGNATURE_LIMIT) {
      const all = overLimit.length === checked;
      const over = longest.length - GMAIL_SIGNATURE_LIMIT;
      whole(
        all ? 'error' : 'warning',
        `the signature is ${over.toLocaleString('en-US')} character${over === 1 ? '' : 's'} too long for Gmail for ${longest.email}: ${longest.length.toLocaleString('en-US')} of the ${GMAIL_SIGNATURE_LIMIT.toLocaleString('en-US')} Gmail allows, with their values filled in. ${overLimit.length} of ${checked} employees would be refused`,
        'shorten the template: move inline styles to fewer elements, use hosted https images, drop long optional blocks',
      );
    }
  }
  issues.sort((a, b) => a.line - b.line || a.col - b.col);
  return { ok: !issues.some((i) => i.severity === 'error'), issues, longest, overLimit, checked };

  function unknown(name: string, offset: number): void {
    const guess = closest(name, [...known, ...formatters]);
    issue('error', offset, `unknown placeholder {{${name}}}`, guess ? `did you mean {{${guess}}}?` : 'see the list under "Placeholders" at the bottom of this card');
  }
}

function closest(name: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
