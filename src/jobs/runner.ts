/**
 * Runs the nightly job (and "Sync now", and the setup import) for one tenant: the stages of NIGHTLY_STAGES in
 * order, each as long as the execution's budget allows, resuming across executions from checkpoints.
 *
 * - One run per tenant at a time: a per-tenant lease (adapters/store/lease.ts), not the script-wide lock.
 * - A continuation trigger is armed BEFORE work starts, so an execution the platform ends at 6 minutes is
 *   resumed an hour later (the add-on trigger rule) from the last checkpoint; it is disarmed when the run is done.
 * - The run state (`t:<cid>:run`) and each stage's checkpoint (`t:<cid>:run:<stage>`) are small JSON values in
 *   script properties; bulk intermediate data goes to the tenant spreadsheet.
 * - A trigger owner who is no longer an admin stops the run cleanly: automatic sync goes off, their triggers go,
 *   and every admin sees why on the sync card.
 * - Every top-level function can be called by name by any user, so `runFromTrigger` first checks that a trigger
 *   of the running user fired it (guides/triggers/events: installable triggers' events carry `triggerUid`, "ID of
 *   trigger that produced this event") and refuses anything else without touching state.
 * - Each run makes the tenant's files follow the Directory's current admins (jobs/admin-access.ts).
 */
import { RunKind, RunRecord, SyncError } from '../core/directory/run-record';
import { TenantRecord, tenantKey } from '../core/tenant';
import { ApiNotEnabledError, NotAdminError } from '../adapters/directory';
import { adminRights } from '../adapters/identity';
import { type AdminRights, rightsProblemText } from '../core/admin-rights';
import { followDirectoryAdmins } from './admin-access';
import { isPropertyQuotaError, PropertyStoreFullError, readNotice, scriptProperties, writeNotice } from '../adapters/store/registry';
import { releaseLease, tryAcquireLease } from '../adapters/store/lease';
import { openTenantStore, readTenant, StoreUnavailableError, tenantForEmail, TenantStore, writeTenant } from '../adapters/store/tenant-store';
import type { Budget, NightlyStage, StageContext, StageRecord } from './stage';
import { NIGHTLY_STAGES, stagesFor } from './stages';
import { signaturesLeft } from './signature-stage';
import { disconnectRefusal } from './disconnect-state';
import { notifyAdmins } from '../adapters/mail-admins';
import { runFailedEvent } from '../core/admin-mail-events';
import {
  armContinuation,
  CONTINUE_FUNCTION,
  deleteFiredTrigger,
  disarmContinuation,
  isOwnTrigger,
  NIGHTLY_FUNCTION,
  removeNightlyTrigger,
} from './triggers';
import { errorText } from '../core/error-text';
import { cardBudget, platformSettings } from '../adapters/platform-probe';
import { DEFAULT_CARD_BUDGET_MS } from '../core/platform-check/settings';

export interface RunProgress {
  label: string;
  done: number;
  total: number;
  /** Items this execution finished as whole units of work (signatures: employees of whole slices). */
  doneThisExecution?: number;
  /** When the run should be done (ms since epoch), from that capacity and the continuations' schedule; 0 unknown. */
  etaAt?: number;
  /** When the next execution of a run handed to the background starts (its continuation trigger); 0 none. */
  nextAt?: number;
  /** At most how many signatures the run had still to write when it was handed off (undefined: not known yet). */
  signaturesLeft?: number;
}

/** The state of a run in progress, between executions. */
export interface RunState {
  runId: string;
  kind: RunKind;
  runAs: string;
  stage: number;
  startedAt: number;
  executions: number;
  /** Consecutive executions that ended in an error; the run gives up after MAX_FAILED_EXECUTIONS. */
  failures: number;
  record: Required<StageRecord>;
  progress: RunProgress;
}

export type RunOutcome = 'done' | 'more' | 'busy' | 'stopped' | 'failed' | 'idle' | 'refused';

export interface RunReport {
  outcome: RunOutcome;
  message: string;
  state: RunState | null;
}

