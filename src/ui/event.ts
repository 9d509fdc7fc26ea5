/**
 * The add-on event object as Gmail passes it (workspace/add-ons/concepts/event-objects). Only the parts
 * Autograph reads are typed; everything else passes through untouched.
 */
export interface AddOnEvent {
  commonEventObject?: {
    hostApp?: string;
    platform?: string;
    userLocale?: string;
    timeZone?: { id: string; offset: number };
    parameters?: Record<string, string>;
    formInputs?: Record<string, { stringInputs?: { value: string[] }; dateInput?: { msSinceEpoch: number }; dateTimeInput?: { msSinceEpoch: number; hasDate?: boolean; hasTime?: boolean } }>;
  };
  gmail?: { messageId?: string; threadId?: string; accessToken?: string };
  /** Time-driven trigger events carry these (apps-script/guides/triggers/events#time-driven-events). */
  triggerUid?: string;
  authMode?: unknown;
}

export function param(e: AddOnEvent, name: string): string | undefined {
  return e.commonEventObject?.parameters?.[name];
}

/** Every parameter of the clicked action (the route name included, under `action`). */
export function params(e: AddOnEvent): Record<string, string> {
  return e.commonEventObject?.parameters ?? {};
}

/** The first string value of a form input, or undefined when the input is absent or empty. */
export function formValue(e: AddOnEvent, name: string): string | undefined {
  const v = e.commonEventObject?.formInputs?.[name]?.stringInputs?.value;
  return v && v.length > 0 ? v[0] : undefined;
}

/**
 * The first value of every form input named `prefix` + key, by key (`f|title` → `title`); `missing` for an
 * input that carries no string value.
 */
export function prefixedFormValues(e: AddOnEvent, prefix: string, missing = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(e.commonEventObject?.formInputs ?? {})) {
    if (name.startsWith(prefix)) out[name.slice(prefix.length)] = input.stringInputs?.value?.[0] ?? missing;
  }
  return out;
}

/** Every string value of a form input (checkbox groups, multi-selects). */
export function formValues(e: AddOnEvent, name: string): string[] {
  return e.commonEventObject?.formInputs?.[name]?.stringInputs?.value ?? [];
}

export function formDate(e: AddOnEvent, name: string): number | undefined {
  const i = e.commonEventObject?.formInputs?.[name];
  return i?.dateTimeInput?.msSinceEpoch ?? i?.dateInput?.msSinceEpoch;
}
