import type { Execution } from '../execution';
import type { ServiceModule } from './types';

/**
 * CardService (apps-script/reference/card-service). Builders are host objects: the script calls their methods,
 * each call is a (free) service call, and `build()` validates like Apps Script and freezes a google.apps.card.v1
 * JSON tree (workspace/add-ons/reference/rpc/google.apps.card.v1 — the typed shape is
 * `chat_v1.Schema$GoogleAppsCardV1Card`). The sidebar host (sim/host) reads that tree through `cardJson()` etc.
 * without making service calls.
 */

type CS = typeof GoogleAppsScript.Card_Service;
type J = Record<string, unknown>;

/** Card-building calls cost no virtual time: they only build an object in the script's memory. */
const CARD_CALL_LATENCY_MS = 0;

// apps-script/guides/services/quotas (Cards): at most 100 sections per card and 100 widgets per section.
export const MAX_SECTIONS_PER_CARD = 100;
export const MAX_WIDGETS_PER_SECTION = 100;
// workspace/add-ons/reference/rpc/google.apps.card.v1 Card: "You can add up to 100 widgets per card. Any widgets
// beyond this limit are ignored." The sidebar host drops them the same way (see sim/host/session.ts).
export const MAX_WIDGETS_SHOWN_PER_CARD = 100;

function enumOf<K extends string>(names: readonly K[]): Record<K, K> {
  const out = {} as Record<K, K>;
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

export const ENUMS = {
  BorderType: enumOf(['NO_BORDER', 'STROKE']),
  ComposedEmailType: enumOf(['REPLY_AS_DRAFT', 'STANDALONE_DRAFT']),
  ContentType: enumOf(['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML']),
  DisplayStyle: enumOf(['PEEK', 'REPLACE']),
  GridItemLayout: enumOf(['TEXT_BELOW', 'TEXT_ABOVE']),
  HorizontalAlignment: enumOf(['START', 'CENTER', 'END']),
  Icon: enumOf([
    'NONE', 'AIRPLANE', 'BOOKMARK', 'BUS', 'CAR', 'CLOCK', 'CONFIRMATION_NUMBER_ICON', 'DOLLAR', 'DESCRIPTION',
    'EMAIL', 'EVENT_PERFORMER', 'EVENT_SEAT', 'FLIGHT_ARRIVAL', 'FLIGHT_DEPARTURE', 'HOTEL', 'HOTEL_ROOM_TYPE',
    'INVITE', 'MAP_PIN', 'MEMBERSHIP', 'MULTIPLE_PEOPLE', 'OFFER', 'PERSON', 'PHONE', 'RESTAURANT_ICON',
    'SHOPPING_CART', 'STAR', 'STORE', 'TICKET', 'TRAIN', 'VIDEO_CAMERA', 'VIDEO_PLAY',
  ]),
  ImageCropType: enumOf(['SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3']),
  ImageStyle: enumOf(['SQUARE', 'CIRCLE']),
  InputType: enumOf(['TEXT', 'INTEGER', 'FLOAT', 'EMAIL']),
  Interaction: enumOf(['INTERACTION_UNSPECIFIED', 'OPEN_DIALOG']),
  LoadIndicator: enumOf(['SPINNER', 'NONE']),
  OnClose: enumOf(['NOTHING', 'RELOAD', 'RELOAD_ADD_ON']),
  OpenAs: enumOf(['FULL_SIZE', 'OVERLAY']),
  SelectionInputType: enumOf(['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH', 'MULTI_SELECT']),
  SwitchControlType: enumOf(['SWITCH', 'CHECK_BOX']),
  // TEXT is the older name of BORDERLESS; both are accepted by Apps Script.
  TextButtonStyle: enumOf(['OUTLINED', 'FILLED', 'FILLED_TONAL', 'BORDERLESS', 'TEXT']),
  UpdateDraftBodyType: enumOf(['IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END']),
} as const;

/** Every object this service hands to scripts derives from this: it knows its execution and counts calls. */
abstract class CardObject {
  constructor(protected readonly exec: Execution) {}

  protected call(method: string): void {
    this.exec.serviceCall(`card.${method}`, CARD_CALL_LATENCY_MS);
  }

  protected fail(message: string): never {
    throw this.exec.realmError(message);
  }

  protected str(value: unknown, what: string): string {
    if (value === null || value === undefined) this.fail(`Invalid argument: ${what}`);
    return String(value);
  }

  protected oneOf<K extends string>(value: unknown, e: Record<K, K>, what: string): K {
    const v = String(value) as K;
    if (!(v in e)) this.fail(`Invalid argument: ${what} (expected one of ${Object.keys(e).join(', ')}, got ${String(value)})`);
    return v;
  }

  protected is<T>(value: unknown, ctor: abstract new (...a: never[]) => T, what: string): T {
    if (!(value instanceof ctor)) this.fail(`Invalid argument: ${what}`);
    return value as T;
  }
}

/** Hex `#rrggbb` / `#rgb` → google.type.Color (floats 0..1). */
function color(hex: string): J | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const h = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const n = (i: number) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { red: n(0), green: n(2), blue: n(4), alpha: 1 };
}

