/**
 * Directory attributes: a Workspace user (Admin SDK `User` resource, admin/directory/reference/rest/v1/users)
 * flattened into `attribute key → text`, so the field mapping can list every attribute the domain uses with
 * sample values, and a sync can read the mapped ones. Keys read like the API: `name.givenName`,
 * `organizations.title`, `phones.mobile`, `addresses.locality`, `relations.manager`, `externalIds.organization`,
 * `customSchemas.HR.costCode`.
 */

/** The parts of the Admin SDK User that Autograph reads (the same shape the advanced service returns). */
export interface DirectoryUserRecord {
  id: string;
  primaryEmail: string;
  name?: { givenName?: string; familyName?: string; fullName?: string; displayName?: string };
  aliases?: string[];
  suspended?: boolean;
  archived?: boolean;
  isMailboxSetup?: boolean;
  isAdmin?: boolean;
  isDelegatedAdmin?: boolean;
  orgUnitPath?: string;
  deletionTime?: string;
  thumbnailPhotoUrl?: string;
  organizations?: Array<Record<string, unknown>>;
  phones?: Array<{ value?: string; type?: string; customType?: string; primary?: boolean }>;
  addresses?: Array<Record<string, unknown>>;
  relations?: Array<{ value?: string; type?: string; customType?: string }>;
  externalIds?: Array<{ value?: string; type?: string; customType?: string }>;
  websites?: Array<{ value?: string; type?: string; primary?: boolean }>;
  locations?: Array<Record<string, unknown>>;
  customSchemas?: Record<string, Record<string, unknown>>;
}

const ORG_PARTS = ['title', 'department', 'costCenter', 'location', 'description', 'name'];
const ADDRESS_PARTS = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'countryCode', 'poBox'];
const LOCATION_PARTS = ['area', 'buildingId', 'floorName', 'floorSection', 'deskCode'];

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map((x) => text(typeof x === 'object' && x && 'value' in x ? (x as { value: unknown }).value : x)).filter(Boolean).join(', ');
  return String(v).trim();
}

function primaryFirst<T extends { primary?: unknown }>(list: T[] | undefined): T[] {
  if (!list) return [];
  return [...list].sort((a, b) => Number(Boolean(b.primary)) - Number(Boolean(a.primary)));
}

function typeOf(x: { type?: string; customType?: string }): string {
  return x.type === 'custom' && x.customType ? `custom:${x.customType}` : x.type || 'other';
}

/** Every attribute the user has a value for. The first (primary) entry of a typed list wins per type. */
export function flattenUser(u: DirectoryUserRecord): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (k: string, v: unknown) => {
    const s = text(v);
    if (s && !(k in out)) out[k] = s;
  };
  put('primaryEmail', u.primaryEmail);
  put('aliases', (u.aliases ?? []).join(', '));
  put('name.givenName', u.name?.givenName);
  put('name.familyName', u.name?.familyName);
  put('name.fullName', u.name?.fullName);
  put('name.displayName', u.name?.displayName);
  put('orgUnitPath', u.orgUnitPath);
  put('thumbnailPhotoUrl', u.thumbnailPhotoUrl);
  const org = primaryFirst(u.organizations as Array<{ primary?: unknown }>)[0] as Record<string, unknown> | undefined;
  if (org) for (const p of ORG_PARTS) put(`organizations.${p}`, org[p]);
  for (const ph of primaryFirst(u.phones)) put(`phones.${typeOf(ph)}`, ph.value);
  const addr = primaryFirst(u.addresses as Array<{ primary?: unknown }>)[0] as Record<string, unknown> | undefined;
  if (addr) for (const p of ADDRESS_PARTS) put(`addresses.${p}`, addr[p]);
  for (const r of u.relations ?? []) put(`relations.${typeOf(r)}`, r.value);
  for (const x of u.externalIds ?? []) put(`externalIds.${typeOf(x)}`, x.value);
  for (const w of primaryFirst(u.websites)) put(`websites.${typeOf(w)}`, w.value);
  const loc = (u.locations ?? [])[0];
  if (loc) for (const p of LOCATION_PARTS) put(`locations.${p}`, loc[p]);
  for (const [schema, fields] of Object.entries(u.customSchemas ?? {})) {
    for (const [field, value] of Object.entries(fields ?? {})) put(`customSchemas.${schema}.${field}`, value);
  }
  return out;
}

