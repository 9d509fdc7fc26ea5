/**
 * How one directory user's contact details are written: typed phones in the international format of the office
 * country, a work address laid out the way that country writes it, and a fresh etag after a change. Used by the
 * generator and by the between-syncs changes.
 */
import { Rng, hashString } from '../rng';
import type { SimUser } from './model';
import type { CountryProfile } from './names';

export function buildPhones(rng: Rng, c: CountryProfile, area: string): NonNullable<SimUser['phones']> {
  const phones: NonNullable<SimUser['phones']> = [{ type: 'work', value: phone(rng, c, c.workPattern, area), primary: true }];
  if (rng.chance(0.8)) phones.push({ type: 'mobile', value: phone(rng, c, c.mobilePattern, area) });
  if (rng.chance(0.3)) phones.push({ type: 'work_fax', value: phone(rng, c, c.workPattern, area) });
  if (rng.chance(0.1)) phones.push({ type: 'work_mobile', value: phone(rng, c, c.mobilePattern, area) });
  if (rng.chance(0.05)) phones.push({ type: 'home', value: phone(rng, c, c.workPattern, area) });
  if (rng.chance(0.03)) phones.push({ type: 'custom', customType: 'Direct line', value: phone(rng, c, c.workPattern, area) });
  return phones;
}

export function phone(rng: Rng, c: CountryProfile, pattern: string, area: string): string {
  const national = pattern.replace('{area}', area).replace(/#/g, () => String(rng.int(0, 10)));
  return `+${c.callingCode} ${national}`;
}

/** A work address formatted the way the country writes it. */
export function workAddress(c: CountryProfile, o: CountryProfile['offices'][number]): NonNullable<SimUser['addresses']>[number] {
  let formatted: string;
  switch (c.countryCode) {
    case 'US':
      formatted = `${o.street}\n${o.locality}, ${o.region} ${o.postalCode}\n${c.country}`;
      break;
    case 'GB':
      formatted = `${o.street}\n${o.locality}\n${o.postalCode}\n${c.country}`;
      break;
    case 'JP':
      formatted = `〒${o.postalCode}\n${o.region}${o.locality}${o.street}\n${c.country}`;
      break;
    case 'BR':
      formatted = `${o.street}\n${o.locality} - ${o.region}\n${o.postalCode}\n${c.country}`;
      break;
    default:
      formatted = `${o.street}\n${o.postalCode} ${o.locality}\n${c.country}`;
  }
  const a: NonNullable<SimUser['addresses']>[number] = {
    type: 'work',
    formatted,
    streetAddress: o.street,
    locality: o.locality,
    postalCode: o.postalCode,
    country: c.country,
    countryCode: c.countryCode,
    primary: true,
  };
  if (o.region) a.region = o.region;
  return a;
}

/** New etag after a change, like the Directory gives a changed user. */
export function touch(u: SimUser): void {
  const n = u.etag ? hashString(u.etag) : hashString(u.id);
  u.etag = `"sim${(n ^ hashString(JSON.stringify(u.organizations ?? []) + JSON.stringify(u.phones ?? []))).toString(36)}/${u.id.slice(-6)}"`;
}

export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

