/**
 * The `query` parameter of Admin SDK `users.list`: space-separated clauses joined by an implicit AND, each
 * `field op value` (admin/directory/v1/guides/search-users). Operators: `=` exact, `:` contains, `:{PREFIX}*`
 * prefix; `>`, `>=`, `<`, `<=` on numeric and date custom fields. A clause without a field matches givenName,
 * familyName or email. Values may be quoted with ' or ". Matching ignores case.
 */
import type { CustomSchema, SimUser, Tenant } from './model';

export type Operator = '=' | ':' | '>' | '>=' | '<' | '<=';

export interface Clause {
  field: string | null;
  op: Operator;
  value: string;
  prefix: boolean;
}

/** A query that cannot be run; the service turns it into 400 "Invalid Input". */
export class QueryError extends Error {}

const STRING_FIELDS = new Set([
  'email', 'givenName', 'familyName', 'name', 'externalId', 'orgName', 'orgTitle', 'orgDepartment', 'orgDescription',
  'orgCostCenter', 'phone', 'address', 'addressPoBox', 'addressExtended', 'addressStreet', 'addressLocality',
  'addressRegion', 'addressPostalCode', 'addressCountry', 'manager', 'managerId', 'directManager', 'directManagerId', 'orgUnitPath',
]);
const BOOLEAN_FIELDS = new Set(['isAdmin', 'isDelegatedAdmin', 'isSuspended', 'isArchived']);

export function parseUserQuery(query: string): Clause[] {
  const clauses: Clause[] = [];
  let i = 0;
  const s = query.trim();
  while (i < s.length) {
    while (s[i] === ' ') i++;
    if (i >= s.length) break;
    const m = /^([A-Za-z_][\w]*(?:\.[\w]+)?)(>=|<=|=|:|>|<)/.exec(s.slice(i));
    let field: string | null = null;
    let op: Operator = ':';
    if (m) {
      field = m[1];
      op = m[2] as Operator;
      i += m[0].length;
    }
    let value = '';
    if (s[i] === "'" || s[i] === '"') {
      // guides/search-users: "Escape single quotes in queries with \', for example 'Valentine\'s Day'".
      const q = s[i++];
      let closed = false;
      while (i < s.length) {
        if (s[i] === '\\' && s[i + 1] === q) {
          value += q;
          i += 2;
        } else if (s[i] === q) {
          closed = true;
          i++;
          break;
        } else value += s[i++];
      }
      if (!closed) throw new QueryError(`unclosed quote in query: ${query}`);
    } else {
      const end = s.indexOf(' ', i);
      value = s.slice(i, end < 0 ? s.length : end);
      i = end < 0 ? s.length : end;
    }
    let prefix = false;
    if (value.endsWith('*')) {
      prefix = true;
      value = value.slice(0, -1);
    }
    if (field !== null && !STRING_FIELDS.has(field) && !BOOLEAN_FIELDS.has(field) && !field.includes('.')) {
      throw new QueryError(`unknown query field ${field}`);
    }
    if (field !== null && BOOLEAN_FIELDS.has(field) && (op !== '=' || !/^(true|false)$/i.test(value))) {
      throw new QueryError(`${field} takes =true or =false`);
    }
    clauses.push({ field, op, value, prefix });
  }
  return clauses;
}

/** Precomputed lookups one query needs over one tenant (manager chains, org unit ids). */
export interface QueryContext {
  tenant: Tenant;
  /** Lowercased email → lowercased manager email, for `manager` (whole chain) and `directManager`. */
  managerOf: Map<string, string>;
  /** Lowercased email → user id, and id → email, for the `...Id` forms. */
  idOf: Map<string, string>;
}

export function buildQueryContext(tenant: Tenant, users: SimUser[], clauses: Clause[]): QueryContext {
  const managerOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  if (clauses.some((c) => c.field && /manager/i.test(c.field))) {
    for (const u of users) {
      idOf.set(u.primaryEmail.toLowerCase(), u.id);
      const m = u.relations?.find((r) => r.type === 'manager')?.value;
      if (m) managerOf.set(u.primaryEmail.toLowerCase(), m.toLowerCase());
    }
  }
  for (const c of clauses) {
    if (c.field === 'orgUnitPath' && c.value !== '/' && !tenant.orgUnits.some((o) => o.orgUnitPath.toLowerCase() === c.value.toLowerCase())) {
      throw new QueryError('INVALID_OU_ID');
    }
    if (c.field?.includes('.')) schemaField(tenant.schemas, c.field);
  }
  return { tenant, managerOf, idOf };
}

export function matchesAll(u: SimUser, clauses: Clause[], ctx: QueryContext): boolean {
  for (const c of clauses) if (!matches(u, c, ctx)) return false;
  return true;
}

