/**
 * A tenant whose employees had their own signatures before Autograph, then got Autograph's through the nightly
 * run (service account, company-wide template, automatic sync on) — the starting point of leaving Autograph.
 */
import { action, directoryWorld, importableUsers, scriptProps, sheetRows, shown, type DirWorld } from '../directory/world';
import { fireRunTrigger, ownTriggerId } from '../support/triggers';
import { confirmationIdIn } from '../support/confirmation';
import { mailboxOf } from '../../sim/google/mailbox';
import { grantDelegation } from '../../sim/google/registry';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { classicForEveryone } from '../signatures/push-world';

export interface GovWorld extends DirWorld {
  /** Each mailbox's signature before Autograph, by primary address. */
  originals: Map<string, string>;
  /** The address whose signature before Autograph is over Gmail's limit. */
  tooLong: string;
}

/** The employees Autograph writes for (synced, with a mailbox). */
export function writable(w: DirWorld): string[] {
  return sheetRows(w, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false').map((e) => e.primaryEmail.toLowerCase());
}

export function gmailSignature(w: DirWorld, email: string): string | undefined {
  return mailboxOf(w.ws, w.ws.user(email)).sendAs[email.toLowerCase()]?.signature;
}

/** Executions of the last `runUntilIdle` cut off while a restore was marked sent but not yet recorded. */
export let cutMidRestore = 0;

/**
 * Fires the admin's triggers until no run is in progress (at most `max` executions). A run left without any
 * trigger of the admin (cut off between the steps that hand it on) is continued the way an admin would: the
 * Disconnect card's "Continue restoring". Returns how many executions were cut off.
 */
export function runUntilIdle(w: DirWorld, max = 40, cutOff?: (i: number) => number | undefined): number {
  const key = `t:${w.tenant.customerId}:run`;
  let cutOffs = 0;
  cutMidRestore = 0;
  for (let i = 0; i < max && scriptProps(w)[key]; i++) {
    const after = cutOff?.(i);
    const orphan = !ownTriggerId(w.ws, w.project, w.admin, 'onContinueRun') && !ownTriggerId(w.ws, w.project, w.admin, 'onNightlyRun');
    const r = orphan ? action(w, 'disconnect.resume') : fireRunTrigger(w.ws, w.project, w.admin, true, { cutOff: after === undefined ? undefined : { afterServiceCalls: after } });
    if (!r.ok) cutOffs++;
    if (!r.ok) cutMidRestore += sheetRows(w, 'signature_releases').some((x) => x.state === 'sending') ? 1 : 0;
    w.ws.advance(10 * 60_000);
  }
  return cutOffs;
}

/** `beside`: another tenant's world, to set this tenant up in the same offline Workspace and add-on project. */
export function governanceWorld(users = 30, seed = 31, beside?: DirWorld): GovWorld {
  const w = directoryWorld({ users, seed, ws: beside?.ws, project: beside?.project });
  const originals = new Map<string, string>();
  const people = importableUsers(w).filter((u) => u.isMailboxSetup !== false);
  people.forEach((u, i) => {
    const html = i === 1 ? `<div>${'Very long legal footer. '.repeat(430)}</div>` : `<div>Cheers, ${u.name.givenName} — old signature ${i}</div>`;
    mailboxOf(w.ws, u).sendAs[u.primaryEmail.toLowerCase()].signature = html;
    originals.set(u.primaryEmail.toLowerCase(), html);
  });
  const tooLong = people[1].primaryEmail.toLowerCase();
  // One publisher for every tenant of the project: a second tenant grants delegation to the same service account.
  const sharePublisher = (x: DirWorld) => grantDelegation(x.ws, x.tenant.customerId, String(JSON.parse(scriptProps(x).AUTOGRAPH_PUBLISHER_KEY).client_id), [...DELEGATION_SCOPES]);
  classicForEveryone(w, beside ? sharePublisher : undefined);
  w.ws.advance(24 * 3600_000);
  fireRunTrigger(w.ws, w.project, w.admin, false);
  runUntilIdle(w);
  return Object.assign(w, { originals, tooLong });
}

/** Presses a route's button, then the confirmation card's verb-first button. Returns the second response's JSON. */
export function confirmed(w: DirWorld, route: string, params: Record<string, string>, user?: string, cutOffAfterCalls?: number): string {
  const first = shown(action(w, route, { params, user }));
  const second = { params: { ...params, confirm: confirmationIdIn(first) }, user };
  if (cutOffAfterCalls === undefined) return shown(action(w, route, second));
  const r = action(w, route, { ...second, cutOff: { afterServiceCalls: cutOffAfterCalls } });
  return r.ok ? shown(r) : String(r.error);
}
