/**
 * Job changes: the sender is already one of the user's contacts, and the signature's title, company or phones
 * differ from what the contact holds. FullContact "will not replace old data"; Autograph shows old → new and
 * replaces it when the user clicks Update (people/api/rest/v1/people/updateContact: "The request replaces the
 * fields named in updatePersonFields", with the contact's etag).
 */
import type { SuggestionFields } from './suggestion';

type Person = GoogleAppsScript.People.Schema.Person;

export interface ContactChange {
  field: 'Job title' | 'Company' | 'Phone';
  old: string;
  new: string;
}

const digits = (s?: string) => (s ?? '').replace(/\D/g, '').slice(-9);

/** What the suggestion would change on `current`; empty when the contact already holds all of it. */
export function contactChanges(current: Person, f: SuggestionFields): ContactChange[] {
  const org = (current.organizations ?? [])[0] ?? {};
  const out: ContactChange[] = [];
  const title = f.jobTitle.trim();
  const company = f.company.trim();
  if (title && title.toLowerCase() !== (org.title ?? '').trim().toLowerCase()) out.push({ field: 'Job title', old: org.title ?? '', new: title });
  if (company && company.toLowerCase() !== (org.name ?? '').trim().toLowerCase()) out.push({ field: 'Company', old: org.name ?? '', new: company });
  const have = new Set((current.phoneNumbers ?? []).map((p) => digits(p.value)));
  for (const p of f.phones) {
    if (!p.value.trim() || have.has(digits(p.value))) continue;
    const sameType = (current.phoneNumbers ?? []).find((q) => (q.type ?? '').toLowerCase() === (p.type === 'fax' ? 'workfax' : p.type));
    out.push({ field: 'Phone', old: sameType?.value ?? '', new: `${p.value} (${p.type})` });
  }
  return out;
}
