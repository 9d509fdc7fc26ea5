/**
 * What one sync run did, for the history on the sync card and the `runs` sheet; and the errors it met, for the
 * `errors` sheet. A run can span several executions (continuations); its record is written once, at the end.
 */
import { rowReader } from '../sheet-row';

export type RunKind = 'import' | 'nightly' | 'manual' | 'disconnect' | 'release';
export type RunOutcome = 'done' | 'failed' | 'stopped';

/** A run's kind and outcome as cards say them (the sheet keeps the short keys). */
export const RUN_KIND_WORDS: Record<RunKind, string> = {
  import: 'First import',
  nightly: 'Nightly sync',
  manual: 'Sync started by an admin',
  disconnect: 'Disconnect: putting back original signatures',
  release: 'Stop managing: putting back an original signature',
};
export const RUN_OUTCOME_WORDS: Record<RunOutcome, string> = { done: 'finished', failed: 'failed', stopped: 'stopped' };

export interface RunRecord {
  id: string;
  kind: RunKind;
  startedAt: number;
  finishedAt: number;
  outcome: RunOutcome;
  /** Directory users seen. */
  seen: number;
  added: number;
  updated: number;
  /** Employees that left the synced set (suspended, archived, deleted). */
  left: number;
  /** Employees that came back (un-suspended, restored). */
  returned: number;
  unchanged: number;
  /** Values or users that could not be synced (see errors). */
  failed: number;
  executions: number;
  directoryCalls: number;
  /** Employee rows written to the sheet. */
  rowsWritten: number;
  /** A short account of what changed, e.g. "added ana@…, ben@… (+12); updated cy@… (title)". */
  changes: string;
  /** Why the run failed or stopped, with the fix. */
  message: string;
}

export interface SyncError {
  runId: string;
  at: number;
  /** The employee or directory user concerned, '' for run-wide problems. */
  email: string;
  /** The attribute or field concerned, '' if none. */
  field: string;
  message: string;
  fix: string;
}

export const RUN_COLUMNS = [
  'id',
  'kind',
  'startedAt',
  'finishedAt',
  'outcome',
  'seen',
  'added',
  'updated',
  'left',
  'returned',
  'unchanged',
  'failed',
  'executions',
  'directoryCalls',
  'rowsWritten',
  'changes',
  'message',
];

const iso = (ms: number) => (ms ? new Date(ms).toISOString() : '');

export function runToRow(r: RunRecord): Array<string | number> {
  return RUN_COLUMNS.map((c) => {
    const v = (r as unknown as Record<string, string | number>)[c];
    return c === 'startedAt' || c === 'finishedAt' ? iso(v as number) : v;
  });
}

export function rowToRun(header: string[], row: Array<string | number | boolean>): RunRecord {
  const o: Record<string, string | number> = {};
  header.forEach((h, i) => {
    const v = row[i];
    if (h === 'startedAt' || h === 'finishedAt') o[h] = Date.parse(String(v)) || 0;
    else if (['id', 'kind', 'outcome', 'changes', 'message'].includes(h)) o[h] = String(v ?? '');
    else o[h] = Number(v) || 0;
  });
  return o as unknown as RunRecord;
}

export const ERROR_COLUMNS = ['runId', 'at', 'email', 'field', 'message', 'fix'];

export function errorToRow(e: SyncError): string[] {
  return [e.runId, iso(e.at), e.email, e.field, e.message, e.fix];
}

export function rowToError(header: string[], row: Array<string | number | boolean>): SyncError {
  const get = rowReader(header, row).text;
  return { runId: get('runId'), at: Date.parse(get('at')) || 0, email: get('email'), field: get('field'), message: get('message'), fix: get('fix') };
}

/** "ana@x, ben@x (+12 more)": a list short enough for a card line and a sheet cell. */
export function shortList(items: string[], max = 3): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} (+${items.length - max} more)`;
}
