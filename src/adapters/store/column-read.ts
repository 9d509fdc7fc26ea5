/**
 * Reads only the named columns of a table: the header row, then one range per run of adjacent wanted columns.
 * A status card that counts every employee pays per cell read (the offline Workspace's latency model; Google
 * documents no per-cell cost, only that fewer, larger calls are faster — apps-script/guides/support/best-practices:
 * "Use batch operations"), so skipping the wide columns it never looks at (stored HTML, originals) is most of its time.
 */
import type { Cell, Row, TableData } from './sheet-table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The table's rows with only `names` (in the sheet's order; the header says which). Null when a wanted column is
 * missing (renamed by hand): the caller reads the whole table instead.
 */
export function readNamedColumns(sheet: Sheet | null, names: readonly string[]): TableData | null {
  if (!sheet) return { header: [], rows: [] };
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 1 || lastCol < 1) return { header: [], rows: [] };
  const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0].map((h) => String(h));
  const cols = names.map((n) => header.indexOf(n)).sort((a, b) => a - b);
  if (cols.some((c) => c < 0)) return null;
  const rows: Row[] = Array.from({ length: lastRow - 1 }, () => []);
  for (let i = 0; i < cols.length; ) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
    if (lastRow > 1) {
      const block = sheet.getRange(2, cols[i] + 1, lastRow - 1, j - i + 1).getValues();
      block.forEach((r, k) => rows[k].push(...r.map(cellOut)));
    }
    i = j + 1;
  }
  return { header: cols.map((c) => header[c]), rows };
}

function cellOut(v: unknown): Cell {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return v === null || v === undefined ? '' : String(v);
}
