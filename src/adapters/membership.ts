/**
 * The membership gate (core/delegation/membership.ts) backed by the Admin SDK Directory, asked as the user running
 * this execution. `users.get` answers only for users of the caller's own customer: another customer's user is
 * 403 "Not Authorized to access this resource/api" or 404 (admin/directory/v1/guides/manage-users#get_user), and
 * `users.list` with `customer=my_customer` lists only the caller's own account (reference/rest/v1/users/list).
 *
 * Answers live for one execution only (Apps Script starts every execution with fresh globals), so a change in the
 * Directory — a user moved out, an admin demoted — counts from the next execution on, and nothing a tenant can edit
 * (store rows, card parameters, cached lists) ever stands in for the Directory's word.
 */
import { MembershipAnswer, MembershipGate, memberKey } from '../core/delegation/membership';
import { errorText } from '../core/error-text';
import { AdminDirectoryPort, classifyDirectoryError, DirectoryPort, DirectoryUnavailableError, NotAdminError } from './directory';
import { adminRights } from './identity';

/** Past this many unanswered addresses one listing of the whole customer (500 users a page) is cheaper than a get each. */
export const LIST_ALL_FROM = 25;
const LIST_FIELDS = 'nextPageToken,users(primaryEmail,aliases,nonEditableAliases,customerId)';

type Runner = { ok: true } | { ok: false; answer: 'not_member' | 'unverified'; reason: string };
/** Transient failures of the runner's rights check are retried as a trigger's are (adapters/identity.ts). */
const RUNNER_ATTEMPTS = 3;

class DirectoryMembershipGate implements MembershipGate {
  private readonly answers = new Map<string, MembershipAnswer>();
  private listedAll = false;
  unverifiedReason = '';

  constructor(
    readonly customerId: string,
    readonly askedAs: string,
    private readonly port: DirectoryPort,
  ) {}

  check(addresses: readonly string[]): Map<string, MembershipAnswer> {
    const wanted = [...new Set(addresses.map(memberKey))];
    const unknown = wanted.filter((a) => !this.answers.has(a));
    if (unknown.length > 0) this.ask(unknown);
    const out = new Map<string, MembershipAnswer>();
    const refused: string[] = [];
    for (const a of wanted) {
      const answer = this.answers.get(a) ?? 'unverified';
      out.set(a, answer);
      if (answer !== 'member') refused.push(a);
    }
    if (refused.length > 0) {
      console.warn(`[membership ${this.customerId}] not acting as ${refused.length} address(es) the directory did not confirm as users of this customer: ${refused.slice(0, 5).join(', ')}${refused.length > 5 ? ', …' : ''}`);
    }
    return out;
  }

  private ask(unknown: string[]): void {
    const runner = this.checkRunner();
    if (!runner.ok) {
      this.unverifiedReason = runner.reason;
      // Not remembered: a passing outage must not refuse for the rest of the execution.
      if (runner.answer === 'not_member') for (const a of unknown) this.answers.set(a, 'not_member');
      return;
    }
    if (this.listedAll) {
      for (const a of unknown) this.answers.set(a, 'not_member');
      return;
    }
    if (unknown.length >= LIST_ALL_FROM) {
      this.listAll();
      for (const a of unknown) if (!this.answers.has(a)) this.answers.set(a, this.listedAll ? 'not_member' : 'unverified');
      return;
    }
    for (const a of unknown) this.getOne(a);
  }

  /**
   * The running user must be an administrator of THIS customer: then their Directory answers are the tenant's.
   * The same answer the entry points got (adapters/identity.ts, one users.get per execution): asked once.
   */
  private checkRunner(): Runner {
    const rights = adminRights(this.askedAs, this.customerId, RUNNER_ATTEMPTS);
    if (rights.state === 'admin') return { ok: true };
    if (rights.state === 'unknown') return { ok: false, answer: 'unverified', reason: `the directory did not answer: ${rights.detail.slice(0, 160)}` };
    if (rights.otherAccount) return { ok: false, answer: 'not_member', reason: `${this.askedAs} belongs to another Google Workspace account than this Autograph tenant` };
    return { ok: false, answer: 'unverified', reason: `${this.askedAs} is not an administrator` };
  }

  private listAll(): void {
    const found = new Set<string>();
    let pageToken = '';
    try {
      do {
        const page = this.port.listUsersPage({ pageToken, fields: LIST_FIELDS });
        for (const u of page.users) {
          const rec = u as typeof u & { customerId?: string; aliases?: string[]; nonEditableAliases?: string[] };
          if (rec.customerId && rec.customerId !== this.customerId) continue;
          for (const a of [rec.primaryEmail, ...(rec.aliases ?? []), ...(rec.nonEditableAliases ?? [])]) if (a) found.add(memberKey(String(a)));
        }
        pageToken = page.nextPageToken;
      } while (pageToken);
    } catch (err) {
      this.unverifiedReason = `the directory listing failed: ${errorText(err).slice(0, 160)}`;
      return;
    }
    for (const a of found) this.answers.set(a, 'member');
    this.listedAll = true;
  }

  private getOne(address: string): void {
    try {
      const u = this.port.getUser(address) as ReturnType<DirectoryPort['getUser']> & { aliases?: string[]; nonEditableAliases?: string[] };
      if (u.customerId !== this.customerId) {
        this.answers.set(address, 'not_member');
        return;
      }
      this.answers.set(address, 'member');
      for (const a of [u.primaryEmail, ...(u.aliases ?? []), ...(u.nonEditableAliases ?? [])]) if (a) this.answers.set(memberKey(String(a)), 'member');
    } catch (err) {
      // 403 for another customer's user (the runner was just confirmed as this customer's admin), 404 for none.
      if (err instanceof NotAdminError || classifyDirectoryError(err) === 'notFound') this.answers.set(address, 'not_member');
      else this.unverifiedReason = err instanceof DirectoryUnavailableError ? err.message : `the directory did not answer: ${errorText(err).slice(0, 160)}`;
    }
  }
}

const gates = new Map<string, DirectoryMembershipGate>();

function runningUser(): string {
  return (Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || '').toLowerCase();
}

/** The gate for `customerId`, asked as the user running this execution (one per execution and customer). */
export function membershipGate(customerId: string, port: DirectoryPort = new AdminDirectoryPort()): MembershipGate {
  const askedAs = runningUser();
  const key = `${customerId}|${askedAs}`;
  let gate = gates.get(key);
  if (!gate) {
    gate = new DirectoryMembershipGate(customerId, askedAs, port);
    gates.set(key, gate);
  }
  return gate;
}
