/**
 * The Admin SDK Directory advanced service (`AdminDirectory`, admin/directory_v1) over the offline Workspace's
 * directory: Users list/get, Groups, Members, Orgunits, Customers and Schemas, read-only. The caller sees only
 * their own tenant; non-admins get only `viewType: 'domain_public'` user reads and 403 on everything admin-only.
 * Errors are thrown the way Apps Script surfaces Google API errors: a `GoogleJsonResponseException` whose message
 * is "API call to directory.<method> failed with error: <message>" and whose `details` holds the JSON error.
 *
 * Not emulated: search results lag (guides/search-users: up to 36 h before new data is searchable — here a
 * change is searchable at once), writes (insert/patch/update), watch channels, `event`, ETag-based 304s.
 */
import type { ServiceContext, ServiceModule } from './types';
import type { OfflineWorkspace } from '../workspace';
import type { Group, SimUser, Tenant } from '../directory/model';
import { takeFault } from '../faults';
import { buildQueryContext, matchesAll, parseUserQuery, QueryError } from '../directory/user-query';
import { applyFieldMask } from './partial-response';
import { cursorPosition, decodeToken, encodeToken, offsetPage, sortedUsers, sortKey } from './admin-directory-paging';
import {
  ADMIN_VIEW_DEFAULTS,
  etagOf,
  groupResource,
  hash,
  isInDirectory,
  PUBLIC_USER_FIELDS,
  schemaResource,
  ShapeOptions,
  SIM_ONLY_FIELDS,
} from './admin-directory-resources';

type DirectoryFake = {
  Users: Pick<GoogleAppsScript.AdminDirectory.Collection.UsersCollection, 'get' | 'list'>;
  Groups: Pick<GoogleAppsScript.AdminDirectory.Collection.GroupsCollection, 'get' | 'list'>;
  Members: Pick<GoogleAppsScript.AdminDirectory.Collection.MembersCollection, 'get' | 'list' | 'hasMember'>;
  Orgunits: Pick<GoogleAppsScript.AdminDirectory.Collection.OrgunitsCollection, 'get' | 'list'>;
  Customers: Pick<GoogleAppsScript.AdminDirectory.Collection.CustomersCollection, 'get'>;
  Schemas: Pick<GoogleAppsScript.AdminDirectory.Collection.SchemasCollection, 'get' | 'list'>;
};
type UserResource = GoogleAppsScript.AdminDirectory.Schema.User;

/** Latency model: a round trip plus serialisation per returned user. */
export const DIRECTORY_LATENCY = { baseMs: 150, perUserMs: 0.5, getMs: 120 };
/** admin/directory/v1/limits: 2,400 queries per minute per user per project. */
export const DIRECTORY_QUERIES_PER_MINUTE = 2_400;
/** users/list: pageToken valid for 3 days (PLATFORM.md). */
const PAGE_TOKEN_TTL_MS = 3 * 86_400_000;

interface DirectoryServiceState {
  /** Per caller email: the minute window and the queries counted in it. */
  rate: Record<string, { minute: number; count: number }>;
}

const NOT_AUTHORIZED = 'Not Authorized to access this resource/api';

export const adminDirectoryModule: ServiceModule = {
  name: 'AdminDirectory',
  advancedService: 'AdminDirectory',
  globals: (ctx) => ({ AdminDirectory: createAdminDirectory(ctx) }),
};

/**
 * What one Directory call needs from whoever makes it: the advanced service inside an execution, or the REST
 * endpoints (sim/google/directory-rest.ts) answering a bearer token — the same directory, paging, fields and rules.
 */
export interface DirectoryCall {
  ws: OfflineWorkspace;
  caller: SimUser;
  now(): number;
  /** Counts the call and spends its latency. */
  serviceCall(key: string, latencyMs: number): void;
  count(key: string): void;
  spend(ms: number): void;
  /** The error a refused call throws: a GoogleJsonResponseException in a script, an HTTP error over REST. */
  error(method: string, code: number, reason: string, message: string): Error;
  /** A result as the caller receives it (copied into the script's realm for the advanced service). */
  deliver<T>(value: T): T;
}

