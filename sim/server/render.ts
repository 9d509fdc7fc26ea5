import { collectInputs, collectTargets, visibleSections, type CardJson, type InputField } from '../host/session';
import { timeZoneOffsetMs } from '../host/events';

/**
 * Card JSON (google.apps.card.v1) → HTML for the served sidebar. Everything a card says is escaped; card text
 * keeps only the formatting CardService documents for add-on text (workspace/add-ons/concepts/widgets#text_formatting,
 * workspace/chat/format-messages#format-card-text): <b> <i> <u> <s> <font color> <a href> <br>.
 * Every clickable becomes a submit button named `__target` whose value is its index in `collectTargets` order;
 * inputs are named `f:<fieldName>` so the server can rebuild formInputs as Gmail does.
 */

export function esc(s: unknown): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const ENTITY = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
const COLOR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|[a-z]{3,20})$/i;
const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

/** Card text with its allowed formatting tags kept (rebuilt, never copied) and everything else escaped. */
export function cardText(text: unknown): string {
  const s = String(text ?? '');
  const open: string[] = [];
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '<') {
      const end = s.indexOf('>', i);
      const tag = end > i ? s.slice(i + 1, end) : '';
      const m = /^(\/?)([a-z]+)\b([^]*)$/i.exec(tag.trim());
      const name = m?.[2].toLowerCase();
      if (m && name && ['b', 'i', 'u', 's', 'font', 'a', 'br'].includes(name)) {
        const closing = m[1] === '/';
        if (name === 'br') out += '<br>';
        else if (closing) {
          const at = open.lastIndexOf(name);
          if (at >= 0) {
            while (open.length > at) out += `</${open.pop()}>`;
          }
        } else if (name === 'font') {
          const color = /color\s*=\s*["']?([^"'\s>]+)/i.exec(m[3])?.[1] ?? '';
          out += COLOR.test(color) ? `<font color="${esc(color)}">` : '<font>';
          open.push('font');
        } else if (name === 'a') {
          const href = /href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[3]);
          const url = (href?.[1] ?? href?.[2] ?? href?.[3] ?? '').replace(/&amp;/g, '&');
          out += SAFE_HREF.test(url) ? `<a href="${esc(url)}" target="_blank" rel="noopener noreferrer">` : '<a>';
          open.push('a');
        } else {
          out += `<${name}>`;
          open.push(name);
        }
        i = end + 1;
        continue;
      }
      out += '&lt;';
      i++;
      continue;
    }
    if (c === '&') {
      const ent = ENTITY.exec(s.slice(i, i + 40));
      if (ent) {
        out += ent[0];
        i += ent[0].length;
        continue;
      }
      out += '&amp;';
    } else if (c === '>') out += '&gt;';
    else if (c === '"') out += '&quot;';
    else if (c === "'") out += '&#39;';
    else if (c === '\n') out += '<br>';
    else out += c;
    i++;
  }
  while (open.length) out += `</${open.pop()}>`;
  return out;
}

/** #rrggbb from a google.type.Color. */
function cssColor(c: CardJson | undefined): string | undefined {
  if (!c) return undefined;
  const h = (v: number | undefined) => Math.round((v ?? 0) * 255).toString(16).padStart(2, '0');
  return `#${h(c.red)}${h(c.green)}${h(c.blue)}`;
}

const KNOWN_ICONS: Record<string, string> = {
  AIRPLANE: '✈', BOOKMARK: '🔖', BUS: '🚌', CAR: '🚗', CLOCK: '🕒', CONFIRMATION_NUMBER_ICON: '🎫', DOLLAR: '$',
  DESCRIPTION: '📄', EMAIL: '✉', EVENT_PERFORMER: '🎤', EVENT_SEAT: '💺', FLIGHT_ARRIVAL: '🛬', FLIGHT_DEPARTURE: '🛫',
  HOTEL: '🏨', HOTEL_ROOM_TYPE: '🛏', INVITE: '📨', MAP_PIN: '📍', MEMBERSHIP: '🪪', MULTIPLE_PEOPLE: '👥', OFFER: '🏷',
  PERSON: '👤', PHONE: '📞', RESTAURANT_ICON: '🍽', SHOPPING_CART: '🛒', STAR: '★', STORE: '🏬', TICKET: '🎟',
  TRAIN: '🚆', VIDEO_CAMERA: '📹', VIDEO_PLAY: '▶',
};

function icon(i: CardJson | undefined): string {
  if (!i) return '';
  if (i.knownIcon) return `<span class="ico" title="${esc(i.altText ?? i.knownIcon)}">${esc(KNOWN_ICONS[i.knownIcon] ?? '•')}</span>`;
  if (i.materialIcon) return `<span class="ico material" title="${esc(i.altText ?? i.materialIcon.name)}">${esc(i.materialIcon.name)}</span>`;
  if (i.iconUrl) return `<img class="ico${i.imageType === 'CIRCLE' ? ' circle' : ''}" src="${esc(i.iconUrl)}" alt="${esc(i.altText ?? '')}">`;
  return '';
}

