/**
 * What a signature's HTML may contain. Gmail sanitises signatures with an undocumented allow-list
 * (gmail/api/reference/rest/v1/users.settings.sendAs: "Gmail will sanitize the HTML before saving it"), so
 * Autograph keeps to the plain e-mail HTML every client renders, and refuses what Gmail would strip silently.
 * Links must be https, mailto or tel; images https only (a base64 image eats the 10,000-character budget).
 */
import { tokenizeHtml, type HtmlAttribute, type HtmlToken } from './html-tokens';

export const ALLOWED_TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'big', 'sub', 'sup', 'span', 'div', 'p', 'br', 'hr', 'img',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'font', 'ul', 'ol', 'li', 'blockquote', 'center', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code', 'col', 'colgroup', 'caption',
]);

export const ALLOWED_ATTRIBUTES = new Set([
  'href', 'src', 'alt', 'title', 'style', 'width', 'height', 'align', 'valign', 'border', 'cellpadding',
  'cellspacing', 'color', 'face', 'size', 'bgcolor', 'colspan', 'rowspan', 'dir', 'target', 'rel', 'class', 'role',
]);

export type UrlKind = 'link' | 'image';

/**
 * A URL as a browser reads it: entity-decoded by the tokenizer, then leading/trailing C0 controls and spaces
 * stripped and every tab/newline removed (url.spec.whatwg.org/#concept-basic-url-parser), so `\tjava\nscript:`
 * is `javascript:`.
 */