/** apps-script/guides/services/quotas: "Script runtime 6 min / execution". */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
/** Work time per execution: the limit minus a reserve for saving state (quotas: 6 min; card actions ~30 s). */
export const TRIGGER_BUDGET_MS = EXECUTION_LIMIT_MS - 60_000;

/** A card action's work time: 18 s of the assumed ~30 s, or less once the Platform check measured a shorter limit. */
export function cardBudgetMs(): number {
  return cardBudget(DEFAULT_CARD_BUDGET_MS);
}
const MAX_FAILED_EXECUTIONS = 3;
const STORE_NOTICE = 'Autograph cannot open its spreadsheet';
/** A run older than this is abandoned and started afresh (users.list page tokens live 3 days). */
const RUN_MAX_AGE_MS = 48 * 3600_000;

const runKey = (cid: string) => tenantKey(cid, 'run');
const checkpointKey = (cid: string, stage: string) => tenantKey(cid, `run:${stage}`);

export function readRunState(customerId: string): RunState | null {
  const raw = scriptProperties().getProperty(runKey(customerId));
  return raw ? (JSON.parse(raw) as RunState) : null;
}

function emptyRecord(): Required<StageRecord> {
  return { seen: 0, added: 0, updated: 0, left: 0, returned: 0, unchanged: 0, failed: 0, directoryCalls: 0, rowsWritten: 0, changes: '' };
}

function newState(kind: RunKind, runAs: string, now: number): RunState {
  return {
    runId: `r${now.toString(36)}`,
    kind,
    runAs,
    stage: 0,
    startedAt: now,
    executions: 0,
    failures: 0,
    record: emptyRecord(),
    progress: { label: 'Starting', done: 0, total: 0 },
  };
}

function makeBudget(limitMs: number): Budget {
  const start = Date.now();
  return {
    remainingMs: () => limitMs - (Date.now() - start),
    exhausted: () => Date.now() - start >= limitMs,
  };
}

export interface ExecuteOptions {
  tenant: TenantRecord;
  kind: RunKind;
  runAs: string;
  budgetMs: number;
  /** Only continue a run in progress; do not start one (continuation triggers). */
  continueOnly?: boolean;
  /** This execution is a trigger's (a continuation armed here may not fire: see armContinuation). */
  fromTrigger?: boolean;
  stages?: NightlyStage[];
}

/**
 * Runs as much of the tenant's current (or a new) run as fits in this execution. A run keeps its lease and progress
 * in script properties while it runs; when that shared store is full, the run says so where every admin looks (a
 * failed run and an error row in the tenant's store) instead of failing in a log nobody reads.
 */
export function executeRun(opts: ExecuteOptions): RunReport {
  try {
    return runUnderLease(opts);
  } catch (err) {
    if (!(err instanceof PropertyStoreFullError) && !isPropertyQuotaError(err)) throw err;
    return reportUnwritable(opts, err);
  }
}

function reportUnwritable(opts: ExecuteOptions, err: unknown): RunReport {
  const full = err instanceof PropertyStoreFullError ? err : new PropertyStoreFullError(errorText(err));
  const message = `The ${opts.kind} sync could not save its progress: ${full.message}`;
  const run = newState(opts.kind, opts.runAs, Date.now());
  try {
    const store = openTenantStore(opts.tenant.customerId);
    store.appendErrors([{ runId: run.runId, at: Date.now(), email: '', field: 'script properties', message, fix: 'Autograph retries at the next run; the publisher must make room in the registry.' }]);
    store.appendRun(toRecord(run, 'failed', message));
  } catch (e) {
    console.error(`${message} It could not be recorded in the tenant's spreadsheet either: ${errorText(e)}`);
  }
  return { outcome: 'failed', message, state: null };
}

