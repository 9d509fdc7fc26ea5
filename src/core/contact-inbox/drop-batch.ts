/**
 * One batch of suggestions in the tenant's drop spreadsheet, and how its user tells a genuine batch from a forged
 * one (docs/contact-inbox-feature.md "Storage"). A batch is sealed with `secretbox` (XSalsa20-Poly1305, which
 * authenticates as well as hides) under a key only Autograph's code derives: HMAC of the publisher's master secret,
 * the customer and the user's address. A coworker can run none of our code as someone else and cannot compute that
 * key, so nothing they write opens for another user. The batch id is sealed inside too: a genuine batch copied to
 * another row (a replay under a new id) does not verify either.
 *
 * Which batches the user has taken is remembered in THEIR user properties (the user's execution only reads the
 * drop): ids of batches no longer in the drop are forgotten, and the list stays under a property value's 9 KB
 * (apps-script/guides/services/quotas: "Properties value size").
 */
import { openSecret, sealSecret } from '../delegation/secret-box';
import type { ContactSuggestion } from './suggestion';

interface SealedPayload {
  batch: string;
  suggestions: ContactSuggestion[];
}

export type OpenedBatch =
  | { ok: true; suggestions: ContactSuggestion[] }
  | { ok: false; reason: 'seal' | 'batch' | 'format' };

/** Seals `suggestions` as the batch `batchId` of the user whose key this is; `nonce` (24 bytes) must be fresh. */
export function sealBatch(batchId: string, suggestions: ContactSuggestion[], key: Uint8Array, nonce: Uint8Array): string {
  const payload: SealedPayload = { batch: batchId, suggestions };
  return sealSecret(JSON.stringify(payload), key, nonce);
}

/**
 * The suggestions of the batch in row `rowBatchId`, or why it does not verify: 'seal' (not sealed under this
 * user's key: forged, altered, another user's, or the retired public-key format), 'batch' (a genuine batch moved to
 * another row), 'format' (opens, but is not a list of suggestions).
 */
export function openBatch(sealed: string, key: Uint8Array, rowBatchId: string): OpenedBatch {
  const plain = openSecret(sealed, key);
  if (plain === null) return { ok: false, reason: 'seal' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain);
  } catch {
    return { ok: false, reason: 'format' };
  }
  // Batches sealed before the batch id was sealed with them hold the bare list: still only Autograph could seal
  // them under this key, and they leave the drop within its 30-day retention.
  if (Array.isArray(parsed)) return { ok: true, suggestions: parsed as ContactSuggestion[] };
  const p = parsed as Partial<SealedPayload> | null;
  if (!p || typeof p !== 'object' || !Array.isArray(p.suggestions)) return { ok: false, reason: 'format' };
  if (p.batch !== rowBatchId) return { ok: false, reason: 'batch' };
  return { ok: true, suggestions: p.suggestions };
}

/** A user property value holds 9 KB; this leaves room for the JSON around the ids. */
export const MAX_TAKEN_BYTES = 8_500;

/**
 * The batch ids to remember as taken: those taken before that are still in the drop (the nightly run prunes the
 * rest, so they cannot come back), then `newly`, trimmed oldest first to fit `maxBytes` as JSON. A batch trimmed
 * while still in the drop would be taken again: its suggestions merge into the same senders, so nothing shows twice.
 */
export function rememberTaken(before: readonly string[], inDrop: readonly string[], newly: readonly string[], maxBytes = MAX_TAKEN_BYTES): string[] {
  const present = new Set(inDrop);
  let kept = [...new Set([...before.filter((id) => present.has(id)), ...newly])];
  while (kept.length > 0 && JSON.stringify(kept).length > maxBytes) kept = kept.slice(Math.max(1, Math.ceil(kept.length / 20)));
  return kept;
}
