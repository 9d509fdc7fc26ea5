/**
 * Virtual time for the offline Workspace. Nothing in the simulation reads the wall clock: latency, trigger
 * firing, token expiry, cache TTLs and the execution limits are all measured against this clock, so tests are
 * deterministic and a night of work takes milliseconds of real time.
 */
export class VirtualClock {
  private ms: number;

  constructor(startMs: number = Date.UTC(2026, 10, 2, 9, 0, 0)) {
    this.ms = startMs;
  }

  now(): number {
    return this.ms;
  }

  /** Moves time forward; time never runs backwards. */
  set(ms: number): void {
    if (ms > this.ms) this.ms = ms;
  }

  advance(ms: number): void {
    if (ms < 0) throw new RangeError(`cannot advance the clock by a negative amount (${ms} ms)`);
    this.ms += ms;
  }
}
