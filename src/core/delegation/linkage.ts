/**
 * A user's linkage status: whether Autograph's service account can act as that user, decided from what Google
 * answered (the token endpoint first, then Gmail). Each verdict carries the reason in words and the fix, written
 * for a Workspace admin. Table: PLATFORM.md "Domain-wide delegation"; codes from RFC 6749 §5.2 and
 * identity/protocols/oauth2/service-account#error-codes.
 */
import { adminConsoleScopeList } from './scopes';
import { redactSecrets } from './redact';
import { disabledApiOfAnswer, enableApiFix } from '../api-enablement';

export type LinkageStatus = 'ok' | 'authentication_error' | 'unauthorized' | 'linkage_error';

/** Why a status is what it is; picks the fix. */
export type LinkageCause =
  | 'none'
  | 'key'
  | 'user'
  | 'clock'
  | 'delegation'
  | 'scope'
  | 'policy'
  /** The tenant's Directory does not list the address as one of its users (core/delegation/membership.ts). */
  | 'membership'
  | 'mailbox'
  | 'quota'
  | 'outage'
  /** The service account's Cloud project has not enabled the Gmail API (core/api-enablement.ts). */
  | 'apiDisabled'
  | 'unknown';

export interface LinkageVerdict {
  status: LinkageStatus;
  cause: LinkageCause;
  /** What went wrong, in words. */
  reason: string;
  /** What the admin does about it. Empty for OK. */
  fix: string;
  /** Google's own answer, e.g. `invalid_grant: Invalid JWT Signature.` (never key material). */
  googleAnswer: string;
}

/** The statuses in plain words, for cards and toasts (the status names stay in the store and the logs). */
export const LINKAGE_LABELS: Record<LinkageStatus, string> = {
  ok: 'Connected',
  authentication_error: 'Google refused the key or the user',
  unauthorized: 'Not authorised in the Admin console',
  linkage_error: 'Can\'t write to Gmail',
};

/** Order the Connection card lists statuses in. */
export const LINKAGE_ORDER: LinkageStatus[] = ['ok', 'authentication_error', 'unauthorized', 'linkage_error'];

/** What fix texts need to name: the client id to authorise and where the key came from. */
export interface FixContext {
  clientId: string;
  clientEmail: string;
  scopes: readonly string[];
  /** `publisher`: Autograph's service account; `customer`: a key the customer uploaded. */
  mode: 'publisher' | 'customer';
}

export function okVerdict(): LinkageVerdict {
  return { status: 'ok', cause: 'none', reason: 'Autograph can act as this user in Gmail.', fix: '', googleAnswer: '' };
}

function delegationFix(ctx: FixContext): string {
  return (
    `In Admin console › Security › API controls › Domain-wide delegation, add client id ${ctx.clientId} ` +
    `(or edit it) with scopes ${adminConsoleScopeList(ctx.scopes)}. Changes can take up to 24 hours to apply; ` +
    'then press Re-check.'
  );
}

function keyFix(ctx: FixContext): string {
  return ctx.mode === 'publisher'
    ? 'Autograph\'s own service account key was refused by Google. This is on the publisher\'s side: contact ' +
        'Autograph support; nothing in your Admin console needs to change.'
    : `In Google Cloud console › IAM & Admin › Service accounts › ${ctx.clientEmail} › Keys, check the key is ` +
        'active (not disabled or deleted) and the service account itself is enabled; if not, create a new JSON key ' +
        'and upload it in Autograph › Connection › Your own key.';
}

const USER_FIX =
  'Check the address in Admin console › Directory › Users: the user may have been renamed, deleted or suspended. ' +
  'Autograph picks up the change at the next directory sync.';

const CLOCK_FIX =
  'Google refused the token because its time window did not match Google\'s clock. This is usually temporary: ' +
  'press Re-check in a few minutes. If it stays, contact Autograph support.';

interface TokenErrorBody {
  error?: string;
  error_description?: string;
}

function parseJson<T>(body: string): T | null {
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === 'object' ? (v as T) : null;
  } catch {
    return null;
  }
}

function verdict(
  status: LinkageStatus,
  cause: LinkageCause,
  reason: string,
  fix: string,
  googleAnswer: string,
): LinkageVerdict {
  return { status, cause, reason, fix, googleAnswer: redactSecrets(googleAnswer).slice(0, 300) };
}