function runUnderLease(opts: ExecuteOptions): RunReport {
  const { tenant, runAs } = opts;
  const cid = tenant.customerId;
  const budget = makeBudget(opts.budgetMs);
  const holder = `${runAs}@${Date.now()}`;
  if (!tryAcquireLease(cid, holder, Date.now())) {
    // A continuation that finds the lease taken (an execution cut off while holding it) keeps a successor, or
    // the run would wait for a nightly trigger — which a restore after disconnect does not have.
    if (opts.continueOnly) armContinuation(opts.fromTrigger);
    return { outcome: 'busy', message: 'Another sync of your domain is running; it continues on its own.', state: readRunState(cid) };
  }
  const props = scriptProperties();
  let state = readRunState(cid);
  // A continuation finds its run's kind in the saved state: a restore job goes on as one.
  let stages = opts.stages ?? stagesFor(state?.kind ?? opts.kind);
  try {
    if (state && Date.now() - state.startedAt > RUN_MAX_AGE_MS) {
      clearRun(cid, stages);
      state = null;
    }
    if (!state) {
      if (opts.continueOnly) {
        disarmContinuation();
        return { outcome: 'idle', message: 'No sync was waiting to continue.', state: null };
      }
      state = newState(opts.kind, runAs, Date.now());
      stages = opts.stages ?? stagesFor(opts.kind);
    }
    state.executions++;
    props.setProperty(runKey(cid), JSON.stringify(state));
    const executionStart = Date.now();
    const continues = armContinuation(opts.fromTrigger);
    let store: TenantStore;
    try {
      store = openTenantStore(cid);
    } catch (err) {
      // Retrying cannot help while the spreadsheet is gone or unshared: stop and tell every admin.
      const message =
        `${STORE_NOTICE} (${tenant.spreadsheetId}): ${errorText(err)}. ` +
        'Restore it from Drive trash or share it with the admin who runs the sync, then press Sync now.';
      writeNotice(cid, message);
      clearRun(cid, stages);
      disarmContinuation();
      return { outcome: 'failed', message, state: null };
    }
    const errors: SyncError[] = [];
    const run = state;
    // A new run first makes the files follow the current admins (a demoted admin loses access before any write).
    if (run.executions === 1) shareWithCurrentAdmins(tenant, store, run, errors);
    try {
      while (run.stage < stages.length) {
        const stage = stages[run.stage];
        const ctx = stageContext(store, tenant, run, stage, errors);
        // A stage is not started once the budget is spent: its first reads (every employee, at 49,250 several
        // seconds) would run past a card action's limit.
        const result = budget.exhausted() ? 'more' : stage.run(ctx, budget);
        if (result === 'more') {
          run.failures = 0;
          const delayMs = platformSettings().continuationDelayMs;
          run.progress.nextAt = continues ? executionStart + delayMs : 0;
          // Only a trigger execution measures what a continuation can do: a card action's 18 s would promise nonsense.
          run.progress.etaAt = continues && opts.budgetMs === TRIGGER_BUDGET_MS ? estimateEnd(run.progress, executionStart, delayMs) : 0;
          // Only while the signatures stage is ahead or under way (a run past it, or without it, has none left to say).
          const at = stages.findIndex((s) => s.name === 'signatures');
          const left = at >= run.stage ? signaturesLeft(stageContext(store, tenant, run, stages[at], errors), run.record.seen) : undefined;
          if (left !== undefined) run.progress.signaturesLeft = left;
          else delete run.progress.signaturesLeft;
          store.appendErrors(errors);
          props.setProperty(runKey(cid), JSON.stringify(run));
          console.log(`[${cid} ${run.runId}] execution ${run.executions} saved its progress at ${stage.name} after ${Math.round(Date.now() - executionStart)} ms; the run goes on in the background`);
          const next = continues
            ? 'The sync continues in the background; this card shows its progress.'
            : 'The sync stopped at a checkpoint: on this deployment a trigger cannot continue it (Platform check), so the next nightly run or Sync now resumes it.';
          return { outcome: 'more', message: next, state: run };
        }
        run.stage++;
        props.setProperty(runKey(cid), JSON.stringify(run));
      }
    } catch (err) {
      if (err instanceof NotAdminError) throw err;
      run.failures++;
      const message = `The ${run.kind} sync stopped at stage "${stages[run.stage]?.name}": ${errorText(err)}`;
      const fix = err instanceof ApiNotEnabledError ? err.fix : 'Autograph retries in an hour. If this repeats, check the message and the Admin console.';
      errors.push({ runId: run.runId, at: Date.now(), email: '', field: '', message, fix });
      safeAppendErrors(store, errors);
      if (run.failures < MAX_FAILED_EXECUTIONS) {
        props.setProperty(runKey(cid), JSON.stringify(run));
        return { outcome: 'failed', message: `${message}. It resumes from its last checkpoint in an hour.`, state: run };
      }
      finish(store, run, 'failed', `${message} (gave up after ${run.failures} attempts)`, stages);
      if (run.kind === 'nightly') notifyAdmins(store.spreadsheet, runFailedEvent(tenant.primaryDomain, run.runId, Date.now(), message), Date.now());
      return { outcome: 'failed', message, state: null };
    }
    // Files this run created (e.g. the published signatures) are shared with every current admin at once.
    shareWithCurrentAdmins(tenant, store, run, errors);
    store.appendErrors(errors);
    finish(store, run, 'done', '', stages);
    if (readNotice(cid).startsWith(STORE_NOTICE)) writeNotice(cid, '');
    return { outcome: 'done', message: summary(run), state: run };
  } catch (err) {
    if (err instanceof NotAdminError) {
      const message = stopForLostAdmin(tenant, runAs, stages);
      return { outcome: 'stopped', message, state: null };
    }
    throw err;
  } finally {
    releaseLease(cid, holder);
  }
}

