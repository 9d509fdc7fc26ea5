/**
 * The tenant's edit requests file: the channel between employees and approvers (core/signatures/
 * edit-request-channel.ts says how each row is sealed). One spreadsheet per tenant in the Drive of the Designer who
 * first unlocked a field, never in the add-on's script properties (one 500 KB store for every customer,
 * adapters/store/registry.ts): the registry holds only its id while some template unlocks a field.
 *
 * Who can do what: employees who may propose (their template unlocks a field) and the store's editors are EDITORS
 * (an employee's own execution appends their proposal: addViewers would not let it write). Everything in it is
 * sealed: an editor who opens it sees opaque tags and ciphertext, can delete rows (the proposer's user properties
 * keep their pending requests and post them again) and can type rows (they do not open: counted and ignored).
 * Sheets: `proposals` (employees → approvers), `decisions` (approvers → employees: an acknowledgement when a
 * proposal is taken, then approved/rejected with the reason), `unlocked` (one sealed cell: the fields each template
 * unlocks, what an employee's execution offers; the queue checks against the store's own copy, not this one).
 */
import { toHex } from '../core/delegation/bytes';
import {
  CHANNEL_COLUMNS, expired, openRequest, openUnlocked, sealRequest, sealUnlocked, type ChannelPurpose, type ChannelRow, type UnlockedSeal,
} from '../core/signatures/edit-request-channel';
import type { EditRequest } from '../core/signatures/edit-requests';
import { keyedHmac, nonce } from './service-account/key-store';
import { SheetTable } from './store/sheet-table';
import { createSharedFile, openSharedFile } from './store/shared-file';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PROPOSALS_SHEET = 'proposals';
export const DECISIONS_SHEET = 'decisions';
export const UNLOCKED_SHEET = 'unlocked';
const UNLOCKED_COLUMNS = ['sealed', 'at'];

/** The key `email`'s rows are sealed under for `purpose`: only code holding the master secret (ours) derives it. */
export function channelKey(customerId: string, purpose: ChannelPurpose, email: string): Uint8Array {
  return keyedHmac(customerId, purpose, `secretbox|${email.toLowerCase()}`);
}

/** The opaque tag `email`'s rows carry for `purpose` (a keyed hash: an editor cannot tell whose row it is). */
export function channelTag(customerId: string, purpose: ChannelPurpose, email: string): string {
  return toHex(keyedHmac(customerId, purpose, `owner|${email.toLowerCase()}`).slice(0, 12));
}

export function createRequestsFile(domain: string, admins: string[], me: string): Spreadsheet {
  return createSharedFile(
    `Autograph edit requests — ${domain}`,
    [{ name: PROPOSALS_SHEET, columns: CHANNEL_COLUMNS }, { name: DECISIONS_SHEET, columns: CHANNEL_COLUMNS }, { name: UNLOCKED_SHEET, columns: UNLOCKED_COLUMNS }],
    admins, me,
  );
}

/** The file, or null when this user cannot open it (not shared with them yet) or it is gone. */
export function openRequestsFile(id: string): Spreadsheet | null {
  return openSharedFile(id);
}

export function readChannelRows(ss: Spreadsheet, sheet: string): ChannelRow[] {
  const d = new SheetTable(ss, sheet).read();
  const at = (name: string) => d.header.indexOf(name);
  const [t, i, s, a] = CHANNEL_COLUMNS.map(at);
  return d.rows.map((r) => ({ tag: String(r[t] ?? ''), id: String(r[i] ?? ''), sealed: String(r[s] ?? ''), at: Number(r[a]) || 0 }));
}

function appendRows(ss: Spreadsheet, sheet: string, rows: ChannelRow[]): void {
  if (rows.length) new SheetTable(ss, sheet).append([...CHANNEL_COLUMNS], rows.map((r) => [r.tag, r.id, r.sealed, r.at]));
}

/** Posts the running user's proposal (they are `r.email`: the caller took it from Session). */
export function postProposal(ss: Spreadsheet, customerId: string, r: EditRequest, now: number): void {
  const sealed = sealRequest('edit-proposal', r, channelKey(customerId, 'edit-proposal', r.email), nonce());
  appendRows(ss, PROPOSALS_SHEET, [{ tag: channelTag(customerId, 'edit-proposal', r.email), id: r.id, sealed, at: now }]);
}

