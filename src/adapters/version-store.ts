/**
 * Where versions live: the `versions` sheet of the tenant's store (one row a version, the content as JSON), or
 * memory in tests. Rows are decoded by core/signatures/versions.ts, which skips and reports any row that does not
 * fit; a second row claiming a version number already read is skipped too, so an edited sheet cannot shadow one.
 */
import { rowReader } from '../core/sheet-row';
import { VERSION_COLUMNS, versionFromRow, versionToRow, type SkippedVersionRow, type Version, type VersionStore } from '../core/signatures/versions';
import { SheetTable } from './store/sheet-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const VERSIONS_SHEET = 'versions';
/**
 * Sheets refuses a longer cell: "Your input contains more than the maximum of 50000 characters in a single cell."
 * (reported by users, e.g. qiita.com/koshilife; Google's API pages are silent on it; PLATFORM.md's quota table).
 */
export const MAX_CELL_CHARS = 50_000;

/** Decoded rows, duplicates of an id already seen skipped with the reason. */
export function decodeVersionRows(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean>>): { versions: Version[]; skipped: SkippedVersionRow[] } {
  const versions: Version[] = [];
  const skipped: SkippedVersionRow[] = [];
  const seen = new Set<string>();
  rows.forEach((r, k) => {
    const row = k + 2;
    const got = versionFromRow(rowReader(header, r));
    if ('reason' in got) skipped.push({ row, reason: got.reason });
    else if (seen.has(`${got.version.content.kind}|${got.version.thingId}|${got.version.number}`)) skipped.push({ row, reason: `a second row for version ${got.version.number} of ${got.version.thingId}` });
    else {
      seen.add(`${got.version.content.kind}|${got.version.thingId}|${got.version.number}`);
      versions.push(got.version);
    }
  });
  return { versions, skipped };
}

function checkedRow(v: Version): Array<string | number> {
  const row = versionToRow(v);
  const json = String(row[row.length - 1]);
  if (json.length > MAX_CELL_CHARS) {
    throw new Error(`Version not kept: ${v.thingId} is ${json.length.toLocaleString('en-US')} characters as saved; a sheet cell holds ${MAX_CELL_CHARS.toLocaleString('en-US')}. Shorten the template and save again.`);
  }
  return row;
}

export class SheetVersionStore implements VersionStore {
  private cache: { header: string[]; versions: Version[]; skipped: SkippedVersionRow[] } | null = null;

  constructor(private readonly ss: Spreadsheet) {}

  private read(): { header: string[]; versions: Version[]; skipped: SkippedVersionRow[] } {
    if (!this.cache) {
      const d = new SheetTable(this.ss, VERSIONS_SHEET).read();
      this.cache = { header: d.header, ...decodeVersionRows(d.header, d.rows) };
    }
    return this.cache;
  }

  versions(): { versions: Version[]; skipped: SkippedVersionRow[] } {
    const c = this.read();
    return { versions: [...c.versions], skipped: [...c.skipped] };
  }

  /** Why a version could not be appended now ('' when it can): checked before a save, so a save is not left without its version. */
  problem(): string {
    const header = this.read().header;
    const missing = header.length ? VERSION_COLUMNS.filter((c) => !header.includes(c)) : [];
    return missing.length ? `the "${VERSIONS_SHEET}" sheet of the store has no column ${missing.join(', ')}; put its header row back (${VERSION_COLUMNS.join(', ')})` : '';
  }

  /** Appends in the sheet's own column order, so a sheet whose columns an editor moved still reads back right. */
  appendVersion(v: Version): void {
    const row = checkedRow(v);
    const problem = this.problem();
    if (problem) throw new Error(`Version not kept: ${problem}.`);
    const header = this.read().header;
    const columns: string[] = [...VERSION_COLUMNS];
    const order = header.length ? header : columns;
    new SheetTable(this.ss, VERSIONS_SHEET).append(order, [order.map((h) => row[columns.indexOf(h)] ?? '')]);
    this.cache = null;
  }
}

export class MemoryVersionStore implements VersionStore {
  readonly rows: Array<Array<string | number>> = [];

  versions(): { versions: Version[]; skipped: SkippedVersionRow[] } {
    return decodeVersionRows([...VERSION_COLUMNS], this.rows);
  }

  appendVersion(v: Version): void {
    this.rows.push(checkedRow(v));
  }
}
