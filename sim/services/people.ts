/**
 * The People advanced service (`People`, peopleapi v1) for the running user's own contacts: createContact, get,
 * updateContact (etag check, updatePersonFields), deleteContact, searchContacts and Connections.list on
 * `people/me`. Contacts are per user, kept as plain JSON in `ws.state('people')`; nobody sees another user's
 * contacts. Errors are thrown like Apps Script's advanced services: a `GoogleJsonResponseException` with
 * "API call to people.<method> failed with error: <message>" and `details` {code, message, status}.
 *
 * searchContacts answers from a per-user search cache that a warm-up request (empty query) refreshes, as the API
 * asks clients to send before searching (people/v1/contacts#search_the_users_contacts); the cache also refreshes
 * itself after `SEARCH_CACHE_TTL_MS` [unverified: Google does not document when it refreshes on its own].
 *
 * Not emulated: contact groups and memberships, photos, other contacts, sync tokens, batch methods, the
 * per-minute read/write quotas (inject them with `addFault(ws, {match: 'people', ...})`).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { ServiceContext, ServiceModule } from './types';
import type { OfflineWorkspace } from '../workspace';
import { takeFault } from '../faults';
import { hashString } from '../rng';

type PersonT = GoogleAppsScript.People.Schema.Person;

export const PEOPLE_LATENCY_MS = 200;
/** Google Contacts: up to 25,000 contacts per account (support.google.com/contacts). */
export const MAX_CONTACTS = 25_000;
export const SEARCH_CACHE_TTL_MS = 5 * 60_000;

/** Fields a contact source can hold (people/api/rest/v1/people/updateContact: updatePersonFields). */
const CONTACT_FIELDS = [
  'addresses', 'biographies', 'birthdays', 'calendarUrls', 'clientData', 'emailAddresses', 'events', 'externalIds',
  'genders', 'imClients', 'interests', 'locales', 'locations', 'miscKeywords', 'names', 'nicknames', 'occupations',
  'organizations', 'phoneNumbers', 'relations', 'sipAddresses', 'urls', 'userDefined',
];
/** What personFields/readMask accept besides the contact fields. */
const READ_ONLY_FIELDS = ['ageRanges', 'coverPhotos', 'memberships', 'metadata', 'photos', 'skills'];
/** updateContact: "more than one field is specified on a field that is a singleton for contact sources". */
const SINGLETONS = ['biographies', 'birthdays', 'genders', 'names'];

interface StoredContact {
  id: string;
  etag: string;
  updateTime: string;
  /** Field name → items as the client sent them (metadata stripped). */
  fields: Record<string, Array<Record<string, unknown>>>;
}

interface UserContacts {
  contacts: Record<string, StoredContact>;
  /** Resource names the search cache knows, and when it was built; null until the first warm-up. */
  searchCache: { at: number; ids: string[] } | null;
}

interface PeopleState {
  nextId: number;
  users: Record<string, UserContacts>;
}

export const peopleModule: ServiceModule = {
  name: 'People',
  advancedService: 'People',
  globals: (ctx) => ({ People: createPeople(ctx) }),
};

type PeopleFake = {
  People: Pick<GoogleAppsScript.People.Collection.PeopleCollection, 'createContact' | 'get' | 'updateContact' | 'deleteContact' | 'searchContacts'> & {
    Connections: Pick<GoogleAppsScript.People.Collection.People.ConnectionsCollection, 'list'>;
  };
};

export function createPeople(ctx: ServiceContext): PeopleFake {
  const api = new PeopleApi(ctx);
  return {
    People: {
      createContact: (resource: PersonT, args?: object) => api.createContact(resource, (args ?? {}) as Args) as PersonT,
      get: (resourceName: string, args?: object) => api.get(resourceName, (args ?? {}) as Args) as PersonT,
      updateContact: (resource: PersonT, resourceName: string, args?: object) => api.updateContact(resource, resourceName, (args ?? {}) as Args) as PersonT,
      deleteContact: (resourceName: string) => api.deleteContact(resourceName),
      searchContacts: (args?: object) => api.searchContacts((args ?? {}) as Args) as GoogleAppsScript.People.Schema.SearchResponse,
      Connections: {
        list: (resourceName: string, args?: object) => api.listConnections(resourceName, (args ?? {}) as Args) as GoogleAppsScript.People.Schema.ListConnectionsResponse,
      },
    },
  };
}

