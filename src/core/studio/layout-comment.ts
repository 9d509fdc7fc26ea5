/**
 * A designed template keeps its layout inside itself, as a Mustache comment (`{{! studio … }}` renders to nothing,
 * mustache(5): "Comments begin with a bang and are ignored"), so the Studio reopens the design without a second
 * store and every other part of Autograph sees an ordinary template. The JSON never holds `}}`, so the comment cannot
 * end early: braces inside strings are written as \u escapes, and a space follows every structural `}`.
 */
import type { StudioLayout } from './layout';

const MARK = '{{! studio ';

export function withLayoutComment(template: string, layout: StudioLayout): string {
  let json = '';
  let inString = false;
  const raw = JSON.stringify(layout);
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (inString && c === '\\') {
      json += c + raw[++i];
      continue;
    }
    if (c === '"') inString = !inString;
    if (inString && (c === '{' || c === '}')) json += c === '{' ? '\\u007b' : '\\u007d';
    else json += c === '}' ? '} ' : c;
  }
  return `${MARK}${json}}}\n${template}`;
}

/** The layout a template was designed from (unchecked: the caller checks it like page input), or null. */
export function layoutInTemplate(template: string): unknown {
  if (!template.startsWith(MARK)) return null;
  const end = template.indexOf('}}', MARK.length);
  if (end === -1) return null;
  try {
    return JSON.parse(template.slice(MARK.length, end));
  } catch {
    return null;
  }
}

/** The template without its layout comment (what the HTML view shows when the design is edited by hand). */
export function withoutLayoutComment(template: string): string {
  if (layoutInTemplate(template) === null) return template;
  return template.slice(template.indexOf('}}\n') + 3);
}