/**
 * Makes the store and the tenant's other files follow the current admins. A file that could not be shared is
 * recorded as a sync problem (the run goes on); losing admin rights (NotAdminError) stops the run.
 */
function shareWithCurrentAdmins(tenant: TenantRecord, store: TenantStore, run: RunState, errors: SyncError[]): void {
  const at = Date.now();
  try {
    for (const r of followDirectoryAdmins(tenant, store.spreadsheet).reports) {
      if (r.error) {
        errors.push({ runId: run.runId, at, email: '', field: 'sharing', message: `Could not share ${r.file} with the current admins: ${r.error}`, fix: `The file's owner (or an admin who can edit it) opens Autograph's home; the next run retries.` });
      }
    }
  } catch (err) {
    if (err instanceof NotAdminError) throw err;
    const fix = err instanceof ApiNotEnabledError ? err.fix : 'The next run retries.';
    errors.push({ runId: run.runId, at, email: '', field: 'sharing', message: `Could not check the current admins to share Autograph's files: ${errorText(err)}`, fix });
  }
}

function stageContext(store: TenantStore, tenant: TenantRecord, run: RunState, stage: NightlyStage, errors: SyncError[]): StageContext {
  const props = scriptProperties();
  const key = checkpointKey(tenant.customerId, stage.name);
  return {
    tenant,
    store,
    runId: run.runId,
    kind: run.kind,
    runAs: run.runAs,
    now: () => Date.now(),
    checkpoint<T>(): T | null {
      const raw = props.getProperty(key);
      return raw ? (JSON.parse(raw) as T) : null;
    },
    saveCheckpoint<T>(value: T): void {
      if (value === null || value === undefined) props.deleteProperty(key);
      else props.setProperty(key, JSON.stringify(value));
    },
    reportErrors(list) {
      for (const e of list) errors.push({ ...e, runId: run.runId, at: Date.now() });
    },
    record(part: StageRecord) {
      const r = run.record;
      for (const k of Object.keys(part) as Array<keyof StageRecord>) {
        if (k === 'changes') r.changes = [r.changes, part.changes].filter(Boolean).join('; ');
        else r[k] += part[k] ?? 0;
      }
    },
    progress(label, done, total, doneThisExecution) {
      run.progress = doneThisExecution ? { label, done, total, doneThisExecution } : { label, done, total };
    },
    log(text) {
      console.log(`[${tenant.customerId} ${run.runId}] ${text}`);
    },
  };
}

/**
 * When a run handed to the background should end, from what this trigger execution finished (the run's measured
 * capacity per execution, every cost included: set-up reads, slices cut short and taken again): the executions the
 * rest needs, each starting `continuationDelayMs` after the previous one started (it is armed before the work), the
 * last one counted whole (EXECUTION_LIMIT_MS). 0 when nothing was finished to measure by, or nothing is left.
 */
