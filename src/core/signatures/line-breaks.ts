/**
 * Line breaks in directory values, above all the multi-line `addresses.formatted`
 * (admin-sdk/directory/reference/rest/v1/users, the API's own field descriptions: formatted "A full and
 * unstructured postal address"; streetAddress "Whitespace within the string is ignored; however, newlines are
 * significant"). HTML collapses a newline into a space, so a value's line breaks must become `<br>` where the
 * value stands in text, and stay newlines where it stands in an attribute (alt, title: plain text to a reader).
 *
 * Mustache escapes values without knowing where they stand, so escaping does it in two steps: the value is
 * HTML-escaped and each of its line breaks becomes LINE_BREAK (a private-use character no value keeps and no
 * saved template may hold); after rendering, the output is tokenised and each LINE_BREAK becomes `<br>` in text
 * and `&#10;` anywhere else. Escaping comes first, so a value's `\n<script>` is `<br>&lt;script&gt;`: inert.
 */
import { escapeHtml } from './html-policy';
import { tokenizeHtml } from './html-tokens';

/** Stands for one line break of a value between escaping and `placeLineBreaks`. */
export const LINE_BREAK = '\uE00A';

const ANY_LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/**
 * A value's lines as the signature shows them: CRLF, CR and Unicode line separators are line breaks; each line
 * is trimmed and empty lines are dropped (an empty line inside an address reads as the end of the signature).
 * A value without a line break is returned as it is.
 */
export function valueLines(value: string): string[] {
  if (!ANY_LINE_BREAK.test(value)) return [value];
  return value
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Mustache's escape: the value HTML-escaped, its line breaks marked (any LINE_BREAK it carried is dropped). */
export function escapeValue(value: unknown): string {
  const text = String(value).split(LINE_BREAK).join('');
  return valueLines(text).map(escapeHtml).join(LINE_BREAK);
}

/** `<br>` for each marked line break standing in text; `&#10;` (a newline) in a tag or an attribute value. */
export function placeLineBreaks(html: string): string {
  if (!html.includes(LINE_BREAK)) return html;
  const textRanges: Array<[number, number]> = [];
  for (const t of tokenizeHtml(html)) if (t.kind === 'text' && t.rawTextOf === '') textRanges.push([t.offset, t.end]);
  let out = '';
  let at = 0;
  let range = 0;
  for (let i = html.indexOf(LINE_BREAK); i >= 0; i = html.indexOf(LINE_BREAK, i + 1)) {
    while (range < textRanges.length && textRanges[range][1] <= i) range++;
    const inText = range < textRanges.length && textRanges[range][0] <= i;
    out += html.slice(at, i) + (inText ? '<br>' : '&#10;');
    at = i + 1;
  }
  return out + html.slice(at);
}

/** A value's marked line breaks as spaces, for formatters that read the value as one line (phone numbers). */
export function joinLines(text: string): string {
  return text.split(LINE_BREAK).join(' ');
}
