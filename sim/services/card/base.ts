import type { Execution } from '../../execution';

/**
 * What every CardService object shares (apps-script/reference/card-service): each method call is a free service
 * call of the running execution, and bad arguments throw errors native to the script's realm. Also the enums and
 * the click behaviours (Action, OpenLink, AuthorizationAction) every clickable widget uses.
 */

export type J = Record<string, unknown>;

/** Card-building calls cost no virtual time: they only build an object in the script's memory. */
export const CARD_CALL_LATENCY_MS = 0;

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
export abstract class CardObject {
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
export function color(hex: string): J | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const h = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const n = (i: number) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { red: n(0), green: n(2), blue: n(4), alpha: 1 };
}

export function prune(o: J): J {
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
export abstract class Clickable extends CardObject {
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
