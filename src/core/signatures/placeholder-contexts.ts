/**
 * Where a template's placeholders stand in its HTML. A directory value is escaped for HTML, which keeps it inside
 * text and inside a QUOTED attribute value, and nowhere else: in a tag or attribute name, an unquoted value, a
 * `<script>`/`<style>` body or a comment it can still make markup. And in a link, escaping does not stop a
 * `javascript:` value, so the template itself must fix the scheme (`href="https://x/{{custom.linkedin}}"`,
 * `mailto:{{email}}`, `tel:…`), or hand the whole value to a field whose values are checked as URLs at render time.
 *
 * How: each `{{…}}` is replaced by private-use characters of the same length (offsets stay true), the result is
 * tokenised like any HTML, and the placeholders are found again in the tokens.
 */
import { ALLOWED_ATTRIBUTES, ALLOWED_SCHEMES, htmlProblems, normaliseUrl, urlScheme, type HtmlProblem, type UrlKind } from './html-policy';
import { tokenizeHtml, type HtmlAttribute } from './html-tokens';

/** One `{{…}}` of a template: `sigil` is `#`, `^`, `/`, `&`, `>`, `!`, `=` or '' (a value); `triple` for `{{{x}}}`. */
export interface MustacheTag {
  offset: number;
  length: number;
  whole: string;
  triple: boolean;
  sigil: string;
  name: string;
}

