/**
 * Contact Inbox under faults and for privacy, through the built bundle: Gmail 429/5xx storms and executions cut off
 * anywhere end with every message read once and every suggestion made once; message bodies are stored nowhere;
 * suggestions reach only their user.
 */
import { deliverIncomingMail } from '../../sim/directory/incoming-mail';
import { deliverMessage } from '../../sim/google/mailbox';
import { addFault } from '../../sim/faults';
import { propertiesState, userStoreKey } from '../../sim/services/properties';
import { SidebarSession } from '../../sim/host/session';
import { ADA, ADMIN, action, BOB, enrollmentOf, inboxWorld, pendingCard, runNight, savedState, shown, type World } from './world';

const USERS = [ADA, BOB];

function pendingOf(w: World, user: string): Array<{ senderEmail: string; messageId: string }> {
  new SidebarSession(w.ws, w.project, user).openHomepage();
  const store = propertiesState(w.ws).user[userStoreKey(w.project.id, user)] ?? {};
  return JSON.parse(store['contactInbox.pending'] ?? '[]');
}

function night(faults: boolean, cutOffs: boolean): { w: World; cut: number } {
  const w = inboxWorld(USERS);
  deliverIncomingMail(w.ws, USERS, { perUser: 45, seed: 'storm', spanMs: 2 * 86_400_000 });
  if (faults) {
    addFault(w.ws, { match: 'gmail.messages.get', status: 503, reason: 'backendError', message: 'Backend Error', rate: 0.8, times: 400 });
    addFault(w.ws, { match: 'gmail.messages.list', status: 429, reason: 'rateLimitExceeded', message: 'Too many concurrent requests for user', nth: [1, 2, 4], rate: 0.3 });
  }
  let cut = 0;
  // Ten nights: each reads what the storm let through; the cursor carries the rest.
  for (let n = 0; n < 10; n++) {
    cut += runNight(w, cutOffs ? (i) => (i % 3 !== 2 ? { afterServiceCalls: 25 + ((i * 37 + n * 11) % 160) } : undefined) : undefined).cutOffs;
    w.ws.advance(3600_000);
  }
  return { w, cut };
}

describe('Contact Inbox under Gmail faults and cut-off executions', () => {
  const calm = night(false, false);

  it('resumes through 429/5xx and cut-offs without reprocessing or losing a message', () => {
    const stormy = night(true, true);
    expect(stormy.cut).toBeGreaterThan(2);
    const rules = stormy.w.ws.state<{ rules: Array<{ match: string; fired: number }> }>('faults', () => ({ rules: [] })).rules;
    expect(rules.every((r) => r.fired > 0)).toBe(true);
    for (const u of USERS) {
      expect(enrollmentOf(stormy.w, u).processed).toBe('45');
      expect(enrollmentOf(calm.w, u).processed).toBe('45');
      const want = pendingOf(calm.w, u).map((s) => s.senderEmail).sort();
      const got = pendingOf(stormy.w, u).map((s) => s.senderEmail).sort();
      expect(want.length).toBeGreaterThan(5);
      expect(got).toEqual(want);
    }
  });
});

describe('Contact Inbox privacy', () => {
  const BODY = 'The vault code for the Lisbon warehouse is 4471 and must stay between us.';
  const SIGNED = `Hi Ada,\n\n${BODY}\n\nBest regards,\n\nMaria Lopez\nHead of Partnerships\nNorthwind Traders Inc.\nM: +1 415 555 0134\nwww.northwind.example\n`;

  function privacyWorld(): World {
    const w = inboxWorld([ADA, BOB, ADMIN]);
    deliverMessage(w.ws, ADA, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Vault', text: SIGNED });
    runNight(w);
    return w;
  }

  it('stores no message body anywhere, and no suggested field in plain form outside the user\'s own properties', () => {
    const w = privacyWorld();
    expect(pendingOf(w, ADA).map((s) => s.senderEmail)).toEqual(['maria@northwind.example']);
    const user = userStoreKey(w.project.id, ADA);
    const props = propertiesState(w.ws);
    const all = savedState(w);
    expect(all).not.toContain('Lisbon warehouse');
    expect(all).not.toContain('vault code');
    const withoutAda = JSON.stringify({ ...props, user: { ...props.user, [user]: {} } });
    const sheets = JSON.stringify(w.ws.state('spreadsheets', () => ({})));
    for (const text of [withoutAda, sheets]) {
      expect(text).not.toContain('Head of Partnerships');
      expect(text).not.toContain('415 555 0134');
      expect(text).not.toContain('maria@northwind.example');
    }
  });

  it('shows a user\'s suggestions to nobody else, admins included', () => {
    const w = privacyWorld();
    expect(pendingCard(w, ADA)).toContain('Maria Lopez');
    expect(pendingCard(w, BOB)).not.toContain('Maria');
    expect(pendingCard(w, ADMIN)).not.toContain('Maria');
    const adminCards = [shown(action(w, 'contactInbox.admin')), shown(action(w, 'contactInbox.user', { params: { email: ADA } }))].join('');
    expect(adminCards).not.toContain('Maria');
    expect(adminCards).not.toContain('northwind');
  });
});
