/**
 * Each mailbox's signature from before Autograph first wrote it ("original"), kept so that leaving Autograph can
 * put it back. It is taken from a read of Gmail in the run that first writes the address, saved together with the
 * `pendingHash` mark BEFORE the write is sent (apply.ts), and never overwritten afterwards — so a cut-off
 * execution, a retry or a later run cannot replace it with Autograph's own signature.
 *
 * Addresses Autograph wrote before originals were kept have none (`originalAt` 0): leaving puts nothing back for
 * them and says so, rather than guessing from the audit log (whose "before" is '' when Gmail was not read).
 */
import { GMAIL_SIGNATURE_LIMIT, type AddressState } from './types';
import { htmlHash } from './html-policy';

/** An address still needs its original read before Autograph may write it: never written, nothing kept yet. */
export function needsOriginal(state: AddressState | undefined): boolean {
  return !state || (state.sentHash === '' && !state.originalAt);
}

/** `state` with the original kept from what Gmail holds now, unless one is kept already (never overwritten). */
export function keepOriginal(state: AddressState, gmailNow: string | undefined, at: number): AddressState {
  if (state.originalAt || state.sentHash !== '' || gmailNow === undefined) return state;
  return { ...state, original: gmailNow, originalAt: at };
}

/** What leaving Autograph does for one address. */
export type ReleaseChoice = 'restore' | 'leave';

export type RestoreVerdict =
  | { ok: true; html: string; hash: string }
  | { ok: false; reason: string; fix: string };

/**
 * Whether an address's original may be put back. Never one over Gmail's limit (it would be refused: 400
 * "Signature exceeds maximum length of 10000 characters"), never one Autograph did not keep.
 */
export function restoreVerdict(state: AddressState): RestoreVerdict {
  if (!state.originalAt) {
    return {
      ok: false,
      reason: 'no signature from before Autograph was kept for this address (Autograph wrote it before it kept originals)',
      fix: 'the employee sets their signature in Gmail › Settings › Signature',
    };
  }
  const html = state.original ?? '';
  if (html.length > GMAIL_SIGNATURE_LIMIT) {
    return {
      ok: false,
      reason: `the signature from before Autograph is ${html.length.toLocaleString('en-US')} characters; Gmail accepts at most ${GMAIL_SIGNATURE_LIMIT.toLocaleString('en-US')}`,
      fix: 'the employee sets a shorter signature in Gmail › Settings › Signature',
    };
  }
  return { ok: true, html, hash: htmlHash(html) };
}