const TAG_RE = /\{\{(\{?)\s*([#^\/&>!=]?)\s*([\s\S]*?)\s*\}?\}\}/g;

export function mustacheTags(html: string): MustacheTag[] {
  const out: MustacheTag[] = [];
  TAG_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG_RE.exec(html))) out.push({ offset: m.index, length: m[0].length, whole: m[0], triple: m[1] === '{', sigil: m[2], name: m[3].trim() });
  return out;
}

/** Fields whose values are checked as URLs when rendering (a bad one drops the attribute), so they may fill a whole href/src. */
export function isUrlField(name: string): boolean {
  return name === 'photoUrl' || name === 'banner.imageUrl' || name === 'banner.link' || name.startsWith('custom.');
}

/** Attributes whose value is plain text to a mail client: an escaped value there is only text. */
const TEXT_ATTRIBUTES = new Set(['alt', 'title']);

// A placeholder becomes MARK, one character naming which tag it is (0xE100 + index), then FILL up to its length.
const MARK = '\uE000';
const FILL = '\uE001';
const INDEX_BASE = 0xe100;
const MAX_TAGS = 0xf8ff - INDEX_BASE;

/**
 * Problems with the HTML of a template and with where its placeholders stand. Offsets are into `html`.
 * Literal URLs are checked here; values a placeholder makes are checked again on every rendering.
 */
export function templateHtmlProblems(html: string, tags: MustacheTag[] = mustacheTags(html)): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const add = (offset: number, message: string, fix: string) => problems.push({ offset, message, fix });
  if (/[\uE000-\uF8FF]/.test(html)) {
    const at = html.search(/[\uE000-\uF8FF]/);
    add(at, 'the template contains a private-use character', 'delete the invisible character (it does not show in a mail client)');
    return problems;
  }
  if (tags.length > MAX_TAGS) return [{ offset: 0, message: `the template has ${tags.length} placeholders; at most ${MAX_TAGS} are checked`, fix: 'split it into a shorter template' }];
  let masked = '';
  let at = 0;
  tags.forEach((t, i) => {
    masked += html.slice(at, t.offset) + MARK + String.fromCharCode(INDEX_BASE + i) + FILL.repeat(t.length - 2);
    at = t.offset + t.length;
  });
  masked += html.slice(at);
  const tagsIn = (s: string): MustacheTag[] => [...s.matchAll(/\uE000([\uE100-\uF8FF])/g)].map((m) => tags[m[1].charCodeAt(0) - INDEX_BASE]);
  const hasMark = (s: string) => s.includes(MARK) || s.includes(FILL);
  const label = (t: MustacheTag | undefined) => (t ? t.whole : 'a placeholder');

  for (const m of masked.matchAll(/<[\/!?]?(?=\uE000)/g)) {
    add(m.index ?? 0, `${label(tagsIn(masked.slice(m.index))[0])} right after "<" would let a value write a tag`, 'write the tag name in the template, e.g. <b>{{title}}</b>');
  }
  for (const t of tokenizeHtml(masked)) {
    if (t.kind === 'markup' || t.kind === 'close') {
      if (t.kind === 'close' && hasMark(t.name)) add(t.offset, `${label(tagsIn(t.name)[0])} inside a tag name`, 'write the tag name in the template');
      continue; // comments and declarations are refused below, with or without placeholders
    }
    if (t.kind === 'text') {
      if (t.rawTextOf && hasMark(t.raw)) add(t.offset, `${label(tagsIn(t.raw)[0])} inside <${t.rawTextOf}>`, `remove the <${t.rawTextOf}> element; put values in text or in alt/title/href/src`);
      continue;
    }
    if (hasMark(t.name)) add(t.offset, `${label(tagsIn(t.name)[0])} inside a tag name`, 'write the tag name in the template');
    for (const a of t.attributes) {
      if (hasMark(a.name)) {
        add(a.offset, `${label(tagsIn(a.name)[0])} in place of an attribute name`, 'write attribute names in the template; put the placeholder inside a quoted value');
        continue;
      }
      if (!hasMark(a.value) || !ALLOWED_ATTRIBUTES.has(a.name)) continue;
      const first = label(tagsIn(a.value)[0]);
      if (a.quote !== '"' && a.quote !== "'") {
        add(a.offset, `${first} in the unquoted value of ${a.name}: a value with a space would add attributes`, `quote the value: ${a.name}="…"`);
      } else if (a.name === 'href' || a.name === 'src') {
        const why = urlPlaceholderProblem(a, tagsIn(a.value), a.name === 'src' ? 'image' : 'link');
        if (why) add(a.offset, why.message, why.fix);
      } else if (!TEXT_ATTRIBUTES.has(a.name)) {
        add(a.offset, `${first} in ${a.name}: placeholders may stand only in text and in alt, title, href or src`, `write a fixed ${a.name} value`);
      }
    }
  }
  for (const p of htmlProblems(masked, (a) => hasMark(a.value) && (a.name === 'href' || a.name === 'src' || TEXT_ATTRIBUTES.has(a.name)))) {
    problems.push({ ...p, message: p.message.replace(/[\uE000-\uF8FF]+/g, '{{…}}') });
  }
  return problems.sort((x, y) => x.offset - y.offset);
}

function urlPlaceholderProblem(a: HtmlAttribute, inside: MustacheTag[], kind: UrlKind): { message: string; fix: string } | null {
  const value = normaliseUrl(a.value);
  const firstMark = value.search(/[\uE000\uE001]/);
  const prefix = value.slice(0, firstMark);
  const example = kind === 'image' ? 'src="https://cdn.example.com/{{custom.photo}}"' : 'href="https://www.linkedin.com/in/{{custom.linkedin}}", href="mailto:{{email}}" or href="tel:{{#e164}}{{phone.work}}{{/e164}}"';
  if (prefix === '') {
    const values = inside.filter((t) => t.sigil === '' || t.sigil === '&');
    const wholeValue = !/[^\uE000-\uF8FF]/.test(value);
    const notUrl = values.find((t) => !isUrlField(t.name));
    if (wholeValue && values.length > 0 && !notUrl) return null;
    if (notUrl && wholeValue) {
      return { message: `${notUrl.whole} is not a web address, so it cannot be the whole ${a.name}`, fix: `fix the scheme in the template: ${example}` };
    }
    return { message: `the ${a.name} begins with a placeholder: a directory value would choose the scheme (javascript:, data:…)`, fix: `start it with ${kind === 'image' ? 'https://' : 'https://, mailto: or tel:'} in the template, e.g. ${example}` };
  }
  const scheme = urlScheme(prefix);
  if (ALLOWED_SCHEMES[kind].includes(scheme) || (kind === 'link' && prefix.startsWith('#'))) return null;
  const allowed = kind === 'image' ? 'an https address' : 'https:, mailto: or tel:';
  return { message: `${kind === 'image' ? 'images must use' : 'links must start with'} ${allowed} (written before any placeholder), not "${prefix}"`, fix: `write the scheme in the template, e.g. ${example}` };
}