export function estimateEnd(p: RunProgress, executionStart: number, delayMs: number): number {
  if (!p.doneThisExecution || p.total <= p.done) return 0;
  const executions = Math.ceil((p.total - p.done) / p.doneThisExecution);
  return executionStart + executions * delayMs + EXECUTION_LIMIT_MS;
}

function summary(run: RunState): string {
  const r = run.record;
  return `Sync done: ${r.added} added, ${r.updated} updated, ${r.left} left the synced set, ${r.unchanged} unchanged${r.failed ? `, ${r.failed} problems (see errors)` : ''}.`;
}

function toRecord(run: RunState, outcome: RunRecord['outcome'], message: string): RunRecord {
  return {
    id: run.runId,
    kind: run.kind,
    startedAt: run.startedAt,
    finishedAt: Date.now(),
    outcome,
    ...run.record,
    executions: run.executions,
    message,
  };
}

/** Drops a run's state and checkpoints (disconnect ends a run in progress this way). */
export function clearRun(cid: string, stages: NightlyStage[]): void {
  const props = scriptProperties();
  for (const s of stages) props.deleteProperty(checkpointKey(cid, s.name));
  props.deleteProperty(runKey(cid));
}

function finish(store: TenantStore, run: RunState, outcome: RunRecord['outcome'], message: string, stages: NightlyStage[]): void {
  store.appendRun(toRecord(run, outcome, message));
  clearRun(store.customerId, stages);
  disarmContinuation();
}

function safeAppendErrors(store: TenantStore, errors: SyncError[]): void {
  try {
    store.appendErrors(errors);
  } catch (e) {
    console.error(`could not record ${errors.length} sync errors: ${errorText(e)}`);
  }
}

/**
 * A trigger owner lost admin rights: their own triggers go. When they own the nightly run (or the run in
 * progress), automatic sync goes off, the run is dropped and every admin sees why on the sync card (in script
 * properties, which do not depend on sheet access). Another admin's run and settings are left alone.
 */
function stopForLostAdmin(tenant: TenantRecord, runAs: string, stages: NightlyStage[]): string {
  removeNightlyTrigger();
  disarmContinuation();
  let current = tenant;
  try {
    current = readTenant(tenant.customerId) ?? tenant;
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
  }
  const run = readRunState(tenant.customerId);
  const ownsNightly = current.triggerOwner === runAs;
  const ownsRun = run?.runAs === runAs;
  if (!ownsNightly && !ownsRun) {
    const left = `${runAs} is no longer an administrator; their left-over Autograph triggers were removed.`;
    console.warn(left);
    return left;
  }
  const message =
    `Automatic sync stopped: ${runAs}, who owns the nightly run, is no longer an administrator of the domain. ` +
    'Another administrator opens Autograph › Sync settings and turns automatic sync on; the nightly run then runs as them.';
  try {
    writeTenant({ ...current, autoSync: ownsNightly ? false : current.autoSync, triggerOwner: ownsNightly ? '' : current.triggerOwner, notice: message });
  } catch (err) {
    // Their store is closed to them now: every admin still reads the notice in the registry.
    if (!(err instanceof StoreUnavailableError)) throw err;
    writeNotice(tenant.customerId, message);
  }
  if (ownsRun) clearRun(tenant.customerId, stages);
  try {
    const store = openTenantStore(tenant.customerId);
    store.appendRun(toRecord(run ?? newState('nightly', runAs, Date.now()), 'stopped', message));
  } catch (e) {
    console.error(`could not record the stopped run in the tenant spreadsheet: ${errorText(e)}`);
  }
  console.warn(message);
  return message;
}

/** Whether `email` is an admin of the tenant right now (asked fresh, transient failures retried, never cached). */
export function rightsNow(email: string, tenant: TenantRecord): AdminRights {
  return adminRights(email, tenant.customerId, 3);
}

function runnerEmail(): string {
  return (Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail()).toLowerCase();
}

/**
 * A time-driven trigger fired (nightly, or a continuation). Runs as the trigger's owner. `continueOnly` for
 * continuations: they never start a new run. Anything that is not one of the running user's own triggers of
 * that function (a user calling `onNightlyRun` by name, a forged event) is refused without touching state.
 */