/** A custom schema as Schemas.list returns it (admin/directory/reference/rest/v1/schemas). */
export interface SchemaInfo {
  schemaName: string;
  displayName?: string;
  fields: Array<{ fieldName: string; fieldType: string; displayName?: string; multiValued?: boolean }>;
}

export interface AttributeInfo {
  key: string;
  label: string;
  /** Users in the sample with a value. */
  count: number;
  /** Up to three distinct values from real users. */
  samples: string[];
  /** The custom schema field type, for `customSchemas.*` attributes (INT64, DATE, …). */
  schemaType?: string;
}

/** Plain names for the attributes admins meet most; everything else is named by attributeLabel's rules. */
const LABELS: Record<string, string> = {
  primaryEmail: 'Primary email',
  aliases: 'Other email addresses (aliases)',
  'name.givenName': 'First name',
  'name.familyName': 'Last name',
  'name.fullName': 'Full name',
  'name.displayName': 'Display name',
  orgUnitPath: 'Org unit',
  thumbnailPhotoUrl: 'Photo',
  'organizations.title': 'Job title',
  'organizations.department': 'Department',
  'organizations.costCenter': 'Cost centre',
  'organizations.location': 'Office location',
  'organizations.description': 'Employee type',
  'organizations.name': 'Organization name',
  'relations.manager': 'Manager',
  'relations.assistant': 'Assistant',
  'externalIds.organization': 'Employee ID',
  'phones.work': 'Work phone',
  'phones.mobile': 'Mobile phone',
  'phones.work_mobile': 'Work mobile',
  'phones.work_fax': 'Work fax',
  'phones.home': 'Home phone',
  'phones.main': 'Main phone',
  'phones.other': 'Other phone',
  'addresses.formatted': 'Address › Full address',
  'addresses.streetAddress': 'Address › Street',
  'addresses.locality': 'Address › City',
  'addresses.region': 'Address › Region',
  'addresses.postalCode': 'Address › Postal code',
  'addresses.country': 'Address › Country',
  'addresses.countryCode': 'Address › Country code',
  'addresses.poBox': 'Address › PO box',
  'websites.work': 'Website',
  'websites.profile': 'Profile link',
  'websites.home_page': 'Home page',
  'websites.blog': 'Blog',
};