export function normaliseUrl(decoded: string): string {
  return decoded.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The scheme of a normalised URL, lower-case ('' for a relative one). */
export function urlScheme(url: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

/** Schemes a signature may use: links https, mailto, tel; images https only. */
export const ALLOWED_SCHEMES: Record<UrlKind, readonly string[]> = { link: ['https', 'mailto', 'tel'], image: ['https'] };

/** Why an (entity-decoded) URL is refused, or '' when it is allowed. */
export function urlProblem(decoded: string, kind: UrlKind): string {
  const url = normaliseUrl(decoded);
  if (url === '') return kind === 'image' ? 'the image has no address' : '';
  const scheme = urlScheme(url);
  if (kind === 'image') {
    if (scheme === 'data') return 'embedded (data:/base64) images are not allowed; host the image and use its https address';
    if (scheme !== 'https') return `images must use an https address, not "${truncate(url, 60)}"`;
    return '';
  }
  if (ALLOWED_SCHEMES.link.includes(scheme)) return '';
  if (scheme === '' && url.startsWith('#')) return '';
  return `links must start with https:, mailto: or tel:, not "${truncate(url, 60)}"`;
}

/** Escapes text for HTML content and quoted attributes (the five characters HTML needs, nothing more). */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

/** Applies `fn` to the text of an HTML fragment, leaving tags and entities intact (for upper/lower/title case). */
export function mapText(html: string, fn: (text: string) => string): string {
  return html.replace(/(<[^>]*>|&[#a-z0-9]+;)|([^<&]+|&)/gi, (_m, markup: string | undefined, text: string | undefined) =>
    markup !== undefined ? markup : fn(text ?? ''),
  );
}

/** A rule an HTML fragment breaks, at an offset into the fragment. */
export interface HtmlProblem {
  offset: number;
  message: string;
  fix: string;
}

/** CSS that loads or runs something, or hides it from a check (escapes, comments). */
const UNSAFE_STYLE = /url\s*\(|expression\s*\(|javascript:|vbscript:|@import|behavio(u)?r\s*:|-moz-binding|\\|\/\*/i;

/**
 * Tags, attributes and URLs that break the policy, found by tokenising the fragment as a browser would.
 * `skipValue(attribute)` leaves an attribute's value to the caller (the template check does placeholders itself).
 */
export function htmlProblems(html: string, skipValue: (a: HtmlAttribute) => boolean = () => false): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const add = (offset: number, message: string, fix: string) => problems.push({ offset, message, fix });
  for (const t of tokenizeHtml(html)) {
    if (t.kind === 'markup') {
      add(t.offset, `${t.raw.startsWith('<!--') ? 'an HTML comment' : `"${truncate(t.raw, 20)}"`} is not allowed in a signature (Gmail drops it; Outlook runs conditional comments)`, 'remove it; write notes as {{! note }}');
      continue;
    }
    if (t.kind !== 'open') continue;
    if (!ALLOWED_TAGS.has(t.name)) {
      add(t.offset, `<${t.name}> is not allowed in a signature`, t.name === 'style' ? 'use style="…" attributes on each element instead' : `remove the <${t.name}> element; allowed: ${[...ALLOWED_TAGS].slice(0, 12).join(', ')}, …`);
    }
    let previous: HtmlAttribute | null = null;
    for (const a of t.attributes) {
      if (previous && (previous.quote === '"' || previous.quote === "'") && a.offset === previous.end) {
        add(a.offset, `attribute ${a.name} is glued to the quoted value before it`, `put a space before ${a.name}, or remove it`);
      }
      previous = a;
      if (a.name.startsWith('on')) {
        add(a.offset, `event attribute ${a.name} is not allowed`, `remove ${a.name}="…"`);
      } else if (!ALLOWED_ATTRIBUTES.has(a.name)) {
        add(a.offset, `attribute ${a.name} on <${t.name}> is not allowed`, `remove ${a.name}, or use style="…"`);
      } else if (skipValue(a)) {
        continue;
      } else if (a.name === 'style' && UNSAFE_STYLE.test(a.value)) {
        add(a.offset, 'style may not load images or scripts (url(), expression(), @import, escapes, comments)', 'use an <img> with an https src instead, and plain CSS properties');
      } else if (a.name === 'href' || a.name === 'src') {
        const kind: UrlKind = a.name === 'src' ? 'image' : 'link';
        const why = urlProblem(a.value, kind);
        if (why) add(a.offset, why, kind === 'image' ? 'use an https:// image address' : 'use an https://, mailto: or tel: address');
      }
    }
  }
  return problems.sort((x, y) => x.offset - y.offset);
}

/** The start tags of a fragment, with their attributes (for the preview's images and the fingerprint's URLs). */
export function startTags(html: string): Array<Extract<HtmlToken, { kind: 'open' }>> {
  return tokenizeHtml(html).filter((t): t is Extract<HtmlToken, { kind: 'open' }> => t.kind === 'open');
}

/**
 * Removes `href`/`src` attributes whose URL is not allowed from rendered HTML (an employee's field may hold
 * `javascript:` or `http:`). Returns the cleaned HTML and what was removed.
 */
export function dropBadUrls(html: string): { html: string; removed: string[] } {
  const removed: string[] = [];
  const cut: Array<[number, number]> = [];
  for (const tag of startTags(html)) {
    for (const a of tag.attributes) {
      if (a.name !== 'href' && a.name !== 'src') continue;
      const why = urlProblem(a.value, a.name === 'src' ? 'image' : 'link');
      if (!why) continue;
      removed.push(`${a.name} on <${tag.name}>: ${why}`);
      cut.push([a.offset, a.end]);
    }
  }
  if (cut.length === 0) return { html, removed };
  let out = '';
  let at = 0;
  for (const [from, to] of cut) {
    out += html.slice(at, from).replace(/\s+$/, '');
    at = to;
  }
  return { html: out + html.slice(at), removed };
}

/** Text and URLs of a signature, whitespace-collapsed: equal for what we sent and what Gmail stored of it. */
export function signatureFingerprint(html: string): string {
  const urls: string[] = [];
  const text: string[] = [];
  for (const t of tokenizeHtml(html)) {
    if (t.kind === 'open') for (const a of t.attributes) if (a.name === 'href' || a.name === 'src') urls.push(a.value.trim());
    if (t.kind === 'open' || t.kind === 'close') text.push(' ');
    if (t.kind === 'text' && t.rawTextOf === '') text.push(t.text);
  }
  return `${text.join('').replace(/\s+/g, ' ').trim()}\u0000${urls.join('\u0000')}`;
}

/** A short stable hash (FNV-1a, 2 × 32 bit) of a string; used to remember what was sent without storing it. */
export function htmlHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
