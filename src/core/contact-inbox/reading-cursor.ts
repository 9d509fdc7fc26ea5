/**
 * Where a user's reading stands, so a run cut off anywhere (or a Gmail 429/5xx storm) resumes without reading a
 * message twice and without missing one.
 *
 * Gmail lists messages newest first, and `after:` takes epoch seconds (support.google.com/mail/answer/7190,
 * gmail/api/guides/filtering). The cursor keeps a floor (seconds): every message received before it is done; and
 * the ids done at or above it. A run lists `after:floor-1` (one second of overlap: Gmail does not document whether
 * the bound is inclusive), drops the ids already done, reads the rest OLDEST first, and raises the floor to the
 * newest message of the unbroken done prefix. A window holding more mail than one listing reads is narrowed
 * with `before:` until it fits.
 */

export interface ReadingCursor {
  /** Every message received before this second is done. */
  floorSec: number;
  /** Ids done at or above the floor, with their arrival second. */
  done: Record<string, number>;
  /** Seconds of mail one listing covers (0: up to now). Halved when a window held more than a listing reads. */
  spanSec: number;
}

/** Mail already in the mailbox when Contact Inbox is enabled for a user, read on their first run. */
export const INITIAL_LOOKBACK_DAYS = 7;
/** Pages of messages.list per user and window (≤ 500 ids a page: gmail/api/reference/rest/v1/users.messages/list). */
export const MAX_LIST_PAGES = 4;
export const LIST_PAGE_SIZE = 500;
const MIN_SPAN_SEC = 3600;

export function newCursor(enabledAt: number, lookbackDays = INITIAL_LOOKBACK_DAYS): ReadingCursor {
  return { floorSec: Math.floor(enabledAt / 1000) - lookbackDays * 86_400, done: {}, spanSec: 0 };
}

export interface ListWindow {
  afterSec: number;
  /** null: up to now. */
  beforeSec: number | null;
}

export function listWindow(c: ReadingCursor, nowSec: number): ListWindow {
  const before = c.spanSec > 0 && c.floorSec + c.spanSec < nowSec ? c.floorSec + c.spanSec : null;
  return { afterSec: c.floorSec - 1, beforeSec: before };
}

/**
 * The Gmail search for a window: incoming mail only — not sent mail, drafts or chats (spam and trash are not
 * listed unless includeSpamTrash is set).
 */
export function listQuery(w: ListWindow): string {
  return [`after:${w.afterSec}`, w.beforeSec !== null ? `before:${w.beforeSec}` : '', '-in:sent', '-in:drafts', '-in:chats']
    .filter(Boolean)
    .join(' ');
}

/** The window held more than MAX_LIST_PAGES pages: list half of it next time. */
export function narrow(c: ReadingCursor, nowSec: number): ReadingCursor {
  const current = c.spanSec > 0 ? c.spanSec : Math.max(MIN_SPAN_SEC * 2, nowSec - c.floorSec);
  return { ...c, spanSec: Math.max(MIN_SPAN_SEC, Math.floor(current / 2)) };
}

/** The ids of a listing still to read, oldest first (Gmail lists newest first). */
export function toRead(c: ReadingCursor, listedNewestFirst: readonly string[]): string[] {
  return [...listedNewestFirst].reverse().filter((id) => !(id in c.done));
}

/** What happened to one message of this run, in reading order (oldest first). */
export interface ReadOutcome {
  id: string;
  /** Arrival second (internalDate / 1000); null when the message could not be read. */
  sec: number | null;
  /** `done`: read, or gone (404). `failed`: not read this time (retries spent, deadline): read on a later run. */
  state: 'done' | 'failed';
}

/**
 * Moves the cursor after reading `outcomes` (oldest first, a prefix-or-all of the window's unread ids).
 * `complete` says the outcomes cover every unread id the window listed.
 */
export function advance(c: ReadingCursor, outcomes: readonly ReadOutcome[], w: ListWindow, complete: boolean, nowSec: number): ReadingCursor {
  const done = { ...c.done };
  let floor = c.floorSec;
  let broken = false;
  for (const o of outcomes) {
    if (o.state === 'done') {
      done[o.id] = o.sec ?? floor;
      if (!broken && o.sec !== null) floor = Math.max(floor, o.sec);
    } else {
      broken = true;
    }
  }
  let spanSec = c.spanSec;
  if (complete && !broken) {
    if (w.beforeSec !== null) {
      // The whole window is read: the next one starts where it ended (ids near the edge stay in `done`).
      floor = Math.max(floor, w.beforeSec - 1);
      if (w.beforeSec >= nowSec) spanSec = 0;
    } else {
      spanSec = 0;
    }
  }
  const kept: Record<string, number> = {};
  for (const [id, sec] of Object.entries(done)) if (sec >= floor) kept[id] = sec;
  return { floorSec: floor, done: kept, spanSec };
}
