/**
 * Field mapping, Staffbase-style: each directory attribute goes to an Autograph field, to a custom field of
 * type text, number or date, or is skipped. The primary email is the unique key and is always read.
 */
import { CustomFieldType, CustomValue, STANDARD_FIELD_KEYS } from './employee';
import type { SchemaInfo } from './attributes';

export interface MappingRule {
  /** Directory attribute key (see attributes.ts), e.g. `organizations.title`. */
  attribute: string;
  /** Employee field key (`title`, `phones.mobile`, `custom.pronouns`), or '' to skip. */
  target: string;
}

export interface CustomFieldDef {
  /** Key under `Employee.custom`: lower-case letters, digits and `_`. */
  key: string;
  label: string;
  type: CustomFieldType;
}

export interface FieldMapping {
  rules: MappingRule[];
  customFields: CustomFieldDef[];
}

/**
 * What a fresh tenant starts with: the usual attributes on the usual fields. A home phone is private: it is not
 * mapped unless an admin chooses to (a signature goes to everyone the employee writes to).
 */
export const DEFAULT_RULES: MappingRule[] = [
  { attribute: 'name.givenName', target: 'givenName' },
  { attribute: 'name.familyName', target: 'familyName' },
  { attribute: 'name.fullName', target: 'fullName' },
  { attribute: 'organizations.title', target: 'title' },
  { attribute: 'organizations.department', target: 'department' },
  { attribute: 'organizations.costCenter', target: 'costCenter' },
  { attribute: 'organizations.location', target: 'location' },
  { attribute: 'phones.work', target: 'phones.work' },
  { attribute: 'phones.mobile', target: 'phones.mobile' },
  { attribute: 'phones.work_mobile', target: 'phones.workMobile' },
  { attribute: 'phones.work_fax', target: 'phones.fax' },
  { attribute: 'phones.main', target: 'phones.main' },
  { attribute: 'phones.other', target: 'phones.other' },
  { attribute: 'addresses.formatted', target: 'address.formatted' },
  { attribute: 'addresses.streetAddress', target: 'address.streetAddress' },
  { attribute: 'addresses.locality', target: 'address.locality' },
  { attribute: 'addresses.region', target: 'address.region' },
  { attribute: 'addresses.postalCode', target: 'address.postalCode' },
  { attribute: 'addresses.country', target: 'address.country' },
  { attribute: 'addresses.countryCode', target: 'address.countryCode' },
  { attribute: 'relations.manager', target: 'manager' },
  { attribute: 'thumbnailPhotoUrl', target: 'photoUrl' },
];

export function defaultMapping(): FieldMapping {
  return { rules: DEFAULT_RULES.map((r) => ({ ...r })), customFields: [] };
}

function sameRules(a: MappingRule[], b: MappingRule[]): boolean {
  const key = (rs: MappingRule[]) => rs.map((r) => `${r.attribute}>${r.target}`).sort().join('|');
  return key(a) === key(b);
}

/** Whether the mapping is still the one a fresh tenant starts with (no admin has changed it). */
export function isDefaultMapping(m: FieldMapping): boolean {
  return m.customFields.length === 0 && sameRules(m.rules, DEFAULT_RULES);
}

const LINKEDIN = /(^|[/.])linkedin\.com\//i;

/**
 * The default mapping fitted to what the directory holds: a work website and a LinkedIn profile, when users have
 * them, go to the custom fields `website` and `linkedin` (in templates `{{custom.website}}`, `{{custom.linkedin}}`).
 * A LinkedIn profile is the website attribute whose values are linkedin.com links, whatever its type (`profile`,
 * or a custom type). Only a mapping no admin has changed is fitted; otherwise it is returned as it is.
 */
export function suggestedMapping(m: FieldMapping, attributes: ReadonlyArray<{ key: string; samples: string[] }>): FieldMapping {
  if (!isDefaultMapping(m)) return m;
  const websites = attributes.filter((a) => a.key.startsWith('websites.') && a.samples.length > 0);
  const linkedin = websites.find((a) => a.samples.some((v) => LINKEDIN.test(v)));
  const website = ['websites.work', 'websites.home_page', 'websites.other'].map((k) => websites.find((a) => a.key === k && a !== linkedin)).find(Boolean);
  let next = m;
  for (const [attr, label] of [[website, 'Website'], [linkedin, 'LinkedIn']] as const) {
    if (!attr) continue;
    const created = addCustomField(next, label, 'text');
    next = setRule(created.mapping, attr.key, `custom.${created.field.key}`);
  }
  return next;
}

