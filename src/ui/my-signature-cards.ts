/**
 * What every user sees of their own signature: "My signature" (preview, apply to my own Gmail as myself) and
 * the compose action "Insert signature" (works in replies and forwards too, which Gmail's API cannot set).
 *
 * Nobody reads a file every employee can read in clear. An employee's signature comes from their own Gmail, read
 * as themselves, or from their own sealed copy (adapters/published-signatures.ts) when Gmail does not hold it yet.
 * Admins render theirs from the tenant store (their own employee row, not the whole table). The viewer is always
 * the running user (`Session`, ui/viewer.ts), never a card parameter.
 */
import { signatureRenderer } from '../core/signatures/plan';
import { runSignatureSlice } from '../core/signatures/run';
import { chooseOwnSignature, describeOwnSignature } from '../core/signatures/own-copy';
import { readOwnCopy, rememberApplied, stillApplied } from '../adapters/published-signatures';
import { locationForEmail } from '../adapters/store/registry';
import { readSetting } from '../adapters/store/tenant-settings';
import { OwnGmailSignatureWriter } from '../adapters/gmail-signature-writer';
import { cardBudgetMs } from '../jobs/runner';
import { actionFor, notify, notifyAndUpdate, pushCard, type Route } from './actions';
import { button, escapeCardText, header, textParagraph } from './card-kit';
import type { AdminSection } from './home';
import { isCard, openWorld, planInputFor, previewWidgets } from './signature-cards';
import type { Viewer } from './viewer';
import { proposeSection, proposeOwn, type EditableKnown } from './edit-request-cards';
import { readEditOverlay } from '../adapters/edit-request-store';

type Card = GoogleAppsScript.Card_Service.Card;

export interface MySignature {
  html: string;
  length: number;
  rule: string;
  refusal: string;
  /** Where this signature is: in Gmail (read just now), written on the next run, or waiting for the user. */
  note: string;
  /** Gmail does not hold it yet and the user may put it there themselves. */
  canApply: boolean;
  /** The template's fields the user may propose values for (edit requests), and their country for phone numbers. */
  editable: EditableKnown;
  countryCode: string;
}

/**
 * The primary address's signature as Gmail holds it, read as the user (users.settings.sendAs/list, scope
 * gmail.settings.basic). The compose event names no From address (its draft metadata is the To/Cc list:
 * gmail ComposeTrigger DraftAccess), so the primary address's signature is the one inserted.
 */
function gmailSignature(viewer: Viewer): { signature: string | null; error: string } {
  const [r] = new OwnGmailSignatureWriter(viewer.email).listSendAs([viewer.email]);
  if (!r.ok) return { signature: null, error: r.error.message };
  const me = viewer.email.toLowerCase();
  const primary = r.value.find((s) => s.isPrimary) ?? r.value.find((s) => s.sendAsEmail === me);
  return { signature: primary?.signature ?? '', error: '' };
}

/** An employee's own signature: Gmail's, or their sealed copy when Gmail does not hold it yet. */
function employeeSignature(viewer: Viewer, customerId: string, publishedId: string): MySignature | string {
  const gmail = gmailSignature(viewer);
  const copy = readOwnCopy(customerId, viewer.email, publishedId);
  const chosen = chooseOwnSignature({ gmail: gmail.signature, gmailError: gmail.error, copy, appliedByUser: copy ? stillApplied(copy.html, gmail.signature) : false });
  if (typeof chosen === 'string') return chosen;
  const rule = chosen.rule || 'as set in your Gmail';
  // A sealed copy names the fields its template unlocks. Without one (a service account writes Gmail), the employee
  // may propose any field some template unlocks (the requests file says which); the intake checks it against their
  // template and says why if not.
  const editable: EditableKnown = copy?.editable ?? 'anyUnlocked';
  return { html: chosen.html, length: chosen.length, rule, refusal: '', note: describeOwnSignature(chosen), canApply: chosen.source !== 'gmail', editable, countryCode: '' };
}

