/** Text helpers behind `Utilities.parseCsv` and `Utilities.formatString` (apps-script/reference/utilities/utilities). */

/** Parses CSV as RFC 4180 (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"') {
        if (csv[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Java `String.format` for the conversions scripts use: %s %d %f (with flags, width, precision), %x %o %e %b %c %n %%. */
export function formatJavaString(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(/%(\d+\$)?([-#+ 0,(]*)(\d+)?(\.\d+)?([sSdfxXoeEbBcn%])/g, (m, pos, flags: string, width, prec, conv: string) => {
    if (conv === '%') return '%';
    if (conv === 'n') return '\n';
    const v = pos ? args[parseInt(pos, 10) - 1] : args[next++];
    const p = prec ? parseInt(prec.slice(1), 10) : undefined;
    let s: string;
    switch (conv) {
      case 'd': {
        const n = Math.trunc(Number(v));
        s = flags.includes(',') ? n.toLocaleString('en-US') : String(Math.abs(n));
        if (!flags.includes(',')) s = (n < 0 ? '-' : flags.includes('+') ? '+' : '') + s;
        break;
      }
      case 'f':
        s = Number(v).toFixed(p ?? 6);
        if (flags.includes('+') && Number(v) >= 0) s = '+' + s;
        break;
      case 'e':
      case 'E':
        s = Number(v).toExponential(p ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
        if (conv === 'E') s = s.toUpperCase();
        break;
      case 'x':
      case 'X':
        s = (Number(v) >>> 0).toString(16);
        if (conv === 'X') s = s.toUpperCase();
        break;
      case 'o':
        s = (Number(v) >>> 0).toString(8);
        break;
      case 'b':
      case 'B':
        s = String(v !== null && v !== undefined && v !== false);
        break;
      case 'c':
        s = typeof v === 'number' ? String.fromCharCode(v) : String(v).charAt(0);
        break;
      default:
        s = v === null ? 'null' : String(v);
        if (p !== undefined) s = s.slice(0, p);
        if (conv === 'S') s = s.toUpperCase();
    }
    const w = width ? parseInt(width, 10) : 0;
    if (s.length < w) {
      if (flags.includes('-')) s = s.padEnd(w);
      else if (flags.includes('0') && /[dfxXoeE]/.test(conv)) {
        const sign = /^[+-]/.test(s) ? s[0] : '';
        s = sign + s.slice(sign.length).padStart(w - sign.length, '0');
      } else s = s.padStart(w);
    }
    return s;
  });
}
