/**
 * A contact suggestion: the fields extracted from one incoming message's signature, for the user who received
 * it. Only these fields and the message id are kept — never the message body. This file turns an extraction
 * into a suggestion, dedupes suggestions against each other and against the user's contacts, and turns an
 * (edited) suggestion into a People API contact or an update of an existing one.
 */
import type { ContactPhone, Scored } from '../contact-extraction/types';
import { PREFILL_CONFIDENCE } from '../contact-extraction/types';
import type { Extraction } from '../contact-extraction';

export type SuggestionStatus = 'pending' | 'saved' | 'dismissed';

/** The editable fields, as the card shows them. Empty string = not filled. */
export interface SuggestionFields {
  fullName: string;
  jobTitle: string;
  company: string;
  email: string;
  /** Further addresses from the signature (absent on suggestions stored before they were read). */
  otherEmails?: string[];
  phones: ContactPhone[];
  website: string;
  address: string;
  socialLinks: string[];
}

export interface ContactSuggestion {
  /** Stable id: the sender's email (one suggestion per sender per user). */
  id: string;
  messageId: string;
  /** When the message arrived (ms since epoch). */
  receivedAt: number;
  senderEmail: string;
  /** Pre-filled values (confidence ≥ PREFILL_CONFIDENCE). */
  fields: SuggestionFields;
  /** Values the parser found with low confidence: shown as hints, not pre-filled. */
  hints: Partial<Record<keyof SuggestionFields, string>>;
  /** Phones the parser found but could not confirm (labelled, yet not a valid number): offered empty with a hint. */
  uncertainPhones?: ContactPhone[];
  /** Confidence per field (0..1), for the card's labels. */
  confidence: Partial<Record<keyof SuggestionFields, number>>;
  status: SuggestionStatus;
}

type TextField = 'fullName' | 'jobTitle' | 'company' | 'email' | 'website' | 'address';

/** Builds the suggestion for a message's sender, or null when the signature adds nothing to From. */
export function suggestionFrom(extraction: Extraction, messageId: string, receivedAt: number): ContactSuggestion | null {
  const c = extraction.contact;
  if (!c) return null;
  const sender = extraction.sender;
  const fields: SuggestionFields = { fullName: '', jobTitle: '', company: '', email: '', phones: [], website: '', address: '', socialLinks: [] };
  const hints: ContactSuggestion['hints'] = {};
  const confidence: ContactSuggestion['confidence'] = {};
  const put = (key: TextField, v: Scored<string> | undefined) => {
    if (!v) return;
    confidence[key] = v.confidence;
    if (v.confidence >= PREFILL_CONFIDENCE) fields[key] = v.value;
    else hints[key] = v.value;
  };
  put('fullName', c.fullName ?? (sender.displayName ? { value: sender.displayName, confidence: 0.7 } : undefined));
  put('jobTitle', c.jobTitle);
  put('company', c.company);
  put('email', c.email ?? { value: sender.email, confidence: 1 });
  put('website', c.website);
  put('address', c.address);
  const primary = fields.email.toLowerCase();
  const others = (c.otherEmails ?? []).filter((e) => e.confidence >= PREFILL_CONFIDENCE && e.value !== primary).map((e) => e.value);
  if (c.email && c.email.value !== sender.email.toLowerCase() && sender.email && !others.includes(sender.email.toLowerCase())) {
    // The From address is how this person writes in: keep it beside whatever the signature lists.
    others.unshift(sender.email.toLowerCase());
  }
  if (others.length > 0) fields.otherEmails = others.filter((e) => e !== primary);
  fields.phones = c.phones.filter((p) => p.confidence >= PREFILL_CONFIDENCE).map((p) => p.value);
  const lowPhones = c.phones.filter((p) => p.confidence < PREFILL_CONFIDENCE).map((p) => p.value);
  if (lowPhones.length) hints.phones = lowPhones.map((p) => p.value).join(', ');
  if (c.phones.length) confidence.phones = Math.max(...c.phones.map((p) => p.confidence));
  fields.socialLinks = c.socialLinks.map((s) => s.value.url);
  const id = sender.email.toLowerCase();
  const suggestion: ContactSuggestion = { id, messageId, receivedAt, senderEmail: id, fields, hints, confidence, status: 'pending' };
  if (lowPhones.length) suggestion.uncertainPhones = lowPhones;
  return suggestion;
}

/**
 * Adds `incoming` suggestions to `existing`: one per sender, the newest message winning while it is pending;
 * a sender the user dismissed or saved is not suggested again, nor one already in their contacts.
 */
export function mergeSuggestions(
  existing: ContactSuggestion[],
  incoming: ContactSuggestion[],
  knownContactEmails: ReadonlySet<string>,
): ContactSuggestion[] {
  const byId = new Map(existing.map((s) => [s.id, s]));
  for (const s of incoming) {
    if (knownContactEmails.has(s.senderEmail)) continue;
    const old = byId.get(s.id);
    if (old && (old.status !== 'pending' || old.receivedAt >= s.receivedAt)) continue;
    byId.set(s.id, s);
  }
  return [...byId.values()].sort((a, b) => b.receivedAt - a.receivedAt);
}

