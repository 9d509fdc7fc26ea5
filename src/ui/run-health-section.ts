/**
 * The admin home's warning when the nightly run has stopped happening (core/directory/run-health.ts decides when):
 * what is known about the trigger owner, asked of the Directory now, and "Take over the nightly run", which is the
 * sync card's own "automatic sync on" route — the nightly trigger is re-created as the viewing admin.
 */
import { AdminDirectoryPort, classifyDirectoryError } from '../adapters/directory';
import type { TenantStore } from '../adapters/store/tenant-store';
import { nightlyRunHealth, type NightlyRunHealth, type OwnerStatus } from '../core/directory/run-health';
import { button, escapeCardText, textParagraph } from './card-kit';
import { notifyAdmins } from '../adapters/mail-admins';
import { runStaleEvent } from '../core/admin-mail-events';

type Section = GoogleAppsScript.Card_Service.CardSection;

/** What the Directory says about the trigger owner now (one users.get). */
export function triggerOwnerStatus(owner: string, directory = new AdminDirectoryPort()): OwnerStatus {
  try {
    const u = directory.getUser(owner) as { suspended?: boolean; isAdmin?: boolean; isDelegatedAdmin?: boolean };
    if (u.suspended) return 'suspended';
    return u.isAdmin || u.isDelegatedAdmin ? 'active' : 'notAdmin';
  } catch (err) {
    return classifyDirectoryError(err) === 'notFound' ? 'deleted' : 'unknown';
  }
}

/** The tenant's nightly-run health, reading the store's runs and (only when stale) asking about the owner. */
export function tenantRunHealth(store: TenantStore, now: number): NightlyRunHealth {
  const t = store.tenant;
  const input = { autoSync: t.autoSync, triggerOwner: t.triggerOwner, runs: store.readRuns(50), since: t.createdAt, ownerStatus: 'active' as OwnerStatus, now };
  const first = nightlyRunHealth(input);
  if (!first.stale || !t.triggerOwner) return first;
  return nightlyRunHealth({ ...input, ownerStatus: triggerOwnerStatus(t.triggerOwner) });
}

/** The warning section, or null while the nightly run keeps happening. */
export function runHealthSection(store: TenantStore, now: number): Section | null {
  const h = tenantRunHealth(store, now);
  if (!h.stale) return null;
  // Emailed once per missed period (keyed by the last completed run), to admins who did not turn it off.
  notifyAdmins(store.spreadsheet, runStaleEvent(store.tenant.primaryDomain, h.lastCompletedAt, h.message, h.fix), now);
  return CardService.newCardSection()
    .setHeader('Nightly run')
    .addWidget(textParagraph(`<font color="#d93025">${escapeCardText(h.message)}</font>`))
    .addWidget(textParagraph(escapeCardText(h.fix)))
    .addWidget(CardService.newButtonSet().addButton(button('Take over the nightly run', 'sync.toggleAuto', { to: 'on' }, true)));
}
