import type { Execution } from '../../execution';
import { J, CardObject, prune, ENUMS, SimOpenLink } from './base';
import { SimSuggestions } from './widgets';
import { SimCard } from './cards';

/** What add-on functions return to the host: action, universal-action, draft-update and suggestions responses. */

export class SimNotification extends CardObject implements GoogleAppsScript.Card_Service.Notification {
  text?: string;
  setText(text: string) {
    this.call('Notification.setText');
    this.text = this.str(text, 'text');
    return this;
  }
}

export type NavigationStep =
  | { pushCard: J }
  | { updateCard: J }
  | { popCard: true }
  | { popToRoot: true }
  | { popToCard: string };

export class SimNavigation extends CardObject implements GoogleAppsScript.Card_Service.Navigation {
  readonly steps: NavigationStep[] = [];
  pushCard(card: GoogleAppsScript.Card_Service.Card) {
    this.call('Navigation.pushCard');
    this.steps.push({ pushCard: this.is(card, SimCard, 'card').data });
    return this;
  }
  updateCard(card: GoogleAppsScript.Card_Service.Card) {
    this.call('Navigation.updateCard');
    this.steps.push({ updateCard: this.is(card, SimCard, 'card').data });
    return this;
  }
  popCard() {
    this.call('Navigation.popCard');
    this.steps.push({ popCard: true });
    return this;
  }
  popToRoot() {
    this.call('Navigation.popToRoot');
    this.steps.push({ popToRoot: true });
    return this;
  }
  popToNamedCard(cardName: string) {
    this.call('Navigation.popToNamedCard');
    this.steps.push({ popToCard: this.str(cardName, 'cardName') });
    return this;
  }
  printJson(): string {
    this.call('Navigation.printJson');
    return JSON.stringify(this.steps, null, 2);
  }
}

/** ActionResponse as the add-on host receives it (workspace/add-ons RenderActions). */
export interface ActionResponseData {
  navigations: NavigationStep[];
  notification?: string;
  openLink?: J;
  stateChanged?: boolean;
}

export class SimActionResponse extends CardObject implements GoogleAppsScript.Card_Service.ActionResponse {
  constructor(exec: Execution, readonly data: ActionResponseData) {
    super(exec);
  }
  printJson(): string {
    this.call('ActionResponse.printJson');
    const action = prune({
      navigations: this.data.navigations.length ? this.data.navigations : undefined,
      notification: this.data.notification !== undefined ? { text: this.data.notification } : undefined,
      link: this.data.openLink,
    });
    return JSON.stringify(prune({ renderActions: { action }, stateChanged: this.data.stateChanged }), null, 2);
  }
}

export class SimActionResponseBuilder extends CardObject implements GoogleAppsScript.Card_Service.ActionResponseBuilder {
  private nav?: SimNavigation;
  private notification?: SimNotification;
  private link?: SimOpenLink;
  private stateChanged?: boolean;
  setNavigation(navigation: GoogleAppsScript.Card_Service.Navigation) {
    this.call('ActionResponseBuilder.setNavigation');
    this.nav = this.is(navigation, SimNavigation, 'navigation');
    return this;
  }
  setNotification(notification: GoogleAppsScript.Card_Service.Notification) {
    this.call('ActionResponseBuilder.setNotification');
    this.notification = this.is(notification, SimNotification, 'notification');
    return this;
  }
  setOpenLink(openLink: GoogleAppsScript.Card_Service.OpenLink) {
    this.call('ActionResponseBuilder.setOpenLink');
    this.link = this.is(openLink, SimOpenLink, 'openLink');
    return this;
  }
  setStateChanged(stateChanged: boolean) {
    this.call('ActionResponseBuilder.setStateChanged');
    this.stateChanged = Boolean(stateChanged);
    return this;
  }
  build(): SimActionResponse {
    this.call('ActionResponseBuilder.build');
    if (this.notification && this.notification.text === undefined) {
      this.fail('Notification has no text: call setText(text) on the Notification.');
    }
    return new SimActionResponse(this.exec, {
      navigations: this.nav ? [...this.nav.steps] : [],
      notification: this.notification?.text,
      openLink: this.link?.json(),
      stateChanged: this.stateChanged,
    });
  }
}

export class SimUniversalActionResponse extends CardObject implements GoogleAppsScript.Card_Service.UniversalActionResponse {
  constructor(exec: Execution, readonly cards: J[], readonly openLink?: J) {
    super(exec);
  }
  printJson(): string {
    this.call('UniversalActionResponse.printJson');
    const action = this.openLink ? { link: this.openLink } : { navigations: this.cards.map((c) => ({ pushCard: c })) };
    return JSON.stringify({ renderActions: { action } }, null, 2);
  }
}

