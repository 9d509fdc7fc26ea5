import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, start } from '../../sim/cli/start';
import { OfflineWorkspace } from '../../sim/workspace';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { mailboxOf } from '../../sim/google/mailbox';
import { storedTenant } from '../support/tenant-registry';

describe('npm start --no-serve', () => {
  it('creates the sample company, runs the main job, saves state, and continues from it next time', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-'));
    try {
      const first: string[] = [];
      const r1 = await start(parseArgs(['--no-serve', '--users', '20', '--state-dir', dir]), (l) => first.push(l));
      expect(r1.ok).toBe(true);
      expect(first.join('\n')).toMatch(/Company +.+, 20 users/);
      expect(first.join('\n')).toMatch(/✓ Open Autograph's homepage in Gmail as the super admin/);
      expect(fs.existsSync(path.join(dir, 'state.json'))).toBe(true);

      // The printed counts are the store's and Gmail's: recount them here from the saved state.
      const ws = OfflineWorkspace.loadState(path.join(dir, 'state.json'));
      const [customerId] = Object.values(ws.state<{ customerId: string }>('cli.mainCompany', () => ({ customerId: '' })));
      const record = storedTenant(ws, 'autograph', customerId)!;
      const sheet = (name: string) => spreadsheetState(ws, record.spreadsheetId)!.sheets.find((x) => x.name === name)!.values.map((r) => r.map(String));
      const [head, ...addresses] = sheet('signature_addresses');
      const col = (name: string) => head.indexOf(name);
      const ok = addresses.filter((r) => r[col('status')] === 'ok');
      const inGmail = ok.filter((r) => mailboxOf(ws, ws.directory.findUser(r[col('user')])!).sendAs[r[col('address')]]?.signature === r[col('storedHtml')]);
      expect(inGmail.length).toBeGreaterThan(0);
      expect(r1.counts.okAndInGmail).toBe(inGmail.length);
      expect(r1.counts.okButChangedInGmail).toBe(ok.length - inGmail.length);
      expect(r1.counts.employees).toBe(sheet('employees').length - 1);
      const mailboxes = ws.directory.usersOf(customerId).filter((u) => !u.deleted && u.isMailboxSetup !== false);
      const signed = mailboxes.filter((u) => Object.values(mailboxOf(ws, u).sendAs).some((x) => x.signature));
      expect(r1.counts.gallery).toEqual({ mailboxes: mailboxes.length, withSignature: signed.length });
      const printed = first.join('\n');
      expect(printed).toContain(`Signatures   ${inGmail.length} signatures written and read back from Gmail`);
      expect(printed).toContain(`Gallery      ${signed.length} of ${mailboxes.length} mailboxes hold a signature in Gmail`);
      expect(printed).toContain(`Employees    ${r1.counts.employees} in Autograph`);

      const second: string[] = [];
      const r2 = await start(parseArgs(['--no-serve', '--state-dir', dir]), (l) => second.push(l));
      expect(r2.ok).toBe(true);
      expect(second[0]).toMatch(/^Loaded .*state\.json/);
      // The second start continues the first one's virtual time where it ended.
      const span = (lines: string[]) => /Virtual time (\S+) → (\S+)/.exec(lines.join('\n'))!.slice(1);
      expect(span(second)[0]).toBe(span(first)[1]);
      expect(Date.parse(span(second)[1])).toBeGreaterThan(Date.parse(span(first)[1]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses options it does not know, saying how to get help', () => {
    expect(() => parseArgs(['--user', '5'])).toThrow('unknown option --user (try --help)');
    expect(() => parseArgs(['--users', 'many'])).toThrow(/--users must be a whole number/);
  });
});