/** The viewer's own signature, or why there is none. */
export function mySignature(viewer: Viewer): MySignature | string {
  const world = viewer.isAdmin ? openWorld(viewer) : null;
  if (!world || isCard(world)) {
    const where = locationForEmail(viewer.email);
    if (!where) return 'Autograph is not set up for your domain yet: an administrator opens Autograph in Gmail and completes setup.';
    return employeeSignature(viewer, where.customerId, where.publishedId);
  }
  const e = world.tenant.employeeByEmail(viewer.email);
  if (!e) return `You (${viewer.email}) are not among Autograph’s employees yet: an administrator syncs the directory.`;
  const s = world.sigs.settings();
  const edits = readEditOverlay(world.tenant);
  const r = signatureRenderer({
    templates: world.sigs.templates(), assignments: world.sigs.assignments(), campaigns: world.sigs.campaigns(),
    departmentBanners: world.sigs.departmentBanners(), edits, at: Date.now(), timeZone: s.timeZone,
  })(e);
  if (!r.template) return `No signature template applies to you (${r.rule}).`;
  const gmail = gmailSignature(viewer).signature;
  // Gmail stores a sanitised copy: what it stored after Autograph sent exactly this HTML is in the admin's own store
  // (the address state), or, from runs without a service account, in their sealed copy.
  const me = viewer.email.toLowerCase();
  const mine = world.sigs.addressState(me);
  const stored = mine && mine.sentHash === r.hash ? mine.storedHtml : undefined;
  const copy = stored === undefined ? readOwnCopy(world.tenant.customerId, viewer.email, readSetting<string>(world.tenant.spreadsheet, 'published') ?? '') : null;
  const inGmail = gmail !== null && gmail !== '' && (gmail === r.html || gmail === stored || (copy?.html === r.html && gmail === copy.gmailHtml) || stillApplied(r.html, gmail));
  const note = inGmail ? 'This is the signature in your Gmail (read just now).' : 'Rendered just now from the current templates; your Gmail does not hold it yet.';
  const fields = [...(edits.unlocked[r.templateId] ?? [])];
  return {
    html: r.html, length: r.length, rule: r.rule, refusal: r.refusal?.reason ?? '', note, canApply: !inGmail,
    editable: fields.length ? { templateId: r.templateId, fields } : null, countryCode: e.address.countryCode,
  };
}

/** A user's homepage: their signature, then the entries users may open (`more`, e.g. USER_SECTIONS of home.ts). */
export function buildMySignatureCard(viewer: Viewer, more: AdminSection[] = []): Card {
  const mine = mySignature(viewer);
  const card = CardService.newCardBuilder().setName('my-signature').setHeader(header('My signature', viewer.email));
  const s = CardService.newCardSection();
  if (typeof mine === 'string') {
    s.addWidget(textParagraph(escapeCardText(mine)));
  } else {
    previewWidgets(s, mine.html, mine.length);
    s.addWidget(CardService.newDecoratedText().setTopLabel('Why this one').setText(escapeCardText(mine.rule)).setWrapText(true));
    s.addWidget(textParagraph(escapeCardText(mine.note)));
    if (mine.refusal) s.addWidget(textParagraph(`<font color="#d93025">${escapeCardText(mine.refusal)}</font>`));
    else if (mine.canApply) s.addWidget(CardService.newButtonSet().addButton(button('Apply to my Gmail', 'signatures.applyMine', {}, true)));
  }
  card.addSection(s);
  const proposals = proposeSection(viewer, typeof mine === 'string' ? null : mine.editable);
  if (proposals) card.addSection(proposals);
  if (more.length > 0) {
    const links = CardService.newCardSection();
    for (const m of more) links.addWidget(CardService.newDecoratedText().setText(m.label).setBottomLabel(m.description).setWrapText(true).setOnClickAction(actionFor(m.route)));
    card.addSection(links);
  }
  return card.build();
}

