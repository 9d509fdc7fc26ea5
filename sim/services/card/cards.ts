import type { Execution } from '../../execution';
import { J, CardObject, prune, Clickable, ENUMS, MAX_SECTIONS_PER_CARD, MAX_WIDGETS_PER_SECTION } from './base';
import { SimWidget, SimTextButton } from './widgets';

/** Card structure: header, sections, card actions, fixed footer, and the builder that validates and freezes a card. */

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

export function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