/** Attributes that identify a user and are read whatever the mapping says. */
export const IDENTITY_ATTRIBUTES = ['primaryEmail', 'aliases'];

export interface MappingProblem {
  attribute: string;
  target: string;
  message: string;
  fix: string;
}

export class MappingError extends Error {
  constructor(
    readonly attribute: string,
    message: string,
  ) {
    super(message);
    this.name = 'MappingError';
  }
}

/** A custom field key from a label: `Employee No.` → `employee_no`. */
export function customKeyFor(label: string): string {
  const k = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return k || 'field';
}

/**
 * Sets where `attribute` goes. Refuses to skip the primary email, to map two attributes onto one field, or to
 * target a custom field that is not defined. Returns a new mapping.
 */
export function setRule(m: FieldMapping, attribute: string, target: string): FieldMapping {
  if (attribute === 'primaryEmail') {
    throw new MappingError(
      attribute,
      target === ''
        ? 'Primary email is the unique key of an employee and cannot be skipped.'
        : 'Primary email is the unique key of an employee and is always imported; it cannot be mapped to another field.',
    );
  }
  if (target.startsWith('custom.')) {
    if (!m.customFields.some((c) => `custom.${c.key}` === target)) {
      throw new MappingError(attribute, `Custom field "${target.slice(7)}" does not exist. Create it first, then map ${attribute} to it.`);
    }
  } else if (target !== '' && !STANDARD_FIELD_KEYS.has(target)) {
    throw new MappingError(attribute, `"${target}" is not an Autograph field. Pick a field from the list or create a custom field.`);
  }
  const rules = m.rules.filter((r) => r.attribute !== attribute && !(target !== '' && r.target === target));
  if (target !== '') rules.push({ attribute, target });
  return { ...m, rules };
}

/** Adds a custom field (key derived from the label, made unique). */
export function addCustomField(m: FieldMapping, label: string, type: CustomFieldType): { mapping: FieldMapping; field: CustomFieldDef } {
  const clean = label.trim();
  if (!clean) throw new MappingError('', 'A custom field needs a name. Type a name such as "Pronouns" and try again.');
  if (!['text', 'number', 'date'].includes(type)) {
    throw new MappingError('', `Custom field type "${type}" is not supported. Choose text, number or date.`);
  }
  const base = customKeyFor(clean);
  let key = base;
  for (let i = 2; m.customFields.some((c) => c.key === key); i++) key = `${base}_${i}`;
  const field = { key, label: clean, type };
  return { mapping: { ...m, customFields: [...m.customFields, field] }, field };
}

/** Attributes the mapping reads from the directory (identity attributes included). */
export function mappedAttributes(m: FieldMapping): string[] {
  return [...new Set([...IDENTITY_ATTRIBUTES, ...m.rules.filter((r) => r.target).map((r) => r.attribute)])];
}

/**
 * Rules that cannot work against the directory as it is now: a custom schema or schema field that was deleted,
 * a custom field target that no longer exists. The sync skips these rules and reports them.
 */
export function checkMapping(m: FieldMapping, schemas: SchemaInfo[] | null): MappingProblem[] {
  const problems: MappingProblem[] = [];
  for (const r of m.rules) {
    if (!r.target) continue;
    if (r.target.startsWith('custom.') && !m.customFields.some((c) => `custom.${c.key}` === r.target)) {
      problems.push({
        attribute: r.attribute,
        target: r.target,
        message: `${r.attribute} is mapped to custom field "${r.target.slice(7)}", which no longer exists.`,
        fix: 'Open Field mapping and map the attribute to another field, or skip it.',
      });
    }
    if (schemas && r.attribute.startsWith('customSchemas.')) {
      const [, schemaName, ...fieldParts] = r.attribute.split('.');
      const fieldName = fieldParts.join('.');
      const schema = schemas.find((s) => s.schemaName === schemaName);
      if (!schema) {
        problems.push({
          attribute: r.attribute,
          target: r.target,
          message: `Custom schema "${schemaName}" was deleted in Workspace, so ${r.attribute} (mapped to ${r.target}) cannot be read; the field keeps its last value.`,
          fix: `Recreate the schema in the Admin console, or open Field mapping and skip ${r.attribute}.`,
        });
      } else if (!schema.fields.some((f) => f.fieldName === fieldName)) {
        problems.push({
          attribute: r.attribute,
          target: r.target,
          message: `Field "${fieldName}" was deleted from custom schema "${schemaName}", so ${r.attribute} (mapped to ${r.target}) cannot be read; the field keeps its last value.`,
          fix: `Open Field mapping and skip ${r.attribute}, or add the field back to the schema.`,
        });
      }
    }
  }
  return problems;
}

