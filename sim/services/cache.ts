import type { Execution } from '../execution';
import type { OfflineWorkspace } from '../workspace';
import type { ServiceModule } from './types';
import { coreCall } from './core-latency';
import { userStoreKey } from './properties';

// apps-script/reference/cache/cache: key at most 250 characters, value at most 100 KB, expiration 1..21600 s
// (default 600 s); "The maximum number of items in the cache is 1,000" — the oldest are evicted.
export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
export const CACHE_MAX_ITEMS = 1000;
export const CACHE_DEFAULT_TTL_S = 600;
export const CACHE_MAX_TTL_S = 21_600;

interface CacheEntry {
  value: string;
  expiresAt: number;
  /** Insertion order: the smallest is evicted first when the store is full. */
  seq: number;
}

/** Plain JSON state: script caches per project, user caches per project+user. */
export interface CacheState {
  stores: Record<string, { seq: number; entries: Record<string, CacheEntry> }>;
}

export function cacheState(ws: OfflineWorkspace): CacheState {
  return ws.state<CacheState>('cache', () => ({ stores: {} }));
}

/**
 * One cache (apps-script/reference/cache/cache). Expiry is measured on the calling execution's virtual clock.
 * Google may evict earlier than the TTL ("best effort"); this fake evicts only when full or expired, so runs
 * stay deterministic.
 */
class SimCache implements GoogleAppsScript.Cache.Cache {
  readonly #ws: OfflineWorkspace;
  readonly #exec: Execution;
  readonly #storeKey: string;

  constructor(ws: OfflineWorkspace, exec: Execution, storeKey: string) {
    this.#ws = ws;
    this.#exec = exec;
    this.#storeKey = storeKey;
  }

  #store() {
    const st = cacheState(this.#ws).stores;
    return (st[this.#storeKey] ??= { seq: 0, entries: {} });
  }

  #live(key: string): CacheEntry | undefined {
    const s = this.#store();
    const e = s.entries[key];
    if (e && e.expiresAt <= this.#exec.now()) {
      delete s.entries[key];
      return undefined;
    }
    return e;
  }

  #checkKey(key: unknown): string {
    if (key === null || key === undefined) throw this.#exec.realmError('Invalid argument: key');
    const k = String(key);
    if (k.length > CACHE_KEY_MAX_CHARS) throw this.#exec.realmError('Argument too large: key');
    return k;
  }

  #ttlMs(expirationInSeconds: number | undefined): number {
    if (expirationInSeconds === undefined) return CACHE_DEFAULT_TTL_S * 1000;
    const s = Number(expirationInSeconds);
    if (!Number.isFinite(s) || s < 1 || s > CACHE_MAX_TTL_S) {
      throw this.#exec.realmError(
        `Invalid argument: expirationInSeconds (${expirationInSeconds}): use 1 to ${CACHE_MAX_TTL_S} seconds`,
      );
    }
    return Math.floor(s) * 1000;
  }

  #putOne(key: string, value: unknown, ttlMs: number): void {
    if (value === null || value === undefined) throw this.#exec.realmError('Invalid argument: value');
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_MAX_BYTES) throw this.#exec.realmError('Argument too large: value');
    const s = this.#store();
    delete s.entries[key];
    s.entries[key] = { value: v, expiresAt: this.#exec.now() + ttlMs, seq: ++s.seq };
    this.#evict();
  }

  /** Drops expired entries, then the oldest, until the store holds at most 1,000 items. */
  #evict(): void {
    const s = this.#store();
    const keys = Object.keys(s.entries);
    if (keys.length <= CACHE_MAX_ITEMS) return;
    const now = this.#exec.now();
    for (const k of keys) if (s.entries[k].expiresAt <= now) delete s.entries[k];
    const rest = Object.entries(s.entries).sort((a, b) => a[1].seq - b[1].seq);
    for (let i = 0; i < rest.length - CACHE_MAX_ITEMS; i++) {
      delete s.entries[rest[i][0]];
      this.#exec.count('cache.evictions');
    }
  }

  get(key: string): string | null {
    coreCall(this.#exec, 'cache.get');
    const e = this.#live(this.#checkKey(key));
    this.#exec.count(e ? 'cache.hits' : 'cache.misses');
    return e ? e.value : null;
  }

  getAll(keys: string[]): { [key: string]: string } {
    coreCall(this.#exec, 'cache.getAll');
    if (!Array.isArray(keys)) throw this.#exec.realmError('Invalid argument: keys');
    const out: Record<string, string> = {};
    for (const key of keys) {
      const e = this.#live(this.#checkKey(key));
      this.#exec.count(e ? 'cache.hits' : 'cache.misses');
      if (e) out[String(key)] = e.value;
    }
    return this.#exec.toRealm(out);
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    coreCall(this.#exec, 'cache.put');
    this.#putOne(this.#checkKey(key), value, this.#ttlMs(expirationInSeconds));
  }

  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    coreCall(this.#exec, 'cache.putAll');
    if (values === null || typeof values !== 'object') throw this.#exec.realmError('Invalid argument: values');
    const ttl = this.#ttlMs(expirationInSeconds);
    const entries = Object.entries(values).map(([k, v]) => [this.#checkKey(k), v] as const);
    for (const [k, v] of entries) this.#putOne(k, v, ttl);
  }

  remove(key: string): void {
    coreCall(this.#exec, 'cache.remove');
    delete this.#store().entries[this.#checkKey(key)];
  }

  removeAll(keys: string[]): void {
    coreCall(this.#exec, 'cache.removeAll');
    if (!Array.isArray(keys)) throw this.#exec.realmError('Invalid argument: keys');
    const s = this.#store();
    for (const k of keys) delete s.entries[this.#checkKey(k)];
  }
}

function cacheService(ws: OfflineWorkspace, exec: Execution) {
  return {
    getScriptCache: () => {
      coreCall(exec, 'cache.getStore');
      return new SimCache(ws, exec, `script|${exec.project.id}`);
    },
    getUserCache: () => {
      coreCall(exec, 'cache.getStore');
      return new SimCache(ws, exec, `user|${userStoreKey(exec.project.id, exec.user.primaryEmail)}`);
    },
    // reference/cache/cache-service#getDocumentCache: null when not in a document (a Gmail add-on has none).
    getDocumentCache: () => {
      coreCall(exec, 'cache.getStore');
      return null;
    },
  } satisfies GoogleAppsScript.Cache.CacheService;
}

export const cacheModule: ServiceModule = {
  name: 'CacheService',
  globals: ({ ws, exec }) => ({ CacheService: cacheService(ws, exec) }),
};
