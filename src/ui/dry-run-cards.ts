/**
 * The dry run before an Apply: "N signatures would be written", what else the plan decided, and three employees'
 * signatures before and after. It runs the signatures stage's own planning over the same slices, split the same
 * way into forced and regular employees, and reads Gmail as Apply does (the delegated client's send-as list) —
 * the only thing it leaves out is the write. A dry run and the Apply that follows agree as long as nothing changes
 * in between (a directory sync, an employee editing their signature, a campaign starting).
 */
import { DelegatedSignatureWriter } from '../adapters/gmail-signature-writer';
import { activeConnection } from '../adapters/service-account/connection';
import { departmentKey } from '../core/directory/departments';
import { dryRunSignatures, type DryRun } from '../core/signatures/dry-run';
import type { PlanInput } from '../core/signatures/plan';
import { cardBudgetMs } from '../jobs/runner';
import { inScope, SIGNATURE_SLICE, type ApplyRequest } from '../jobs/signature-stage';
import { notify, pushCard, type Route } from './actions';
import { button, escapeCardText, header, textParagraph, utcWhen } from './card-kit';
import { param } from './event';
import { cardHtml, planInputFor, withWorld, type SignatureWorld } from './signature-cards';

type Card = GoogleAppsScript.Card_Service.Card;

/** What the dry run is for: Apply now to everyone or a department, or the next nightly run (nothing forced). */
export type DryRunScope = { kind: 'everyone' } | { kind: 'department'; department: string } | { kind: 'nightly' };

/** The plan parts the signatures stage would run for this scope: slices by email, each split forced / regular. */
export function dryRunParts(w: SignatureWorld, scope: DryRunScope, at: number): PlanInput[] {
  const employees = w.tenant.employees().sort((a, b) => (a.primaryEmail < b.primaryEmail ? -1 : 1));
  const request: ApplyRequest | null = scope.kind === 'nightly' ? null : { scope, by: '', at };
  const base = planInputFor(w, [], at);
  const parts: PlanInput[] = [];
  for (let i = 0; i < employees.length; i += SIGNATURE_SLICE) {
    const slice = employees.slice(i, i + SIGNATURE_SLICE);
    const regular = slice.filter((e) => !inScope(e, request));
    const forced = slice.filter((e) => inScope(e, request));
    if (regular.length) parts.push({ ...base, employees: regular });
    if (forced.length) parts.push({ ...base, employees: forced, force: true });
  }
  return parts;
}

function describeScope(s: DryRunScope): string {
  return s.kind === 'everyone' ? 'Apply now to everyone' : s.kind === 'department' ? `Apply now to department ${s.department}` : 'the next nightly run';
}

export function buildDryRunCard(s: DryRunScope, d: DryRun): Card {
  const summary = CardService.newCardSection().setHeader(`${d.wouldWrite.toLocaleString('en-US')} signature(s) would be written`);
  const lines = [
    `${d.wouldChange.toLocaleString('en-US')} of them were read from Gmail just now and differ from what it holds.`,
    d.notReadNow ? `${d.notReadNow.toLocaleString('en-US')} were not read (the plan did not need to): Autograph’s last stored copy differs from what they would get.` : '',
    d.wouldWrite - d.wouldChange - d.notReadNow > 0 ? `${(d.wouldWrite - d.wouldChange - d.notReadNow).toLocaleString('en-US')} already hold the same text in Gmail but are written again, as Apply now does.` : '',
    `Left as they are: ${d.counts.unchanged} unchanged, ${d.counts.edited} edited by the employee, ${d.counts.paused} paused, ${d.counts.no_template} without a template, ${d.counts.refused} refused, ${d.counts.unreadable} unreadable.`,
    d.unread
      ? `${d.unread} mailbox(es) could not be read in this card's time (Gmail asked to slow down, or the card's ~30 s ran out); ${d.unreadWrites} of the writes are theirs. The Apply reads them first and leaves out any whose Gmail already holds the signature, so it may write up to ${d.unreadWrites} fewer.`
      : '',
    `Planned ${utcWhen(d.at)}, for ${describeScope(s)}. Nothing was written.`,
  ].filter(Boolean);
  summary.addWidget(textParagraph(escapeCardText(lines.join('\n')).replace(/\n/g, '<br>')));
  const card = CardService.newCardBuilder().setName('dry-run').setHeader(header('Dry run', escapeCardText(describeScope(s)))).addSection(summary);
  if (d.samples.length) {
    const samples = CardService.newCardSection().setHeader(`Before and after, ${d.samples.length} employee(s)`);
    for (const x of d.samples) {
      samples.addWidget(CardService.newDecoratedText().setTopLabel(escapeCardText(x.address)).setText(escapeCardText(x.why)).setWrapText(true));
      samples.addWidget(textParagraph(`<b>Before</b> (${x.beforeReadNow ? 'in Gmail now' : 'as Autograph last stored it'}):<br>${cardHtml(x.before) || '<i>(empty)</i>'}`));
      samples.addWidget(textParagraph(`<b>After</b>:<br>${cardHtml(x.after) || '<i>(empty)</i>'}`));
    }
    card.addSection(samples);
  }
  if (s.kind !== 'nightly' && d.wouldWrite > 0) {
    const params: Record<string, string> = s.kind === 'everyone' ? { scope: 'everyone' } : { scope: 'department', department: s.department };
    card.addSection(CardService.newCardSection().addWidget(CardService.newButtonSet().addButton(button(s.kind === 'everyone' ? 'Apply now to everyone' : 'Apply to department', 'signatures.applyNow', params, true))));
  }
  return card.build();
}

/** `start`: when the click's execution began — the card's time budget counts the store's loading too. */
function dryRun(w: SignatureWorld, p: { scope?: string; department?: string }, start: number) {
  let scope: DryRunScope;
  if (p.scope === 'everyone' || p.scope === 'nightly') scope = { kind: p.scope };
  else if (p.scope === 'department') {
    const dept = w.tenant.departments().find((d) => departmentKey(d.name) === departmentKey(p.department ?? ''));
    if (!dept) return notify(`"${p.department ?? ''}" is not one of your departments: open the employee again, or dry-run everyone.`);
    scope = { kind: 'department', department: dept.name };
  } else return notify(`Unknown scope "${p.scope ?? ''}": dry-run everyone, a department, or the next nightly run.`);
  const templates = new Set(w.sigs.templates().map((t) => t.id));
  if (!w.sigs.assignments().some((a) => templates.has(a.templateId))) return notify('No template is assigned to anyone yet: an Apply would write nothing. Assign one on the Templates card.');
  const conn = activeConnection(w.tenant);
  if (!conn) return notify('No service account is connected, so an Apply writes nothing to Gmail (employees apply their own): open Connection to connect one.');
  const budget = cardBudgetMs();
  const reader = new DelegatedSignatureWriter(() => ({ key: conn.key, gate: conn.gate, fix: conn.fix, deadline: start + budget }));
  const d = dryRunSignatures(dryRunParts(w, scope, start), reader, () => Date.now() - start > budget);
  return pushCard(buildDryRunCard(scope, d));
}

export const dryRunRoutes: Record<string, Route> = {
  'signatures.dryRun': {
    adminOnly: true,
    handler: ({ viewer, event }) => {
      const start = Date.now();
      return withWorld(viewer, (w) => dryRun(w, { scope: param(event, 'scope'), department: param(event, 'department') }, start));
    },
  },
};
