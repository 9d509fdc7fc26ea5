import type { Execution } from '../execution';
import type { ServiceModule } from './types';
import { J, CARD_CALL_LATENCY_MS, CardObject, ENUMS, SimAction, SimOpenLink, SimAuthorizationAction } from './card/base';
import { SimTextParagraph, SimIconImage, SimMaterialIcon, SimTextButton, SimImageButton, SimButtonSet, SimSwitch, SimDecoratedText, SimKeyValue, SimSuggestions, SimValidation, SimTextInput, SimSelectionInput, SimDatePicker, SimDateTimePicker, SimTimePicker, SimImage, SimDivider, SimBorderStyle, SimImageCropStyle, SimImageComponent, SimGridItem, SimGrid } from './card/widgets';
import { SimCardHeader, SimCardSection, SimCardAction, SimFixedFooter, SimCard, SimCardBuilder } from './card/cards';
import { SimNotification, SimNavigation, ActionResponseData, SimActionResponse, SimActionResponseBuilder, SimUniversalActionResponse, SimUniversalActionResponseBuilder, SimUpdateDraftBodyAction, SimUpdateDraftToRecipientsAction, SimUpdateDraftCcRecipientsAction, SimUpdateDraftBccRecipientsAction, SimUpdateDraftSubjectAction, DraftUpdate, SimUpdateDraftActionResponse, SimUpdateDraftActionResponseBuilder, SimSuggestionsResponse, SimSuggestionsResponseBuilder } from './card/responses';

/**
 * CardService (apps-script/reference/card-service). Builders are host objects: the script calls their methods,
 * each call is a (free) service call, and `build()` validates like Apps Script and freezes a google.apps.card.v1
 * JSON tree (workspace/add-ons/reference/rpc/google.apps.card.v1 — the typed shape is
 * `chat_v1.Schema$GoogleAppsCardV1Card`). The Gmail host emulation (sim/host) reads what add-on functions return
 * through `readHostResponse`, without making service calls. The builders live in ./card/.
 */

export * from './card/base';
export * from './card/widgets';
export * from './card/cards';
export * from './card/responses';

/** Builders for host products Gmail does not have (Calendar, Drive, Editors, link previews). */
function notInGmail(exec: Execution, what: string): never {
  throw exec.realmError(`${what} is not available in a Gmail add-on (the offline Workspace hosts Gmail only).`);
}

/** Gmail features the offline Workspace does not emulate yet: say so plainly rather than half-work. */
function notEmulated(exec: Execution, what: string): never {
  throw exec.realmError(`${what} is not emulated by the offline Workspace yet.`);
}

