/**
 * HTML mail → text lines, keeping the line structure a reader sees (blocks, <br>, table rows) and dropping
 * what is not the sender's newest words: quoted replies and forwarded messages by the markers mail clients put
 * in the HTML. No DOM exists in Apps Script, so this is a small tolerant tokenizer: unclosed tags, stray closing
 * tags and unquoted attributes are all common in real mail and must not throw.
 */
import type { BodyLine, LineOrigin } from './types';

/** Elements whose whole subtree is quoted material. */
function isQuoteContainer(tag: string, attrs: string): boolean {
  const cls = attrValue(attrs, 'class') ?? '';
  const id = attrValue(attrs, 'id') ?? '';
  if (/(^|\s)(gmail_quote|gmail_extra_quote|yahoo_quoted|moz-cite-prefix|protonmail_quote|zmail_extra)(\s|$)/i.test(cls)) return true;
  if (tag === 'blockquote') {
    // Apple Mail/Thunderbird: <blockquote type="cite">; Gmail: class="gmail_quote" (above); Outlook.com: id.
    if (/^cite$/i.test(attrValue(attrs, 'type') ?? '')) return true;
    if (/quote/i.test(cls) || /quote/i.test(id)) return true;
  }
  return false;
}

/** Elements from which everything to the end of the document is the earlier message (Outlook, Windows Mail). */
function startsQuotedTail(tag: string, attrs: string): boolean {
  const id = attrValue(attrs, 'id') ?? '';
  if (/^(divRplyFwdMsg|appendonsend|x_divRplyFwdMsg|mail-editor-reference-message-container)$/i.test(id)) return true;
  if (tag === 'hr' && /^stopSpelling$/i.test(id)) return true;
  return false;
}

function isSignatureContainer(attrs: string): boolean {
  const cls = attrValue(attrs, 'class') ?? '';
  const id = attrValue(attrs, 'id') ?? '';
  if (/(^|\s)(gmail_signature|moz-signature|signature)(\s|$)/i.test(cls)) return true;
  if (/^(signature|Signature|x_Signature|ms-outlook-mobile-signature)$/.test(id)) return true;
  return /data-signatureblock\s*=\s*"?true/i.test(attrs);
}

function attrValue(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'table', 'tr', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'pre', 'address', 'blockquote', 'center', 'dl', 'dt', 'dd', 'hr', 'tbody', 'thead', 'form', 'fieldset', 'body',
]);
const CELL = new Set(['td', 'th']);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'param']);
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title', 'xml', 'noscript', 'template']);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", copy: '©', reg: '®', trade: '™', ndash: '–',
  mdash: '—', hellip: '…', bull: '•', middot: '·', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', euro: '€',
  pound: '£', yen: '¥', zwnj: '', zwj: '', shy: '', ensp: ' ', emsp: ' ', thinsp: ' ', laquo: '«', raquo: '»',
  eacute: 'é', egrave: 'è', agrave: 'à', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  ccedil: 'ç', ntilde: 'ñ', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ecirc: 'ê', ocirc: 'ô', acirc: 'â',
};

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[ent] ?? NAMED_ENTITIES[ent.toLowerCase()] ?? whole;
  });
}

interface Tag {
  index: number;
  end: number;
  /** Lower-case element name; undefined for comments, doctypes, CDATA and processing instructions. */
  name?: string;
  closing: boolean;
  attrs: string;
}

/** A quoted attribute value longer than this is taken as unterminated (real mail has stray quotes). */
const MAX_QUOTED = 2000;

/**
 * The next tag at or after `from`, scanned in one pass: a regex with quoted-attribute alternatives backtracks
 * quadratically on unterminated quotes, which a 200 KB message makes take seconds. A `<` not followed by a
 * name is text; an unterminated tag runs to the end of the document.
 */
export function nextTag(html: string, from: number): Tag | null {
  let i = html.indexOf('<', from);
  while (i >= 0) {
    const special = (open: string, close: string) => {
      const e = html.indexOf(close, i + open.length);
      return { index: i, end: e < 0 ? html.length : e + close.length, closing: false, attrs: '' };
    };
    if (html.startsWith('<!--', i)) return special('<!--', '-->');
    if (html.startsWith('<![CDATA[', i)) return special('<![CDATA[', ']]>');
    const c = html[i + 1];
    if (c === '!' || c === '?') return special('<', '>');
    const closing = c === '/';
    const nameStart = closing ? i + 2 : i + 1;
    const nm = /^[a-zA-Z][\w:-]*/.exec(html.slice(nameStart, nameStart + 64));
    if (!nm) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let j = nameStart + nm[0].length;
    const attrStart = j;
    let quote = '';
    let quoteStart = 0;
    for (; j < html.length; j++) {
      const ch = html[j];
      if (quote) {
        if (ch === quote || j - quoteStart > MAX_QUOTED) quote = '';
        continue;
      }
      if (ch === '"' || ch === "'") {
        quote = ch;
        quoteStart = j;
      } else if (ch === '>') break;
    }
    return { index: i, end: Math.min(j + 1, html.length), name: nm[0].toLowerCase(), closing, attrs: html.slice(attrStart, j) };
  }
  return null;
}