/** The advanced service's calls: on the execution's clock, counted, errors as Apps Script throws them. */
function scriptCall({ ws, exec }: ServiceContext): DirectoryCall {
  return {
    ws,
    caller: exec.user,
    now: () => exec.now(),
    serviceCall: (key, latencyMs) => exec.serviceCall(key, latencyMs),
    count: (key) => exec.count(key),
    spend: (ms) => exec.spend(ms),
    error: (method, code, reason, message) =>
      exec.realmError(`API call to directory.${method} failed with error: ${message}`, 'GoogleJsonResponseException', {
        details: { code, message, errors: [{ domain: 'global', reason, message }] },
      }),
    deliver: (value) => exec.toRealm(value),
  };
}

export function createAdminDirectory(ctx: ServiceContext): DirectoryFake {
  const api = new DirectoryApi(scriptCall(ctx));
  return {
    Users: {
      list: (args?: object) => api.usersList((args ?? {}) as Args) as GoogleAppsScript.AdminDirectory.Schema.Users,
      get: (userKey: string, args?: object) => api.usersGet(userKey, (args ?? {}) as Args) as UserResource,
    },
    Groups: {
      list: (args?: object) => api.groupsList((args ?? {}) as Args) as GoogleAppsScript.AdminDirectory.Schema.Groups,
      get: (groupKey: string) => api.groupsGet(groupKey) as GoogleAppsScript.AdminDirectory.Schema.Group,
    },
    Members: {
      list: (groupKey: string, args?: object) => api.membersList(groupKey, (args ?? {}) as Args) as GoogleAppsScript.AdminDirectory.Schema.Members,
      get: (groupKey: string, memberKey: string) => api.membersGet(groupKey, memberKey) as GoogleAppsScript.AdminDirectory.Schema.Member,
      hasMember: (groupKey: string, memberKey: string) => api.hasMember(groupKey, memberKey),
    },
    Orgunits: {
      list: (customerId: string, args?: object) => api.orgunitsList(customerId, (args ?? {}) as Args) as GoogleAppsScript.AdminDirectory.Schema.OrgUnits,
      // The typings say string[]; the service takes the path (without the leading '/') or the id as a string.
      get: (customerId: string, orgUnitPath: string[] | string) => api.orgunitsGet(customerId, String(orgUnitPath)) as GoogleAppsScript.AdminDirectory.Schema.OrgUnit,
    },
    Customers: { get: (customerKey: string) => api.customersGet(customerKey) as GoogleAppsScript.AdminDirectory.Schema.Customer },
    Schemas: {
      list: (customerId: string) => api.schemasList(customerId) as GoogleAppsScript.AdminDirectory.Schema.Schemas,
      get: (customerId: string, schemaKey: string) => api.schemasGet(customerId, schemaKey) as GoogleAppsScript.AdminDirectory.Schema.Schema,
    },
  };
}

type Args = Record<string, unknown>;

export class DirectoryApi {
  private readonly caller: SimUser;
  private readonly tenant: Tenant;

  constructor(private readonly ctx: DirectoryCall) {
    this.caller = ctx.caller;
    this.tenant = ctx.ws.directory.tenant(this.caller.customerId);
  }

  private get isAdmin(): boolean {
    return this.caller.isAdmin || this.caller.isDelegatedAdmin;
  }

  // --- users -----------------------------------------------------------------------------------------------

