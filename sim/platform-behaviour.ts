import type { OfflineWorkspace } from './workspace';

/**
 * What Google's documentation leaves open, as settings of the offline Workspace: each can play every answer the
 * add-on's Platform check (src/core/platform-check) may measure on the real deployment. Defaults are what the docs
 * say or, where they are silent, the most likely answer:
 *
 * - `batchPartAuthorization`: gmail/api/guides/batch: "If you provide an Authorization header for a specific call,
 *   then that header applies only to that call" → 'honoured'. 'ignored' plays a server that answers every part
 *   with the OUTER request's Authorization (a part without an outer header is then unauthenticated).
 * - `fetchAllConcurrency`: apps-script/reference/url-fetch/url-fetch-app#fetchAll "Makes multiple requests to
 *   fetch multiple URLs" — no cap documented; 20 at once is what users report, so 20.
 * - `afterTriggerDelayMs`: reference/script/clock-trigger-builder#after "the minimum duration ... after the
 *   current time that the trigger runs"; "the actual duration might vary" — by how much is not documented, nor
 *   whether guides/triggers/installable's "add-ons can only use time-driven triggers once per hour at most"
 *   bounds one-off triggers. Extra virtual ms added to every `after()`/`at()` one-off trigger; default 0.
 * - `triggersFromTrigger`: workspace/add-ons/concepts/workspace-triggers says add-ons "can also use Apps Script
 *   installable triggers"; whether one created inside a trigger execution fires is not documented → 'fire'.
 *   'never' keeps such triggers listed but never fires them.
 * - `cardActionLimitMs`: gmail/add-ons/how-tos/interactions: "Keep callback functions concise, as they have
 *   execution time limits" — the number is not on Google's pages; ~30 s is what developers report → 30,000.
 *   Applies to every card-driven execution kind (homepage, contextual, compose, universal, action).
 */
export interface PlatformBehaviour {
  batchPartAuthorization: 'honoured' | 'ignored';
  fetchAllConcurrency: number;
  afterTriggerDelayMs: number;
  triggersFromTrigger: 'fire' | 'never';
  cardActionLimitMs: number;
}

export const DEFAULT_PLATFORM_BEHAVIOUR: PlatformBehaviour = {
  batchPartAuthorization: 'honoured',
  fetchAllConcurrency: 20,
  afterTriggerDelayMs: 0,
  triggersFromTrigger: 'fire',
  cardActionLimitMs: 30_000,
};

/** The workspace's platform behaviour (plain JSON, saved with the workspace); tests change its fields directly. */
export function platformBehaviour(ws: OfflineWorkspace): PlatformBehaviour {
  return ws.state<PlatformBehaviour>('platform', () => ({ ...DEFAULT_PLATFORM_BEHAVIOUR }));
}