function prune(o: J): J {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

// ---------------------------------------------------------------------------------------------- actions & links

export class SimAction extends CardObject implements GoogleAppsScript.Card_Service.Action {
  private fn?: string;
  private params: Record<string, string> = {};
  private loadIndicator?: string;
  private persistValues?: boolean;
  private interaction?: string;
  private required: string[] = [];
  private allRequired?: boolean;

  setFunctionName(functionName: string) {
    this.call('Action.setFunctionName');
    this.fn = this.str(functionName, 'functionName');
    return this;
  }
  setMethodName(functionName: string) {
    return this.setFunctionName(functionName);
  }
  setParameters(parameters: { [key: string]: string }) {
    this.call('Action.setParameters');
    if (parameters === null || typeof parameters !== 'object') this.fail('Invalid argument: parameters');
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parameters)) {
      // Action.setParameters: "keys and values must be strings".
      if (typeof v !== 'string') {
        this.fail(`Invalid argument: parameters. The value of "${k}" is a ${typeof v}; action parameters must be strings (convert it with String() or JSON.stringify()).`);
      }
      out[k] = v;
    }
    this.params = out;
    return this;
  }
  setLoadIndicator(loadIndicator: GoogleAppsScript.Card_Service.LoadIndicator) {
    this.call('Action.setLoadIndicator');
    this.loadIndicator = this.oneOf(loadIndicator, ENUMS.LoadIndicator, 'loadIndicator');
    return this;
  }
  setPersistValues(persistValues: boolean) {
    this.call('Action.setPersistValues');
    this.persistValues = Boolean(persistValues);
    return this;
  }
  setInteraction(interaction: GoogleAppsScript.Card_Service.Interaction) {
    this.call('Action.setInteraction');
    this.interaction = this.oneOf(interaction, ENUMS.Interaction, 'interaction');
    return this;
  }
  addRequiredWidget(requiredWidget: string) {
    this.call('Action.addRequiredWidget');
    this.required.push(this.str(requiredWidget, 'requiredWidget'));
    return this;
  }
  setAllWidgetsAreRequired(allWidgetsAreRequired: boolean) {
    this.call('Action.setAllWidgetsAreRequired');
    this.allRequired = Boolean(allWidgetsAreRequired);
    return this;
  }

  /** The action as v1 JSON; fails like Apps Script when no function name was set. */
  json(): J {
    if (!this.fn) this.fail('Action is missing its function name: call setFunctionName("yourFunction") on the Action.');
    const params = Object.entries(this.params).map(([key, value]) => ({ key, value }));
    return prune({
      function: this.fn,
      parameters: params.length ? params : undefined,
      loadIndicator: this.loadIndicator,
      persistValues: this.persistValues,
      interaction: this.interaction,
      requiredWidgets: this.required.length ? [...this.required] : undefined,
      allWidgetsAreRequired: this.allRequired,
    });
  }
}

export class SimOpenLink extends CardObject implements GoogleAppsScript.Card_Service.OpenLink {
  private url?: string;
  private openAs?: string;
  private onClose?: string;
  setUrl(url: string) {
    this.call('OpenLink.setUrl');
    this.url = this.str(url, 'url');
    return this;
  }
  setOpenAs(openAs: GoogleAppsScript.Card_Service.OpenAs) {
    this.call('OpenLink.setOpenAs');
    this.openAs = this.oneOf(openAs, ENUMS.OpenAs, 'openAs');
    return this;
  }
  setOnClose(onClose: GoogleAppsScript.Card_Service.OnClose) {
    this.call('OpenLink.setOnClose');
    this.onClose = this.oneOf(onClose, ENUMS.OnClose, 'onClose');
    return this;
  }
  json(): J {
    if (!this.url) this.fail('OpenLink is missing its URL: call setUrl("https://…") on the OpenLink.');
    return prune({ url: this.url, openAs: this.openAs, onClose: this.onClose });
  }
}

export class SimAuthorizationAction extends CardObject implements GoogleAppsScript.Card_Service.AuthorizationAction {
  url?: string;
  setAuthorizationUrl(authorizationUrl: string) {
    this.call('AuthorizationAction.setAuthorizationUrl');
    this.url = this.str(authorizationUrl, 'authorizationUrl');
    return this;
  }
}

/** What clicking a widget does: exactly one of action, open link, dynamic link, authorization or compose. */
abstract class Clickable extends CardObject {
  protected onClick?: () => J;
  private clickKind?: string;