/** Writes answers for their employees: an acknowledgement (still pending) or a decision. */
export function postDecisions(ss: Spreadsheet, customerId: string, answers: EditRequest[], now: number): void {
  appendRows(ss, DECISIONS_SHEET, answers.map((r) => ({
    tag: channelTag(customerId, 'edit-decision', r.email), id: r.id, sealed: sealRequest('edit-decision', r, channelKey(customerId, 'edit-decision', r.email), nonce()), at: now,
  })));
}

export interface MyRows {
  /** Ids of the user's genuine proposals still in the file. */
  waiting: Set<string>;
  /** The user's genuine answers (acknowledgements and decisions). */
  answers: EditRequest[];
}

/** The running user's rows: only those under their tags that open with their keys. */
export function readMyRows(ss: Spreadsheet, customerId: string, email: string): MyRows {
  const mine = (purpose: 'edit-proposal' | 'edit-decision', sheet: string) => {
    const tag = channelTag(customerId, purpose, email);
    const key = channelKey(customerId, purpose, email);
    return readChannelRows(ss, sheet).filter((r) => r.tag === tag).map((r) => openRequest(purpose, r, key, email)).filter((r): r is EditRequest => r !== null);
  };
  return { waiting: new Set(mine('edit-proposal', PROPOSALS_SHEET).filter((r) => r.status === 'pending').map((r) => r.id)), answers: mine('edit-decision', DECISIONS_SHEET) };
}

/**
 * Deletes proposal rows taken by an approver: only rows still exactly as read (a row a coworker or a prune moved
 * meanwhile is left; it is taken again, by id, next time).
 */
export function removeProposalRows(ss: Spreadsheet, taken: ReadonlyArray<Pick<ChannelRow, 'id' | 'sealed'>>): number {
  const want = new Set(taken.map((r) => `${r.id}|${r.sealed}`));
  const now = readChannelRows(ss, PROPOSALS_SHEET);
  const at = now.map((r, i) => (want.has(`${r.id}|${r.sealed}`) ? i : -1)).filter((i) => i >= 0);
  new SheetTable(ss, PROPOSALS_SHEET).deleteRows(at);
  return at.length;
}

/** The nightly prune: decision rows past the retention, and rows of either sheet with a time no genuine row has. */
export function pruneRequestsFile(ss: Spreadsheet, now: number): number {
  let n = 0;
  for (const sheet of [DECISIONS_SHEET, PROPOSALS_SHEET]) {
    const rows = readChannelRows(ss, sheet);
    // A proposal waits however long approvers take; only a row with an impossible time goes.
    const drop = rows.map((r, i) => ((sheet === DECISIONS_SHEET ? expired(r.at, now) : !(r.at > 0 && r.at <= now + 86_400_000)) ? i : -1)).filter((i) => i >= 0);
    new SheetTable(ss, sheet).deleteRows(drop);
    n += drop.length;
  }
  return n;
}

// ---- The unlocked fields (sealed under the admins' purpose) ---------------------------------------------------------

function unlockedKey(customerId: string): Uint8Array {
  return keyedHmac(customerId, 'edit-unlocked', 'secretbox');
}

/** A Designer's execution writes what employees' executions offer. */
export function writeUnlockedCopy(ss: Spreadsheet, customerId: string, u: UnlockedSeal): void {
  new SheetTable(ss, UNLOCKED_SHEET).replaceAll(UNLOCKED_COLUMNS, [[sealUnlocked(u, unlockedKey(customerId), nonce()), u.at]]);
}

/** The newest genuine copy of the unlocked fields ({} when none opens: a typed row unlocks nothing). */
export function readUnlockedCopy(ss: Spreadsheet, customerId: string): Record<string, string[]> {
  const d = new SheetTable(ss, UNLOCKED_SHEET).read();
  const key = unlockedKey(customerId);
  let best: UnlockedSeal | null = null;
  for (const r of d.rows) {
    const u = openUnlocked(String(r[0] ?? ''), key);
    if (u && (!best || u.at > best.at)) best = u;
  }
  return best?.unlocked ?? {};
}
