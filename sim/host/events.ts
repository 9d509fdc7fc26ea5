import type { OfflineWorkspace } from '../workspace';
import type { SimUser } from '../directory/model';

/**
 * Event objects as Gmail builds them for a Google Workspace add-on (workspace/add-ons/concepts/event-objects,
 * workspace/add-ons/reference/event-object). The common part is always there; `gmail` is added for a message or
 * a draft; widget actions add `parameters` and `formInputs`. Gmail still fills the older top-level fields
 * (`parameters`, `formInput`, `formInputs`, `userLocale`, `userTimezone`, `clientPlatform`, `hostApp`,
 * `messageMetadata`) that pre-2020 Gmail add-ons read; they are included so such code runs too.
 */

/** formInputs[name] (reference/event-object#Inputs): one of the typed inputs per widget. */
export interface FormInput {
  stringInputs?: { value: string[] };
  dateInput?: { msSinceEpoch: number };
  dateTimeInput?: { msSinceEpoch: number; hasDate: boolean; hasTime: boolean };
  timeInput?: { hours: number; minutes: number };
}

export interface CommonEventObject {
  hostApp: 'GMAIL';
  platform: 'WEB' | 'IOS' | 'ANDROID';
  /** Only when the manifest asks for it (`localeFromApp`). */
  userLocale?: string;
  /** `offset` is the user's offset from UTC in milliseconds. Only when the manifest asks for it. */
  timeZone?: { id: string; offset: number };
  parameters?: Record<string, string>;
  formInputs?: Record<string, FormInput>;
}

export interface GmailEventObject {
  messageId?: string;
  threadId?: string;
  accessToken?: string;
  toRecipients?: string[];
  ccRecipients?: string[];
  bccRecipients?: string[];
}

export interface AddOnEventObject {
  commonEventObject: CommonEventObject;
  gmail?: GmailEventObject;
  // Legacy Gmail add-on fields.
  hostApp: 'gmail';
  clientPlatform: 'web' | 'ios' | 'android';
  userLocale?: string;
  userTimezone?: { id: string; offSet: string };
  messageMetadata?: { messageId: string; threadId?: string; accessToken: string };
  draftMetadata?: { toRecipients: string[]; ccRecipients: string[]; bccRecipients: string[] };
  parameters?: Record<string, string>;
  formInput?: Record<string, string>;
  formInputs?: Record<string, string[]>;
}

/** Who the host is showing the add-on to, and how their client is set up. */
export interface ClientSettings {
  user: SimUser;
  /**
   * Whether the events carry the user's locale and time zone (`localeFromApp` of the add-on's manifest); the
   * user's client knows them either way.
   */
  sendsLocale?: boolean;
  /** BCP 47, e.g. `en-GB`; Gmail sends the user's display language. */
  locale: string;
  timeZone: string;
  platform?: 'WEB' | 'IOS' | 'ANDROID';
}

/** The user's offset from UTC at `at`, in milliseconds (negative west of Greenwich). */
export function timeZoneOffsetMs(timeZone: string, at: number): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(at))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return local - Math.floor(at / 1000) * 1000;
}

/**
 * workspace/add-ons/how-tos/access-user-locale: to receive the user's locale and time zone an add-on must "set the
 * addOns.common.useLocaleFromApp field to true" and "add the following explicit scope in the manifest's
 * oauthScopes list: https://www.googleapis.com/auth/script.locale"; the event objects "carry user locale
 * information when properly configured". Without both, Gmail leaves userLocale and timeZone out.
 */
export function localeFromApp(manifest: { oauthScopes?: string[]; addOns?: { common?: object } }): boolean {
  const common = manifest.addOns?.common as { useLocaleFromApp?: unknown } | undefined;
  return common?.useLocaleFromApp === true && (manifest.oauthScopes ?? []).includes('https://www.googleapis.com/auth/script.locale');
}

/** Default client settings for a user: their tenant's language and time zone, on the web. */
export function clientFor(ws: OfflineWorkspace, email: string, overrides: Partial<Omit<ClientSettings, 'user'>> = {}): ClientSettings {
  const user = ws.user(email);
  const tenant = ws.directory.tenantOf(user);
  // commonEventObject.userLocale is "ISO 639 language code-ISO 3166 country/region code, e.g. en-US": the
  // tenant's language and the country of the user's primary address (the language alone when there is none).
  const address = user.addresses?.find((a) => a.primary) ?? user.addresses?.[0];
  const language = (tenant.language ?? 'en').split(/[-_]/)[0];
  const locale = address?.countryCode ? `${language}-${address.countryCode.toUpperCase()}` : language;
  return {
    user, locale: overrides.locale ?? locale, timeZone: overrides.timeZone ?? tenant.timeZone, platform: overrides.platform ?? 'WEB',
    sendsLocale: overrides.sendsLocale ?? true,
  };
}

