/**
 * The sample-company generator: realistic Workspace tenants from 10 to 100,000 users, deterministic by seed.
 * Every user is built in one pass (no quadratic loops): department and title, a manager chain, typed phones in
 * the international format of the user's country, a work address with that country's conventions, external ids,
 * websites and custom-schema values. A few fixed users carry names that break careless escaping (see
 * `AWKWARD_NAMES`), and a few are admins, delegated admins, suspended, archived or without a mailbox.
 */
import type { OfflineWorkspace } from '../workspace';
import { Rng, hashString } from '../rng';
import { buildPhones, slugify, touch, workAddress } from './profile';
import type { CustomSchema, Group, OrgUnit, SimUser, Tenant } from './model';
import {
  AWKWARD_NAMES,
  COUNTRIES,
  CountryProfile,
  DEPARTMENTS,
  DepartmentProfile,
  NameSample,
  ORGANIZATION_NAMES,
  PRONOUNS,
  SALES_REGIONS,
  TAGLINES,
} from './names';

export interface SampleCompanyOptions {
  seed: number | string;
  /** Number of users, admin included (at least 2). */
  users: number;
  /** Primary domain; default derived from the organization name (`northwind-traders.example`). */
  domain?: string;
  /** A domain alias every user also receives mail at; `false` for a single-domain tenant. */
  domainAlias?: string | false;
  organizationName?: string;
  /** IANA time zone of the tenant; default the headquarters country's. */
  timeZone?: string;
  /** ISO code of the headquarters country (half of the staff works there); default chosen by seed. */
  headquarters?: string;
}

export { changeUsers, companyFromJson, companyToJson, setUserStatus } from './changes';
export type { ChangeOptions, CompanyJson } from './changes';

export const EMPLOYMENT_SCHEMA = 'Employment';
export const SIGNATURE_SCHEMA = 'Signature';
const FIRST_EMPLOYEE_NUMBER = 100_000;
const TEAM_SIZE = 8;

/** What building more users for a tenant needs to remember (used by `createSampleCompany` and `addUsers`). */
interface BuildContext {
  ws: OfflineWorkspace;
  tenant: Tenant;
  rng: Rng;
  hq: CountryProfile;
  takenLocalParts: Set<string>;
  nextSuffix: Map<string, number>;
  /** Per department: how many users it has had so far, and the email of each team's manager. */
  deptState: Map<string, { count: number; head?: string; teamManagers: string[] }>;
  ceoEmail?: string;
  nextIndex: number;
}

/** Creates a tenant with `users` users and adds it to `ws.directory`. Same seed, same company. */
export function createSampleCompany(ws: OfflineWorkspace, opts: SampleCompanyOptions): Tenant {
  if (!Number.isInteger(opts.users) || opts.users < 2 || opts.users > 200_000) {
    throw new RangeError(`users must be a whole number from 2 to 200,000 (got ${opts.users})`);
  }
  const rng = new Rng(`company:${opts.seed}`);
  const organizationName = opts.organizationName ?? rng.pick(ORGANIZATION_NAMES);
  const slug = slugify(organizationName);
  const domain = (opts.domain ?? freeDomain(ws, `${slug}.example`)).toLowerCase();
  const alias = opts.domainAlias === false ? null : (opts.domainAlias ?? freeDomain(ws, `${slug}-group.example`)).toLowerCase();
  const hq = opts.headquarters
    ? COUNTRIES.find((c) => c.countryCode === opts.headquarters) ?? fail(`unknown headquarters country ${opts.headquarters}`)
    : rng.pick(COUNTRIES.filter((c) => ['DE', 'US', 'GB', 'FR'].includes(c.countryCode)));
  let customerId = `C0${hex(rng, 7)}`;
  while (ws.directory.tenants.has(customerId)) customerId = `C0${hex(rng, 7)}`;

  const tenant: Tenant = {
    customerId,
    domains: alias ? [domain, alias] : [domain],
    organizationName,
    timeZone: opts.timeZone ?? hq.timeZone,
    language: 'en',
    orgUnits: buildOrgUnits(rng),
    groups: [],
    schemas: buildSchemas(rng),
  };
  ws.directory.addTenant(tenant);

  const ctx: BuildContext = { ws, tenant, rng, hq, takenLocalParts: new Set(), nextSuffix: new Map(), deptState: new Map(), nextIndex: 0 };
  const special = pickSpecialIndexes(rng, opts.users);
  const users: SimUser[] = [];
  for (let i = 0; i < opts.users; i++) users.push(buildUser(ctx, special.get(i)));
  for (const u of users) ws.directory.addUser(u);
  tenant.groups = buildGroups(rng, tenant, users);
  return tenant;
}

