import * as vm from 'node:vm';

/**
 * The boundary between the script's vm realm and the host (node) realm. Service fakes are host objects: handed to the
 * script as they are, `Session.getActiveUser.constructor` would be the host's `Function`, and
 * `Function('return process')()` an escape from the vm. The membrane hands the script only realm objects instead:
 *
 * - a host function becomes a realm function (made by a factory compiled inside the realm) that forwards the call;
 *   its `.constructor` and prototype are the realm's;
 * - a host object with behaviour (a class instance, an object of methods) becomes a realm Proxy over a realm target
 *   whose traps forward to the host object and wrap what comes back — lazily, one property at a time;
 * - plain host data (arrays, records without methods, Dates, byte arrays, errors) is copied into the realm, as Apps
 *   Script copies values between its Java services and the script;
 * - values coming back into the host (arguments, `this`, the function's return value) are unwrapped, so the fakes see
 *   their own objects (private fields and `instanceof` keep working);
 * - the host's code-evaluating constructors, its global object and `process` never cross: they read as `undefined`.
 *
 * Objects that are already realm objects (e.g. from `exec.toRealm`, `exec.realmError`) cross unchanged.
 */
export class RealmMembrane {
  private readonly wrappers = new WeakMap<object, unknown>();
  private readonly hosts = new WeakMap<object, object>();
  private readonly facades = new Map<object, object>();
  private readonly kit: RealmKit;
  private readonly handler: ProxyHandler<object>;

  constructor(
    context: vm.Context,
    private readonly blocked: ReadonlySet<unknown>,
  ) {
    REALM_KIT_SCRIPT ??= new vm.Script(REALM_KIT, { filename: 'offline-workspace-membrane.js' });
    this.kit = REALM_KIT_SCRIPT.runInContext(context) as RealmKit;
    this.handler = this.makeHandler();
  }

  /** A host value as the script may see it. */
  wrap(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const cached = this.wrappers.get(value as object);
    if (cached !== undefined) return cached;
    // Fast path: another instance of a class already seen in this execution.
    const facadeProto = this.facades.get(Object.getPrototypeOf(value));
    if (facadeProto !== undefined && typeof value === 'object') return this.facade(value as object, facadeProto);
    if (this.hosts.has(value as object)) return value;
    if (this.isRealm(value as object)) return Array.isArray(value) ? this.sealElements(value) : value;
    if (BLOCKED_INTRINSICS.has(value) || this.blocked.has(value)) return undefined;
    return this.cross(value as object, new Map());
  }

