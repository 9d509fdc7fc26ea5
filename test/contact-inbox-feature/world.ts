/**
 * Acme with Autograph installed and the publisher's service account delegated (test/delegation/world.ts), plus
 * what Contact Inbox needs: the feature enabled by the admin, users enabled, outside mail delivered, nightly runs.
 */
import * as fs from 'node:fs';
import { fireRunTrigger, turnOnAutoSync } from '../support/triggers';
import * as os from 'node:os';
import * as path from 'node:path';
import { action, ADMIN, CUSTOMER, shown, world, type World } from '../delegation/world';
import { propertiesState } from '../../sim/services/properties';
import { SidebarSession } from '../../sim/host/session';
import type { RunResult } from '../../sim/workspace';

export { action, ADMIN, CUSTOMER, shown, type World };
export const ADA = 'ada@acme.example';
export const BOB = 'bob@acme.example';

export function scriptProps(w: World): Record<string, string> {
  return propertiesState(w.ws).script[w.project.id];
}

/** Contact Inbox on, for `users`, with the nightly run owned by the admin. */
export function inboxWorld(users: string[] = [ADA], opts: { grant?: boolean } = {}): World {
  const w = world({ grant: opts.grant });
  const r = action(w, 'contactInbox.enableTenant');
  if (r.error) throw new Error(r.error);
  for (const u of users) action(w, 'contactInbox.enableUser', { params: { email: u } });
  turnOnAutoSync(w.ws, w.project, ADMIN);
  return w;
}

/** One nightly run to the end (continuations included); cut-offs as given per execution. */
export function runNight(w: World, cutOff?: (i: number) => { afterServiceCalls: number } | undefined): { executions: number; cutOffs: number } {
  const runKey = `t:${CUSTOMER}:run`;
  let executions = 0;
  let cutOffs = 0;
  for (let i = 0; i < 60; i++) {
    const running = Boolean(scriptProps(w)[runKey]);
    if (i > 0 && !running) break;
    const r: RunResult = fireRunTrigger(w.ws, w.project, ADMIN, running, { cutOff: cutOff?.(i) });
    executions++;
    if (!r.ok) cutOffs++;
    w.ws.advance(5 * 60_000);
  }
  return { executions, cutOffs };
}

/** The `contact_inbox` sheet of the tenant store, as records. */
export function enrollmentRows(w: World): Array<Record<string, string>> {
  const files = w.ws.state<{ files: Record<string, { sheets: Array<{ name: string; values: unknown[][] }> }> }>('spreadsheets', () => ({ files: {} })).files;
  const sheet = Object.values(files).flatMap((f) => f.sheets).find((s) => s.name === 'contact_inbox');
  if (!sheet) return [];
  const [header, ...rows] = sheet.values.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  return rows.filter((r) => r[0]).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function enrollmentOf(w: World, email: string): Record<string, string> {
  const row = enrollmentRows(w).find((r) => r.email === email);
  if (!row) throw new Error(`${email} is not enrolled`);
  return row;
}

/** The user opens Autograph (homepage: collects their sealed suggestions), then their pending suggestions card. */
export function pendingCard(w: World, user: string): string {
  const s = new SidebarSession(w.ws, w.project, user).openHomepage();
  if (s.error) throw new Error(s.error);
  const r = action(w, 'contacts.pending', { user });
  if (r.error) throw new Error(r.error);
  return shown(r);
}

/** Every piece of state the workspace would save, as one JSON text (for leak searches). */
export function savedState(w: World, exclude: string[] = ['gmail.mailboxes']): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-'));
  let data: { states: Record<string, unknown> };
  try {
    const file = path.join(dir, 'ws.json');
    w.ws.saveState(file);
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as { states: Record<string, unknown> };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const k of exclude) delete data.states[k];
  return JSON.stringify(data);
}
