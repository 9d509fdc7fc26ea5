/**
 * The employees a continuing signatures execution takes (src/jobs/signature-order.ts): only the rows its run has
 * not reached, when they sit together in the sheet and are the rows their emails said; else the whole table, as
 * the first execution reads it. Either way the same employees in the same order.
 */
import { employeesFrom } from '../../src/jobs/signature-order';
import { newEmployee, type Employee } from '../../src/core/directory/employee';
import type { TenantStore } from '../../src/adapters/store/tenant-store';

/** A store over `emails` (one row each, in sheet order) that counts what was read. */
function store(emails: string[], opts: { moveBeforeSpanRead?: boolean } = {}) {
  let rows: Employee[] = emails.map((e) => newEmployee(e, 0));
  const reads = { all: 0, spans: [] as Array<[number, number]>, emails: 0 };
  const s = {
    employees: () => {
      reads.all++;
      return rows.map((e) => ({ ...e }));
    },
    employeeEmailColumn: () => {
      reads.emails++;
      const out = rows.map((e) => e.primaryEmail);
      // An admin sorts the sheet between the email read and the row read.
      if (opts.moveBeforeSpanRead) rows = [...rows].reverse();
      return out;
    },
    employeesInRows: (from: number, count: number) => {
      reads.spans.push([from, count]);
      return rows.slice(from, from + count).map((e) => ({ ...e }));
    },
  };
  return { store: s as unknown as TenantStore, reads };
}

const inOrder = (n: number) => Array.from({ length: n }, (_, i) => `u${String(i).padStart(4, '0')}@acme.example`);
const emailsOf = (l: { employees: Employee[] }) => l.employees.map((e) => e.primaryEmail);

describe('the employees a continuing signatures execution reads', () => {
  it('reads every employee, by email, when the run starts', () => {
    const { store: s, reads } = store(['c@acme.example', 'a@acme.example', 'b@acme.example']);
    const l = employeesFrom(s, 0, null);
    expect(emailsOf(l)).toEqual(['a@acme.example', 'b@acme.example', 'c@acme.example']);
    expect(l).toMatchObject({ total: 3, from: 0 });
    expect(reads.all).toBe(1);
  });

  it('reads only the rows left when they sit together in the sheet', () => {
    const emails = inOrder(1000);
    const { store: s, reads } = store(emails);
    const l = employeesFrom(s, 600, 1000);
    expect(reads.all).toBe(0);
    expect(reads.spans).toEqual([[600, 400]]);
    expect(l).toMatchObject({ total: 1000, from: 600 });
    expect(emailsOf(l)).toEqual(emails.slice(600));
  });

  it('gives the same employees at the same positions as a whole read, a repeated email included', () => {
    const emails = [...inOrder(20), 'u0005@acme.example'];
    const whole = employeesFrom(store(emails).store, 0, null);
    const { store: s, reads } = store(emails);
    const part = employeesFrom(s, 4, emails.length);
    expect(reads.all).toBe(0);
    expect(part.employees.map((e) => e.id)).toEqual(whole.employees.slice(4).map((e) => e.id));
  });

  it('reads everything when the table holds another number of employees than the run started with', () => {
    const { store: s, reads } = store(inOrder(100));
    const l = employeesFrom(s, 50, 99);
    expect(reads.all).toBe(1);
    expect(l).toMatchObject({ total: 100, from: 0 });
  });

  it('reads everything when the rows left are scattered over the sheet', () => {
    const emails = inOrder(100);
    // Sheet order interleaves early and late emails: the second half by email spans the whole sheet.
    const mixed = emails.map((_, i) => emails[i % 2 === 0 ? i / 2 : 50 + (i - 1) / 2]);
    const { store: s, reads } = store(mixed);
    const l = employeesFrom(s, 50, 100);
    expect(reads.all).toBe(1);
    expect(reads.spans).toEqual([]);
    expect(emailsOf(l).slice(50)).toEqual(emails.slice(50));
  });

  it('reads everything when a row is no longer the one its email said (the sheet changed between the reads)', () => {
    const emails = inOrder(100);
    const { store: s, reads } = store(emails, { moveBeforeSpanRead: true });
    const l = employeesFrom(s, 60, 100);
    expect(reads.spans).toHaveLength(1);
    expect(reads.all).toBe(1);
    expect(emailsOf(l).slice(60)).toEqual(emails.slice(60));
  });
});
