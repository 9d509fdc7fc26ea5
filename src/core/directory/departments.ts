/**
 * Departments group employees (signature templates are assigned per department). Imported employees go either
 * all into the Standard department, or into departments mirroring the Workspace `organizations.department`,
 * creating a department the first time a name appears. Names match ignoring case and surrounding spaces.
 */
export type DepartmentsMode = 'standard' | 'mirror';

export interface Department {
  /** Stable id: `d:` + the match key at creation; renames keep it. */
  id: string;
  name: string;
  /** Off = every employee of this department is Paused. */
  syncOn: boolean;
  /** `standard` (the default one), `workspace` (created by a mirror sync) or `manual` (created by an admin). */
  origin: 'standard' | 'workspace' | 'manual';
  createdAt: number;
}

export const STANDARD_DEPARTMENT = 'Standard department';
/** Department names are shown on cards and written to sheets: cap their length. */
export const MAX_DEPARTMENT_NAME = 100;

/**
 * A department name as Autograph stores it: control characters (tabs, newlines) become spaces, runs of spaces
 * collapse, surrounding spaces go, and the length is capped. Everything else (`R&D / Ops`, `Ventes – Île`,
 * `=SUM(A1)`, emoji) is kept as typed; the sheet stores cells as plain text so nothing is evaluated.
 */
export function cleanDepartmentName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_DEPARTMENT_NAME)
    .trim();
}

/** The key two department names match on: case-insensitive, surrounding spaces ignored. */
export function departmentKey(name: string): string {
  return cleanDepartmentName(name).toLocaleLowerCase('en');
}

export function departmentIdFor(name: string): string {
  return `d:${departmentKey(name)}`;
}

export function newDepartment(name: string, origin: Department['origin'], now: number): Department {
  const clean = cleanDepartmentName(name);
  return { id: departmentIdFor(clean), name: clean, syncOn: true, origin, createdAt: now };
}

/** Looks departments up by match key; `resolve` returns the existing one or creates it (recorded in `added`). */
export class DepartmentIndex {
  private readonly byKey = new Map<string, Department>();
  readonly added: Department[] = [];

  constructor(
    departments: Department[],
    private readonly now: number,
  ) {
    for (const d of departments) this.byKey.set(departmentKey(d.name), d);
  }

  find(name: string): Department | undefined {
    return this.byKey.get(departmentKey(name));
  }

  resolve(name: string, origin: Department['origin']): Department {
    const existing = this.find(name);
    if (existing) return existing;
    const d = newDepartment(name, origin, this.now);
    this.byKey.set(departmentKey(d.name), d);
    this.added.push(d);
    return d;
  }

  all(): Department[] {
    return [...this.byKey.values()];
  }

  pausedKeys(): Set<string> {
    const out = new Set<string>();
    for (const [k, d] of this.byKey) if (!d.syncOn) out.add(k);
    return out;
  }
}

export const DEPARTMENT_COLUMNS = ['id', 'name', 'sync', 'origin', 'createdAt'];

export function departmentToRow(d: Department): string[] {
  return [d.id, d.name, d.syncOn ? 'on' : 'off', d.origin, d.createdAt ? new Date(d.createdAt).toISOString() : ''];
}

export function rowToDepartment(header: string[], row: Array<string | number | boolean>): Department {
  const at = (n: string) => {
    const i = header.indexOf(n);
    return i < 0 ? '' : String(row[i] ?? '');
  };
  const created = Date.parse(at('createdAt'));
  return {
    id: at('id') || departmentIdFor(at('name')),
    name: at('name'),
    syncOn: at('sync') !== 'off',
    origin: (at('origin') || 'manual') as Department['origin'],
    createdAt: Number.isFinite(created) ? created : 0,
  };
}
