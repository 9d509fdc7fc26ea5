/**
 * The employee → approver channel of edit requests (docs/roles.md "How a proposal reaches the approver"): rows in
 * the tenant's own "requests" spreadsheet, which employees who may propose can EDIT (they write their proposals),
 * so every row is untrusted — a coworker can type, alter, copy or delete any of them.
 *
 * A row is [tag, id, sealed, at]: `tag` an opaque keyed hash of the person it concerns, `sealed` a secretbox
 * (XSalsa20-Poly1305: authenticated, core/delegation/secret-box.ts) under a key only Autograph's code derives from
 * the publisher's master secret, the tenant, the PURPOSE and that person's address. Three purposes, three keys:
 * - "edit-proposal": sealed by the proposer's own execution, with the proposer's address taken from Session;
 * - "edit-decision": sealed by an approver's execution (or the intake's refusal) for the employee to read;
 * - "edit-unlocked": the fields each template unlocks, sealed by a Designer's execution.
 * So a row a coworker typed or altered does not open; a proposal copied into the decisions sheet does not open as a
 * decision; a proposal moved under another person's tag does not open with that person's key; and the request id
 * is sealed too, so a genuine row replayed under another id is refused. Pure: keys and nonces are passed in.
 */
import { openSecret, sealSecret } from '../delegation/secret-box';
import { isEditableField, validateValue, type EditRequest, type EditRequestStatus } from './edit-requests';

export type ChannelPurpose = 'edit-proposal' | 'edit-decision' | 'edit-unlocked';

export const CHANNEL_COLUMNS = ['tag', 'id', 'sealed', 'at'] as const;

export interface ChannelRow {
  tag: string;
  id: string;
  sealed: string;
  at: number;
}

interface SealedRequest {
  purpose: ChannelPurpose;
  request: EditRequest;
}

/** Seals `r` for the row `r.id` under `purpose`; `nonce` (24 bytes) must be fresh. */
export function sealRequest(purpose: 'edit-proposal' | 'edit-decision', r: EditRequest, key: Uint8Array, nonce: Uint8Array): string {
  const payload: SealedRequest = { purpose, request: r };
  return sealSecret(JSON.stringify(payload), key, nonce);
}

/**
 * The request a row holds, or null when it does not verify: not sealed under this person's key for `purpose`
 * (typed, altered, another person's, another purpose), a sealed id other than the row's (a replay under a new id),
 * a request for another address, or one that is not a well-formed request.
 */
export function openRequest(purpose: 'edit-proposal' | 'edit-decision', row: Pick<ChannelRow, 'id' | 'sealed'>, key: Uint8Array, email: string): EditRequest | null {
  const plain = openSecret(row.sealed, key);
  if (plain === null) return null;
  let p: Partial<SealedRequest> | null;
  try {
    p = JSON.parse(plain) as Partial<SealedRequest>;
  } catch {
    return null;
  }
  const r = p?.request;
  if (!p || p.purpose !== purpose || !r || typeof r !== 'object') return null;
  if (r.id !== row.id || String(r.email).toLowerCase() !== email.toLowerCase()) return null;
  if (!isEditableField(r.field) || typeof r.value !== 'string' || !isStatus(r.status)) return null;
  if (validateValue(r.field, r.value, '')) return null;
  return {
    id: r.id, email: email.toLowerCase(), field: r.field, value: r.value, templateId: String(r.templateId ?? ''), status: r.status,
    proposedAt: Number(r.proposedAt) || 0, decidedBy: String(r.decidedBy ?? ''), decidedAt: Number(r.decidedAt) || 0, reason: String(r.reason ?? ''),
  };
}

function isStatus(s: unknown): s is EditRequestStatus {
  return s === 'pending' || s === 'approved' || s === 'rejected';
}

/** The fields each template unlocks, sealed with when they were saved (a newer seal wins over a replayed older one). */
export interface UnlockedSeal {
  unlocked: Record<string, string[]>;
  at: number;
}

export function sealUnlocked(u: UnlockedSeal, key: Uint8Array, nonce: Uint8Array): string {
  return sealSecret(JSON.stringify({ purpose: 'edit-unlocked', ...u }), key, nonce);
}

/** The sealed unlocked fields, or null when the cell was typed or altered (then nothing is offered). */
export function openUnlocked(sealed: string, key: Uint8Array): UnlockedSeal | null {
  const plain = openSecret(sealed, key);
  if (plain === null) return null;
  try {
    const p = JSON.parse(plain) as { purpose?: string; unlocked?: unknown; at?: unknown };
    if (p.purpose !== 'edit-unlocked' || !p.unlocked || typeof p.unlocked !== 'object') return null;
    const unlocked: Record<string, string[]> = {};
    for (const [id, fields] of Object.entries(p.unlocked as Record<string, unknown>)) {
      if (Array.isArray(fields)) unlocked[id] = fields.map(String).filter(isEditableField);
    }
    return { unlocked, at: Number(p.at) || 0 };
  } catch {
    return null;
  }
}