/** For tests: the contacts a user has, as stored. */
export function contactsOf(ws: OfflineWorkspace, email: string): StoredContact[] {
  return Object.values(peopleState(ws).users[email.toLowerCase()]?.contacts ?? {});
}

function peopleState(ws: OfflineWorkspace): PeopleState {
  return ws.state<PeopleState>('people', () => ({ nextId: 1, users: {} }));
}

type Args = Record<string, unknown>;

class PeopleApi {
  constructor(private readonly ctx: ServiceContext) {}

  private get mine(): UserContacts {
    const st = peopleState(this.ctx.ws);
    const me = this.ctx.exec.user.primaryEmail.toLowerCase();
    return (st.users[me] ??= { contacts: {}, searchCache: null });
  }

  createContact(resource: PersonT, args: Args): unknown {
    const method = 'people.people.createContact';
    this.begin(method);
    const fields = this.contactFields(method, resource as Record<string, unknown>, CONTACT_FIELDS);
    const mine = this.mine;
    if (Object.keys(mine.contacts).length >= MAX_CONTACTS) {
      throw this.error(method, 400, 'FAILED_PRECONDITION', `Contact limit of ${MAX_CONTACTS} reached for this account.`);
    }
    const st = peopleState(this.ctx.ws);
    const id = `c${(BigInt(hashString(`${this.ctx.ws.seed}|${st.nextId}`)) * 1_000_000n + BigInt(st.nextId++)).toString()}`;
    const c: StoredContact = { id, etag: '', updateTime: new Date(this.ctx.exec.now()).toISOString(), fields };
    c.etag = etagOf(c);
    mine.contacts[id] = c;
    return this.toRealm(this.render(c, this.mask(method, args.personFields, false)));
  }

  get(resourceName: string, args: Args): unknown {
    const method = 'people.people.get';
    this.begin(method);
    const mask = this.mask(method, args.personFields, true);
    if (resourceName === 'people/me') return this.toRealm(this.profile(mask));
    return this.toRealm(this.render(this.find(method, resourceName), mask));
  }

  updateContact(resource: PersonT, resourceName: string, args: Args): unknown {
    const method = 'people.people.updateContact';
    this.begin(method);
    if (!args.updatePersonFields) {
      throw this.error(method, 400, 'INVALID_ARGUMENT', 'updatePersonFields mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.');
    }
    const update = this.paths(method, String(args.updatePersonFields), CONTACT_FIELDS, 'updatePersonFields');
    const c = this.find(method, resourceName);
    const r = resource as Record<string, unknown> & { metadata?: { sources?: Array<{ type?: string; etag?: string }> } };
    const sent = r.etag ?? r.metadata?.sources?.find((s) => s.type === 'CONTACT')?.etag;
    if (sent === undefined) {
      // updateContact: 400 "if person.metadata.sources is not specified for the contact to be updated".
      throw this.error(method, 400, 'INVALID_ARGUMENT', 'Request person.metadata.sources (or person.etag) must carry the contact etag read from people.get.');
    }
    if (sent !== c.etag) {
      // updateContact: 400 with reason failedPrecondition when the etag is stale.
      throw this.error(method, 400, 'FAILED_PRECONDITION', 'Request person.etag is different than the current person.etag. Clear local cache and get the latest person.', 'failedPrecondition');
    }
    const next = this.contactFields(method, r, update);
    for (const f of update) {
      if (next[f]?.length) c.fields[f] = next[f];
      else delete c.fields[f];
    }
    c.updateTime = new Date(this.ctx.exec.now()).toISOString();
    c.etag = etagOf(c);
    return this.toRealm(this.render(c, this.mask(method, args.personFields, false)));
  }

  deleteContact(resourceName: string): void {
    const method = 'people.people.deleteContact';
    this.begin(method);
    const c = this.find(method, resourceName);
    delete this.mine.contacts[c.id];
  }