export interface RenderOptions {
  /** Values the user entered that the card should keep showing (see SidebarSession.enteredValues). */
  values?: Record<string, unknown>;
  /** The add-on's primary colour (manifest layoutProperties.primaryColor), used by FILLED buttons. */
  primaryColor?: string;
  /** The user's time zone, for date-time pickers. */
  timeZone: string;
  now: number;
}

/** Renders one card as the inside of the sidebar form. */
export function renderCard(card: CardJson, opts: RenderOptions): string {
  const ids = new Map<object, number>();
  for (const t of collectTargets(card)) ids.set(t.key, t.id);
  const inputs = new Map<string, InputField>(collectInputs(card).map((f) => [f.name, f]));
  const r = new CardRenderer(ids, inputs, opts);
  return r.card(card);
}

class CardRenderer {
  constructor(
    private readonly ids: Map<object, number>,
    private readonly inputs: Map<string, InputField>,
    private readonly opts: RenderOptions,
  ) {}

  card(c: CardJson): string {
    let h = '<div class="card">';
    if (c.header) h += this.header(c.header, c.cardActions);
    else if (c.cardActions?.length) h += `<div class="card-header">${this.cardActions(c.cardActions)}</div>`;
    for (const s of visibleSections(c)) h += this.section(s);
    h += '</div>';
    if (c.fixedFooter) {
      h += '<div class="footer">';
      if (c.fixedFooter.secondaryButton) h += this.button(c.fixedFooter.secondaryButton);
      if (c.fixedFooter.primaryButton) h += this.button({ type: 'FILLED', ...c.fixedFooter.primaryButton });
      h += '</div>';
    }
    return h;
  }

  private header(hd: CardJson, actions: CardJson[] | undefined): string {
    const img = hd.imageUrl ? `<img class="hdr-img${hd.imageType === 'CIRCLE' ? ' circle' : ''}" src="${esc(hd.imageUrl)}" alt="${esc(hd.imageAltText ?? '')}">` : '';
    return `<div class="card-header">${img}<div class="hdr-text"><div class="title">${cardText(hd.title)}</div>${
      hd.subtitle ? `<div class="subtitle">${cardText(hd.subtitle)}</div>` : ''
    }</div>${actions?.length ? this.cardActions(actions) : ''}</div>`;
  }

  private cardActions(actions: CardJson[]): string {
    const items = actions.map((a) => this.submit(a.onClick, `<span>${esc(a.actionLabel)}</span>`, 'menu-item')).join('');
    return `<details class="card-menu"><summary title="More">⋮</summary><div class="menu">${items}</div></details>`;
  }

  private section(s: CardJson): string {
    const widgets: string[] = s.widgets.map((w: CardJson) => this.widget(w));
    let body = widgets.join('');
    if (s.collapsible) {
      const keep = Math.min(s.uncollapsibleWidgetsCount ?? 0, widgets.length);
      body = widgets.slice(0, keep).join('') + `<details class="more"><summary>Show more</summary>${widgets.slice(keep).join('')}</details>`;
    }
    return `<section class="sec">${s.header ? `<div class="sec-header">${cardText(s.header)}</div>` : ''}${body}</section>`;
  }

  private widget(w: CardJson): string {
    if (w.textParagraph) return `<div class="w tp">${cardText(w.textParagraph.text)}</div>`;
    if (w.decoratedText) return this.decorated(w.decoratedText);
    if (w.buttonList) return `<div class="w buttons">${w.buttonList.buttons.map((b: CardJson) => this.button(b)).join('')}</div>`;
    if (w.textInput) return this.textInput(w.textInput);
    if (w.selectionInput) return this.selection(w.selectionInput);
    if (w.dateTimePicker) return this.picker(w.dateTimePicker);
    if (w.divider) return '<hr class="w divider">';
    if (w.image) {
      const img = `<img class="img" src="${esc(w.image.imageUrl)}" alt="${esc(w.image.altText ?? '')}">`;
      return `<div class="w">${w.image.onClick ? this.submit(w.image.onClick, img, 'plain') : img}</div>`;
    }
    if (w.grid) {
      const g = w.grid;
      const items = (g.items ?? []).map((it: CardJson) => {
        const inner = `${it.image?.imageUri ? `<img src="${esc(it.image.imageUri)}" alt="${esc(it.image.altText ?? '')}">` : ''}<div>${esc(it.title ?? '')}</div><div class="sub">${esc(it.subtitle ?? '')}</div>`;
        return g.onClick ? this.submit(it, inner, 'grid-item') : `<div class="grid-item">${inner}</div>`;
      });
      return `<div class="w grid">${g.title ? `<div class="sec-header">${esc(g.title)}</div>` : ''}<div class="grid-items" style="grid-template-columns:repeat(${Number(g.columnCount) || 2},1fr)">${items.join('')}</div></div>`;
    }
    return `<div class="w unknown">(widget not rendered: ${esc(Object.keys(w).join(', '))})</div>`;
  }

