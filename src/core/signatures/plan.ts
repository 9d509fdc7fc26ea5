/**
 * The write plan: for each synced employee and each address the template covers, the rendered HTML and what to
 * do with it. A write happens only where something differs:
 *   - the rendering differs from what Autograph last sent (template, campaign or employee data changed), or
 *   - Gmail holds something else than what it stored after our last write (the employee edited it) AND the
 *     template enforces; without enforce the edit is left alone and the card says so.
 * Gmail sanitises what we send, so "what Gmail stored" is kept verbatim and compared verbatim; what we sent is
 * remembered by hash. Paused employees are not written; a rendering over 10,000 characters is refused for that
 * employee only, with the reason.
 *
 * Two steps, because Gmail is only read where it must be: `planSignatureReads` names the mailboxes whose send-as
 * list is needed (aliases not known yet, a write left unconfirmed by a cut-off, Apply now, due verification), and
 * `planSignatureWrites` decides with whatever was read.
 */
import type { Employee } from '../directory/employee';
import { templateResolver } from './assignment';
import { bannerFor, liveCampaigns } from './campaigns';
import { htmlHash, signatureFingerprint } from './html-policy';
import { renderSignature } from './render';
import { versionFor } from './staged';
import { needsOriginal } from './originals';
import type { AddressState, Campaign, DepartmentBanner, LinkageStatus, SignatureTemplate, Assignment } from './types';
import { withApprovedValues, type EditOverlay } from './edit-requests';

/** One send-as entry as Gmail reports it (users.settings.sendAs.list / patch response). */
export interface SendAsEntry {
  sendAsEmail: string;
  isPrimary: boolean;
  signature: string;
}

/** What this run learned by reading a mailbox: its send-as entries, or why it could not be read. */
export type Observation = { ok: true; entries: SendAsEntry[] } | { ok: false; status: LinkageStatus; reason: string; fix: string };

export interface PlanInput {
  employees: Employee[];
  templates: SignatureTemplate[];
  assignments: Assignment[];
  campaigns: Campaign[];
  departmentBanners: DepartmentBanner[];
  /** What Autograph knows per address (by lower-case address). */
  states: Map<string, AddressState>;
  /** The run's start: campaign windows and `{{year}}` are evaluated at this instant, once per run. */
  at: number;
  timeZone: string;
  /** Apply now: read before writing and write over an employee's own edit, even without enforce. */
  force?: boolean;
  /** Re-read a mailbox whose last verification is older than this (ms), for enforcing templates. 0: never. */
  verifyAfterMs?: number;
  /** A renderer to share between the two planning steps (defaults to `signatureRenderer(input)`). */
  renderer?: (e: Employee) => Rendered;
  /** Employees' approved edit requests and the fields each template unlocks (edit-requests.ts); none when absent. */
  edits?: EditOverlay;
}

export type PlanAction = 'write' | 'unchanged' | 'edited' | 'refused' | 'paused' | 'no_template' | 'unreadable' | 'confirmed';

export interface PlanItem {
  action: PlanAction;
  employeeId: string;
  user: string;
  address: string;
  html: string;
  hash: string;
  length: number;
  templateId: string;
  campaignId: string;
  /** Gmail's stored HTML before this run as far as known ('' unknown), for the audit log. */
  before: string;
  /** Gmail was read for this address in this run (`before` is what it holds now, not what it held last time). */
  readNow: boolean;
  /** Why this action: `first write`, `signature changed`, `enforced over an edit in Gmail`, the refusal reason. */
  why: string;
  fix: string;
  /** Which assignment applied, in words, for the employee card. */
  rule: string;
  /** For `unreadable`: what reading the mailbox showed (no mailbox, not authorised, …), kept as the address's status. */
  observed?: LinkageStatus;
  warnings: string[];
}

export interface SignaturePlan {
  at: number;
  items: PlanItem[];
  counts: Record<PlanAction, number>;
}

const DAY_MS = 86_400_000;

/** Employees Autograph writes for: sync on and nothing flagged. */
export function isWritable(e: Employee): boolean {
  return e.syncOn && e.reason === '';
}

export function isPaused(e: Employee): boolean {
  return !e.syncOn || e.reason === 'paused_user' || e.reason === 'paused_department' || e.reason === 'paused_all';
}

export interface Rendered {
  templateId: string;
  template: SignatureTemplate | null;
  rule: string;
  campaignId: string;
  html: string;
  hash: string;
  length: number;
  refusal: { reason: string; fix: string } | null;
  warnings: string[];
}

