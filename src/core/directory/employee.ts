/**
 * The Autograph employee: one row of the tenant's employees table, fed one-way from the Workspace directory
 * (or typed in by an admin). Signatures and the contact inbox read employees, never directory users.
 */
import { emailKey } from '../tenant';

/** Where a field's current value came from: the directory (overwritten on each sync) or Autograph (kept). */
export type FieldSource = 'workspace' | 'autograph';

/** Why an employee is outside the synced set, or flagged. `''` when there is nothing to say. */
export type StatusReason =
  | ''
  | 'suspended'
  | 'archived'
  | 'deleted'
  | 'no_mailbox'
  | 'paused_user'
  | 'paused_department'
  | 'paused_all';

/** Status shown for a directory user: Synced, Paused, or Not imported (not an employee at all). */
export type EmployeeStatus = 'synced' | 'paused' | 'not_imported';

export interface Phones {
  work: string;
  mobile: string;
  workMobile: string;
  fax: string;
  home: string;
  main: string;
  other: string;
}

export interface PostalAddress {
  formatted: string;
  streetAddress: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
  countryCode: string;
}

export type CustomFieldType = 'text' | 'number' | 'date';
/** Custom field values: text as is, number as a finite number, date as `YYYY-MM-DD`. */
export type CustomValue = string | number;

export interface Employee {
  /** Stable Autograph id: the directory user id for imported users (ids survive renames), `a:<email>` otherwise. */
  id: string;
  /** The Workspace user id, empty for employees typed in by hand. */
  directoryId: string;
  /** Lower-case; the unique key of an employee, never empty. */
  primaryEmail: string;
  /** Lower-case alias emails (directory `aliases`). */
  aliases: string[];
  givenName: string;
  familyName: string;
  fullName: string;
  title: string;
  /** Department name as shown; the department record is found by `departmentKey(department)`. */
  department: string;
  costCenter: string;
  location: string;
  phones: Phones;
  address: PostalAddress;
  /** Manager's email (directory relation `manager`). */
  manager: string;
  photoUrl: string;
  /** Custom fields by key (see the fields table for their label and type). */
  custom: Record<string, CustomValue>;
  /** Source per field key (`title`, `phones.work`, `custom.pronouns`); missing means `autograph`. */
  sources: Record<string, FieldSource>;
  /** Fields an admin edited by hand in Autograph; a sync never overwrites these while Workspace has nothing mapped. */
  editedFields: string[];
  /** Sync switched on for this employee (off = Paused by an admin). */
  syncOn: boolean;
  /** Why the employee left the synced set or is flagged (suspended, no mailbox, …). */
  reason: StatusReason;
  /** Org unit path the directory reported last (for selection by org unit). */
  orgUnitPath: string;
  createdAt: number;
  updatedAt: number;
  /** Last time a sync compared this employee with Workspace (0: never). */
  lastSyncAt: number;
}

export const EMPTY_PHONES: Phones = { work: '', mobile: '', workMobile: '', fax: '', home: '', main: '', other: '' };
export const EMPTY_ADDRESS: PostalAddress = {
  formatted: '',
  streetAddress: '',
  locality: '',
  region: '',
  postalCode: '',
  country: '',
  countryCode: '',
};

export function newEmployee(primaryEmail: string, now: number, directoryId = ''): Employee {
  const email = emailKey(primaryEmail);
  return {
    id: directoryId || `a:${email}`,
    directoryId,
    primaryEmail: email,
    aliases: [],
    givenName: '',
    familyName: '',
    fullName: '',
    title: '',
    department: '',
    costCenter: '',
    location: '',
    phones: { ...EMPTY_PHONES },
    address: { ...EMPTY_ADDRESS },
    manager: '',
    photoUrl: '',
    custom: {},
    sources: {},
    editedFields: [],
    syncOn: true,
    reason: '',
    orgUnitPath: '',
    createdAt: now,
    updatedAt: now,
    lastSyncAt: 0,
  };
}

/** Every standard field an attribute can be mapped to, by key, with the label cards show. */
export const EMPLOYEE_FIELDS: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'givenName', label: 'First name' },
  { key: 'familyName', label: 'Last name' },
  { key: 'fullName', label: 'Full name' },
  { key: 'title', label: 'Job title' },
  { key: 'department', label: 'Department' },
  { key: 'costCenter', label: 'Cost centre' },
  { key: 'location', label: 'Location' },
  { key: 'phones.work', label: 'Work phone' },
  { key: 'phones.mobile', label: 'Mobile phone' },
  { key: 'phones.workMobile', label: 'Work mobile' },
  { key: 'phones.fax', label: 'Fax' },
  { key: 'phones.home', label: 'Home phone' },
  { key: 'phones.main', label: 'Main phone' },
  { key: 'phones.other', label: 'Other phone' },
  { key: 'address.formatted', label: 'Address (one line)' },
  { key: 'address.streetAddress', label: 'Street' },
  { key: 'address.locality', label: 'City' },
  { key: 'address.region', label: 'Region' },
  { key: 'address.postalCode', label: 'Postal code' },
  { key: 'address.country', label: 'Country' },
  { key: 'address.countryCode', label: 'Country code' },
  { key: 'manager', label: 'Manager' },
  { key: 'photoUrl', label: 'Photo URL' },
];

export const STANDARD_FIELD_KEYS = new Set(EMPLOYEE_FIELDS.map((f) => f.key));

/** The value of a field by key (`title`, `phones.mobile`, `custom.pronouns`); '' when unset. */
export function getField(e: Employee, key: string): CustomValue {
  const dot = key.indexOf('.');
  if (dot < 0) {
    const v = (e as unknown as Record<string, unknown>)[key];
    return typeof v === 'string' || typeof v === 'number' ? v : '';
  }
  const group = key.slice(0, dot);
  const name = key.slice(dot + 1);
  if (group === 'phones') return e.phones[name as keyof Phones] ?? '';
  if (group === 'address') return e.address[name as keyof PostalAddress] ?? '';
  if (group === 'custom') return e.custom[name] ?? '';
  return '';
}

/** Sets a field by key in place. Unknown keys are refused so a typo never silently drops data. */
export function setField(e: Employee, key: string, value: CustomValue): void {
  const dot = key.indexOf('.');
  if (dot < 0) {
    if (!STANDARD_FIELD_KEYS.has(key)) throw new Error(`Unknown employee field "${key}"`);
    (e as unknown as Record<string, unknown>)[key] = String(value);
    return;
  }
  const group = key.slice(0, dot);
  const name = key.slice(dot + 1);
  if (group === 'phones' && name in EMPTY_PHONES) e.phones[name as keyof Phones] = String(value);
  else if (group === 'address' && name in EMPTY_ADDRESS) e.address[name as keyof PostalAddress] = String(value);
  else if (group === 'custom' && name) {
    if (value === '') delete e.custom[name];
    else e.custom[name] = value;
  } else throw new Error(`Unknown employee field "${key}"`);
}

export function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Every email an employee answers to, lower-case: primary first, then aliases. */
export function emailsOf(e: Pick<Employee, 'primaryEmail' | 'aliases'>): string[] {
  return [e.primaryEmail, ...e.aliases].map((x) => x.toLowerCase());
}
