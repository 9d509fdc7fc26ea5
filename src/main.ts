/**
 * Every function Apps Script calls by name, and nothing else. gas-webpack-plugin (build/build.mjs) turns each export
 * into a top-level `function name() {}` in dist/Code.js; the manifest, card actions and triggers refer to these names.
 */
import { buildHomeCard, buildHomepage } from './ui/home';
import { currentViewer } from './ui/viewer';
import { universalCard } from './ui/actions';
import { dispatch } from './ui/dispatch';
import type { AddOnEvent } from './ui/event';
import { runFromTrigger } from './jobs/runner';
import { buildInsertSignatureCard, buildMySignatureCard, insertSignatureResponse } from './ui/my-signature-cards';
import { buildMessageCard } from './ui/contact-cards';
import { onProbeTrigger } from './jobs/platform-probe';

/** Homepage trigger (addOns.common.homepageTrigger). */
export function onHomepage(_e: AddOnEvent) {
  return buildHomepage(currentViewer());
}

/** Contextual trigger for an opened message (addOns.gmail.contextualTriggers). */
export function onGmailMessage(e: AddOnEvent) {
  return buildMessageCard(e, currentViewer());
}

/** Compose trigger "Insert signature" (addOns.gmail.composeTrigger). */
export function onComposeInsertSignature(_e: AddOnEvent) {
  return buildInsertSignatureCard(currentViewer());
}

/** The compose card's "Insert signature" button: puts the signature into the draft (replies and forwards too). */
export function onInsertSignature(_e: AddOnEvent) {
  return insertSignatureResponse(currentViewer());
}

/** Universal action "Autograph home". */
export function onUniversalHome(_e: AddOnEvent) {
  return universalCard(buildHomeCard(currentViewer()));
}

/** Universal action "My signature". */
export function onUniversalMySignature(_e: AddOnEvent) {
  return universalCard(buildMySignatureCard(currentViewer()));
}

/** Every card button calls this; `parameters.action` names the route (src/ui/dispatch.ts checks admin routes). */
export function dispatchAction(e: AddOnEvent) {
  return dispatch(e);
}

/** The nightly job (time-driven trigger at 03:00 in the domain's time zone, owned by the admin who turned it on). */
export function onNightlyRun(e: AddOnEvent) {
  runFromTrigger(e, false);
}

/** A one-off trigger that continues a run cut off at an execution's time limit. */
export function onContinueRun(e: AddOnEvent) {
  runFromTrigger(e, true);
}

/** The Platform check's one-off trigger (src/jobs/platform-probe.ts): did it fire, how late, and one from inside it. */
export function onPlatformProbe(e: AddOnEvent) {
  onProbeTrigger(e);
}
