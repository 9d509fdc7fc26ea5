/**
 * Who is running the code, and what the Directory says about their admin rights right now. The check asks the
 * Admin SDK as the user (users.get with viewType=admin_view): a non-admin gets 403 "Not Authorized to access this
 * resource/api" there (admin/directory/v1/guides/authorizing), which is the answer. Nothing is cached across
 * executions: a demoted admin loses admin cards at their next click, and a transient failure is never taken for
 * "not an admin" (it is its own state, and the card asks to retry).
 */
import { classifyDirectoryError } from './directory';
import { errorText } from '../core/error-text';
import { type AdminRights, directoryRights, failedRights } from '../core/admin-rights';

export function currentUserEmail(): string {
  const email = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  if (!email) throw new Error('Autograph could not read your email address: the userinfo.email scope is missing');
  return email.toLowerCase();
}

/** One answer per user per execution (a card call renders several sections that each ask); never kept longer. */
const asked = new Map<string, AdminRights>();

/**
 * Whether `email` administers the tenant `tenantCustomerId` (or, before any setup, their own domain), asked of the
 * Directory. `attempts` > 1 retries transient failures (triggers have minutes; card calls have 30 s).
 */
export function adminRights(email: string, tenantCustomerId: string | null, attempts = 1): AdminRights {
  const key = `${email}|${tenantCustomerId ?? ''}`;
  const memo = asked.get(key);
  if (memo) return memo;
  let rights: AdminRights = failedRights('transient', 'the Directory was not asked');
  for (let i = 1; i <= attempts; i++) {
    try {
      const u = AdminDirectory!.Users!.get(email, { viewType: 'admin_view', projection: 'basic' });
      rights = directoryRights(u as { isAdmin?: boolean; isDelegatedAdmin?: boolean; customerId?: string }, tenantCustomerId);
      break;
    } catch (err) {
      rights = failedRights(rightsFailure(err), errorText(err));
      if (rights.state !== 'unknown' || rights.failure !== 'transient') break;
      if (i < attempts) Utilities.sleep(1_000 * 2 ** (i - 1));
    }
  }
  // A transient answer is not remembered even within the execution: a later section may get a real one.
  if (rights.state !== 'unknown' || rights.failure !== 'transient') asked.set(key, rights);
  return rights;
}

/** What a failed users.get means for the rights check. */
function rightsFailure(err: unknown): 'notAdmin' | 'transient' | 'apiDisabled' | 'other' {
  const e = err as { message?: string; details?: { errors?: Array<{ reason?: string }> } };
  const text = `${String(e?.message ?? err)} ${e?.details?.errors?.[0]?.reason ?? ''}`;
  const kind = classifyDirectoryError(err);
  // apps-script/guides/services/advanced: a call to an API not enabled in the Cloud project fails with 403
  // accessNotConfigured / SERVICE_DISABLED — not an answer about the user.
  if (kind === 'apiDisabled') return 'apiDisabled';
  if (kind === 'retry') return 'transient';
  // Only the definite answer counts: other 403s (missing scopes, policies) say nothing about the user's role.
  if (kind === 'notAdmin' && /not authori[sz]ed/i.test(text)) return 'notAdmin';
  return 'other';
}
