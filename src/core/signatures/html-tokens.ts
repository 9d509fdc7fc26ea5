/**
 * An HTML fragment as a browser's tokenizer sees it: tags with their attributes (entity-decoded values, quoting),
 * text, comments and declarations, each with its offset in the source. htmlparser2 follows the WHATWG tokenizer
 * (`<a/href=…>`, `src="x"onerror=…`, `&#106avascript:` decode as a browser does), so the policy checks what the
 * reader's mail client will parse, not what a regular expression guesses.
 */
import { Parser } from 'htmlparser2';

/** `"`/`'` quoted, `null` unquoted, `undefined` no value (`<td nowrap>`). */
export type AttributeQuote = '"' | "'" | null | undefined;

export interface HtmlAttribute {
  name: string;
  /** Entity-decoded value. */
  value: string;
  quote: AttributeQuote;
  /** Offset of the name; `end` is one past the value (or name). */
  offset: number;
  end: number;
}

export type HtmlToken =
  | { kind: 'open'; name: string; attributes: HtmlAttribute[]; offset: number; end: number }
  | { kind: 'close'; name: string; offset: number; end: number }
  /** `raw` is the source, `text` decoded; `rawTextOf` names the element (script, style, …) it is inside, else ''. */
  | { kind: 'text'; raw: string; text: string; rawTextOf: string; offset: number; end: number }
  /** Comments, CDATA, `<!doctype>`, `<?…?>`: nothing a signature needs. */
  | { kind: 'markup'; raw: string; offset: number; end: number };

/** Elements whose content the tokenizer reads as plain text until their end tag (HTML "raw text"/"RCDATA"). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let attributes: HtmlAttribute[] = [];
  let rawTextOf = '';
  const parser: Parser = new Parser(
    {
      onopentagname: () => {
        attributes = [];
      },
      onattribute: (name, value, quote) => {
        attributes.push({ name, value, quote: quote as AttributeQuote, offset: parser.startIndex, end: parser.endIndex });
      },
      onopentag: (name, _attribs, implied) => {
        if (implied) return;
        tokens.push({ kind: 'open', name, attributes, offset: parser.startIndex, end: parser.endIndex + 1 });
        if (RAW_TEXT.has(name)) rawTextOf = name;
      },
      onclosetag: (name, implied) => {
        if (name === rawTextOf) rawTextOf = '';
        if (implied) return;
        tokens.push({ kind: 'close', name, offset: parser.startIndex, end: parser.endIndex + 1 });
      },
      ontext: (text) => {
        const raw = html.slice(parser.startIndex, parser.endIndex + 1);
        tokens.push({ kind: 'text', raw, text, rawTextOf, offset: parser.startIndex, end: parser.endIndex + 1 });
      },
      oncomment: () => {
        tokens.push({ kind: 'markup', raw: html.slice(parser.startIndex, parser.endIndex + 1), offset: parser.startIndex, end: parser.endIndex + 1 });
      },
      onprocessinginstruction: () => {
        tokens.push({ kind: 'markup', raw: html.slice(parser.startIndex, parser.endIndex + 1), offset: parser.startIndex, end: parser.endIndex + 1 });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return tokens;
}

/** 1-based line and column of an offset, as the template editor shows them. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}
