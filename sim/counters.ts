/**
 * Counters of what executions did: calls per service and endpoint, quota units, executions. Keys are dotted
 * names such as `urlfetch.calls`, `urlfetch.calls.gmail.sendAs.patch`, `quota.gmail`, `spreadsheet.calls`,
 * `directory.calls`, `executions`. Benchmarks and tests read them; nothing in the simulation depends on them.
 */
export class Counters {
  private readonly values = new Map<string, number>();

  add(key: string, n = 1): void {
    this.values.set(key, (this.values.get(key) ?? 0) + n);
  }

  get(key: string): number {
    return this.values.get(key) ?? 0;
  }

  /** Sum of every counter whose key starts with `prefix`. */
  sum(prefix: string): number {
    let total = 0;
    for (const [k, v] of this.values) if (k === prefix || k.startsWith(prefix + '.')) total += v;
    return total;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.values.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Counters accumulated since `before` was taken. */
  since(before: Record<string, number>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of this.values) {
      const d = v - (before[k] ?? 0);
      if (d !== 0) out[k] = d;
    }
    return out;
  }
}
