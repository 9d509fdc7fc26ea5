/**
 * The admins' signature cards: the overview (employees by linkage status, Apply now for everyone), one employee
 * (which rule applied, preview with character count, per address last written / last verified / status with
 * reason and fix, Apply now, audit log) and the audit log; and what the template and campaign cards share (the
 * signature world, the preview). What every user sees is in my-signature-cards.ts.
 */
import type { Employee } from '../core/directory/employee';
import { readEditOverlay } from '../adapters/edit-request-store';
import { planSignatureWrites, signatureRenderer, type PlanInput } from '../core/signatures/plan';
import { runSignatureSlice, type SliceReport } from '../core/signatures/run';
import type { AddressState, AuditEntry, LinkageStatus } from '../core/signatures/types';
import { GMAIL_SIGNATURE_LIMIT } from '../core/signatures/types';
import { decodeEntities, escapeHtml, normaliseUrl, startTags, urlProblem } from '../core/signatures/html-policy';
import { tokenizeHtml } from '../core/signatures/html-tokens';
import { SheetSignatureStore, type SignatureStore } from '../adapters/signature-store';
import { DelegatedSignatureWriter, OwnGmailSignatureWriter } from '../adapters/gmail-signature-writer';
import { activeConnection } from '../adapters/service-account/connection';
import { openStoreForEmail, type TenantStore } from '../adapters/store/tenant-store';
import { cardBudgetMs, readRunState, runFromCard, type RunProgress, type RunReport, type RunState } from '../jobs/runner';
import { queueApplyRequest } from '../jobs/signature-stage';
import { actionFor, notify, notifyAndUpdate, pushCard, updateCard, type Route } from './actions';
import { button, escapeCardText, header, textParagraph, utcWhen } from './card-kit';
import { formValue, param, params, type AddOnEvent } from './event';
import type { AdminSection } from './home';
import type { Viewer } from './viewer';
import { errorText } from '../core/error-text';
import { FIX_TEMPLATE, SIGNATURE_STATE_LABELS, SIGNATURE_STATE_ORDER, type SignatureState, type SignatureStateCounts, type SignatureStateKind } from '../core/signatures/employee-state';
import { tenantStates, type TenantStates } from './signature-states';
import { RUN_KIND_WORDS } from '../core/directory/run-record';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

/**
 * Employees per page of the Signatures list: with the summary and the search a page stays near 45 widgets, under
 * the 100 a card shows (google.apps.card.v1 Card: "Any widgets beyond this limit are ignored").
 */
export const SIGNATURES_PER_PAGE = 25;

/** One send-as address's last outcome, in plain words (the employee's state is the one in signature-states.ts). */
export const ADDRESS_LABELS: Record<LinkageStatus, string> = {
  ok: 'Written and verified in Gmail',
  pending: 'Waiting to be written',
  paused: 'Paused',
  no_template: 'No template assigned',
  edited_in_gmail: 'Edited in Gmail by the employee',
  refused: 'Refused',
  not_send_as: 'Not a send-as address in Gmail',
  no_mailbox: 'Has no Gmail mailbox',
  unauthorized: 'Not connected',
  error: 'Can\'t write to Gmail',
};

// ---- shared helpers for the signature, template and campaign cards ----

export function problemCard(title: string, message: string, fix = ''): Card {
  const s = CardService.newCardSection().addWidget(textParagraph(escapeCardText(message)));
  if (fix) s.addWidget(textParagraph(`<i>${escapeCardText(fix)}</i>`));
  return CardService.newCardBuilder().setName('signature-problem').setHeader(header(title)).addSection(s.addWidget(button('Back to home', 'home.open'))).build();
}

/** The tenant's store and its signature records, opened as the viewer (admins can; others get Drive's error). */
export interface SignatureWorld {
  tenant: TenantStore;
  sigs: SignatureStore;
}

export function openWorld(viewer: Viewer): SignatureWorld | Card {
  try {
    const tenant = openStoreForEmail(viewer.email);
    return { tenant, sigs: new SheetSignatureStore(tenant.spreadsheet) };
  } catch (err) {
    return problemCard('Signatures', errorText(err), 'An administrator of your domain sets Autograph up (or shares its store with you).');
  }
}