  searchContacts(args: Args): unknown {
    const method = 'people.people.searchContacts';
    this.begin(method);
    if (args.query === undefined || args.query === null) {
      throw this.error(method, 400, 'INVALID_ARGUMENT', 'query is required.');
    }
    if (!args.readMask) {
      throw this.error(method, 400, 'INVALID_ARGUMENT', 'readMask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/searchContacts.');
    }
    const mask = this.paths(method, String(args.readMask), [...CONTACT_FIELDS, ...READ_ONLY_FIELDS], 'readMask');
    // searchContacts: pageSize defaults to 10 (also for 0); values over 30 are capped to 30.
    const requested = Number(args.pageSize ?? 0);
    const pageSize = !requested || requested < 0 ? 10 : Math.min(30, requested);
    const mine = this.mine;
    const now = this.ctx.exec.now();
    const query = String(args.query);
    if (query === '' || !mine.searchCache || now - mine.searchCache.at > SEARCH_CACHE_TTL_MS) {
      mine.searchCache = { at: now, ids: Object.keys(mine.contacts) };
    }
    if (query === '') return this.toRealm({});
    const q = normalize(query);
    const results = [];
    for (const id of mine.searchCache.ids) {
      const c = mine.contacts[id];
      if (!c || !searchableText(c).some((t) => prefixPhraseMatch(t, q))) continue;
      results.push({ person: this.render(c, mask) });
      if (results.length === pageSize) break;
    }
    // The response has no `results` when nothing matched.
    return this.toRealm(results.length ? { results } : {});
  }

