/**
 * The status cards at company size. The Signatures and Connection cards count every employee from the columns a
 * state needs; the one-employee cards (Employees › employee, Signatures › employee) find that employee's rows with
 * Sheets and read only those. Both ask core/signatures/employee-state.ts, so the counts must equal the states the
 * one-employee cards show, and the one-employee cards must read the same cells with 50,000 more employees.
 * Runs the built bundle; the offline Sheets counts every cell read.
 */
import { action, connectPublisher, directoryWorld, scriptProps, setUp, sheetRows, shown, type DirWorld } from '../directory/world';
import { grantDelegation } from '../../sim/google/registry';
import { SidebarSession } from '../../sim/host/session';
import type { RunResult } from '../../sim/workspace';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { padAddresses, padChecks, padEmployees, storeSheet } from './store-padding';

const HOUR = 3600_000;
const PADDING = 50_000;

const cellsRead = (r: RunResult) => r.execution.counters.get('spreadsheet.cells.read');

/** Every widget object of a card response, depth first. */
function widgets(r: RunResult): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      out.push(x as Record<string, unknown>);
      Object.values(x).forEach(walk);
    }
  };
  walk(JSON.parse(shown(r)));
  return out;
}

/** The "Label: n" lines of a card. */
function countsOn(r: RunResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of widgets(r)) {
    const m = typeof x.text === 'string' ? /^([^:<]+): (\d+)$/.exec(x.text) : null;
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

/** The text beside a top label ("Status", "Signature in Gmail"). */
function labelled(r: RunResult, topLabel: string): string {
  const hit = widgets(r).find((x) => x.topLabel === topLabel && typeof x.text === 'string');
  if (!hit) throw new Error(`no "${topLabel}" on the card`);
  return String(hit.text);
}

/** A state's label without its reason ("Not connected: Your domain …" → "Not connected"): what the counts name. */
const kindOf = (label: string) => label.split(':')[0];

describe('status cards at company size', () => {
  let w: DirWorld;
  let employees: Array<Record<string, string>>;
  let verified: string;

  beforeAll(() => {
    w = directoryWorld({ users: 24, seed: 12 });
    const r = setUp(w);
    if (!r.ok) throw new Error(r.error);
    for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(HOUR);
    for (let i = 0; i < 12 && `t:${w.tenant.customerId}:run` in scriptProps(w); i++) w.ws.advance(HOUR);
    const clientId = connectPublisher(w, { grant: false }).clientId;
    const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
    action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } });
    action(w, 'assignments.add', { form: { targetKind: 'company', templateId: sheetRows(w, 'signature_templates')[0].id } });
    // Everyone is refused a token (not authorised yet); then, authorised, one employee is written and one checked:
    // verified, not connected, connected-by-check and no mailbox side by side.
    action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    grantDelegation(w.ws, w.tenant.customerId, clientId, [...DELEGATION_SCOPES]);
    employees = sheetRows(w, 'employees');
    const active = employees.filter((e) => e.syncOn !== 'false' && e.reason === '');
    verified = active[0].primaryEmail;
    action(w, 'signatures.applyNow', { params: { scope: 'employee', email: verified } });
    action(w, 'connection.checkUser', { params: { email: active[1].primaryEmail } });
  }, 120_000);

  it('counts on the Signatures card the states the one-employee cards show, label for label', () => {
    const card = action(w, 'signatures.open');
    const rows = new Map(widgets(card).filter((x) => typeof x.bottomLabel === 'string' && / · /.test(String(x.bottomLabel))).map((x) => String(x.bottomLabel).split(' · ') as [string, string]));
    const perEmployee: Record<string, number> = {};
    for (const e of employees) {
      const one = labelled(action(w, 'signatures.employee', { params: { email: e.primaryEmail } }), 'Status');
      expect(labelled(action(w, 'emp.open', { params: { id: e.id } }), 'Signature in Gmail')).toBe(one);
      // The list row on the Signatures card words the state as the employee's own card does, reason included.
      expect(rows.get(e.primaryEmail)).toBe(one);
      perEmployee[kindOf(one)] = (perEmployee[kindOf(one)] ?? 0) + 1;
    }
    const counts = countsOn(card);
    expect(Object.keys(perEmployee).length).toBeGreaterThanOrEqual(3);
    expect(perEmployee['Written and verified in Gmail']).toBe(1);
    for (const [kind, n] of Object.entries(perEmployee)) expect(counts[kind]).toBe(n);
  });

  it('reads the same cells for one employee with 50,000 more employees, address records and checks, and counts the 50,000', () => {
    const one = (email: string) => ({ sig: action(w, 'signatures.employee', { params: { email } }), emp: action(w, 'emp.open', { params: { id: employees.find((e) => e.primaryEmail === email)!.id } }) });
    const small = { verified: one(verified), signatures: countsOn(action(w, 'signatures.open')), connection: countsOn(action(w, 'connection.open')) };
    const before = { employees: storeSheet(w, 'employees')!.values, addresses: storeSheet(w, 'signature_addresses')!.values, checks: storeSheet(w, 'connection')!.values };
    // 50,000 copies of the verified employee: their address records and a Connection check each.
    const at = (values: unknown[][], column: string) => values.slice(1).findIndex((r) => r[values[0].indexOf(column)] === verified);
    padEmployees(w, PADDING, at(before.employees, 'primaryEmail'));
    padAddresses(w, PADDING, at(before.addresses, 'user'));
    try {
      // First as a first push leaves the store (no Connection checks of the new employees), then with one for each.
      const cardsWithoutChecks = ['signatures.open', 'connection.open'].map((route) => action(w, route).execution.elapsed());
      const homeWithoutChecks = new SidebarSession(w.ws, w.project, w.admin).openHomepage();
      padChecks(w, PADDING, 0);
      const big = one(verified);
      for (const k of ['sig', 'emp'] as const) {
        expect(shown(big[k])).toBe(shown(small.verified[k]));
        expect(cellsRead(big[k])).toBe(cellsRead(small.verified[k]));
      }
      const signatures = action(w, 'signatures.open');
      expect(countsOn(signatures)['Written and verified in Gmail']).toBe(small.signatures['Written and verified in Gmail'] + PADDING);
      const connection = action(w, 'connection.open');
      expect(countsOn(connection)['Connected']).toBe(small.connection['Connected'] + PADDING);
      // The admin's home card (setup checklist) counts every employee's state as well.
      const home = new SidebarSession(w.ws, w.project, w.admin).openHomepage();
      expect(home.error).toBeUndefined();
      console.log(
        `At ${PADDING + employees.length} employees: one employee ${cellsRead(big.sig)} / ${cellsRead(big.emp)} cells (Signatures › employee / Employees › employee, as at ${employees.length}); ` +
          `Signatures card ${cellsRead(signatures)} cells, ${signatures.execution.elapsed()} ms virtual; Connection card ${cellsRead(connection)} cells, ${connection.execution.elapsed()} ms; ` +
          `home card ${home.log[home.log.length - 1].virtualMs} ms; without the 50,000 checks: Signatures ${cardsWithoutChecks[0]} ms, ` +
          `Connection ${cardsWithoutChecks[1]} ms, home ${homeWithoutChecks.log[homeWithoutChecks.log.length - 1].virtualMs} ms`,
      );
    } finally {
      storeSheet(w, 'employees')!.values = before.employees;
      storeSheet(w, 'signature_addresses')!.values = before.addresses;
      storeSheet(w, 'connection')!.values = before.checks;
    }
  });
});