  protected setClick(kind: string, make: () => J): void {
    // Apps Script: "A widget can only have one of setAuthorizationAction, setComposeAction, setOnClickAction,
    // setOnClickOpenLinkAction or setOpenLink set."
    if (this.clickKind && this.clickKind !== kind) {
      this.fail(`This widget already has ${this.clickKind} set; a widget can have only one click behaviour.`);
    }
    this.clickKind = kind;
    this.onClick = make;
  }
  setOnClickAction(action: GoogleAppsScript.Card_Service.Action) {
    this.call('setOnClickAction');
    const a = this.is(action, SimAction, 'action');
    this.setClick('setOnClickAction', () => ({ action: a.json() }));
    return this;
  }
  setOnClickOpenLinkAction(action: GoogleAppsScript.Card_Service.Action) {
    this.call('setOnClickOpenLinkAction');
    const a = this.is(action, SimAction, 'action');
    this.setClick('setOnClickOpenLinkAction', () => ({ openDynamicLinkAction: a.json() }));
    return this;
  }
  setOpenLink(openLink: GoogleAppsScript.Card_Service.OpenLink) {
    this.call('setOpenLink');
    const l = this.is(openLink, SimOpenLink, 'openLink');
    this.setClick('setOpenLink', () => ({ openLink: l.json() }));
    return this;
  }
  setAuthorizationAction(action: GoogleAppsScript.Card_Service.AuthorizationAction) {
    this.call('setAuthorizationAction');
    const a = this.is(action, SimAuthorizationAction, 'action');
    this.setClick('setAuthorizationAction', () => ({ openLink: { url: a.url ?? '', onClose: 'RELOAD' } }));
    return this;
  }
  setComposeAction(action: GoogleAppsScript.Card_Service.Action, composedEmailType: GoogleAppsScript.Card_Service.ComposedEmailType) {
    this.call('setComposeAction');
    const a = this.is(action, SimAction, 'action');
    this.oneOf(composedEmailType, ENUMS.ComposedEmailType, 'composedEmailType');
    // v1 JSON has no compose field: the host runs the action and expects a ComposeActionResponse.
    this.setClick('setComposeAction', () => ({ action: a.json() }));
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------- widgets

export abstract class SimWidget extends Clickable implements GoogleAppsScript.Card_Service.Widget {
  abstract json(): J;
}

export class SimTextParagraph extends SimWidget implements GoogleAppsScript.Card_Service.TextParagraph {
  private text?: string;
  private maxLines?: number;
  setText(text: string) {
    this.call('TextParagraph.setText');
    this.text = this.str(text, 'text');
    return this;
  }
  setMaxLines(maxLines: number) {
    this.call('TextParagraph.setMaxLines');
    this.maxLines = Number(maxLines);
    return this;
  }
  json(): J {
    if (this.text === undefined) this.fail('TextParagraph has no text: call setText(text) before adding it to a section.');
    return { textParagraph: prune({ text: this.text, maxLines: this.maxLines }) };
  }
}

export class SimIconImage extends CardObject implements GoogleAppsScript.Card_Service.IconImage {
  private icon: J = {};
  setAltText(altText: string) {
    this.call('IconImage.setAltText');
    this.icon.altText = this.str(altText, 'altText');
    return this;
  }
  setIcon(icon: GoogleAppsScript.Card_Service.Icon) {
    this.call('IconImage.setIcon');
    this.icon = prune({ altText: this.icon.altText, imageType: this.icon.imageType, knownIcon: this.oneOf(icon, ENUMS.Icon, 'icon') });
    return this;
  }
  setIconUrl(url: string) {
    this.call('IconImage.setIconUrl');
    this.icon = prune({ altText: this.icon.altText, imageType: this.icon.imageType, iconUrl: this.str(url, 'url') });
    return this;
  }
  setImageCropType(imageCropType: GoogleAppsScript.Card_Service.ImageCropType) {
    this.call('IconImage.setImageCropType');
    const t = this.oneOf(imageCropType, ENUMS.ImageCropType, 'imageCropType');
    // Only SQUARE and CIRCLE apply to an IconImage (reference/card-service/icon-image).
    if (t !== 'SQUARE' && t !== 'CIRCLE') this.fail('Invalid argument: imageCropType (an IconImage takes only SQUARE or CIRCLE)');
    this.icon.imageType = t;
    return this;
  }
  setMaterialIcon(icon: GoogleAppsScript.Card_Service.MaterialIcon) {
    this.call('IconImage.setMaterialIcon');
    const m = this.is(icon, SimMaterialIcon, 'icon');
    this.icon = prune({ altText: this.icon.altText, imageType: this.icon.imageType, materialIcon: m.json() });
    return this;
  }
  json(): J {
    if (!this.icon.knownIcon && !this.icon.iconUrl && !this.icon.materialIcon) {
      this.fail('IconImage has no icon: call setIcon, setIconUrl or setMaterialIcon.');
    }
    return { ...this.icon };
  }
}

export class SimMaterialIcon extends CardObject implements GoogleAppsScript.Card_Service.MaterialIcon {
  private m: J = {};
  setName(name: string) {
    this.call('MaterialIcon.setName');
    this.m.name = this.str(name, 'name');
    return this;
  }
  setFill(fill: boolean) {
    this.call('MaterialIcon.setFill');
    this.m.fill = Boolean(fill);
    return this;
  }
  setGrade(grade: number) {
    this.call('MaterialIcon.setGrade');
    this.m.grade = Number(grade);
    return this;
  }
  setWeight(weight: number) {
    this.call('MaterialIcon.setWeight');
    this.m.weight = Number(weight);
    return this;
  }
  json(): J {
    if (!this.m.name) this.fail('MaterialIcon has no name: call setName("check_circle").');
    return { ...this.m };
  }
}

/** A button is also a widget of its own: added straight to a section it becomes a one-button list. */
abstract class SimButtonBase extends SimWidget implements GoogleAppsScript.Card_Service.Button {
  abstract buttonJson(): J;
  json(): J {
    return { buttonList: { buttons: [this.buttonJson()] } };
  }
}

export class SimTextButton extends SimButtonBase implements GoogleAppsScript.Card_Service.TextButton {
  private text?: string;
  private style?: string;
  private disabled?: boolean;
  private bg?: J;
  private altText?: string;
  private icon?: J;
  setText(text: string) {
    this.call('TextButton.setText');
    this.text = this.str(text, 'text');
    return this;
  }
  setTextButtonStyle(textButtonStyle: GoogleAppsScript.Card_Service.TextButtonStyle) {
    this.call('TextButton.setTextButtonStyle');
    const s = this.oneOf(textButtonStyle, ENUMS.TextButtonStyle, 'textButtonStyle');
    this.style = s === 'TEXT' ? 'BORDERLESS' : s;
    return this;
  }
  setDisabled(disabled: boolean) {
    this.call('TextButton.setDisabled');
    this.disabled = Boolean(disabled);
    return this;
  }
  setBackgroundColor(backgroundColor: string) {
    this.call('TextButton.setBackgroundColor');
    const c = color(this.str(backgroundColor, 'backgroundColor'));
    if (!c) this.fail(`Invalid argument: backgroundColor "${backgroundColor}" (use #RRGGBB)`);
    this.bg = c;
    return this;
  }
  setAltText(altText: string) {
    this.call('TextButton.setAltText');
    this.altText = this.str(altText, 'altText');
    return this;
  }
  setIcon(icon: GoogleAppsScript.Card_Service.IconImage) {
    this.call('TextButton.setIcon');
    this.icon = this.is(icon, SimIconImage, 'icon').json();
    return this;
  }
  setMaterialIcon(icon: GoogleAppsScript.Card_Service.MaterialIcon) {
    this.call('TextButton.setMaterialIcon');
    this.icon = { materialIcon: this.is(icon, SimMaterialIcon, 'icon').json() };
    return this;
  }
  buttonJson(): J {
    if (this.text === undefined && !this.icon) this.fail('TextButton has no text: call setText(text).');
    if (!this.onClick) this.fail(`TextButton "${this.text}" has no action: call setOnClickAction, setOpenLink or setOnClickOpenLinkAction.`);
    // A FILLED button without a colour takes the add-on's primary colour; the host applies it.
    return prune({
      text: this.text,
      icon: this.icon,
      type: this.style,
      color: this.bg,
      disabled: this.disabled,
      altText: this.altText,
      onClick: this.onClick(),
    });
  }
}

export class SimImageButton extends SimButtonBase implements GoogleAppsScript.Card_Service.ImageButton {
  private icon: J = {};
  private altText?: string;
  setAltText(altText: string) {
    this.call('ImageButton.setAltText');
    this.altText = this.str(altText, 'altText');
    return this;
  }
  setIcon(icon: GoogleAppsScript.Card_Service.Icon) {
    this.call('ImageButton.setIcon');
    this.icon = { knownIcon: this.oneOf(icon, ENUMS.Icon, 'icon') };
    return this;
  }
  setIconUrl(url: string) {
    this.call('ImageButton.setIconUrl');
    this.icon = { iconUrl: this.str(url, 'url') };
    return this;
  }
  setMaterialIcon(icon: GoogleAppsScript.Card_Service.MaterialIcon) {
    this.call('ImageButton.setMaterialIcon');
    this.icon = { materialIcon: this.is(icon, SimMaterialIcon, 'icon').json() };
    return this;
  }
  buttonJson(): J {
    if (!this.icon.knownIcon && !this.icon.iconUrl && !this.icon.materialIcon) {
      this.fail('ImageButton has no icon: call setIcon, setIconUrl or setMaterialIcon.');
    }
    if (!this.onClick) this.fail('ImageButton has no action: call setOnClickAction, setOpenLink or setOnClickOpenLinkAction.');
    return prune({ icon: prune({ ...this.icon, altText: this.altText }), altText: this.altText, onClick: this.onClick() });
  }
}

export class SimButtonSet extends SimWidget implements GoogleAppsScript.Card_Service.ButtonSet {
  private buttons: SimButtonBase[] = [];
  addButton(button: GoogleAppsScript.Card_Service.Button) {
    this.call('ButtonSet.addButton');
    this.buttons.push(this.is(button, SimButtonBase, 'button'));
    return this;
  }
  json(): J {
    if (this.buttons.length === 0) this.fail('ButtonSet has no buttons: add at least one with addButton(button).');
    return { buttonList: { buttons: this.buttons.map((b) => b.buttonJson()) } };
  }
}

export class SimSwitch extends CardObject implements GoogleAppsScript.Card_Service.Switch {
  private name?: string;
  private value?: string;
  private selected?: boolean;
  private onChange?: SimAction;
  private controlType?: string;
  setFieldName(fieldName: string) {
    this.call('Switch.setFieldName');
    this.name = this.str(fieldName, 'fieldName');
    return this;
  }
  setValue(value: string) {
    this.call('Switch.setValue');
    this.value = this.str(value, 'value');
    return this;
  }
  setSelected(selected: boolean) {
    this.call('Switch.setSelected');
    this.selected = Boolean(selected);
    return this;
  }
  setOnChangeAction(action: GoogleAppsScript.Card_Service.Action) {
    this.call('Switch.setOnChangeAction');
    this.onChange = this.is(action, SimAction, 'action');
    return this;
  }
  setControlType(type: GoogleAppsScript.Card_Service.SwitchControlType) {
    this.call('Switch.setControlType');
    // v1 SwitchControl.ControlType spells the check box CHECKBOX.
    this.controlType = this.oneOf(type, ENUMS.SwitchControlType, 'type') === 'CHECK_BOX' ? 'CHECKBOX' : 'SWITCH';
    return this;
  }
  json(): J {
    if (!this.name) this.fail('Switch has no field name: call setFieldName(name) so its value reaches formInputs.');
    return prune({
      name: this.name,
      value: this.value,
      selected: this.selected ?? false,
      onChangeAction: this.onChange?.json(),
      controlType: this.controlType,
    });
  }
}

export class SimDecoratedText extends SimWidget implements GoogleAppsScript.Card_Service.DecoratedText {
  private d: J = {};
  private button?: SimButtonBase;
  private sw?: SimSwitch;
  setText(text: string) {
    this.call('DecoratedText.setText');
    this.d.text = this.str(text, 'text');
    return this;
  }
  setTopLabel(text: string) {
    this.call('DecoratedText.setTopLabel');
    this.d.topLabel = this.str(text, 'text');
    return this;
  }
  setBottomLabel(text: string) {
    this.call('DecoratedText.setBottomLabel');
    this.d.bottomLabel = this.str(text, 'text');
    return this;
  }
  setWrapText(wrapText: boolean) {
    this.call('DecoratedText.setWrapText');
    this.d.wrapText = Boolean(wrapText);
    return this;
  }
  setStartIcon(startIcon: GoogleAppsScript.Card_Service.IconImage) {
    this.call('DecoratedText.setStartIcon');
    this.d.startIcon = this.is(startIcon, SimIconImage, 'startIcon').json();
    return this;
  }
  setEndIcon(endIcon: GoogleAppsScript.Card_Service.IconImage) {
    this.call('DecoratedText.setEndIcon');
    this.d.endIcon = this.is(endIcon, SimIconImage, 'endIcon').json();
    return this;
  }
  setIcon(icon: GoogleAppsScript.Card_Service.Icon) {
    this.call('DecoratedText.setIcon');
    this.d.startIcon = prune({ ...(this.d.startIcon as J | undefined), knownIcon: this.oneOf(icon, ENUMS.Icon, 'icon'), iconUrl: undefined });
    return this;
  }
  setIconUrl(url: string) {
    this.call('DecoratedText.setIconUrl');
    this.d.startIcon = prune({ ...(this.d.startIcon as J | undefined), iconUrl: this.str(url, 'url'), knownIcon: undefined });
    return this;
  }
  setIconAltText(altText: string) {
    this.call('DecoratedText.setIconAltText');
    this.d.startIcon = { ...(this.d.startIcon as J | undefined), altText: this.str(altText, 'altText') };
    return this;
  }
  setButton(button: GoogleAppsScript.Card_Service.Button) {
    this.call('DecoratedText.setButton');
    // A DecoratedText shows either a button or a switch on its right (reference/card-service/decorated-text).
    this.button = this.is(button, SimButtonBase, 'button');
    this.sw = undefined;
    return this;
  }
  setSwitchControl(switchToSet: GoogleAppsScript.Card_Service.Switch) {
    this.call('DecoratedText.setSwitchControl');
    this.sw = this.is(switchToSet, SimSwitch, 'switchToSet');
    this.button = undefined;
    return this;
  }
  json(): J {
    if (this.d.text === undefined) this.fail('DecoratedText has no text: call setText(text) before adding it to a section.');
    return {
      decoratedText: prune({
        ...this.d,
        button: this.button?.buttonJson(),
        switchControl: this.sw?.json(),
        onClick: this.onClick?.(),
      }),
    };
  }
}

/** The deprecated KeyValue widget renders as a DecoratedText (reference/card-service/key-value). */
export class SimKeyValue extends SimWidget implements GoogleAppsScript.Card_Service.KeyValue {
  private readonly inner: SimDecoratedText;
  constructor(exec: Execution) {
    super(exec);
    this.inner = new SimDecoratedText(exec);
  }
  setContent(text: string) {
    this.inner.setText(text);
    return this;
  }
  setTopLabel(text: string) {
    this.inner.setTopLabel(text);
    return this;
  }
  setBottomLabel(text: string) {
    this.inner.setBottomLabel(text);
    return this;
  }
  setMultiline(multiline: boolean) {
    this.inner.setWrapText(multiline);
    return this;
  }
  setIcon(icon: GoogleAppsScript.Card_Service.Icon) {
    this.inner.setIcon(icon);
    return this;
  }
  setIconUrl(url: string) {
    this.inner.setIconUrl(url);
    return this;
  }
  setIconAltText(altText: string) {
    this.inner.setIconAltText(altText);
    return this;
  }
  setButton(button: GoogleAppsScript.Card_Service.Button) {
    this.inner.setButton(button);
    return this;
  }
  setSwitch(switchToSet: GoogleAppsScript.Card_Service.Switch) {
    this.inner.setSwitchControl(switchToSet);
    return this;
  }
  override setOnClickAction(action: GoogleAppsScript.Card_Service.Action) {
    this.inner.setOnClickAction(action);
    return this;
  }
  override setOnClickOpenLinkAction(action: GoogleAppsScript.Card_Service.Action) {
    this.inner.setOnClickOpenLinkAction(action);
    return this;
  }
  override setOpenLink(openLink: GoogleAppsScript.Card_Service.OpenLink) {
    this.inner.setOpenLink(openLink);
    return this;
  }
  override setAuthorizationAction(action: GoogleAppsScript.Card_Service.AuthorizationAction) {
    this.inner.setAuthorizationAction(action);
    return this;
  }
  override setComposeAction(action: GoogleAppsScript.Card_Service.Action, t: GoogleAppsScript.Card_Service.ComposedEmailType) {
    this.inner.setComposeAction(action, t);
    return this;
  }
  json(): J {
    return this.inner.json();
  }
}

export class SimSuggestions extends CardObject implements GoogleAppsScript.Card_Service.Suggestions {
  readonly items: string[] = [];
  addSuggestion(suggestion: string) {
    this.call('Suggestions.addSuggestion');
    this.items.push(this.str(suggestion, 'suggestion'));
    return this;
  }
  addSuggestions(suggestions: string[]) {
    this.call('Suggestions.addSuggestions');
    if (!Array.isArray(suggestions)) this.fail('Invalid argument: suggestions (an array of strings)');
    for (const s of suggestions) this.items.push(String(s));
    return this;
  }
  json(): J {
    return { items: this.items.map((text) => ({ text })) };
  }
}

export class SimValidation extends CardObject implements GoogleAppsScript.Card_Service.Validation {
  private v: J = {};
  setCharacterLimit(characterLimit: number) {
    this.call('Validation.setCharacterLimit');
    this.v.characterLimit = Number(characterLimit);
    return this;
  }
  setInputType(inputType: GoogleAppsScript.Card_Service.InputType) {
    this.call('Validation.setInputType');
    this.v.inputType = this.oneOf(inputType, ENUMS.InputType, 'inputType');
    return this;
  }
  json(): J {
    return { ...this.v };
  }
}

export class SimTextInput extends SimWidget implements GoogleAppsScript.Card_Service.TextInput {
  private t: J = {};
  private onChange?: SimAction;
  private suggestions?: SimSuggestions;
  private suggestionsAction?: SimAction;
  private validation?: SimValidation;
  setFieldName(fieldName: string) {
    this.call('TextInput.setFieldName');
    this.t.name = this.str(fieldName, 'fieldName');
    return this;
  }
  setTitle(title: string) {
    this.call('TextInput.setTitle');
    this.t.label = this.str(title, 'title');
    return this;
  }
  setHint(hint: string) {
    this.call('TextInput.setHint');
    this.t.hintText = this.str(hint, 'hint');
    return this;
  }
  setValue(value: string) {
    this.call('TextInput.setValue');
    this.t.value = this.str(value, 'value');
    return this;
  }
  setMultiline(multiline: boolean) {
    this.call('TextInput.setMultiline');
    this.t.type = multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE';
    return this;
  }
  setOnChangeAction(action: GoogleAppsScript.Card_Service.Action) {
    this.call('TextInput.setOnChangeAction');
    this.onChange = this.is(action, SimAction, 'action');
    return this;
  }
  setSuggestions(suggestions: GoogleAppsScript.Card_Service.Suggestions) {
    this.call('TextInput.setSuggestions');
    this.suggestions = this.is(suggestions, SimSuggestions, 'suggestions');
    return this;
  }
  setSuggestionsAction(suggestionsAction: GoogleAppsScript.Card_Service.Action) {
    this.call('TextInput.setSuggestionsAction');
    this.suggestionsAction = this.is(suggestionsAction, SimAction, 'suggestionsAction');
    return this;
  }
  setValidation(validation: GoogleAppsScript.Card_Service.Validation) {
    this.call('TextInput.setValidation');
    this.validation = this.is(validation, SimValidation, 'validation');
    return this;
  }
  json(): J {
    if (!this.t.name) this.fail('TextInput has no field name: call setFieldName(name) so its value reaches formInputs.');
    return {
      textInput: prune({
        ...this.t,
        onChangeAction: this.onChange?.json(),
        initialSuggestions: this.suggestions?.json(),
        autoCompleteAction: this.suggestionsAction?.json(),
        validation: this.validation?.json(),
      }),
    };
  }
}

export class SimSelectionInput extends SimWidget implements GoogleAppsScript.Card_Service.SelectionInput {
  private s: J = {};
  private items: J[] = [];
  private onChange?: SimAction;
  private external?: SimAction;
  setFieldName(fieldName: string) {
    this.call('SelectionInput.setFieldName');
    this.s.name = this.str(fieldName, 'fieldName');
    return this;
  }
  setTitle(title: string) {
    this.call('SelectionInput.setTitle');
    this.s.label = this.str(title, 'title');
    return this;
  }
  setType(type: GoogleAppsScript.Card_Service.SelectionInputType) {
    this.call('SelectionInput.setType');
    this.s.type = this.oneOf(type, ENUMS.SelectionInputType, 'type');
    return this;
  }
  addItem(text: unknown, value: unknown, selected: boolean) {
    this.call('SelectionInput.addItem');
    this.items.push({ text: this.str(text, 'text'), value: this.str(value, 'value'), selected: Boolean(selected) });
    return this;
  }
  addMultiSelectItem(text: string, value: string, selected: boolean, startIconUri: string, bottomText: string) {
    this.call('SelectionInput.addMultiSelectItem');
    this.items.push(prune({
      text: this.str(text, 'text'),
      value: this.str(value, 'value'),
      selected: Boolean(selected),
      startIconUri: startIconUri ? String(startIconUri) : undefined,
      bottomText: bottomText ? String(bottomText) : undefined,
    }));
    return this;
  }
  setOnChangeAction(action: GoogleAppsScript.Card_Service.Action) {
    this.call('SelectionInput.setOnChangeAction');
    this.onChange = this.is(action, SimAction, 'action');
    return this;
  }
  setExternalDataSource(action: GoogleAppsScript.Card_Service.Action) {
    this.call('SelectionInput.setExternalDataSource');
    this.external = this.is(action, SimAction, 'action');
    return this;
  }
  setMultiSelectMaxSelectedItems(maxSelectedItems: number) {
    this.call('SelectionInput.setMultiSelectMaxSelectedItems');
    this.s.multiSelectMaxSelectedItems = Number(maxSelectedItems);
    return this;
  }
  setMultiSelectMinQueryLength(queryLength: number) {
    this.call('SelectionInput.setMultiSelectMinQueryLength');
    this.s.multiSelectMinQueryLength = Number(queryLength);
    return this;
  }
  json(): J {
    if (!this.s.name) this.fail('SelectionInput has no field name: call setFieldName(name) so its value reaches formInputs.');
    const type = (this.s.type as string | undefined) ?? 'CHECK_BOX';
    if ((type === 'RADIO_BUTTON' || type === 'DROPDOWN') && this.items.filter((i) => i.selected).length > 1) {
      this.fail(`SelectionInput "${this.s.name}" is a ${type} with more than one item selected: select at most one.`);
    }
    return {
      selectionInput: prune({
        ...this.s,
        type,
        items: this.items.map((i) => ({ ...i })),
        onChangeAction: this.onChange?.json(),
        externalDataSource: this.external?.json(),
      }),
    };
  }
}

export class SimDatePicker extends SimWidget implements GoogleAppsScript.Card_Service.DatePicker {
  protected p: J = {};
  protected onChange?: SimAction;
  protected readonly pickerType: string = 'DATE_ONLY';
  setFieldName(fieldName: string) {
    this.call('DatePicker.setFieldName');
    this.p.name = this.str(fieldName, 'fieldName');
    return this;
  }
  setTitle(title: string) {
    this.call('DatePicker.setTitle');
    this.p.label = this.str(title, 'title');
    return this;
  }
  setValueInMsSinceEpoch(valueMsEpoch: number | string) {
    this.call('DatePicker.setValueInMsSinceEpoch');
    const n = Number(valueMsEpoch);
    if (!Number.isFinite(n)) this.fail(`Invalid argument: valueMsEpoch (${String(valueMsEpoch)} is not a number)`);
    // v1 DateTimePicker.valueMsEpoch is an int64, which JSON carries as a string.
    this.p.valueMsEpoch = String(Math.trunc(n));
    return this;
  }
  setOnChangeAction(action: GoogleAppsScript.Card_Service.Action) {
    this.call('DatePicker.setOnChangeAction');
    this.onChange = this.is(action, SimAction, 'action');
    return this;
  }
  json(): J {
    if (!this.p.name) this.fail('Date/time picker has no field name: call setFieldName(name) so its value reaches formInputs.');
    return { dateTimePicker: prune({ ...this.p, type: this.pickerType, onChangeAction: this.onChange?.json() }) };
  }
}

export class SimDateTimePicker extends SimDatePicker implements GoogleAppsScript.Card_Service.DateTimePicker {
  protected override readonly pickerType = 'DATE_AND_TIME';
  setTimeZoneOffsetInMins(timeZoneOffsetMins: number) {
    this.call('DateTimePicker.setTimeZoneOffsetInMins');
    this.p.timezoneOffsetDate = Number(timeZoneOffsetMins);
    return this;
  }
}

export class SimTimePicker extends SimWidget implements GoogleAppsScript.Card_Service.TimePicker {
  private p: J = {};
  private hours?: number;
  private minutes?: number;
  private onChange?: SimAction;
  setFieldName(fieldName: string) {
    this.call('TimePicker.setFieldName');
    this.p.name = this.str(fieldName, 'fieldName');
    return this;
  }
  setTitle(title: string) {
    this.call('TimePicker.setTitle');
    this.p.label = this.str(title, 'title');
    return this;
  }
  setHours(hours: number) {
    this.call('TimePicker.setHours');
    const h = Number(hours);
    if (!Number.isInteger(h) || h < 0 || h > 23) this.fail(`Invalid argument: hours (${String(hours)}; use 0..23)`);
    this.hours = h;
    return this;
  }
  setMinutes(minutes: number) {
    this.call('TimePicker.setMinutes');
    const m = Number(minutes);
    if (!Number.isInteger(m) || m < 0 || m > 59) this.fail(`Invalid argument: minutes (${String(minutes)}; use 0..59)`);
    this.minutes = m;
    return this;
  }
  setOnChangeAction(action: GoogleAppsScript.Card_Service.Action) {
    this.call('TimePicker.setOnChangeAction');
    this.onChange = this.is(action, SimAction, 'action');
    return this;
  }
  json(): J {
    if (!this.p.name) this.fail('TimePicker has no field name: call setFieldName(name) so its value reaches formInputs.');
    // v1 has no time widget of its own: a TIME_ONLY DateTimePicker whose value is the time of day in ms.
    const ms = this.hours === undefined && this.minutes === undefined ? undefined : ((this.hours ?? 0) * 60 + (this.minutes ?? 0)) * 60_000;
    return {
      dateTimePicker: prune({ ...this.p, type: 'TIME_ONLY', valueMsEpoch: ms === undefined ? undefined : String(ms), onChangeAction: this.onChange?.json() }),
    };
  }
}

export class SimImage extends SimWidget implements GoogleAppsScript.Card_Service.Image {
  private url?: string;
  private altText?: string;
  setImageUrl(url: string) {
    this.call('Image.setImageUrl');
    this.url = this.str(url, 'url');
    return this;
  }
  setAltText(altText: string) {
    this.call('Image.setAltText');
    this.altText = this.str(altText, 'altText');
    return this;
  }
  json(): J {
    if (!this.url) this.fail('Image has no URL: call setImageUrl("https://…").');
    return { image: prune({ imageUrl: this.url, altText: this.altText, onClick: this.onClick?.() }) };
  }
}

export class SimDivider extends SimWidget implements GoogleAppsScript.Card_Service.Divider {
  json(): J {
    return { divider: {} };
  }
}

export class SimBorderStyle extends CardObject implements GoogleAppsScript.Card_Service.BorderStyle {
  private b: J = {};
  setCornerRadius(radius: number) {
    this.call('BorderStyle.setCornerRadius');
    this.b.cornerRadius = Number(radius);
    return this;
  }
  setStrokeColor(c: string) {
    this.call('BorderStyle.setStrokeColor');
    const v = color(this.str(c, 'color'));
    if (!v) this.fail(`Invalid argument: color "${c}" (use #RRGGBB)`);
    this.b.strokeColor = v;
    return this;
  }
  setType(type: GoogleAppsScript.Card_Service.BorderType) {
    this.call('BorderStyle.setType');
    this.b.type = this.oneOf(type, ENUMS.BorderType, 'type');
    return this;
  }
  json(): J {
    return { ...this.b };
  }
}

export class SimImageCropStyle extends CardObject implements GoogleAppsScript.Card_Service.ImageCropStyle {
  private c: J = {};
  setAspectRatio(ratio: number) {
    this.call('ImageCropStyle.setAspectRatio');
    if (!(Number(ratio) > 0)) this.fail('Invalid argument: ratio (must be positive)');
    this.c.aspectRatio = Number(ratio);
    return this;
  }
  setImageCropType(type: GoogleAppsScript.Card_Service.ImageCropType) {
    this.call('ImageCropStyle.setImageCropType');
    this.c.type = this.oneOf(type, ENUMS.ImageCropType, 'type');
    return this;
  }
  json(): J {
    return { ...this.c };
  }
}

export class SimImageComponent extends CardObject implements GoogleAppsScript.Card_Service.ImageComponent {
  private i: J = {};
  setAltText(altText: string) {
    this.call('ImageComponent.setAltText');
    this.i.altText = this.str(altText, 'altText');
    return this;
  }
  setBorderStyle(borderStyle: GoogleAppsScript.Card_Service.BorderStyle) {
    this.call('ImageComponent.setBorderStyle');
    this.i.borderStyle = this.is(borderStyle, SimBorderStyle, 'borderStyle').json();
    return this;
  }
  setCropStyle(imageCropStyle: GoogleAppsScript.Card_Service.ImageCropStyle) {
    this.call('ImageComponent.setCropStyle');
    this.i.cropStyle = this.is(imageCropStyle, SimImageCropStyle, 'imageCropStyle').json();
    return this;
  }
  setImageUrl(url: string) {
    this.call('ImageComponent.setImageUrl');
    this.i.imageUri = this.str(url, 'url');
    return this;
  }
  json(): J {
    return { ...this.i };
  }
}

export class SimGridItem extends CardObject implements GoogleAppsScript.Card_Service.GridItem {
  private g: J = {};
  setIdentifier(id: string) {
    this.call('GridItem.setIdentifier');
    this.g.id = this.str(id, 'id');
    return this;
  }
  setImage(image: GoogleAppsScript.Card_Service.ImageComponent) {
    this.call('GridItem.setImage');
    this.g.image = this.is(image, SimImageComponent, 'image').json();
    return this;
  }
  setLayout(layout: GoogleAppsScript.Card_Service.GridItemLayout) {
    this.call('GridItem.setLayout');
    this.g.layout = this.oneOf(layout, ENUMS.GridItemLayout, 'layout');
    return this;
  }
  setSubtitle(subtitle: string) {
    this.call('GridItem.setSubtitle');
    this.g.subtitle = this.str(subtitle, 'subtitle');
    return this;
  }
  setTextAlignment(alignment: GoogleAppsScript.Card_Service.HorizontalAlignment) {
    this.call('GridItem.setTextAlignment');
    // v1 GridItem has no alignment field; Apps Script keeps it for rendering only.
    this.oneOf(alignment, ENUMS.HorizontalAlignment, 'alignment');
    return this;
  }
  setTitle(title: string) {
    this.call('GridItem.setTitle');
    this.g.title = this.str(title, 'title');
    return this;
  }
  json(): J {
    return { ...this.g };
  }
}

export class SimGrid extends SimWidget implements GoogleAppsScript.Card_Service.Grid {
  private g: J = {};
  private items: SimGridItem[] = [];
  addItem(gridItem: GoogleAppsScript.Card_Service.GridItem) {
    this.call('Grid.addItem');
    this.items.push(this.is(gridItem, SimGridItem, 'gridItem'));
    return this;
  }
  setBorderStyle(borderStyle: GoogleAppsScript.Card_Service.BorderStyle) {
    this.call('Grid.setBorderStyle');
    this.g.borderStyle = this.is(borderStyle, SimBorderStyle, 'borderStyle').json();
    return this;
  }
  setNumColumns(numColumns: number) {
    this.call('Grid.setNumColumns');
    this.g.columnCount = Number(numColumns);
    return this;
  }
  setTitle(title: string) {
    this.call('Grid.setTitle');
    this.g.title = this.str(title, 'title');
    return this;
  }
  json(): J {
    return { grid: prune({ ...this.g, items: this.items.map((i) => i.json()), onClick: this.onClick?.() }) };
  }
}

// ------------------------------------------------------------------------------------------- card structure

export class SimCardHeader extends CardObject implements GoogleAppsScript.Card_Service.CardHeader {
  private h: J = {};
  setTitle(title: string) {
    this.call('CardHeader.setTitle');
    this.h.title = this.str(title, 'title');
    return this;
  }
  setSubtitle(subtitle: string) {
    this.call('CardHeader.setSubtitle');
    this.h.subtitle = this.str(subtitle, 'subtitle');
    return this;
  }
  setImageUrl(imageUrl: string) {
    this.call('CardHeader.setImageUrl');
    this.h.imageUrl = this.str(imageUrl, 'imageUrl');
    return this;
  }
  setImageStyle(imageStyle: GoogleAppsScript.Card_Service.ImageStyle) {
    this.call('CardHeader.setImageStyle');
    this.h.imageType = this.oneOf(imageStyle, ENUMS.ImageStyle, 'imageStyle');
    return this;
  }
  setImageAltText(imageAltText: string) {
    this.call('CardHeader.setImageAltText');
    this.h.imageAltText = this.str(imageAltText, 'imageAltText');
    return this;
  }
  json(): J {
    // v1 CardHeader.title is required.
    if (!this.h.title) this.fail('CardHeader has no title: call setTitle(title) on the header.');
    return { ...this.h };
  }
}

export class SimCardSection extends CardObject implements GoogleAppsScript.Card_Service.CardSection {
  private header?: string;
  private collapsible?: boolean;
  private uncollapsible?: number;
  private widgets: SimWidget[] = [];
  addWidget(widget: GoogleAppsScript.Card_Service.Widget) {
    this.call('CardSection.addWidget');
    const w = this.is(widget, SimWidget, 'widget');
    if (this.widgets.length >= MAX_WIDGETS_PER_SECTION) {
      this.fail(`A card section can hold at most ${MAX_WIDGETS_PER_SECTION} widgets: page the list or split it into sections.`);
    }
    this.widgets.push(w);
    return this;
  }
  setHeader(header: string) {
    this.call('CardSection.setHeader');
    this.header = this.str(header, 'header');
    return this;
  }
  setCollapsible(collapsible: boolean) {
    this.call('CardSection.setCollapsible');
    this.collapsible = Boolean(collapsible);
    return this;
  }
  setNumUncollapsibleWidgets(numUncollapsibleWidgets: number) {
    this.call('CardSection.setNumUncollapsibleWidgets');
    const n = Number(numUncollapsibleWidgets);
    if (!Number.isInteger(n) || n < 0) this.fail(`Invalid argument: numUncollapsibleWidgets (${String(numUncollapsibleWidgets)})`);
    this.uncollapsible = n;
    return this;
  }
  json(): J {
    if (this.widgets.length === 0) {
      this.fail(`Card section${this.header ? ` "${this.header}"` : ''} has no widgets: add at least one widget or leave the section out.`);
    }
    return prune({
      header: this.header,
      collapsible: this.collapsible,
      uncollapsibleWidgetsCount: this.uncollapsible,
      widgets: this.widgets.map((w) => w.json()),
    });
  }
}

export class SimCardAction extends Clickable implements GoogleAppsScript.Card_Service.CardAction {
  private text?: string;
  setText(text: string) {
    this.call('CardAction.setText');
    this.text = this.str(text, 'text');
    return this;
  }
  json(): J {
    if (!this.text) this.fail('CardAction has no text: call setText(label).');
    if (!this.onClick) this.fail(`CardAction "${this.text}" has no action: call setOnClickAction or setOpenLink.`);
    return { actionLabel: this.text, onClick: this.onClick() };
  }
}

export class SimFixedFooter extends CardObject implements GoogleAppsScript.Card_Service.FixedFooter {
  private primary?: SimTextButton;
  private secondary?: SimTextButton;
  setPrimaryButton(button: GoogleAppsScript.Card_Service.TextButton) {
    this.call('FixedFooter.setPrimaryButton');
    this.primary = this.is(button, SimTextButton, 'button');
    return this;
  }
  setSecondaryButton(button: GoogleAppsScript.Card_Service.TextButton) {
    this.call('FixedFooter.setSecondaryButton');
    this.secondary = this.is(button, SimTextButton, 'button');
    return this;
  }
  json(): J {
    if (!this.primary) this.fail('FixedFooter has no primary button: call setPrimaryButton(button).');
    return prune({ primaryButton: this.primary.buttonJson(), secondaryButton: this.secondary?.buttonJson() });
  }
}

/** A built card: immutable v1 JSON. */
export class SimCard extends CardObject implements GoogleAppsScript.Card_Service.Card {
  constructor(exec: Execution, readonly data: J) {
    super(exec);
  }
  printJson(): string {
    this.call('Card.printJson');
    return JSON.stringify(this.data, null, 2);
  }
}

export class SimCardBuilder extends CardObject implements GoogleAppsScript.Card_Service.CardBuilder {
  private name?: string;
  private header?: SimCardHeader;
  private peekHeader?: SimCardHeader;
  private sections: SimCardSection[] = [];
  private actions: SimCardAction[] = [];
  private footer?: SimFixedFooter;
  private displayStyle?: string;
  setName(name: string) {
    this.call('CardBuilder.setName');
    this.name = this.str(name, 'name');
    return this;
  }
  setHeader(cardHeader: GoogleAppsScript.Card_Service.CardHeader) {
    this.call('CardBuilder.setHeader');
    this.header = this.is(cardHeader, SimCardHeader, 'cardHeader');
    return this;
  }
  setPeekCardHeader(peekCardHeader: GoogleAppsScript.Card_Service.CardHeader) {
    this.call('CardBuilder.setPeekCardHeader');
    this.peekHeader = this.is(peekCardHeader, SimCardHeader, 'peekCardHeader');
    return this;
  }
  addSection(section: GoogleAppsScript.Card_Service.CardSection) {
    this.call('CardBuilder.addSection');
    const s = this.is(section, SimCardSection, 'section');
    if (this.sections.length >= MAX_SECTIONS_PER_CARD) {
      this.fail(`A card can hold at most ${MAX_SECTIONS_PER_CARD} sections: page the content or push a second card.`);
    }
    this.sections.push(s);
    return this;
  }
  addCardAction(cardAction: GoogleAppsScript.Card_Service.CardAction) {
    this.call('CardBuilder.addCardAction');
    this.actions.push(this.is(cardAction, SimCardAction, 'cardAction'));
    return this;
  }
  setFixedFooter(fixedFooter: GoogleAppsScript.Card_Service.FixedFooter) {
    this.call('CardBuilder.setFixedFooter');
    this.footer = this.is(fixedFooter, SimFixedFooter, 'fixedFooter');
    return this;
  }
  setDisplayStyle(displayStyle: GoogleAppsScript.Card_Service.DisplayStyle) {
    this.call('CardBuilder.setDisplayStyle');
    this.displayStyle = this.oneOf(displayStyle, ENUMS.DisplayStyle, 'displayStyle');
    return this;
  }
  build(): SimCard {
    this.call('CardBuilder.build');
    if (this.sections.length === 0) {
      this.fail('A card must contain at least one section: add one with addSection(CardService.newCardSection()…) before build().');
    }
    const data = prune({
      name: this.name,
      header: this.header?.json(),
      peekCardHeader: this.peekHeader?.json(),
      sections: this.sections.map((s) => s.json()),
      cardActions: this.actions.length ? this.actions.map((a) => a.json()) : undefined,
      fixedFooter: this.footer?.json(),
      displayStyle: this.displayStyle,
    });
    return new SimCard(this.exec, deepFreeze(data));
  }
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

// ------------------------------------------------------------------------------------------------ responses

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

// ------------------------------------------------------------------------------------------------ the service

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
