import { VirtualClock } from './clock';
import { Counters } from './counters';
import { DirectoryModel, SimUser } from './directory/model';
import { Execution, ExecutionKind, CutOff, LogLine, LIMIT_MS } from './execution';
import { PlatformBehaviour, platformBehaviour } from './platform-behaviour';
import { createExecutionContext } from './context';
import { callEntryPoint, REAL_CPU_TIMEOUT_MS } from './entry-point';
import { loadProject, LoadProjectOptions, SimProject } from './project';
import type { Scheduler } from './services/types';
import { SERVICE_MODULES } from './services';
import * as fs from 'node:fs';
import { runScriptCall, serveWebApp, type ScriptCallResult, type WebAppPage, type WebAppRequest } from './web-app';

export interface RunOptions {
  /** Primary email of the user the execution runs as. */
  user: string;
  /** The event object, as the platform would pass it. */
  event?: unknown;
  kind?: ExecutionKind;
  cutOff?: CutOff;
  /**
   * When the execution starts in virtual time (default: now). May lie in the past: a trigger that fell due while
   * another execution was still running starts at its due time, overlapping that execution (and contending for
   * its locks), even though the clock has already moved past it. Never later than now.
   */
  startAt?: number;
  /**
   * Arguments to call the function with, in place of the one event object (a `google.script.run` call:
   * sim/web-app.ts serialises them as the client would).
   */
  args?: unknown[];
}

export interface RunResult {
  ok: boolean;
  /** What the function returned (host objects from service fakes stay as they are, e.g. cards). */
  value?: unknown;
  /** The error message, when the function threw or the execution was ended by the platform. */
  error?: string;
  errorName?: string;
  /** True when the platform ended the execution (time limit or a requested cut-off). */
  endedByPlatform: boolean;
  execution: Execution;
}

export interface WorkspaceOptions {
  seed?: number | string;
  startAt?: number;
}


/**
 * The offline Workspace: a virtual clock, a directory of tenants and users, the state of every service, and a
 * runtime that executes Apps Script projects as given users. See README "The offline Workspace".
 */
export class OfflineWorkspace {
  readonly clock: VirtualClock;
  readonly seed: string;
  readonly directory = new DirectoryModel();
  readonly counters = new Counters();
  /** Every log line of every execution, kept so tests can search them (e.g. for leaked key material). */
  readonly logs: Array<LogLine & { execution: string; user: string }> = [];
  /** Summaries of finished executions, newest last. */
  readonly executions: Array<{ id: string; fn: string; user: string; kind: ExecutionKind; start: number; end: number; ok: boolean; error?: string }> = [];
  readonly projects = new Map<string, SimProject>();
  private readonly states = new Map<string, unknown>();
  private readonly schedulers: Scheduler[] = [];
  private readonly endHooks: Array<(exec: Execution) => void> = [];
  private readonly installs = new Set<string>();
  private nextExecutionId = 1;

  constructor(opts: WorkspaceOptions = {}) {
    this.clock = new VirtualClock(opts.startAt);
    this.seed = String(opts.seed ?? 'autograph');
    for (const m of SERVICE_MODULES) m.attach?.(this);
  }

  /**
   * Everything that outlives an execution, as JSON: the clock, the directory, installs and every service's
   * state. Service state must therefore be plain data (records and arrays, no Maps or class instances).
   */
  saveState(file: string): void {
    const data = {
      version: 1,
      seed: this.seed,
      now: this.clock.now(),
      tenants: [...this.directory.tenants.values()],
      users: [...this.directory.users.values()],
      installs: [...this.installs],
      nextExecutionId: this.nextExecutionId,
      states: Object.fromEntries(this.states),
    };
    fs.writeFileSync(file, JSON.stringify(data));
  }

  static loadState(file: string): OfflineWorkspace {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    const ws = new OfflineWorkspace({ seed: data.seed, startAt: data.now });
    for (const t of data.tenants) ws.directory.addTenant(t);
    for (const u of data.users) ws.directory.addUser(u);
    for (const i of data.installs) ws.installs.add(i);
    ws.nextExecutionId = data.nextExecutionId;
    for (const [k, v] of Object.entries(data.states)) ws.states.set(k, v);
    return ws;
  }

  /** What the docs leave open, played one way or the other (sim/platform-behaviour.ts). */
  get platform(): PlatformBehaviour {
    return platformBehaviour(this);
  }

  /** Shared state of one service, created on first use; lives as long as the workspace. */
  state<T>(key: string, init: () => T): T {
    if (!this.states.has(key)) this.states.set(key, init());
    return this.states.get(key) as T;
  }

  addScheduler(s: Scheduler): void {
    this.schedulers.push(s);
  }

  /** Called when any execution ends, however it ends (locks are released here). */
  onExecutionEnd(hook: (exec: Execution) => void): void {
    this.endHooks.push(hook);
  }

  /** Loads a project (see `loadProject`); what it asks for and the offline Workspace lacks is printed once, here. */
  loadProject(dir: string, id?: string, opts?: LoadProjectOptions): SimProject {
    const p = loadProject(dir, id, opts);
    this.projects.set(p.id, p);
    for (const w of p.warnings) process.emitWarning(`${p.id}: ${w}`, 'OfflineWorkspaceWarning');
    return p;
  }