export class SimUniversalActionResponseBuilder extends CardObject implements GoogleAppsScript.Card_Service.UniversalActionResponseBuilder {
  private cards?: J[];
  private link?: SimOpenLink;
  displayAddOnCards(cardObjects: GoogleAppsScript.Card_Service.Card[]) {
    this.call('UniversalActionResponseBuilder.displayAddOnCards');
    if (!Array.isArray(cardObjects)) this.fail('Invalid argument: cardObjects (an array of Card)');
    this.cards = cardObjects.map((c, i) => this.is(c, SimCard, `cardObjects[${i}]`).data);
    return this;
  }
  setOpenLink(openLink: GoogleAppsScript.Card_Service.OpenLink) {
    this.call('UniversalActionResponseBuilder.setOpenLink');
    this.link = this.is(openLink, SimOpenLink, 'openLink');
    return this;
  }
  build(): SimUniversalActionResponse {
    this.call('UniversalActionResponseBuilder.build');
    if (!this.cards && !this.link) {
      this.fail('UniversalActionResponse is empty: call displayAddOnCards([card]) or setOpenLink(link) before build().');
    }
    return new SimUniversalActionResponse(this.exec, this.cards ?? [], this.link?.json());
  }
}

export class SimUpdateDraftBodyAction extends CardObject implements GoogleAppsScript.Card_Service.UpdateDraftBodyAction {
  readonly contents: Array<{ content: string; contentType: string }> = [];
  type?: string;
  addUpdateContent(content: string, contentType: GoogleAppsScript.Card_Service.ContentType) {
    this.call('UpdateDraftBodyAction.addUpdateContent');
    this.contents.push({ content: this.str(content, 'content'), contentType: this.oneOf(contentType, ENUMS.ContentType, 'contentType') });
    return this;
  }
  setUpdateType(updateType: GoogleAppsScript.Card_Service.UpdateDraftBodyType) {
    this.call('UpdateDraftBodyAction.setUpdateType');
    this.type = this.oneOf(updateType, ENUMS.UpdateDraftBodyType, 'updateType');
    return this;
  }
}

class SimRecipientsAction extends CardObject {
  readonly emails: string[] = [];
  protected add(list: unknown): this {
    if (!Array.isArray(list)) this.fail('Invalid argument: recipient emails (an array of strings)');
    for (const e of list) this.emails.push(String(e));
    return this;
  }
}
export class SimUpdateDraftToRecipientsAction extends SimRecipientsAction implements GoogleAppsScript.Card_Service.UpdateDraftToRecipientsAction {
  addUpdateToRecipients(toRecipientEmails: string[]) {
    this.call('UpdateDraftToRecipientsAction.addUpdateToRecipients');
    return this.add(toRecipientEmails);
  }
}
export class SimUpdateDraftCcRecipientsAction extends SimRecipientsAction implements GoogleAppsScript.Card_Service.UpdateDraftCcRecipientsAction {
  addUpdateCcRecipients(ccRecipientEmails: string[]) {
    this.call('UpdateDraftCcRecipientsAction.addUpdateCcRecipients');
    return this.add(ccRecipientEmails);
  }
}
export class SimUpdateDraftBccRecipientsAction extends SimRecipientsAction implements GoogleAppsScript.Card_Service.UpdateDraftBccRecipientsAction {
  addUpdateBccRecipients(bccRecipientEmails: string[]) {
    this.call('UpdateDraftBccRecipientsAction.addUpdateBccRecipients');
    return this.add(bccRecipientEmails);
  }
}
export class SimUpdateDraftSubjectAction extends CardObject implements GoogleAppsScript.Card_Service.UpdateDraftSubjectAction {
  subject?: string;
  addUpdateSubject(subject: string) {
    this.call('UpdateDraftSubjectAction.addUpdateSubject');
    this.subject = this.str(subject, 'subject');
    return this;
  }
}

/** What a compose action asks Gmail to do to the open draft. */
export interface DraftUpdate {
  body?: { type: string; contents: Array<{ content: string; contentType: string }> };
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
}