  usersList(args: Args): unknown {
    const method = 'users.list';
    this.begin(method);
    const viewType = String(args.viewType ?? 'admin_view');
    if (viewType !== 'admin_view' && viewType !== 'domain_public') throw this.error(method, 400, 'invalid', `Invalid value for viewType: ${viewType}`);
    if (viewType === 'admin_view' && !this.isAdmin) throw this.error(method, 403, 'forbidden', NOT_AUTHORIZED);
    let domainFilter: string | null = null;
    if (args.domain !== undefined) {
      domainFilter = this.ownDomain(method, String(args.domain));
    } else if (args.customer !== undefined) {
      this.ownCustomer(method, String(args.customer));
    } else {
      // users/list: either customer or domain must be given.
      throw this.error(method, 400, 'badRequest', 'Bad Request');
    }
    // users/list: maxResults "Acceptable values are 1 to 500, inclusive" (default 100).
    const maxResults = args.maxResults === undefined ? 100 : Number(args.maxResults);
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 500) {
      throw this.error(method, 400, 'invalid', `Invalid value '${args.maxResults}'. Values must be within the range: [1, 500]`);
    }
    const orderBy = args.orderBy === undefined ? null : String(args.orderBy);
    if (orderBy !== null && !['email', 'givenName', 'familyName'].includes(orderBy)) {
      throw this.error(method, 400, 'invalid', `Invalid value for orderBy: ${orderBy}`);
    }
    const descending = String(args.sortOrder ?? 'ASCENDING').toUpperCase() === 'DESCENDING';
    const shape = this.shapeOptions(method, args, viewType);
    const showDeleted = args.showDeleted === true || args.showDeleted === 'true';

