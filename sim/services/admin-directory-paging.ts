/**
 * Ordering and paging for the AdminDirectory fake. `users.list` pages by keyset (the last user's sort key and id
 * travel in the opaque page token), so a user added between two pages neither repeats nor shifts a page; the
 * smaller lists (groups, members) page by offset.
 */
import type { DirectoryModel, SimUser } from '../directory/model';

export function sortKey(u: SimUser, orderBy: string | null): string {
  if (orderBy === 'email') return u.primaryEmail.toLowerCase();
  if (orderBy === 'givenName') return u.name.givenName.toLowerCase();
  if (orderBy === 'familyName') return u.name.familyName.toLowerCase();
  return '';
}

/** Sorted user lists per tenant and order, rebuilt only when the directory's revision moves. */
const sortCache = new WeakMap<object, Map<string, { revision: number; users: SimUser[] }>>();

export function sortedUsers(dir: DirectoryModel, customerId: string, orderBy: string | null): SimUser[] {
  let perDir = sortCache.get(dir);
  if (!perDir) sortCache.set(dir, (perDir = new Map()));
  const key = `${customerId}|${orderBy}`;
  const hit = perDir.get(key);
  if (hit && hit.revision === dir.revision) return hit.users;
  const users = dir.usersOf(customerId).map((u) => ({ u, k: sortKey(u, orderBy) }));
  users.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.u.id < b.u.id ? -1 : a.u.id > b.u.id ? 1 : 0));
  const list = users.map((x) => x.u);
  perDir.set(key, { revision: dir.revision, users: list });
  return list;
}

/** Index of the first user after the cursor (key, id) in the page direction: keyset paging survives inserts. */
export function cursorPosition(sorted: SimUser[], orderBy: string | null, k: string, id: string, descending: boolean): number {
  const after = (u: SimUser) => {
    const uk = sortKey(u, orderBy);
    return uk > k || (uk === k && u.id > id);
  };
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(sorted[mid])) hi = mid;
    else lo = mid + 1;
  }
  if (!descending) return lo;
  // Descending: the last user strictly before the cursor.
  let i = lo - 1;
  while (i >= 0 && sortKey(sorted[i], orderBy) === k && sorted[i].id === id) i--;
  return i;
}

export interface Cursor {
  k: string;
  id: string;
  h: number;
  t: number;
}

export function encodeToken(c: Cursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

export function decodeToken(token: string): Cursor | null {
  try {
    const c = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return typeof c?.id === 'string' && typeof c?.h === 'number' ? (c as Cursor) : null;
  } catch {
    return null;
  }
}

export function offsetPage<T>(items: T[], token: unknown, max: number, bad: (t: string) => Error): { page: T[]; next?: string } {
  let start = 0;
  if (token) {
    const m = /^o(\d+)$/.exec(Buffer.from(String(token), 'base64url').toString('utf8'));
    if (!m) throw bad(String(token));
    start = Number(m[1]);
  }
  const page = items.slice(start, start + max);
  const next = start + max < items.length ? Buffer.from(`o${start + max}`, 'utf8').toString('base64url') : undefined;
  return { page, next };
}

