/**
 * The admin "Platform check" card: what Autograph measured about the platform on this deployment (the questions
 * Google's docs leave open), what it switched to because of it, and a button per check. Results are project-wide
 * (every customer runs on the same platform) and only ever move towards the safe side (core/platform-check).
 */
import type { Route } from './actions';
import { notify, notifyAndUpdate, pushCard, updateCard } from './actions';
import { button, escapeCardText, header, textParagraph, utcWhen } from './card-kit';
import type { AdminSection } from './home';
import type { Viewer } from './viewer';
import { errorText } from '../core/error-text';
import { CARD_LIMIT_STEPS_MS, CardLimitProgress, conclusion, nextStep } from '../core/platform-check/card-limit';
import type { PlatformResults } from '../core/platform-check/results';
import { effectiveSettings } from '../core/platform-check/settings';
import {
  measureBatchAuthorization,
  measureFetchAllConcurrency,
  readPlatformResults,
  readProbeState,
  recordPlatformResults,
  writeProbeState,
} from '../adapters/platform-probe';
import { activeConnection } from '../adapters/service-account/connection';
import { openStoreForEmail } from '../adapters/store/tenant-store';
import { expireTriggerProbe, PROBE_AFTER_MS, readTriggerProbe, startTriggerProbe } from '../jobs/platform-probe';

type Card = GoogleAppsScript.Card_Service.Card;

const CARD_LIMIT = 'cardLimit';
const s = (ms: number) => `${Math.round(ms / 100) / 10} s`;

function measuredLine(r: PlatformResults, key: keyof PlatformResults, show: (v: never) => string): string {
  const m = r[key];
  return m ? `${show(m.value as never)} <i>(${utcWhen(m.at)})</i>` : 'not measured yet';
}

export function buildPlatformCheckCard(): Card {
  const r = readPlatformResults();
  const eff = effectiveSettings(r);
  const card = CardService.newCardBuilder().setName('platform-check').setHeader(header('Platform check', 'What the docs leave open, measured here'));

  const inForce = CardService.newCardSection().setHeader('In force now');
  inForce.addWidget(
    textParagraph(
      eff.switched.length === 0
        ? 'No fallback: everything measured so far matches the default assumption (or was not measured yet).'
        : eff.switched.map((x) => `• ${escapeCardText(x)}`).join('<br>'),
    ),
  );
  inForce.addWidget(
    textParagraph(
      [
        `Gmail calls: ${eff.gmailTransport === 'batch' ? 'batch requests, each part with its own user\'s token' : 'one request per call'}`,
        `Per fetchAll: ${eff.batchRequestsPerFetchAll} batch requests or ${eff.singleRequestsPerFetchAll} single requests`,
        `Continuation: after ${Math.round(eff.continuationDelayMs / 60_000)} min${eff.continueFromTrigger ? '' : '; from a trigger, the next nightly run resumes instead'}`,
        `Card actions work at most ${s(eff.cardBudgetMs)}`,
      ].join('<br>'),
    ),
  );
  card.addSection(inForce);

  const checks = CardService.newCardSection().setHeader('Measured on this deployment (all customers)');
  const probe = readTriggerProbe();
  const triggerState = probe
    ? `<br>Waiting for the trigger created ${probe.stage === 'card' ? 'from this card' : 'inside the first trigger'} at ${utcWhen(probe.createdAt)} (asked for ${s(probe.afterMs)}).`
    : '';
  checks.addWidget(
    textParagraph(
      `<b>Triggers</b><br>From a card: ${measuredLine(r, 'cardTrigger', (v: string) => (v === 'fired' ? 'fired' : 'did NOT fire'))}` +
        `<br>From inside a trigger: ${measuredLine(r, 'triggerTrigger', (v: string) => (v === 'fired' ? 'fired' : 'did NOT fire'))}` +
        `<br>One-off after(): ${measuredLine(r, 'afterDelayMs', (v: number) => `fired ${s(v)} later than asked (the longest seen)`)}` +
        triggerState,
    ),
  );
  checks.addWidget(CardService.newButtonSet().addButton(button('Test triggers', 'platform.triggers')));
  checks.addWidget(
    textParagraph(
      `<b>Gmail batch parts</b>: ${measuredLine(r, 'batchAuthorization', (v: string) => (v === 'honoured' ? 'each part answered as its own Authorization' : 'parts answered as the OUTER request'))}`,
    ),
  );
  checks.addWidget(CardService.newButtonSet().addButton(button('Test batch authorization', 'platform.batchAuth')));
  checks.addWidget(
    textParagraph(
      `<b>fetchAll at once</b>: ${measuredLine(r, 'fetchAllConcurrency', (v: { atLeast: number; below: number | null }) => (v.below === null ? `at least ${v.atLeast}` : `at least ${v.atLeast}, fewer than ${v.below}`))}`,
    ),
  );
  checks.addWidget(CardService.newButtonSet().addButton(button('Measure fetchAll', 'platform.fetchAll')));
  const progress = readProbeState<CardLimitProgress>(CARD_LIMIT);
  const next = nextStep(progress?.finishedMs ?? 0);
  checks.addWidget(
    textParagraph(
      `<b>Card action time</b>: ${measuredLine(r, 'cardActionLimit', (v: { finishedMs: number; endedMs: number | null }) => (v.endedMs === null ? `${s(v.finishedMs)} finished; none was ended` : `${s(v.finishedMs)} finished, ${s(v.endedMs)} was ended`))}` +
        (progress ? `<br>Your measurement: ${s(progress.finishedMs)} finished so far.` : '') +
        `<br>Each press waits one step longer (${CARD_LIMIT_STEPS_MS.map(s).join(', ')}). The step past the limit ends with Gmail's error: open this card again to record it.`,
    ),
  );
  if (next !== null) checks.addWidget(CardService.newButtonSet().addButton(button(`Run a ${s(next)} action`, 'platform.cardLimit')));
  card.addSection(checks);
  return card.build();
}

