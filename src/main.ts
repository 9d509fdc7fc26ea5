/**
 * Every function Apps Script calls by name, and nothing else. build/build.mjs turns each export into a
 * top-level `function name(e) {}` in dist/Code.js; the manifest, card actions and triggers refer to these names.
 */
import { ROUTES } from './ui/routes';
import { buildHomeCard, USER_SECTIONS } from './ui/home';
import { currentViewer } from './ui/viewer';
import { notify } from './ui/actions';
import type { AddOnEvent } from './ui/event';
import { runFromTrigger } from './jobs/runner';
import { collectMySuggestions } from './adapters/suggestion-store';
import { buildInsertSignatureCard, buildMySignatureCard, insertSignatureResponse } from './ui/signature-cards';
import { buildMessageCard } from './ui/contact-cards';

/** Homepage trigger (addOns.common.homepageTrigger). */
export function onHomepage(_e: AddOnEvent) {
  const viewer = currentViewer();
  collectMySuggestions(viewer.email);
  return viewer.isAdmin ? buildHomeCard(viewer) : buildMySignatureCard(viewer, USER_SECTIONS);
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
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([buildHomeCard(currentViewer())]).build();
}

/** Universal action "My signature". */
export function onUniversalMySignature(_e: AddOnEvent) {
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([buildMySignatureCard(currentViewer())]).build();
}

/** Every card button calls this; `parameters.action` names the route. Admin routes are checked here. */
export function dispatchAction(e: AddOnEvent) {
  const name = e.commonEventObject?.parameters?.action ?? '';
  const route = ROUTES[name];
  if (!route) return notify(`Unknown action "${name}". Reload Autograph and try again.`);
  const viewer = currentViewer();
  if (route.adminOnly && !viewer.isAdmin) {
    return notify('Only an administrator of your domain can do this.');
  }
  return route.handler({ event: e, viewer });
}

/** The nightly job (time-driven trigger at 03:00 in the domain's time zone, owned by the admin who turned it on). */
export function onNightlyRun(e: AddOnEvent) {
  runFromTrigger(e, false);
}

/** A one-off trigger that continues a run cut off at an execution's time limit. */
export function onContinueRun(e: AddOnEvent) {
  runFromTrigger(e, true);
}
