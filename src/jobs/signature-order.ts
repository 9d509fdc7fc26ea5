/**
 * The employees the signatures stage takes, in its order (by primary email), from the position its checkpoint
 * reached. An execution that continues a run needs only the employees not done yet: when they sit together in the
 * employees sheet (an import writes them in the directory's order, by email) it reads their emails (one column) and
 * then only their rows, instead of the whole table (at 49,250 employees about 17 s of reading per execution).
 */
import type { Employee } from '../core/directory/employee';
import type { TenantStore } from '../adapters/store/tenant-store';

export interface StageEmployees {
  /** Employees in the table now. */
  total: number;
  /** The stage position of `employees[0]`. */
  from: number;
  employees: Employee[];
}

/** A span of rows this much longer than the employees it holds is still read as a span. */
const SPAN_SLACK = 1.5;

/** Email, then sheet row: the same order whether the table is read whole or in part, even with a duplicated email. */
function byEmail(a: { email: string; row: number }, b: { email: string; row: number }): number {
  if (a.email !== b.email) return a.email < b.email ? -1 : 1;
  return a.row - b.row;
}

/**
 * The employees from stage position `from` on. `expectedTotal` is the count the run started with: when the table
 * holds another number of rows now, positions no longer mean the same employees and everything is read (as when
 * `from` is 0). Also read whole when the rows left are scattered, or when a row is not the one its email said.
 */
export function employeesFrom(store: TenantStore, from: number, expectedTotal: number | null): StageEmployees {
  const partial = from > 0 && expectedTotal !== null ? employeesLeft(store, from, expectedTotal) : null;
  if (partial) return partial;
  const all = store.employees().map((e, row) => ({ email: e.primaryEmail, row, e }));
  all.sort(byEmail);
  return { total: all.length, from: 0, employees: all.map((x) => x.e) };
}

function employeesLeft(store: TenantStore, from: number, expectedTotal: number): StageEmployees | null {
  const emails = store.employeeEmailColumn();
  if (!emails || emails.length !== expectedTotal) return null;
  const order = emails.map((email, row) => ({ email: email.toLowerCase(), row }));
  order.sort(byEmail);
  const wanted = order.slice(from);
  if (wanted.length === 0) return { total: emails.length, from, employees: [] };
  let lo = wanted[0].row;
  let hi = lo;
  for (const w of wanted) {
    lo = Math.min(lo, w.row);
    hi = Math.max(hi, w.row);
  }
  if (hi - lo + 1 > wanted.length * SPAN_SLACK) return null;
  const rows = store.employeesInRows(lo, hi - lo + 1);
  const employees: Employee[] = [];
  for (const w of wanted) {
    const e = rows[w.row - lo];
    // Edited or moved between the two reads (an admin at work in the sheet): read everything instead.
    if (!e || e.primaryEmail !== w.email) return null;
    employees.push(e);
  }
  return { total: emails.length, from, employees };
}