/** `StartDate`, `startDate`, `start_date` → "Start date"; acronyms stay (`HR`, `costCodeID` → "Cost code ID"). */
export function plainWords(name: string): string {
  const words = name
    .replace(/^custom:/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => (/^[A-Z0-9]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
  return words ? words[0].toUpperCase() + words.slice(1) : name;
}

/**
 * What an admin calls an attribute: "Work phone", "Address › City", "Employment › Start date" (a custom
 * schema's display names when it has them), never the API's `customSchemas.Employment.StartDate`.
 */
export function attributeLabel(key: string, schemas: SchemaInfo[] = []): string {
  if (LABELS[key]) return LABELS[key];
  const [group, ...rest] = key.split('.');
  const tail = rest.join('.');
  if (group === 'customSchemas') {
    const [schema, field] = [rest[0], rest.slice(1).join('.')];
    const s = schemas.find((x) => x.schemaName === schema);
    const f = s?.fields.find((x) => x.fieldName === field);
    return `${s?.displayName || plainWords(schema)} › ${f?.displayName || plainWords(field)}`;
  }
  const groupLabel: Record<string, string> = {
    phones: 'Phone',
    addresses: 'Address',
    relations: 'Relation',
    externalIds: 'External ID',
    websites: 'Website',
    locations: 'Desk',
    organizations: 'Organization',
  };
  return `${groupLabel[group] ?? plainWords(group)} › ${tail.startsWith('custom:') ? tail.slice(7) : plainWords(tail)}`;
}

/** Where an attribute sits on the mapping card. */
export type AttributeGroup = 'person' | 'work' | 'contact' | 'custom';

export const ATTRIBUTE_GROUPS: ReadonlyArray<{ group: AttributeGroup; label: string }> = [
  { group: 'person', label: 'Person' },
  { group: 'work', label: 'Work' },
  { group: 'contact', label: 'Contact' },
  { group: 'custom', label: 'Custom attributes' },
];

export function attributeGroup(key: string): AttributeGroup {
  const group = key.split('.')[0];
  if (group === 'customSchemas') return 'custom';
  if (group === 'name' || key === 'primaryEmail' || key === 'aliases' || key === 'thumbnailPhotoUrl') return 'person';
  if (group === 'phones' || group === 'addresses' || group === 'websites') return 'contact';
  return 'work';
}

/**
 * Every attribute used by at least one sampled user, plus every custom schema field (even unused), with up to
 * three sample values each. Sorted by group, then the usual ones first, then by how many users have it.
 */
export function discoverAttributes(users: DirectoryUserRecord[], schemas: SchemaInfo[]): AttributeInfo[] {
  const found = new Map<string, AttributeInfo>();
  for (const s of schemas) {
    for (const f of s.fields) {
      const key = `customSchemas.${s.schemaName}.${f.fieldName}`;
      found.set(key, { key, label: attributeLabel(key, schemas), count: 0, samples: [], schemaType: f.fieldType });
    }
  }
  for (const u of users) {
    for (const [key, value] of Object.entries(flattenUser(u))) {
      let info = found.get(key);
      if (!info) {
        info = { key, label: attributeLabel(key, schemas), count: 0, samples: [] };
        found.set(key, info);
      }
      info.count++;
      if (info.samples.length < 3 && !info.samples.includes(value)) info.samples.push(value);
    }
  }
  // Grouped as the mapping card shows them (person, work, contact, custom); within a group the usual first.
  const groupRank = (k: string) => ATTRIBUTE_GROUPS.findIndex((g) => g.group === attributeGroup(k));
  const rank = (k: string) => (k === 'primaryEmail' ? 0 : k === 'aliases' ? 1 : k.startsWith('name.') ? 2 : LABELS[k] ? 3 : 4);
  return [...found.values()].sort((a, b) => groupRank(a.key) - groupRank(b.key) || rank(a.key) - rank(b.key) || b.count - a.count || a.key.localeCompare(b.key));
}

/** Directory users.list `fields` parts for the attributes a sync needs (partial responses keep pages small). */
export function fieldsForAttributes(attributeKeys: string[]): string {
  const parts = new Set(['id', 'primaryEmail', 'aliases', 'suspended', 'archived', 'isMailboxSetup', 'orgUnitPath', 'isAdmin', 'isDelegatedAdmin']);
  for (const k of attributeKeys) {
    const group = k.split('.')[0];
    if (group === 'name') parts.add('name');
    else if (group === 'customSchemas') parts.add('customSchemas');
    else if (group !== 'primaryEmail' && group !== 'aliases') parts.add(group);
  }
  return `nextPageToken,users(${[...parts].sort().join(',')})`;
}

/** Custom schema names the mapping reads, for `projection=custom&customFieldMask=…`. */
export function schemasForAttributes(attributeKeys: string[]): string[] {
  const out = new Set<string>();
  for (const k of attributeKeys) if (k.startsWith('customSchemas.')) out.add(k.split('.')[1]);
  return [...out].sort();
}
