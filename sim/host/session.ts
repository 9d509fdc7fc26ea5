import type { OfflineWorkspace, RunResult } from '../workspace';
import type { SimProject } from '../project';
import type { ExecutionKind } from '../execution';
import { MAX_WIDGETS_SHOWN_PER_CARD, readHostResponse, type DraftUpdate, type NavigationStep } from '../services/card-service';
import {
  actionEvent,
  AddOnEventObject,
  clientFor,
  ClientSettings,
  composeEvent,
  DraftContext,
  FormInput,
  homepageEvent,
  localeFromApp,
  messageEvent,
  universalEvent,
} from './events';
import { openLinkAllowed } from './open-link';
// The token Gmail hands a contextual trigger is validated by the GmailApp fake; it issues them.
import { issueMessageAccessToken } from '../services/gmail-app';

/**
 * Drives an add-on the way Gmail does: runs the homepage, contextual and compose triggers and universal actions,
 * shows the returned card, runs the function a clicked widget names with the card's current form inputs, and
 * keeps the card navigation stack as ActionResponses push, pop and update it
 * (workspace/add-ons/how-tos/navigation). Works on card JSON only, so the same session backs tests and the
 * served sidebar.
 */

export type CardJson = Record<string, any>;

/** Something on the card that can be clicked or changed. */
export interface Target {
  id: number;
  kind: 'button' | 'decoratedText' | 'cardAction' | 'footer' | 'image' | 'grid' | 'change';
  /** Visible text: the button's text, the decorated text, the card action label, or the input's field name. */
  label: string;
  /** The v1 OnClick (`{action}`, `{openLink}`, `{openDynamicLinkAction}`), or `{action}` of an onChangeAction. */
  onClick: CardJson;
  disabled?: boolean;
  /** Parameters the host adds to the action's own (a grid item's identifier). */
  extraParams?: Record<string, string>;
  /** The card JSON object this target was found at (the renderer numbers buttons by it). */
  key: object;
}

/** An input widget on the card, with what it shows before the user touches it. */
export interface InputField {
  name: string;
  kind: 'text' | 'selection' | 'switch' | 'date' | 'datetime' | 'time';
  selectionType?: string;
  initial: FormInput | undefined;
  /** For switches: what the switch sends when on. */
  onValue?: string;
  /** For date-time pickers with `timezoneOffsetDate`: the offset (minutes from UTC) the picker shows its time in. */
  offsetMinutes?: number;
}

/** A value a user (or a test) puts into an input. */
export type InputValue = string | string[] | boolean | number | { hours: number; minutes: number } | null;

export interface SessionEvent {
  fn: string;
  kind: ExecutionKind;
  ok: boolean;
  error?: string;
  virtualMs: number;
}

type Context =
  | { kind: 'homepage' }
  | { kind: 'message'; messageId: string; threadId: string }
  | { kind: 'compose'; draft: DraftContext };

export interface DraftState extends DraftContext {
  subject: string;
  /** The draft body as HTML. */
  body: string;
}

export class SidebarSession {
  readonly client: ClientSettings;
  /**
   * Workspace add-ons keep one card stack for non-contextual cards (the homepage and what it pushes) and one for
   * the open message or draft; the contextual stack sits on top and is dropped when the user leaves the context
   * (workspace/add-ons/how-tos/navigation). Navigation acts on the stack of the card shown.
   */
  private homeStack: CardJson[] = [];
  private contextStack: CardJson[] = [];
  /** A contextual card with DisplayStyle PEEK waits here until the user chooses to view it. */
  peek?: CardJson;
  /** The last notification (Gmail shows it as a toast at the bottom of the add-on). */
  notification?: string;
  /** The last error, worded as Gmail words it for add-on failures. */
  error?: string;
  /** Links the add-on asked the host to open, newest last. */
  readonly openedLinks: CardJson[] = [];
  /** The draft of the compose window, when the add-on was opened from one. */
  draft?: DraftState;
  /** Widgets Gmail drops from the shown card (more than 100 in one card). */
  droppedWidgets = 0;
  private entered?: { card: CardJson; values: Record<string, InputValue> };
  readonly log: SessionEvent[] = [];
  private context: Context = { kind: 'homepage' };
  private contextEvent: AddOnEventObject;
  /** The last action's setStateChanged(true) (Gmail may clear cached state); ← does not rebuild cards on it. */
  stateChanged = false;

