/**
 * The add-on's model of what Gmail keeps of a signature, for the Studio's preview ("shown as it sits under a
 * message"). Google publishes no allow-list for signatures (gmail/api/reference/rest/v1/users.settings.sendAs:
 * "Gmail will sanitize the HTML before saving it"), so this keeps plain e-mail HTML and the inline CSS properties
 * Gmail lists for mail (workspace/gmail/design/css, "Supported CSS properties"), minus what moves a signature out
 * of place (position, float) and background images; everything else goes: scripts and styles with their content,
 * event handlers, classes and ids, URLs that are not https/mailto/tel (images: https). It is an approximation
 * the preview labels as such; the writer reads back what Gmail stored (apply.ts) whatever this model says. Pure:
 * the offline Workspace has its own model of Gmail (sim/google/signature-sanitizer.ts), and the Studio tests
 * compare the two on every starter template.
 */
import { normaliseUrl, urlScheme } from '../signatures/html-policy';
import { tokenizeHtml } from '../signatures/html-tokens';

const KEPT_TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'br', 'p', 'div', 'span', 'font', 'img', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'col', 'colgroup', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'hr', 'sub', 'sup', 'small', 'big', 'center', 'pre', 'code', 'wbr', 'abbr', 'address',
]);
const VOID = new Set(['br', 'img', 'hr', 'col', 'wbr']);
/** Elements whose content goes with them. */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'textarea', 'title', 'head', 'noscript', 'iframe', 'object']);
const CELL = ['colspan', 'rowspan', 'width', 'height', 'align', 'valign', 'bgcolor', 'nowrap'];
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  '*': ['style', 'dir', 'align', 'title', 'lang'],
  a: ['href', 'target', 'name', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'border', 'hspace', 'vspace'],
  font: ['color', 'face', 'size'],
  table: ['width', 'height', 'border', 'cellpadding', 'cellspacing', 'bgcolor', 'align'],
  td: CELL,
  th: CELL,
  tr: ['align', 'valign', 'bgcolor', 'height'],
  col: ['width', 'span'],
  colgroup: ['width', 'span'],
  ol: ['start', 'type'],
};
/** From Gmail's supported list; background-image, position and float left out (see above). */
const KEPT_STYLES = new Set([
  'color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant',
  'text-decoration', 'text-align', 'text-transform', 'vertical-align', 'line-height', 'letter-spacing', 'white-space',
  'direction', 'width', 'height', 'max-width', 'min-width', 'margin', 'margin-top', 'margin-right', 'margin-bottom',
  'margin-left', 'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border', 'border-top',
  'border-right', 'border-bottom', 'border-left', 'border-color', 'border-width', 'border-style', 'border-collapse',
  'border-radius', 'display',
]);

/** Text escaped as an HTML serialiser writes it (html.spec.whatwg.org, "Serializing HTML fragments"). */
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;');
}

function keptStyle(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => {
      const colon = d.indexOf(':');
      if (colon < 1) return false;
      const value = d.slice(colon + 1).toLowerCase();
      return KEPT_STYLES.has(d.slice(0, colon).trim().toLowerCase()) && !/url\(|expression\(|javascript:/.test(value);
    })
    .join(';');
}

function keptUrl(tag: string, value: string): boolean {
  const scheme = urlScheme(normaliseUrl(value));
  return tag === 'img' ? scheme === 'https' || scheme === 'http' || scheme === 'cid' : ['https', 'http', 'mailto', 'tel'].includes(scheme);
}

/** The signature as the model says Gmail stores it. */
export function gmailKeeps(html: string): string {
  let out = '';
  const open: string[] = [];
  for (const t of tokenizeHtml(html)) {
    if (t.kind === 'text') {
      if (!DROPPED_WITH_CONTENT.has(t.rawTextOf)) out += escapeText(t.text);
    } else if (t.kind === 'open') {
      if (!KEPT_TAGS.has(t.name)) continue;
      const allowed = new Set([...KEPT_ATTRIBUTES['*'], ...(KEPT_ATTRIBUTES[t.name] ?? [])]);
      let attrs = '';
      let src = t.name !== 'img';
      for (const a of t.attributes) {
        if (!allowed.has(a.name)) continue;
        let value = a.value;
        if ((a.name === 'href' || a.name === 'src') && !keptUrl(t.name, value)) continue;
        if (a.name === 'src') src = true;
        if (a.name === 'style') value = keptStyle(value);
        if (a.name === 'style' && !value) continue;
        attrs += a.quote === undefined ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(value)}"`;
      }
      // An image whose source was dropped goes entirely.
      if (!src) continue;
      out += `<${t.name}${attrs}>`;
      if (!VOID.has(t.name)) open.push(t.name);
    } else if (t.kind === 'close') {
      if (!KEPT_TAGS.has(t.name) || VOID.has(t.name)) continue;
      const at = open.lastIndexOf(t.name);
      if (at === -1) continue;
      while (open.length > at) out += `</${open.pop()}>`;
    }
  }
  while (open.length) out += `</${open.pop()}>`;
  return out;
}