/** Renders what each employee should carry; shared by both planning steps and the preview. */
export function signatureRenderer(input: Pick<PlanInput, 'templates' | 'assignments' | 'campaigns' | 'departmentBanners' | 'at' | 'timeZone' | 'edits'>) {
  const resolve = templateResolver(input.assignments);
  const live = liveCampaigns(input.campaigns, input.at);
  const templates = new Map(input.templates.map((t) => [t.id, t]));
  return (e: Employee): Rendered => {
    const r = resolve(e);
    const assigned = r ? templates.get(r.value) ?? null : null;
    // A staged version goes to its test audience only; everyone else keeps the published one (staged.ts).
    const chosen = assigned ? versionFor(assigned, e) : null;
    const template = chosen ? chosen.template : null;
    if (!r || !template) {
      return { templateId: '', template: null, rule: r ? `template ${r.value} no longer exists` : 'no template assigned', campaignId: '', html: '', hash: '', length: 0, refusal: null, warnings: [] };
    }
    const b = bannerFor(e, live, input.departmentBanners);
    // Approved values are laid over the directory's here, whatever the template's enforce: the plan sees the change.
    const seen = input.edits ? withApprovedValues(e, input.edits.approved.get(e.primaryEmail.toLowerCase()), input.edits.unlocked[template.id] ?? []) : e;
    const out = renderSignature(template.html, seen, { banner: b.banner, at: input.at, timeZone: input.timeZone });
    return {
      templateId: template.id,
      template,
      // The rule reaches employees' own "My signature": it names the test, not who else is in it.
      rule: `${template.name}${chosen?.staged && template.staged ? ` (version ${template.staged.number}, on test)` : ''}: ${r.explanation}; banner: ${b.explanation}`,
      campaignId: b.campaignId,
      html: out.html,
      hash: htmlHash(out.html),
      length: out.length,
      // The refusal names the template: the admin fixes it there, and other templates' employees are unaffected.
      refusal: out.refusal ? { reason: `template "${template.name}" (${template.id}): ${out.refusal.reason}`, fix: out.refusal.fix } : null,
      warnings: out.removed,
    };
  };
}

/** Mailboxes whose send-as list this run must read before it can decide. */
export function planSignatureReads(input: PlanInput): string[] {
  const render = input.renderer ?? signatureRenderer(input);
  const byUser = statesByUser(input.states);
  const verifyAfter = input.verifyAfterMs ?? 0;
  const users: string[] = [];
  const due: Array<{ user: string; since: number }> = [];
  for (const e of input.employees) {
    if (!isWritable(e)) continue;
    const known = byUser.get(e.primaryEmail) ?? [];
    if (known.some((s) => s.pendingHash !== '')) {
      users.push(e.primaryEmail);
      continue;
    }
    const r = render(e);
    if (!r.template || r.refusal) continue;
    if (input.force || needsOriginal(input.states.get(e.primaryEmail.toLowerCase()))) {
      // Before a first write the mailbox is read: its signature is kept as the original (originals.ts).
      users.push(e.primaryEmail);
    } else if (r.template.aliasPolicy === 'all' && e.aliases.some((a) => !input.states.has(a))) {
      users.push(e.primaryEmail);
    } else if (r.template.enforce && verifyAfter > 0 && known.some((s) => s.lastVerifiedAt < input.at - verifyAfter)) {
      due.push({ user: e.primaryEmail, since: Math.min(...known.map((s) => s.lastVerifiedAt), input.at) });
    }
  }
  // Verification is spread over the period: about 1/days of the employees a night, the longest unverified first,
  // so a first push does not make every mailbox due on the same night a week later.
  const perRun = Math.ceil((input.employees.length * DAY_MS) / Math.max(DAY_MS, verifyAfter));
  due.sort((a, b) => a.since - b.since || (a.user < b.user ? -1 : 1));
  for (const d of due.slice(0, perRun)) users.push(d.user);
  return users;
}

