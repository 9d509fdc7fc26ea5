import type { Execution } from '../execution';
import type { OfflineWorkspace } from '../workspace';
import type { ServiceModule } from './types';
import { coreCall, CoreServiceCall } from './core-latency';
import { includingProject } from '../project';

// apps-script/guides/services/quotas: "Property value size 9 KB / val", "Properties total storage 500 KB / property store",
// "Properties read/write 500,000 / day" (Google Workspace accounts). Both sizes are counted here as UTF-8 bytes of key
// and value; Google's pages do not say how they count [unverified]. The error texts: a full store throws "You have
// exceeded the property storage quota. Please remove some properties and try again." (as users report it, e.g.
// github.com/lucasvtiradentes/gcal-sync issue 115); for a value over 9 KB Google's pages give no text, so the
// offline Workspace throws "Argument too large: value" and callers must not depend on the wording.
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;
export const PROPERTY_OPS_PER_DAY = 500_000;
const DAY_MS = 24 * 3600_000;

/** Plain JSON state: one script store per project (shared by every user of every tenant), one user store per project+user. */
export interface PropertiesState {
  script: Record<string, Record<string, string>>;
  user: Record<string, Record<string, string>>;
  /** Daily read+write counts per user, in a 24 h window opened by the user's first call. */
  daily: Record<string, { windowStart: number; count: number }>;
}

export function propertiesState(ws: OfflineWorkspace): PropertiesState {
  return ws.state<PropertiesState>('properties', () => ({ script: {}, user: {}, daily: {} }));
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * One property store (apps-script/reference/properties/properties). Values are strings: anything else is
 * converted with String(), as the guide says ("Data types that are not already strings are automatically converted").
 */
class PropertyStore implements GoogleAppsScript.Properties.Properties {
  readonly #ws: OfflineWorkspace;
  readonly #exec: Execution;
  readonly #scope: 'script' | 'user';
  readonly #storeKey: string;

  constructor(ws: OfflineWorkspace, exec: Execution, scope: 'script' | 'user', storeKey: string) {
    this.#ws = ws;
    this.#exec = exec;
    this.#scope = scope;
    this.#storeKey = storeKey;
  }

  #data(): Record<string, string> {
    const st = propertiesState(this.#ws)[this.#scope];
    return (st[this.#storeKey] ??= {});
  }

  /** Counts one read or write against the running user's daily quota. */
  #call(key: CoreServiceCall): void {
    coreCall(this.#exec, key);
    const st = propertiesState(this.#ws);
    const who = this.#exec.user.primaryEmail.toLowerCase();
    const now = this.#exec.now();
    let q = st.daily[who];
    if (!q || now >= q.windowStart + DAY_MS) q = st.daily[who] = { windowStart: now, count: 0 };
    if (q.count >= PROPERTY_OPS_PER_DAY) {
      throw this.#exec.realmError('Service invoked too many times for one day: properties.');
    }
    q.count++;
    this.#exec.count('properties.ops');
  }

  #checkKey(key: unknown): string {
    if (key === null || key === undefined) throw this.#exec.realmError('Invalid argument: key');
    return String(key);
  }

  /** Applies `changes` (null deletes) only if the result fits the store; nothing is written otherwise. */
  #write(changes: Record<string, string | null>, base?: Record<string, string>): void {
    const next: Record<string, string> = { ...(base ?? this.#data()) };
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) delete next[k];
      else {
        // apps-script/guides/services/quotas: 9 KB per value.
        if (utf8Bytes(v) > PROPERTY_VALUE_MAX_BYTES) throw this.#exec.realmError('Argument too large: value');
        next[k] = v;
      }
    }
    let total = 0;
    for (const [k, v] of Object.entries(next)) total += utf8Bytes(k) + utf8Bytes(v);
    if (total > PROPERTY_STORE_MAX_BYTES) {
      throw this.#exec.realmError(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    propertiesState(this.#ws)[this.#scope][this.#storeKey] = next;
  }

  getProperty(key: string): string | null {
    this.#call('properties.get');
    const k = this.#checkKey(key);
    const d = this.#data();
    return Object.prototype.hasOwnProperty.call(d, k) ? d[k] : null;
  }

  getProperties(): { [key: string]: string } {
    this.#call('properties.getAll');
    return this.#exec.toRealm({ ...this.#data() });
  }

  getKeys(): string[] {
    this.#call('properties.getAll');
    return this.#exec.toRealm(Object.keys(this.#data()));
  }

  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.#call('properties.set');
    const k = this.#checkKey(key);
    if (value === null || value === undefined) throw this.#exec.realmError('Invalid argument: value');
    this.#write({ [k]: String(value) });
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GoogleAppsScript.Properties.Properties {
    this.#call('properties.setAll');
    if (properties === null || typeof properties !== 'object') throw this.#exec.realmError('Invalid argument: properties');
    const changes: Record<string, string> = {};
    for (const [k, v] of Object.entries(properties)) changes[k] = String(v);
    this.#write(changes, deleteAllOthers ? {} : undefined);
    return this;
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.#call('properties.delete');
    this.#write({ [this.#checkKey(key)]: null });
    return this;
  }

  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.#call('properties.deleteAll');
    propertiesState(this.#ws)[this.#scope][this.#storeKey] = {};
    return this;
  }
}

/** The user store's key: stores belong to one project and one user (apps-script/guides/properties). */
export function userStoreKey(projectId: string, email: string): string {
  return `${projectId}|${email.toLowerCase()}`;
}

function propertiesService(ws: OfflineWorkspace, exec: Execution) {
  const service = {
    // apps-script/guides/properties: script properties are shared among "All users of a script, add-on, or web app".
    getScriptProperties: () => {
      coreCall(exec, 'properties.getStore');
      return new PropertyStore(ws, exec, 'script', exec.project.id);
    },
    getUserProperties: () => {
      coreCall(exec, 'properties.getStore');
      // apps-script/guides/libraries: user properties are shared between a library and the script including it.
      return new PropertyStore(ws, exec, 'user', userStoreKey(includingProject(exec.project).id, exec.user.primaryEmail));
    },
    // reference/properties/properties-service#getDocumentProperties: null unless bound to or running in a document;
    // a Gmail add-on has no open document.
    getDocumentProperties: () => {
      coreCall(exec, 'properties.getStore');
      return null as unknown as GoogleAppsScript.Properties.Properties;
    },
  } satisfies GoogleAppsScript.Properties.PropertiesService;
  return service;
}

export const propertiesModule: ServiceModule = {
  name: 'PropertiesService',
  globals: ({ ws, exec }) => ({ PropertiesService: propertiesService(ws, exec) }),
};
