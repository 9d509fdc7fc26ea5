/** Errors the platform raises that end an execution rather than being ordinary service errors. */

/** Apps Script's own words when an execution runs past its limit (apps-script/guides/services/quotas). */
export const EXCEEDED_MAXIMUM_EXECUTION_TIME = 'Exceeded maximum execution time';

export class ExecutionTimeoutError extends Error {
  constructor() {
    super(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    this.name = 'Exception';
  }
}

/** A cut-off requested by a test ("stop this execution at its 40th service call"), as if the runtime died there. */
export class ExecutionCutOffError extends Error {
  constructor(at: string) {
    super(`${EXCEEDED_MAXIMUM_EXECUTION_TIME} (cut off by the offline Workspace at ${at})`);
    this.name = 'Exception';
  }
}
