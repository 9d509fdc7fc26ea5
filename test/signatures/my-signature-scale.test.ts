/**
 * "My signature" and "Insert signature" look up one employee, not the table: Sheets finds the admin's row
 * (TextFinder on the email column) and only that row is read. With 50,000 employees in the store an admin's
 * card reads exactly as many cells as with a handful, and shows the same signature. Aliases resolve to their
 * employee as primary addresses do. Runs the built bundle; the offline Sheets counts every cell read.
 */
import { action, directoryWorld, setUp, sheetRows, shown, type DirWorld } from '../directory/world';
import type { RunResult } from '../../sim/workspace';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { padAddresses, padEmployees, storeSheet } from './store-padding';

const PADDING = 50_000;

const cellsRead = (r: RunResult) => r.execution.counters.get('spreadsheet.cells.read');

function compose(w: DirWorld, fn: string, user: string): RunResult {
  return w.ws.run(w.project, fn, { user, kind: 'compose', event: { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB' }, gmail: {} } });
}

describe('an admin\'s own signature in a store of 50,000 employees', () => {
  let w: DirWorld;
  let aliasOwner: { primary: string; alias: string };

  beforeAll(() => {
    w = directoryWorld({ users: 20, seed: 23 });
    const u = w.ws.directory.usersOf(w.tenant.customerId).find((x) => !x.isAdmin && !x.suspended && !x.archived && x.isMailboxSetup)!;
    aliasOwner = { primary: u.primaryEmail, alias: `also.${u.primaryEmail}` };
    u.aliases = [...(u.aliases ?? []), aliasOwner.alias];
    w.ws.directory.updateUser(u);
    const r = setUp(w);
    if (!r.ok) throw new Error(r.error);
    for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
    const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
    action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } });
    const templateId = sheetRows(w, 'signature_templates')[0].id;
    action(w, 'assignments.add', { form: { targetKind: 'company', templateId } });
    // The admin puts theirs into Gmail: the store keeps a record of their address (what Gmail stored), which My
    // signature compares Gmail with.
    expect(shown(action(w, 'signatures.applyMine'))).toMatch(/Your signature is now in Gmail/);
  }, 120_000);

  it('reads the same cells and shows the same signature as with 20 employees', () => {
    const small = { mine: action(w, 'signatures.mine'), insert: compose(w, 'onInsertSignature', w.admin), card: compose(w, 'onComposeInsertSignature', w.admin) };
    expect(shown(small.mine)).toContain('Why this one');
    expect(shown(small.insert)).toContain('IN_PLACE_INSERT');
    expect(shown(small.mine)).toContain('This is the signature in your Gmail (read just now)');
    padEmployees(w, PADDING);
    const addresses = storeSheet(w, 'signature_addresses')!;
    const realAddresses = addresses.values;
    padAddresses(w, PADDING);
    expect(sheetRows(w, 'employees').length).toBeGreaterThan(PADDING);
    const big = { mine: action(w, 'signatures.mine'), insert: compose(w, 'onInsertSignature', w.admin), card: compose(w, 'onComposeInsertSignature', w.admin) };
    for (const k of ['mine', 'insert', 'card'] as const) {
      expect(shown(big[k])).toBe(shown(small[k]));
      expect(cellsRead(big[k])).toBe(cellsRead(small[k]));
      // The column is searched by Sheets, not read: the store's search touches the new rows, the script does not.
      expect(big[k].execution.counters.get('spreadsheet.cells.searched')).toBeGreaterThan(PADDING);
    }
    console.log(
      `My signature at ${PADDING} employees: ${cellsRead(big.mine)} cells read (same as at 20), ` +
        `${big.mine.execution.elapsed()} ms virtual (at 20: ${small.mine.execution.elapsed()} ms); ` +
        `Insert signature: ${cellsRead(big.insert)} cells, ${big.insert.execution.elapsed()} ms`,
    );
    expect(cellsRead(big.mine)).toBeLessThan(2_000);
    // The admin's employee card still reads every address record (not a one-person lookup yet): the next test
    // looks employees up through it, with the address records as they were.
    addresses.values = realAddresses;
  });

  it('finds an employee by alias as by primary address, and an address that is only part of an alias nowhere', () => {
    const byPrimary = shown(action(w, 'signatures.employee', { params: { email: aliasOwner.primary } }));
    const byAlias = action(w, 'signatures.employee', { params: { email: aliasOwner.alias.toUpperCase() } });
    expect(shown(byAlias)).toBe(byPrimary);
    expect(byPrimary).toContain(aliasOwner.primary);
    expect(cellsRead(byAlias)).toBeLessThan(5_000);
    // Part of one alias ("pad1.alias@…" holds "ad1.alias@…"), and part of thousands ("1.alias@…"): only the exact
    // address counts, whether the few matching rows are read or, past 50 matches, the table.
    expect(shown(action(w, 'signatures.employee', { params: { email: `ad1.alias@${w.tenant.domains[0]}` } }))).toContain('No employee');
    expect(shown(action(w, 'signatures.employee', { params: { email: `1.alias@${w.tenant.domains[0]}` } }))).toContain('No employee');
    expect(shown(action(w, 'signatures.employee', { params: { email: `pad1.alias@${w.tenant.domains[0]}` } }))).toContain(`pad1@${w.tenant.domains[0]}`);
  });
});