/** Keeps the newest pending suggestions and the newest decisions, within caps. */
export function capSuggestions(list: ContactSuggestion[], maxPending: number, maxDecided: number): ContactSuggestion[] {
  const pending = list.filter((s) => s.status === 'pending').slice(0, maxPending);
  const decided = list.filter((s) => s.status !== 'pending').slice(0, maxDecided);
  return [...pending, ...decided].sort((a, b) => b.receivedAt - a.receivedAt);
}

type Person = GoogleAppsScript.People.Schema.Person;

// people/api/rest/v1/people#PhoneNumber type: "home", "work", "mobile", "homeFax", "workFax", "other"…
const PHONE_TYPE: Record<ContactPhone['type'], string> = { mobile: 'mobile', work: 'work', home: 'home', fax: 'workFax', other: 'other' };

/** people/api/rest/v1/people#Person for a new contact. */
export function personFrom(f: SuggestionFields): Person {
  const [givenName, ...rest] = f.fullName.trim().split(/\s+/);
  const person: Person = {};
  if (f.fullName.trim()) person.names = [{ givenName, familyName: rest.join(' ') || undefined }];
  const emails = [f.email, ...(f.otherEmails ?? [])].map((e) => e.trim()).filter(Boolean);
  if (emails.length) person.emailAddresses = emails.map((value, i) => ({ value, type: i === 0 ? 'work' : 'other' }));
  if (f.company.trim() || f.jobTitle.trim()) person.organizations = [{ name: f.company.trim() || undefined, title: f.jobTitle.trim() || undefined }];
  if (f.phones.length) person.phoneNumbers = f.phones.map((p) => ({ value: p.value, type: PHONE_TYPE[p.type] }));
  const urls = [f.website, ...f.socialLinks].map((u) => u.trim()).filter(Boolean);
  if (urls.length) person.urls = urls.map((value, i) => ({ value, type: i === 0 && f.website.trim() ? 'work' : 'profile' }));
  if (f.address.trim()) person.addresses = [{ formattedValue: f.address.trim(), type: 'work' }];
  return person;
}

/**
 * What an update sends (people.updateContact with updatePersonFields): what the contact lacks, and a changed job
 * title or company (the user saw old → new on the card and clicked).
 */
export function mergeIntoPerson(current: Person, f: SuggestionFields): { person: Person; updatePersonFields: string[] } {
  const add = personFrom(f);
  const person: Person = { etag: current.etag, metadata: current.metadata };
  const fields: string[] = [];
  const digits = (s?: string) => (s ?? '').replace(/\D/g, '').slice(-9);
  if (add.phoneNumbers) {
    const have = new Set((current.phoneNumbers ?? []).map((p) => digits(p.value)));
    const extra = add.phoneNumbers.filter((p) => !have.has(digits(p.value)));
    if (extra.length) {
      person.phoneNumbers = [...(current.phoneNumbers ?? []), ...extra];
      fields.push('phoneNumbers');
    }
  }
  if (add.emailAddresses) {
    const have = new Set((current.emailAddresses ?? []).map((e) => (e.value ?? '').trim().toLowerCase()));
    const extra = add.emailAddresses.filter((e) => !have.has((e.value ?? '').toLowerCase()));
    if (extra.length) {
      person.emailAddresses = [...(current.emailAddresses ?? []), ...extra];
      fields.push('emailAddresses');
    }
  }
  const org = (current.organizations ?? [])[0];
  const newOrg = add.organizations?.[0];
  if (newOrg && (!org || (newOrg.title && newOrg.title !== org.title) || (newOrg.name && newOrg.name !== org.name))) {
    // A job change the user confirmed by saving: the first organization takes the new title/company (each kept
    // when the form leaves it empty); the contact's other organizations stay.
    const merged = { ...(org ?? {}), name: newOrg.name ?? org?.name, title: newOrg.title ?? org?.title };
    person.organizations = [merged, ...(current.organizations ?? []).slice(1)];
    fields.push('organizations');
  }
  if (add.names && !(current.names ?? []).length) {
    person.names = add.names;
    fields.push('names');
  }
  if (add.urls) {
    const have = new Set((current.urls ?? []).map((u) => (u.value ?? '').toLowerCase()));
    const extra = add.urls.filter((u) => !have.has((u.value ?? '').toLowerCase()));
    if (extra.length) {
      person.urls = [...(current.urls ?? []), ...extra];
      fields.push('urls');
    }
  }
  if (add.addresses && !(current.addresses ?? []).length) {
    person.addresses = add.addresses;
    fields.push('addresses');
  }
  return { person, updatePersonFields: fields };
}
