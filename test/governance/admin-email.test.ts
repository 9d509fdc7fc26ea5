/**
 * Emails to admins through MailApp in the offline Workspace: Contact Inbox enabled (who, when, for whom), the
 * nightly run missing for 36 hours — each sent once per event into each admin's offline mailbox, and not to an
 * admin who turned that kind off. Sansan: "After … enable, and save. An admin email will be sent notifying that
 * the function is activated."
 */
import { action, directoryWorld, importableUsers, setUp, sheetRows, shown, type DirWorld } from '../directory/world';
import { fireOwnTrigger, turnOnAutoSync } from '../support/triggers';
import { findServiceAccount, grantDelegation, revokeDelegation } from '../../sim/google/registry';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { governanceWorld, runUntilIdle } from './world';
import { mailboxOf, payloadOf, header } from '../../sim/google/mailbox';
import { mailAppState, sentMail } from '../../sim/services/mail-app';
import { findBody } from '../../sim/google/mime';
import { scriptAppState } from '../../sim/services/trigger-state';

function subjects(w: DirWorld, email: string): string[] {
  return mailboxOf(w.ws, w.ws.user(email)).messages.map((m) => header(payloadOf(m), 'Subject'));
}

function world(): DirWorld {
  const w = directoryWorld({ users: 12, seed: 5 });
  if (!setUp(w).ok) throw new Error('setup failed');
  for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  return w;
}

describe('emails to admins', () => {
  it('emails every admin once when Contact Inbox is enabled: who, when, for whom', () => {
    const w = world();
    const user = importableUsers(w).find((u) => !u.isAdmin && u.isMailboxSetup !== false)!.primaryEmail.toLowerCase();
    shown(action(w, 'contactInbox.enableTenant'));
    expect(subjects(w, w.admin).filter((s) => /Contact Inbox enabled for .*\.example$/.test(s))).toHaveLength(1);
    shown(action(w, 'contactInbox.enableUser', { params: { email: user } }));
    const mails = mailboxOf(w.ws, w.ws.user(w.admin)).messages.filter((m) => /enabled for 1 user/.test(header(payloadOf(m), 'Subject')));
    expect(mails).toHaveLength(1);
    const text = findBody(payloadOf(mails[0]), 'text/plain') ?? '';
    expect(text).toContain(w.admin.toLowerCase());
    expect(text).toContain(user);
    // Enabling the same user again is no new event: no second email.
    shown(action(w, 'contactInbox.enableUser', { params: { email: user } }));
    expect(subjects(w, w.admin).filter((s) => /enabled for 1 user/.test(s))).toHaveLength(1);
    // Two emails, each to every admin: the quota counts recipients ("Email recipients per day").
    const sent = sentMail(w.ws);
    expect(sent).toHaveLength(2);
    expect(mailAppState(w.ws).users[w.admin.toLowerCase()].used).toBe(2 * sent[0].to.length);
  });

  it('sends nothing of a kind an admin turned off for themselves', () => {
    const w = world();
    shown(action(w, 'adminMail.toggle', { params: { kind: 'contactInbox', to: 'off' } }));
    expect(shown(action(w, 'disconnect.open'))).toContain('Contact Inbox turned on (who, when, for whom)');
    shown(action(w, 'contactInbox.enableTenant'));
    const user = importableUsers(w).find((u) => !u.isAdmin && u.isMailboxSetup !== false)!.primaryEmail;
    shown(action(w, 'contactInbox.enableUser', { params: { email: user } }));
    expect(subjects(w, w.admin)).toEqual([]);
    // The other admin's own setting is untouched: they still get both.
    const sent = sentMail(w.ws);
    expect(sent.length).toBe(2);
    expect(sent.every((m) => !m.to.includes(w.admin.toLowerCase()) && m.to.length === 1)).toBe(true);
  });

  it('emails once when the nightly run has not run for 36 hours, however often the home card is opened', () => {
    const w = world();
    turnOnAutoSync(w.ws, w.project, w.admin);
    // The owner's trigger stops firing (as for a suspended owner): only its absence shows, on the home card.
    const triggers = scriptAppState(w.ws).triggers;
    for (const id of Object.keys(triggers)) delete triggers[id];
    w.ws.advance(40 * 3600_000);
    for (let i = 0; i < 3; i++) shown(w.ws.run(w.project, 'onHomepage', { user: w.admin, kind: 'homepage', event: { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB' } } }));
    expect(subjects(w, w.admin).filter((s) => /no nightly run .* in 36 hours/.test(s))).toHaveLength(1);
  });
});

describe('the connection lost for many users at once', () => {
  it('emails the admins once while it lasts, and again after it came back and was lost again', () => {
    const w = governanceWorld(12);
    const tpl = sheetRows(w, 'signature_templates')[0];
    const sa = findServiceAccount(w.ws, 'signatures@autograph-prod.iam.gserviceaccount.com')!;
    const night = (html: string) => {
      action(w, 'templates.save', { params: { id: tpl.id }, form: { name: 'Classic', html, aliasPolicy: 'primary' } });
      w.ws.advance(24 * 3600_000);
      fireOwnTrigger(w.ws, w.project, w.admin, 'onNightlyRun');
      runUntilIdle(w);
    };
    const lostMails = () => subjects(w, w.admin).filter((s) => /connection to Gmail is lost/.test(s));
    revokeDelegation(w.ws, w.tenant.customerId, sa.clientId);
    night('<p>{{fullName}} v2</p>');
    expect(sheetRows(w, 'signature_addresses').filter((s) => s.status === 'unauthorized').length).toBeGreaterThanOrEqual(5);
    expect(lostMails()).toHaveLength(1);
    night('<p>{{fullName}} v3</p>');
    expect(lostMails()).toHaveLength(1);
    grantDelegation(w.ws, w.tenant.customerId, sa.clientId, [...DELEGATION_SCOPES]);
    night('<p>{{fullName}} v4</p>');
    expect(sheetRows(w, 'signature_addresses').filter((s) => s.status === 'unauthorized')).toEqual([]);
    revokeDelegation(w.ws, w.tenant.customerId, sa.clientId);
    night('<p>{{fullName}} v5</p>');
    expect(lostMails()).toHaveLength(2);
  });
});
