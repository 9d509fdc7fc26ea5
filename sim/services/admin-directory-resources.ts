/**
 * Resource shapes of the AdminDirectory fake: which user fields each view shows, and the group, schema and etag
 * forms of admin/directory/reference/rest/v1.
 */
import type { CustomSchema, Group, SimUser } from '../directory/model';

export interface ShapeOptions {
  projection: string;
  mask: string[] | null;
  viewType: string;
  schemas: CustomSchema[];
}

/** Fields of another user any domain member may read (the directory's profile sharing). [unverified: exact list] */
export const PUBLIC_USER_FIELDS = [
  'kind', 'id', 'etag', 'primaryEmail', 'name', 'emails', 'phones', 'addresses', 'organizations', 'relations',
  'externalIds', 'websites', 'locations', 'thumbnailPhotoUrl', 'customSchemas',
];
export const SIM_ONLY_FIELDS = new Set(['deleted', 'roles', 'deletionTime']);
/** Account settings the offline directory does not model, with the values a plain account has. */
export const ADMIN_VIEW_DEFAULTS: Record<string, unknown> = {
  agreedToTerms: true,
  changePasswordAtNextLogin: false,
  ipWhitelisted: false,
  isEnrolledIn2Sv: false,
  isEnforcedIn2Sv: false,
};

/** Users a non-admin sees in the directory: not suspended, not hidden from the Global Address List. [unverified] */
export function isInDirectory(u: SimUser): boolean {
  return !u.suspended && !u.deleted && u.includeInGlobalAddressList !== false;
}

export function groupResource(g: Group): Record<string, unknown> {
  return {
    kind: 'admin#directory#group',
    id: g.id,
    etag: etagOf(hash(g.id), g.members.length),
    email: g.email,
    name: g.name,
    description: g.description ?? '',
    directMembersCount: String(g.members.length),
    adminCreated: true,
    ...(g.aliases?.length ? { aliases: g.aliases } : {}),
  };
}

export function schemaResource(s: CustomSchema): Record<string, unknown> {
  return {
    kind: 'admin#directory#schema',
    schemaId: s.schemaId,
    etag: etagOf(hash(s.schemaId), s.fields.length),
    schemaName: s.schemaName,
    displayName: s.displayName ?? s.schemaName,
    fields: s.fields.map((f) => ({
      kind: 'admin#directory#schema#fieldspec',
      fieldId: `${s.schemaId.slice(0, 8)}-${f.fieldName}`,
      etag: etagOf(hash(f.fieldName), 1),
      fieldType: f.fieldType,
      fieldName: f.fieldName,
      displayName: f.displayName ?? f.fieldName,
      multiValued: Boolean(f.multiValued),
      readAccessType: f.readAccessType ?? 'ALL_DOMAIN_USERS',
    })),
  };
}

export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function etagOf(h: number, n: number): string {
  return `"${h.toString(36)}/${n.toString(36)}"`;
}
