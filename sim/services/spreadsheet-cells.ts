/**
 * Cells of the offline SpreadsheetApp: how values are stored (plain JSON), how a typed-in string becomes a
 * number, boolean, date or formula the way Sheets parses input, how values display, and A1 notation.
 */
import { zonedParts, zonedToUtc } from './zoned-time';

/** A stored cell: empty (null), a string, number or boolean, a date (epoch ms; `t` = date only) or a formula. */
export type StoredCell = string | number | boolean | null | { d: number; t?: 1 } | { f: string };

/** Sheets' limit on one cell's text (PLATFORM.md: 50,000 characters per cell). */
export const MAX_CELL_CHARS = 50_000;

export function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * What Sheets stores when a script writes `v`. Strings are parsed as if typed unless the cell's number format is
 * plain text (`@`): "00123" becomes the number 123, "TRUE" a boolean, "2026-01-31" a date, "=X" a formula, and
 * a leading apostrophe keeps the text as it is. [unverified: the exact set of recognised number and date forms]
 */
export function toStored(v: unknown, plainText: boolean, timeZone: string): StoredCell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'boolean') return v;
  if (isDateLike(v)) {
    const t = v.getTime();
    return Number.isNaN(t) ? null : { d: t };
  }
  const s = typeof v === 'string' ? v : stringifyObject(v);
  if (s.length > MAX_CELL_CHARS) throw new CellLimitError();
  if (plainText) return s;
  if (s.startsWith("'")) return s.slice(1) || null;
  if (s.startsWith('=') && s.length > 1) return { f: s };
  const trimmed = s.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { d: zonedToUtc(y, m, d, 0, 0, timeZone), t: 1 };
  }
  return s;
}

export class CellLimitError extends Error {
  constructor() {
    super(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
}

/** Apps Script turns other objects into text the Java way; close enough: JSON-ish text. */
function stringifyObject(v: unknown): string {
  if (Array.isArray(v)) return v.join(',');
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** The value `getValues` returns: '' for empty, Dates for dates (built by `makeDate` in the script's realm). */
export function fromStored(c: StoredCell | undefined, makeDate: (ms: number) => unknown): unknown {
  if (c === null || c === undefined) return '';
  if (typeof c !== 'object') return c;
  if ('d' in c) return makeDate(c.d);
  // Formulas are not evaluated here: a formula reads back as the error Sheets shows for an unknown name.
  return '#NAME?';
}

export function displayOf(c: StoredCell | undefined, timeZone: string): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  if (typeof c === 'number') return String(c).replace('e+', 'E+').replace('e-', 'E-');
  if (typeof c === 'string') return c;
  if ('d' in c) {
    const p = zonedParts(c.d, timeZone);
    if (c.t) return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    return `${p.month}/${p.day}/${p.year} ${p.hour}:${pad(p.minute)}:${pad(p.second)}`;
  }
  return '#NAME?';
}

export function formulaOf(c: StoredCell | undefined): string {
  return c !== null && typeof c === 'object' && 'f' in c ? c.f : '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// --- A1 notation ------------------------------------------------------------------------------------------------

export interface A1Range {
  sheetName: string | null;
  row: number;
  column: number;
  /** null = to the end of the sheet in that dimension. */
  lastRow: number | null;
  lastColumn: number | null;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses `A1`, `A1:C3`, `A:C`, `2:5`, `A2:C`, optionally prefixed by `Sheet!` or `'My sheet'!`. Null if invalid. */
export function parseA1(a1: string): A1Range | null {
  let rest = a1.trim();
  let sheetName: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b] = rest.split(':');
  if (rest.split(':').length > 2) return null;
  const pa = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(a ?? '');
  const pb = b === undefined ? pa : /^\$?([A-Za-z]*)\$?(\d*)$/.exec(b);
  if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) return null;
  if (b === undefined && (!pa[1] || !pa[2])) return null;
  const c1 = pa[1] ? columnNumber(pa[1]) : 1;
  const r1 = pa[2] ? Number(pa[2]) : 1;
  const c2 = pb[1] ? columnNumber(pb[1]) : null;
  const r2 = pb[2] ? Number(pb[2]) : null;
  if (r1 < 1 || (r2 !== null && r2 < 1)) return null;
  return {
    sheetName,
    row: Math.min(r1, r2 ?? r1),
    column: Math.min(c1, c2 ?? c1),
    lastRow: r2 === null ? null : Math.max(r1, r2),
    lastColumn: c2 === null ? null : Math.max(c1, c2),
  };
}