function matches(u: SimUser, c: Clause, ctx: QueryContext): boolean {
  if (c.field === null) return [u.name.givenName, u.name.familyName, u.primaryEmail].some((v) => text(v, c));
  if (BOOLEAN_FIELDS.has(c.field)) {
    const want = c.value.toLowerCase() === 'true';
    const have = { isAdmin: u.isAdmin, isDelegatedAdmin: u.isDelegatedAdmin, isSuspended: u.suspended, isArchived: u.archived }[c.field];
    return Boolean(have) === want;
  }
  const orgs = u.organizations ?? [];
  const addrs = u.addresses ?? [];
  const me = u.primaryEmail.toLowerCase();
  switch (c.field) {
    case 'email':
      return [u.primaryEmail, ...(u.aliases ?? []), ...(u.nonEditableAliases ?? [])].some((v) => text(v, c));
    case 'givenName':
      return text(u.name.givenName, c);
    case 'familyName':
      return text(u.name.familyName, c);
    case 'name':
      return text(`${u.name.givenName} ${u.name.familyName}`, c);
    case 'externalId':
      return (u.externalIds ?? []).some((x) => text(x.value, c));
    case 'orgName':
      return orgs.some((o) => text(o.name, c));
    case 'orgTitle':
      return orgs.some((o) => text(o.title, c));
    case 'orgDepartment':
      return orgs.some((o) => text(o.department, c));
    case 'orgDescription':
      return orgs.some((o) => text(o.description, c));
    case 'orgCostCenter':
      return orgs.some((o) => text(o.costCenter, c));
    case 'phone':
      return (u.phones ?? []).some((p) => text(p.value, c) || text(p.value.replace(/[^\d+]/g, ''), c));
    case 'address':
      return addrs.some((a) => [a.formatted, a.streetAddress, a.locality, a.region, a.postalCode, a.country].some((v) => text(v, { ...c, op: ':' })));
    case 'addressStreet':
      return addrs.some((a) => text(a.streetAddress, c));
    case 'addressLocality':
      return addrs.some((a) => text(a.locality, c));
    case 'addressRegion':
      return addrs.some((a) => text(a.region, c));
    case 'addressPostalCode':
      return addrs.some((a) => text(a.postalCode, c));
    case 'addressCountry':
      return addrs.some((a) => text(a.country, c) || text(a.countryCode, c));
    case 'addressPoBox':
    case 'addressExtended':
      return false;
    // search-users: orgUnitPath "matches all org unit chains under the target" — the OU and its descendants.
    case 'orgUnitPath': {
      const want = c.value.toLowerCase().replace(/\/$/, '');
      const have = u.orgUnitPath.toLowerCase();
      return want === '' || have === want || have.startsWith(want + '/');
    }
    case 'directManager':
      return ctx.managerOf.get(me) === c.value.toLowerCase();
    case 'directManagerId':
      return ctx.idOf.get(ctx.managerOf.get(me) ?? '') === c.value;
    case 'manager':
    case 'managerId': {
      // manager: the direct manager or anyone above them in the chain.
      const seen = new Set<string>();
      for (let m = ctx.managerOf.get(me); m && !seen.has(m); m = ctx.managerOf.get(m)) {
        seen.add(m);
        if (c.field === 'manager' ? m === c.value.toLowerCase() : ctx.idOf.get(m) === c.value) return true;
      }
      return false;
    }
    default:
      return matchesCustom(u, c, ctx.tenant.schemas);
  }
}

function matchesCustom(u: SimUser, c: Clause, schemas: CustomSchema[]): boolean {
  const [schema, field] = c.field!.split('.');
  const def = schemaField(schemas, c.field!);
  const raw = u.customSchemas?.[schema]?.[field];
  if (raw === undefined || raw === null) return false;
  const values = Array.isArray(raw) ? raw.map((x) => (x && typeof x === 'object' ? (x as { value: unknown }).value : x)) : [raw];
  return values.some((v) => {
    if (def.fieldType === 'INT64' || def.fieldType === 'DOUBLE') return compare(Number(v), Number(c.value), c.op);
    if (def.fieldType === 'DATE') return compare(String(v), c.value, c.op);
    if (def.fieldType === 'BOOL') return c.op === '=' && String(v).toLowerCase() === c.value.toLowerCase();
    return text(String(v), c);
  });
}

function schemaField(schemas: CustomSchema[], path: string) {
  const [schema, field] = path.split('.');
  const s = schemas.find((x) => x.schemaName === schema);
  const f = s?.fields.find((x) => x.fieldName === field);
  if (!f) throw new QueryError(`no custom field ${path}`);
  return f;
}

function compare<T extends number | string>(a: T, b: T, op: Operator): boolean {
  switch (op) {
    case '>': return a > b;
    case '>=': return a >= b;
    case '<': return a < b;
    case '<=': return a <= b;
    default: return a === b;
  }
}

function text(v: string | undefined, c: Clause): boolean {
  if (v === undefined) return false;
  const have = v.toLowerCase();
  const want = c.value.toLowerCase();
  if (c.prefix) return have.startsWith(want) || have.split(/[\s@.\-]/).some((w) => w.startsWith(want));
  if (c.op === '=') return have === want;
  // A clause without a field: the guide gives no operator ("Compare against the value in givenName, familyName,
  // or email"), so it is matched as a substring.
  if (c.field === null) return have.includes(want);
  // guides/search-users: ":" — "The field contains the whole words within the value, in order" (givenName:Jane
  // matches "Jane Ann", not "Janet").
  return containsWords(words(have), words(want));
}

function words(s: string): string[] {
  return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function containsWords(have: string[], want: string[]): boolean {
  if (want.length === 0) return true;
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((w, j) => have[i + j] === w)) return true;
  }
  return false;
}