  listConnections(resourceName: string, args: Args): unknown {
    const method = 'people.people.connections.list';
    this.begin(method);
    if (resourceName !== 'people/me') {
      throw this.error(method, 400, 'INVALID_ARGUMENT', 'Only people/me is allowed as the resource name.');
    }
    const mask = this.mask(method, args.personFields, true);
    // connections/list: pageSize 1..1000, default 100.
    const pageSize = args.pageSize === undefined ? 100 : Number(args.pageSize);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
      throw this.error(method, 400, 'INVALID_ARGUMENT', `Invalid pageSize ${args.pageSize}: it must be between 1 and 1000.`);
    }
    const all = Object.values(this.mine.contacts);
    const order = String(args.sortOrder ?? 'LAST_MODIFIED_ASCENDING');
    const name = (c: StoredContact, k: 'givenName' | 'familyName') => normalize(String(c.fields.names?.[0]?.[k] ?? ''));
    const byTime = (a: StoredContact, b: StoredContact) => (a.updateTime < b.updateTime ? -1 : a.updateTime > b.updateTime ? 1 : a.id < b.id ? -1 : 1);
    if (order === 'FIRST_NAME_ASCENDING') all.sort((a, b) => name(a, 'givenName').localeCompare(name(b, 'givenName')) || byTime(a, b));
    else if (order === 'LAST_NAME_ASCENDING') all.sort((a, b) => name(a, 'familyName').localeCompare(name(b, 'familyName')) || byTime(a, b));
    else if (order === 'LAST_MODIFIED_DESCENDING') all.sort((a, b) => byTime(b, a));
    else all.sort(byTime);
    let start = 0;
    if (args.pageToken) {
      const m = /^p(\d+)$/.exec(Buffer.from(String(args.pageToken), 'base64url').toString('utf8'));
      if (!m) throw this.error(method, 400, 'INVALID_ARGUMENT', 'Page token is not valid.');
      start = Number(m[1]);
    }
    const page = all.slice(start, start + pageSize);
    this.ctx.exec.spend(0.2 * page.length);
    const out: Record<string, unknown> = { totalPeople: all.length, totalItems: all.length };
    if (page.length) out.connections = page.map((c) => this.render(c, mask));
    if (start + pageSize < all.length) out.nextPageToken = Buffer.from(`p${start + pageSize}`, 'utf8').toString('base64url');
    return this.toRealm(out);
  }

  // --- plumbing ---------------------------------------------------------------------------------------------

  private begin(method: string): void {
    this.ctx.exec.serviceCall(method, PEOPLE_LATENCY_MS);
    this.ctx.exec.count('people.calls');
    const fault = takeFault(this.ctx.ws, method, this.ctx.exec.user.primaryEmail);
    if (fault) throw this.error(method, fault.status, statusName(fault.status), fault.message ?? defaultMessage(fault.status), fault.reason);
  }

  private error(method: string, code: number, status: string, message: string, reason?: string): Error {
    const details = this.toRealm({ code, message, status, ...(reason ? { errors: [{ reason, message, domain: 'global' }] } : {}) });
    return this.ctx.exec.realmError(`API call to ${method} failed with error: ${message}`, 'GoogleJsonResponseException', { details });
  }

  private find(method: string, resourceName: string): StoredContact {
    const m = /^people\/(c\d+)$/.exec(String(resourceName));
    const c = m ? this.mine.contacts[m[1]] : undefined;
    if (!m && !/^people\/\w+$/.test(String(resourceName))) {
      throw this.error(method, 400, 'INVALID_ARGUMENT', `Resource name "${resourceName}" is not valid: use people/{person_id}.`);
    }
    if (!c) throw this.error(method, 404, 'NOT_FOUND', 'Requested entity was not found.');
    return c;
  }

  /** personFields: required for get and connections.list; optional (all fields) for create and update. */
  private mask(method: string, value: unknown, required: boolean): string[] {
    if (!value) {
      if (!required) return [...CONTACT_FIELDS, 'metadata'];
      const doc = method === 'people.people.get' ? 'people/get' : 'people.connections/list';
      throw this.error(method, 400, 'INVALID_ARGUMENT', `personFields mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/${doc}.`);
    }
    return this.paths(method, String(value), [...CONTACT_FIELDS, ...READ_ONLY_FIELDS], 'personFields');
  }

  private paths(method: string, value: string, valid: string[], param: string): string[] {
    const paths = value.split(',').map((p) => p.trim().replace(/^person\./, '')).filter(Boolean);
    for (const p of paths) {
      if (!valid.includes(p)) throw this.error(method, 400, 'INVALID_ARGUMENT', `Invalid ${param} mask path: "${p}". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people.`);
    }
    return paths;
  }

  /** The contact fields of a Person the client sent, without metadata, checked for singletons. */
  private contactFields(method: string, person: Record<string, unknown>, allowed: string[]): StoredContact['fields'] {
    const out: StoredContact['fields'] = {};
    for (const f of allowed) {
      const v = person?.[f];
      if (v === undefined || v === null) continue;
      if (!Array.isArray(v)) throw this.error(method, 400, 'INVALID_ARGUMENT', `Invalid value at 'person.${f}': expected a list.`);
      if (SINGLETONS.includes(f) && v.length > 1) {
        throw this.error(method, 400, 'INVALID_ARGUMENT', `Only one ${f} field is allowed on a contact source.`);
      }
      const items = v.map((item) => {
        const copy = JSON.parse(JSON.stringify(item ?? {})) as Record<string, unknown>;
        delete copy.metadata;
        return copy;
      });
      if (items.length) out[f] = items;
    }
    return out;
  }

  private render(c: StoredContact, mask: string[]): Record<string, unknown> {
    const source = { type: 'CONTACT', id: c.id.slice(1), etag: c.etag, updateTime: c.updateTime };
    const out: Record<string, unknown> = { resourceName: `people/${c.id}`, etag: c.etag };
    if (mask.includes('metadata')) out.metadata = { sources: [source], objectType: 'PERSON' };
    for (const f of mask) {
      const items = c.fields[f];
      if (!items) continue;
      out[f] = items.map((item, i) => ({ metadata: { primary: i === 0, source: { type: 'CONTACT', id: source.id } }, ...decorate(f, item) }));
    }
    return out;
  }

  /** people/me: the running user's own profile from the directory. */
  private profile(mask: string[]): Record<string, unknown> {
    const u = this.ctx.exec.user;
    const source = { type: 'DOMAIN_PROFILE', id: u.id };
    const item = (x: Record<string, unknown>) => ({ metadata: { primary: true, source }, ...x });
    const all: Record<string, unknown> = {
      names: [item(decorate('names', { givenName: u.name.givenName, familyName: u.name.familyName }))],
      emailAddresses: [item({ value: u.primaryEmail, type: 'work', formattedType: 'Work' })],
      organizations: (u.organizations ?? []).map((o) => item({ name: o.name, title: o.title, department: o.department, type: 'work' })),
      phoneNumbers: (u.phones ?? []).map((p) => item(decorate('phoneNumbers', { value: p.value, type: p.type }))),
    };
    const out: Record<string, unknown> = { resourceName: `people/${u.id}`, etag: `%${hashString(u.id).toString(36)}` };
    if (mask.includes('metadata')) out.metadata = { sources: [{ ...source, etag: out.etag }], objectType: 'PERSON' };
    for (const f of mask) if (all[f] && (all[f] as unknown[]).length) out[f] = all[f];
    return out;
  }

  private toRealm<T>(v: T): T {
    return this.ctx.exec.toRealm(v);
  }
}