/**
 * Classifies a failed answer of the token endpoint (`POST https://oauth2.googleapis.com/token`). `status` is the
 * HTTP status; `body` Google's JSON `{error, error_description}`. Call only for non-2xx answers that will not
 * change by retrying, or for 5xx/429 once retries are spent.
 */
export function classifyTokenAnswer(status: number, body: string, ctx: FixContext): LinkageVerdict {
  const parsed = parseJson<TokenErrorBody>(body);
  const code = parsed?.error ?? '';
  const description = parsed?.error_description ?? '';
  const answer = code ? (description ? `${code}: ${description}` : code) : `HTTP ${status}`;

  if (status >= 500 || status === 429) {
    return verdict(
      'linkage_error',
      status === 429 ? 'quota' : 'outage',
      `Google's token service kept failing (HTTP ${status}) after several retries.`,
      'Nothing to change on your side: press Re-check later. If it keeps failing, check www.google.com/appsstatus.',
      answer,
    );
  }
  switch (code) {
    case 'unauthorized_client':
    case 'access_denied':
      return verdict(
        'unauthorized',
        'delegation',
        `Your domain has not authorised client id ${ctx.clientId} for every scope Autograph needs.`,
        delegationFix(ctx),
        answer,
      );
    case 'admin_policy_enforced':
      return verdict(
        'unauthorized',
        'policy',
        'An access policy in your domain blocks Autograph\'s service account for this user.',
        `In Admin console › Security › API controls › App access control, mark the app with client id ${ctx.clientId} ` +
          'as Trusted (or allow Gmail for it) for this user\'s organisational unit.',
        answer,
      );
    case 'org_internal':
      return verdict(
        'unauthorized',
        'policy',
        'The service account belongs to a Cloud project limited to users of another organisation.',
        ctx.mode === 'customer'
          ? 'Use a service account from a Cloud project of your own organisation, or set its OAuth consent screen to External.'
          : 'Contact Autograph support: the publisher\'s project is configured for internal use only.',
        answer,
      );
    case 'invalid_client':
    case 'disabled_client':
    case 'deleted_client':
      return verdict(
        'authentication_error',
        'key',
        'Google does not accept the service account: it is disabled or deleted, or its key is not valid.',
        keyFix(ctx),
        answer,
      );
    case 'invalid_request':
      if (/impersonation|"sub"|&quot;sub&quot;/i.test(description)) return userMissing(answer);
      break;
    case 'invalid_grant':
      return classifyInvalidGrant(description, answer, ctx);
    default:
      break;
  }
  return verdict(
    'linkage_error',
    'unknown',
    `Google's token service refused the request (HTTP ${status}).`,
    'Press Re-check. If the answer stays the same, send it to Autograph support.',
    answer,
  );
}

function userMissing(answer: string): LinkageVerdict {
  return verdict(
    'authentication_error',
    'user',
    'Google does not know this user (deleted, renamed or not a user of your domain).',
    USER_FIX,
    answer,
  );
}

function classifyInvalidGrant(description: string, answer: string, ctx: FixContext): LinkageVerdict {
  // Descriptions Google gives for a `sub` it cannot use; GAM lists the same (GAM-team/GAM OAUTH2_TOKEN_ERRORS).
  if (/invalid email or user id|not a valid email|account has been deleted|account.*(suspended|disabled)/i.test(description)) {
    return userMissing(answer);
  }
  if (/invalid jwt signature|no valid verifier|account not found|key.*(disabled|deleted|not found)/i.test(description)) {
    return verdict(
      'authentication_error',
      'key',
      'Google could not verify the token request with the service account\'s key: the key (or the service account) was deleted, disabled or replaced.',
      keyFix(ctx),
      answer,
    );
  }
  if (/short-lived|reasonable timeframe|\biat\b|\bexp\b/i.test(description)) {
    return verdict('authentication_error', 'clock', 'The token request\'s time window did not match Google\'s clock.', CLOCK_FIX, answer);
  }
  return verdict(
    'linkage_error',
    'unknown',
    'Google refused to issue a token for this user.',
    'Press Re-check. If the answer stays the same, send it to Autograph support.',
    answer,
  );
}

