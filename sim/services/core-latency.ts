/**
 * Virtual latency (ms) of each call to the core Apps Script services, in one table so the bench can reason about
 * them. Google publishes no latencies; these are small, plausible figures (in-process services are ~0–1 ms,
 * storage-backed ones a few ms to tens of ms) chosen so a run's virtual time stays realistic.
 */
export const CORE_SERVICE_LATENCY_MS = {
  'properties.get': 8,
  'properties.getAll': 15,
  'properties.set': 20,
  'properties.setAll': 30,
  'properties.delete': 20,
  'properties.deleteAll': 30,
  'properties.getStore': 5,
  'cache.get': 5,
  'cache.getAll': 5,
  'cache.put': 5,
  'cache.putAll': 5,
  'cache.remove': 5,
  'cache.removeAll': 5,
  'cache.getStore': 1,
  'lock.get': 1,
  'lock.tryLock': 10,
  'lock.waitLock': 10,
  'lock.releaseLock': 10,
  'lock.hasLock': 0,
  'scriptApp.newTrigger': 1,
  'scriptApp.createTrigger': 150,
  'scriptApp.getProjectTriggers': 50,
  'scriptApp.deleteTrigger': 100,
  'scriptApp.getOAuthToken': 5,
  'scriptApp.getScriptId': 0,
  'scriptApp.getService': 0,
  'scriptApp.invalidateAuth': 5,
  'session.getUser': 1,
  'session.get': 0,
  'utilities.crypto': 1,
  'utilities.encode': 0,
  'utilities.format': 0,
  'utilities.blob': 0,
  'utilities.uuid': 0,
  'utilities.sleep': 0,
  'logger.log': 0,
  'console.log': 0,
  'html.create': 0,
  'html.evaluate': 1,
} as const;

export type CoreServiceCall = keyof typeof CORE_SERVICE_LATENCY_MS;

/** Spends the table's latency for `key` on `exec` (every fake method starts with this). */
export function coreCall(exec: { serviceCall(key: string, latencyMs: number): void }, key: CoreServiceCall): void {
  exec.serviceCall(key, CORE_SERVICE_LATENCY_MS[key]);
}

/**
 * An Apps Script enum as scripts see it: `ScriptApp.EventType.CLOCK` compares equal to what `getEventType()`
 * returns and prints as its name. Values are the names themselves (strings), so they also survive JSON state.
 */
export function appsScriptEnum<const K extends string>(names: readonly K[]): Readonly<Record<K, K>> {
  const out = {} as Record<K, K>;
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}
