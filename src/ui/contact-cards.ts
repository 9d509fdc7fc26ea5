/**
 * Contact Inbox in Gmail: the sender's suggested contact beside an open message, and the list of the user's
 * pending suggestions. The open message is read with the add-on's current-message token
 * (workspace/add-ons/gmail/extending-message-ui: GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken) before
 * getMessageById) — no delegation. Nothing of the body is kept: the card holds the parsed fields only, and the
 * user's suggestions and decisions live in their own user properties.
 */
import manifest from '../../appsscript.json';
import { extractFromHtml, extractFromText, parseFrom, skipReason } from '../core/contact-extraction';
import type { ContactPhone, PhoneType } from '../core/contact-extraction/types';
import { suggestionFrom, type ContactSuggestion, type SuggestionFields } from '../core/contact-inbox/suggestion';
import { SuggestionBook } from '../core/contact-inbox/suggestion-book';
import { findContactByEmail, saveContact, type ContactsPort, type SaveOutcome } from '../core/contact-inbox/save-contact';
import { contactChanges, type ContactChange } from '../core/contact-inbox/contact-changes';
import { actionFor, notify, notifyAndUpdate, pushCard, type Route } from './actions';
import { button, escapeCardText, header, textParagraph } from './card-kit';
import { formValue, param, type AddOnEvent } from './event';
import type { AdminSection } from './home';
import type { Viewer } from './viewer';

type Card = GoogleAppsScript.Card_Service.Card;

const SKIP_TEXT: Record<string, string> = {
  'own-domain': 'This message is from your own domain: colleagues are in the directory already.',
  'no-reply': 'This message comes from an automated (no-reply) address.',
  'mailing-list': 'This message came through a mailing list.',
  bulk: 'This message was sent as bulk mail.',
  'auto-submitted': 'This message was generated automatically.',
  'no-sender': 'This message has no sender address.',
};

function book(): SuggestionBook {
  return new SuggestionBook(PropertiesService.getUserProperties());
}

function peoplePort(): ContactsPort {
  const api = People!.People!;
  return {
    searchContacts: (args) => api.searchContacts(args),
    createContact: (person, args) => api.createContact(person, args ?? {}),
    updateContact: (person, resourceName, args) => api.updateContact(person, resourceName, args),
  };
}

/** The suggestion for the open message's sender, or why there is none. */
export function suggestionForOpenMessage(e: AddOnEvent, viewer: Viewer): { suggestion: ContactSuggestion | null; why: string } {
  const messageId = e.gmail?.messageId;
  const token = e.gmail?.accessToken;
  if (!messageId || !token) return { suggestion: null, why: 'Open a message to see its sender as a contact suggestion.' };
  GmailApp.setCurrentMessageAccessToken(token);
  const msg = GmailApp.getMessageById(messageId);
  const sender = parseFrom(msg.getFrom());
  const headers = ['List-Id', 'List-Unsubscribe', 'Precedence', 'Auto-Submitted'].map((name) => ({ name, value: msg.getHeader(name) ?? '' }));
  const skip = skipReason({ senderEmail: sender.email, ownDomains: [viewer.domain], headers });
  if (skip) return { suggestion: null, why: SKIP_TEXT[skip] };
  const decided = book().decisionOf(sender.email);
  if (decided) return { suggestion: null, why: `You already ${decided} ${sender.email}.` };
  const html = msg.getBody();
  const extraction = /<(div|p|br|table|blockquote)\b/i.test(html) ? extractFromHtml(html, sender) : extractFromText(msg.getPlainBody(), sender);
  const suggestion = suggestionFrom(extraction, messageId, msg.getDate().getTime());
  return { suggestion, why: suggestion ? '' : 'No signature with contact details was found in this message.' };
}

function input(name: string, title: string, value: string, hint?: string): GoogleAppsScript.Card_Service.TextInput {
  const w = CardService.newTextInput().setFieldName(name).setTitle(title).setValue(value);
  return hint ? w.setHint(hint) : w;
}