interface GoogleApiErrorBody {
  error?: { code?: number; message?: string; status?: string; errors?: Array<{ reason?: string; message?: string }> };
}

/** Google's JSON error envelope (gmail/api/guides/handle-errors): the first reason and the message. */
export function apiErrorOf(body: string): { reason: string; message: string } {
  const e = parseJson<GoogleApiErrorBody>(body)?.error;
  return { reason: e?.errors?.[0]?.reason ?? e?.status ?? '', message: e?.message ?? '' };
}

/**
 * Classifies a Gmail answer obtained with a delegated token. 2xx is OK; retryable failures (429, 5xx, rate-limit
 * 403s) should only reach here once retries are spent.
 */
export function classifyGmailAnswer(status: number, body: string, ctx: FixContext): LinkageVerdict {
  if (status >= 200 && status < 300) return okVerdict();
  const { reason, message } = apiErrorOf(body);
  return classifyGmailFailure(status, reason, message, ctx);
}

/** The same, from a failure already read out of Google's error envelope. */
export function classifyGmailFailure(status: number, reason: string, message: string, ctx: FixContext): LinkageVerdict {
  if (status >= 200 && status < 300) return okVerdict();
  const answer = `${status}${reason ? ` ${reason}` : ''}${message ? `: ${message}` : ''}`;
  if (status === 401) {
    return verdict(
      'authentication_error',
      'key',
      'Gmail refused the access token Google had just issued.',
      keyFix(ctx),
      answer,
    );
  }
  const disabled = disabledApiOfAnswer(status, reason, message);
  if (disabled) {
    // Not the user, the key or the delegation: every user fails alike until the project enables the API.
    return verdict(
      'linkage_error',
      'apiDisabled',
      `The ${disabled.title} is not enabled in the service account's Cloud project${disabled.project ? ` (${disabled.project})` : ''}, so Gmail refuses every call.`,
      ctx.mode === 'publisher'
        ? `This is on the publisher's side: Autograph's own Cloud project must enable the ${disabled.title}. Contact Autograph support (${enableApiFix(disabled)})`
        : `${enableApiFix(disabled)} Use the project of the key you uploaded (${ctx.clientEmail}); then press Re-check.`,
      answer,
    );
  }
  if (status === 403 && /insufficient.*scope|insufficientPermissions|ACCESS_TOKEN_SCOPE_INSUFFICIENT/i.test(`${reason} ${message}`)) {
    return verdict(
      'unauthorized',
      'scope',
      'The token Google issued lacks a scope Gmail needs for this call.',
      delegationFix(ctx),
      answer,
    );
  }
  if (/mail service not enabled/i.test(message) || reason === 'failedPrecondition') {
    return verdict(
      'linkage_error',
      'mailbox',
      'This user has no Gmail mailbox (Gmail is off for them, they have no licence, or they are suspended).',
      'In Admin console › Apps › Google Workspace › Gmail, turn Gmail on for the user\'s organisational unit, or ' +
        'assign them a licence that includes Gmail. Suspended users have no mail service.',
      answer,
    );
  }
  if (status === 429 || status >= 500 || /rateLimitExceeded|userRateLimitExceeded|quotaExceeded/.test(reason)) {
    return verdict(
      'linkage_error',
      status >= 500 ? 'outage' : 'quota',
      `Gmail kept answering HTTP ${status} after several retries.`,
      'Nothing to change on your side: Autograph tries again on its next run. Press Re-check later.',
      answer,
    );
  }
  return verdict(
    'linkage_error',
    'unknown',
    `Gmail refused the call (HTTP ${status}).`,
    'Press Re-check. If the answer stays the same, send it to Autograph support.',
    answer,
  );
}

export interface LinkageCounts {
  ok: number;
  authentication_error: number;
  unauthorized: number;
  linkage_error: number;
}

export function countByStatus(verdicts: Iterable<{ status: LinkageStatus }>): LinkageCounts {
  const counts: LinkageCounts = { ok: 0, authentication_error: 0, unauthorized: 0, linkage_error: 0 };
  for (const v of verdicts) counts[v.status]++;
  return counts;
}
