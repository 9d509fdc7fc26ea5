import sanitizeHtml from 'sanitize-html';

/**
 * What Gmail keeps of a signature's HTML. Google only says "Gmail will sanitize the HTML before saving it"
 * (gmail/api/reference/rest/v1/users.settings.sendAs: signature) and publishes no allow-list, so this is an
 * APPROXIMATION modelled on Gmail's documented CSS/HTML support for email (developers.google.com/gmail/design/css):
 * scripts, iframes, forms, event handlers, `javascript:`/`data:` URLs, classes/ids and layout-breaking styles
 * (position, float, background images, expressions) are dropped; basic formatting, links, images, tables and
 * inline styles for fonts, colours, spacing and borders are kept.
 */

const ALLOWED_TAGS = [
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'br', 'p', 'div', 'span', 'font', 'img', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'col', 'colgroup', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'hr', 'sub', 'sup', 'small', 'big', 'center', 'pre', 'code', 'wbr', 'abbr', 'address',
];

const CELL_ATTRS = ['colspan', 'rowspan', 'width', 'height', 'align', 'valign', 'bgcolor', 'nowrap'];

const SAFE_LENGTH = /^-?\d*\.?\d+(px|pt|em|rem|%|ex)?$/i;
const SAFE_LENGTHS = /^(-?\d*\.?\d+(px|pt|em|rem|%|ex)?\s*){1,4}$/i;
const SAFE_COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]+)$/i;
const SAFE_BORDER = /^[\w\s#.,%()-]+$/i;
const SAFE_FONT_FAMILY = /^[\w\s,'"-]+$/;

const STYLES: Record<string, RegExp[]> = {
  color: [SAFE_COLOR],
  'background-color': [SAFE_COLOR],
  'font-family': [SAFE_FONT_FAMILY],
  'font-size': [SAFE_LENGTH, /^(xx-small|x-small|small|medium|large|x-large|xx-large|smaller|larger)$/i],
  'font-weight': [/^(normal|bold|bolder|lighter|\d{3})$/i],
  'font-style': [/^(normal|italic|oblique)$/i],
  'font-variant': [/^(normal|small-caps)$/i],
  'text-decoration': [/^[a-z\s-]+$/i],
  'text-align': [/^(left|right|center|justify|start|end)$/i],
  'text-transform': [/^(none|uppercase|lowercase|capitalize)$/i],
  'vertical-align': [/^(baseline|top|middle|bottom|sub|super|text-top|text-bottom)$/i, SAFE_LENGTH],
  'line-height': [SAFE_LENGTH, /^normal$/i],
  'letter-spacing': [SAFE_LENGTH, /^normal$/i],
  'white-space': [/^(normal|nowrap|pre|pre-wrap|pre-line)$/i],
  direction: [/^(ltr|rtl)$/i],
  width: [SAFE_LENGTH, /^auto$/i],
  height: [SAFE_LENGTH, /^auto$/i],
  'max-width': [SAFE_LENGTH],
  'min-width': [SAFE_LENGTH],
  margin: [SAFE_LENGTHS, /^auto$/i],
  'margin-top': [SAFE_LENGTH, /^auto$/i],
  'margin-right': [SAFE_LENGTH, /^auto$/i],
  'margin-bottom': [SAFE_LENGTH, /^auto$/i],
  'margin-left': [SAFE_LENGTH, /^auto$/i],
  padding: [SAFE_LENGTHS],
  'padding-top': [SAFE_LENGTH],
  'padding-right': [SAFE_LENGTH],
  'padding-bottom': [SAFE_LENGTH],
  'padding-left': [SAFE_LENGTH],
  border: [SAFE_BORDER],
  'border-top': [SAFE_BORDER],
  'border-right': [SAFE_BORDER],
  'border-bottom': [SAFE_BORDER],
  'border-left': [SAFE_BORDER],
  'border-color': [SAFE_BORDER],
  'border-width': [SAFE_LENGTHS],
  'border-style': [/^[a-z\s]+$/i],
  'border-collapse': [/^(collapse|separate)$/i],
  'border-radius': [SAFE_LENGTHS],
  display: [/^(block|inline|inline-block|table|table-cell|table-row|none)$/i],
};

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    '*': ['style', 'dir', 'align', 'title', 'lang'],
    a: ['href', 'target', 'name', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'border', 'hspace', 'vspace'],
    font: ['color', 'face', 'size'],
    table: ['width', 'height', 'border', 'cellpadding', 'cellspacing', 'bgcolor', 'align'],
    td: CELL_ATTRS,
    th: CELL_ATTRS,
    tr: ['align', 'valign', 'bgcolor', 'height'],
    col: ['width', 'span'],
    colgroup: ['width', 'span'],
    ol: ['start', 'type'],
  },
  allowedStyles: { '*': STYLES },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https', 'cid'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // An image whose source was dropped (data: URLs, javascript:) goes entirely.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  // Content of dropped script/style blocks disappears with them.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
};

/** The signature as Gmail would store it (see the module comment for how far this is Gmail's behaviour). */
export function sanitizeSignature(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