/** Records what can be concluded without a click: a probe trigger that never fired, a timed step that was ended. */
function concludePending(now: number): void {
  expireTriggerProbe(now);
  const progress = readProbeState<CardLimitProgress>(CARD_LIMIT);
  const done = progress ? conclusion(progress, now) : null;
  if (done) {
    recordPlatformResults({ cardActionLimit: { value: done, at: now } });
    writeProbeState(CARD_LIMIT, null);
  }
}

function open(): GoogleAppsScript.Card_Service.ActionResponse {
  const now = Date.now();
  concludePending(now);
  return pushCard(buildPlatformCheckCard());
}

function testTriggers(): GoogleAppsScript.Card_Service.ActionResponse {
  const now = Date.now();
  concludePending(now);
  const { started, probe } = startTriggerProbe();
  const text = started
    ? `A one-off trigger was created to fire in ${s(PROBE_AFTER_MS)}; when it fires it creates a second one from inside the trigger. Results appear here.`
    : `A trigger test is already waiting (created ${utcWhen(probe.createdAt)}).`;
  return notifyAndUpdate(text, buildPlatformCheckCard());
}

function fetchAllCheck(): GoogleAppsScript.Card_Service.ActionResponse {
  const { estimate, timings } = measureFetchAllConcurrency();
  const now = Date.now();
  if (!estimate) return notify('fetchAll could not be timed; nothing was recorded.');
  recordPlatformResults({ fetchAllConcurrency: { value: estimate, at: now } });
  console.log(`[platform-check] fetchAll timings (size: fastest ms): ${timings.map((t) => `${t.size}: ${Math.min(...t.ms)}`).join(', ')}`);
  const range = estimate.below === null ? `at least ${estimate.atLeast}` : `between ${estimate.atLeast} and ${estimate.below - 1}`;
  return notifyAndUpdate(`fetchAll ran ${range} requests at once (measured).`, buildPlatformCheckCard());
}

function batchAuthCheck(viewer: Viewer): GoogleAppsScript.Card_Service.ActionResponse {
  let probe;
  try {
    const store = openStoreForEmail(viewer.email);
    const conn = activeConnection(store);
    if (!conn) return notify('No service account is connected: connect one (Connection card) to test Gmail batch authorization.');
    const candidates = store.employees().filter((e) => e.syncOn && e.reason === '').map((e) => e.primaryEmail);
    probe = measureBatchAuthorization(conn, viewer.email, candidates);
  } catch (err) {
    return notify(`The batch test could not run: ${errorText(err)}`);
  }
  const now = Date.now();
  if (!probe.ok) return notify(`Nothing recorded: ${probe.detail}.`);
  recordPlatformResults({ batchAuthorization: { value: probe.value, at: now } });
  const switched = probe.value === 'ignored' ? ' Autograph now sends one request per Gmail call.' : '';
  return notifyAndUpdate(`Measured: ${probe.detail}.${switched}`, buildPlatformCheckCard());
}

function cardLimitStep(): GoogleAppsScript.Card_Service.ActionResponse {
  const start = Date.now();
  concludePending(start);
  const progress = readProbeState<CardLimitProgress>(CARD_LIMIT) ?? { finishedMs: 0, running: null };
  if (progress.running) return notify('A timed action is still running (another tab?); wait a minute and open this card again.');
  const step = nextStep(progress.finishedMs);
  if (step === null) return notify('Every step finished already.');
  // Marked before waiting: if the platform ends this action, the mark stays and the next open records the limit.
  writeProbeState(CARD_LIMIT, { ...progress, running: { stepMs: step, startedAt: start } });
  Utilities.sleep(Math.max(0, step - (Date.now() - start)));
  const elapsed = Date.now() - start;
  const now = Date.now();
  const finished: CardLimitProgress = { finishedMs: step, running: null };
  const done = conclusion(finished, now);
  if (done) {
    recordPlatformResults({ cardActionLimit: { value: done, at: now } });
    writeProbeState(CARD_LIMIT, null);
  } else writeProbeState(CARD_LIMIT, finished);
  return notifyAndUpdate(`This card action ran ${s(elapsed)} and finished (measured with Date.now()).`, buildPlatformCheckCard());
}

export const platformCheckRoutes: Record<string, Route> = {
  'platform.open': { adminOnly: true, handler: () => open() },
  'platform.refresh': { adminOnly: true, handler: () => updateCard(buildPlatformCheckCard()) },
  'platform.triggers': { adminOnly: true, handler: () => testTriggers() },
  'platform.fetchAll': { adminOnly: true, handler: () => fetchAllCheck() },
  'platform.batchAuth': { adminOnly: true, handler: ({ viewer }) => batchAuthCheck(viewer) },
  'platform.cardLimit': { adminOnly: true, handler: () => cardLimitStep() },
};

export const platformCheckSection: AdminSection = {
  route: 'platform.open',
  label: 'Platform check',
  description: 'Measure what Google\'s docs leave open (triggers, batch, fetchAll, card time) and see what Autograph switched',
};
