/**
 * What a signature's HTML may contain. Gmail sanitises signatures with an undocumented allow-list
 * (gmail/api/reference/rest/v1/users.settings.sendAs: "Gmail will sanitize the HTML before saving it"), so
 * Autograph keeps to the plain e-mail HTML every client renders, and refuses what Gmail would strip silently.
 * Links must be https, mailto or tel; images https only (a base64 image eats the 10,000-character budget).
 */

export const ALLOWED_TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'big', 'sub', 'sup', 'span', 'div', 'p', 'br', 'hr', 'img',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'font', 'ul', 'ol', 'li', 'blockquote', 'center', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code', 'col', 'colgroup', 'caption',
]);

export const ALLOWED_ATTRIBUTES = new Set([
  'href', 'src', 'alt', 'title', 'style', 'width', 'height', 'align', 'valign', 'border', 'cellpadding',
  'cellspacing', 'color', 'face', 'size', 'bgcolor', 'colspan', 'rowspan', 'dir', 'target', 'rel', 'class', 'role',
]);

const VOID_TAGS = new Set(['br', 'hr', 'img', 'col']);

export type UrlKind = 'link' | 'image';

/** Why a URL is refused, or '' when it is allowed. `link`: https, mailto, tel; `image`: https. */
export function urlProblem(raw: string, kind: UrlKind): string {
  const url = decodeEntities(raw).trim();
  if (url === '') return kind === 'image' ? 'the image has no address' : '';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (kind === 'image') {
    if (scheme === 'data') return 'embedded (data:/base64) images are not allowed; host the image and use its https address';
    if (scheme !== 'https') return `images must use an https address, not "${truncate(url, 60)}"`;
    return '';
  }
  if (scheme === 'https' || scheme === 'mailto' || scheme === 'tel') return '';
  if (scheme === undefined && url.startsWith('#')) return '';
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

/** One tag of an HTML fragment with its attributes and its offset in the fragment. */
export interface HtmlTag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: Array<{ name: string; value: string; offset: number; end: number }>;
  offset: number;
  length: number;
}

const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->/g;
const ATTR_RE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function scanTags(html: string): HtmlTag[] {
  const out: HtmlTag[] = [];
  TAG_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG_RE.exec(html))) {
    if (m[0].startsWith('<!--')) continue;
    const attributes: HtmlTag['attributes'] = [];
    const attrText = m[3] ?? '';
    const attrStart = m.index + 1 + m[1].length + m[2].length;
    ATTR_RE.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = ATTR_RE.exec(attrText))) {
      attributes.push({
        name: a[1].toLowerCase(),
        value: a[2] ?? a[3] ?? a[4] ?? '',
        offset: attrStart + a.index,
        end: attrStart + a.index + a[0].length,
      });
    }
    out.push({
      name: m[2].toLowerCase(),
      closing: m[1] === '/',
      selfClosing: m[4] === '/' || VOID_TAGS.has(m[2].toLowerCase()),
      attributes,
      offset: m.index,
      length: m[0].length,
    });
  }
  return out;
}

/** A rule an HTML fragment breaks, at an offset into the fragment. */
export interface HtmlProblem {
  offset: number;
  message: string;
  fix: string;
}

/**
 * Tags, attributes and URLs that break the policy. `urlCheck(value)` decides whether a URL attribute is checked
 * here (the validator skips values made of placeholders; the renderer checks every value).
 */
export function htmlProblems(html: string, urlCheck: (value: string) => boolean = () => true): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const lower = html.toLowerCase();
  for (const raw of ['<script', '<style', '<iframe', '<object', '<embed', '<form', '<svg', '<link', '<meta', '<base']) {
    let i = lower.indexOf(raw);
    while (i >= 0) {
      const end = lower[i + raw.length];
      if (end === undefined || /[\s>\/]/.test(end)) {
        problems.push({
          offset: i,
          message: `<${raw.slice(1)}> is not allowed in a signature`,
          fix: raw === '<style' ? 'use style="…" attributes on each element instead' : `remove the <${raw.slice(1)}> element`,
        });
      }
      i = lower.indexOf(raw, i + 1);
    }
  }
  for (const tag of scanTags(html)) {
    if (!ALLOWED_TAGS.has(tag.name)) {
      if (['script', 'style', 'iframe', 'object', 'embed', 'form', 'svg', 'link', 'meta', 'base'].includes(tag.name)) continue;
      if (!tag.closing) {
        problems.push({ offset: tag.offset, message: `<${tag.name}> is not an allowed tag`, fix: `use one of: ${[...ALLOWED_TAGS].slice(0, 12).join(', ')}, …` });
      }
      continue;
    }
    for (const a of tag.attributes) {
      if (a.name.startsWith('on')) {
        problems.push({ offset: a.offset, message: `event attribute ${a.name} is not allowed`, fix: `remove ${a.name}="…"` });
      } else if (!ALLOWED_ATTRIBUTES.has(a.name)) {
        problems.push({ offset: a.offset, message: `attribute ${a.name} on <${tag.name}> is not allowed`, fix: `remove ${a.name}, or use style="…"` });
      } else if (a.name === 'style' && /url\s*\(|expression\s*\(|javascript:|@import/i.test(decodeEntities(a.value))) {
        problems.push({ offset: a.offset, message: 'style may not load images or scripts (url(), expression(), @import)', fix: 'use an <img> with an https src instead' });
      } else if ((a.name === 'href' || a.name === 'src') && urlCheck(a.value)) {
        const kind: UrlKind = a.name === 'src' ? 'image' : 'link';
        const why = urlProblem(a.value, kind);
        if (why) {
          problems.push({ offset: a.offset, message: why, fix: kind === 'image' ? 'use an https:// image address' : 'use an https://, mailto: or tel: address' });
        }
      }
    }
  }
  return problems.sort((x, y) => x.offset - y.offset);
}

/**
 * Removes what the policy refuses from rendered HTML: `href`/`src` attributes whose URL is not allowed (an
 * employee's field may hold `javascript:` or `http:`). Returns the cleaned HTML and what was removed.
 */
export function dropBadUrls(html: string): { html: string; removed: string[] } {
  const removed: string[] = [];
  const cut: Array<[number, number]> = [];
  for (const tag of scanTags(html)) {
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
  for (const tag of scanTags(html)) {
    for (const a of tag.attributes) if (a.name === 'href' || a.name === 'src') urls.push(decodeEntities(a.value).trim());
  }
  const text = decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return `${text}\u0000${urls.join('\u0000')}`;
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