export function isCard(x: unknown): x is Card {
  return typeof x === 'object' && x !== null && !('sigs' in x);
}

/** `states`: the address records the plan may consult; a card for one employee passes only theirs. */
export function planInputFor(world: SignatureWorld, employees: Employee[], at: number, states: Map<string, AddressState> = world.sigs.addressStates()): PlanInput {
  const s = world.sigs.settings();
  return {
    employees,
    templates: world.sigs.templates(),
    assignments: world.sigs.assignments(),
    campaigns: world.sigs.campaigns(),
    departmentBanners: world.sigs.departmentBanners(),
    edits: readEditOverlay(world.tenant),
    states,
    at,
    timeZone: s.timeZone,
    verifyAfterMs: s.verifyAfterDays * 86_400_000,
  };
}

/**
 * The preview widgets: the signature as card text (cards render only simple HTML: b, i, u, font, a, br), its
 * images as Image widgets, and the character count against Gmail's limit. Only https images and https/mailto/tel
 * links reach the card, whatever the HTML holds.
 */
export function previewWidgets(section: Section, html: string, length: number): Section {
  section.addWidget(textParagraph(cardHtml(html) || '<i>(empty)</i>'));
  for (const tag of startTags(html)) {
    if (tag.name !== 'img') continue;
    const src = normaliseUrl(tag.attributes.find((a) => a.name === 'src')?.value ?? '');
    const alt = tag.attributes.find((a) => a.name === 'alt')?.value ?? '';
    if (src && !urlProblem(src, 'image')) section.addWidget(CardService.newImage().setImageUrl(src).setAltText(alt || 'image'));
  }
  const over = length > GMAIL_SIGNATURE_LIMIT;
  section.addWidget(
    CardService.newDecoratedText()
      .setTopLabel('Characters')
      .setText(`${over ? '<font color="#d93025">' : ''}${length.toLocaleString('en-US')} of ${GMAIL_SIGNATURE_LIMIT.toLocaleString('en-US')}${over ? ` — ${(length - GMAIL_SIGNATURE_LIMIT).toLocaleString('en-US')} too many for Gmail</font>` : ''}`),
  );
  return section;
}

