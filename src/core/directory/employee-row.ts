/**
 * Employees as rows of the tenant's `employees` sheet, and back. Columns are readable by the tenant's admins:
 * one per standard field, phones and address parts spelled out, custom fields and sources as compact JSON.
 */
import {
  CustomValue,
  EMPTY_ADDRESS,
  EMPTY_PHONES,
  Employee,
  FieldSource,
  Phones,
  PostalAddress,
  StatusReason,
} from './employee';
import { rowReader, type Cell } from '../sheet-row';

const PHONE_KEYS = Object.keys(EMPTY_PHONES) as Array<keyof Phones>;
const ADDRESS_KEYS = Object.keys(EMPTY_ADDRESS) as Array<keyof PostalAddress>;

/** The leading columns enough for lists, filters and counts (id … reason). */
export const LIST_COLUMNS = 11;

export const EMPLOYEE_COLUMNS: string[] = [
  'id',
  'directoryId',
  'primaryEmail',
  'aliases',
  'givenName',
  'familyName',
  'fullName',
  'title',
  'department',
  // Status columns come early: list cards read only the first LIST_COLUMNS columns of big tables.
  'sync',
  'reason',
  'costCenter',
  'location',
  ...PHONE_KEYS.map((k) => `phones.${k}`),
  ...ADDRESS_KEYS.map((k) => `address.${k}`),
  'manager',
  'photoUrl',
  'custom',
  'sources',
  'editedFields',
  'orgUnitPath',
  'createdAt',
  'updatedAt',
  'lastSyncAt',
];

function iso(ms: number): string {
  return ms > 0 ? new Date(ms).toISOString() : '';
}

function ms(v: Cell | undefined): number {
  if (typeof v === 'number') return v;
  if (!v) return 0;
  const t = Date.parse(String(v));
  return Number.isFinite(t) ? t : 0;
}

/** Sources are stored as `{"a":[fields from Autograph],"w":[fields from Workspace]}` to keep cells short. */
function encodeSources(s: Record<string, FieldSource>): string {
  const a: string[] = [];
  const w: string[] = [];
  for (const k of Object.keys(s).sort()) (s[k] === 'workspace' ? w : a).push(k);
  return a.length + w.length === 0 ? '' : JSON.stringify({ a, w });
}

function decodeSources(v: string): Record<string, FieldSource> {
  if (!v) return {};
  const parsed = JSON.parse(v) as { a?: string[]; w?: string[] };
  const out: Record<string, FieldSource> = {};
  for (const k of parsed.a ?? []) out[k] = 'autograph';
  for (const k of parsed.w ?? []) out[k] = 'workspace';
  return out;
}

function encodeCustom(c: Record<string, CustomValue>): string {
  const keys = Object.keys(c).sort();
  if (keys.length === 0) return '';
  const o: Record<string, CustomValue> = {};
  for (const k of keys) o[k] = c[k];
  return JSON.stringify(o);
}

export function employeeToRow(e: Employee): Cell[] {
  return [
    e.id,
    e.directoryId,
    e.primaryEmail,
    e.aliases.join(','),
    e.givenName,
    e.familyName,
    e.fullName,
    e.title,
    e.department,
    e.syncOn ? 'on' : 'off',
    e.reason,
    e.costCenter,
    e.location,
    ...PHONE_KEYS.map((k) => e.phones[k]),
    ...ADDRESS_KEYS.map((k) => e.address[k]),
    e.manager,
    e.photoUrl,
    encodeCustom(e.custom),
    encodeSources(e.sources),
    e.editedFields.slice().sort().join(','),
    e.orgUnitPath,
    iso(e.createdAt),
    iso(e.updatedAt),
    iso(e.lastSyncAt),
  ];
}

/** Reads a row by header name (rowReader), so reordered or extra columns do not break decoding. */
export function rowToEmployee(header: string[], row: Cell[]): Employee {
  const cells = rowReader(header, row);
  const s = cells.text;
  const phones = { ...EMPTY_PHONES };
  for (const k of PHONE_KEYS) phones[k] = s(`phones.${k}`);
  const address = { ...EMPTY_ADDRESS };
  for (const k of ADDRESS_KEYS) address[k] = s(`address.${k}`);
  const list = (v: string) => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : []);
  return {
    id: s('id'),
    directoryId: s('directoryId'),
    primaryEmail: s('primaryEmail').toLowerCase(),
    aliases: list(s('aliases').toLowerCase()),
    givenName: s('givenName'),
    familyName: s('familyName'),
    fullName: s('fullName'),
    title: s('title'),
    department: s('department'),
    costCenter: s('costCenter'),
    location: s('location'),
    phones,
    address,
    manager: s('manager'),
    photoUrl: s('photoUrl'),
    custom: s('custom') ? (JSON.parse(s('custom')) as Record<string, CustomValue>) : {},
    sources: decodeSources(s('sources')),
    editedFields: list(s('editedFields')),
    syncOn: s('sync') !== 'off',
    reason: s('reason') as StatusReason,
    orgUnitPath: s('orgUnitPath'),
    createdAt: ms(cells.raw('createdAt')),
    updatedAt: ms(cells.raw('updatedAt')),
    lastSyncAt: ms(cells.raw('lastSyncAt')),
  };
}
