/**
 * Contact Inbox through the built bundle in the offline Workspace: a user opens an incoming message in Gmail, the
 * sidebar shows the sender's suggested contact (read with the add-on's current-message token), and "Save to
 * Contacts" creates the contact — or updates the one with that email instead of duplicating it.
 */
import { directoryWorld, type DirWorld } from '../directory/world';
import { deliverMessage } from '../../sim/google/mailbox';
import { contactsOf } from '../../sim/services/people';
import { SidebarSession } from '../../sim/host/session';

const SIGNED_HTML =
  '<div dir="ltr">Hi,<div><br></div><div>The signed contract is attached.</div><div><br></div><div>Best,</div><div>Maria</div>' +
  '<div><br></div>-- <br><div dir="ltr" class="gmail_signature"><div><b>Maria Lopez</b></div><div>Head of Partnerships | Northwind Traders Inc.</div>' +
  '<div>M: +1 415 555 0134</div><div>www.northwind.example</div></div></div>';

describe('Contact Inbox in the offline Workspace', () => {
  let w: DirWorld;
  let user: string;
  beforeAll(() => {
    w = directoryWorld({ users: 12, seed: 5 });
    user = w.ws.directory.usersOf(w.tenant.customerId).find((u) => !u.isAdmin && !u.suspended && u.isMailboxSetup)!.primaryEmail;
  });

  const cardText = (s: SidebarSession) => JSON.stringify(s.card);

  it('shows the sender of an open message as an editable suggestion and saves it to Contacts', () => {
    const id = deliverMessage(w.ws, user, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Contract', html: SIGNED_HTML });
    const s = new SidebarSession(w.ws, w.project, user).openMessage(id);
    expect(s.error).toBeUndefined();
    const inputs = Object.fromEntries(s.inputs().map((i) => [i.name, i.initial]));
    expect(JSON.stringify(inputs.ci_fullName)).toContain('Maria Lopez');
    expect(JSON.stringify(inputs.ci_company)).toContain('Northwind Traders Inc.');
    expect(JSON.stringify(inputs.ci_phone_0)).toContain('+1 415 555 0134');
    s.click('Save to Contacts', { ci_jobTitle: 'VP Partnerships' });
    expect(s.notification).toMatch(/Maria Lopez saved to your Google Contacts/);
    const [contact] = contactsOf(w.ws, user);
    expect(contact.fields.organizations?.[0]).toMatchObject({ name: 'Northwind Traders Inc.', title: 'VP Partnerships' });
    expect(contact.fields.phoneNumbers?.[0]).toMatchObject({ value: '+1 415 555 0134', type: 'mobile' });
    // Opening the next message from the same sender suggests nothing: the user already decided.
    const again = deliverMessage(w.ws, user, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Re: Contract', html: SIGNED_HTML });
    expect(cardText(new SidebarSession(w.ws, w.project, user).openMessage(again))).toMatch(/already saved/);
  });

  it('adds to the existing contact with the same email instead of creating a duplicate', () => {
    const other = w.ws.directory.usersOf(w.tenant.customerId).filter((u) => !u.suspended && u.isMailboxSetup && u.primaryEmail !== user)[0].primaryEmail;
    // The user already has Maria in Contacts, with her email only.
    const people = w.ws.state<{ nextId: number; users: Record<string, { contacts: Record<string, unknown>; searchCache: null }> }>('people', () => ({ nextId: 1, users: {} }));
    people.users[other] = {
      contacts: { c900: { id: 'c900', etag: '%EgMBAgM=', updateTime: new Date(w.ws.clock.now()).toISOString(), fields: { names: [{ givenName: 'Maria', familyName: 'Lopez' }], emailAddresses: [{ value: 'maria@northwind.example' }] } } },
      searchCache: null,
    };
    const s = new SidebarSession(w.ws, w.project, other).openMessage(
      deliverMessage(w.ws, other, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Hello', html: SIGNED_HTML }),
    );
    // The card names what the signature would change on the contact she already is (issue 15: job changes).
    expect(cardText(s)).toMatch(/Company: \(none\) → Northwind Traders Inc\./);
    s.click('Update contact');
    expect(s.notification).toMatch(/Maria Lopez updated in your contacts: Job title \(none\) → Head of Partnerships; Company \(none\) → Northwind Traders Inc\.; Phone \(none\) → \+1 415 555 0134 \(mobile\)/);
    const contacts = contactsOf(w.ws, other);
    expect(contacts).toHaveLength(1);
    expect(contacts[0].fields.organizations?.[0]).toMatchObject({ name: 'Northwind Traders Inc.', title: 'Head of Partnerships' });
    expect(contacts[0].fields.emailAddresses).toHaveLength(1);
  });

  it('shows a second address from the signature as "Other email" and saves both, as edited', () => {
    const other = w.ws.directory.usersOf(w.tenant.customerId).filter((u) => !u.suspended && u.isMailboxSetup && u.primaryEmail !== user)[1].primaryEmail;
    const html = SIGNED_HTML.replace('<div>www.northwind.example</div>', '<div>maria@northwind.example | m.lopez@partners.example</div>');
    const s = new SidebarSession(w.ws, w.project, other).openMessage(
      deliverMessage(w.ws, other, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Two addresses', html }),
    );
    const inputs = Object.fromEntries(s.inputs().map((i) => [i.name, i.initial]));
    expect(JSON.stringify(inputs.ci_otherEmail_0)).toContain('m.lopez@partners.example');
    s.click('Save to Contacts', { ci_otherEmail_0: 'maria.lopez@partners.example' });
    const [contact] = contactsOf(w.ws, other).filter((c) => JSON.stringify(c.fields).includes('partners.example'));
    expect(contact.fields.emailAddresses?.map((e) => e.value)).toEqual(['maria@northwind.example', 'maria.lopez@partners.example']);
  });

  it('suggests nothing for mail from the user\'s own domain or a mailing list', () => {
    const colleague = w.ws.directory.usersOf(w.tenant.customerId).find((u) => u.primaryEmail !== user)!.primaryEmail;
    const own = deliverMessage(w.ws, user, { from: colleague, subject: 'Lunch', text: 'Lunch?\n\nJo\nTel: +1 212 555 0100' });
    expect(cardText(new SidebarSession(w.ws, w.project, user).openMessage(own))).toMatch(/your own domain/);
    const list = deliverMessage(w.ws, user, {
      from: 'Dev List <dev@lists.example>', subject: 'Digest', text: 'News\n\nBob Smith\nCTO, Example Inc.\nTel: +1 212 555 0101',
      headers: { 'List-Id': '<dev.lists.example>' },
    });
    expect(cardText(new SidebarSession(w.ws, w.project, user).openMessage(list))).toMatch(/mailing list/);
  });

  it('dismisses a sender for good and says so', () => {
    const id = deliverMessage(w.ws, user, {
      from: 'Tom Berg <tom@fjord.example>', subject: 'Offer',
      text: 'Please find our offer attached.\n\nKind regards,\nTom Berg\nSales Director\nFjord Systems AB\nTel: +46 8 123 456 78\n',
    });
    const s = new SidebarSession(w.ws, w.project, user).openMessage(id);
    expect(cardText(s)).toContain('Fjord Systems AB');
    s.click('Dismiss');
    expect(s.notification).toMatch(/tom@fjord.example will not be suggested again/);
    expect(contactsOf(w.ws, user).some((c) => JSON.stringify(c.fields).includes('fjord'))).toBe(false);
  });
});
