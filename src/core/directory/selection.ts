import { describeSearch, type PlainSearch } from './user-search';

/**
 * Which directory users Autograph imports: all, an org unit (with or without its children), a group, a
 * directory search, or users picked one by one. Existing employees are synced whatever the selection; the
 * selection decides who is imported (at setup, and new users on later syncs unless users were picked).
 * A search keeps the plain words the admin typed (`words`) beside the query Autograph built from them; a search
 * saved before plain words existed has only its query.
 */
export type UserSelection =
  | { kind: 'all' }
  | { kind: 'orgUnit'; path: string; children: boolean }
  | { kind: 'group'; email: string }
  | { kind: 'search'; query: string; words?: PlainSearch }
  | { kind: 'picked'; ids: string[] };

/** Picked ids live in a 9 KB property value; beyond this the admin should choose a group or an org unit. */
export const MAX_PICKED = 300;

/** Whether resolving the selection needs the directory (a group's members, a search's matches). */
export function needsResolution(s: UserSelection): s is { kind: 'group'; email: string } | { kind: 'search'; query: string } {
  return s.kind === 'group' || s.kind === 'search';
}

/**
 * Whether the directory user is selected. `resolved` holds user ids from the directory for group and search
 * selections (members with derived membership; users matching the query).
 */
export function isSelected(
  s: UserSelection,
  user: { id: string; orgUnitPath: string },
  resolved?: ReadonlySet<string>,
): boolean {
  switch (s.kind) {
    case 'all':
      return true;
    case 'orgUnit': {
      const path = normalizeOrgUnitPath(s.path);
      const own = normalizeOrgUnitPath(user.orgUnitPath);
      if (own === path) return true;
      if (!s.children) return false;
      return path === '/' || own.startsWith(path + '/');
    }
    case 'group':
    case 'search':
      return resolved?.has(user.id) ?? false;
    case 'picked':
      return s.ids.includes(user.id);
  }
}

export function normalizeOrgUnitPath(p: string): string {
  const t = (p || '/').trim();
  if (t === '/' || t === '') return '/';
  return ('/' + t.replace(/^\/+/, '')).replace(/\/+$/, '');
}

export function describeSelection(s: UserSelection): string {
  switch (s.kind) {
    case 'all':
      return 'All users';
    case 'orgUnit':
      return `Org unit ${normalizeOrgUnitPath(s.path)}${s.children ? ' and its children' : ' only'}`;
    case 'group':
      return `Members of ${s.email}`;
    case 'search':
      return s.words ? `Users whose ${describeSearch(s.words)}` : `Directory search: ${s.query}`;
    case 'picked':
      return `${s.ids.length} picked user${s.ids.length === 1 ? '' : 's'}`;
  }
}

/** New users matching the selection are imported on each sync, except picked users (a one-off choice). */
export function importsNewUsers(s: UserSelection): boolean {
  return s.kind !== 'picked';
}