  private decorated(d: CardJson): string {
    const text = `${d.topLabel ? `<div class="label">${cardText(d.topLabel)}</div>` : ''}<div class="dt-text${d.wrapText ? ' wrap' : ''}">${cardText(d.text)}</div>${
      d.bottomLabel ? `<div class="label">${cardText(d.bottomLabel)}</div>` : ''
    }`;
    const main = `${icon(d.startIcon ?? d.icon)}<div class="dt-main">${text}</div>`;
    let end = icon(d.endIcon);
    if (d.button) end = this.button(d.button);
    if (d.switchControl) end = this.switch(d.switchControl);
    const body = d.onClick ? this.submit(d.onClick, main, 'dt-click') : `<div class="dt-click static">${main}</div>`;
    return `<div class="w dt">${body}${end ? `<div class="dt-end">${end}</div>` : ''}</div>`;
  }

  private button(b: CardJson): string {
    const type = b.type ?? 'OUTLINED';
    const bg = cssColor(b.color) ?? (type === 'FILLED' ? this.opts.primaryColor : undefined);
    const style = type === 'FILLED' && bg ? ` style="background:${esc(bg)};border-color:${esc(bg)}"` : '';
    const label = `${icon(b.icon)}${b.text !== undefined ? `<span>${esc(b.text)}</span>` : ''}`;
    return this.submit(b.onClick, label, `btn btn-${type.toLowerCase()}`, b.disabled, style, b.altText);
  }

  private switch(sw: CardJson): string {
    const f = this.inputs.get(sw.name);
    const on = this.entered(sw.name);
    const checked = (on === undefined ? f?.initial : on === true || on === 'true') ? ' checked' : '';
    const onChange = sw.onChangeAction ? this.changeAttr(sw.onChangeAction) : '';
    const cls = sw.controlType === 'CHECKBOX' ? 'checkbox' : 'switch';
    return `<label class="${cls}"><input type="checkbox" name="f:${esc(sw.name)}" value="${esc(sw.value ?? 'true')}"${checked}${onChange}><span></span></label>`;
  }

  /** The user's entry for `name` when there is one, else undefined. */
  private entered(name: string): unknown {
    const v = this.opts.values;
    return v && Object.prototype.hasOwnProperty.call(v, name) ? v[name] : undefined;
  }

  private textInput(t: CardJson): string {
    const typed = this.entered(t.name);
    if (typed !== undefined) t = { ...t, value: Array.isArray(typed) ? typed.join('') : String(typed ?? '') };
    const onChange = t.onChangeAction ? this.changeAttr(t.onChangeAction) : '';
    const list = t.initialSuggestions?.items?.length ? `sugg-${esc(t.name)}` : '';
    const field =
      t.type === 'MULTIPLE_LINE'
        ? `<textarea name="f:${esc(t.name)}" rows="3" placeholder="${esc(t.label ?? '')}"${onChange}>${esc(t.value ?? '')}</textarea>`
        : `<input type="text" name="f:${esc(t.name)}" value="${esc(t.value ?? '')}" placeholder="${esc(t.label ?? '')}"${list ? ` list="${list}"` : ''}${onChange}>`;
    const datalist = list ? `<datalist id="${list}">${t.initialSuggestions.items.map((i: CardJson) => `<option value="${esc(i.text)}">`).join('')}</datalist>` : '';
    return `<label class="w field"><span class="label">${esc(t.label ?? '')}</span>${field}${datalist}${t.hintText ? `<span class="hint">${esc(t.hintText)}</span>` : ''}</label>`;
  }

