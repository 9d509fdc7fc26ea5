/**
 * The one rule for every delegated call: Autograph acts as an address (mints a token with it as `sub`, reads its
 * mail, writes its signature, checks its connection, enrols it) only when the tenant's own Directory, asked as the
 * tenant's admin in this execution, says the address is a user of the tenant's customer. One Apps Script project
 * and one publisher service account serve every customer, so this check — not a store row, a card parameter or a
 * cached list — is the wall between customers. The adapter (src/adapters/membership.ts) asks the Directory; the
 * token minter refuses every subject the gate does not answer `member` for, so no caller can bypass it.
 */
import type { FixContext, LinkageVerdict } from './linkage';

/** `member`: the Directory lists the address under this customer; `not_member`: it does not (or refuses to say, as
 * it does for another customer's users); `unverified`: the Directory could not be asked (outage, runner not admin). */
export type MembershipAnswer = 'member' | 'not_member' | 'unverified';

export interface MembershipGate {
  /** The customer whose Directory was asked. */
  readonly customerId: string;
  /** Who asked (the running admin), for the refusal texts and the log. */
  readonly askedAs: string;
  /** One answer per address (lower-cased key); asks the Directory only for addresses not answered in this execution. */
  check(addresses: readonly string[]): Map<string, MembershipAnswer>;
  /** Why the last `unverified` answers were unverified (the Directory's error in words), '' when none. */
  readonly unverifiedReason: string;
}

/** Normalises an address the way the gate keys it (Gmail ignores case). */
export function memberKey(address: string): string {
  return address.trim().toLowerCase();
}

/** The linkage verdict of an address the gate did not answer `member` for. */
export function membershipVerdict(answer: Exclude<MembershipAnswer, 'member'>, address: string, gate: Pick<MembershipGate, 'customerId' | 'askedAs' | 'unverifiedReason'>, _fix?: FixContext): LinkageVerdict {
  if (answer === 'not_member') {
    return {
      status: 'unauthorized',
      cause: 'membership',
      reason: `Autograph refused to act as ${address}: your Google Workspace directory (customer ${gate.customerId}) does not list it as one of your users.`,
      fix: 'Autograph only acts for users of your own Google Workspace account. If the address is yours, check it in Admin console › Directory › Users (renamed, deleted or another organisation); otherwise remove it from Autograph (employee card › Remove).',
      googleAnswer: '',
    };
  }
  return {
    status: 'linkage_error',
    cause: 'outage',
    reason: `Autograph could not confirm with your directory that ${address} is one of your users${gate.unverifiedReason ? ` (${gate.unverifiedReason})` : ''}, so it did not act as them.`,
    fix: `Nothing to do if this was a passing Directory outage: the next run asks again. If it repeats, check that ${gate.askedAs} is still an administrator who may read users (Admin console › Account › Admin roles).`,
    googleAnswer: '',
  };
}