const CARD_INLINE: Record<string, string> = { b: 'b', strong: 'b', i: 'i', em: 'i', u: 'u', s: 's' };
const CARD_BREAK_AFTER = new Set(['tr', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Rebuilds signature HTML as what a card's TextParagraph shows, from its tokens: line breaks where blocks end,
 * b/i/u/s, links with an allowed address, and text re-escaped. Nothing else of the source reaches the card.
 */
export function cardHtml(html: string): string {
  let out = '';
  const links: boolean[] = [];
  for (const t of tokenizeHtml(html)) {
    if (t.kind === 'text') {
      if (t.rawTextOf === '') out += escapeHtml(t.text);
    } else if (t.kind === 'open') {
      if (CARD_INLINE[t.name]) out += `<${CARD_INLINE[t.name]}>`;
      else if (t.name === 'br' || t.name === 'hr') out += '<br>';
      else if (t.name === 'a') {
        const href = normaliseUrl(t.attributes.find((a) => a.name === 'href')?.value ?? '');
        const ok = href !== '' && !href.startsWith('#') && urlProblem(href, 'link') === '';
        links.push(ok);
        if (ok) out += `<a href="${escapeHtml(href)}">`;
      }
    } else if (t.kind === 'close') {
      if (CARD_INLINE[t.name]) out += `</${CARD_INLINE[t.name]}>`;
      else if (CARD_BREAK_AFTER.has(t.name)) out += '<br>';
      else if (t.name === 'a' && links.pop()) out += '</a>';
    }
  }
  return out
    .replace(/(<br>\s*){2,}/g, '<br>')
    .replace(/^(\s*<br>)+|(<br>\s*)+$/g, '')
    .trim();
}

// ---- admin: overview ----

/** "Written and verified in Gmail: 3 · Not connected: 7", in precedence order, zero counts left out. */
export function describeCounts(counts: SignatureStateCounts): string {
  return SIGNATURE_STATE_ORDER.filter((k) => counts[k] > 0).map((k) => `${SIGNATURE_STATE_LABELS[k]}: ${counts[k]}`).join(' · ') || 'no employees';
}

/** Employees a template applies to and Autograph could write for (not paused, with a mailbox). */
function wantingSignature(counts: SignatureStateCounts): number {
  return SIGNATURE_STATE_ORDER.filter((k) => k !== 'not_imported' && k !== 'paused' && k !== 'no_mailbox' && k !== 'no_template').reduce((n, k) => n + counts[k], 0);
}

const NO_TEMPLATE = `No template is assigned to anyone yet, so nothing was written to Gmail. ${FIX_TEMPLATE}`;

/** Nobody has a template: the one thing to say about signatures, with the fix. '' when someone has one. */
export function noTemplateText(counts: SignatureStateCounts): string {
  return wantingSignature(counts) === 0 && counts.no_template > 0 ? NO_TEMPLATE : '';
}

/** Signatures after a run, in words: no template (with the fix), or the counts of each state. */
export function signaturesAfterRun(counts: SignatureStateCounts): string {
  return noTemplateText(counts) || `Signatures: ${describeCounts(counts)}.`;
}

/** A run in progress, in words: what it is doing and that it goes on without the card. */
export function runInProgressText(run: RunState, now = Date.now()): { label: string; text: string } {
  const p = run.progress;
  const when = p ? whenText(p, now) : '';
  return {
    label: `${RUN_KIND_WORDS[run.kind] ?? 'A run'} started ${utcWhen(run.startedAt)} and continues in the background`,
    text: (p && p.total ? `${escapeCardText(p.label)}: ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')}` : escapeCardText(p?.label || 'starting')) + (when ? ` — ${when}` : ''),
  };
}

/** What the Signatures card's list shows: words to find, one state or all, and the page. */
export interface SignatureListFilter {
  q: string;
  state: SignatureStateKind | '';
  page: number;
}

export const ALL_SIGNATURES: SignatureListFilter = { q: '', state: '', page: 0 };

function listFilterFrom(event: AddOnEvent): SignatureListFilter {
  const state = formValue(event, 'state') ?? param(event, 'state') ?? '';
  const page = Number(param(event, 'page') ?? '0');
  return {
    q: formValue(event, 'q') ?? param(event, 'q') ?? '',
    state: (SIGNATURE_STATE_ORDER as readonly string[]).includes(state) ? (state as SignatureStateKind) : '',
    page: Number.isInteger(page) && page >= 0 ? page : 0,
  };
}

/** The employees a filter shows: problems first, then waiting, then verified; by email within each. */
export function signatureListRows(states: TenantStates, f: Pick<SignatureListFilter, 'q' | 'state'>): Employee[] {
  const q = f.q.trim().toLowerCase();
  const rank = (e: Employee) => {
    const k = states.byEmail.get(e.primaryEmail)?.kind ?? 'waiting';
    return k === 'verified' ? 2 : k === 'waiting' ? 1 : 0;
  };
  return states.employees
    .filter((e) => !q || `${e.fullName} ${e.primaryEmail} ${e.department} ${e.title}`.toLowerCase().includes(q))
    .filter((e) => !f.state || states.byEmail.get(e.primaryEmail)?.kind === f.state)
    .sort((a, b) => rank(a) - rank(b) || (a.primaryEmail < b.primaryEmail ? -1 : 1));
}

export function buildSignaturesCard(viewer: Viewer, world: SignatureWorld, states: TenantStates = tenantStates(world.tenant, world.sigs, undefined, undefined, 'list'), f: SignatureListFilter = ALL_SIGNATURES): Card {
  const employees = states.employees;
  const summary = CardService.newCardSection().setHeader('Signatures in Gmail');
  summary.addWidget(textParagraph(`${employees.length} employees`));
  for (const kind of SIGNATURE_STATE_ORDER) {
    const n = states.counts[kind];
    if (n > 0) summary.addWidget(CardService.newDecoratedText().setText(`${SIGNATURE_STATE_LABELS[kind]}: ${n}`).setOnClickAction(actionFor('signatures.page', { state: kind, page: '0' })));
  }
  summary.addWidget(
    CardService.newButtonSet()
      .addButton(button('Templates', 'templates.list'))
      .addButton(button('Campaigns', 'campaigns.list'))
      .addButton(button('Audit log', 'signatures.audit'))
      .addButton(button('Versions', 'versions.list')),
  );
  const run = readRunState(world.tenant.customerId);
  if (run) {
    const t = runInProgressText(run);
    summary.addWidget(CardService.newDecoratedText().setTopLabel(t.label).setText(t.text).setWrapText(true).setButton(button('Refresh', 'signatures.refresh')));
  } else {
    summary.addWidget(CardService.newButtonSet().addButton(button('Dry run', 'signatures.dryRun', { scope: 'everyone' })).addButton(button('Apply now to everyone', 'signatures.applyNow', { scope: 'everyone' }, true)));
  }

  const find = CardService.newCardSection().setHeader('Find employees');
  find.addWidget(CardService.newTextInput().setFieldName('q').setTitle('Name, email, department or title').setValue(f.q));
  const state = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('state').setTitle('Signature');
  state.addItem('Any state', '', f.state === '');
  for (const kind of SIGNATURE_STATE_ORDER) if (states.counts[kind] > 0 || f.state === kind) state.addItem(SIGNATURE_STATE_LABELS[kind], kind, f.state === kind);
  find.addWidget(state).addWidget(CardService.newButtonSet().addButton(button('Search', 'signatures.page', { page: '0' })));

  const rows = signatureListRows(states, f);
  const pages = Math.max(1, Math.ceil(rows.length / SIGNATURES_PER_PAGE));
  const p = Math.min(f.page, pages - 1);
  const shown = rows.slice(p * SIGNATURES_PER_PAGE, (p + 1) * SIGNATURES_PER_PAGE);
  const list = CardService.newCardSection().setHeader(
    rows.length === 0 ? 'No employees match' : `Employees ${p * SIGNATURES_PER_PAGE + 1}–${p * SIGNATURES_PER_PAGE + shown.length} of ${rows.length.toLocaleString('en-US')} (problems first)`,
  );
  if (rows.length === 0) list.addWidget(textParagraph(employees.length ? 'Change the words or the state above.' : 'No employees yet: import them with Directory sync.'));
  for (const e of shown) {
    const st = states.byEmail.get(e.primaryEmail);
    list.addWidget(
      CardService.newDecoratedText()
        .setText(escapeCardText(e.fullName || e.primaryEmail))
        .setBottomLabel(escapeCardText(`${e.primaryEmail} · ${st?.label ?? ''}`))
        .setWrapText(true)
        .setOnClickAction(actionFor('signatures.employee', { email: e.primaryEmail })),
    );
  }
  // Page buttons carry the search, so paging shows the same list whatever the form holds by then.
  const at = { q: f.q, state: f.state };
  const nav = CardService.newButtonSet();
  if (p > 0) nav.addButton(button('Previous', 'signatures.page', { ...at, page: String(p - 1) }));
  if (p < pages - 1) nav.addButton(button('Next', 'signatures.page', { ...at, page: String(p + 1) }));
  if (pages > 1) list.addWidget(nav);
  return CardService.newCardBuilder().setName('signatures').setHeader(header('Signatures', viewer.domain)).addSection(summary).addSection(find).addSection(list).build();
}

// ---- admin: one employee ----

/**
 * Which signature an employee gets and why — the template and the rule that chose it, anything Autograph refuses
 * or removes — and its preview: the Signatures card's employee view and the Employees card show the same.
 */
export function whichSignatureSections(r: ReturnType<ReturnType<typeof signatureRenderer>>): Section[] {
  const rule = CardService.newCardSection().setHeader('Which signature');
  const why = r.rule ? `${r.rule[0].toUpperCase()}${r.rule.slice(1)}` : '';
  rule.addWidget(CardService.newDecoratedText().setTopLabel('Chosen by').setText(escapeCardText(why)).setWrapText(true));
  if (r.refusal) rule.addWidget(textParagraph(`<font color="#d93025">Autograph will not write this: ${escapeCardText(r.refusal.reason)}</font><br>${escapeCardText(r.refusal.fix)}`));
  for (const w of r.warnings) rule.addWidget(textParagraph(`Removed: ${escapeCardText(w)}`));
  if (!r.html) return [rule];
  return [rule, previewWidgets(CardService.newCardSection().setHeader('Preview'), r.html, r.length)];
}

/** The signature an employee gets now, rendered as the next run would write it. */
export function renderedSignatureOf(world: SignatureWorld, e: Employee, now: number): ReturnType<ReturnType<typeof signatureRenderer>> {
  return signatureRenderer(planInputFor(world, [e], now, world.sigs.addressStatesOf([e.primaryEmail])))(e);
}

export function buildEmployeeSignatureCard(world: SignatureWorld, e: Employee, now: number): Card {
  // Only this employee's rows, found by Sheets: the card costs the same at 50 employees and at 50,000.
  const input = planInputFor(world, [e], now, world.sigs.addressStatesOf([e.primaryEmail]));
  const r = signatureRenderer(input)(e);
  const plan = planSignatureWrites(input);
  const card = CardService.newCardBuilder().setName('signature-employee').setHeader(header(escapeCardText(e.fullName || e.primaryEmail), escapeCardText(e.primaryEmail)));
  for (const section of whichSignatureSections(r)) card.addSection(section);

  const addresses = CardService.newCardSection().setHeader('In Gmail');
  const state = tenantStates(world.tenant, world.sigs, [e]).byEmail.get(e.primaryEmail)!;
  const status = CardService.newDecoratedText().setTopLabel('Status').setText(escapeCardText(state.label)).setWrapText(true);
  const note = state.fix ? `Fix: ${state.fix}` : state.kind === 'verified' ? 'Gmail holds the signature Autograph wrote (read back).' : state.reason;
  addresses.addWidget(note ? status.setBottomLabel(escapeCardText(note)) : status);
  for (const item of plan.items) {
    const s = input.states.get(item.address);
    addresses.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(escapeCardText(item.address))
        // No record yet: the address has had no outcome of its own, so it shares the employee's state.
        .setText(escapeCardText(s ? ADDRESS_LABELS[s.status] : state.label))
        .setBottomLabel(escapeCardText(`Last written ${utcWhen(s?.lastWrittenAt ?? 0)} · last read back ${utcWhen(s?.lastVerifiedAt ?? 0)}${s?.reason ? ` · ${s.reason}` : ''}${s?.fix ? ` — Fix: ${s.fix}` : ''}`))
        .setWrapText(true),
    );
  }
  addresses.addWidget(CardService.newButtonSet().addButton(button('Apply now', 'signatures.applyNow', { scope: 'employee', email: e.primaryEmail }, true)).addButton(button('Apply to department', 'signatures.applyNow', { scope: 'department', department: e.department })));
  card.addSection(addresses);
  card.addSection(auditSection(world.sigs.audit({ employeeId: e.id, limit: 10 })));
  return card.build();
}

function auditSection(entries: AuditEntry[]): Section {
  const s = CardService.newCardSection().setHeader('Audit log').setCollapsible(entries.length > 3).setNumUncollapsibleWidgets(Math.min(3, Math.max(1, entries.length)));
  if (entries.length === 0) s.addWidget(textParagraph('No changes yet.'));
  for (const a of entries) {
    s.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(escapeCardText(`${utcWhen(a.at)} · ${a.address}`))
        .setText(escapeCardText(`${a.why} — ${a.cause}`))
        .setBottomLabel(escapeCardText(`before: ${summarise(a.before)} → after: ${summarise(a.after)}`))
        .setWrapText(true),
    );
  }
  return s;
}

