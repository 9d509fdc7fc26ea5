/**
 * Before/after comparison of the whole offline Workspace (its save file), for the authorization tests: which
 * pieces of state an execution changed, and which customer each piece belongs to.
 *
 * Ignored, as clocks, counters and logs: the clock, execution numbering, lock bookkeeping, quota/latency/fault
 * and UrlFetch counters, the Directory's per-minute rate, token-issue counters, and cache entries' expiry and insertion order (an unchanged value
 * re-put with a new expiry is no change).
 */

/** One customer's marks: anything whose path or owner names one of these belongs to it. */
export interface Owner {
  customerId: string;
  domains: string[];
  /** Spreadsheet ids the customer owns (store, published signatures, drop files). */
  spreadsheetIds: string[];
}

export interface Change {
  /** e.g. `spreadsheets/files/<id>`, `properties/script/dist/t:C0…`, `gmail.mailboxes/boxes/<id>`. */
  entity: string;
  before: unknown;
  after: unknown;
}

type Json = Record<string, unknown>;

const IGNORED_SERVICES = new Set(['lock', 'google.traffic', 'google.latency', 'faults', 'urlfetch']);

/** The save file's JSON, minus clocks and counters (see the file comment). */
export function normalise(saved: string): Json {
  const data = JSON.parse(saved) as Json & { states: Json };
  delete data.now;
  delete data.nextExecutionId;
  for (const k of IGNORED_SERVICES) delete data.states[k];
  const cache = data.states.cache as { stores?: Record<string, { seq?: number; entries: Record<string, { expiresAt?: number; seq?: number }> }> } | undefined;
  for (const store of Object.values(cache?.stores ?? {})) {
    delete store.seq;
    for (const e of Object.values(store.entries)) {
      delete e.expiresAt;
      delete e.seq;
    }
  }
  // The Properties service's per-user daily quota counters (reads count too): usage, not state.
  const properties = data.states.properties as { daily?: unknown } | undefined;
  if (properties) delete properties.daily;
  const directory = data.states.adminDirectory as { rate?: unknown } | undefined;
  if (directory) delete directory.rate;
  const tokens = data.states['google.tokens'] as { issued?: number } | undefined;
  if (tokens) delete tokens.issued;
  const sheets = data.states.spreadsheets as { created?: number } | undefined;
  if (sheets) delete sheets.created;
  const triggers = data.states.scriptApp as { seq?: number; firings?: unknown } | undefined;
  if (triggers) {
    delete triggers.seq;
    delete triggers.firings;
  }
  return data;
}

/** Depth of the entity path per service: one entity is one file, one property, one mailbox, one cache entry… */
const ENTITY_DEPTH: Record<string, number> = {
  spreadsheets: 2, // files/<id>
  properties: 3, // script/<project>/<key>, user/<store>/<key>
  cache: 4, // stores/<store>/entries/<key>
  'gmail.mailboxes': 2, // boxes/<id>
  scriptApp: 2, // triggers/<id>
  'google.tokens': 2, // tokens/<token>
  people: 2, // users/<email>
  mailApp: 2, // users/<sender email>
};

/** Every entity that differs between two normalised states. */
export function changes(before: Json, after: Json): Change[] {
  const out: Change[] = [];
  const walk = (a: unknown, b: unknown, at: string[], depth: number) => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    const isRecord = (v: unknown) => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
    // A record that appears or goes is compared entry by entry too, so each entry is judged by its own owner.
    const objects = (isRecord(a) || a === undefined) && (isRecord(b) || b === undefined);
    if (depth > 0 && objects) {
      for (const k of new Set([...Object.keys((a ?? {}) as Json), ...Object.keys((b ?? {}) as Json)])) walk((a as Json | undefined)?.[k], (b as Json | undefined)?.[k], [...at, k], depth - 1);
      return;
    }
    out.push({ entity: at.join('/'), before: a, after: b });
  };
  const bs = before.states as Json;
  const as = after.states as Json;
  for (const k of new Set([...Object.keys(bs), ...Object.keys(as)])) walk(bs[k], as[k], [k], ENTITY_DEPTH[k] ?? 1);
  for (const k of Object.keys(before)) if (k !== 'states') walk(before[k], after[k], [k], 0);
  return out;
}

function mentions(text: string, o: Owner): boolean {
  const t = text.toLowerCase();
  return t.includes(o.customerId.toLowerCase()) || o.domains.some((d) => t.includes(`@${d.toLowerCase()}`) || t.includes(`:${d.toLowerCase()}`)) || o.spreadsheetIds.some((id) => t.includes(id.toLowerCase()));
}

/**
 * Whether a changed entity is `o`'s: a spreadsheet by its owner, a tenant property by its `t:<customer>`/`d:<domain>`
 * key, a token by the user it speaks for; anything else when its path, or what it held before (or, for a new
 * entity, what it holds now), names the customer.
 */
export function belongsTo(c: Change, o: Owner): boolean {
  const [service, , , key] = c.entity.split('/');
  const rec = (c.before ?? c.after) as Json | undefined;
  if (service === 'spreadsheets') {
    const owner = String(rec?.owner ?? '');
    return mentions(`${owner}`, o) || o.spreadsheetIds.includes(c.entity.split('/')[2]);
  }
  if (service === 'properties' && c.entity.startsWith('properties/script/')) {
    if (/^[td]:/.test(key ?? '')) return mentions(key, o) || o.domains.some((d) => key === `d:${d}`);
  }
  if (service === 'people') return mentions(`@${(c.entity.split('/')[2] ?? '').split('@')[1] ?? ''}`, o) || mentions(c.entity.split('/')[2] ?? '', o);
  if (service === 'google.tokens') return mentions(`${String(rec?.sub ?? '')}`, o);
  if (service === 'gmail.mailboxes') return mentions(`${String(rec?.email ?? '')}`, o);
  if (service === 'scriptApp') return mentions(`${String(rec?.owner ?? '')}`, o);
  // MailApp's record of what a user sent (and their quota): the sender's.
  if (service === 'mailApp') return mentions(`${c.entity.split('/')[2] ?? ''}`, o);
  return mentions(c.entity, o) || mentions(JSON.stringify(c.before === undefined ? c.after : c.before), o);
}

/** A change, short enough for a failure message. */
export function describeChange(c: Change): string {
  const cut = (v: unknown) => (v === undefined ? '∅' : JSON.stringify(v).slice(0, 160));
  return `${c.entity}: ${cut(c.before)} → ${cut(c.after)}`;
}