function base(client: ClientSettings, at: number): AddOnEventObject {
  const platform = client.platform ?? 'WEB';
  const e: AddOnEventObject = {
    commonEventObject: { hostApp: 'GMAIL', platform },
    hostApp: 'gmail',
    clientPlatform: platform.toLowerCase() as AddOnEventObject['clientPlatform'],
  };
  if (client.sendsLocale === false) return e;
  const offset = timeZoneOffsetMs(client.timeZone, at);
  e.commonEventObject.userLocale = client.locale;
  e.commonEventObject.timeZone = { id: client.timeZone, offset };
  // The legacy fields follow the same switch [docs silent on them: the stricter reading].
  e.userLocale = client.locale;
  e.userTimezone = { id: client.timeZone, offSet: String(offset) };
  return e;
}

/** Homepage trigger: only the common fields (workspace/add-ons/concepts/event-objects "Homepage triggers"). */
export function homepageEvent(client: ClientSettings, at: number): AddOnEventObject {
  return base(client, at);
}

/** Contextual trigger for an opened message: the message and thread ids and the message's access token. */
export function messageEvent(client: ClientSettings, at: number, message: { messageId: string; threadId: string; accessToken: string }): AddOnEventObject {
  const e = base(client, at);
  e.gmail = { messageId: message.messageId, threadId: message.threadId, accessToken: message.accessToken };
  e.messageMetadata = { messageId: message.messageId, threadId: message.threadId, accessToken: message.accessToken };
  return e;
}

export interface DraftContext {
  toRecipients: string[];
  ccRecipients: string[];
  bccRecipients: string[];
  /** Set when the draft is a reply in a thread; Gmail then also passes the message being replied to. */
  threadId?: string;
  messageId?: string;
}

/**
 * Compose trigger. Recipients are passed only with `draftAccess: METADATA` in the manifest
 * (apps-script/manifest/gmail-addons#ComposeTrigger); Autograph asks for NONE, so Gmail sends none.
 */
export function composeEvent(client: ClientSettings, at: number, draft: DraftContext, draftAccess: string | undefined): AddOnEventObject {
  const e = base(client, at);
  e.gmail = { threadId: draft.threadId, messageId: draft.messageId };
  if (draftAccess === 'METADATA') {
    e.gmail.toRecipients = [...draft.toRecipients];
    e.gmail.ccRecipients = [...draft.ccRecipients];
    e.gmail.bccRecipients = [...draft.bccRecipients];
    e.draftMetadata = { toRecipients: [...draft.toRecipients], ccRecipients: [...draft.ccRecipients], bccRecipients: [...draft.bccRecipients] };
  }
  for (const k of Object.keys(e.gmail) as Array<keyof GmailEventObject>) if (e.gmail[k] === undefined) delete e.gmail[k];
  return e;
}

/** Universal action: the context the user is in (homepage, message or draft), like any other event. */
export function universalEvent(context: AddOnEventObject): AddOnEventObject {
  return clone(context);
}

/**
 * A widget action: the event of the context the card was shown in, plus the action's parameters and the current
 * value of every input on the card.
 */
export function actionEvent(context: AddOnEventObject, parameters: Record<string, string>, formInputs: Record<string, FormInput>): AddOnEventObject {
  const e = clone(context);
  e.commonEventObject.parameters = { ...parameters };
  e.commonEventObject.formInputs = clone(formInputs);
  e.parameters = { ...parameters };
  // Legacy: formInput holds the first value of each string input, formInputs every value.
  e.formInput = {};
  e.formInputs = {};
  for (const [name, input] of Object.entries(formInputs)) {
    const values = input.stringInputs?.value
      ?? (input.dateInput ? [String(input.dateInput.msSinceEpoch)] : input.dateTimeInput ? [String(input.dateTimeInput.msSinceEpoch)] : undefined);
    if (!values) continue;
    e.formInputs[name] = [...values];
    if (values.length > 0) e.formInput[name] = values[0];
  }
  return e;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
