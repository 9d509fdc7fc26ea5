/**
 * Finding 6 of issue 10: any current admin — not only the one who created the store — can own the nightly run, and
 * every stage (directory, signatures, Contact Inbox) then runs and writes, because every file a run writes follows
 * the Directory's current admins.
 */
import { deliverMessage } from '../../sim/google/mailbox';
import { act, gmailSignature, rows, runNight, SIGNED_MAIL, twoTenants, type TwoTenants } from './two-tenants';

describe('a second admin owns the nightly run', () => {
  let t: TwoTenants;
  beforeAll(() => {
    t = twoTenants();
  }, 120_000);

  it('lets a second admin own the nightly run: every stage runs and writes', () => {
    const owner = t.A.as.delegatedAdmin;
    // The delegated admin did not create the store; they turn automatic sync on and own the trigger from now on.
    const turnedOn = act(t, owner, 'sync.toggleAuto', { params: { to: 'on' } });
    expect(turnedOn.ok).toBe(true);
    // Something for each stage to do: a new template text (signatures) and new mail (Contact Inbox).
    act(t, t.A.as.superAdmin, 'templates.save', {
      params: { id: t.A.templateId },
      form: { name: 'Classic victim-a', html: '<p>{{fullName}} · second owner</p>', aliasPolicy: 'primary' },
    });
    const inboxBefore = rows(t, t.A, 'contact_inbox').find((r) => r.email === t.A.inboxUser)!;
    t.ws.advance(60_000);
    deliverMessage(t.ws, t.A.inboxUser, { from: 'Maria Lopez <maria@northwind.example>', subject: 'Follow-up', text: SIGNED_MAIL });
    t.ws.advance(60_000);

    const results = runNight(t, t.A, owner);
    expect(results.every((r) => r.ok)).toBe(true);
    const last = rows(t, t.A, 'runs').pop()!;
    expect(last).toMatchObject({ kind: 'nightly', outcome: 'done' });
    const errors = rows(t, t.A, 'errors').filter((e) => e.runId === last.id);
    expect(errors.map((e) => e.message).join('\n')).not.toMatch(/permission/i);
    // Signatures stage: the new template text reached Gmail.
    const employees = rows(t, t.A, 'employees').filter((e) => e.syncOn !== 'false' && e.reason === '');
    expect(employees.length).toBeGreaterThan(3);
    for (const e of employees) expect(gmailSignature(t, e.primaryEmail)).toContain('second owner');
    // Contact Inbox stage: the inbox user's mail was read again in this run.
    const inboxAfter = rows(t, t.A, 'contact_inbox').find((r) => r.email === t.A.inboxUser)!;
    expect(Number(inboxAfter.lastRunAt)).toBeGreaterThan(Number(inboxBefore.lastRunAt));
    expect(inboxAfter.status).toBe('ok');
  });
});
