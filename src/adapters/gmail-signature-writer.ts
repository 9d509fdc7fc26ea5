/**
 * The two ways signatures reach Gmail, both behind the core's `SignatureWriter` port:
 *   - `DelegatedSignatureWriter`: the service account acting as each user, through the delegated Gmail client
 *     (batched, bounded per user and per minute, backed off on 429/5xx);
 *   - `OwnGmailSignatureWriter`: the Gmail advanced service as the user running the add-on (self-service, no
 *     service account). It can only reach the user's own mailbox, and a non-primary alias "can only be updated by
 *     service account clients that have been delegated domain-wide authority" (users.settings.sendAs/patch).
 */
import type { SignatureWrite, SignatureWriter, WriteFailure, WriteFailureKind, WriterResult } from '../core/signatures/apply';
import type { SendAsEntry } from '../core/signatures/plan';
import type { LinkageVerdict } from '../core/delegation/linkage';
import { disabledApiOfAnswer } from '../core/api-enablement';
import { runDelegated, type DelegatedRunStats, type GmailCall, type GmailClientOptions, type GmailResult, type SendAs } from './gmail-client';

/** Classifies a Gmail error answer (gmail/api/guides/handle-errors). */
export function failureOf(status: number, reason: string, message: string): WriteFailure {
  let kind: WriteFailureKind = 'other';
  if (status === 429 || /rateLimitExceeded|userRateLimitExceeded|quotaExceeded|concurrent/i.test(reason + message)) kind = 'rate_limited';
  else if (status === 0 || status >= 500) kind = 'transient';
  else if (status === 404) kind = 'not_found';
  else if (/maximum length/i.test(message)) kind = 'too_long';
  else if (/mail service not enabled/i.test(message) || reason === 'failedPrecondition') kind = 'no_mailbox';
  // A disabled API is not about the user or the delegation: every user fails alike until the project enables it.
  else if (disabledApiOfAnswer(status, reason, message)) kind = 'api_disabled';
  else if (status === 401 || status === 403) kind = 'unauthorized';
  else if (status === 400) kind = 'invalid';
  return { kind, message: `${status}${reason ? ` ${reason}` : ''}: ${message}` };
}

function verdictFailure(v: LinkageVerdict): WriteFailure {
  const kind: WriteFailureKind = v.cause === 'mailbox' ? 'no_mailbox' : v.cause === 'quota' ? 'rate_limited' : v.cause === 'outage' ? 'transient' : v.cause === 'apiDisabled' ? 'api_disabled' : 'unauthorized';
  return { kind, message: v.reason + (v.googleAnswer ? ` (${v.googleAnswer})` : ''), fix: v.fix };
}

function entryOf(s: SendAs): SendAsEntry {
  return { sendAsEmail: (s.sendAsEmail ?? '').toLowerCase(), isPrimary: Boolean(s.isPrimary), signature: s.signature ?? '' };
}

export class DelegatedSignatureWriter implements SignatureWriter {
  /** Totals over every call of this writer (for the run record and the bench). */
  readonly stats: Partial<Record<keyof DelegatedRunStats, number>> = {};

  constructor(private readonly options: () => GmailClientOptions) {}

  listSendAs(users: string[]): Array<WriterResult<SendAsEntry[]>> {
    return this.run(users.map((user): GmailCall => ({ method: 'sendAs.list', user })), (data) => ((data as { sendAs?: SendAs[] }).sendAs ?? []).map(entryOf));
  }

  patchSignatures(writes: SignatureWrite[]): Array<WriterResult<SendAsEntry>> {
    return this.run(
      writes.map((w): GmailCall => ({ method: 'sendAs.patch', user: w.user, sendAsEmail: w.sendAsEmail, body: { signature: w.signature } })),
      (data) => entryOf(data as SendAs),
    );
  }

  private run<T>(calls: GmailCall[], read: (data: unknown) => T): Array<WriterResult<T>> {
    if (calls.length === 0) return [];
    const report = runDelegated(calls, this.options());
    for (const [k, v] of Object.entries(report.stats)) {
      const key = k as keyof DelegatedRunStats;
      this.stats[key] = (this.stats[key] ?? 0) + (v as number);
    }
    const unfinished = new Set(report.unfinished.map((u) => u.toLowerCase()));
    const byUser = new Map(report.outcomes.map((o) => [o.user.toLowerCase(), o]));
    const pending = new Map<string, GmailResult[]>();
    for (const o of report.outcomes) pending.set(o.user.toLowerCase(), [...o.results]);
    return calls.map((call): WriterResult<T> => {
      const user = call.user.toLowerCase();
      if (unfinished.has(user)) return { ok: false, error: { kind: 'deadline', message: 'not finished before the execution’s time ran out' } };
      const outcome = byUser.get(user);
      const list = pending.get(user) ?? [];
      const i = list.findIndex((r) => r.call === call);
      const r = i >= 0 ? list.splice(i, 1)[0] : undefined;
      if (!r) return { ok: false, error: outcome ? verdictFailure(outcome.linkage) : { kind: 'transient', message: 'no answer' } };
      if (r.ok) return { ok: true, value: read(r.data) };
      const failure = failureOf(r.status, r.reason, r.message);
      if ((failure.kind === 'unauthorized' || failure.kind === 'api_disabled') && outcome && outcome.linkage.status !== 'ok') failure.fix = outcome.linkage.fix;
      return { ok: false, error: failure };
    });
  }
}

/** The running user's own Gmail via the advanced service (`Gmail.Users.Settings.SendAs`). */
export class OwnGmailSignatureWriter implements SignatureWriter {
  constructor(private readonly me: string) {}

  listSendAs(users: string[]): Array<WriterResult<SendAsEntry[]>> {
    return users.map((u) =>
      this.guard(u, () => (Gmail!.Users!.Settings!.SendAs!.list('me').sendAs ?? []).map((s) => entryOf(s as SendAs))),
    );
  }

  patchSignatures(writes: SignatureWrite[]): Array<WriterResult<SendAsEntry>> {
    return writes.map((w) =>
      this.guard(w.user, () => entryOf(Gmail!.Users!.Settings!.SendAs!.patch({ signature: w.signature }, 'me', w.sendAsEmail) as SendAs)),
    );
  }

  private guard<T>(user: string, fn: () => T): WriterResult<T> {
    if (user.toLowerCase() !== this.me.toLowerCase()) {
      return { ok: false, error: { kind: 'unauthorized', message: `only ${this.me}'s own Gmail can be written without a service account`, fix: 'connect a service account (Connection card) to write other employees’ signatures' } };
    }
    try {
      return { ok: true, value: fn() };
    } catch (e) {
      const err = e as { message?: string; details?: { code?: number; errors?: Array<{ reason?: string }> } };
      const status = err.details?.code ?? 500;
      return { ok: false, error: failureOf(status, err.details?.errors?.[0]?.reason ?? '', String(err.message ?? e)) };
    }
  }
}
