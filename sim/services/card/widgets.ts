import type { Execution } from '../../execution';
import { J, CardObject, color, prune, Clickable, ENUMS, SimAction } from './base';

/** The widgets a card section holds, each printing its google.apps.card.v1 JSON (`json()`). */

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
export abstract class SimButtonBase extends SimWidget implements GoogleAppsScript.Card_Service.Button {
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
