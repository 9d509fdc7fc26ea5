import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany } from '../../sim/directory/generator';
import { runScript } from './directory-fixture';
import { makeTempDir } from '../support/temp-dirs';

describe('directory, spreadsheets and contacts across a save and restore', () => {
  it('keeps the company, a shared spreadsheet and a user\'s contacts', () => {
    const ws = new OfflineWorkspace({ seed: 'persist' });
    const t = createSampleCompany(ws, { seed: 41, users: 30 });
    const admin = `admin@${t.domains[0]}`;
    const colleague = ws.directory.usersOf(t.customerId).find((u) => !u.isAdmin && !u.suspended)!.primaryEmail;
    const id = runScript(ws, admin, `
      var ss = SpreadsheetApp.create('store'); ss.addViewer(arg);
      ss.getSheets()[0].getRange('A1:B1').setValues([['when', new Date(Date.UTC(2026, 10, 2))]]);
      People.People.createContact({ names: [{ givenName: 'Kept' }] });
      return ss.getId();`, colleague, ['People']);
    const file = path.join(makeTempDir('autograph-persist-'), 'state.json');
    ws.saveState(file);

    const back = OfflineWorkspace.loadState(file);
    expect(back.directory.usersOf(t.customerId)).toHaveLength(30);
    const r = runScript(back, colleague, `
      var v = SpreadsheetApp.openById(arg).getSheets()[0].getRange('B1').getValue();
      return { isDate: v instanceof Date, iso: v.toISOString() };`, id, ['People']);
    expect(r).toEqual({ isDate: true, iso: '2026-11-02T00:00:00.000Z' });
    const names = runScript(back, admin, `return People.People.Connections.list('people/me', { personFields: 'names' }).connections.map(function (c) { return c.names[0].givenName; });`, undefined, ['People']);
    expect(names).toEqual(['Kept']);
    const users = runScript(back, admin, `return AdminDirectory.Users.list({ customer: 'my_customer', maxResults: 500 }).users.length;`);
    expect(users).toBe(30);
  });
});
