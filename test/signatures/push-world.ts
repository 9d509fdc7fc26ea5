/**
 * A company ready for its first signature push through the built bundle, and a count of what reached Gmail:
 * shared by the fault, summary and governance tests.
 */
import { action, connectPublisher, importableUsers, setUp, sheetRows, type DirWorld } from '../directory/world';
import { turnOnAutoSync } from '../support/triggers';
import { mailboxOf } from '../../sim/google/mailbox';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';

/**
 * Imports the directory, connects the publisher's service account (or `connect` does, e.g. a second tenant granting
 * delegation to the same one), assigns Classic to everyone, turns the nightly run on.
 */
export function classicForEveryone(w: DirWorld, connect: (w: DirWorld) => void = connectPublisher): DirWorld {
  if (!setUp(w).ok) throw new Error('setup failed');
  for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  connect(w);
  const classic = STARTER_TEMPLATES.find((s) => s.key === 'classic')!;
  action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } });
  action(w, 'assignments.add', { form: { targetKind: 'company', templateId: sheetRows(w, 'signature_templates')[0].id } });
  turnOnAutoSync(w.ws, w.project, w.admin);
  return w;
}

/** Counts, per address, the writes that set a signature in Gmail (sendAs.patch successes), from now on. */
export function countWrites(w: DirWorld): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of importableUsers(w)) {
    if (u.isMailboxSetup === false) continue;
    const box = mailboxOf(w.ws, u);
    box.sendAs = new Proxy(box.sendAs, {
      set(target, key, value) {
        if (typeof key === 'string' && value?.signature) counts.set(key, (counts.get(key) ?? 0) + 1);
        (target as Record<string, unknown>)[key as string] = value;
        return true;
      },
    });
  }
  return counts;
}
