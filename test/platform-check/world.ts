/**
 * A company with Autograph set up (directory imported, the publisher's service account delegated, one template
 * for the whole company), whose platform plays the answers `tweak` chooses (sim/platform-behaviour.ts).
 */
import { action, directoryWorld, scriptProps, setUp, sheetRows, shown, type DirWorld } from '../directory/world';
import { createServiceAccount, createServiceAccountKey, grantDelegation } from '../../sim/google/registry';
import { mailboxOf } from '../../sim/google/mailbox';
import type { PlatformBehaviour } from '../../sim/platform-behaviour';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import { PLATFORM_RESULTS_KEY } from '../../src/core/platform-check/results';

export function platformWorld(tweak: Partial<PlatformBehaviour> = {}, users = 30): DirWorld {
  const w = directoryWorld({ users, seed: 11 });
  const r = setUp(w);
  if (!r.ok) throw new Error(r.error);
  for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  const sa = createServiceAccount(w.ws, 'autograph-prod', 'signatures');
  const key = createServiceAccountKey(w.ws, sa);
  grantDelegation(w.ws, w.tenant.customerId, sa.clientId, [...DELEGATION_SCOPES]);
  scriptProps(w).AUTOGRAPH_PUBLISHER_KEY = JSON.stringify(key);
  const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
  shown(action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } }));
  const id = sheetRows(w, 'signature_templates')[0].id;
  shown(action(w, 'assignments.add', { form: { targetKind: 'company', templateId: id } }));
  Object.assign(w.ws.platform, tweak);
  return w;
}

/** Employees Autograph writes signatures for. */
export function syncedEmployees(w: DirWorld): string[] {
  return sheetRows(w, 'employees')
    .filter((e) => e.syncOn !== 'false' && e.reason === '')
    .map((e) => e.primaryEmail);
}

export function signatureOf(w: DirWorld, email: string): string {
  return mailboxOf(w.ws, w.ws.user(email)).sendAs[email.toLowerCase()]?.signature ?? '';
}

/**
 * Every synced employee's signature is theirs: it names their own address and no other employee's. (A batch part
 * answered as the caller would put the caller's signature — their address — into someone else's mailbox.)
 */
export function signatureProblems(w: DirWorld): string[] {
  const emails = syncedEmployees(w);
  const problems: string[] = [];
  for (const e of emails) {
    const sig = signatureOf(w, e);
    if (!sig.includes(`mailto:${e}`)) problems.push(`${e}: no signature of their own`);
    const foreign = emails.filter((o) => o !== e && sig.includes(`mailto:${o}"`));
    if (foreign.length) problems.push(`${e}: carries ${foreign.join(', ')}`);
  }
  return problems;
}

/** Apply now for everyone, then let the background run finish. */
export function applyEveryone(w: DirWorld): void {
  const r = action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
  if (!r.ok) throw new Error(`Apply now: ${r.error}`);
  for (let i = 0; i < 6 && signatureProblems(w).length > 0; i++) w.ws.advance(3600_000);
}

export function recorded(w: DirWorld): Record<string, { value: unknown; at: number }> {
  return JSON.parse(scriptProps(w)[PLATFORM_RESULTS_KEY] ?? '{}');
}

/** The card text of an action's answer (notification and card), apostrophes as typed. */
export function said(w: DirWorld, route: string): string {
  return shown(action(w, route)).replace(/\\u0027/g, "'");
}
