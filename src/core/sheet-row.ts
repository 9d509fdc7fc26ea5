/**
 * Records kept as rows of a sheet (employees, runs, sync errors, linkage, signature state) are read by header
 * name, so reordered or extra columns (an admin's notes) do not break decoding.
 */

/** A cell as a sheet row holds it. */
export type Cell = string | number | boolean;

export interface RowReader {
  /** The cell under `column`; '' when the column is missing or the cell empty. */
  raw(column: string): Cell;
  /** The cell under `column` as text; '' when the column is missing or the cell empty. */
  text(column: string): string;
}

export function rowReader(header: readonly string[], row: ReadonlyArray<Cell | null | undefined>): RowReader {
  const at = new Map<string, number>();
  // The first column of a name wins, should an admin add a second one.
  header.forEach((h, i) => {
    if (!at.has(h)) at.set(h, i);
  });
  const raw = (column: string): Cell => {
    const i = at.get(column);
    return i === undefined ? '' : row[i] ?? '';
  };
  return { raw, text: (column) => String(raw(column)) };
}