    let clauses;
    try {
      clauses = parseUserQuery(String(args.query ?? ''));
    } catch (e) {
      throw this.error(method, 400, 'invalid', `Invalid Input: ${(e as Error).message}`);
    }
    const sorted = sortedUsers(this.ctx.ws.directory, this.tenant.customerId, orderBy);
    let qctx;
    try {
      qctx = buildQueryContext(this.tenant, clauses.some((c) => c.field && /manager/i.test(c.field)) ? sorted : [], clauses);
    } catch (e) {
      throw this.error(method, 400, 'invalid', `Invalid Input: ${(e as Error).message}`);
    }
    const paramsHash = hash(JSON.stringify([this.tenant.customerId, domainFilter, orderBy, descending, args.query ?? '', showDeleted, viewType]));
    let start = descending ? sorted.length - 1 : 0;
    if (args.pageToken) {
      const cursor = decodeToken(String(args.pageToken));
      if (!cursor || cursor.h !== paramsHash || this.ctx.now() - cursor.t > PAGE_TOKEN_TTL_MS) {
        throw this.error(method, 400, 'invalid', 'Invalid Input: pageToken');
      }
      start = cursorPosition(sorted, orderBy, cursor.k, cursor.id, descending);
    }
    // users/list: showDeleted "retrieves the list of deleted users" — only them.
    const wanted = (u: SimUser) =>
      Boolean(u.deleted) === showDeleted &&
      (domainFilter === null || u.primaryEmail.toLowerCase().endsWith('@' + domainFilter)) &&
      (viewType === 'admin_view' || isInDirectory(u)) &&
      matchesAll(u, clauses, qctx);
    const page: SimUser[] = [];
    let more = false;
    const step = descending ? -1 : 1;
    for (let i = start; i >= 0 && i < sorted.length; i += step) {
      const u = sorted[i];
      if (!wanted(u)) continue;
      if (page.length === maxResults) {
        more = true;
        break;
      }
      page.push(u);
    }
    this.ctx.spend(DIRECTORY_LATENCY.perUserMs * page.length);
    const out: Record<string, unknown> = { kind: 'admin#directory#users', etag: etagOf(paramsHash, page.length) };
    // The API omits `users` entirely when nothing matches.
    if (page.length > 0) out.users = page.map((u) => this.shapeUser(u, shape));
    if (more) {
      const last = page[page.length - 1];
      out.nextPageToken = encodeToken({ k: sortKey(last, orderBy), id: last.id, h: paramsHash, t: this.ctx.now() });
    }
    return this.respond(method, out, args.fields);
  }

  usersGet(userKey: string, args: Args): unknown {
    const method = 'users.get';
    this.begin(method, DIRECTORY_LATENCY.getMs);
    const viewType = String(args.viewType ?? 'admin_view');
    if (viewType === 'admin_view' && !this.isAdmin) throw this.error(method, 403, 'forbidden', NOT_AUTHORIZED);
    const u = this.findUser(method, userKey, 'userKey');
    if (viewType === 'domain_public' && !isInDirectory(u)) throw this.error(method, 404, 'notFound', 'Resource Not Found: userKey');
    return this.respond(method, this.shapeUser(u, this.shapeOptions(method, args, viewType)), args.fields);
  }

  // --- groups and members ----------------------------------------------------------------------------------

  groupsList(args: Args): unknown {
    const method = 'groups.list';
    this.begin(method);
    this.requireAdmin(method);
    let groups = this.tenant.groups;
    if (args.domain !== undefined) {
      const d = this.ownDomain(method, String(args.domain));
      groups = groups.filter((g) => g.email.toLowerCase().endsWith('@' + d));
    } else if (args.customer !== undefined) {
      this.ownCustomer(method, String(args.customer));
    } else if (args.userKey === undefined) {
      throw this.error(method, 400, 'badRequest', 'Bad Request');
    }
    if (args.userKey !== undefined) {
      const u = this.findUser(method, String(args.userKey), 'userKey');
      groups = groups.filter((g) => g.members.some((m) => m.type === 'USER' && m.email.toLowerCase() === u.primaryEmail.toLowerCase()));
    }
    // groups/list: maxResults max 200 (default 200).
    const max = this.maxResults(method, args.maxResults, 200);
    const sorted = [...groups].sort((a, b) => (a.email < b.email ? -1 : 1));
    const { page, next } = offsetPage(sorted, args.pageToken, max, (t) => this.error(method, 400, 'invalid', `Invalid Input: pageToken ${t}`));
    const out: Record<string, unknown> = { kind: 'admin#directory#groups', etag: etagOf(hash(this.tenant.customerId), page.length) };
    if (page.length) out.groups = page.map(groupResource);
    if (next) out.nextPageToken = next;
    this.ctx.spend(DIRECTORY_LATENCY.perUserMs * page.length);
    return this.respond(method, out, args.fields);
  }

  groupsGet(groupKey: string): unknown {
    const method = 'groups.get';
    this.begin(method, DIRECTORY_LATENCY.getMs);
    this.requireAdmin(method);
    return this.toRealm(groupResource(this.findGroup(method, groupKey)));
  }

  membersList(groupKey: string, args: Args): unknown {
    const method = 'members.list';
    this.begin(method);
    this.requireAdmin(method);
    const g = this.findGroup(method, groupKey);
    const roles = args.roles ? String(args.roles).toUpperCase().split(',') : null;
    // members/list: includeDerivedMembership lists the members of nested groups too (each user once).
    const derived = args.includeDerivedMembership === true || args.includeDerivedMembership === 'true';
    const all = derived ? this.flattenMembers(g) : g.members;
    const members = roles ? all.filter((m) => roles.includes(m.role)) : all;
    // members/list: maxResults max 200 (default 200).
    const max = this.maxResults(method, args.maxResults, 200);
    const { page, next } = offsetPage(members, args.pageToken, max, (t) => this.error(method, 400, 'invalid', `Invalid Input: pageToken ${t}`));
    const out: Record<string, unknown> = { kind: 'admin#directory#members', etag: etagOf(hash(g.id), page.length) };
    if (page.length) out.members = page.map((m) => this.memberResource(m));
    if (next) out.nextPageToken = next;
    this.ctx.spend(DIRECTORY_LATENCY.perUserMs * page.length);
    return this.respond(method, out, args.fields);
  }

  private flattenMembers(g: Group): Group['members'] {
    const out: Group['members'] = [];
    const seenUsers = new Set<string>();
    const seenGroups = new Set<string>();
    const visit = (group: Group) => {
      if (seenGroups.has(group.id)) return;
      seenGroups.add(group.id);
      for (const m of group.members) {
        const key = m.email.toLowerCase();
        if (m.type === 'GROUP') {
          out.push(m);
          const inner = this.tenant.groups.find((x) => x.email.toLowerCase() === key);
          if (inner) visit(inner);
        } else if (!seenUsers.has(key)) {
          seenUsers.add(key);
          out.push(m);
        }
      }
    };
    visit(g);
    return out;
  }

  membersGet(groupKey: string, memberKey: string): unknown {
    const method = 'members.get';
    this.begin(method, DIRECTORY_LATENCY.getMs);
    this.requireAdmin(method);
    const g = this.findGroup(method, groupKey);
    const key = this.memberEmail(memberKey);
    const m = g.members.find((x) => x.email.toLowerCase() === key);
    if (!m) throw this.error(method, 404, 'notFound', 'Resource Not Found: memberKey');
    return this.toRealm(this.memberResource(m));
  }

  /** members/hasMember: "Membership can be direct or nested." */
  hasMember(groupKey: string, memberKey: string): GoogleAppsScript.AdminDirectory.Schema.MembersHasMember {
    const method = 'members.hasMember';
    this.begin(method, DIRECTORY_LATENCY.getMs);
    this.requireAdmin(method);
    const g = this.findGroup(method, groupKey);
    const key = this.memberEmail(memberKey);
    const seen = new Set<string>();
    const visit = (group: Group): boolean => {
      if (seen.has(group.id)) return false;
      seen.add(group.id);
      for (const m of group.members) {
        if (m.email.toLowerCase() === key) return true;
        if (m.type === 'GROUP') {
          const inner = this.tenant.groups.find((x) => x.email.toLowerCase() === m.email.toLowerCase());
          if (inner && visit(inner)) return true;
        }
      }
      return false;
    };
    return this.toRealm({ isMember: visit(g) });
  }

  // --- org units, customer, schemas -------------------------------------------------------------------------

  orgunitsList(customerId: string, args: Args): unknown {
    const method = 'orgunits.list';
    this.begin(method);
    this.requireAdmin(method);
    this.ownCustomer(method, customerId);
    const base = normalizeOuPath(String(args.orgUnitPath ?? '/'));
    // orgunits/list: type ALL | CHILDREN (default) | ALL_INCLUDING_PARENT.
    const type = String(args.type ?? 'children').toLowerCase();
    if (!['all', 'children', 'all_including_parent'].includes(type)) throw this.error(method, 400, 'invalid', `Invalid value for type: ${args.type}`);
    if (base !== '/' && !this.tenant.orgUnits.some((o) => o.orgUnitPath.toLowerCase() === base.toLowerCase())) {
      throw this.error(method, 400, 'invalid', 'Invalid Input: INVALID_OU_ID');
    }
    const under = (p: string) => (base === '/' ? p !== '/' : p.toLowerCase().startsWith(base.toLowerCase() + '/'));
    const units = this.tenant.orgUnits.filter((o) => {
      if (type === 'children') return o.parentOrgUnitPath.toLowerCase() === base.toLowerCase();
      if (type === 'all_including_parent' && o.orgUnitPath.toLowerCase() === base.toLowerCase()) return true;
      return under(o.orgUnitPath);
    });
    const out = { kind: 'admin#directory#orgUnits', etag: etagOf(hash(base), units.length), organizationUnits: units.map((o) => this.orgUnitResource(o)) };
    return this.respond(method, out, args.fields);
  }

  orgunitsGet(customerId: string, orgUnitPath: string): unknown {
    const method = 'orgunits.get';
    this.begin(method, DIRECTORY_LATENCY.getMs);
    this.requireAdmin(method);
    this.ownCustomer(method, customerId);
    const key = orgUnitPath.startsWith('id:') ? orgUnitPath : normalizeOuPath(orgUnitPath);
    const o = this.tenant.orgUnits.find((x) => x.orgUnitId === key || x.orgUnitPath.toLowerCase() === key.toLowerCase());
    if (!o) throw this.error(method, 404, 'notFound', 'Org unit not found');
    return this.toRealm(this.orgUnitResource(o));
  }

  customersGet(customerKey: string): unknown {
    const method = 'customers.get';
    this.begin(method, DIRECTORY_LATENCY.getMs);
    this.requireAdmin(method);
    this.ownCustomer(method, customerKey);
    const t = this.tenant;
    const admin = this.ctx.ws.directory.findUser(`admin@${t.domains[0]}`);
    return this.toRealm({
      kind: 'admin#directory#customer',
      id: t.customerId,
      etag: etagOf(hash(t.customerId), 1),
      customerDomain: t.domains[0],
      language: t.language,
      customerCreationTime: admin?.creationTime ?? new Date(0).toISOString(),
      alternateEmail: `it@${t.domains[0]}`,
      postalAddress: { organizationName: t.organizationName, countryCode: admin?.addresses?.[0]?.countryCode },
    });
  }

  schemasList(customerId: string): unknown {
    const method = 'schemas.list';
    this.begin(method, DIRECTORY_LATENCY.getMs);
    this.requireAdmin(method);
    this.ownCustomer(method, customerId);
    return this.toRealm({ kind: 'admin#directory#schemas', etag: etagOf(hash(customerId), 1), schemas: this.tenant.schemas.map(schemaResource) });
  }

  schemasGet(customerId: string, schemaKey: string): unknown {
    const method = 'schemas.get';
    this.begin(method, DIRECTORY_LATENCY.getMs);
    this.requireAdmin(method);
    this.ownCustomer(method, customerId);
    const s = this.tenant.schemas.find((x) => x.schemaId === schemaKey || x.schemaName === schemaKey);
    if (!s) throw this.error(method, 404, 'notFound', 'Resource Not Found: schemaKey');
    return this.toRealm(schemaResource(s));
  }

  // --- plumbing ---------------------------------------------------------------------------------------------

  /** Every call: the execution's clock and limits, the counters, the per-user rate limit, injected faults. */
  private begin(method: string, latencyMs = DIRECTORY_LATENCY.baseMs): void {
    const key = `directory.${method}`;
    this.ctx.serviceCall(key, latencyMs);
    this.ctx.count('directory.calls');
    const state = this.ctx.ws.state<DirectoryServiceState>('adminDirectory', () => ({ rate: {} }));
    const email = this.caller.primaryEmail;
    const minute = Math.floor(this.ctx.now() / 60_000);
    const r = state.rate[email];
    if (!r || r.minute !== minute) state.rate[email] = { minute, count: 1 };
    else r.count++;
    if (state.rate[email].count > DIRECTORY_QUERIES_PER_MINUTE) {
      this.ctx.count('directory.rateLimited');
      throw this.error(method, 403, 'userRateLimitExceeded', 'User Rate Limit Exceeded');
    }
    const fault = takeFault(this.ctx.ws, key, email);
    if (fault) {
      throw this.error(method, fault.status, fault.reason ?? 'backendError', fault.message ?? defaultMessage(fault.status));
    }
  }

  private error(method: string, code: number, reason: string, message: string): Error {
    return this.ctx.error(method, code, reason, message);
  }

  private requireAdmin(method: string): void {
    if (!this.isAdmin) throw this.error(method, 403, 'forbidden', NOT_AUTHORIZED);
  }

  /** `my_customer` or the caller's own customer id; another tenant's id is forbidden, an unknown one bad. */
  private ownCustomer(method: string, customer: string): void {
    if (customer === 'my_customer' || customer === this.tenant.customerId) return;
    if (this.ctx.ws.directory.tenants.has(customer)) throw this.error(method, 403, 'forbidden', NOT_AUTHORIZED);
    throw this.error(method, 400, 'badRequest', 'Bad Request');
  }

  private ownDomain(method: string, domain: string): string {
    const d = domain.toLowerCase();
    if (this.tenant.domains.some((x) => x.toLowerCase() === d)) return d;
    if (this.ctx.ws.directory.tenantOfDomain(d)) throw this.error(method, 403, 'forbidden', NOT_AUTHORIZED);
    throw this.error(method, 400, 'badRequest', 'Domain not found.');
  }

  private maxResults(method: string, value: unknown, max: number): number {
    const n = value === undefined ? max : Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw this.error(method, 400, 'invalid', `Invalid value '${value}'. Values must be within the range: [1, ${max}]`);
    return n;
  }

  /** By primary email, alias, domain-alias address or id, within the caller's tenant. */
  private findUser(method: string, key: string, param: string): SimUser {
    const dir = this.ctx.ws.directory;
    let u: SimUser | undefined;
    if (key.includes('@')) {
      const [local, domain] = key.toLowerCase().split('@');
      const owner = dir.tenantOfDomain(domain);
      if (owner && owner !== this.tenant) throw this.error(method, 403, 'forbidden', NOT_AUTHORIZED);
      u = dir.findUser(key);
      const primary = this.tenant.domains[0];
      if (!u && domain !== primary && this.tenant.domains.includes(domain)) u = dir.findUser(`${local}@${primary}`);
    } else {
      u = dir.users.get(key);
      if (u?.deleted) u = undefined;
    }
    if (!u || u.customerId !== this.tenant.customerId) throw this.error(method, 404, 'notFound', `Resource Not Found: ${param}`);
    return u;
  }

  private findGroup(method: string, key: string): Group {
    const k = key.toLowerCase();
    const g = this.tenant.groups.find((x) => x.id === key || x.email.toLowerCase() === k || (x.aliases ?? []).some((a) => a.toLowerCase() === k));
    if (!g) throw this.error(method, 404, 'notFound', 'Resource Not Found: groupKey');
    return g;
  }

  private memberEmail(memberKey: string): string {
    if (memberKey.includes('@')) {
      return (this.ctx.ws.directory.findUser(memberKey)?.primaryEmail ?? memberKey).toLowerCase();
    }
    const u = this.ctx.ws.directory.users.get(memberKey);
    const g = this.tenant.groups.find((x) => x.id === memberKey);
    return (u?.primaryEmail ?? g?.email ?? memberKey).toLowerCase();
  }

  private memberResource(m: Group['members'][number]): Record<string, unknown> {
    const u = m.type === 'USER' ? this.ctx.ws.directory.findUser(m.email) : undefined;
    const g = m.type === 'GROUP' ? this.tenant.groups.find((x) => x.email === m.email) : undefined;
    return {
      kind: 'admin#directory#member',
      etag: etagOf(hash(m.email), 1),
      id: u?.id ?? g?.id ?? m.email,
      email: m.email,
      role: m.role,
      type: m.type,
      status: u ? (u.suspended ? 'SUSPENDED' : 'ACTIVE') : 'ACTIVE',
    };
  }

  private orgUnitResource(o: Tenant['orgUnits'][number]): Record<string, unknown> {
    const parent = this.tenant.orgUnits.find((x) => x.orgUnitPath === o.parentOrgUnitPath);
    return {
      kind: 'admin#directory#orgUnit',
      etag: etagOf(hash(o.orgUnitId), 1),
      name: o.name,
      description: o.description,
      orgUnitPath: o.orgUnitPath,
      orgUnitId: o.orgUnitId,
      parentOrgUnitPath: o.parentOrgUnitPath,
      parentOrgUnitId: parent?.orgUnitId ?? `id:${hash(this.tenant.customerId).toString(16)}`,
    };
  }

  private shapeOptions(method: string, args: Args, viewType: string): ShapeOptions {
    // users/list: projection basic (default) | custom (needs customFieldMask) | full.
    const projection = String(args.projection ?? 'basic');
    if (!['basic', 'custom', 'full'].includes(projection)) throw this.error(method, 400, 'invalid', `Invalid value for projection: ${projection}`);
    let mask: string[] | null = null;
    if (projection === 'custom') {
      if (!args.customFieldMask) throw this.error(method, 400, 'invalid', 'Invalid Input: customFieldMask is required when projection is custom');
      mask = String(args.customFieldMask).split(',').map((s) => s.trim());
      const unknown = mask.find((m) => !this.tenant.schemas.some((s) => s.schemaName === m));
      if (unknown) throw this.error(method, 400, 'invalid', `Invalid Input: unknown schema ${unknown} in customFieldMask`);
    }
    return { projection, mask, viewType, schemas: this.tenant.schemas };
  }

  private shapeUser(u: SimUser, o: ShapeOptions): Record<string, unknown> {
    const self = u.id === this.caller.id;
    const src = u as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const keys = o.viewType === 'domain_public' ? PUBLIC_USER_FIELDS : Object.keys(u).filter((k) => !SIM_ONLY_FIELDS.has(k));
    for (const k of keys) if (src[k] !== undefined && k !== 'customSchemas') out[k] = src[k];
    // users resource: `emails` lists the primary address and the aliases, as the API derives it.
    out.emails = [
      { address: u.primaryEmail, primary: true },
      ...(u.aliases ?? []).map((address) => ({ address })),
      ...(o.viewType === 'admin_view' ? (u.nonEditableAliases ?? []).map((address) => ({ address })) : []),
    ];
    if (o.viewType === 'admin_view') {
      for (const [k, v] of Object.entries(ADMIN_VIEW_DEFAULTS)) if (out[k] === undefined) out[k] = v;
    }
    if (o.projection !== 'basic' && u.customSchemas) {
      const schemas: Record<string, Record<string, unknown>> = {};
      for (const [name, values] of Object.entries(u.customSchemas)) {
        if (o.mask && !o.mask.includes(name)) continue;
        const def = o.schemas.find((s) => s.schemaName === name);
        const kept: Record<string, unknown> = {};
        for (const [f, v] of Object.entries(values)) {
          const fd = def?.fields.find((x) => x.fieldName === f);
          // Schema fields readable by ADMINS_AND_SELF stay hidden from other users' domain_public view.
          if (o.viewType === 'domain_public' && !self && fd?.readAccessType !== 'ALL_DOMAIN_USERS') continue;
          kept[f] = v;
        }
        if (Object.keys(kept).length) schemas[name] = kept;
      }
      if (Object.keys(schemas).length) out.customSchemas = schemas;
    }
    if (u.deleted && o.viewType === 'admin_view') out.deletionTime = u.deletionTime;
    return out;
  }

  private respond(method: string, body: unknown, fields: unknown): unknown {
    if (fields !== undefined && fields !== null && String(fields) !== '') {
      try {
        return this.toRealm(applyFieldMask(body, String(fields)));
      } catch (e) {
        throw this.error(method, 400, 'invalidParameter', `Invalid field selection ${(e as Error).message}`);
      }
    }
    return this.toRealm(body);
  }

  private toRealm<T>(v: T): T {
    return this.ctx.deliver(v);
  }
}

function normalizeOuPath(p: string): string {
  const t = p.trim().replace(/\/+$/, '');
  if (t === '' || t === '/') return '/';
  return t.startsWith('/') ? t : `/${t}`;
}

function defaultMessage(status: number): string {
  if (status === 403) return NOT_AUTHORIZED;
  if (status === 404) return 'Resource Not Found';
  if (status === 429) return 'Too Many Requests';
  if (status === 503) return 'Service unavailable. Please try again';
  if (status >= 500) return 'Backend Error';
  return 'Bad Request';
}

