/**
 * Reads the Workspace directory through the Admin SDK Directory advanced service, as the running admin.
 * Pages of 500 users with only the fields a sync needs (partial responses), retries with exponential backoff
 * on rate limits and server errors, and a typed error when the runner is not (or no longer) an admin.
 */
import type { DirectoryUserRecord, SchemaInfo } from '../core/directory/attributes';
import { backoffDelayMs, type BackoffPolicy } from '../core/delegation/backoff';
import { errorText } from '../core/error-text';
import { type DisabledApi, disabledApiOf, enableApiFix } from '../core/api-enablement';

// admin/directory/reference/rest/v1/users/list: maxResults 1..500 (default 100).
export const USERS_PAGE_SIZE = 500;
// admin/directory/reference/rest/v1/members/list: maxResults up to 200.
const MEMBERS_PAGE_SIZE = 200;
const MAX_ATTEMPTS = 6;
/** admin/directory/v1/limits: exponential backoff from 1 s with up to 250 ms of jitter; five waits never reach the cap. */
const DIRECTORY_BACKOFF: BackoffPolicy = { maxRetries: MAX_ATTEMPTS - 1, baseMs: 1_000, maxBackoffMs: 64_000, maxJitterMs: 250 };

export interface UsersPage {
  users: DirectoryUserRecord[];
  nextPageToken: string;
}

export interface UsersPageRequest {
  pageToken?: string;
  /** Partial-response `fields` (see `fieldsForAttributes`). */
  fields?: string;
  /** Custom schemas to include (`projection=custom&customFieldMask=…`); none means `projection=basic`. */
  schemas?: string[];
  query?: string;
  maxResults?: number;
  /** `projection=full`: every field and every custom schema (field discovery). */
  full?: boolean;
}

/** What the rest of Autograph needs from the directory; tests can hand in their own. */
export interface DirectoryPort {
  listUsersPage(req: UsersPageRequest): UsersPage;
  /** One user by email or id; `full` includes every custom schema. */
  getUser(userKey: string, full?: boolean): DirectoryUserRecord & { customerId?: string };
  listSchemas(): SchemaInfo[];
  listOrgUnits(): Array<{ orgUnitPath: string; name: string }>;
  listGroups(): Array<{ email: string; name: string }>;
  /** Ids of the users in a group, nested groups included. */
  groupMemberIds(groupEmail: string): string[];
  /** Ids of the users a directory search returns. */
  searchUserIds(query: string): string[];
  listAdminEmails(): string[];
  /** Directory requests made so far (retries included). */
  readonly calls: number;
}

/** The runner is not an admin (any more): Directory answers 403 "Not Authorized to access this resource/api". */
export class NotAdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAdminError';
  }
}

/**
 * The add-on's Cloud project has not enabled the Admin SDK API: no retry helps until someone enables it. `fix`
 * names the API, the project and the console page (core/api-enablement.ts).
 */
export class ApiNotEnabledError extends Error {
  readonly fix: string;
  constructor(
    readonly operation: string,
    readonly api: DisabledApi,
  ) {
    super(`The Directory could not be read (${operation}): the ${api.title} is not enabled in Autograph's Cloud project${api.project ? ` ${api.project}` : ''}`);
    this.name = 'ApiNotEnabledError';
    this.fix = `${enableApiFix(api)} Whoever publishes Autograph owns that project.`;
  }
}

/** The directory kept failing after every retry. */
export class DirectoryUnavailableError extends Error {
  constructor(
    readonly operation: string,
    message: string,
  ) {
    super(message);
    this.name = 'DirectoryUnavailableError';
  }
}

type ErrorKind = 'retry' | 'notAdmin' | 'notFound' | 'apiDisabled' | 'fatal';

/** Classifies an advanced-service error (GoogleJsonResponseException: "API call to … failed with error: …"). */
export function classifyDirectoryError(err: unknown): ErrorKind {
  const e = err as { message?: string; details?: { code?: number; errors?: Array<{ reason?: string }> } };
  const msg = String(e?.message ?? err);
  const code = e?.details?.code;
  const reason = e?.details?.errors?.[0]?.reason ?? '';
  // apps-script/guides/services/advanced: a disabled API answers 403 too; it says nothing about the user's role.
  if (disabledApiOf(err)) return 'apiDisabled';
  // admin/directory/v1/limits: 403 userRateLimitExceeded / quotaExceeded, 429, and 5xx are retried with backoff.
  if (/rate ?limit|quotaExceeded|quota exceeded|too many requests|backendError|backend error|internal error|service unavailable|unavailable|timed out|\b(429|500|502|503|504)\b/i.test(`${msg} ${reason}`)) {
    return 'retry';
  }
  if (code === 429 || (code !== undefined && code >= 500)) return 'retry';
  if (/not authori[sz]ed|forbidden|insufficient permission|access denied|\b403\b/i.test(msg) || code === 403) return 'notAdmin';
  if (/not ?found|resource not found|\b404\b/i.test(msg) || code === 404) return 'notFound';
  return 'fatal';
}

export class AdminDirectoryPort implements DirectoryPort {
  private count = 0;

  constructor(
    private readonly customer = 'my_customer',
    private readonly sleep: (ms: number) => void = (ms) => Utilities.sleep(ms),
  ) {}

  get calls(): number {
    return this.count;
  }

  private service(): GoogleAppsScript.AdminDirectory {
    if (typeof AdminDirectory === 'undefined') {
      throw new Error('The Admin SDK Directory service is not enabled for Autograph (manifest dependencies: AdminDirectory).');
    }
    return AdminDirectory;
  }

