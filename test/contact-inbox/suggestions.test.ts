import { extractFromText, parseFrom } from '../../src/core/contact-extraction';
import { planMessageBudget, sinceQuery, DEFAULT_BUDGET } from '../../src/core/contact-inbox/budget';
import { saveContact, type ContactsPort } from '../../src/core/contact-inbox/save-contact';
import { mergeSuggestions, suggestionFrom, type ContactSuggestion } from '../../src/core/contact-inbox/suggestion';
import { SuggestionBook, type PropertyPort } from '../../src/core/contact-inbox/suggestion-book';

type Person = GoogleAppsScript.People.Schema.Person;

const BODY = 'Please find the offer attached.\n\nKind regards,\nTom Berg\nSales Director\nFjord Systems AB\nTel: +46 8 123 456 78\n';

function suggestion(from = 'Tom Berg <tom@fjord.example>', receivedAt = 1000): ContactSuggestion {
  return suggestionFrom(extractFromText(BODY, parseFrom(from)), `m${receivedAt}`, receivedAt)!;
}

class MemoryProps implements PropertyPort {
  data: Record<string, string> = {};
  getProperty(k: string) {
    return this.data[k] ?? null;
  }
  setProperty(k: string, v: string) {
    this.data[k] = v;
  }
  deleteProperty(k: string) {
    delete this.data[k];
  }
}

describe('contact suggestions', () => {
  it('pre-fills confident fields and keeps only the fields and the message id', () => {
    const s = suggestion();
    expect(s).toMatchObject({ id: 'tom@fjord.example', messageId: 'm1000', status: 'pending' });
    expect(s.fields).toMatchObject({ fullName: 'Tom Berg', jobTitle: 'Sales Director', company: 'Fjord Systems AB', email: 'tom@fjord.example' });
    expect(s.fields.phones).toEqual([{ value: '+46 8 123 456 78', type: 'work', e164: '+46812345678' }]);
    expect(JSON.stringify(s)).not.toContain('offer attached');
  });

  it('keeps one suggestion per sender, the newest pending one, and skips known contacts and decided senders', () => {
    const older = suggestion('Tom Berg <tom@fjord.example>', 1000);
    const newer = suggestion('Tom Berg <tom@fjord.example>', 2000);
    const known = suggestion('Ann Lee <ann@fjord.example>', 3000);
    const merged = mergeSuggestions([older], [newer, known], new Set(['ann@fjord.example']));
    expect(merged.map((s) => [s.id, s.receivedAt])).toEqual([['tom@fjord.example', 2000]]);
    const book = new SuggestionBook(new MemoryProps());
    book.add([older]);
    book.decide('tom@fjord.example', 'dismissed');
    expect(book.add([newer])).toBe(0);
    expect(book.pending()).toEqual([]);
  });

  it('trims the pending list to fit one user property value (9 KB)', () => {
    const props = new MemoryProps();
    const book = new SuggestionBook(props);
    book.add(Array.from({ length: 80 }, (_v, i) => suggestion(`Tom Berg <tom${i}@fjord.example>`, i)));
    expect(props.data['contactInbox.pending'].length).toBeLessThanOrEqual(8_500);
    expect(book.pending()[0].receivedAt).toBe(79); // newest kept
  });
});