function confidenceHint(s: ContactSuggestion, key: keyof SuggestionFields): string | undefined {
  const low = s.hints[key];
  if (low) return `Found "${low}" (not sure — check before using)`;
  const c = s.confidence[key];
  return c !== undefined && c < 0.8 ? 'Check this value' : undefined;
}

/**
 * Links Gmail opens for the add-on: only URLs under a prefix of `addOns.common.openLinkUrlPrefixes`
 * (apps-script/reference/card-service/open-link: "The URL must match a prefix whitelisted in the manifest").
 * Only plain prefixes ending in "/" are used here, so a plain `startsWith` never allows more than Gmail does.
 */
const OPEN_LINK_PREFIXES: readonly string[] = manifest.addOns.common.openLinkUrlPrefixes.filter((p) => !p.includes('*') && p.endsWith('/'));

/**
 * A profile link found in a signature, shown as typed (escaped). The signature is written by the sender, so the
 * address can be anywhere: it becomes clickable only when the manifest lets Gmail open it (today none of a
 * sender's sites are listed), never a javascript: or http: link. Otherwise it is text the user can copy.
 */
function profileLink(url: string): GoogleAppsScript.Card_Service.DecoratedText {
  const w = CardService.newDecoratedText().setTopLabel('Profile').setText(escapeCardText(url)).setWrapText(true);
  return OPEN_LINK_PREFIXES.some((p) => url.startsWith(p)) ? w.setOpenLink(CardService.newOpenLink().setUrl(url)) : w;
}

const PHONE_TYPES: readonly PhoneType[] = ['work', 'mobile', 'fax', 'home', 'other'];
const PHONE_TYPE_LABEL: Record<PhoneType, string> = { work: 'Work', mobile: 'Mobile', fax: 'Fax', home: 'Home', other: 'Other' };
/** At most this many phone rows are read back from a form: the count arrives as a card parameter (untrusted). */
const MAX_PHONES = 8;

function phoneWidgets(section: GoogleAppsScript.Card_Service.CardSection, i: number, value: string, type: PhoneType, hint?: string): void {
  section.addWidget(input(`ci_phone_${i}`, 'Phone', value, hint));
  const select = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName(`ci_phoneType_${i}`).setTitle('Phone type');
  for (const t of PHONE_TYPES) select.addItem(PHONE_TYPE_LABEL[t], t, t === type);
  section.addWidget(select);
}

/** "Job title: Analyst → Senior Analyst" lines for a contact the user already has. */
function changesText(changes: ContactChange[]): string {
  return changes.map((c) => `${c.field}: ${c.old || '(none)'} → ${c.new}`).join('\n');
}

/**
 * The editable suggestion: low-confidence values are shown as hints, not pre-filled. `changes` is set when the
 * sender is already a contact whose job title, company or phones differ: the card then offers the update.
 */
export function buildSuggestionCard(s: ContactSuggestion, source: 'message' | 'book', changes?: ContactChange[]): Card {
  const f = s.fields;
  const section = CardService.newCardSection();
  if (changes?.length) section.addWidget(textParagraph(escapeCardText(`Already in your contacts. This message's signature differs:\n${changesText(changes)}`)));
  section
    .addWidget(input('ci_fullName', 'Name', f.fullName, confidenceHint(s, 'fullName')))
    .addWidget(input('ci_jobTitle', 'Job title', f.jobTitle, confidenceHint(s, 'jobTitle')))
    .addWidget(input('ci_company', 'Company', f.company, confidenceHint(s, 'company')))
    .addWidget(input('ci_email', 'Email', f.email, confidenceHint(s, 'email')));
  (f.otherEmails ?? []).forEach((email, i) => section.addWidget(input(`ci_otherEmail_${i}`, 'Other email', email)));
  // Every phone found, each with its own type the user can change; uncertain ones empty, with what was found.
  const uncertain = s.uncertainPhones ?? (s.hints.phones ? [{ value: s.hints.phones, type: 'other' as const }] : []);
  f.phones.forEach((p, i) => phoneWidgets(section, i, p.value, p.type));
  uncertain.forEach((p, j) => phoneWidgets(section, f.phones.length + j, '', p.type, `Found "${p.value}" (not sure — check before using)`));
  section
    .addWidget(input('ci_website', 'Web site', f.website, confidenceHint(s, 'website')))
    .addWidget(input('ci_address', 'Address', f.address, confidenceHint(s, 'address')).setMultiline(true));
  for (const url of f.socialLinks) section.addWidget(profileLink(url));
  const params = {
    id: s.id,
    source,
    phones: String(f.phones.length + uncertain.length),
    otherEmails: String((f.otherEmails ?? []).length),
    social: f.socialLinks.join(' '),
  };
  section.addWidget(
    CardService.newButtonSet()
      .addButton(button(changes?.length ? 'Update contact' : 'Save to Contacts', 'contacts.save', params, true))
      .addButton(button('Dismiss', 'contacts.dismiss', { id: s.id, source })),
  );
  return CardService.newCardBuilder()
    .setName(`contact:${s.id}`)
    .setHeader(header(changes?.length ? 'Contact update' : 'Contact suggestion', escapeCardText(s.senderEmail)))
    .addSection(section)
    .build();
}