export class SimUpdateDraftActionResponse extends CardObject implements GoogleAppsScript.Card_Service.UpdateDraftActionResponse {
  constructor(exec: Execution, readonly update: DraftUpdate) {
    super(exec);
  }
  printJson(): string {
    this.call('UpdateDraftActionResponse.printJson');
    const u = this.update;
    const markup = prune({
      updateBody: u.body ? { insertContents: u.body.contents, type: u.body.type } : undefined,
      updateToRecipients: u.to ? { toRecipients: u.to.map((email) => ({ email })) } : undefined,
      updateCcRecipients: u.cc ? { ccRecipients: u.cc.map((email) => ({ email })) } : undefined,
      updateBccRecipients: u.bcc ? { bccRecipients: u.bcc.map((email) => ({ email })) } : undefined,
      updateSubject: u.subject !== undefined ? { subject: u.subject } : undefined,
    });
    return JSON.stringify({ renderActions: { hostAppAction: { gmailAction: { updateDraftActionMarkup: markup } } } }, null, 2);
  }
}

export class SimUpdateDraftActionResponseBuilder extends CardObject implements GoogleAppsScript.Card_Service.UpdateDraftActionResponseBuilder {
  private u: DraftUpdate = {};
  setUpdateDraftBodyAction(a: GoogleAppsScript.Card_Service.UpdateDraftBodyAction) {
    this.call('UpdateDraftActionResponseBuilder.setUpdateDraftBodyAction');
    const b = this.is(a, SimUpdateDraftBodyAction, 'updateDraftBodyAction');
    // UpdateDraftBodyAction.setUpdateType is required (reference/card-service/update-draft-body-action).
    if (!b.type) this.fail('UpdateDraftBodyAction has no update type: call setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT).');
    this.u.body = { type: b.type, contents: [...b.contents] };
    return this;
  }
  setUpdateDraftToRecipientsAction(a: GoogleAppsScript.Card_Service.UpdateDraftToRecipientsAction) {
    this.call('UpdateDraftActionResponseBuilder.setUpdateDraftToRecipientsAction');
    this.u.to = [...this.is(a, SimUpdateDraftToRecipientsAction, 'updateDraftToRecipientsAction').emails];
    return this;
  }
  setUpdateDraftCcRecipientsAction(a: GoogleAppsScript.Card_Service.UpdateDraftCcRecipientsAction) {
    this.call('UpdateDraftActionResponseBuilder.setUpdateDraftCcRecipientsAction');
    this.u.cc = [...this.is(a, SimUpdateDraftCcRecipientsAction, 'updateDraftCcRecipientsAction').emails];
    return this;
  }
  setUpdateDraftBccRecipientsAction(a: GoogleAppsScript.Card_Service.UpdateDraftBccRecipientsAction) {
    this.call('UpdateDraftActionResponseBuilder.setUpdateDraftBccRecipientsAction');
    this.u.bcc = [...this.is(a, SimUpdateDraftBccRecipientsAction, 'updateDraftBccRecipientsAction').emails];
    return this;
  }
  setUpdateDraftSubjectAction(a: GoogleAppsScript.Card_Service.UpdateDraftSubjectAction) {
    this.call('UpdateDraftActionResponseBuilder.setUpdateDraftSubjectAction');
    this.u.subject = this.is(a, SimUpdateDraftSubjectAction, 'updateDraftSubjectAction').subject;
    return this;
  }
  build(): SimUpdateDraftActionResponse {
    this.call('UpdateDraftActionResponseBuilder.build');
    return new SimUpdateDraftActionResponse(this.exec, { ...this.u });
  }
}

export class SimSuggestionsResponse extends CardObject implements GoogleAppsScript.Card_Service.SuggestionsResponse {
  constructor(exec: Execution, readonly items: string[]) {
    super(exec);
  }
  printJson(): string {
    this.call('SuggestionsResponse.printJson');
    return JSON.stringify({ suggestions: { items: this.items.map((text) => ({ text })) } }, null, 2);
  }
}

export class SimSuggestionsResponseBuilder extends CardObject implements GoogleAppsScript.Card_Service.SuggestionsResponseBuilder {
  private s?: SimSuggestions;
  setSuggestions(suggestions: GoogleAppsScript.Card_Service.Suggestions) {
    this.call('SuggestionsResponseBuilder.setSuggestions');
    this.s = this.is(suggestions, SimSuggestions, 'suggestions');
    return this;
  }
  build(): SimSuggestionsResponse {
    this.call('SuggestionsResponseBuilder.build');
    if (!this.s) this.fail('SuggestionsResponse has no suggestions: call setSuggestions(suggestions).');
    return new SimSuggestionsResponse(this.exec, [...this.s.items]);
  }
}
