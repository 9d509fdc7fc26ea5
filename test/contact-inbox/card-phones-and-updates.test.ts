/**
 * The Contact Inbox card through the built bundle (issue 15): every phone the signature lists, typed and editable;
 * "Title | Company" split; the company pre-filled when a legal form confirms it; a sender who is already a contact
 * with another job gets an update card showing old → new, and Update replaces the job with the contact's etag.
 */
import { directoryWorld, type DirWorld } from '../directory/world';
import { deliverMessage } from '../../sim/google/mailbox';
import { contactsOf } from '../../sim/services/people';
import { SidebarSession } from '../../sim/host/session';

const SIGNED = [
  'Hei Sam,', '', 'The contract is signed; see you in Oslo.', '', 'Best regards,', 'Lena Vogel',
  'Legal Counsel | Halvorsen & Dahl AS', 'Phone: +47 22 335 2979 / Fax: +47 22 33 52 98', 'Mobile: +47 922 33 444',
].join('\n');
const FROM = 'Lena Vogel <lena.vogel@halvorsen-dahl.example>';

describe('the Contact Inbox card: phones, title | company, job changes', () => {
  let w: DirWorld;
  let users: string[];
  beforeAll(() => {
    w = directoryWorld({ users: 12, seed: 15 });
    users = w.ws.directory.usersOf(w.tenant.customerId).filter((u) => !u.isAdmin && !u.suspended && u.isMailboxSetup).map((u) => u.primaryEmail);
  });

  it('shows every phone with its type, splits "Title | Company", and saves the types the user picked', () => {
    const user = users[0];
    const s = new SidebarSession(w.ws, w.project, user).openMessage(deliverMessage(w.ws, user, { from: FROM, subject: 'Signed', text: SIGNED }));
    expect(s.error).toBeUndefined();
    const inputs = Object.fromEntries(s.inputs().map((i) => [i.name, i.initial]));
    expect(JSON.stringify(inputs.ci_jobTitle)).toContain('"Legal Counsel"');
    expect(JSON.stringify(inputs.ci_company)).toContain('Halvorsen & Dahl AS');
    // Valid numbers pre-filled with their labels' types; "+47 22 335 2979" (one digit too many for Norway) is
    // offered empty with what was found, typed work.
    const phones = [0, 1, 2].map((i) => [JSON.stringify(inputs[`ci_phone_${i}`] ?? ''), JSON.stringify(inputs[`ci_phoneType_${i}`])]);
    expect(phones).toEqual(expect.arrayContaining([
      [expect.stringContaining('+47 22 33 52 98'), expect.stringContaining('fax')],
      [expect.stringContaining('+47 922 33 444'), expect.stringContaining('mobile')],
      ['""', expect.stringContaining('work')],
    ]));
    expect(JSON.stringify(s.card)).toContain('Found \\"+47 22 335 2979\\"');
    const emptyRow = phones.findIndex(([v]) => v === '""');
    const mobileRow = phones.findIndex(([v]) => v.includes('922'));
    s.click('Save to Contacts', { [`ci_phone_${emptyRow}`]: '+47 22 33 52 97', [`ci_phoneType_${mobileRow}`]: ['work'], ci_phoneType_9: ['fax'] });
    expect(s.notification).toMatch(/Lena Vogel saved/);
    const [contact] = contactsOf(w.ws, user);
    expect(contact.fields.phoneNumbers).toEqual(expect.arrayContaining([
      expect.objectContaining({ value: '+47 22 33 52 97', type: 'work' }),
      expect.objectContaining({ value: '+47 922 33 444', type: 'work' }),
      expect.objectContaining({ value: '+47 22 33 52 98', type: 'workFax' }),
    ]));
    expect(contact.fields.phoneNumbers).toHaveLength(3);
  });

  it('reads a forged phone type as "other"', () => {
    const user = users[1];
    const s = new SidebarSession(w.ws, w.project, user).openMessage(deliverMessage(w.ws, user, { from: FROM, subject: 'Signed', text: SIGNED }));
    const mobileRow = s.inputs().find((i) => i.name.startsWith('ci_phone_') && JSON.stringify(i.initial).includes('922'))!.name.replace('ci_phone_', '');
    s.click('Save to Contacts', { [`ci_phoneType_${mobileRow}`]: ['<script>'] });
    const [contact] = contactsOf(w.ws, user);
    expect(contact.fields.phoneNumbers).toEqual(expect.arrayContaining([expect.objectContaining({ value: '+47 922 33 444', type: 'other' })]));
  });

  it('offers a job change of an existing contact as old → new, and Update replaces the job', () => {
    const user = users[2];
    const people = w.ws.state<{ nextId: number; users: Record<string, { contacts: Record<string, unknown>; searchCache: null }> }>('people', () => ({ nextId: 1, users: {} }));
    people.users[user] = {
      contacts: {
        c700: {
          id: 'c700', etag: '%EgMBAgM=', updateTime: new Date(w.ws.clock.now()).toISOString(),
          fields: {
            names: [{ givenName: 'Lena', familyName: 'Vogel' }], emailAddresses: [{ value: 'lena.vogel@halvorsen-dahl.example' }],
            organizations: [{ name: 'Nordlys Advokater AS', title: 'Associate' }], phoneNumbers: [{ value: '+47 922 33 444', type: 'mobile' }],
          },
        },
      },
      searchCache: null,
    };
    const s = new SidebarSession(w.ws, w.project, user).openMessage(deliverMessage(w.ws, user, { from: FROM, subject: 'New job', text: SIGNED }));
    const text = JSON.stringify(s.card);
    expect(text).toContain('Contact update');
    expect(text).toContain('Job title: Associate → Legal Counsel');
    expect(text).toContain('Company: Nordlys Advokater AS → Halvorsen &amp; Dahl AS'); // card text is escaped
    expect(text).toContain('Phone: (none) → +47 22 33 52 98 (fax)');
    expect(text).not.toContain('922 33 444 (mobile)'); // a phone the contact has is no change
    s.click('Update contact');
    expect(s.notification).toMatch(/Lena Vogel updated in your contacts: Job title Associate → Legal Counsel; Company Nordlys Advokater AS → Halvorsen & Dahl AS/);
    const contacts = contactsOf(w.ws, user);
    expect(contacts).toHaveLength(1);
    expect(contacts[0].fields.organizations).toEqual([expect.objectContaining({ name: 'Halvorsen & Dahl AS', title: 'Legal Counsel' })]);
    // Opened again after the update: nothing differs any more, and the card says what it compared.
    const again = new SidebarSession(w.ws, w.project, user).openMessage(deliverMessage(w.ws, user, { from: FROM, subject: 'Again', text: SIGNED }));
    expect(JSON.stringify(again.card)).toMatch(/already saved|job title, company and phones in this message's signature match/);
  });
});