  constructor(
    readonly ws: OfflineWorkspace,
    readonly project: SimProject,
    userEmail: string,
    settings: Partial<Omit<ClientSettings, 'user'>> = {},
  ) {
    this.client = clientFor(ws, userEmail, { sendsLocale: localeFromApp(project.manifest), ...settings });
    this.contextEvent = homepageEvent(this.client, ws.clock.now());
  }

  get user(): string {
    return this.client.user.primaryEmail;
  }

  /** The stack of the card shown (top last). */
  get stack(): CardJson[] {
    return this.context.kind !== 'homepage' && this.contextStack.length > 0 ? this.contextStack : this.homeStack;
  }

  private setStack(cards: CardJson[]): void {
    if (this.context.kind === 'homepage') this.homeStack = cards;
    else this.contextStack = cards;
  }

  /** The card on top of the stack. */
  get card(): CardJson | undefined {
    return this.stack[this.stack.length - 1];
  }

  get contextKind(): Context['kind'] {
    return this.context.kind;
  }

  get messageId(): string | undefined {
    return this.context.kind === 'message' ? this.context.messageId : undefined;
  }

  // ------------------------------------------------------------------------------------------ entry points

  /** Opens the add-on from Gmail's side panel with no message open (addOns.common.homepageTrigger). */
  openHomepage(): this {
    const fn = this.project.manifest.addOns?.gmail?.homepageTrigger?.runFunction ?? this.project.manifest.addOns?.common?.homepageTrigger?.runFunction;
    if (!fn) return this.fail('The manifest has no homepageTrigger.runFunction: Gmail shows a default card instead of the add-on.');
    this.leaveContext();
    return this.runTrigger(fn, 'homepage');
  }

  /**
   * Closes the open message or draft: its contextual cards go, and the top non-contextual card shows again (the
   * homepage trigger runs if none was built yet).
   */
  closeContext(): this {
    this.leaveContext();
    this.notification = undefined;
    this.error = undefined;
    return this.homeStack.length ? this : this.openHomepage();
  }

  /** Shows the contextual card that arrived as a PEEK header ("View" in Gmail). */
  viewPeek(): this {
    if (this.peek) {
      this.contextStack = [this.peek];
      this.peek = undefined;
      this.countDropped();
    }
    return this;
  }

  private leaveContext(): void {
    this.context = { kind: 'homepage' };
    this.contextStack = [];
    this.peek = undefined;
    this.draft = undefined;
    this.contextEvent = homepageEvent(this.client, this.ws.clock.now());
  }

  /** Opens a message: every unconditional contextual trigger fires (addOns.gmail.contextualTriggers). */
  openMessage(messageId: string, threadId = messageId): this {
    const trigger = this.project.manifest.addOns?.gmail?.contextualTriggers?.[0];
    if (!trigger) return this.fail('The manifest has no Gmail contextualTriggers: the add-on shows nothing for an open message.');
    this.leaveContext();
    this.context = { kind: 'message', messageId, threadId };
    const accessToken = issueMessageAccessToken(this.ws, this.user, messageId);
    this.contextEvent = messageEvent(this.client, this.ws.clock.now(), { messageId, threadId, accessToken });
    return this.runTrigger(trigger.onTriggerFunction, 'contextual');
  }

  /** Opens a compose window and picks the add-on's compose action (addOns.gmail.composeTrigger.selectActions). */
  openCompose(draft: Partial<DraftState> = {}, actionText?: string): this {
    const trigger = this.project.manifest.addOns?.gmail?.composeTrigger;
    const select = trigger?.selectActions?.find((a) => actionText === undefined || a.text === actionText);
    if (!trigger || !select) return this.fail(`The manifest has no compose action${actionText ? ` "${actionText}"` : ''}.`);
    this.leaveContext();
    this.draft = { toRecipients: [], ccRecipients: [], bccRecipients: [], subject: '', body: '', ...draft };
    this.context = { kind: 'compose', draft: this.draft };
    this.contextEvent = composeEvent(this.client, this.ws.clock.now(), this.draft, trigger.draftAccess);
    return this.runTrigger(select.runFunction, 'compose');
  }