  /** Installs an add-on for a whole tenant (a domain-wide Marketplace install by its super admin). */
  install(project: SimProject, customerId: string, bySuperAdmin: string): void {
    const admin = this.directory.findUser(bySuperAdmin);
    if (!admin || admin.customerId !== customerId || !admin.isAdmin) {
      throw new Error(`${bySuperAdmin} is not a super admin of ${customerId}: only a super admin installs domain-wide`);
    }
    this.installs.add(`${project.id}|${customerId}`);
  }

  isInstalled(project: SimProject, user: SimUser): boolean {
    return this.installs.has(`${project.id}|${user.customerId}`);
  }

  /** Runs `fn` as one execution that starts now. */
  run(project: SimProject, fn: string, opts: RunOptions): RunResult {
    const result = this.execute(project, fn, opts, this.startOf(opts));
    this.clock.set(result.execution.now());
    return result;
  }

  /**
   * Starts several executions at the same virtual moment. They run one after the other in real time but
   * overlap in virtual time, so locks, quotas and concurrency limits see them as concurrent.
   */
  runConcurrently(specs: Array<{ project: SimProject; fn: string } & RunOptions>): RunResult[] {
    const t0 = this.clock.now();
    const results = specs.map((s) => this.execute(s.project, s.fn, s, s.startAt === undefined ? t0 : this.startOf(s)));
    for (const r of results) this.clock.set(r.execution.now());
    return results;
  }

  /** Lets virtual time pass, firing every trigger that falls due on the way. */
  advance(ms: number): void {
    this.advanceTo(this.clock.now() + ms);
  }

  advanceTo(t: number): void {
    for (;;) {
      let next: { s: Scheduler; at: number } | null = null;
      for (const s of this.schedulers) {
        const at = s.nextDueAt();
        if (at !== null && at <= t && (!next || at < next.at)) next = { s, at };
      }
      if (!next) break;
      this.clock.set(next.at);
      next.s.fireDue(next.at);
    }
    this.clock.set(t);
  }

  private startOf(opts: RunOptions): number {
    const now = this.clock.now();
    if (opts.startAt === undefined) return now;
    if (!Number.isFinite(opts.startAt) || opts.startAt > now) {
      throw new Error(
        `RunOptions.startAt ${opts.startAt} is after the virtual clock (${now}): advance the clock first (ws.advanceTo)`,
      );
    }
    return opts.startAt;
  }

  /** A visit to the project's web app (doGet/doPost) by `user`: sim/web-app.ts. */
  serveWebApp(project: SimProject, user: string, req: WebAppRequest = { method: 'GET' }): WebAppPage {
    return serveWebApp(this, project, user, req);
  }

  /** A `google.script.run.<fn>(...args)` from the web app's page, as `user`: sim/web-app.ts. */
  runScriptCall(project: SimProject, user: string, fn: string, args: unknown[] = []): ScriptCallResult {
    return runScriptCall(this, project, user, fn, args);
  }

  user(email: string): SimUser {
    const u = this.directory.findUser(email);
    if (!u) throw new Error(`no user ${email} in the offline Workspace`);
    return u;
  }

  private execute(project: SimProject, fn: string, opts: RunOptions, startAt: number): RunResult {
    const user = this.user(opts.user);
    const kind = opts.kind ?? 'editor';
    if (user.suspended) throw new Error(`${user.primaryEmail} is suspended and cannot run scripts`);
    // A web app is a deployment of the project, reached by its URL: the Marketplace install does not gate it (its
    // access setting does; sim/web-app.ts).
    if (project.isAddOn && kind !== 'editor' && kind !== 'trigger' && kind !== 'webapp' && !this.isInstalled(project, user)) {
      throw new Error(`${project.id} is not installed for ${user.primaryEmail}'s domain`);
    }
    const exec = new Execution(
      `x${this.nextExecutionId++}`,
      project,
      user,
      kind,
      fn,
      startAt,
      this.counters,
      opts.cutOff,
      kind === 'trigger' || kind === 'editor' || kind === 'webapp' ? LIMIT_MS[kind] : this.platform.cardActionLimitMs,
    );
    exec.count('executions');
    exec.count(`executions.${kind}`);
    let result: RunResult;
    try {
      const context = createExecutionContext(this, exec);
      for (const f of project.files) f.script.runInContext(context, { timeout: REAL_CPU_TIMEOUT_MS });
      const value = exec.membrane!.unwrap(callEntryPoint(context, exec, fn, exec.toRealm(opts.args ?? opts.event), REAL_CPU_TIMEOUT_MS, opts.args !== undefined));
      result = exec.endedBy
        ? { ok: false, error: exec.endedBy.message, errorName: 'Exception', endedByPlatform: true, execution: exec }
        : { ok: true, value, endedByPlatform: false, execution: exec };
    } catch (err) {
      const e = err as Error;
      const platform = exec.endedBy !== null;
      result = {
        ok: false,
        error: platform ? exec.endedBy!.message : String(e?.message ?? e),
        errorName: e?.name,
        endedByPlatform: platform,
        execution: exec,
      };
      exec.log('error', `${fn}: ${result.error}`);
    } finally {
      for (const hook of this.endHooks) hook(exec);
    }
    for (const line of exec.logs) this.logs.push({ ...line, execution: exec.id, user: user.primaryEmail });
    this.executions.push({
      id: exec.id,
      fn,
      user: user.primaryEmail,
      kind,
      start: exec.startedAt,
      end: exec.now(),
      ok: result.ok,
      error: result.error,
    });
    return result;
  }
}
