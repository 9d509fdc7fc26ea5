/**
 * One-shot confirmations for destructive and bulk card actions, kept in the user's cache. A confirmation card's
 * button carries a random id; the action runs only when that id was issued to this same user, for this same
 * action and subject, a few minutes ago, and not used before. A forged or replayed parameter finds nothing.
 *
 * apps-script/reference/cache/cache-service#getUserCache: "Gets the cache instance scoped to the current user and
 * script." — so an id issued to one admin is unknown to every other user. The cache may drop entries early ("You
 * must be prepared to get back null from all reads"): then the admin is asked to confirm again, never the reverse.
 */
const TTL_SECONDS = 600;
const PREFIX = 'confirm:';

/** What a confirmation is for: the route and the thing it acts on (an employee id, "everyone"…). */
export interface ConfirmationSubject {
  route: string;
  subject: string;
}

export function issueConfirmation(what: ConfirmationSubject): string {
  const id = Utilities.getUuid();
  CacheService.getUserCache().put(PREFIX + id, JSON.stringify(what), TTL_SECONDS);
  return id;
}

/** True once for an id issued to this user for exactly `what`; the id is spent either way. */
export function redeemConfirmation(id: string, what: ConfirmationSubject): boolean {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const cache = CacheService.getUserCache();
  const raw = cache.get(PREFIX + id);
  if (raw === null) return false;
  cache.remove(PREFIX + id);
  try {
    const held = JSON.parse(raw) as ConfirmationSubject;
    return held.route === what.route && held.subject === what.subject;
  } catch {
    return false;
  }
}
