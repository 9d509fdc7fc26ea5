/**
 * A stage of the nightly job. Stages run in the order of NIGHTLY_STAGES (jobs/stages.ts), each as often as
 * needed: `run` does as much as the budget allows and returns 'more' to be called again in the next execution
 * (after a continuation trigger), or 'done'. State a stage needs across executions goes in `ctx.checkpoint`
 * (a small JSON value, ≤ 8 KB) or in its own sheet of the tenant store — never in module variables.
 */
import type { TenantRecord } from '../core/tenant';
import type { SyncError, RunKind } from '../core/directory/run-record';
import type { TenantStore } from '../adapters/store/tenant-store';

export type StageResult = 'done' | 'more';

/** Time left in this execution. Stages check `exhausted()` between units of work (pages, batches). */
export interface Budget {
  /** Milliseconds of work left before the execution should save and stop. */
  remainingMs(): number;
  exhausted(): boolean;
}

export interface StageContext {
  tenant: TenantRecord;
  store: TenantStore;
  runId: string;
  kind: RunKind;
  /** Who the execution runs as (the trigger owner, or the admin who clicked). */
  runAs: string;
  now(): number;
  /** This stage's checkpoint from the previous execution of this run (null on its first call). */
  checkpoint<T>(): T | null;
  saveCheckpoint<T>(value: T): void;
  /** Errors shown on the sync card and kept in the `errors` sheet. */
  reportErrors(errors: Array<Omit<SyncError, 'runId' | 'at'>>): void;
  /** Adds to the run's record (counts add up, `changes` text is appended). */
  record(part: StageRecord): void;
  /** Progress shown on the import card ("Reading the directory: 3,500 users", "Importing: 120 of 4,000"). */
  /**
   * `doneThisExecution`: the items this execution finished as whole units of work, its measured capacity, for the
   * estimate of when a run handed to the background ends.
   */
  progress(label: string, done: number, total: number, doneThisExecution?: number): void;
  log(text: string): void;
}

export interface StageRecord {
  seen?: number;
  added?: number;
  updated?: number;
  left?: number;
  returned?: number;
  unchanged?: number;
  failed?: number;
  directoryCalls?: number;
  rowsWritten?: number;
  changes?: string;
}

export interface NightlyStage {
  name: string;
  run(ctx: StageContext, budget: Budget): StageResult;
}
