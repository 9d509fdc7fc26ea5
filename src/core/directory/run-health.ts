/**
 * Whether the nightly run still happens: the one rule every card uses to say "the last completed nightly run is
 * older than 36 hours". A nightly trigger runs as the admin who created it (apps-script/guides/triggers/installable:
 * "Installable triggers always run under the account of the person who created them"); Google's pages say nothing
 * about a creator whose account is suspended or deleted, so Autograph plans for the conservative answer — the
 * trigger stops firing, and nothing in the add-on runs to say so. Only a run's absence shows it.
 */
import type { RunRecord } from './run-record';

/** One missed night plus the trigger's one-hour window and a continuation: past this, a night was lost. */
export const STALE_RUN_MS = 36 * 3600_000;

/** What the Directory says about the trigger owner now, when it could be asked. */
export type OwnerStatus = 'active' | 'suspended' | 'deleted' | 'notAdmin' | 'unknown';

export interface NightlyRunHealth {
  stale: boolean;
  /** When the last nightly run completed (0: never); the age is measured from here, or from `since`. */
  lastCompletedAt: number;
  /** What a card shows (empty when the run is not stale). */
  message: string;
  /** What the viewing admin can do about it (empty when not stale). */
  fix: string;
}

export interface RunHealthInput {
  autoSync: boolean;
  triggerOwner: string;
  /** Newest first, as the store reads them. */
  runs: readonly RunRecord[];
  /** When the tenant was set up: a tenant without any nightly run yet is measured from here. */
  since: number;
  ownerStatus: OwnerStatus;
  now: number;
}

function ownerReason(owner: string, status: OwnerStatus): string {
  switch (status) {
    case 'suspended':
      return `${owner}, who owns the nightly run, is suspended; Google runs no trigger of theirs while that lasts.`;
    case 'deleted':
      return `${owner}, who owned the nightly run, no longer exists in the Directory; their trigger is gone with them.`;
    case 'notAdmin':
      return `${owner}, who owns the nightly run, is no longer an administrator.`;
    case 'unknown':
      return `Autograph could not ask the Directory about ${owner}, who owns the nightly run.`;
    default:
      return `Its owner is ${owner}; their trigger did not run (their Google account may have lost access to Autograph).`;
  }
}

/** The state cards show: stale when automatic sync is on and no nightly run completed in the last 36 hours. */
export function nightlyRunHealth(i: RunHealthInput): NightlyRunHealth {
  const last = i.runs.find((r) => r.kind === 'nightly' && r.outcome === 'done');
  const lastCompletedAt = last?.finishedAt ?? 0;
  const from = Math.max(lastCompletedAt, i.since);
  if (!i.autoSync || i.now - from <= STALE_RUN_MS) return { stale: false, lastCompletedAt, message: '', fix: '' };
  const hours = Math.floor((i.now - from) / 3600_000);
  const when = lastCompletedAt ? `The last nightly run completed ${hours} hours ago` : `No nightly run has completed in the ${hours} hours since automatic sync was set up`;
  return {
    stale: true,
    lastCompletedAt,
    message: `${when} (more than ${STALE_RUN_MS / 3600_000}). ${i.triggerOwner ? ownerReason(i.triggerOwner, i.ownerStatus) : 'No administrator owns the nightly run.'}`,
    fix: 'Take over the nightly run: it then runs every night as you.',
  };
}
