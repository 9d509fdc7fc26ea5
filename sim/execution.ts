import type * as vm from 'node:vm';
import { Counters } from './counters';
import { ExecutionCutOffError, ExecutionTimeoutError } from './errors';
import type { SimUser } from './directory/model';
import type { SimProject } from './project';
import type { RealmMembrane } from './membrane';

/**
 * What started an execution. Card-driven kinds share the ~30 s callback limit
 * (workspace/add-ons/concepts/actions); triggers and editor runs get 6 minutes (apps-script/guides/services/quotas).
 */
export type ExecutionKind =
  | 'homepage'
  | 'contextual'
  | 'compose'
  | 'universal'
  | 'action'
  | 'trigger'
  | 'editor'
  | 'webapp';

export const LIMIT_MS: Record<ExecutionKind, number> = {
  homepage: 30_000,
  contextual: 30_000,
  compose: 30_000,
  universal: 30_000,
  action: 30_000,
  trigger: 6 * 60_000,
  editor: 6 * 60_000,
  // doGet/doPost and google.script.run calls: apps-script/guides/services/quotas, "Script runtime 6 min / execution"
  // (the web-app guide names no shorter limit).
  webapp: 6 * 60_000,
};

export interface CutOff {
  /** End the execution when this many service calls have been made (the next call fails). */
  afterServiceCalls?: number;
  /** End the execution once its virtual time passes this many milliseconds since it started. */
  afterMs?: number;
}

export interface LogLine {
  at: number;
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

/**
 * One execution of the script: one user, one function, one event, a start in virtual time and a deadline.
 * Each execution keeps its own local time so that executions started together can overlap (and contend for
 * locks) even though they are run one after the other.
 */
export class Execution {
  readonly counters = new Counters();
  readonly logs: LogLine[] = [];
  readonly startedAt: number;
  readonly deadline: number;
  private localNow: number;
  private serviceCalls = 0;
  private dead: Error | null = null;
  /** Objects that services attach for the length of one execution (the current message token, open locks). */
  readonly scratch = new Map<string, unknown>();
  /** The vm realm's globals; set by the runtime once the context exists. Used to build realm-native errors. */
  realm: { Error: ErrorConstructor; JSON: JSON; context: vm.Context } | null = null;
  /** The boundary that wraps service objects for the script; set with `realm`. */
  membrane: RealmMembrane | null = null;

  constructor(
    readonly id: string,
    readonly project: SimProject,
    readonly user: SimUser,
    readonly kind: ExecutionKind,
    readonly functionName: string,
    startAt: number,
    private readonly globalCounters: Counters,
    private readonly cutOff: CutOff = {},
    /** The platform's limit for this kind (sim/platform-behaviour.ts plays other card-action limits). */
    limitMs: number = LIMIT_MS[kind],
  ) {
    this.startedAt = startAt;
    this.localNow = startAt;
    this.deadline = startAt + limitMs;
  }

  now(): number {
    return this.localNow;
  }

  elapsed(): number {
    return this.localNow - this.startedAt;
  }

  /** Counts toward this execution and the workspace's totals. */
  count(key: string, n = 1): void {
    this.counters.add(key, n);
    this.globalCounters.add(key, n);
  }

  /** Advances this execution's time (latency, `Utilities.sleep`, lock waits); ends it past its deadline. */
  spend(ms: number): void {
    this.assertAlive();
    this.localNow += Math.max(0, ms);
    if (this.cutOff.afterMs !== undefined && this.elapsed() > this.cutOff.afterMs) {
      this.kill(new ExecutionCutOffError(`${this.cutOff.afterMs} ms`));
    }
    if (this.localNow > this.deadline) this.kill(new ExecutionTimeoutError());
  }

  /**
   * Every service call goes through here: it fails if the execution is over, counts the call, spends its latency,
   * and applies a requested cut-off. `key` names the service and method, e.g. `spreadsheet.setValues`.
   */
  serviceCall(key: string, latencyMs: number): void {
    this.assertAlive();
    this.serviceCalls++;
    if (this.cutOff.afterServiceCalls !== undefined && this.serviceCalls > this.cutOff.afterServiceCalls) {
      this.kill(new ExecutionCutOffError(`service call ${this.serviceCalls} (${key})`));
    }
    this.count('service.calls');
    this.count(`service.calls.${key}`);
    // Virtual time per service method, so a bench can say where an execution's time went.
    this.count(`service.ms.${key}`, Math.max(0, latencyMs));
    this.spend(latencyMs);
  }

  get serviceCallCount(): number {
    return this.serviceCalls;
  }

  /** The error that ended the execution early, if any. Once set, every later service call throws it again. */
  get endedBy(): Error | null {
    return this.dead;
  }

  private kill(err: Error): never {
    this.dead = err;
    throw this.realmError(err.message, err.name);
  }

  assertAlive(): void {
    if (this.dead) throw this.realmError(this.dead.message, this.dead.name);
  }

  log(level: LogLine['level'], text: string): void {
    this.logs.push({ at: this.localNow, level, text });
  }

  /** An Error created inside the script's realm, so `e instanceof Error` holds in script code. */
  realmError(message: string, name = 'Exception', extra: Record<string, unknown> = {}): Error {
    const Ctor = this.realm?.Error ?? Error;
    const err = new Ctor(message);
    err.name = name;
    // Extra fields (e.g. `details`) are copied into the realm: a host object on a realm error would hand the
    // script the host's constructors.
    for (const k of Object.keys(extra)) (err as unknown as Record<string, unknown>)[k] = this.toRealm(extra[k]);
    return err;
  }

  /** Copies plain data into the script's realm (arrays and objects that pass `instanceof` there). */
  toRealm<T>(value: T): T {
    if (value === undefined || value === null || typeof value !== 'object' || !this.realm) return value;
    return this.realm.JSON.parse(JSON.stringify(value)) as T;
  }
}