function applyMine(viewer: Viewer): GoogleAppsScript.Card_Service.ActionResponse {
  const world = viewer.isAdmin ? openWorld(viewer) : null;
  if (!world || isCard(world)) {
    const mine = mySignature(viewer);
    if (typeof mine === 'string') return notify(mine);
    if (!mine.canApply) return notify('Your Gmail already has this signature.');
    // As yourself, the primary address only; nothing is recorded in the store employees cannot write.
    const [r] = new OwnGmailSignatureWriter(viewer.email).patchSignatures([{ user: viewer.email, sendAsEmail: viewer.email, signature: mine.html }]);
    if (!r.ok) return notify(`Gmail refused: ${r.error.message}`);
    rememberApplied(mine.html, r.value.signature);
    return notifyAndUpdate('Your signature is now in Gmail (new messages on Gmail on the web).', buildMySignatureCard(viewer));
  }
  const e = world.tenant.employeeByEmail(viewer.email);
  if (!e) return notify('You are not among Autograph’s employees yet: an administrator syncs the directory.');
  const start = Date.now();
  const input = planInputFor(world, [e], start);
  const r = runSignatureSlice({
    ...input,
    // As yourself, only the primary address: aliases need the service account (users.settings.sendAs/patch).
    templates: input.templates.map((t) => ({ ...t, aliasPolicy: 'primary' as const })),
    writer: new OwnGmailSignatureWriter(viewer.email),
    store: world.sigs,
    force: true,
    cause: { kind: 'self_service', by: viewer.email },
    now: () => Date.now(),
    outOfTime: () => Date.now() - start > cardBudgetMs(),
  });
  if (r.written + r.confirmed > 0) {
    // Gmail sanitises what it stores: remember its form so the card can tell it holds this signature.
    const stored = gmailSignature(viewer).signature;
    if (stored !== null) rememberApplied(signatureRenderer(input)(e).html, stored);
    return notifyAndUpdate('Your signature is now in Gmail (new messages on Gmail on the web).', buildMySignatureCard(viewer));
  }
  if (r.failed > 0) return notify(`Gmail refused: ${r.failures[0].message}`);
  if (r.refused > 0) return notify('Your signature is too long for Gmail; ask an administrator to shorten the template.');
  return notify('Your Gmail already has this signature.');
}

/** The global (src/main.ts) the compose card's Insert button calls. */
export const INSERT_FUNCTION = 'onInsertSignature';

/** Compose action: a card with the signature and an "Insert" button (addOns.gmail.composeTrigger). */
export function buildInsertSignatureCard(viewer: Viewer): Card {
  const mine = mySignature(viewer);
  const s = CardService.newCardSection();
  if (typeof mine === 'string') s.addWidget(textParagraph(escapeCardText(mine)));
  else {
    previewWidgets(s, mine.html, mine.length);
    // Its own global, not dispatchAction: the answer is an UpdateDraftActionResponse, not a card navigation.
    const insert = CardService.newAction().setFunctionName(INSERT_FUNCTION);
    s.addWidget(CardService.newButtonSet().addButton(CardService.newTextButton().setText('Insert signature').setTextButtonStyle(CardService.TextButtonStyle.FILLED).setOnClickAction(insert)));
  }
  return CardService.newCardBuilder().setName('insert-signature').setHeader(header('Insert signature')).addSection(s).build();
}

/** Inserts the viewer's signature at the cursor of the open draft — replies and forwards included. */
export function insertSignatureResponse(viewer: Viewer): GoogleAppsScript.Card_Service.UpdateDraftActionResponse | GoogleAppsScript.Card_Service.ActionResponse {
  const mine = mySignature(viewer);
  if (typeof mine === 'string') return notify(mine);
  return CardService.newUpdateDraftActionResponseBuilder()
    .setUpdateDraftBodyAction(
      CardService.newUpdateDraftBodyAction()
        .addUpdateContent(`<br>${mine.html}`, CardService.ContentType.MUTABLE_HTML)
        .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT),
    )
    .build();
}

export const mySignatureRoutes: Record<string, Route> = {
  'signatures.mine': { adminOnly: false, handler: ({ viewer }) => pushCard(buildMySignatureCard(viewer)) },
  'signatures.applyMine': { adminOnly: false, handler: ({ viewer }) => applyMine(viewer) },
  // The proposer is the viewer (Session); the form carries only the field and the value.
  'edits.propose': { adminOnly: false, handler: ({ viewer, event }) => proposeOwn(viewer, event, mySignature(viewer), () => buildMySignatureCard(viewer)) },
};