  /** Runs a universal action from the add-on's overflow menu (addOns.common.universalActions). */
  universalAction(label: string): this {
    const ua = this.project.manifest.addOns?.common?.universalActions?.find((a) => a.label === label);
    if (!ua) return this.fail(`The manifest has no universal action "${label}".`);
    if (ua.openLink) {
      this.openLink({ url: ua.openLink });
      return this;
    }
    const r = this.execute(ua.runFunction!, 'universal', universalEvent(this.contextEvent));
    if (!r.ok) return this;
    const host = readHostResponse(r.value);
    // A universal action returns UniversalActionResponse (or, in older add-ons, Card[]): its cards replace the
    // cards shown (workspace/add-ons/concepts/universal-actions).
    if (host.kind === 'universal') {
      if (host.openLink) this.openLink(host.openLink);
      else this.show(host.cards);
    } else if (host.kind === 'cards') this.show(host.cards);
    else this.fail(`${ua.runFunction} returned ${host.kind === 'unknown' ? host.description : `a ${host.kind} response`}; a universal action must return a UniversalActionResponse.`);
    return this;
  }

  // ------------------------------------------------------------------------------------------ interaction

  /** Everything clickable or changeable on the shown card, in the order it appears. */
  targets(): Target[] {
    return this.card ? collectTargets(this.card) : [];
  }

  /** The card's input widgets. */
  inputs(): InputField[] {
    return this.card ? collectInputs(this.card) : [];
  }

  /**
   * Clicks a widget: by target id, or by its visible text (first match). `values` are what the user typed or
   * picked; every other input keeps what the card shows.
   */
  click(target: number | string | RegExp, values: Record<string, InputValue> = {}): this {
    const t = this.findTarget(target);
    if (!t) {
      const labels = this.targets().map((x) => JSON.stringify(x.label)).join(', ');
      throw new Error(`nothing to click matches ${String(target)} on card "${this.card?.header?.title ?? this.card?.name ?? '(none)'}"; targets: ${labels}`);
    }
    if (t.disabled) return this.fail(`"${t.label}" is disabled.`);
    return this.activate(t.onClick, values, t.extraParams);
  }

  /** Changes one input and fires its onChangeAction, if any (as Gmail does when the value changes). */
  change(fieldName: string, value: InputValue, values: Record<string, InputValue> = {}): this {
    const t = this.targets().find((x) => x.kind === 'change' && x.label === fieldName);
    if (!t) throw new Error(`input "${fieldName}" has no onChangeAction on this card`);
    return this.activate(t.onClick, { ...values, [fieldName]: value });
  }

  /**
   * The back arrow in the add-on's header: pops one card and shows the one below as it was built — "popping cards
   * off the stack returns the display to previous cards" (workspace/add-ons/how-tos/navigation); no add-on code
   * runs, so a card below shows what it showed when it was built until the add-on replaces it (popCard +
   * updateCard). setStateChanged(true) lets Gmail "attempt to clear any cached state data associated with this
   * action" (card-service/action-response-builder#setStateChanged); Google does not say that ← then rebuilds a
   * card, so the host does not: an add-on relying on it would show stale cards in Gmail.
   */
  back(): this {
    if (this.stack.length <= 1) return this;
    this.stack.pop();
    this.notification = undefined;
    this.error = undefined;
    this.countDropped();
    return this;
  }

  /** Runs the current context's trigger again (what reloading Gmail does). */
  reopen(): this {
    const c = this.context;
    if (c.kind === 'message') return this.openMessage(c.messageId, c.threadId);
    if (c.kind === 'compose') return this.openCompose(this.draft);
    return this.openHomepage();
  }

