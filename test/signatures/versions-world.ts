/**
 * A sample company for the versions tests: Autograph set up, the publisher's service account authorised, a
 * template assigned to everyone and written; helpers to count what reaches Gmail, press a confirmation, and run
 * the nightly run (with its continuations) to the end.
 */
import { action, directoryWorld, importableUsers, setUp, sheetRows, scriptProps, shown, type DirWorld, connectPublisher } from '../directory/world';
import { mailboxOf } from '../../sim/google/mailbox';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { confirmationIdIn } from '../support/confirmation';
import { fireRunTrigger, turnOnAutoSync } from '../support/triggers';
import type { RunResult } from '../../sim/workspace';

export const CLASSIC = STARTER_TEMPLATES.find((s) => s.key === 'classic')!.html;

export interface VersionsWorld extends DirWorld {
  templateId: string;
  /** Addresses Autograph writes for (synced employees with a mailbox). */
  employees: string[];
}

export function versionsWorld(users: number, seed: number): VersionsWorld {
  const w = directoryWorld({ users, seed });
  if (!setUp(w).ok) throw new Error('setup failed');
  for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  connectPublisher(w);
  expect(shown(action(w, 'templates.save', { form: { name: 'Classic', html: CLASSIC, aliasPolicy: 'primary' } }))).toMatch(/Template saved/);
  const templateId = sheetRows(w, 'signature_templates')[0].id;
  expect(shown(action(w, 'assignments.add', { form: { targetKind: 'company', templateId } }))).toMatch(/Assigned to whole company/);
  turnOnAutoSync(w.ws, w.project, w.admin);
  const mailboxes = new Set(importableUsers(w).filter((u) => u.isMailboxSetup !== false).map((u) => u.primaryEmail.toLowerCase()));
  const employees = sheetRows(w, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false' && mailboxes.has(e.primaryEmail)).map((e) => e.primaryEmail);
  const vw = { ...w, templateId, employees };
  runToEnd(vw);
  return vw;
}

/** Counts, per address, the writes that changed Gmail's stored signature (sendAs.patch successes). */
export function countWrites(w: VersionsWorld): Map<string, number> {
  const counts = new Map<string, number>();
  for (const email of w.employees) {
    const box = mailboxOf(w.ws, w.ws.user(email));
    box.sendAs = new Proxy(box.sendAs, {
      set(target, key, value) {
        if (typeof key === 'string' && value?.signature !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
        (target as Record<string, unknown>)[key as string] = value;
        return true;
      },
    });
  }
  return counts;
}

export function signatureOf(w: DirWorld, email: string): string {
  return mailboxOf(w.ws, w.ws.user(email)).sendAs[email.toLowerCase()]?.signature ?? '';
}

/** Calls a route that asks for confirmation, then presses the confirmation card's button. */
export function confirmed(w: DirWorld, route: string, params: Record<string, string>): string {
  const asked = shown(action(w, route, { params }));
  return shown(action(w, route, { params: { ...params, confirm: confirmationIdIn(asked) } }));
}

/** Fires the nightly run and its continuations until the run is over (no execution cut off). */
export function runToEnd(w: DirWorld, opts: { cutOff?: (i: number) => { afterServiceCalls: number } | undefined; until?: () => boolean } = {}): number {
  const key = `t:${w.tenant.customerId}:run`;
  let cutOffs = 0;
  for (let i = 0; i < 150; i++) {
    const running = Boolean(scriptProps(w)[key]);
    if (i > 0 && !running && (opts.until?.() ?? true)) break;
    const r: RunResult = fireRunTrigger(w.ws, w.project, w.admin, running, { cutOff: opts.cutOff?.(i) });
    if (!r.ok) cutOffs++;
    w.ws.advance(10 * 60_000);
  }
  return cutOffs;
}

/** "N signature(s) would be written" of a dry-run card. */
export function dryRunCount(card: string): number {
  const m = /"([\d,]+) signature\(s\) would be written"/.exec(card);
  if (!m) throw new Error(`no dry run in ${card.slice(0, 300)}`);
  return Number(m[1].replace(/,/g, ''));
}

/** The versions sheet as records, for one thing. */
export function versionRows(w: DirWorld, thingId: string): Array<Record<string, string>> {
  return sheetRows(w, 'versions').filter((r) => r.thingId === thingId);
}