/** Fields the server derives: display names, formatted types, a phone's canonical E.164 form. */
function decorate(field: string, item: Record<string, unknown>): Record<string, unknown> {
  const out = { ...item };
  if (field === 'names') {
    const given = String(item.givenName ?? '');
    const family = String(item.familyName ?? '');
    const display = [item.honorificPrefix, given, item.middleName, family, item.honorificSuffix].filter(Boolean).join(' ') || String(item.unstructuredName ?? '');
    out.displayName = display;
    out.displayNameLastFirst = family && given ? `${family}, ${given}` : display;
    out.unstructuredName ??= display;
  }
  if (typeof item.type === 'string' && item.type && ['emailAddresses', 'phoneNumbers', 'addresses', 'urls', 'organizations'].includes(field)) {
    out.formattedType = formattedType(item.type);
  }
  if (field === 'phoneNumbers' && typeof item.value === 'string') {
    const p = parsePhoneNumberFromString(item.value);
    if (p?.isValid()) out.canonicalForm = p.number;
  }
  return out;
}

function formattedType(t: string): string {
  const known: Record<string, string> = { workFax: 'Work Fax', homeFax: 'Home Fax', otherFax: 'Other Fax', googleVoice: 'Google Voice', workMobile: 'Work Mobile', workPager: 'Work Pager', homePage: 'Home Page' };
  return known[t] ?? t.charAt(0).toUpperCase() + t.slice(1);
}

/** Text searchContacts matches: names, nicknames, email addresses, phone numbers and organizations. */
function searchableText(c: StoredContact): string[] {
  const f = c.fields;
  const out: string[] = [];
  for (const n of f.names ?? []) {
    out.push(normalize([n.givenName, n.middleName, n.familyName].filter(Boolean).join(' ')), normalize(String(n.familyName ?? '')), normalize(String(n.unstructuredName ?? '')));
  }
  for (const n of f.nicknames ?? []) out.push(normalize(String(n.value ?? '')));
  for (const e of f.emailAddresses ?? []) out.push(normalize(String(e.value ?? '')));
  for (const p of f.phoneNumbers ?? []) out.push(normalize(String(p.value ?? '')), String(p.value ?? '').replace(/[^\d+]/g, ''));
  for (const o of f.organizations ?? []) out.push(normalize(String(o.name ?? '')), normalize(String(o.title ?? '')));
  return out.filter(Boolean);
}

/** searchContacts: "a person with name "foo name" matches queries such as "f", "fo", "foo", "foo n", "nam"". */
function prefixPhraseMatch(text: string, q: string): boolean {
  if (text.startsWith(q)) return true;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (text.startsWith(q, i + 1)) return true;
  return /[@.]/.test(text) && text.split(/[@.]/).some((w) => w.startsWith(q));
}

function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function etagOf(c: StoredContact): string {
  return `%Eg${hashString(JSON.stringify(c.fields) + c.updateTime + c.id).toString(36)}`;
}

function statusName(code: number): string {
  return ({ 400: 'INVALID_ARGUMENT', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' } as Record<number, string>)[code] ?? 'UNKNOWN';
}

function defaultMessage(code: number): string {
  if (code === 429) return "Quota exceeded for quota metric 'Critical read requests (Contact and Profile Reads)' and limit 'Critical read requests (Contact and Profile Reads) per minute per user' of service 'people.googleapis.com'.";
  if (code === 503) return 'The service is currently unavailable.';
  if (code >= 500) return 'Internal error encountered.';
  return 'Request contains an invalid argument.';
}
