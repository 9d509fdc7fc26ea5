/**
 * A tenant file beside its store that people who cannot open the store must reach (the Contact Inbox drop, the
 * edit requests file): created by an admin's execution, so it sits in that admin's Drive, and shared per user.
 * "SpreadsheetApp.create(name) … Creates a new spreadsheet with the given name"
 * (apps-script/reference/spreadsheet/spreadsheet-app#create(String)); sharing is Spreadsheet.addEditors /
 * addViewers "(emailAddresses) Adds the given array of users to the list of editors/viewers for the Spreadsheet"
 * (apps-script/reference/spreadsheet/spreadsheet): one Drive call per list, here at most 100 addresses a call.
 */
import { emailKey } from '../../core/tenant';
import { SheetTable } from './sheet-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const lowerEmails = (emails: readonly string[]) => emails.map(emailKey).filter(Boolean);

/** Creates `title` with one empty table per sheet, editable by `admins` (less `me`, who owns it). */
export function createSharedFile(title: string, sheets: ReadonlyArray<{ name: string; columns: readonly string[] }>, admins: readonly string[], me: string): Spreadsheet {
  const ss = SpreadsheetApp.create(title);
  for (const s of sheets) new SheetTable(ss, s.name).replaceAll([...s.columns], []);
  const blank = ss.getSheetByName('Sheet1');
  if (blank && ss.getSheets().length > 1) ss.deleteSheet(blank);
  const others = lowerEmails(admins).filter((a) => a !== me.toLowerCase());
  if (others.length) ss.addEditors(others);
  return ss;
}

/** The file `id`, or null when this user cannot open it (not shared with them, or deleted) or there is none. */
export function openSharedFile(id: string): Spreadsheet | null {
  if (!id) return null;
  try {
    return SpreadsheetApp.openById(id);
  } catch (_noAccess) {
    return null;
  }
}

/**
 * Shares `ss` with the addresses that have no access yet, as editors or viewers, at most `max` of them (the rest
 * wait for the next call: each 100 is one Drive call). Returns how many were shared. An address that already has
 * access keeps it as it is (addViewer leaves an editor an editor: #addViewer(String)).
 */
export function shareFile(ss: Spreadsheet, emails: readonly string[], as: 'edit' | 'view', max = Infinity): number {
  const have = new Set(lowerEmails([...ss.getEditors(), ...ss.getViewers()].map((u) => u.getEmail())));
  const add = [...new Set(lowerEmails(emails))].filter((e) => !have.has(e)).slice(0, max);
  for (let i = 0; i < add.length; i += 100) {
    if (as === 'edit') ss.addEditors(add.slice(i, i + 100));
    else ss.addViewers(add.slice(i, i + 100));
  }
  return add.length;
}