function summarise(html: string): string {
  const t = decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  if (!t) return '(empty)';
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

/**
 * What an Apply now for one employee did, saying only what was verified: written and read back, Gmail already
 * holding it (read just now), or the employee's state after the attempt with its fix.
 */
export function applyToast(email: string, r: SliceReport, after: SignatureState): string {
  const done = r.written + r.confirmed;
  const notDone = r.failed + r.refused + r.plan.unreadable;
  if (after.kind === 'no_mailbox') return `${email} has no Gmail mailbox: nothing was written. ${after.fix}`;
  if (done > 0) return `Written to Gmail and read back: ${done} address(es).${notDone ? ` ${notDone} not written: ${after.label}.` : ''}`;
  if (r.plan.unchanged > 0 && after.kind === 'verified') return 'Gmail already has the current signature (read back just now).';
  return `Not written: ${after.label}.${after.fix ? ` ${after.fix}` : ''}`;
}

/**
 * What Apply now to everyone (or a department) did: the run's end in the states it left, or that it goes on in
 * the background and where to watch it. Counts are the status function's, as the Signatures card shows them; they
 * are read only for a finished run: a run handed to the background has spent the card's time, and reading every
 * employee's state costs seconds per ten thousand (the 49,250-employee card was ended by the platform).
 */
export function applyEveryoneToast(report: RunReport, readStates: () => TenantStates): string {
  if (report.outcome === 'done') {
    const states = readStates();
    return `Apply now finished. ${describeCounts(states.counts)}.${biggestProblem(states)}`;
  }
  if (report.outcome === 'more') return handedOffToast(report);
  return report.message;
}

function handedOffToast(report: RunReport): string {
  return `Apply now continues in the background${handOffText(report.state?.progress, Date.now())}; press Refresh on this card to see progress.`;
}

/**
 * What is known about a run handed to the background: how far it got, and when it ends — from the pace it measured
 * over whole slices, or else only when the next part runs and at most how many signatures are left.
 */
export function handOffText(p: RunProgress | undefined, now: number): string {
  if (!p) return '';
  const progress = p.total ? ` (${p.label}: ${p.done} of ${p.total} so far)` : '';
  const when = whenText(p, now);
  return `${progress}${when ? `, ${when}` : ''}`;
}

/** "done in about 2 h 5 min at the pace this run measured; …", "next part in about 1 h; at most 985 signatures left". */
export function whenText(p: RunProgress, now: number): string {
  const l = p.signaturesLeft;
  const left = l !== undefined ? `; at most ${l.toLocaleString('en-US')} signature${l === 1 ? '' : 's'} left` : '';
  // A time already past promises nothing: the run is late (a continuation fired late, or the pace dropped).
  if (p.etaAt && p.etaAt > now) return `done in about ${durationText(p.etaAt - now)} at the pace this run measured${left}`;
  if (p.nextAt && p.nextAt > now) return `next part in about ${durationText(p.nextAt - now)}${left}`;
  return '';
}

/** "1 h 5 min", "12 min": rounded up to the minute, an estimate is never sooner than the pace allows. */
function durationText(ms: number): string {
  const min = Math.max(1, Math.ceil(ms / 60_000));
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h${min % 60 ? ` ${min % 60} min` : ''}`;
}

/** The fix for the problem most employees share (a setup step, usually), so the toast says what to do next. */
function biggestProblem(states: TenantStates): string {
  const problems = SIGNATURE_STATE_ORDER.filter((k) => k !== 'verified' && k !== 'waiting' && k !== 'paused' && k !== 'not_imported' && states.counts[k] > 0);
  const top = problems.sort((a, b) => states.counts[b] - states.counts[a])[0];
  const example = top ? [...states.byEmail.values()].find((x) => x.kind === top && x.fix) : undefined;
  return example ? ` ${example.label} — ${example.fix}` : '';
}

function applyNow(viewer: Viewer, world: SignatureWorld, p: Record<string, string>): GoogleAppsScript.Card_Service.ActionResponse {
  const scope = p.scope ?? '';
  if (scope === 'employee') {
    const e = world.tenant.employeeByEmail(p.email ?? '');
    if (!e) return notify(`No employee ${p.email}: sync the directory first, or check the address.`);
    const conn = activeConnection(world.tenant);
    const self = e.primaryEmail === viewer.email;
    if (!conn && !self) return notify('No service account is connected: open Connection (Autograph home › Connection) to connect one; until then each employee applies their own.');
    const start = Date.now();
    const budget = cardBudgetMs();
    const writer = conn
      ? new DelegatedSignatureWriter(() => ({ key: conn.key, gate: conn.gate, fix: conn.fix, deadline: start + budget }))
      : new OwnGmailSignatureWriter(viewer.email);
    const input = planInputFor(world, [e], start);
    const r = runSignatureSlice({
      ...input,
      templates: conn ? input.templates : input.templates.map((t) => ({ ...t, aliasPolicy: 'primary' as const })),
      writer,
      store: world.sigs,
      force: true,
      cause: { kind: 'apply_now', by: viewer.email, scope: `employee ${e.primaryEmail}` },
      now: () => Date.now(),
      outOfTime: () => Date.now() - start > budget,
    });
    const after = tenantStates(world.tenant, world.sigs, [e]).byEmail.get(e.primaryEmail)!;
    return notifyAndUpdate(applyToast(e.primaryEmail, r, after), buildEmployeeSignatureCard(world, e, Date.now()));
  }
  if (scope !== 'everyone' && scope !== 'department') return notify(`Unknown scope "${scope}".`);
  if (scope === 'department' && !(p.department ?? '').trim()) return notify('This employee has no department: apply to the employee or to everyone.');
  // Cheap before the run (card actions end at ~30 s and the run takes most of it): any assignment to a template?
  const templates = new Set(world.sigs.templates().map((t) => t.id));
  if (!world.sigs.assignments().some((a) => templates.has(a.templateId))) return notify(NO_TEMPLATE);
  queueApplyRequest(world.tenant.customerId, {
    scope: scope === 'everyone' ? { kind: 'everyone' } : { kind: 'department', department: p.department! },
    by: viewer.email,
    at: Date.now(),
  });
  const report = runFromCard(world.tenant.tenant, 'manual', viewer.email);
  if (report.outcome === 'more' && report.state) {
    // The run spent the card's time: answer with what the run state says, and leave every employee's state to
    // Refresh (a card action of its own). gmail/add-ons/how-tos/interactions: "Keep callback functions concise, as
    // they have execution time limits" (about 30 s, PLATFORM.md; the Platform check measures it live).
    return notifyAndUpdate(handedOffToast(report), buildRunHandedOffCard(report.state));
  }
  // The run wrote through its own store objects: read the records afresh, not this world's cached copy.
  const after = openWorld(viewer);
  if (isCard(after)) return pushCard(after);
  const states = tenantStates(after.tenant, after.sigs);
  return notifyAndUpdate(applyEveryoneToast(report, () => states), buildSignaturesCard(viewer, after, states));
}

/** The Signatures card while a run handed off by this card action goes on: its progress and Refresh, no counts. */
function buildRunHandedOffCard(run: RunState): Card {
  const t = runInProgressText(run);
  const summary = CardService.newCardSection()
    .setHeader('Signatures in Gmail')
    .addWidget(CardService.newDecoratedText().setTopLabel(t.label).setText(t.text).setWrapText(true).setButton(button('Refresh', 'signatures.refresh')))
    .addWidget(textParagraph('Refresh shows every employee\'s state as the run leaves it.'));
  return CardService.newCardBuilder().setName('signatures').setHeader(header('Signatures')).addSection(summary).build();
}

/** Runs a card action in the viewer's signature world; without one, the action shows why (problemCard). */
export function withWorld(viewer: Viewer, fn: (w: SignatureWorld) => GoogleAppsScript.Card_Service.ActionResponse | Card) {
  const w = openWorld(viewer);
  return isCard(w) ? pushCard(w) : fn(w);
}

export const signatureRoutes: Record<string, Route> = {
  'signatures.open': { adminOnly: true, handler: ({ viewer }) => withWorld(viewer, (w) => pushCard(buildSignaturesCard(viewer, w))) },
  'signatures.employee': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const e = w.tenant.employeeByEmail(param(event, 'email') ?? '');
        return e ? pushCard(buildEmployeeSignatureCard(w, e, Date.now())) : notify(`No employee ${param(event, 'email')}.`);
      }),
  },
  'signatures.applyNow': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => applyNow(viewer, w, params(event))) },
  'signatures.audit': {
    adminOnly: true,
    handler: ({ viewer }) =>
      withWorld(viewer, (w) => pushCard(CardService.newCardBuilder().setName('signature-audit').setHeader(header('Audit log', 'newest first')).addSection(auditSection(w.sigs.audit({ limit: 50 }))).build())),
  },
  'signatures.refresh': { adminOnly: true, handler: ({ viewer }) => withWorld(viewer, (w) => updateCard(buildSignaturesCard(viewer, w))) },
  'signatures.page': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => updateCard(buildSignaturesCard(viewer, w, undefined, listFilterFrom(event)))) },
};

export const signaturesSection: AdminSection = {
  route: 'signatures.open',
  label: 'Signatures',
  description: 'Who has which signature in Gmail, Apply now, the audit log',
};
