import type { Execution } from '../execution';
import type { OfflineWorkspace } from '../workspace';

/** What a service fake gets when it builds its global object for one execution. */
export interface ServiceContext {
  ws: OfflineWorkspace;
  exec: Execution;
}

/**
 * One Apps Script service (or advanced service) of the offline Workspace. `globals` returns the names it puts
 * into the script's global scope for one execution; state that outlives executions lives on the workspace
 * (see `OfflineWorkspace.state`). `advancedService` names the manifest userSymbol that must be enabled.
 */
export interface ServiceModule {
  name: string;
  advancedService?: string;
  globals(ctx: ServiceContext): Record<string, unknown>;
  /** Called once when a workspace is created or restored: register schedulers and end-of-execution hooks here. */
  attach?(ws: OfflineWorkspace): void;
}

/** A service whose state needs to act as time passes (time-driven triggers). */
export interface Scheduler {
  /** The virtual time of the next thing due, or null. */
  nextDueAt(): number | null;
  /** Runs everything due at or before `at`. */
  fireDue(at: number): void;
}