export interface Intake {
  /** Genuine proposals, each id once, in row order. */
  proposals: EditRequest[];
  /** Sheet rows (0-based data rows) that held a genuine proposal, replays included: taken out of the file. */
  takenRows: number[];
  /** Rows that do not open (typed or changed by hand, an unknown tag): ignored, counted, left for the nightly prune. */
  unreadable: number;
  /** Genuine rows whose id was already taken (in this read or the history): nothing new. */
  replayed: EditRequest[];
}

/**
 * Sorts the proposals sheet's rows. `who` maps a tag to the address it is the tag of (computed for the tenant's
 * employees), `keyOf` gives that address's proposal key, `known` the ids already in the history.
 */
export function readProposals(rows: readonly ChannelRow[], who: ReadonlyMap<string, string>, keyOf: (email: string) => Uint8Array, known: ReadonlySet<string>): Intake {
  const out: Intake = { proposals: [], takenRows: [], unreadable: 0, replayed: [] };
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const email = who.get(row.tag);
    const r = email ? openRequest('edit-proposal', row, keyOf(email), email) : null;
    if (!r || r.status !== 'pending') {
      out.unreadable++;
      return;
    }
    out.takenRows.push(i);
    if (known.has(r.id) || seen.has(r.id)) out.replayed.push(r);
    else out.proposals.push(r);
    seen.add(r.id);
  });
  return out;
}

/** The latest word on each request id among an employee's opened decision rows (acknowledgements and decisions). */
export function latestDecisions(decisions: readonly EditRequest[]): Map<string, EditRequest> {
  const out = new Map<string, EditRequest>();
  const rank = (r: EditRequest) => (r.status === 'pending' ? 0 : 1);
  for (const d of decisions) {
    const had = out.get(d.id);
    if (!had || rank(d) > rank(had) || (rank(d) === rank(had) && d.decidedAt >= had.decidedAt)) out.set(d.id, d);
  }
  return out;
}

export interface OwnView {
  /** What "My signature" shows: the latest request per field, with the decision when there is one. */
  shown: EditRequest[];
  /** Pending requests neither in the file nor answered (a coworker deleted the row): to be posted again. */
  repost: EditRequest[];
  /** What the employee's user properties keep from now on. */
  keep: EditRequest[];
}

/**
 * Merges the employee's own record (their user properties: only they can read or write it) with what the file
 * holds for them: `inFile` the ids of their proposal rows still waiting, `answered` the decision rows' latest word.
 */
export function ownView(own: readonly EditRequest[], inFile: ReadonlySet<string>, answered: ReadonlyMap<string, EditRequest>): OwnView {
  const merged = own.map((r) => {
    const a = answered.get(r.id);
    return a && (r.status === 'pending' || a.status !== 'pending') ? { ...r, status: a.status, decidedBy: a.decidedBy, decidedAt: a.decidedAt, reason: a.reason } : r;
  });
  const latest = new Map<string, EditRequest>();
  for (const r of merged) {
    const had = latest.get(r.field);
    if (!had || had.proposedAt <= r.proposedAt) latest.set(r.field, r);
  }
  const shown = [...latest.values()];
  const repost = shown.filter((r) => r.status === 'pending' && !inFile.has(r.id) && !answered.has(r.id));
  return { shown, repost, keep: shown };
}

/** A user property value holds 9 KB (apps-script/guides/services/quotas); this leaves room to spare. */
export const MAX_OWN_BYTES = 8_000;

/** The requests to keep within `maxBytes` as JSON: decided ones go first, oldest first, then the oldest pending. */
export function trimOwn(requests: readonly EditRequest[], maxBytes = MAX_OWN_BYTES): EditRequest[] {
  const order = [...requests].sort((a, b) => (a.status === 'pending' ? 1 : 0) - (b.status === 'pending' ? 1 : 0) || a.proposedAt - b.proposedAt);
  while (order.length > 0 && JSON.stringify(order).length > maxBytes) order.shift();
  return requests.filter((r) => order.includes(r));
}

/** Decision rows older than this are pruned by the nightly run (the employee's user properties keep the answer). */
export const DECISION_RETENTION_MS = 30 * 86_400_000;

/** Whether the nightly prune drops a row: older than the retention, or a time no genuine row has. */
export function expired(at: number, now: number): boolean {
  return !(at > 0 && at <= now + 86_400_000) || now - at >= DECISION_RETENTION_MS;
}
