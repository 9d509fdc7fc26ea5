import type { Execution } from '../execution';
import type { OfflineWorkspace } from '../workspace';
import type { ServiceModule } from './types';
import { coreCall } from './core-latency';

/**
 * One holding of a lock in virtual time: from `acquiredAt` until `releasedAt` (null while its execution still runs).
 * Executions run one after another in real time but may overlap in virtual time (`runConcurrently`), so contention is
 * decided on these intervals rather than on who is running right now.
 */
export interface LockHolding {
  scope: string;
  execution: string;
  acquiredAt: number;
  releasedAt: number | null;
}

export interface LockState {
  holdings: LockHolding[];
}

export function lockState(ws: OfflineWorkspace): LockState {
  return ws.state<LockState>('lock', () => ({ holdings: [] }));
}

// apps-script/reference/lock/lock#waitLock: throws when the lock cannot be acquired in time; these are its words.
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/**
 * A lock (apps-script/reference/lock/lock). Each `getScriptLock()` call returns a new object on the same lock;
 * `hasLock()` answers for this object. A lock still held when the execution ends is released then (see `attach`).
 */
class SimLock implements GoogleAppsScript.Lock.Lock {
  #acquired = false;

  readonly #ws: OfflineWorkspace;
  readonly #exec: Execution;
  readonly #scope: string;

  constructor(ws: OfflineWorkspace, exec: Execution, scope: string) {
    this.#ws = ws;
    this.#exec = exec;
    this.#scope = scope;
  }

  #mine(): LockHolding | undefined {
    return lockState(this.#ws).holdings.find(
      (h) => h.scope === this.#scope && h.execution === this.#exec.id && h.releasedAt === null,
    );
  }

  /**
   * Tries to hold the lock within `timeoutMs` of this execution's time. Another execution's holding blocks us if it
   * has not ended by now — also one that began later in virtual time, because it was decided first in real time;
   * we then wait (spending virtual time) until the last such holding ends, if that is within the timeout.
   */
  #acquire(timeoutMs: number): boolean {
    const ms = Number(timeoutMs);
    if (!Number.isFinite(ms) || ms < 0) throw this.#exec.realmError(`Invalid argument: timeoutInMillis (${timeoutMs})`);
    if (this.#mine()) return (this.#acquired = true);
    const st = lockState(this.#ws);
    // Holdings that ended before this execution began cannot block it (it may start before the clock: RunOptions.startAt).
    const floor = Math.min(this.#ws.clock.now(), this.#exec.startedAt);
    st.holdings = st.holdings.filter((h) => h.releasedAt === null || h.releasedAt > floor);
    const t = this.#exec.now();
    let freeAt = t;
    for (const h of st.holdings) {
      if (h.scope !== this.#scope || h.execution === this.#exec.id) continue;
      const end = h.releasedAt ?? Infinity;
      if (end > t && end > freeAt) freeAt = end;
    }
    if (freeAt > t + ms) {
      this.#exec.count('lock.timeouts');
      this.#exec.spend(ms);
      return false;
    }
    if (freeAt > t) {
      this.#exec.count('lock.waitMs', freeAt - t);
      this.#exec.spend(freeAt - t);
    }
    st.holdings.push({ scope: this.#scope, execution: this.#exec.id, acquiredAt: this.#exec.now(), releasedAt: null });
    this.#exec.count('lock.acquired');
    return (this.#acquired = true);
  }

  tryLock(timeoutInMillis: number): boolean {
    coreCall(this.#exec, 'lock.tryLock');
    return this.#acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    coreCall(this.#exec, 'lock.waitLock');
    if (!this.#acquire(timeoutInMillis)) throw this.#exec.realmError(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    coreCall(this.#exec, 'lock.releaseLock');
    const h = this.#mine();
    if (h) h.releasedAt = this.#exec.now();
    this.#acquired = false;
  }

  hasLock(): boolean {
    coreCall(this.#exec, 'lock.hasLock');
    return this.#acquired && this.#mine() !== undefined;
  }
}

function lockService(ws: OfflineWorkspace, exec: Execution) {
  return {
    // reference/lock/lock-service#getScriptLock: "prevents any user from concurrently running a section of code".
    getScriptLock: () => {
      coreCall(exec, 'lock.get');
      return new SimLock(ws, exec, `script|${exec.project.id}`);
    },
    // reference/lock/lock-service#getUserLock: "prevents the current user from concurrently running a section of code".
    getUserLock: () => {
      coreCall(exec, 'lock.get');
      return new SimLock(ws, exec, `user|${exec.project.id}|${exec.user.primaryEmail.toLowerCase()}`);
    },
    // reference/lock/lock-service#getDocumentLock: null when there is no containing document (a Gmail add-on).
    getDocumentLock: () => {
      coreCall(exec, 'lock.get');
      return null as unknown as GoogleAppsScript.Lock.Lock;
    },
  } satisfies GoogleAppsScript.Lock.LockService;
}

export const lockModule: ServiceModule = {
  name: 'LockService',
  globals: ({ ws, exec }) => ({ LockService: lockService(ws, exec) }),
  attach(ws) {
    // A lock still held when its execution ends (returns, throws or is stopped) is released at that moment.
    ws.onExecutionEnd((exec) => {
      for (const h of lockState(ws).holdings) {
        if (h.execution === exec.id && h.releasedAt === null) {
          h.releasedAt = exec.now();
          exec.count('lock.releasedAtEnd');
        }
      }
    });
  },
};