  private selection(s: CardJson): string {
    const onChange = s.onChangeAction ? this.changeAttr(s.onChangeAction) : '';
    const picked = this.entered(s.name);
    const items: CardJson[] =
      picked === undefined
        ? (s.items ?? [])
        : (s.items ?? []).map((i: CardJson) => ({ ...i, selected: (Array.isArray(picked) ? picked : [picked]).map(String).includes(i.value) }));
    const name = `f:${esc(s.name)}`;
    const label = s.label ? `<span class="label">${esc(s.label)}</span>` : '';
    if (s.type === 'DROPDOWN' || s.type === 'MULTI_SELECT') {
      const multiple = s.type === 'MULTI_SELECT' ? ' multiple' : '';
      const opts = items.map((i) => `<option value="${esc(i.value)}"${i.selected ? ' selected' : ''}>${esc(i.text)}</option>`).join('');
      return `<label class="w field">${label}<select name="${name}"${multiple}${onChange}>${opts}</select></label>`;
    }
    const kind = s.type === 'RADIO_BUTTON' ? 'radio' : 'checkbox';
    const cls = s.type === 'SWITCH' ? 'switch' : kind;
    const rows = items
      .map((i) => `<label class="choice"><span class="${cls}"><input type="${kind}" name="${name}" value="${esc(i.value)}"${i.selected ? ' checked' : ''}${onChange}><span></span></span>${esc(i.text)}</label>`)
      .join('');
    return `<fieldset class="w choices">${label ? `<legend>${label}</legend>` : ''}${rows}</fieldset>`;
  }

  private picker(p: CardJson): string {
    const onChange = p.onChangeAction ? this.changeAttr(p.onChangeAction) : '';
    const typed = this.entered(p.name);
    const ms = typeof typed === 'number' ? typed : p.valueMsEpoch !== undefined ? Number(p.valueMsEpoch) : undefined;
    let type = 'datetime-local';
    let value = '';
    if (p.type === 'DATE_ONLY') {
      type = 'date';
      if (ms !== undefined) value = new Date(ms).toISOString().slice(0, 10);
    } else if (p.type === 'TIME_ONLY') {
      type = 'time';
      if (typeof typed === 'string' && /^\d{1,2}:\d{2}$/.test(typed)) value = typed.padStart(5, '0');
      else if (ms !== undefined) value = new Date(ms).toISOString().slice(11, 16);
    } else if (ms !== undefined) {
      const offset = p.timezoneOffsetDate !== undefined ? Number(p.timezoneOffsetDate) * 60_000 : timeZoneOffsetMs(this.opts.timeZone, ms);
      value = new Date(ms + offset).toISOString().slice(0, 16);
    }
    return `<label class="w field"><span class="label">${esc(p.label ?? '')}</span><input type="${type}" name="f:${esc(p.name)}" value="${esc(value)}"${onChange}></label>`;
  }

  private changeAttr(action: CardJson): string {
    const id = this.ids.get(action);
    return id === undefined ? '' : ` data-change="${id}"`;
  }

  private submit(onClick: CardJson, inner: string, cls: string, disabled?: boolean, style = '', title?: string): string {
    const id = this.ids.get(onClick);
    if (id === undefined) return `<span class="${cls}">${inner}</span>`;
    const link = onClick.openLink ? ` data-link="${esc(onClick.openLink.url)}"` : '';
    return `<button type="submit" name="__target" value="${id}" class="${cls}"${disabled ? ' disabled' : ''}${style}${link}${title ? ` title="${esc(title)}"` : ''}>${inner}</button>`;
  }
}

/**
 * Turns a posted sidebar form back into input values, per the card's inputs: text as typed, selections as the
 * checked values, a switch as on/off, dates as Gmail's msSinceEpoch (a date at UTC midnight; a date-time on the
 * clock the picker showed: its own offset when the card set one, else the user's time zone).
 */
export function valuesFromForm(form: URLSearchParams, inputs: InputField[], timeZone: string): Record<string, string | string[] | boolean | number | null> {
  const out: Record<string, string | string[] | boolean | number | null> = {};
  for (const f of inputs) {
    const key = `f:${f.name}`;
    switch (f.kind) {
      case 'text':
        out[f.name] = form.get(key) ?? '';
        break;
      case 'selection':
        out[f.name] = form.getAll(key);
        break;
      case 'switch':
        out[f.name] = form.has(key);
        break;
      case 'date': {
        const v = form.get(key);
        out[f.name] = v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : null;
        break;
      }
      case 'datetime': {
        const v = form.get(key);
        if (!v || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) {
          out[f.name] = null;
          break;
        }
        const asUtc = Date.parse(`${v.slice(0, 16)}:00Z`);
        // The time was typed on the clock the picker showed: its timezoneOffsetDate when set, else the user's zone
        // (card v1 DateTimePicker.timezoneOffsetDate: "If set, the value_ms_epoch will be displayed in the specified
        // time zone"; the docs do not say how the picked value is read, so it is read on the clock shown).
        out[f.name] = f.offsetMinutes !== undefined ? asUtc - f.offsetMinutes * 60_000 : asUtc - timeZoneOffsetMs(timeZone, asUtc - timeZoneOffsetMs(timeZone, asUtc));
        break;
      }
      case 'time':
        out[f.name] = form.get(key) || null;
        break;
    }
  }
  return out;
}
