/**
 * The placeholders a template can use, and the Mustache view that answers them for one employee. Field names
 * follow the employee record (`givenName`, `title`, `address.locality`, `custom.pronouns`); phones are typed
 * like GAM's `phone.value.type.mobile`: `{{phone.work}}`, `{{phone.mobile}}`, `{{phone.fax}}`.
 */
import { EMPTY_ADDRESS, EMPTY_PHONES, type Employee } from '../directory/employee';
import type { Banner } from './types';
import { FORMATTERS, type FormatContext } from './formatters';

export interface Placeholder {
  name: string;
  label: string;
}

const BASE: Placeholder[] = [
  { name: 'email', label: 'Primary email' },
  { name: 'givenName', label: 'First name' },
  { name: 'familyName', label: 'Last name' },
  { name: 'fullName', label: 'Full name' },
  { name: 'title', label: 'Job title' },
  { name: 'department', label: 'Department' },
  { name: 'costCenter', label: 'Cost centre' },
  { name: 'location', label: 'Location' },
  { name: 'manager', label: "Manager's email" },
  { name: 'photoUrl', label: 'Photo (https address)' },
  ...Object.keys(EMPTY_PHONES).map((k) => ({ name: `phone.${k}`, label: `Phone (${k})` })),
  ...Object.keys(EMPTY_ADDRESS).map((k) => ({ name: `address.${k}`, label: `Address: ${k}` })),
  { name: 'banner.imageUrl', label: "Banner image (campaign's or department's)" },
  { name: 'banner.link', label: 'Banner link' },
  { name: 'banner.alt', label: 'Banner alt text' },
  { name: 'year', label: 'Current year' },
];

/** Every placeholder name a template may use, given the tenant's custom field keys. */
export function placeholderCatalogue(customFieldKeys: Iterable<string>): Placeholder[] {
  const out = [...BASE];
  for (const k of customFieldKeys) out.push({ name: `custom.${k}`, label: `Custom field ${k}` });
  return out;
}

/** Section names that are formatting lambdas, not fields: `{{#upper}}…{{/upper}}`. */
export const FORMATTER_NAMES = Object.keys(FORMATTERS);

/** Custom field keys seen across employees (for validation when the tenant's field list is not at hand). */
export function customKeysOf(employees: Iterable<Employee>): string[] {
  const keys = new Set<string>();
  for (const e of employees) for (const k of Object.keys(e.custom)) keys.add(k);
  return [...keys].sort();
}

export interface ViewContext {
  banner: Banner | null;
  /** The run's start time (ms): every date placeholder of one run uses the same instant. */
  at: number;
  timeZone: string;
}

/** The Mustache view for one employee. Empty strings hide `{{#field}}` blocks; values are escaped on output. */
export function signatureView(e: Employee, ctx: ViewContext): Record<string, unknown> {
  const fmt: FormatContext = { countryCode: e.address.countryCode.toUpperCase() };
  const view: Record<string, unknown> = {
    email: e.primaryEmail,
    givenName: e.givenName,
    familyName: e.familyName,
    fullName: e.fullName || [e.givenName, e.familyName].filter(Boolean).join(' '),
    title: e.title,
    department: e.department,
    costCenter: e.costCenter,
    location: e.location,
    manager: e.manager,
    photoUrl: e.photoUrl,
    phone: { ...e.phones },
    address: { ...e.address },
    custom: { ...e.custom },
    banner: ctx.banner ? { ...ctx.banner } : { imageUrl: '', link: '', alt: '' },
    year: String(yearIn(ctx.at, ctx.timeZone)),
  };
  for (const [name, make] of Object.entries(FORMATTERS)) view[name] = () => make(fmt);
  return view;
}

// One formatter per time zone: building an Intl.DateTimeFormat costs more than rendering a signature.
const YEAR_FORMATS = new Map<string, Intl.DateTimeFormat | null>();

function yearIn(at: number, timeZone: string): number {
  let format = YEAR_FORMATS.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' });
    } catch (_unknownZone) {
      format = null;
    }
    YEAR_FORMATS.set(timeZone, format);
  }
  return format ? Number(format.format(new Date(at))) : new Date(at).getUTCFullYear();
}