  /** The formInputs Gmail would send for the shown card, given the user's `values`. */
  formInputs(values: Record<string, InputValue> = {}): Record<string, FormInput> {
    const out: Record<string, FormInput> = {};
    for (const f of this.inputs()) {
      const v = Object.prototype.hasOwnProperty.call(values, f.name) ? toFormInput(f, values[f.name]) : f.initial;
      if (v) out[f.name] = v;
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ internals

  private findTarget(target: number | string | RegExp): Target | undefined {
    const all = this.targets();
    if (typeof target === 'number') return all.find((t) => t.id === target);
    const test = (label: string) => (typeof target === 'string' ? stripTags(label) === target : target.test(stripTags(label)));
    return all.find((t) => t.kind !== 'change' && test(t.label));
  }

  /**
   * What the user last entered into the card still shown: Gmail keeps typed values when an action leaves the
   * card in place (a notification, a refused action), and resets them when the card is replaced.
   */
  get enteredValues(): Record<string, InputValue> {
    return this.entered && this.entered.card === this.card ? this.entered.values : {};
  }

  private activate(onClick: CardJson, values: Record<string, InputValue>, extraParams: Record<string, string> = {}): this {
    this.notification = undefined;
    this.error = undefined;
    if (this.card) this.entered = { card: this.card, values: { ...this.enteredValues, ...values } };
    if (onClick.openLink) {
      this.openLink(onClick.openLink);
      return this;
    }
    const action = onClick.action ?? onClick.openDynamicLinkAction;
    if (!action) return this.fail('This widget has no action.');
    const formInputs = this.formInputs(values);
    const missing = requiredMissing(action, this.inputs(), formInputs);
    if (missing.length) return this.fail(`Fill in ${missing.join(', ')} first.`);
    const params: Record<string, string> = {};
    for (const p of action.parameters ?? []) params[p.key] = p.value;
    Object.assign(params, extraParams);
    const event = actionEvent(this.contextEvent, params, formInputs);
    const r = this.execute(action.function, 'action', event);
    if (!r.ok) return this;
    const host = readHostResponse(r.value);
    if (host.kind === 'action') this.apply(host.response.navigations, host.response.notification, host.response.openLink, host.response.stateChanged);
    else if (host.kind === 'draft') this.applyDraft(host.update);
    else if (host.kind === 'cards') {
      // workspace/add-ons/concepts/actions: to show a card, the callback "return[s] an ActionResponse object";
      // Gmail does not display a bare Card from a widget action. Say so instead of guessing what was meant.
      this.fail(`${action.function} returned a Card; an action must return an ActionResponse (e.g. CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().pushCard(card)).build()).`);
    } else if (host.kind === 'unknown' && r.value === undefined) {
      // An action that returns nothing leaves the card as it is.
    } else this.fail(`${action.function} returned ${host.kind === 'unknown' ? host.description : `a ${host.kind} response`}; an action must return an ActionResponse.`);
    return this;
  }

  private apply(navigations: NavigationStep[], notification: string | undefined, link: CardJson | undefined, stateChanged: boolean | undefined): void {
    for (const step of navigations) {
      if ('pushCard' in step) this.stack.push(step.pushCard);
      else if ('updateCard' in step) {
        if (this.stack.length === 0) this.stack.push(step.updateCard);
        else this.stack[this.stack.length - 1] = step.updateCard;
      } else if ('popCard' in step) {
        if (this.stack.length > 1) this.stack.pop();
      } else if ('popToRoot' in step) this.stack.length = Math.min(this.stack.length, 1);
      else if ('popToCard' in step) {
        const i = this.stack.map((c) => c.name).lastIndexOf(step.popToCard);
        if (i >= 0) this.stack.length = i + 1;
      }
    }
    if (notification !== undefined) this.notification = notification;
    if (link) this.openLink(link);
    this.stateChanged = stateChanged === true;
    this.countDropped();
  }

  private applyDraft(update: DraftUpdate): void {
    if (this.context.kind !== 'compose' || !this.draft) {
      this.fail('The add-on returned a draft update, but no draft is open: Gmail accepts UpdateDraftActionResponse only from a compose action.');
      return;
    }
    const d = this.draft;
    if (update.body) {
      const html = update.body.contents
        .map((c) => (c.contentType === 'TEXT' ? escapeText(c.content) : c.content))
        .join('');
      // IN_PLACE_INSERT puts the content at the cursor; with no cursor position modelled it goes at the end.
      d.body = update.body.type === 'INSERT_AT_START' ? html + d.body : d.body + html;
    }
    if (update.to) d.toRecipients = [...d.toRecipients, ...update.to];
    if (update.cc) d.ccRecipients = [...d.ccRecipients, ...update.cc];
    if (update.bcc) d.bccRecipients = [...d.bccRecipients, ...update.bcc];
    if (update.subject !== undefined) d.subject = update.subject;
  }

  private openLink(link: CardJson): void {
    const url = String(link.url ?? '');
    if (!openLinkAllowed(url, this.openLinkPrefixes)) {
      // What Gmail shows for a refused link is not documented; the host names the fix instead of opening it.
      this.fail(`The add-on tried to open ${url}, which is not in addOns.common.openLinkUrlPrefixes of appsscript.json: add its prefix there.`);
      return;
    }
    this.openedLinks.push({ ...link });
  }

  /** addOns.common.openLinkUrlPrefixes of the project's manifest (sim/host/open-link.ts). */
  get openLinkPrefixes(): string[] {
    return (this.project.manifest.addOns?.common as { openLinkUrlPrefixes?: string[] } | undefined)?.openLinkUrlPrefixes ?? [];
  }

  private runTrigger(fn: string, kind: ExecutionKind): this {
    this.notification = undefined;
    this.error = undefined;
    this.stateChanged = false;
    const r = this.execute(fn, kind, this.contextEvent);
    if (!r.ok) {
      this.setStack([]);
      return this;
    }
    const host = readHostResponse(r.value);
    if (host.kind === 'cards') this.show(host.cards);
    else {
      this.setStack([]);
      this.fail(`${fn} returned ${host.kind === 'unknown' ? host.description : `a ${host.kind} response`}; a trigger must return a Card or an array of Cards.`);
    }
    return this;
  }

  private show(cards: CardJson[]): void {
    // A contextual card with DisplayStyle PEEK does not replace the card shown: Gmail overlays its header and
    // lets the user view it (workspace/add-ons/how-tos/navigation).
    if (this.context.kind === 'message' && this.contextStack.length === 0 && this.homeStack.length > 0 && cards[0]?.displayStyle === 'PEEK') {
      this.peek = cards[0];
      return;
    }
    // Several cards from one trigger stack up; the first is the root and the last is shown.
    this.setStack([...cards]);
    this.countDropped();
  }

  private countDropped(): void {
    const n = this.card ? countWidgets(this.card) : 0;
    this.droppedWidgets = Math.max(0, n - MAX_WIDGETS_SHOWN_PER_CARD);
  }

  private execute(fn: string, kind: ExecutionKind, event: AddOnEventObject): RunResult | { ok: false } {
    // Refresh the client's clock-dependent fields (time zone offset) for this moment.
    let r: RunResult;
    try {
      r = this.ws.run(this.project, fn, { user: this.user, event, kind });
    } catch (err) {
      // The platform refused to start the execution (not installed, suspended user).
      this.fail(String((err as Error).message));
      return { ok: false };
    }
    const e = r.execution;
    this.log.push({ fn, kind, ok: r.ok, error: r.error, virtualMs: e.elapsed() });
    if (!r.ok) this.error = r.endedByPlatform ? `${r.error}` : `Error with the add-on. Run time error. ${r.error}`;
    return r;
  }

  private fail(message: string): this {
    this.error = message;
    return this;
  }
}

// ------------------------------------------------------------------------------------- card JSON helpers

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, '').trim();
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

/** Widgets of the card that Gmail shows: the first 100 (google.apps.card.v1 Card: the rest are ignored). */
export function visibleSections(card: CardJson): CardJson[] {
  let left = MAX_WIDGETS_SHOWN_PER_CARD;
  const out: CardJson[] = [];
  for (const s of card.sections ?? []) {
    const widgets = (s.widgets ?? []).slice(0, Math.max(0, left));
    left -= widgets.length;
    out.push({ ...s, widgets });
  }
  return out;
}

function countWidgets(card: CardJson): number {
  return (card.sections ?? []).reduce((n: number, s: CardJson) => n + (s.widgets?.length ?? 0), 0);
}

/** Walks the shown card in display order; the same order numbers targets in the server's HTML. */
export function collectTargets(card: CardJson): Target[] {
  const out: Target[] = [];
  const add = (kind: Target['kind'], label: string, onClick: CardJson | undefined, disabled?: boolean, key: object | undefined = onClick, extraParams?: Record<string, string>) => {
    if (onClick) out.push({ id: out.length, kind, label, onClick, disabled, key: key ?? onClick, extraParams });
  };
  const button = (b: CardJson, kind: Target['kind'] = 'button') =>
    add(kind, b.text ?? b.altText ?? b.icon?.altText ?? b.icon?.knownIcon ?? '', b.onClick, b.disabled);
  const change = (name: string, a: CardJson | undefined) => a && add('change', name, { action: a }, false, a);
  for (const a of card.cardActions ?? []) add('cardAction', a.actionLabel, a.onClick);
  for (const s of visibleSections(card)) {
    for (const w of s.widgets) {
      if (w.decoratedText) {
        const d = w.decoratedText;
        add('decoratedText', d.text, d.onClick);
        if (d.button) button(d.button);
        if (d.switchControl) change(d.switchControl.name, d.switchControl.onChangeAction);
      } else if (w.buttonList) for (const b of w.buttonList.buttons) button(b);
      else if (w.image) add('image', w.image.altText ?? w.image.imageUrl, w.image.onClick);
      else if (w.grid) {
        // google.apps.card.v1 Grid.onClick: "reused by each individual grid item, but with the item's identifier
        // added to the callback's parameters (under the key "grid_item_identifier")".
        for (const item of w.grid.items ?? []) {
          add('grid', item.title ?? item.id ?? '', w.grid.onClick, false, item, item.id !== undefined ? { grid_item_identifier: item.id } : undefined);
        }
      }
      else if (w.textInput) change(w.textInput.name, w.textInput.onChangeAction);
      else if (w.selectionInput) change(w.selectionInput.name, w.selectionInput.onChangeAction);
      else if (w.dateTimePicker) change(w.dateTimePicker.name, w.dateTimePicker.onChangeAction);
    }
  }
  if (card.fixedFooter?.primaryButton) button(card.fixedFooter.primaryButton, 'footer');
  if (card.fixedFooter?.secondaryButton) button(card.fixedFooter.secondaryButton, 'footer');
  return out;
}

export function collectInputs(card: CardJson): InputField[] {
  const out: InputField[] = [];
  for (const s of visibleSections(card)) {
    for (const w of s.widgets) {
      if (w.textInput) {
        const v = w.textInput.value;
        out.push({ name: w.textInput.name, kind: 'text', initial: v ? { stringInputs: { value: [v] } } : undefined });
      } else if (w.selectionInput) {
        const si = w.selectionInput;
        const sel = (si.items ?? []).filter((i: CardJson) => i.selected).map((i: CardJson) => i.value);
        out.push({ name: si.name, kind: 'selection', selectionType: si.type, initial: sel.length ? { stringInputs: { value: sel } } : undefined });
      } else if (w.decoratedText?.switchControl) {
        const sw = w.decoratedText.switchControl;
        const on = sw.value ?? 'true';
        out.push({ name: sw.name, kind: 'switch', onValue: on, initial: sw.selected ? { stringInputs: { value: [on] } } : undefined });
      } else if (w.dateTimePicker) {
        const p = w.dateTimePicker;
        const kind = p.type === 'DATE_ONLY' ? 'date' : p.type === 'TIME_ONLY' ? 'time' : 'datetime';
        const f: InputField = { name: p.name, kind, initial: undefined };
        if (kind === 'datetime' && p.timezoneOffsetDate !== undefined) f.offsetMinutes = Number(p.timezoneOffsetDate);
        if (p.valueMsEpoch !== undefined) f.initial = toFormInput(f, Number(p.valueMsEpoch));
        out.push(f);
      }
    }
  }
  return out;
}

/** One input's value as Gmail puts it into formInputs; undefined when Gmail would leave the input out. */
export function toFormInput(f: InputField, v: InputValue): FormInput | undefined {
  if (v === null || v === undefined) return undefined;
  switch (f.kind) {
    case 'text': {
      const s = Array.isArray(v) ? v.join('') : String(v);
      return s === '' ? undefined : { stringInputs: { value: [s] } };
    }
    case 'selection': {
      const list = (Array.isArray(v) ? v : [String(v)]).filter((x) => x !== '');
      return list.length ? { stringInputs: { value: list } } : undefined;
    }
    case 'switch': {
      const on = v === true || v === 'true' || v === f.onValue || (Array.isArray(v) && v.length > 0);
      return on ? { stringInputs: { value: [f.onValue ?? 'true'] } } : undefined;
    }
    case 'date':
      return { dateInput: { msSinceEpoch: Number(v) } };
    case 'datetime':
      return { dateTimeInput: { msSinceEpoch: Number(v), hasDate: true, hasTime: true } };
    case 'time': {
      if (typeof v === 'object' && !Array.isArray(v)) return { timeInput: { hours: v.hours, minutes: v.minutes } };
      if (typeof v === 'number') return { timeInput: { hours: Math.floor(v / 3_600_000) % 24, minutes: Math.floor(v / 60_000) % 60 } };
      const m = /^(\d{1,2}):(\d{2})$/.exec(String(v));
      return m ? { timeInput: { hours: Number(m[1]), minutes: Number(m[2]) } } : undefined;
    }
  }
}

/** Action.addRequiredWidget / setAllWidgetsAreRequired: Gmail will not run the action while these are empty. */
function requiredMissing(action: CardJson, inputs: InputField[], formInputs: Record<string, FormInput>): string[] {
  const names: string[] = action.allWidgetsAreRequired ? inputs.map((i) => i.name) : (action.requiredWidgets ?? []);
  return names.filter((n) => !formInputs[n]);
}
