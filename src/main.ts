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
import * as studio from './ui/studio-calls';

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

/**
 * The Signature Studio web app (apps-script/guides/web: a web app "contains a doGet(e) or doPost(e) function"),
 * deployed to execute as the user accessing it. Every function below is also callable by google.script.run from any
 * page of this project, so each one checks who calls it (src/ui/studio-auth.ts) before it reads anything.
 */
export function doGet(e: { parameter?: Record<string, string> }) {
  return studio.studioPage(e);
}

/** Studio: templates, starters and the tenant's fields with sample values. */
export function studioLoad(templateId: unknown) {
  return studio.studioLoad(templateId);
}

/** Studio: employees matching a search, for the preview. */
export function studioSearch(query: unknown) {
  return studio.studioSearch(query);
}

/** Studio: the exact preview for an employee and for the longest rendering, with the writer's count. */
export function studioPreview(design: unknown, email: unknown) {
  return studio.studioPreview(design, email);
}

/** Studio: saves a design as a template after the editor's checks. */
export function studioSave(request: unknown) {
  return studio.studioSave(request);
}

/** Studio: image pre-flight for the addresses the design writes. */
export function studioCheckImages(design: unknown) {
  return studio.studioCheckImages(design);
}
