import { extractFromText, parseFrom } from '../../src/core/contact-extraction';
import { planMessageBudget, sinceQuery, DEFAULT_BUDGET } from '../../src/core/contact-inbox/budget';
import { saveContact, type ContactsPort } from '../../src/core/contact-inbox/save-contact';
import { mergeSuggestions, suggestionFrom, type ContactSuggestion } from '../../src/core/contact-inbox/suggestion';
import { SuggestionBook, VALUE_BUDGET_BYTES, type PropertyPort } from '../../src/core/contact-inbox/suggestion-book';
import { utf8Length } from '../../src/core/delegation/bytes';
import { PROPERTY_VALUE_MAX_BYTES } from '../../sim/services/properties';

type Person = GoogleAppsScript.People.Schema.Person;

const BODY = 'Please find the offer attached.\n\nKind regards,\nTom Berg\nSales Director\nFjord Systems AB\nTel: +46 8 123 456 78\n';

function suggestion(from = 'Tom Berg <tom@fjord.example>', receivedAt = 1000, body = BODY): ContactSuggestion {
  return suggestionFrom(extractFromText(body, parseFrom(from)), `m${receivedAt}`, receivedAt)!;
}

class MemoryProps implements PropertyPort {
  data: Record<string, string> = {};
  getProperty(k: string) {
    return this.data[k] ?? null;
  }
  setProperty(k: string, v: string) {
    // As the offline Workspace (and Google) refuse it: 9 KB of UTF-8 per value.
    if (utf8Length(v) > PROPERTY_VALUE_MAX_BYTES) throw new Error('Argument too large: value');
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
    const known = suggestion('Ann Lee <ann@fjord.example>', 3000, BODY.replace('Tom Berg\nSales Director', 'Ann Lee\nBuyer'));
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
    expect(utf8Length(props.data['contactInbox.pending'])).toBeLessThanOrEqual(VALUE_BUDGET_BYTES);
    expect(book.pending()[0].receivedAt).toBe(79); // newest kept
  });

  it('counts bytes, not characters: pending suggestions with Japanese names stay within 9 KB, oldest dropped first', () => {
    const props = new MemoryProps();
    const book = new SuggestionBook(props);
    const jp = (i: number) => {
      const s = suggestion(`Tom Berg <tanaka${i}@fjord.example>`, i);
      return { ...s, fields: { ...s.fields, fullName: `田中太郎${i}`, company: '株式会社フィヨルド・システムズ東京本社', jobTitle: '営業部長兼海外事業本部長' } };
    };
    book.add(Array.from({ length: 80 }, (_v, i) => jp(i)));
    const raw = props.data['contactInbox.pending'];
    // As characters it looks small; as UTF-8 it is what Google counts.
    expect(utf8Length(raw)).toBeGreaterThan(raw.length);
    expect(utf8Length(raw)).toBeLessThanOrEqual(VALUE_BUDGET_BYTES);
    const kept = book.pending();
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(80);
    // The newest are the ones kept, without a gap.
    expect(kept.map((s) => s.receivedAt)).toEqual(Array.from({ length: kept.length }, (_v, i) => 79 - i));
  });

  it('remembers 300+ decided senders within one property value, forgetting the oldest decision first', () => {
    const props = new MemoryProps();
    const book = new SuggestionBook(props);
    const addr = (i: number) => `someone.with.a.long.address.${i}@subsidiary.fjord-systems.example`;
    for (let i = 0; i < 700; i++) book.decide(addr(i), i % 2 ? 'saved' : 'dismissed');
    const raw = props.data['contactInbox.decided'];
    expect(utf8Length(raw)).toBeLessThanOrEqual(VALUE_BUDGET_BYTES);
    expect(raw).not.toContain('@'); // tags, not addresses
    const remembered = Array.from({ length: 700 }, (_v, i) => book.decisionOf(addr(i)) !== null);
    const first = remembered.indexOf(true);
    expect(700 - first).toBeGreaterThan(500); // far more than the 300 of the old list
    expect(remembered.slice(first).every(Boolean)).toBe(true);
    expect(book.decisionOf(addr(699))).toBe('saved');
    expect(book.decisionOf(addr(698))).toBe('dismissed');
    // A re-decided sender moves to the newest end and survives the next trims.
    book.decide(addr(first), 'saved');
    for (let i = 700; i < 720; i++) book.decide(addr(i), 'dismissed');
    expect(book.decisionOf(addr(first))).toBe('saved');
  });

  it('reads the decided list of earlier versions (address → status) and keeps every decision', () => {
    const props = new MemoryProps();
    props.data['contactInbox.decided'] = JSON.stringify({ 'tom@fjord.example': 'dismissed', 'ann@fjord.example': 'saved' });
    const book = new SuggestionBook(props);
    expect(book.decisionOf('Tom@Fjord.example')).toBe('dismissed');
    expect(book.add([suggestion('Tom Berg <tom@fjord.example>', 5)])).toBe(0);
    book.decide('eve@fjord.example', 'saved');
    expect(JSON.parse(props.data['contactInbox.decided'])).toHaveLength(3);
    expect(book.decisionOf('ann@fjord.example')).toBe('saved');
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

  it('updates the contact that already has this email with what it lacks, naming each change', () => {
    const existing: Person = { resourceName: 'people/c7', etag: 'e1', emailAddresses: [{ value: 'tom@fjord.example' }], phoneNumbers: [{ value: '+46 8 123 456 78' }] };
    const { p, created, updated } = port([existing]);
    expect(saveContact(p, suggestion().fields)).toEqual({
      kind: 'updated', resourceName: 'people/c7', fields: ['organizations', 'names'],
      changes: [{ field: 'Job title', old: '', new: 'Sales Director' }, { field: 'Company', old: '', new: 'Fjord Systems AB' }],
    });
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