  /**
   * Fakes build some results as realm arrays of host objects (`getSheets()`, `getProjectTriggers()`,
   * `fetchAll()`): wrap those elements in place. One level deep — rows of `getValues()` are realm arrays of values.
   */
  private sealElements(arr: unknown[]): unknown[] {
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i];
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
      if (this.hosts.has(v as object) || this.isRealm(v as object)) continue;
      arr[i] = this.wrap(v);
    }
    return arr;
  }

  private facade(host: object, facadeProto: object): object {
    const facade = Object.create(facadeProto) as object;
    this.hosts.set(facade, host);
    this.wrappers.set(host, facade);
    return facade;
  }

  /**
   * A value from the script as the host should see it: wrappers become their host objects again, and arrays and
   * plain records (to `depth` levels) become host copies. Copies, so that host code never writes a host value
   * into a script-made object — a script's Proxy or an array with a `Symbol.species` constructor would catch it.
   */
  unwrap(value: unknown, depth = 3): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const host = this.hosts.get(value as object);
    if (host !== undefined) return host;
    if (depth === 0 || typeof value === 'function') return value;
    if (Array.isArray(value)) {
      const n = value.length;
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) {
        const v: unknown = value[i];
        out[i] = v === null || (typeof v !== 'object' && typeof v !== 'function') ? v : this.unwrap(v, depth - 1);
      }
      return out;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== this.kit.objectPrototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      const u = v === null || (typeof v !== 'object' && typeof v !== 'function') ? v : this.unwrap(v, depth - 1);
      if (k === '__proto__') Object.defineProperty(out, k, { value: u, enumerable: true, writable: true, configurable: true });
      else out[k] = u;
    }
    return out;
  }

  /** Any error the host throws, as a realm error the script can catch with `instanceof Error`. */
  realmizeError(err: unknown): unknown {
    if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return err;
    if (this.isRealm(err as object) || this.hosts.has(err as object)) return err;
    if (err instanceof Error) return this.copyError(err, new Map());
    return this.wrap(err);
  }

  private cross(value: object, seen: Map<object, unknown>): unknown {
    const done = seen.get(value);
    if (done !== undefined) return done;
    if (typeof value === 'function') return this.remember(value, this.kit.makeFunction(this.caller(value), this.constructor_(value)));
    if (Array.isArray(value)) {
      const out: unknown[] = this.kit.newArray();
      seen.set(value, out);
      for (let i = 0; i < value.length; i++) out[i] = this.crossChild(value[i], seen);
      return out;
    }
    if (value instanceof Date) return this.kit.newDate(value.getTime());
    if (value instanceof Error) return this.copyError(value, seen);
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      return this.kit.newTypedArray(value.constructor.name === 'Buffer' ? 'Uint8Array' : value.constructor.name, value as unknown as ArrayLike<number>);
    }
    const proto = Object.getPrototypeOf(value);
    if ((proto === Object.prototype || proto === null) && isData(value)) {
      const out: Record<string, unknown> = this.kit.newObject();
      seen.set(value, out);
      for (const k of Object.keys(value)) out[k] = this.crossChild((value as Record<string, unknown>)[k], seen);
      return out;
    }
    if (proto !== Object.prototype && proto !== null && isPlainInstance(value)) {
      // A class instance (a builder, a Range, a Lock): a realm object on a realm prototype of forwarding methods.
      // Method lookups then stay inside the realm and a call crosses once — CardService builders are called
      // thousands of times per card-heavy execution. Own fields (internal state) are not exposed.
      return this.facade(value, this.facadePrototype(proto));
    }
    if ((proto === Object.prototype || proto === null) && !hasAccessors(value)) {
      // An object of methods (a service namespace such as CardService or AdminDirectory.Users): a realm object
      // holding a forwarding function per method and a copy of each data field (enums), built once.
      const out = Object.create(this.kit.objectPrototype) as Record<string, unknown>;
      this.hosts.set(out, value);
      this.wrappers.set(value, out);
      for (const k of Object.keys(value)) out[k] = this.crossChild((value as Record<string, unknown>)[k], seen);
      return out;
    }
    // The target is never visible to the script (every trap forwards to the host object); its prototype is the
    // realm's Object.prototype, so the proxy's prototype chain holds only realm objects. Built host-side: a call
    // into the realm per object would double the cost of a card builder call.
    const target = Object.create(this.kit.objectPrototype) as Record<symbol, unknown>;
    target[HOST] = value;
    const proxy = new Proxy(target, this.handler);
    this.hosts.set(proxy, value);
    return this.remember(value, proxy);
  }

  /**
   * Realm prototype for one host prototype chain: one forwarding realm function per method name. Later instances
   * of the same class take the fast path in `wrap` (their shape is assumed to be the first one's).
   */
  private facadePrototype(hostProto: object): object {
    const cached = this.facades.get(hostProto);
    if (cached) return cached;
    const facadeProto = Object.create(this.kit.objectPrototype) as Record<PropertyKey, unknown>;
    for (let p: object | null = hostProto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const key of Reflect.ownKeys(p)) {
        if (key === 'constructor' || key in facadeProto) continue;
        const d = Object.getOwnPropertyDescriptor(p, key)!;
        if (typeof d.value !== 'function') continue;
        facadeProto[key] = this.kit.makeMethod(key, this.invoke);
      }
    }
    this.facades.set(hostProto, facadeProto);
    return facadeProto;
  }

  /** Calls `name` on the host object behind a facade (one crossing per script call of a service method). */
  private readonly invoke = (self: unknown, name: PropertyKey, args: ArrayLike<unknown>): unknown => {
    try {
      const host = this.hosts.get(self as object) as Record<PropertyKey, (...a: unknown[]) => unknown> | undefined;
      if (host === undefined) throw new TypeError(`Illegal invocation of ${String(name)}: call it on the object it came from`);
      const hostArgs = new Array<unknown>(args.length);
      for (let i = 0; i < args.length; i++) hostArgs[i] = this.unwrap(args[i]);
      return this.wrap(Reflect.apply(host[name], host, hostArgs));
    } catch (err) {
      throw this.realmizeError(err);
    }
  };

  private crossChild(v: unknown, seen: Map<object, unknown>): unknown {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    const cached = this.wrappers.get(v as object);
    if (cached !== undefined) return cached;
    if (this.hosts.has(v as object) || this.isRealm(v as object)) return v;
    if (BLOCKED_INTRINSICS.has(v) || this.blocked.has(v)) return undefined;
    return this.cross(v as object, seen);
  }

  private remember<T>(host: object, wrapper: T): T {
    this.wrappers.set(host, wrapper);
    if (typeof wrapper === 'function') this.hosts.set(wrapper as object, host);
    return wrapper;
  }

  private copyError(err: Error, seen: Map<object, unknown>): unknown {
    const out = this.kit.newError(String(err.message));
    seen.set(err, out);
    out.name = err.name;
    for (const k of Object.keys(err)) (out as unknown as Record<string, unknown>)[k] = this.crossChild((err as unknown as Record<string, unknown>)[k], seen);
    return out;
  }

  private caller(fn: object): (self: unknown, args: ArrayLike<unknown>) => unknown {
    return (self, args) => {
      try {
        const hostArgs = new Array<unknown>(args.length);
        for (let i = 0; i < args.length; i++) hostArgs[i] = this.unwrap(args[i]);
        return this.wrap(Reflect.apply(fn as (...a: unknown[]) => unknown, this.unwrap(self, 0), hostArgs));
      } catch (err) {
        throw this.realmizeError(err);
      }
    };
  }

  private constructor_(fn: object): (args: ArrayLike<unknown>) => unknown {
    return (args) => {
      try {
        const hostArgs = Array.from(args, (a) => this.unwrap(a));
        return this.wrap(Reflect.construct(fn as new (...a: unknown[]) => unknown, hostArgs));
      } catch (err) {
        throw this.realmizeError(err);
      }
    };
  }

  /** Traps of every host-object proxy; `target` is an empty realm object, the host object is found by the proxy. */
  private makeHandler(): ProxyHandler<object> {
    const guard = <T>(f: () => T): T => {
      try {
        return f();
      } catch (err) {
        throw this.realmizeError(err);
      }
    };
    // Not every trap receives the proxy, so the host object is found from the (realm) target.
    const of = (target: object) => (target as Record<symbol, Record<PropertyKey, unknown>>)[HOST];
    return {
      get: (target, prop) => guard(() => this.wrap(Reflect.get(of(target), prop))),
      set: (target, prop, value) => guard(() => Reflect.set(of(target), prop, this.unwrap(value))),
      has: (target, prop) => guard(() => prop in of(target)),
      deleteProperty: (target, prop) => guard(() => Reflect.deleteProperty(of(target), prop)),
      ownKeys: (target) => guard(() => Reflect.ownKeys(of(target))),
      getOwnPropertyDescriptor: (target, prop) =>
        guard(() => {
          const d = Reflect.getOwnPropertyDescriptor(of(target), prop);
          if (!d) return undefined;
          return { value: this.wrap(Reflect.get(of(target), prop)), writable: true, enumerable: d.enumerable, configurable: true };
        }),
      defineProperty: (target, prop, d) =>
        guard(() => Reflect.defineProperty(of(target), prop, { ...d, value: this.unwrap(d.value), configurable: true })),
      setPrototypeOf: () => false,
    };
  }

  private isRealm(value: object): boolean {
    let p: object | null = value;
    for (;;) {
      const next = Object.getPrototypeOf(p) as object | null;
      if (next === null) return p === this.kit.objectPrototype;
      p = next;
    }
  }
}