/** Adds `count` more users to an existing tenant (new hires between two syncs). Returns them. */
export function addUsers(ws: OfflineWorkspace, customerId: string, count: number, seed: number | string): SimUser[] {
  const tenant = ws.directory.tenant(customerId);
  const existing = ws.directory.usersOf(customerId);
  const hqCode = mostCommon(existing.map((u) => u.addresses?.[0]?.countryCode ?? 'US'));
  const ctx: BuildContext = {
    ws,
    tenant,
    rng: new Rng(`hires:${customerId}:${seed}`),
    hq: COUNTRIES.find((c) => c.countryCode === hqCode) ?? COUNTRIES[0],
    takenLocalParts: new Set(existing.map((u) => u.primaryEmail.split('@')[0])),
    nextSuffix: new Map(),
    deptState: new Map(),
    ceoEmail: existing[1]?.primaryEmail,
    nextIndex: existing.length,
  };
  for (const u of existing) ctx.takenLocalParts.add(u.primaryEmail.split('@')[0]);
  // New hires report to the existing department heads.
  for (const u of existing) {
    const dept = u.organizations?.[0]?.department;
    if (!dept) continue;
    const st = ctx.deptState.get(dept) ?? { count: 1, teamManagers: [] };
    if (u.organizations?.[0]?.title === DEPARTMENTS.find((d) => d.name === dept)?.headTitle) st.head = u.primaryEmail;
    ctx.deptState.set(dept, st);
  }
  const out: SimUser[] = [];
  for (let i = 0; i < count; i++) {
    const u = buildUser(ctx, undefined, true);
    ws.directory.addUser(u);
    out.push(u);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

function buildUser(ctx: BuildContext, role: SpecialRole | undefined, newHire = false): SimUser {
  const { rng, tenant } = ctx;
  const i = ctx.nextIndex++;
  const domain = tenant.domains[0];
  const awkwardCountry = role?.name?.countryCode ? COUNTRIES.find((c) => c.countryCode === role.name!.countryCode) : undefined;
  const country = awkwardCountry ?? (i < 2 || rng.chance(0.5) ? ctx.hq : rng.pick(COUNTRIES));
  const office = rng.pick(country.offices);

  let dept: DepartmentProfile;
  let title: string;
  let name: NameSample;
  let local: string;
  let managerEmail: string | undefined;
  let orgUnitPath: string;
  if (i === 0 && !newHire) {
    dept = DEPARTMENTS.find((d) => d.name === 'Operations')!;
    title = 'IT Administrator';
    name = { given: 'Alex', family: 'Admin', givenAscii: 'alex', familyAscii: 'admin' };
    local = 'admin';
    orgUnitPath = '/Operations';
  } else if (i === 1 && !newHire) {
    dept = DEPARTMENTS.find((d) => d.name === 'Operations')!;
    title = 'Chief Executive Officer';
    name = randomName(rng, country);
    local = localPart(ctx, name);
    orgUnitPath = '/Executives';
  } else {
    dept = pickDepartment(rng);
    const st = ctx.deptState.get(dept.name) ?? { count: 0, teamManagers: [] };
    ctx.deptState.set(dept.name, st);
    name = role?.name ?? randomName(rng, country);
    local = localPart(ctx, name);
    const email = `${local}@${domain}`;
    // k = position in the department: 0 is its head; then teams of TEAM_SIZE, each led by its first member.
    const k = st.count++;
    if (k === 0 && !st.head) {
      title = dept.headTitle;
      managerEmail = ctx.ceoEmail;
      st.head = email;
    } else {
      const pos = newHire ? k + rng.int(1, TEAM_SIZE) : k - 1;
      const team = Math.floor(pos / TEAM_SIZE);
      if (pos % TEAM_SIZE === 0 && !newHire) {
        title = dept.managerTitle;
        // Team t's lead reports to the lead of team floor((t-1)/TEAM_SIZE), so big departments get a deep tree.
        managerEmail = team === 0 ? st.head : st.teamManagers[Math.floor((team - 1) / TEAM_SIZE)];
        st.teamManagers[team] = email;
      } else {
        title = rng.pick(dept.titles);
        managerEmail = st.teamManagers[team] ?? st.head;
      }
    }
    orgUnitPath = `/${dept.orgUnit}`;
    if (dept.name === 'Sales') orgUnitPath += `/${SALES_REGIONS[country.countryCode] ?? 'EMEA'}`;
    if (dept.name === 'Engineering') orgUnitPath += rng.chance(0.6) ? '/Platform' : '/Apps';
  }
  const primaryEmail = `${local}@${domain}`;
  if (i === 1 && !newHire) ctx.ceoEmail = primaryEmail;

  const employeeNumber = FIRST_EMPLOYEE_NUMBER + i;
  const id = `1${String(hashString(`${tenant.customerId}:${i}`)).padStart(10, '0')}${String(i).padStart(10, '0')}`;
  const now = ctx.ws.clock.now();
  const created = newHire ? now : now - rng.int(30, 3650) * 86_400_000;
  const fullName = name.familyFirst ? `${name.family} ${name.given}` : `${name.given} ${name.family}`;

  const u: SimUser = {
    kind: 'admin#directory#user',
    id,
    etag: '',
    primaryEmail,
    name: { givenName: name.given, familyName: name.family, fullName, displayName: fullName },
    isAdmin: i === 0 && !newHire,
    isDelegatedAdmin: role?.kind === 'delegated',
    suspended: role?.kind === 'suspended',
    archived: role?.kind === 'archived',
    isMailboxSetup: role?.kind !== 'noMailbox',
    orgUnitPath,
    customerId: tenant.customerId,
    creationTime: new Date(created).toISOString(),
    lastLoginTime: newHire ? undefined : new Date(now - rng.int(1, 40) * 3_600_000).toISOString(),
    includeInGlobalAddressList: true,
    organizations: [
      {
        title,
        department: dept.name,
        costCenter: dept.costCenter,
        location: office.locality,
        description: rng.chance(0.08) ? 'Contractor' : 'Full-time',
        name: tenant.organizationName,
        primary: true,
        type: 'work',
      },
    ],
    phones: buildPhones(rng, country, office.areaCode),
    addresses: [workAddress(country, office)],
    externalIds: [{ type: 'organization', value: `E${employeeNumber}` }],
    customSchemas: buildCustomValues(rng, employeeNumber, created),
  };
  if (u.suspended) u.suspensionReason = 'ADMIN';
  if (u.suspended || u.archived) u.orgUnitPath = '/Former employees';
  if (managerEmail) u.relations = [{ type: 'manager', value: managerEmail }];
  if (rng.chance(0.4)) {
    u.websites = [{ type: 'work', value: `https://${domain}/team/${local}`, primary: true }];
    if (rng.chance(0.5)) u.websites.push({ type: 'profile', value: `https://www.linkedin.com/in/${local.replace(/\./g, '-')}` });
  }
  if (rng.chance(0.3)) {
    u.locations = [{ type: 'desk', area: 'desktop', buildingId: slugify(office.locality) || 'hq', floorName: String(rng.int(1, 9)), deskCode: `D${rng.int(100, 999)}` }];
  }
  if (rng.chance(0.5)) u.thumbnailPhotoUrl = `https://lh3.googleusercontent.com/a-/sim${id}=s96-c`;
  // About 5% have an editable alias (a short form at the primary domain); everyone gets the domain alias.
  if (i !== 0 && rng.chance(0.05)) {
    const short = `${name.givenAscii.toLowerCase().replace(/[^a-z0-9]/g, '')}${name.familyAscii.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 1)}`;
    if (short && !ctx.takenLocalParts.has(short)) {
      ctx.takenLocalParts.add(short);
      u.aliases = [`${short}@${domain}`];
    }
  }
  if (tenant.domains[1]) u.nonEditableAliases = [`${local}@${tenant.domains[1]}`];
  touch(u);
  return u;
}

type SpecialRole = { kind?: 'delegated' | 'suspended' | 'archived' | 'noMailbox'; name?: NameSample };

/** Fixed users with awkward names (indexes 2…), and seeded picks for the statuses admins must handle. */
function pickSpecialIndexes(rng: Rng, n: number): Map<number, SpecialRole> {
  const out = new Map<number, SpecialRole>();
  for (let j = 0; j < AWKWARD_NAMES.length && 2 + j < n; j++) out.set(2 + j, { name: AWKWARD_NAMES[j] });
  const wanted: Array<[SpecialRole['kind'], number]> = [
    ['delegated', Math.min(5, Math.max(1, Math.round(n / 200)))],
    ['suspended', Math.max(1, Math.round(n * 0.01))],
    ['archived', Math.max(1, Math.round(n * 0.003))],
    ['noMailbox', Math.max(1, Math.round(n * 0.002))],
  ];
  const total = wanted.reduce((a, [, c]) => a + c, 0);
  // Prefer users after the awkward names; small companies share them.
  const lo = n - 2 - AWKWARD_NAMES.length >= total * 2 ? 2 + AWKWARD_NAMES.length : 2;
  if (n - lo < total) return out;
  const used = new Set<number>();
  for (const [kind, count] of wanted) {
    for (let c = 0; c < count; c++) {
      let i = rng.int(lo, n);
      while (used.has(i)) i = rng.int(lo, n);
      used.add(i);
      out.set(i, { ...out.get(i), kind });
    }
  }
  return out;
}

const DEPT_TOTAL = DEPARTMENTS.reduce((a, d) => a + d.weight, 0);

function pickDepartment(rng: Rng): DepartmentProfile {
  let r = rng.next() * DEPT_TOTAL;
  for (const d of DEPARTMENTS) {
    r -= d.weight;
    if (r < 0) return d;
  }
  return DEPARTMENTS[DEPARTMENTS.length - 1];
}

function randomName(rng: Rng, c: CountryProfile): NameSample {
  const [given, givenAscii] = rng.pick(c.given);
  const [family, familyAscii] = rng.pick(c.family);
  return { given, family, givenAscii, familyAscii, familyFirst: c.familyFirst };
}

function localPart(ctx: BuildContext, name: NameSample): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const base = `${clean(name.givenAscii)}.${clean(name.familyAscii)}`.replace(/^\.|\.$/g, '') || 'user';
  // Remember the next free suffix per base name: probing 2, 3, 4… each time would be quadratic at 100k users.
  let n = ctx.nextSuffix.get(base) ?? 1;
  let local = n === 1 ? base : `${base}${n}`;
  while (ctx.takenLocalParts.has(local)) local = `${base}${++n}`;
  ctx.nextSuffix.set(base, n + 1);
  ctx.takenLocalParts.add(local);
  return local;
}

function buildCustomValues(rng: Rng, employeeNumber: number, created: number): Record<string, Record<string, unknown>> {
  const employment: Record<string, unknown> = {
    EmployeeNumber: employeeNumber,
    StartDate: new Date(created).toISOString().slice(0, 10),
  };
  const pronouns = rng.pick(PRONOUNS);
  if (pronouns) employment.Pronouns = pronouns;
  if (rng.chance(0.3)) employment.Languages = [{ value: 'en' }, { value: rng.pick(['de', 'fr', 'ja', 'he', 'ar', 'pt', 'pl', 'vi']) }];
  const out: Record<string, Record<string, unknown>> = { [EMPLOYMENT_SCHEMA]: employment };
  if (rng.chance(0.6)) {
    const tagline = rng.pick(TAGLINES);
    out[SIGNATURE_SCHEMA] = { ShowPhoto: rng.chance(0.7), ...(tagline ? { Tagline: tagline } : {}) };
  }
  return out;
}

function buildOrgUnits(rng: Rng): OrgUnit[] {
  const paths = ['/Executives', '/Former employees'];
  for (const d of DEPARTMENTS) paths.push(`/${d.orgUnit}`);
  paths.push('/Sales/EMEA', '/Sales/Americas', '/Sales/APAC', '/Engineering/Platform', '/Engineering/Apps');
  const ids = new Map<string, string>([['/', `id:03ph8a2z${hex(rng, 6)}`]]);
  for (const p of paths) ids.set(p, `id:03ph8a2z${hex(rng, 6)}`);
  return paths.map((p) => {
    const parent = p.slice(0, p.lastIndexOf('/')) || '/';
    return {
      orgUnitPath: p,
      orgUnitId: ids.get(p)!,
      name: p.slice(p.lastIndexOf('/') + 1),
      parentOrgUnitPath: parent,
      description: p === '/Former employees' ? 'Suspended and archived accounts' : `${p.slice(1)} staff`,
    };
  });
}

function buildSchemas(rng: Rng): CustomSchema[] {
  return [
    {
      schemaId: hex(rng, 22),
      schemaName: EMPLOYMENT_SCHEMA,
      displayName: 'Employment',
      fields: [
        { fieldName: 'EmployeeNumber', fieldType: 'INT64', displayName: 'Employee number', readAccessType: 'ADMINS_AND_SELF' },
        { fieldName: 'StartDate', fieldType: 'DATE', displayName: 'Start date', readAccessType: 'ADMINS_AND_SELF' },
        { fieldName: 'Pronouns', fieldType: 'STRING', displayName: 'Pronouns', readAccessType: 'ALL_DOMAIN_USERS' },
        { fieldName: 'Languages', fieldType: 'STRING', multiValued: true, displayName: 'Languages', readAccessType: 'ALL_DOMAIN_USERS' },
      ],
    },
    {
      schemaId: hex(rng, 22),
      schemaName: SIGNATURE_SCHEMA,
      displayName: 'Signature',
      fields: [
        { fieldName: 'Tagline', fieldType: 'STRING', displayName: 'Tagline', readAccessType: 'ALL_DOMAIN_USERS' },
        { fieldName: 'ShowPhoto', fieldType: 'BOOL', displayName: 'Show photo', readAccessType: 'ALL_DOMAIN_USERS' },
      ],
    },
  ];
}

function buildGroups(rng: Rng, t: Tenant, users: SimUser[]): Group[] {
  const d = t.domains[0];
  const active = users.filter((u) => !u.suspended && !u.archived);
  const member = (u: SimUser, role: Group['members'][number]['role'] = 'MEMBER') => ({ email: u.primaryEmail, role, type: 'USER' as const });
  const groups: Group[] = [
    { id: `0${hex(rng, 14)}`, email: `all@${d}`, name: 'Everyone', description: 'All staff', members: active.map((u, i) => member(u, i === 0 ? 'OWNER' : 'MEMBER')) },
  ];
  const managers = new Set(users.flatMap((u) => u.relations?.filter((r) => r.type === 'manager').map((r) => r.value.toLowerCase()) ?? []));
  groups.push({ id: `0${hex(rng, 14)}`, email: `managers@${d}`, name: 'People managers', members: active.filter((u) => managers.has(u.primaryEmail)).map((u) => member(u)) });
  for (const dept of DEPARTMENTS) {
    const inDept = active.filter((u) => u.organizations?.[0]?.department === dept.name);
    if (inDept.length === 0) continue;
    groups.push({
      id: `0${hex(rng, 14)}`,
      email: `${slugify(dept.name)}@${d}`,
      name: dept.name,
      description: `${dept.name} team`,
      members: inDept.map((u, i) => member(u, i === 0 ? 'OWNER' : 'MEMBER')),
    });
  }
  // A nested group: leadership holds the CEO, the department heads and the managers group.
  const heads = active.filter((u) => DEPARTMENTS.some((x) => x.headTitle === u.organizations?.[0]?.title) || u.organizations?.[0]?.title === 'Chief Executive Officer');
  groups.push({
    id: `0${hex(rng, 14)}`,
    email: `leadership@${d}`,
    name: 'Leadership',
    members: [...heads.map((u) => member(u, 'MANAGER')), { email: `managers@${d}`, role: 'MEMBER', type: 'GROUP' }],
  });
  return groups;
}

function hex(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 16)];
  return s;
}

function freeDomain(ws: OfflineWorkspace, wanted: string): string {
  let d = wanted;
  for (let n = 2; ws.directory.tenantOfDomain(d); n++) d = wanted.replace(/\.example$/, `${n}.example`);
  return d;
}

function mostCommon(xs: string[]): string {
  const counts = new Map<string, number>();
  let best = xs[0] ?? 'US';
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > (counts.get(best) ?? 0)) best = x;
  }
  return best;
}

function fail(msg: string): never {
  throw new Error(msg);
}
