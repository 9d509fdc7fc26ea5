/**
 * The counts `npm start` prints, the gallery shows and the cards show, from one place: the tenant's store
 * spreadsheet (read with the core's own row readers, as the cards' adapters read it) and the emulated Gmail
 * mailboxes (what Gmail really holds). The summary states only what it checked here.
 */
import type { OfflineWorkspace } from '../workspace';
import type { SimProject } from '../project';
import { spreadsheetState } from '../services/spreadsheet';
import { mailboxOf } from '../google/mailbox';
import { mailboxCounts, type MailboxCounts } from '../server/signature-gallery';
import { rowReader } from '../../src/core/sheet-row';
import { rowToEmployee } from '../../src/core/directory/employee-row';
import { rowToLinkage } from '../../src/core/delegation/connection';
import type { LinkageStatus as AddressStatus } from '../../src/core/signatures/types';
import type { LinkageStatus as ConnectionStatus } from '../../src/core/delegation/linkage';
import { storedTenant } from './autograph-tenant';

/** Sheets of the tenant store the cards read (src/adapters/store/tenant-store.ts TABLES, signature-store.ts, connection.ts). */
const EMPLOYEES_SHEET = 'employees';
const ADDRESSES_SHEET = 'signature_addresses';
const CONNECTION_SHEET = 'connection';

/** Each signature status in the words a customer uses (the Signatures card counts the same rows). */
export const ADDRESS_STATUS_WORDS: Record<AddressStatus, string> = {
  ok: 'written and read back from Gmail',
  pending: 'waiting to be written',
  paused: 'paused by an admin',
  no_template: 'with no template assigned',
  edited_in_gmail: 'changed by their owner in Gmail',
  refused: 'refused by Gmail',
  not_send_as: 'not a send-as address in Gmail',
  no_mailbox: 'without a Gmail mailbox',
  unauthorized: 'not reachable: domain-wide delegation missing',
  error: 'failed to write',
};

export const CONNECTION_STATUS_WORDS: Record<ConnectionStatus, string> = {
  ok: 'reachable',
  authentication_error: 'refused: the service account key does not work',
  unauthorized: 'refused: domain-wide delegation missing or incomplete',
  linkage_error: 'not reachable (no mailbox, suspended or unknown)',
};

export interface DemoCounts {
  /** Rows of Autograph's employee table (the Employees and Signatures cards). */
  employees: number;
  /** Send-as addresses Autograph tracks, by status (the Signatures card). */
  addresses: Partial<Record<AddressStatus, number>>;
  /** Addresses marked OK whose Gmail signature is, read just now, exactly what Autograph last stored. */
  okAndInGmail: number;
  /** The mailboxes those addresses belong to (a user's aliases share one). */
  okAndInGmailMailboxes: number;
  /** Addresses marked OK whose Gmail signature is something else now. */
  okButChangedInGmail: number;
  /** Users the Connection card lists as checked, by status. */
  connection: Partial<Record<ConnectionStatus, number>>;
  gallery: MailboxCounts;
}

type Table = { header: string[]; rows: Array<Array<string | number | boolean>> };

function table(ws: OfflineWorkspace, spreadsheetId: string, name: string): Table {
  const sheet = spreadsheetState(ws, spreadsheetId)?.sheets.find((s) => s.name === name);
  if (!sheet || sheet.values.length === 0) return { header: [], rows: [] };
  const cells = sheet.values.map((r) => r.map((c) => (c === null || c === undefined ? '' : (c as string | number | boolean))));
  const [header, ...rows] = cells;
  return { header: header.map(String), rows: rows.filter((r) => r.some((c) => c !== '')) };
}

/** The tenant store's spreadsheet id, or undefined before the directory setup made the store. */
export function storeSpreadsheetId(ws: OfflineWorkspace, project: SimProject, customerId: string): string | undefined {
  return storedTenant(ws, project.id, customerId)?.spreadsheetId;
}

export function demoCounts(ws: OfflineWorkspace, project: SimProject, customerId: string): DemoCounts {
  const gallery = mailboxCounts(ws, customerId);
  const counts: DemoCounts = { employees: 0, addresses: {}, okAndInGmail: 0, okAndInGmailMailboxes: 0, okButChangedInGmail: 0, connection: {}, gallery };
  const id = storeSpreadsheetId(ws, project, customerId);
  if (!id) return counts;
  const employees = table(ws, id, EMPLOYEES_SHEET);
  counts.employees = employees.rows.map((r) => rowToEmployee(employees.header, r)).filter((e) => e.primaryEmail).length;

  const addresses = table(ws, id, ADDRESSES_SHEET);
  const okMailboxes = new Set<string>();
  for (const r of addresses.rows) {
    const cell = rowReader(addresses.header, r).text;
    const status = cell('status') as AddressStatus;
    counts.addresses[status] = (counts.addresses[status] ?? 0) + 1;
    if (status !== 'ok') continue;
    const user = ws.directory.findUser(cell('user'));
    const inGmail = user ? mailboxOf(ws, user).sendAs[cell('address')]?.signature : undefined;
    if (inGmail !== undefined && inGmail === cell('storedHtml')) {
      counts.okAndInGmail++;
      okMailboxes.add(cell('user'));
    } else counts.okButChangedInGmail++;
  }
  counts.okAndInGmailMailboxes = okMailboxes.size;

  const linkage = table(ws, id, CONNECTION_SHEET);
  for (const r of linkage.rows) {
    const rec = rowToLinkage(linkage.header, r);
    if (rec) counts.connection[rec.status] = (counts.connection[rec.status] ?? 0) + 1;
  }
  return counts;
}

const n = (x: number) => x.toLocaleString('en-US');

/** The summary's lines about Autograph's state, in plain words, each naming where the same number shows. */
export function describeCounts(c: DemoCounts): string[] {
  const lines: string[] = [];
  lines.push(`Employees    ${n(c.employees)} in Autograph (Employees and Signatures cards)`);
  const total = Object.values(c.addresses).reduce((a, b) => a + (b ?? 0), 0);
  if (total === 0) {
    lines.push('Signatures   none written yet');
  } else {
    const aliases = c.okAndInGmail - c.okAndInGmailMailboxes;
    const where = aliases > 0 ? `, in ${n(c.okAndInGmailMailboxes)} mailboxes (${n(aliases)} for an alias address)` : '';
    const parts = [`${n(c.okAndInGmail)} signature${c.okAndInGmail === 1 ? '' : 's'} written and read back from Gmail${where}`];
    if (c.okButChangedInGmail > 0) parts.push(`${n(c.okButChangedInGmail)} marked written but Gmail now holds something else`);
    for (const [status, words] of Object.entries(ADDRESS_STATUS_WORDS) as Array<[AddressStatus, string]>) {
      if (status !== 'ok' && c.addresses[status]) parts.push(`${n(c.addresses[status]!)} ${words}`);
    }
    lines.push(`Signatures   ${parts.join('; ')} (Signatures card)`);
  }
  lines.push(`Gallery      ${n(c.gallery.withSignature)} of ${n(c.gallery.mailboxes)} mailboxes hold a signature in Gmail (/signatures)`);
  const checked = Object.values(c.connection).reduce((a, b) => a + (b ?? 0), 0);
  const conn = (Object.entries(CONNECTION_STATUS_WORDS) as Array<[ConnectionStatus, string]>)
    .filter(([s]) => c.connection[s])
    .map(([s, words]) => `${n(c.connection[s]!)} ${words}`);
  lines.push(`Connection   ${checked === 0 ? 'no user checked yet' : `${n(checked)} users checked: ${conn.join('; ')}`} (Connection card)`);
  return lines;
}
