/**
 * A user's own suggestions, kept in THEIR user properties (the port is `PropertiesService.getUserProperties()`
 * in the add-on): pending suggestions and the senders they saved or dismissed (so nobody is suggested twice).
 * User properties are readable only by that user's executions, so no admin sees them. A property value holds at most 9 KB (apps-script/guides/services/quotas: "Properties value size"),
 * so each list is trimmed, oldest first, to fit.
 */
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
const MAX_VALUE_BYTES = 8_500;
const MAX_DECIDED = 300;

function parse<T>(raw: string | null, fallback: T): T {
  if (!raw) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback; // a damaged list only loses suggestions, which the next run finds again
  }
}

export class SuggestionBook {
  constructor(private readonly props: PropertyPort) {}

  pending(): ContactSuggestion[] {
    return parse<ContactSuggestion[]>(this.props.getProperty(PENDING_KEY), []).sort((a, b) => b.receivedAt - a.receivedAt);
  }

  /** Sender email → 'saved' | 'dismissed'. */
  decided(): Record<string, SuggestionStatus> {
    return parse<Record<string, SuggestionStatus>>(this.props.getProperty(DECIDED_KEY), {});
  }

  /** Adds suggestions (from the nightly run or the open message), skipping decided senders and known contacts. */
  add(incoming: ContactSuggestion[], knownContactEmails: ReadonlySet<string> = new Set()): number {
    const decided = this.decided();
    const fresh = incoming.filter((s) => !decided[s.senderEmail]);
    const before = this.pending();
    const merged = capSuggestions(mergeSuggestions(before, fresh, knownContactEmails), 100, 0);
    this.writePending(merged);
    return merged.length - before.length;
  }

  find(id: string): ContactSuggestion | undefined {
    return this.pending().find((s) => s.id === id);
  }

  /** Records the user's decision for a sender and removes its pending suggestion. */
  decide(senderEmail: string, status: 'saved' | 'dismissed'): void {
    const email = senderEmail.toLowerCase();
    const decided = this.decided();
    delete decided[email];
    decided[email] = status;
    const entries = Object.entries(decided);
    this.props.setProperty(DECIDED_KEY, JSON.stringify(Object.fromEntries(entries.slice(-MAX_DECIDED))));
    this.writePending(this.pending().filter((s) => s.senderEmail !== email));
  }

  private writePending(list: ContactSuggestion[]): void {
    let kept = list.filter((s) => s.status === 'pending');
    let json = JSON.stringify(kept);
    while (json.length > MAX_VALUE_BYTES && kept.length > 0) {
      kept = kept.slice(0, -1); // oldest last: drop it
      json = JSON.stringify(kept);
    }
    if (kept.length === 0) this.props.deleteProperty(PENDING_KEY);
    else this.props.setProperty(PENDING_KEY, json);
  }
}
