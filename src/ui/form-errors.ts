/**
 * A form's errors, all at once: a section at the top listing each field with what is wrong and the fix, and each
 * field marked where it stands (a text input's hint; a picker's title), so one save shows every problem.
 */
import { escapeCardText } from './card-kit';

export interface FieldError {
  /** The form input's name (`name`, `start`, `targetDepartment`). */
  field: string;
  /** The field as the card labels it ("Starts"). */
  label: string;
  /** What is wrong and the fix, in plain words. */
  message: string;
}

export function errorFor(errors: readonly FieldError[], field: string): FieldError | undefined {
  return errors.find((e) => e.field === field);
}

/** The errors section: null when there is nothing to show. */
export function errorsSection(errors: readonly FieldError[]): GoogleAppsScript.Card_Service.CardSection | null {
  if (errors.length === 0) return null;
  const s = CardService.newCardSection().setHeader(`Not saved: ${errors.length} ${errors.length === 1 ? 'field needs' : 'fields need'} a change`);
  for (const e of errors) {
    s.addWidget(CardService.newDecoratedText().setTopLabel(escapeCardText(e.label)).setText(`<font color="#d93025">${escapeCardText(e.message)}</font>`).setWrapText(true));
  }
  return s;
}

/** A picker's title, marked when its field has an error (pickers have no hint line). */
export function markedTitle(title: string, errors: readonly FieldError[], field: string): string {
  return errorFor(errors, field) ? `${title} — needs a change (see above)` : title;
}

/** A text input with its error, if any, as its hint. */
export function textField(name: string, title: string, value: string, errors: readonly FieldError[], hint = ''): GoogleAppsScript.Card_Service.TextInput {
  const input = CardService.newTextInput().setFieldName(name).setTitle(title).setValue(value);
  const err = errorFor(errors, name);
  const h = err ? `Needs a change: ${err.message}` : hint;
  return h ? input.setHint(h) : input;
}

/** The toast for a refused save: counts the problems; the card lists them. */
export function notSavedText(errors: readonly FieldError[]): string {
  return errors.length === 1 ? `Not saved: ${errors[0].label}: ${errors[0].message}` : `Not saved: ${errors.length} fields need a change; each is listed on the card.`;
}