export function runFromTrigger(e: { triggerUid?: unknown } | undefined, continueOnly: boolean): RunReport {
  const runAs = runnerEmail();
  const uid = typeof e?.triggerUid === 'string' || typeof e?.triggerUid === 'number' ? String(e.triggerUid) : '';
  const fn = continueOnly ? CONTINUE_FUNCTION : NIGHTLY_FUNCTION;
  if (!uid || !isOwnTrigger(uid, fn)) {
    const message = `Refused: ${fn} runs only when fired by its own trigger (called by ${runAs} without one of their ${fn} triggers).`;
    console.warn(message);
    return { outcome: 'refused', message, state: null };
  }
  if (continueOnly) deleteFiredTrigger(uid);
  let tenant: TenantRecord | null;
  try {
    tenant = tenantForEmail(runAs);
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    // Retrying cannot help while the spreadsheet is gone or unshared: stop and tell every admin.
    const message = `${STORE_NOTICE} (${err.tenant.spreadsheetId}): ${errorText(err)}. Restore it from Drive trash or share it with the admin who runs the sync, then press Sync now.`;
    writeNotice(err.tenant.customerId, message);
    clearRun(err.tenant.customerId, NIGHTLY_STAGES);
    disarmContinuation();
    return { outcome: 'failed', message, state: null };
  }
  if (!tenant) {
    // The tenant was removed: a trigger left behind has nothing to do and must not fire again.
    removeNightlyTrigger();
    disarmContinuation();
    return { outcome: 'idle', message: `No Autograph tenant for ${runAs}; its triggers were removed.`, state: null };
  }
  const refusal = disconnectRefusal(tenant, () => readRunState(tenant.customerId)?.kind);
  if (refusal) {
    // Disconnected: this user's own triggers go (another admin's go when theirs fire), nothing is read or written.
    removeNightlyTrigger();
    if (!readRunState(tenant.customerId)) disarmContinuation();
    console.warn(refusal);
    return { outcome: 'refused', message: refusal, state: null };
  }
  const rights = rightsNow(runAs, tenant);
  if (rights.state === 'unknown') {
    // Not an answer about the user: nothing is stopped; a continuation tries again in an hour, the nightly run tomorrow.
    if (continueOnly && readRunState(tenant.customerId)?.runAs === runAs) armContinuation(true);
    const why = rights.failure === 'apiDisabled' ? rightsProblemText(rights) : `Autograph could not check ${runAs}'s admin rights (${rights.detail}).`;
    const message = `The run did not start, nothing was read or written: ${why} It tries again at the next trigger.`;
    console.warn(message);
    return { outcome: 'failed', message, state: readRunState(tenant.customerId) };
  }
  if (rights.state === 'notAdmin') {
    return { outcome: 'stopped', message: stopForLostAdmin(tenant, runAs, NIGHTLY_STAGES), state: null };
  }
  if (!continueOnly && !readRunState(tenant.customerId)) {
    if (!tenant.autoSync) {
      removeNightlyTrigger();
      return { outcome: 'idle', message: 'Automatic sync is off.', state: null };
    }
    if (tenant.triggerOwner && tenant.triggerOwner !== runAs) {
      // Another admin turned automatic sync on since: their trigger runs it now; this one is left over.
      removeNightlyTrigger();
      return { outcome: 'idle', message: `Automatic sync now runs as ${tenant.triggerOwner}.`, state: null };
    }
  }
  return executeRun({ tenant, kind: 'nightly', runAs, budgetMs: TRIGGER_BUDGET_MS, continueOnly, fromTrigger: true });
}

/** "Sync now" and the setup import, from a card action: a short slice now, the rest in the background. */
export function runFromCard(tenant: TenantRecord, kind: RunKind, runAs: string): RunReport {
  const refusal = disconnectRefusal(tenant, () => kind);
  if (refusal) return { outcome: 'refused', message: refusal, state: null };
  return executeRun({ tenant, kind, runAs, budgetMs: cardBudgetMs() });
}
