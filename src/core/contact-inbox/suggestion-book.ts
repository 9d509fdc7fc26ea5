/**
 * A user's own suggestions, kept in THEIR user properties (the port is `PropertiesService.getUserProperties()`
 * in the add-on): pending suggestions and the senders they saved or dismissed (so nobody is suggested twice).
 * User properties are readable only by that user's executions, so no admin sees them.
 *
 * A property value holds at most 9 KB (apps-script/guides/services/quotas: "Properties value size 9 KB / val"),
 * counted in bytes, not characters: a name in Japanese takes three bytes a character. Google does not say how it
 * counts (one practitioner's measurement suggests a little over 8 KB [unverified]), so each list is kept under
 * VALUE_BUDGET_BYTES of UTF-8 (the limit earlier versions applied to characters), and the oldest goes first:
 * - pending: the oldest suggestions (by received time) are dropped until the list fits;
 * - decided: one short tag per sender (a 53-bit hash of the address, never the address), oldest decision first
 *   out; about 600 senders fit. A sender whose decision was dropped may be suggested again, nothing worse.
 */
import { utf8Length } from '../delegation/bytes';
import { capSuggestions, mergeSuggestions, type ContactSuggestion, type SuggestionStatus } from './suggestion';

export interface PropertyPort {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

const PENDING_KEY = 'contactInbox.pending';
const DECIDED_KEY = 'contactInbox.decided';
/** Where the retired public-key sealing kept the user's secret key; deleted when next suggestions arrive. */
export const RETIRED_SECRET_KEY_PROPERTY = 'contactInbox.secretKey';
/** 700 bytes below Google's documented 9 KB (9,216 bytes). */
export const VALUE_BUDGET_BYTES = 8_500;

type Decision = Exclude<SuggestionStatus, 'pending'>;
const STATUS_CODE: Record<Decision, string> = { saved: 's', dismissed: 'd' };

function parse<T>(raw: string | null, fallback: T): T {
  if (!raw) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback; // a damaged list only loses suggestions, which the next run finds again
  }
}

/** cyrb53: a 53-bit string hash (public domain), base 36 — 11 characters that stand for one sender. */
export function senderTag(email: string): string {
  const s = email.trim().toLowerCase();
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Drops entries from the front (the oldest) until `list` as JSON fits `maxBytes` of UTF-8; measures each once. */
export function fitOldestFirst<T>(list: readonly T[], maxBytes: number): T[] {
  const sizes = list.map((x) => utf8Length(JSON.stringify(x)));
  // "[" + entries joined by "," + "]"
  let total = 2 + sizes.reduce((a, b) => a + b, 0) + Math.max(0, list.length - 1);
  let from = 0;
  while (from < list.length && total > maxBytes) {
    total -= sizes[from] + (from < list.length - 1 ? 1 : 0);
    from++;
  }
  return list.slice(from);
}

export class SuggestionBook {
  constructor(private readonly props: PropertyPort) {}

  pending(): ContactSuggestion[] {
    return parse<ContactSuggestion[]>(this.props.getProperty(PENDING_KEY), []).sort((a, b) => b.receivedAt - a.receivedAt);
  }

  /**
   * Decisions as stored, oldest first: `<s|d><tag>`. The list of earlier versions (an object address → status,
   * ~50 bytes a sender) is read as it was and rewritten in this form on the next decision.
   */
  private decisions(): string[] {
    const raw = parse<unknown>(this.props.getProperty(DECIDED_KEY), []);
    if (Array.isArray(raw)) return raw.filter((x): x is string => typeof x === 'string');
    if (raw && typeof raw === 'object') {
      return Object.entries(raw as Record<string, string>)
        .filter(([, st]) => st === 'saved' || st === 'dismissed')
        .map(([email, st]) => STATUS_CODE[st as Decision] + senderTag(email));
    }
    return [];
  }

  /** What the user decided for `senderEmail`, or null. */
  decisionOf(senderEmail: string): Decision | null {
    const tag = senderTag(senderEmail);
    const hit = this.decisions().find((d) => d.slice(1) === tag);
    return hit ? (hit[0] === 's' ? 'saved' : 'dismissed') : null;
  }

  /** Adds suggestions (from the nightly run or the open message), skipping decided senders and known contacts. */
  add(incoming: ContactSuggestion[], knownContactEmails: ReadonlySet<string> = new Set()): number {
    const decided = new Set(this.decisions().map((d) => d.slice(1)));
    const fresh = incoming.filter((s) => !decided.has(senderTag(s.senderEmail)));
    const before = this.pending();
    const merged = capSuggestions(mergeSuggestions(before, fresh, knownContactEmails), 100, 0);
    this.writePending(merged);
    return merged.length - before.length;
  }

  find(id: string): ContactSuggestion | undefined {
    return this.pending().find((s) => s.id === id);
  }

  /** Records the user's decision for a sender (newest last) and removes its pending suggestion. */
  decide(senderEmail: string, status: Decision): void {
    const email = senderEmail.toLowerCase();
    const tag = senderTag(email);
    const next = [...this.decisions().filter((d) => d.slice(1) !== tag), STATUS_CODE[status] + tag];
    this.props.setProperty(DECIDED_KEY, JSON.stringify(fitOldestFirst(next, VALUE_BUDGET_BYTES)));
    this.writePending(this.pending().filter((s) => s.senderEmail !== email));
  }

  private writePending(list: ContactSuggestion[]): void {
    // Newest first in the list; fitOldestFirst drops from the front, so hand it the oldest first.
    const oldestFirst = list.filter((s) => s.status === 'pending').sort((a, b) => a.receivedAt - b.receivedAt);
    const kept = fitOldestFirst(oldestFirst, VALUE_BUDGET_BYTES).reverse();
    if (kept.length === 0) this.props.deleteProperty(PENDING_KEY);
    else this.props.setProperty(PENDING_KEY, JSON.stringify(kept));
  }
}
