/**
 * A directory search in plain words — a name, a department, a job title, an org unit — built into the Admin SDK
 * `users.list` query for the admin, so nobody has to learn the query syntax or its escaping.
 *
 * The syntax, from developers.google.com/workspace/admin/directory/v1/guides/search-users:
 * - clauses are separated by spaces, "The operation is an implicit AND";
 * - `:` "The field contains the whole words within the value, in order" (supported on name, orgDepartment, orgTitle);
 * - strings: "Surround with single quotes ' if the query contains whitespace. Escape single quotes in queries with
 *   \', for example 'Valentine\'s Day'" — every value here is quoted, so spaces never split a clause;
 * - `orgUnitPath=…` (`=` only) "matches all org unit chains under the target".
 * The page says nothing of backslashes or `*` inside a quoted value (`*` ends a prefix search on some fields), so
 * values holding either are refused with a message rather than guessed at.
 */

export interface PlainSearch {
  /** Words of the person's name (first and last name together). */
  name: string;
  /** Words of the department. */
  department: string;
  /** Words of the job title. */
  title: string;
  /** An org unit path; '' or '/' for the whole domain. */
  orgUnit: string;
}

export const EMPTY_SEARCH: PlainSearch = { name: '', department: '', title: '', orgUnit: '' };

/** The plain words and where each goes, in the order a card shows them. */
export const SEARCH_FIELDS: ReadonlyArray<{ key: Exclude<keyof PlainSearch, 'orgUnit'>; label: string; field: string }> = [
  { key: 'name', label: 'Name', field: 'name' },
  { key: 'department', label: 'Department', field: 'orgDepartment' },
  { key: 'title', label: 'Job title', field: 'orgTitle' },
];

/** Longest value a search field takes: a query is part of the request URL. */
export const MAX_SEARCH_VALUE = 100;

export interface SearchProblem {
  /** The plain field the problem is in ('' when it is the search as a whole). */
  field: keyof PlainSearch | '';
  message: string;
}

/** `'Valentine\'s Day'`: quoted so spaces stay in the value, with single quotes escaped as the guide says. */
function quoted(value: string): string {
  return `'${value.replace(/'/g, "\\'")}'`;
}

function clean(v: string): string {
  return v.replace(/\s+/g, ' ').trim();
}

/** The Admin SDK query for a plain search, or every problem with it (each naming its field and the fix). */
export function buildUserQuery(s: PlainSearch): { query: string } | { problems: SearchProblem[] } {
  const problems: SearchProblem[] = [];
  const clauses: string[] = [];
  for (const f of SEARCH_FIELDS) {
    const v = clean(s[f.key]);
    if (!v) continue;
    if (/[\\*]/.test(v)) problems.push({ field: f.key, message: `${f.label}: remove the ${v.includes('\\') ? '\\' : '*'} — a directory search matches whole words, so type them as they are written.` });
    else if (v.length > MAX_SEARCH_VALUE) problems.push({ field: f.key, message: `${f.label}: ${v.length} characters is too long for a search; type at most ${MAX_SEARCH_VALUE}.` });
    else clauses.push(`${f.field}:${quoted(v)}`);
  }
  const ou = clean(s.orgUnit);
  if (ou && ou !== '/') {
    if (!ou.startsWith('/') || /[\\*]/.test(ou)) problems.push({ field: 'orgUnit', message: `Org unit: "${ou}" is not an org unit path; choose one from the list.` });
    else clauses.push(`orgUnitPath=${quoted(ou.replace(/\/+$/, ''))}`);
  }
  if (problems.length) return { problems };
  if (clauses.length === 0) return { problems: [{ field: '', message: 'Type a name, a department or a job title, or choose an org unit, to say whom the search finds.' }] };
  return { query: clauses.join(' ') };
}

/** The search in words, for cards: `name has "Jane" · department has "Sales" · in org unit /EMEA`. */
export function describeSearch(s: PlainSearch): string {
  const parts = SEARCH_FIELDS.filter((f) => clean(s[f.key])).map((f) => `${f.label.toLowerCase()} has "${clean(s[f.key])}"`);
  const ou = clean(s.orgUnit);
  if (ou && ou !== '/') parts.push(`in org unit ${ou} (and the org units under it)`);
  return parts.join(' · ');
}