export function createCardService(exec: Execution): GoogleAppsScript.Card_Service.CardService {
  const enums = ENUMS as unknown as Pick<
    GoogleAppsScript.Card_Service.CardService,
    | 'BorderType' | 'ComposedEmailType' | 'ContentType' | 'DisplayStyle' | 'GridItemLayout' | 'HorizontalAlignment'
    | 'Icon' | 'ImageCropType' | 'ImageStyle' | 'InputType' | 'Interaction' | 'LoadIndicator' | 'OnClose' | 'OpenAs'
    | 'SelectionInputType' | 'SwitchControlType' | 'TextButtonStyle' | 'UpdateDraftBodyType'
  >;
  const make = <T>(name: string, f: () => T) => (): T => {
    exec.serviceCall(`card.${name}`, CARD_CALL_LATENCY_MS);
    return f();
  };
  const service: GoogleAppsScript.Card_Service.CardService = {
    ...enums,
    newAction: make('newAction', () => new SimAction(exec)),
    newActionResponseBuilder: make('newActionResponseBuilder', () => new SimActionResponseBuilder(exec)),
    newAttachment: () => notInGmail(exec, 'CardService.newAttachment (Calendar)'),
    newAuthorizationAction: make('newAuthorizationAction', () => new SimAuthorizationAction(exec)),
    newAuthorizationException: () => notEmulated(exec, 'CardService.newAuthorizationException (third-party OAuth)'),
    newBorderStyle: make('newBorderStyle', () => new SimBorderStyle(exec)),
    newButtonSet: make('newButtonSet', () => new SimButtonSet(exec)),
    newCalendarEventActionResponseBuilder: () => notInGmail(exec, 'CardService.newCalendarEventActionResponseBuilder'),
    newCardAction: make('newCardAction', () => new SimCardAction(exec)),
    newCardBuilder: make('newCardBuilder', () => new SimCardBuilder(exec)),
    newCardHeader: make('newCardHeader', () => new SimCardHeader(exec)),
    newCardSection: make('newCardSection', () => new SimCardSection(exec)),
    newComposeActionResponseBuilder: () => notEmulated(exec, 'CardService.newComposeActionResponseBuilder (compose a draft from a card)'),
    newDatePicker: make('newDatePicker', () => new SimDatePicker(exec)),
    newDateTimePicker: make('newDateTimePicker', () => new SimDateTimePicker(exec)),
    newDecoratedText: make('newDecoratedText', () => new SimDecoratedText(exec)),
    newDivider: make('newDivider', () => new SimDivider(exec)),
    newDriveItemsSelectedActionResponseBuilder: () => notInGmail(exec, 'CardService.newDriveItemsSelectedActionResponseBuilder'),
    newEditorFileScopeActionResponseBuilder: () => notInGmail(exec, 'CardService.newEditorFileScopeActionResponseBuilder'),
    newFixedFooter: make('newFixedFooter', () => new SimFixedFooter(exec)),
    newIconImage: make('newIconImage', () => new SimIconImage(exec)),
    newGrid: make('newGrid', () => new SimGrid(exec)),
    newGridItem: make('newGridItem', () => new SimGridItem(exec)),
    newImage: make('newImage', () => new SimImage(exec)),
    newImageButton: make('newImageButton', () => new SimImageButton(exec)),
    newImageComponent: make('newImageComponent', () => new SimImageComponent(exec)),
    newImageCropStyle: make('newImageCropStyle', () => new SimImageCropStyle(exec)),
    newKeyValue: make('newKeyValue', () => new SimKeyValue(exec)),
    newLinkPreview: () => notInGmail(exec, 'CardService.newLinkPreview (Docs/Sheets/Slides)'),
    newMaterialIcon: make('newMaterialIcon', () => new SimMaterialIcon(exec)),
    newNavigation: make('newNavigation', () => new SimNavigation(exec)),
    newNotification: make('newNotification', () => new SimNotification(exec)),
    newOpenLink: make('newOpenLink', () => new SimOpenLink(exec)),
    newSelectionInput: make('newSelectionInput', () => new SimSelectionInput(exec)),
    newSuggestions: make('newSuggestions', () => new SimSuggestions(exec)),
    newSuggestionsResponseBuilder: make('newSuggestionsResponseBuilder', () => new SimSuggestionsResponseBuilder(exec)),
    newSwitch: make('newSwitch', () => new SimSwitch(exec)),
    newTextButton: make('newTextButton', () => new SimTextButton(exec)),
    newTextInput: make('newTextInput', () => new SimTextInput(exec)),
    newTextParagraph: make('newTextParagraph', () => new SimTextParagraph(exec)),
    newTimePicker: make('newTimePicker', () => new SimTimePicker(exec)),
    newUniversalActionResponseBuilder: make('newUniversalActionResponseBuilder', () => new SimUniversalActionResponseBuilder(exec)),
    newUpdateDraftActionResponseBuilder: make('newUpdateDraftActionResponseBuilder', () => new SimUpdateDraftActionResponseBuilder(exec)),
    newUpdateDraftBccRecipientsAction: make('newUpdateDraftBccRecipientsAction', () => new SimUpdateDraftBccRecipientsAction(exec)),
    newUpdateDraftBodyAction: make('newUpdateDraftBodyAction', () => new SimUpdateDraftBodyAction(exec)),
    newUpdateDraftCcRecipientsAction: make('newUpdateDraftCcRecipientsAction', () => new SimUpdateDraftCcRecipientsAction(exec)),
    newUpdateDraftSubjectAction: make('newUpdateDraftSubjectAction', () => new SimUpdateDraftSubjectAction(exec)),
    newUpdateDraftToRecipientsAction: make('newUpdateDraftToRecipientsAction', () => new SimUpdateDraftToRecipientsAction(exec)),
    newValidation: make('newValidation', () => new SimValidation(exec)),
  };
  return service;
}

export const cardServiceModule: ServiceModule = {
  name: 'CardService',
  globals: ({ exec }) => ({ CardService: createCardService(exec) }),
};

// ------------------------------------------------------------------------------- what the host reads back

/** Classifies what an add-on function returned, as the Gmail host sees it (no service calls are made). */
export type HostResponse =
  | { kind: 'cards'; cards: J[] }
  | { kind: 'action'; response: ActionResponseData }
  | { kind: 'universal'; cards: J[]; openLink?: J }
  | { kind: 'draft'; update: DraftUpdate }
  | { kind: 'suggestions'; items: string[] }
  | { kind: 'unknown'; description: string };

export function readHostResponse(value: unknown): HostResponse {
  if (value instanceof SimCard) return { kind: 'cards', cards: [value.data] };
  if (Array.isArray(value) && value.length > 0 && value.every((v) => v instanceof SimCard)) {
    return { kind: 'cards', cards: value.map((v: SimCard) => v.data) };
  }
  if (value instanceof SimActionResponse) return { kind: 'action', response: value.data };
  if (value instanceof SimUniversalActionResponse) return { kind: 'universal', cards: value.cards, openLink: value.openLink };
  if (value instanceof SimUpdateDraftActionResponse) return { kind: 'draft', update: value.update };
  if (value instanceof SimSuggestionsResponse) return { kind: 'suggestions', items: value.items };
  const description =
    value === undefined ? 'nothing (undefined)'
    : value instanceof CardObject ? `a ${value.constructor.name.replace(/^Sim/, '')} (did you forget .build()?)`
    : Array.isArray(value) ? 'an array that is not all Cards'
    : `a ${typeof value}`;
  return { kind: 'unknown', description };
}
