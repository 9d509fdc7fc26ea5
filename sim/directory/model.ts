/**
 * The directory of the offline Workspace: customers (tenants), their domains, users, org units, groups and
 * custom schemas. Users are stored in the Admin SDK Directory `User` resource shape
 * (admin/directory/reference/rest/v1/users), so the AdminDirectory fake can hand them out as they are.
 */

export interface DirectoryName {
  givenName: string;
  familyName: string;
  fullName?: string;
  displayName?: string;
}

export interface DirectoryUser {
  kind: 'admin#directory#user';
  id: string;
  etag?: string;
  primaryEmail: string;
  name: DirectoryName;
  aliases?: string[];
  nonEditableAliases?: string[];
  isAdmin: boolean;
  isDelegatedAdmin: boolean;
  suspended: boolean;
  suspensionReason?: string;
  archived: boolean;
  isMailboxSetup: boolean;
  orgUnitPath: string;
  customerId: string;
  creationTime: string;
  lastLoginTime?: string;
  deletionTime?: string;
  includeInGlobalAddressList?: boolean;
  thumbnailPhotoUrl?: string;
  organizations?: Array<{
    title?: string;
    department?: string;
    costCenter?: string;
    location?: string;
    description?: string;
    name?: string;
    primary?: boolean;
    type?: string;
  }>;
  phones?: Array<{ value: string; type: string; customType?: string; primary?: boolean }>;
  addresses?: Array<{
    type: string;
    formatted?: string;
    streetAddress?: string;
    locality?: string;
    region?: string;
    postalCode?: string;
    country?: string;
    countryCode?: string;
    primary?: boolean;
  }>;
  relations?: Array<{ value: string; type: string; customType?: string }>;
  externalIds?: Array<{ value: string; type: string; customType?: string }>;
  locations?: Array<{ type: string; area?: string; buildingId?: string; floorName?: string; deskCode?: string }>;
  websites?: Array<{ value: string; type: string; primary?: boolean }>;
  customSchemas?: Record<string, Record<string, unknown>>;
}

/** A user as the simulation knows them: the directory record plus what only the platform knows. */
export interface SimUser extends DirectoryUser {
  /** Deleted users stay here (for `showDeleted`) until purged. */
  deleted?: boolean;
  /** Super admin (isAdmin) vs delegated admin is already in the record; role names for display only. */
  roles?: string[];
}

export interface OrgUnit {
  orgUnitPath: string;
  orgUnitId: string;
  name: string;
  parentOrgUnitPath: string;
  description?: string;
}

export interface Group {
  id: string;
  email: string;
  name: string;
  description?: string;
  aliases?: string[];
  /** Member emails (users or nested groups) with their role. */
  members: Array<{ email: string; role: 'OWNER' | 'MANAGER' | 'MEMBER'; type: 'USER' | 'GROUP' }>;
}

export interface SchemaField {
  fieldName: string;
  fieldType: 'STRING' | 'INT64' | 'BOOL' | 'DOUBLE' | 'EMAIL' | 'PHONE' | 'DATE';
  multiValued?: boolean;
  displayName?: string;
  readAccessType?: 'ALL_DOMAIN_USERS' | 'ADMINS_AND_SELF';
}

export interface CustomSchema {
  schemaId: string;
  schemaName: string;
  displayName?: string;
  fields: SchemaField[];
}

export interface Tenant {
  /** The customer id, e.g. `C01b2c3d4`; what `my_customer` resolves to. */
  customerId: string;
  /** Primary domain first. */
  domains: string[];
  organizationName: string;
  /** IANA time zone the domain's admins work in; the add-on's nightly trigger uses it. */
  timeZone: string;
  language: string;
  orgUnits: OrgUnit[];
  groups: Group[];
  schemas: CustomSchema[];
}

/** The directory state for every tenant in one offline Workspace. */
export class DirectoryModel {
  readonly tenants = new Map<string, Tenant>();
  /** Keyed by user id. */
  readonly users = new Map<string, SimUser>();
  private readonly byEmail = new Map<string, string>();
  /** The lowercased emails each user id is indexed under, so re-indexing one user does not scan everyone. */
  private readonly emailsOf = new Map<string, string[]>();
  /**
   * Bumped whenever a user is added or re-indexed. Services that keep derived indexes (sorted user lists) check
   * it; code that edits a user's name or emails in place should call `updateUser(u)` afterwards.
   */
  revision = 0;

  addTenant(t: Tenant): Tenant {
    if (this.tenants.has(t.customerId)) throw new Error(`tenant ${t.customerId} exists already`);
    for (const d of t.domains) {
      if (this.tenantOfDomain(d)) throw new Error(`domain ${d} belongs to another tenant already`);
    }
    this.tenants.set(t.customerId, t);
    return t;
  }

  tenant(customerId: string): Tenant {
    const t = this.tenants.get(customerId);
    if (!t) throw new Error(`no tenant ${customerId}`);
    return t;
  }

  tenantOfDomain(domain: string): Tenant | undefined {
    const d = domain.toLowerCase();
    for (const t of this.tenants.values()) if (t.domains.some((x) => x.toLowerCase() === d)) return t;
    return undefined;
  }

  addUser(u: SimUser): SimUser {
    const emails = [u.primaryEmail, ...(u.aliases ?? [])].map((e) => e.toLowerCase());
    for (const e of emails) {
      const other = this.byEmail.get(e);
      if (other && other !== u.id) throw new Error(`email ${e} is taken by user ${other}`);
    }
    this.users.set(u.id, u);
    for (const e of emails) this.byEmail.set(e, u.id);
    this.emailsOf.set(u.id, emails);
    this.revision++;
    return u;
  }

  /** Re-indexes a user after its emails, aliases or name changed. */
  updateUser(u: SimUser): void {
    for (const e of this.emailsOf.get(u.id) ?? []) if (this.byEmail.get(e) === u.id) this.byEmail.delete(e);
    this.addUser(u);
  }

  /** By primary email or alias, case-insensitively; deleted users are not found. */
  findUser(email: string): SimUser | undefined {
    const id = this.byEmail.get(email.toLowerCase());
    const u = id ? this.users.get(id) : undefined;
    return u && !u.deleted ? u : undefined;
  }

  usersOf(customerId: string): SimUser[] {
    return [...this.users.values()].filter((u) => u.customerId === customerId);
  }

  tenantOf(u: SimUser): Tenant {
    return this.tenant(u.customerId);
  }
}