/** `text` is plain text (it may name the sender's address or a suggestion id): it is escaped here. */
function infoCard(text: string, viewer: Viewer): Card {
  const pending = book().pending().length;
  const section = CardService.newCardSection().addWidget(textParagraph(escapeCardText(text)));
  if (pending > 0) section.addWidget(button(`Pending suggestions (${pending})`, 'contacts.pending'));
  return CardService.newCardBuilder().setName('contact:none').setHeader(header('Contact suggestion', escapeCardText(viewer.email))).addSection(section).build();
}

/** Contextual trigger: the open message's sender as an editable suggestion. */
export function buildMessageCard(e: AddOnEvent, viewer: Viewer): Card {
  const { suggestion, why } = suggestionForOpenMessage(e, viewer);
  if (!suggestion) return infoCard(why, viewer);
  // A sender already in the user's contacts: offer the job change, or say that title, company and phones match.
  const existing = findContactByEmail(peoplePort(), suggestion.senderEmail);
  if (!existing) return buildSuggestionCard(suggestion, 'message');
  const changes = contactChanges(existing, suggestion.fields);
  if (changes.length === 0) return infoCard(`${suggestion.senderEmail} is in your contacts; the job title, company and phones in this message's signature match it.`, viewer);
  return buildSuggestionCard(suggestion, 'message', changes);
}

/** The user's pending suggestions from the nightly run, newest first, with accept/dismiss in bulk. */
export function buildPendingCard(viewer: Viewer): Card {
  const list = book().pending();
  const card = CardService.newCardBuilder().setName('contacts.pending').setHeader(header('Contact suggestions', escapeCardText(viewer.email)));
  const section = CardService.newCardSection();
  if (list.length === 0) section.addWidget(textParagraph('No suggestions waiting. New ones appear after the nightly run, or open a message to see its sender.'));
  for (const s of list) {
    const f = s.fields;
    section.addWidget(
      CardService.newDecoratedText()
        .setText(escapeCardText(f.fullName || s.senderEmail))
        .setBottomLabel(escapeCardText([f.jobTitle, f.company].filter(Boolean).join(' · ') || s.senderEmail))
        .setWrapText(true)
        .setOnClickAction(actionFor('contacts.open', { id: s.id })),
    );
  }
  card.addSection(section);
  if (list.length > 0) {
    card.addSection(
      CardService.newCardSection().addWidget(
        CardService.newButtonSet()
          .addButton(button(`Save all (${list.length})`, 'contacts.saveAll'))
          .addButton(button('Dismiss all', 'contacts.dismissAll')),
      ),
    );
  }
  return card.build();
}

