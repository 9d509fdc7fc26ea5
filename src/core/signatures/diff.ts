/**
 * Readable differences between two versions of a thing: a line diff of template HTML (longest common subsequence
 * of lines, after the common head and tail are set aside) and a field diff of records. Pure and bounded: past
 * `MAX_LCS_CELLS` the middle is shown as removed-then-added rather than spending the card's 30 s on a table.
 */

export type DiffOp = 'same' | 'removed' | 'added';

export interface DiffLine {
  op: DiffOp;
  text: string;
}

/** Cells of the LCS table above which the middle is not aligned line by line (≈ 1,400 × 1,400 lines). */
export const MAX_LCS_CELLS = 2_000_000;
/** A line longer than this is split where one tag ends and the next begins, so a one-line template still diffs. */
const LONG_LINE = 160;

/** The lines a diff compares: the text's own lines, long ones broken between tags (`><`). */
export function diffLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.length <= LONG_LINE) out.push(line);
    else out.push(...line.split(/(?<=>)(?=<)/));
  }
  return out;
}

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before === '' ? [] : diffLines(before);
  const b = after === '' ? [] : diffLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const same = (t: string): DiffLine => ({ op: 'same', text: t });
  return [...a.slice(0, head).map(same), ...alignMiddle(midA, midB), ...a.slice(a.length - tail).map(same)];
}

function alignMiddle(a: string[], b: string[]): DiffLine[] {
  if ((a.length + 1) * (b.length + 1) > MAX_LCS_CELLS) {
    return [...a.map((text) => ({ op: 'removed' as const, text })), ...b.map((text) => ({ op: 'added' as const, text }))];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..], one flat array.
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) out.push({ op: 'removed', text: a[i++] });
    else out.push({ op: 'added', text: b[j++] });
  }
  while (i < a.length) out.push({ op: 'removed', text: a[i++] });
  while (j < b.length) out.push({ op: 'added', text: b[j++] });
  return out;
}

/** Lines changed (removed + added) in a diff: 0 when the two texts are the same. */
export function changedLines(diff: DiffLine[]): number {
  return diff.filter((d) => d.op !== 'same').length;
}

/**
 * The changed lines with `context` unchanged lines around each change; runs of unchanged lines in between
 * become one `…` line, so a long template shows only where it changed.
 */
export function diffHunks(diff: DiffLine[], context = 1): Array<DiffLine | { op: 'gap'; skipped: number }> {
  const keep = diff.map(() => false);
  diff.forEach((d, k) => {
    if (d.op === 'same') return;
    for (let x = Math.max(0, k - context); x <= Math.min(diff.length - 1, k + context); x++) keep[x] = true;
  });
  const out: Array<DiffLine | { op: 'gap'; skipped: number }> = [];
  let skipped = 0;
  diff.forEach((d, k) => {
    if (keep[k]) {
      if (skipped > 0) out.push({ op: 'gap', skipped });
      skipped = 0;
      out.push(d);
    } else skipped++;
  });
  if (skipped > 0 && out.length > 0) out.push({ op: 'gap', skipped });
  return out;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/**
 * Fields whose values differ, in the order of `fields` (each value shown as text by `show`, '' when absent).
 * Fields not listed (ids, timestamps) are not compared.
 */
export function fieldDiff<T>(before: T | null, after: T | null, fields: Array<{ label: string; show: (x: T) => string }>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of fields) {
    const a = before ? f.show(before) : '';
    const b = after ? f.show(after) : '';
    if (a !== b) out.push({ field: f.label, before: a, after: b });
  }
  return out;
}

/** Items of two keyed lists: added, removed, and changed (same key, different text). */
export function setDiff<T>(before: T[], after: T[], key: (x: T) => string, show: (x: T) => string): FieldChange[] {
  const a = new Map(before.map((x) => [key(x), x]));
  const b = new Map(after.map((x) => [key(x), x]));
  const out: FieldChange[] = [];
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y) out.push({ field: k, before: show(x), after: '' });
    else if (show(x) !== show(y)) out.push({ field: k, before: show(x), after: show(y) });
  }
  for (const [k, y] of b) if (!a.has(k)) out.push({ field: k, before: '', after: show(y) });
  return out;
}