  /** One directory request with retries; the `operation` names it in errors. */
  private call<T>(operation: string, fn: () => T): T {
    for (let attempt = 1; ; attempt++) {
      this.count++;
      try {
        return fn();
      } catch (err) {
        const kind = classifyDirectoryError(err);
        const msg = errorText(err);
        if (kind === 'apiDisabled') throw new ApiNotEnabledError(operation, disabledApiOf(err)!);
        if (kind === 'notAdmin') {
          throw new NotAdminError(`The Directory refused ${operation}: ${msg}. Only a Workspace administrator can read the directory.`);
        }
        if (kind !== 'retry') throw err;
        if (attempt >= MAX_ATTEMPTS) {
          throw new DirectoryUnavailableError(
            operation,
            `The Directory kept failing for ${operation} after ${MAX_ATTEMPTS} attempts (${msg}). The run stopped and resumes from its last page on the next run.`,
          );
        }
        this.sleep(backoffDelayMs(attempt - 1, DIRECTORY_BACKOFF, Math.random));
      }
    }
  }

  listUsersPage(req: UsersPageRequest): UsersPage {
    const schemas = req.schemas ?? [];
    const params: Record<string, unknown> = {
      customer: this.customer,
      maxResults: req.maxResults ?? USERS_PAGE_SIZE,
      orderBy: 'email',
      viewType: 'admin_view',
      projection: req.full ? 'full' : schemas.length > 0 ? 'custom' : 'basic',
    };
    if (!req.full && schemas.length > 0) params.customFieldMask = schemas.join(',');
    if (req.fields) params.fields = req.fields;
    if (req.pageToken) params.pageToken = req.pageToken;
    if (req.query) params.query = req.query;
    const res = this.call('users.list', () => this.service().Users!.list(params));
    return {
      users: ((res.users ?? []) as unknown as DirectoryUserRecord[]),
      nextPageToken: res.nextPageToken ?? '',
    };
  }

  getUser(userKey: string, full = false): DirectoryUserRecord & { customerId?: string } {
    return this.call('users.get', () =>
      this.service().Users!.get(userKey, { viewType: 'admin_view', projection: full ? 'full' : 'basic' }),
    ) as unknown as DirectoryUserRecord & { customerId?: string };
  }

  listSchemas(): SchemaInfo[] {
    const res = this.call('schemas.list', () => this.service().Schemas!.list(this.customer));
    return ((res.schemas ?? []) as unknown as SchemaInfo[]).map((s) => ({
      schemaName: s.schemaName,
      displayName: s.displayName,
      fields: (s.fields ?? []).map((f) => ({ fieldName: f.fieldName, fieldType: f.fieldType, displayName: f.displayName, multiValued: f.multiValued })),
    }));
  }

  listOrgUnits(): Array<{ orgUnitPath: string; name: string }> {
    const res = this.call('orgunits.list', () => this.service().Orgunits!.list(this.customer, { type: 'all' }));
    return (res.organizationUnits ?? []).map((o) => ({ orgUnitPath: String(o.orgUnitPath), name: String(o.name) }));
  }

  listGroups(): Array<{ email: string; name: string }> {
    const out: Array<{ email: string; name: string }> = [];
    let pageToken: string | undefined;
    do {
      const params: Record<string, unknown> = { customer: this.customer, maxResults: 200 };
      if (pageToken) params.pageToken = pageToken;
      const res = this.call('groups.list', () => this.service().Groups!.list(params));
      for (const g of res.groups ?? []) out.push({ email: String(g.email), name: String(g.name ?? g.email) });
      pageToken = res.nextPageToken ?? undefined;
    } while (pageToken);
    return out;
  }

  groupMemberIds(groupEmail: string): string[] {
    const out = new Set<string>();
    const seen = new Set<string>();
    const visit = (group: string): void => {
      if (seen.has(group.toLowerCase())) return;
      seen.add(group.toLowerCase());
      let pageToken: string | undefined;
      do {
        // members/list: nested groups are listed as members of type GROUP; their users count as members too.
        const params: Record<string, unknown> = { maxResults: MEMBERS_PAGE_SIZE, fields: 'nextPageToken,members(id,email,type)' };
        if (pageToken) params.pageToken = pageToken;
        const res = this.call('members.list', () => this.service().Members!.list(group, params));
        for (const m of res.members ?? []) {
          if (m.type === 'USER' && m.id) out.add(String(m.id));
          else if (m.type === 'GROUP' && m.email) visit(String(m.email));
        }
        pageToken = res.nextPageToken ?? undefined;
      } while (pageToken);
    };
    visit(groupEmail);
    return [...out];
  }

  /** Super and delegated admins of the domain (guides/search-users: isAdmin, isDelegatedAdmin), to share the store with. */
  listAdminEmails(): string[] {
    return this.adminEmails(['isAdmin=true', 'isDelegatedAdmin=true']);
  }

  /** The super admins only (`isAdmin=true`: admin/directory/v1/guides/search-users "isAdmin … super admin privileges"). */
  listSuperAdminEmails(): string[] {
    return this.adminEmails(['isAdmin=true']);
  }

  private adminEmails(queries: string[]): string[] {
    const out = new Set<string>();
    for (const query of queries) {
      let pageToken = '';
      do {
        const page = this.listUsersPage({ query, pageToken, fields: 'nextPageToken,users(primaryEmail,suspended)' });
        for (const u of page.users) if (!u.suspended) out.add(String(u.primaryEmail).toLowerCase());
        pageToken = page.nextPageToken;
      } while (pageToken);
    }
    return [...out];
  }

  searchUserIds(query: string): string[] {
    const out: string[] = [];
    let pageToken = '';
    do {
      const page = this.listUsersPage({ query, pageToken, fields: 'nextPageToken,users(id)' });
      for (const u of page.users) out.push(String(u.id));
      pageToken = page.nextPageToken;
    } while (pageToken);
    return out;
  }
}