export function planSignatureWrites(input: PlanInput, observed: Map<string, Observation> = new Map()): SignaturePlan {
  const render = input.renderer ?? signatureRenderer(input);
  const byUser = statesByUser(input.states);
  const items: PlanItem[] = [];
  for (const e of input.employees) {
    if (!isWritable(e) && !isPaused(e)) continue;
    const r = render(e);
    const seen = observed.get(e.primaryEmail);
    const base = {
      employeeId: e.id,
      user: e.primaryEmail,
      html: r.html,
      hash: r.hash,
      length: r.length,
      templateId: r.templateId,
      campaignId: r.campaignId,
      rule: r.rule,
      warnings: r.warnings,
      fix: '',
    };
    const addresses = addressesFor(e, r.template?.aliasPolicy ?? 'primary', seen, byUser.get(e.primaryEmail) ?? []);
    for (const address of addresses) {
      const state = input.states.get(address);
      const gmailNow = seen?.ok ? seen.entries.find((x) => x.sendAsEmail.toLowerCase() === address)?.signature : undefined;
      const item = (action: PlanAction, why: string, fix = ''): PlanItem => ({
        ...base,
        address,
        action,
        why,
        fix,
        before: gmailNow ?? state?.storedHtml ?? '',
        readNow: gmailNow !== undefined,
      });
      if (isPaused(e)) {
        items.push(item('paused', 'sync is paused for this employee', 'resume sync for the employee to write their signature'));
      } else if (!r.template) {
        items.push(item('no_template', r.rule, 'assign a template to the company, their department, a segment or the employee'));
      } else if (r.refusal) {
        items.push(item('refused', r.refusal.reason, r.refusal.fix));
      } else if (seen && !seen.ok) {
        items.push({ ...item('unreadable', seen.reason, seen.fix), observed: seen.status });
      } else if (state?.pendingHash && gmailNow === undefined) {
        items.push({ ...item('unreadable', 'an interrupted write is not confirmed yet: Gmail could not be read', 'nothing to do: the next run reads Gmail first'), observed: 'pending' });
      } else if (state?.pendingHash && state.pendingHash === r.hash && gmailNow !== undefined && signatureFingerprint(gmailNow) === signatureFingerprint(r.html)) {
        // A write that landed before the execution was cut off: record it, do not send it again.
        items.push(item('confirmed', 'write from an interrupted run confirmed in Gmail'));
      } else if (needsOriginal(state) && gmailNow === undefined) {
        // Never a first write without the signature it replaces: that is what leaving Autograph puts back.
        items.push({ ...item('unreadable', 'Gmail could not be read yet: Autograph keeps the signature this address had before its first write', 'nothing to do: the next run reads Gmail first'), observed: 'pending' });
      } else if (input.force) {
        if (gmailNow !== undefined && state?.sentHash === r.hash && gmailNow === state.storedHtml) items.push(item('unchanged', 'Gmail already has it'));
        else items.push(item('write', state?.sentHash ? 'applied now' : 'first write'));
      } else if (!state || state.sentHash === '') {
        items.push(item('write', 'first write'));
      } else if (state.sentHash !== r.hash) {
        items.push(item('write', 'signature changed'));
      } else if (gmailNow !== undefined && state.storedHtml !== '' && gmailNow !== state.storedHtml) {
        if (r.template.enforce) items.push(item('write', 'enforced over an edit in Gmail'));
        else items.push(item('edited', 'the employee changed this signature in Gmail; the template does not enforce', 'turn on "enforce" for the template, or use Apply now for this employee'));
      } else if (state.pendingHash !== '' && gmailNow !== undefined) {
        items.push(item('write', 'an interrupted write did not reach Gmail'));
      } else {
        items.push(item('unchanged', 'Gmail has the current signature'));
      }
    }
  }
  const counts = { write: 0, unchanged: 0, edited: 0, refused: 0, paused: 0, no_template: 0, unreadable: 0, confirmed: 0 } as Record<PlanAction, number>;
  for (const i of items) counts[i.action]++;
  return { at: input.at, items, counts };
}

/**
 * The addresses to cover: the primary always; with the `all` policy, every send-as entry Gmail reported this
 * run, else the aliases known from earlier runs. Aliases that are not send-as addresses are skipped.
 */
function addressesFor(e: Employee, policy: 'primary' | 'all', seen: Observation | undefined, known: AddressState[]): string[] {
  const primary = e.primaryEmail.toLowerCase();
  if (policy === 'primary') return [primary];
  if (seen?.ok) {
    const list = seen.entries.map((x) => x.sendAsEmail.toLowerCase());
    return [primary, ...list.filter((a) => a !== primary)];
  }
  return [primary, ...known.filter((s) => s.address !== primary && s.status !== 'not_send_as').map((s) => s.address)];
}

/** Address states grouped by the user they belong to. */
export function statesByUser(states: Map<string, AddressState>): Map<string, AddressState[]> {
  const out = new Map<string, AddressState[]>();
  for (const s of states.values()) {
    const list = out.get(s.user);
    if (list) list.push(s);
    else out.set(s.user, [s]);
  }
  return out;
}
