/**
 * "Save to Contacts": creates the contact, or — when the user already has a contact with that email — adds what
 * the suggestion knows and the contact lacks, instead of making a duplicate. The People API sits behind a port
 * (the card passes `People.People`), so the rule is tested without Apps Script.
 */
import { mergeIntoPerson, personFrom, type SuggestionFields } from './suggestion';
import { contactChanges, type ContactChange } from './contact-changes';

type Person = GoogleAppsScript.People.Schema.Person;

export interface ContactsPort {
  searchContacts(args: { query: string; readMask: string; pageSize?: number }): { results?: Array<{ person?: Person }> };
  createContact(person: Person, args?: { personFields?: string }): Person;
  updateContact(person: Person, resourceName: string, args: { updatePersonFields: string; personFields?: string }): Person;
}

export type SaveOutcome =
  | { kind: 'created'; resourceName: string }
  | { kind: 'updated'; resourceName: string; fields: string[]; changes: ContactChange[] }
  | { kind: 'unchanged'; resourceName: string }
  | { kind: 'invalid'; field: string; message: string };

const READ_MASK = 'names,emailAddresses,phoneNumbers,organizations,urls,addresses,metadata';

export function validateFields(f: SuggestionFields): { field: string; message: string } | null {
  if (!f.email.trim() && !f.fullName.trim()) {
    return { field: 'Email', message: 'A contact needs at least a name or an email. Fill in one of them and save again.' };
  }
  if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) {
    return { field: 'Email', message: `"${f.email}" is not an email address. Correct it (name@example.com) or clear it.` };
  }
  const badOther = (f.otherEmails ?? []).find((e) => e.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e.trim()));
  if (badOther !== undefined) {
    return { field: 'Other email', message: `"${badOther}" is not an email address. Correct it (name@example.com) or clear it.` };
  }
  return null;
}

/** people/v1/contacts#search_the_users_contacts: send a warm-up request with an empty query before searching. */
export function findContactByEmail(port: ContactsPort, email: string): Person | null {
  const wanted = email.trim().toLowerCase();
  if (!wanted) return null;
  port.searchContacts({ query: '', readMask: READ_MASK });
  const found = port.searchContacts({ query: wanted, readMask: READ_MASK, pageSize: 10 }).results ?? [];
  for (const r of found) {
    if ((r.person?.emailAddresses ?? []).some((e) => (e.value ?? '').trim().toLowerCase() === wanted)) return r.person!;
  }
  return null;
}

export function saveContact(port: ContactsPort, fields: SuggestionFields): SaveOutcome {
  const invalid = validateFields(fields);
  if (invalid) return { kind: 'invalid', ...invalid };
  // Any of the suggestion's addresses finds the contact: the user may know this person by their From address
  // while the signature lists another one first.
  let existing: Person | null = null;
  for (const email of [fields.email, ...(fields.otherEmails ?? [])]) {
    existing = findContactByEmail(port, email);
    if (existing) break;
  }
  if (!existing?.resourceName) {
    const created = port.createContact(personFrom(fields), { personFields: 'names,emailAddresses' });
    return { kind: 'created', resourceName: created.resourceName ?? '' };
  }
  const changes = contactChanges(existing, fields);
  const { person, updatePersonFields } = mergeIntoPerson(existing, fields);
  if (updatePersonFields.length === 0) return { kind: 'unchanged', resourceName: existing.resourceName };
  // people/api/rest/v1/people/updateContact: "The server returns a 400 error with reason "failedPrecondition" if
  // person.metadata.sources.etag is different than the contact's etag" — mergeIntoPerson carries the etag read above.
  port.updateContact(person, existing.resourceName, { updatePersonFields: updatePersonFields.join(','), personFields: 'names' });
  return { kind: 'updated', resourceName: existing.resourceName, fields: updatePersonFields, changes };
}