export interface TypedValue {
  ok: boolean;
  value: CustomValue;
  /** Why the text does not fit the type, when `ok` is false. */
  error?: string;
}

/** Converts directory text to a custom field's type. Numbers accept `1234`, `-12.5`, `1,234.5`; dates ISO or parseable. */
export function toTyped(raw: string, type: CustomFieldType): TypedValue {
  const s = raw.trim();
  if (type === 'text') return { ok: true, value: s };
  if (type === 'number') {
    const n = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s) ? Number(s.replace(/,/g, '')) : NaN;
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, value: '', error: `"${s}" is not a number` };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  let t = NaN;
  if (iso) t = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  else if (/\d{4}/.test(s)) t = Date.parse(s);
  if (!Number.isFinite(t)) return { ok: false, value: '', error: `"${s}" is not a date (use YYYY-MM-DD)` };
  const d = new Date(t);
  if (iso && d.getUTCDate() !== Number(iso[3])) return { ok: false, value: '', error: `"${s}" is not a date (use YYYY-MM-DD)` };
  return { ok: true, value: d.toISOString().slice(0, 10) };
}

/** One value the mapping could not store, for the run's errors list. */
export interface ValueProblem {
  attribute: string;
  target: string;
  message: string;
  fix: string;
}

/**
 * The employee field values a directory user yields under the mapping. Rules listed in `skip` (broken ones
 * from `checkMapping`) are ignored; a typed custom field receiving text it cannot convert is left out and
 * reported, so the employee keeps the previous value.
 */
export function applyMapping(
  attrs: Record<string, string>,
  m: FieldMapping,
  skip: ReadonlySet<string> = new Set(),
): { values: Record<string, CustomValue>; problems: ValueProblem[] } {
  const values: Record<string, CustomValue> = {};
  const problems: ValueProblem[] = [];
  const types = new Map(m.customFields.map((c) => [`custom.${c.key}`, c]));
  for (const r of m.rules) {
    if (!r.target || skip.has(r.attribute)) continue;
    const raw = attrs[r.attribute] ?? '';
    if (r.target.startsWith('custom.')) {
      const def = types.get(r.target);
      if (!def) continue;
      if (raw === '') {
        values[r.target] = '';
        continue;
      }
      const typed = toTyped(raw, def.type);
      if (typed.ok) values[r.target] = typed.value;
      else {
        problems.push({
          attribute: r.attribute,
          target: r.target,
          message: `Custom field "${def.label}" (${def.type}) received ${typed.error} from ${r.attribute}; the previous value is kept.`,
          fix: `Correct the value in the Admin console, or change "${def.label}" to a text field in Field mapping.`,
        });
      }
    } else {
      values[r.target] = raw;
    }
  }
  return { values, problems };
}

export const FIELD_COLUMNS = ['attribute', 'target', 'label', 'type'];

/** The mapping as rows of the `fields` sheet: one row per rule, plus one per custom field definition. */
export function mappingToRows(m: FieldMapping): string[][] {
  const rows: string[][] = m.rules.map((r) => [r.attribute, r.target, '', '']);
  for (const c of m.customFields) rows.push(['', `custom.${c.key}`, c.label, c.type]);
  return rows;
}

export function rowsToMapping(header: string[], rows: Array<Array<string | number | boolean>>): FieldMapping {
  const col = (n: string) => header.indexOf(n);
  const get = (row: Array<string | number | boolean>, n: string) => (col(n) < 0 ? '' : String(row[col(n)] ?? ''));
  const rules: MappingRule[] = [];
  const customFields: CustomFieldDef[] = [];
  for (const row of rows) {
    const attribute = get(row, 'attribute');
    const target = get(row, 'target');
    if (attribute) rules.push({ attribute, target });
    else if (target.startsWith('custom.')) {
      customFields.push({ key: target.slice(7), label: get(row, 'label') || target.slice(7), type: (get(row, 'type') || 'text') as CustomFieldType });
    }
  }
  return { rules, customFields };
}