describe('Save to Contacts', () => {
  function port(existing: Person[] = []) {
    const created: Person[] = [];
    const updated: Array<{ person: Person; fields: string }> = [];
    const p: ContactsPort = {
      searchContacts: ({ query }) => ({ results: query ? existing.filter((x) => JSON.stringify(x).includes(query)).map((person) => ({ person })) : [] }),
      createContact: (person) => (created.push(person), { ...person, resourceName: 'people/c1' }),
      updateContact: (person, _name, args) => (updated.push({ person, fields: args.updatePersonFields }), person),
    };
    return { p, created, updated };
  }

  it('creates a contact with typed phones and the organisation', () => {
    const { p, created } = port();
    expect(saveContact(p, suggestion().fields)).toEqual({ kind: 'created', resourceName: 'people/c1' });
    expect(created[0]).toMatchObject({
      names: [{ givenName: 'Tom', familyName: 'Berg' }],
      organizations: [{ name: 'Fjord Systems AB', title: 'Sales Director' }],
      phoneNumbers: [{ value: '+46 8 123 456 78', type: 'work' }],
    });
  });

  it('updates the contact that already has this email with only what it lacks', () => {
    const existing: Person = { resourceName: 'people/c7', etag: 'e1', emailAddresses: [{ value: 'tom@fjord.example' }], phoneNumbers: [{ value: '+46 8 123 456 78' }] };
    const { p, created, updated } = port([existing]);
    expect(saveContact(p, suggestion().fields)).toEqual({ kind: 'updated', resourceName: 'people/c7', fields: ['organizations', 'names'] });
    expect(created).toEqual([]);
    expect(updated[0].person.etag).toBe('e1');
  });

  it('keeps every address the signature lists, and adds the missing ones to an existing contact', () => {
    const body = 'The brochure is attached.\n\nMarcy Brinegar\nMBM Consultants\n(770) 886-6202 (Office)\nbrinconsult@aol.example\nmbmconsult@adelphia.example\n';
    const s = suggestionFrom(extractFromText(body, parseFrom('Marcy Brinegar <brinconsult@aol.example>')), 'm1', 1)!;
    expect(s.fields.email).toBe('brinconsult@aol.example');
    expect(s.fields.otherEmails).toEqual(['mbmconsult@adelphia.example']);
    const fresh = port();
    saveContact(fresh.p, s.fields);
    expect(fresh.created[0].emailAddresses).toEqual([
      { value: 'brinconsult@aol.example', type: 'work' },
      { value: 'mbmconsult@adelphia.example', type: 'other' },
    ]);
    const existing: Person = { resourceName: 'people/c9', etag: 'e2', emailAddresses: [{ value: 'brinconsult@aol.example' }] };
    const known = port([existing]);
    const outcome = saveContact(known.p, s.fields);
    expect(outcome).toMatchObject({ kind: 'updated', fields: expect.arrayContaining(['emailAddresses']) });
    expect(known.updated[0].person.emailAddresses?.map((e) => e.value)).toEqual(['brinconsult@aol.example', 'mbmconsult@adelphia.example']);
    // A contact known only by the second address is found by it and updated, not duplicated.
    const bySecond = port([{ resourceName: 'people/c10', etag: 'e3', emailAddresses: [{ value: 'mbmconsult@adelphia.example' }] }]);
    expect(saveContact(bySecond.p, s.fields)).toMatchObject({ kind: 'updated', resourceName: 'people/c10' });
    expect(bySecond.created).toEqual([]);
    // A typo in the other address is refused with its field named.
    expect(saveContact(port().p, { ...s.fields, otherEmails: ['mbm at adelphia'] })).toMatchObject({ kind: 'invalid', field: 'Other email' });
  });

  it('refuses an invalid email with the field and the fix', () => {
    const { p } = port();
    const outcome = saveContact(p, { ...suggestion().fields, email: 'tom at fjord' });
    expect(outcome).toEqual({ kind: 'invalid', field: 'Email', message: '"tom at fjord" is not an email address. Correct it (name@example.com) or clear it.' });
  });
});

describe('nightly reading plan', () => {
  it('shares one execution fairly between users and stays within Gmail\'s per-user quota', () => {
    const plan = planMessageBudget({ ...DEFAULT_BUDGET, users: 50, remainingMs: 300_000 });
    expect(plan.messagesPerUser).toBe(240); // 300 s / 25 ms / 50 users
    expect(plan.unitsPerUser).toBeLessThanOrEqual(15_000 * 5);
    expect(planMessageBudget({ ...DEFAULT_BUDGET, users: 2, remainingMs: 300_000 }).messagesPerUser).toBe(DEFAULT_BUDGET.maxPerUser);
    expect(planMessageBudget({ ...DEFAULT_BUDGET, users: 5, remainingMs: 0 }).messagesPerUser).toBe(0);
  });

  it('asks Gmail for inbox mail since the last run, not from the own domain', () => {
    expect(sinceQuery(Date.UTC(2026, 10, 21, 0, 0, 0), 'acme.com')).toBe('in:inbox after:1795219200 -from:acme.com -category:promotions -category:social');
  });
});
