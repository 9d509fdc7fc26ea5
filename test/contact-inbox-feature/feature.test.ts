/**
 * Contact Inbox end to end through the built bundle: the admin enables it and picks users, the nightly run reads
 * their new mail through the delegated Gmail client, and each user finds their suggestions in Autograph.
 */
import { deliverMessage } from '../../sim/google/mailbox';
import { deliverIncomingMail, SUGGESTS, type MailKind } from '../../sim/directory/incoming-mail';
import { grantDelegation } from '../../sim/google/registry';
import { SIGNATURE_SCOPES } from '../../src/core/delegation/scopes';
import { ADA, ADMIN, action, BOB, CUSTOMER, enrollmentOf, enrollmentRows, inboxWorld, pendingCard, runNight, scriptProps, shown } from './world';
import { world } from '../delegation/world';
import { confirmationIdIn } from '../support/confirmation';

const SIGNED = 'Hi Ada,\n\nthanks for the call. The offer is attached.\n\nBest regards,\n\nMaria Lopez\nHead of Partnerships\nNorthwind Traders Inc.\nM: +1 415 555 0134\nwww.northwind.example\n';

describe('Contact Inbox for admins', () => {
  it('tells the enabling admin with a notification card and records it in the run history', () => {
    const w = world();
    const r = action(w, 'contactInbox.enableTenant');
    const json = shown(r);
    expect(json).toContain('Contact Inbox is enabled');
    expect(json).toContain('"name":"contactInbox.enabled"');
    const files = w.ws.state<{ files: Record<string, { sheets: Array<{ name: string; values: unknown[][] }> }> }>('spreadsheets', () => ({ files: {} })).files;
    const runs = Object.values(files).flatMap((f) => f.sheets).find((s) => s.name === 'runs')!;
    expect(JSON.stringify(runs.values)).toContain(`Contact Inbox enabled by ${ADMIN}`);
  });

  it('enables users with checkboxes, by department and everyone, and disables one at any time', () => {
    const w = world();
    action(w, 'contactInbox.enableTenant');
    const card = shown(action(w, 'contactInbox.admin'));
    expect(card).toContain('"name":"ci_users"');
    const shownUsers = 'admin@acme.example ada@acme.example bob@acme.example';
    action(w, 'contactInbox.saveSelection', { params: { shown: shownUsers, page: '0' }, form: { ci_users: ADA } });
    expect(enrollmentOf(w, ADA).enabled).toBe('yes');
    // Enable everyone asks first, and changes nothing until confirmed.
    const asked = shown(action(w, 'contactInbox.enableAll'));
    expect(asked).toContain('will read the incoming mail of every employee');
    expect(enrollmentRows(w).some((r) => r.email === BOB && r.enabled === 'yes')).toBe(false);
    action(w, 'contactInbox.enableAll', { params: { confirm: confirmationIdIn(asked) } });
    expect(enrollmentOf(w, BOB).enabled).toBe('yes');
    action(w, 'contactInbox.disableUser', { params: { email: BOB } });
    expect(enrollmentOf(w, BOB).enabled).toBe('no');
  });

  it('refuses the admin routes to a user who is not an admin', () => {
    const w = inboxWorld();
    const r = action(w, 'contactInbox.enableAll', { user: BOB });
    expect(shown(r)).toContain('Only an administrator');
  });

  it('shows Not authorised with the fix when gmail.readonly is not delegated', () => {
    const w = inboxWorld([ADA], { grant: false });
    const sa = { clientId: w.publisher.client_id };
    grantDelegation(w.ws, CUSTOMER, sa.clientId, [...SIGNATURE_SCOPES]);
    deliverMessage(w.ws, ADA, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Offer', text: SIGNED });
    const r = action(w, 'contactInbox.startUser', { params: { email: ADA } });
    expect(enrollmentOf(w, ADA).status).toBe('unauthorized');
    expect(shown(r)).toContain('Not authorised in the Admin console');
    expect(shown(r)).toContain(`client id ${sa.clientId}`);
  });

  it('does not enable a user the directory does not confirm, and says what was checked', () => {
    const w = inboxWorld([]);
    const r = action(w, 'contactInbox.enableUser', { params: { email: 'ghost@acme.example' } });
    expect(shown(r)).toContain('Not enabled: your directory does not confirm ghost@acme.example');
    expect(enrollmentRows(w).some((row) => row.email === 'ghost@acme.example')).toBe(false);
  });
});

describe('Contact Inbox nightly run', () => {
  it('reads enabled users\' new mail and the user finds the suggestion on opening Autograph', () => {
    const w = inboxWorld();
    deliverMessage(w.ws, ADA, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Offer', text: SIGNED });
    w.ws.advance(60_000);
    runNight(w);
    expect(enrollmentOf(w, ADA).status).toBe('ok');
    const card = pendingCard(w, ADA);
    expect(card).toContain('Maria Lopez');
    expect(card).toContain('Northwind');
  });

  it('does not suggest a sender who is already in the user\'s Google Contacts', () => {
    const w = inboxWorld();
    const people = w.ws.state<{ nextId: number; users: Record<string, { contacts: Record<string, unknown>; searchCache: unknown }> }>('people', () => ({ nextId: 1, users: {} }));
    people.users[ADA] = {
      contacts: { c1: { id: 'c1', etag: 'e1', updateTime: new Date(0).toISOString(), fields: { names: [{ givenName: 'Maria' }], emailAddresses: [{ value: 'Maria@Northwind.example' }] } } },
      searchCache: null,
    };
    deliverMessage(w.ws, ADA, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Offer', text: SIGNED });
    runNight(w);
    expect(enrollmentOf(w, ADA).suggested).toBe('1');
    expect(pendingCard(w, ADA)).not.toContain('Head of Partnerships');
  });

  it('does not read users who are not enabled', () => {
    const w = inboxWorld();
    deliverMessage(w.ws, BOB, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Offer', text: SIGNED });
    runNight(w);
    expect(pendingCard(w, BOB)).not.toContain('Maria');
  });

  it('suggests senders with signatures only: not own domain, automated, sign-off-only or signature-less mail', () => {
    const w = inboxWorld();
    const kinds: MailKind[] = ['sign-off-only', 'no-signature', 'order-number', 'newsletter', 'no-reply', 'auto-reply'];
    deliverIncomingMail(w.ws, [ADA], { perUser: kinds.length, seed: 'skip', kinds, spanMs: 3600_000 });
    deliverMessage(w.ws, ADA, { from: 'Bob <bob@acme.example>', subject: 'lunch', text: `Lunch?\n\nBob Builder\nSales\nAcme\nM: +49 151 2345 6789\n` });
    runNight(w);
    const row = enrollmentOf(w, ADA);
    expect(row.processed).toBe(String(kinds.length + 1));
    expect(row.suggested).toBe('0');
    expect(kinds.every((k) => !SUGGESTS[k])).toBe(true);
  });

  it('reads a mailbox with more new mail than one listing holds in one night, oldest first, in several passes', () => {
    const w = inboxWorld([ADA, BOB]);
    deliverIncomingMail(w.ws, [ADA], { perUser: 2300, seed: 'flood', spanMs: 5 * 86_400_000, kinds: ['no-signature', 'sign-off-only', 'order-number'] });
    deliverIncomingMail(w.ws, [BOB], { perUser: 3, seed: 'light', spanMs: 3600_000, kinds: ['text-signature'] });
    runNight(w);
    expect(enrollmentOf(w, ADA).processed).toBe('2300');
    expect(enrollmentOf(w, BOB).processed).toBe('3');
    expect(scriptProps(w)[`t:${CUSTOMER}:run`]).toBeUndefined();
  });

  it('reads only mail received since the last run, and suggests a sender once', () => {
    const w = inboxWorld();
    deliverMessage(w.ws, ADA, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Offer', text: SIGNED });
    runNight(w);
    expect(enrollmentOf(w, ADA).processed).toBe('1');
    w.ws.advance(3600_000);
    deliverMessage(w.ws, ADA, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Offer 2', text: SIGNED });
    runNight(w);
    const row = enrollmentOf(w, ADA);
    expect(row.processed).toBe('2');
    expect(row.suggested).toBe('1');
    expect(scriptProps(w)[`t:${CUSTOMER}:run`]).toBeUndefined();
  });
});