/** A class instance whose own properties are all data (its methods live on its prototype chain). */
function isPlainInstance(o: object): boolean {
  if (typeof o === 'function') return false;
  for (const k of Object.keys(o)) if (typeof (o as Record<string, unknown>)[k] === 'function') return false;
  return true;
}

function hasAccessors(o: object): boolean {
  for (const k of Object.keys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k)!;
    if (d.get || d.set) return true;
  }
  return false;
}

/** Where a proxy's target keeps its host object (module-private: the script never sees a target). */
const HOST = Symbol('host object');

/** A record of primitives and plain data only (no methods, no accessors): copied rather than proxied. */
function isData(o: object): boolean {
  for (const k of Object.keys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k)!;
    if (d.get || d.set || typeof d.value === 'function') return false;
  }
  return true;
}

/** The host's ways to compile code or reach node, never handed to a script. */
const BLOCKED_INTRINSICS: ReadonlySet<unknown> = new Set<unknown>([
  Function,
  Object.getPrototypeOf(async function () {}).constructor,
  Object.getPrototypeOf(function* () {}).constructor,
  Object.getPrototypeOf(async function* () {}).constructor,
  eval,
  globalThis,
  process,
]);

interface RealmKit {
  objectPrototype: object;
  makeFunction(call: (self: unknown, args: ArrayLike<unknown>) => unknown, construct: (args: ArrayLike<unknown>) => unknown): unknown;
  makeMethod(name: PropertyKey, invoke: (self: unknown, name: PropertyKey, args: ArrayLike<unknown>) => unknown): unknown;
  newArray(): unknown[];
  newObject(): Record<string, unknown>;
  newDate(ms: number): Date;
  newError(message: string): Error;
  newTypedArray(name: string, source: ArrayLike<number>): unknown;
}

let REALM_KIT_SCRIPT: vm.Script | undefined;

/** Compiled inside the realm, so everything it makes (functions, proxies, arrays) belongs to the script's realm. */
const REALM_KIT = `(function () {
  'use strict';
  var ObjectProto = Object.prototype;
  var A = Array, D = Date, E = Error, G = globalThis;
  return {
    objectPrototype: ObjectProto,
    makeFunction: function (call, construct) {
      return function () { return new.target === undefined ? call(this, arguments) : construct(arguments); };
    },
    makeMethod: function (name, invoke) {
      return function () { return invoke(this, name, arguments); };
    },
    newArray: function () { return new A(); },
    newObject: function () { return {}; },
    newDate: function (ms) { return new D(ms); },
    newError: function (message) { return new E(message); },
    newTypedArray: function (name, source) { var C = G[name] || G.Uint8Array; return C.from(source); },
  };
})()`;
