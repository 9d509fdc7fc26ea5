import { SidebarSession, type CardJson } from '../../sim/host';
import { freshInstall } from './fresh-install';
import { grantDelegation } from '../../sim/google/registry';
import { demoCounts } from '../../sim/cli/demo-counts';
import { storeRows } from './fresh-install';

/**
 * The path from a fresh install to a first signature Gmail gave back, with Autograph's defaults, as an admin clicks it
 * in the sidebar — without a browser (test/e2e/first-signature.test.ts walks the same path in Chromium). Every click
 * in the sidebar is counted; the Admin console grant is the one step outside it. Each toast met is checked against
 * the store and the emulated Gmail.
 */
const MAX_CLICKS = 8;

function cardText(card: CardJson | undefined): string {
  return JSON.stringify(card ?? {}).replace(/\\u003c|\\u003e/g, '');
}

describe('from a fresh install to a verified signature, in the sidebar', () => {
  it(`takes at most ${MAX_CLICKS} clicks plus the Admin console grant, and every toast says what the store holds`, () => {
    const { ws, tenant, project, admin, account } = freshInstall('first-signature');

    const s = new SidebarSession(ws, project, admin);
    let clicks = 0;
    const click = (label: string | RegExp) => {
      clicks++;
      s.click(label);
      expect(s.error).toBeUndefined();
      return s.notification ?? '';
    };

    s.openHomepage();
    expect(s.card!.header.title).toBe('Autograph');
    expect(cardText(s.card)).toContain('Get started: 0 of 5 steps done');

    const imported = click('Import everyone');
    // Counted from the store's rows by the sim (sim/cli/demo-counts.ts), not by the add-on that wrote them.
    const employees = demoCounts(ws, project, tenant.customerId).employees;
    expect(employees).toBeGreaterThan(0);
    expect(imported).toBe(`Imported: ${employees} employees are in Autograph.`);
    expect(cardText(s.card)).toContain('Get started: 1 of 5 steps done');

    // The connection step shows the client id and the scopes whole; the admin pastes them in the Admin console.
    const shown = cardText(s.card);
    expect(shown).toContain(account.clientId);
    const scopes = 'https://www.googleapis.com/auth/gmail.settings.basic,https://www.googleapis.com/auth/gmail.readonly';
    expect(shown).toContain(scopes);
    expect(click('Check')).toMatch(/^Not authorised in the Admin console: .* Paste the client ID and scopes shown here into the Admin console, then press Check\.$/);
    expect(demoCounts(ws, project, tenant.customerId).connection).toEqual({ unauthorized: 1 });
    expect(cardText(s.card)).toContain('Get started: 1 of 5 steps done');
    grantDelegation(ws, tenant.customerId, account.clientId, scopes.split(','));
    expect(click('Check')).toBe(`Connected: Autograph reached ${admin}'s Gmail.`);
    expect(demoCounts(ws, project, tenant.customerId).connection).toEqual({ ok: 1 });
    expect(cardText(s.card)).toContain('Get started: 2 of 5 steps done');

    expect(click('Use Classic')).toBe('Template "Classic" saved; nobody gets it yet. Next: choose who gets it.');
    // "Nobody gets it yet": the store holds the template and no assignment.
    expect(storeRows(ws, project, tenant.customerId, 'signature_templates').map((r) => JSON.parse(r.json).name)).toEqual(['Classic']);
    expect(storeRows(ws, project, tenant.customerId, 'signature_assignments')).toEqual([]);
    const assigned = click('Give Classic to everyone');
    const reaches = Number(/reaches (\d+) employees/.exec(assigned)?.[1]);
    expect(assigned).toBe(`Classic is assigned to the whole company: it reaches ${reaches} employees. Next: write it to Gmail.`);
    // A run writes for employees with a Gmail mailbox: ask the directory who has one.
    const withMailbox = ws.directory.usersOf(tenant.customerId).filter((u) => !u.suspended && !u.archived && u.isMailboxSetup).length;
    expect(reaches).toBe(withMailbox);

    const pushed = click('Write signatures now');
    expect(pushed).toMatch(/^Apply now finished\. /);
    const after = demoCounts(ws, project, tenant.customerId);
    // "Written and verified in Gmail: N" is N employees whose signature the emulated Gmail holds, read just now.
    const verified = Number(/Written and verified in Gmail: (\d+)/.exec(pushed)?.[1]);
    expect(verified).toBeGreaterThan(0);
    expect(verified).toBe(after.okAndInGmailMailboxes);
    expect(after.okButChangedInGmail).toBe(0);
    const described = pushed.replace(/^Apply now finished\. /, '').replace(/\..*$/, '');

    expect(clicks).toBeLessThanOrEqual(MAX_CLICKS);
    // Setup done: the menu, with a status line from the same counts.
    const home = cardText(s.card);
    expect(home).not.toContain('Get started');
    expect(home).toContain('Manage your domain');
    expect(home).toContain(`Signatures: ${described}.`);
    // eslint-disable-next-line no-console
    console.log(`first signature: ${clicks} clicks in the sidebar plus the Admin console grant (${verified} written and verified)`);
  });
});