function fieldsFromForm(e: AddOnEvent): SuggestionFields {
  const count = Math.min(MAX_PHONES, Number(param(e, 'phones') ?? 0) || 0);
  const phones: ContactPhone[] = [];
  for (let i = 0; i < count; i++) {
    const value = formValue(e, `ci_phone_${i}`)?.trim();
    const typed = formValue(e, `ci_phoneType_${i}`) as PhoneType | undefined;
    // The type comes from the form (untrusted): anything outside the offered list is 'other'.
    if (value) phones.push({ value, type: typed && PHONE_TYPES.includes(typed) ? typed : 'other' });
  }
  return {
    fullName: formValue(e, 'ci_fullName') ?? '',
    jobTitle: formValue(e, 'ci_jobTitle') ?? '',
    company: formValue(e, 'ci_company') ?? '',
    email: formValue(e, 'ci_email') ?? '',
    otherEmails: Array.from({ length: Math.min(5, Number(param(e, 'otherEmails') ?? 0) || 0) }, (_x, i) => formValue(e, `ci_otherEmail_${i}`)?.trim() ?? '').filter(Boolean),
    phones,
    website: formValue(e, 'ci_website') ?? '',
    address: formValue(e, 'ci_address') ?? '',
    socialLinks: (param(e, 'social') ?? '').split(' ').filter(Boolean),
  };
}

function describe(outcome: SaveOutcome, name: string): string {
  switch (outcome.kind) {
    case 'created':
      return `${name} saved to your Google Contacts.`;
    case 'updated':
      return outcome.changes.length
        ? `${name} updated in your contacts: ${outcome.changes.map((c) => `${c.field} ${c.old || '(none)'} → ${c.new}`).join('; ')}.`
        : `${name} was already in your contacts: added ${outcome.fields.join(', ')}.`;
    case 'unchanged':
      return `${name} is already in your contacts with these details.`;
    case 'invalid':
      return `${outcome.field}: ${outcome.message}`;
  }
}

export const contactRoutes: Record<string, Route> = {
  'contacts.pending': { adminOnly: false, handler: ({ viewer }) => pushCard(buildPendingCard(viewer)) },
  'contacts.open': {
    adminOnly: false,
    handler: ({ event, viewer }) => {
      const s = book().find(param(event, 'id') ?? '');
      return s ? pushCard(buildSuggestionCard(s, 'book')) : notifyAndUpdate('That suggestion is gone (saved or dismissed).', buildPendingCard(viewer));
    },
  },
  'contacts.save': {
    adminOnly: false,
    handler: ({ event, viewer }) => {
      const fields = fieldsFromForm(event);
      const outcome = saveContact(peoplePort(), fields);
      const text = describe(outcome, fields.fullName || fields.email);
      if (outcome.kind === 'invalid') return notify(text);
      book().decide(param(event, 'id') ?? fields.email, 'saved');
      return param(event, 'source') === 'book' ? notifyAndUpdate(text, buildPendingCard(viewer)) : notify(text);
    },
  },
  'contacts.dismiss': {
    adminOnly: false,
    handler: ({ event, viewer }) => {
      const id = param(event, 'id') ?? '';
      book().decide(id, 'dismissed');
      const text = `${id} will not be suggested again.`;
      return param(event, 'source') === 'book' ? notifyAndUpdate(text, buildPendingCard(viewer)) : notifyAndUpdate(text, infoCard(text, viewer));
    },
  },
  'contacts.saveAll': {
    adminOnly: false,
    handler: ({ viewer }) => {
      const b = book();
      const port = peoplePort();
      let saved = 0;
      const problems: string[] = [];
      for (const s of b.pending()) {
        const outcome = saveContact(port, s.fields);
        if (outcome.kind === 'invalid') problems.push(`${s.senderEmail}: ${outcome.message}`);
        else (b.decide(s.senderEmail, 'saved'), saved++);
      }
      const text = `${saved} contact(s) saved.${problems.length ? ` Not saved: ${problems.join('; ')}` : ''}`;
      return notifyAndUpdate(text, buildPendingCard(viewer));
    },
  },
  'contacts.dismissAll': {
    adminOnly: false,
    handler: ({ viewer }) => {
      const b = book();
      const list = b.pending();
      for (const s of list) b.decide(s.senderEmail, 'dismissed');
      return notifyAndUpdate(`${list.length} suggestion(s) dismissed.`, buildPendingCard(viewer));
    },
  },
};

export const contactSection: AdminSection = {
  route: 'contacts.pending',
  label: 'Contact suggestions',
  description: 'People who wrote to you, from their signatures: save them to Google Contacts or dismiss them.',
};