interface OpenElement {
  tag: string;
  dropped: boolean;
  signature: boolean;
}

/**
 * Converts HTML to the lines a reader sees, without quoted material. Lines inside a client's signature
 * container (Gmail's `gmail_signature`, Thunderbird's `moz-signature`, Outlook's `Signature`) carry origin
 * `html-signature`, a strong hint for the signature classifier.
 */
export function htmlToLines(html: string): BodyLine[] {
  const lines: { text: string; origin: LineOrigin }[] = [];
  let current = '';
  let currentSig = false;
  const stack: OpenElement[] = [];
  let dropDepth = 0;
  let sigDepth = 0;
  let skipUntil: string | null = null;

  const flush = () => {
    const text = current.replace(/[ \t\u00a0]+/g, ' ').trim();
    lines.push({ text, origin: currentSig ? 'html-signature' : 'html' });
    current = '';
    currentSig = false;
  };
  // A block boundary ends the current line; it adds no blank line (clients write those as <br> or empty <p>).
  const breakLine = () => {
    if (current.trim() !== '') flush();
    else current = '';
  };

  let last = 0;
  let m: Tag | null;
  const emitText = (raw: string) => {
    if (skipUntil || dropDepth > 0) return;
    const text = decodeHtmlEntities(raw.replace(/[\r\n\t ]+/g, ' '));
    if (text.trim() === '' && current === '') return;
    current += text;
    if (sigDepth > 0 && text.trim() !== '') currentSig = true;
  };
  let stopped = false;
  while (!stopped && (m = nextTag(html, last)) !== null) {
    emitText(html.slice(last, m.index));
    last = m.end;
    const tagName = m.name;
    if (!tagName) continue; // comment, doctype, CDATA (Outlook's conditional comments included)
    const closing = m.closing;
    const attrs = m.attrs;
    if (skipUntil) {
      if (closing && tagName === skipUntil) skipUntil = null;
      continue;
    }
    if (!closing && SKIP_CONTENT.has(tagName) && !/\/\s*$/.test(attrs)) {
      skipUntil = tagName;
      continue;
    }
    if (closing) {
      // Pop to the matching open element; a stray closing tag with no match is ignored.
      let at = stack.length - 1;
      while (at >= 0 && stack[at].tag !== tagName) at--;
      if (at < 0) continue;
      while (stack.length > at) {
        const el = stack.pop()!;
        if (el.dropped) dropDepth--;
        if (el.signature) sigDepth--;
      }
      if (BLOCK.has(tagName)) breakLine();
      else if (CELL.has(tagName)) current += ' ';
      continue;
    }
    if (dropDepth === 0 && startsQuotedTail(tagName, attrs)) {
      stopped = true;
      break;
    }
    if (tagName === 'br') {
      if (dropDepth === 0) flush();
      continue;
    }
    if (BLOCK.has(tagName) && dropDepth === 0) breakLine();
    if (CELL.has(tagName)) current += ' ';
    if (VOID.has(tagName) || /\/\s*$/.test(attrs)) continue;
    // <p> and <li> are often left unclosed: an open one of the same tag closes the previous.
    if ((tagName === 'p' || tagName === 'li') && stack.length > 0 && stack[stack.length - 1].tag === tagName) {
      const el = stack.pop()!;
      if (el.dropped) dropDepth--;
      if (el.signature) sigDepth--;
    }
    const dropped = dropDepth === 0 && isQuoteContainer(tagName, attrs);
    const signature = !dropped && isSignatureContainer(attrs);
    if (dropped) dropDepth++;
    if (signature) sigDepth++;
    if (stack.length < 2000) stack.push({ tag: tagName, dropped, signature });
  }
  if (!stopped) emitText(html.slice(last));
  flush();
  while (lines.length > 0 && lines[lines.length - 1].text === '') lines.pop();
  while (lines.length > 0 && lines[0].text === '') lines.shift();
  return lines.map((l, index) => ({ index, text: l.text, origin: l.origin }));
}
