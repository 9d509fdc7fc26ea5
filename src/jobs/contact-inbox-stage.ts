/**
 * The Contact Inbox stage of the nightly run: for each enabled user, read the mail received since the last run
 * through the delegated Gmail client (batched messages.list, then messages.get format=full), extract the senders'
 * signatures, seal the suggestions to their user (adapters/suggestion-store.ts), and record each user's linkage
 * status — OK / Authentication error / Unauthorized / Linkage error, classified by the delegation core.
 *
 * Resumable at every point: users are taken in slices; each slice first appends the sealed suggestions, then
 * writes the users' cursors and suggested-sender tags (core/contact-inbox/reading-cursor.ts). A cut-off between
 * the two re-reads that slice's messages on the next execution; the user's SuggestionBook keeps one suggestion per
 * sender, so nothing is shown twice. A cut-off before the append loses nothing: the cursors did not move.
 * Messages not read because of 429/5xx after retries, or the deadline, stay above the cursor's floor.
 */
import type { GmailMessage } from '../core/contact-extraction';
import { extractFromMessage } from '../core/contact-extraction';
import { suggestionFrom, type ContactSuggestion } from '../core/contact-inbox/suggestion';
import { DEFAULT_BUDGET, planMessageBudget } from '../core/contact-inbox/budget';
import { EnrolledUser, ENROLLMENT_COLUMNS, enrollmentToRow, rememberSenders, withVerdict } from '../core/contact-inbox/enrollment';
import { advance, listQuery, listWindow, LIST_PAGE_SIZE, MAX_LIST_PAGES, narrow, ReadOutcome, toRead } from '../core/contact-inbox/reading-cursor';
import { okVerdict, type LinkageVerdict } from '../core/delegation/linkage';
import { SCOPE_READONLY } from '../core/delegation/scopes';
import { domainOf, type TenantRecord } from '../core/tenant';
import { runDelegated, type GmailCall, type GmailResult, type MessageList } from '../adapters/gmail-client';
import { activeConnection, type ActiveConnection } from '../adapters/service-account/connection';
import {
  appendDrops,
  DropBatch,
  EnrollmentTable,
  type EnrollmentSnapshot,
  openDrop,
  pruneDrops,
  readContactInboxSettings,
  secureDropAccess,
  senderTag,
  writeContactInboxSettings,
} from '../adapters/suggestion-store';
import type { TenantStore } from '../adapters/store/tenant-store';
import type { Budget, NightlyStage, StageContext, StageResult } from './stage';

/** Users read together: their lists and gets share batches and waves. */
export const USERS_PER_SLICE = 20;
/** Passes over the users per run: a mailbox with more new mail than this many shares waits for the next night. */
const MAX_PASSES = 20;
/** Kept back from the budget for sealing, appending and writing cursors after the last Gmail wave. */
const SAVE_RESERVE_MS = 20_000;

/** Small on purpose (a script property holds ≤ 9 KB): the pass-1 order is recomputed from the enrolment sheet. */
export interface ContactInboxCheckpoint {
  at: number;
  pass: number;
  /** Index into this pass's order. */
  cursor: number;
  /** Pass ≥ 2: the users read again (those with mail left over), at most MAX_BEHIND. */
  passOrder: string[];
  /** Users with mail left after this pass. */
  behind: string[];
  users: number;
  processed: number;
  suggested: number;
  skipped: number;
  failedUsers: number;
}

/** Users carried into another pass of the same run (the rest wait for the next night): keeps the checkpoint small. */
const MAX_BEHIND = 150;

export interface SliceReport {
  users: EnrolledUser[];
  batches: DropBatch[];
  processed: number;
  suggested: number;
  skipped: number;
  /** Users the deadline stopped before they were read: read again later. */
  unfinished: string[];
  /** Users read, with mail left over (their per-slice share or window was full): read again in another pass. */
  behind: string[];
  calls: number;
}

/** What "Start now" and the stage share: read `users` until `deadline`, store, and return updated records. */
export function readUsers(store: TenantStore, tenant: TenantRecord, conn: ActiveConnection, users: EnrolledUser[], deadline: number, runId: string): SliceReport {
  const nowMs = Date.now();
  const nowSec = Math.floor(nowMs / 1000);
  const report: SliceReport = { users: [], batches: [], processed: 0, suggested: 0, skipped: 0, unfinished: [], behind: [], calls: 0 };
  const scopes = [SCOPE_READONLY];
  const client = { key: conn.key, gate: conn.gate, fix: conn.fix, scopes, deadline };
  const verdicts = new Map<string, LinkageVerdict>();
  const fail = (email: string, v: LinkageVerdict) => {
    if (!verdicts.has(email) || verdicts.get(email)!.status === 'ok') verdicts.set(email, v);
  };

  // 1. List each user's window, page by page; a window too full for MAX_LIST_PAGES is halved and listed again.
  const state = new Map(users.map((u) => [u.email, { user: u, ids: [] as string[], pages: 0, token: '' as string | undefined, done: false, tries: 0 }]));
  let listing = users.map((u) => u.email);
  while (listing.length > 0 && Date.now() < deadline) {
    const calls: GmailCall[] = listing.map((email) => {
      const s = state.get(email)!;
      return { method: 'messages.list', user: email, q: listQuery(listWindow(s.user.cursor, nowSec)), maxResults: LIST_PAGE_SIZE, pageToken: s.token || undefined };
    });
    const r = runDelegated(calls, client);
    report.calls += r.stats.calls;
    report.unfinished.push(...r.unfinished);
    const next: string[] = [];
    for (const o of r.outcomes) {
      const s = state.get(o.user)!;
      const res = o.results[0];
      if (o.linkage.status !== 'ok' || !res || !res.ok) {
        fail(o.user, o.linkage.status !== 'ok' ? o.linkage : okVerdict());
        s.done = true;
        continue;
      }
      verdicts.set(o.user, verdicts.get(o.user) ?? o.linkage);
      const page = res.data as MessageList;
      s.ids.push(...(page.messages ?? []).map((m) => m.id));
      s.pages++;
      s.token = page.nextPageToken;
      if (!s.token) s.done = true;
      else if (s.pages >= MAX_LIST_PAGES) {
        // Too much mail in the window to read oldest first: halve it and list again.
        s.user = { ...s.user, cursor: narrow(s.user.cursor, nowSec) };
        s.ids = [];
        s.pages = 0;
        s.token = undefined;
        if (++s.tries > 8) s.done = true;
        else next.push(o.user);
      } else next.push(o.user);
    }
    listing = next;
  }

  // 2. Plan how many messages each user reads now (quota and time), oldest first.
  const listed = [...state.values()].filter((s) => s.done && !report.unfinished.includes(s.user.email) && verdicts.get(s.user.email)?.status === 'ok');
  const plan = planMessageBudget({ ...DEFAULT_BUDGET, users: Math.max(1, listed.length), remainingMs: Math.max(0, deadline - Date.now()) });
  const reads = new Map(listed.map((s) => {
    const all = toRead(s.user.cursor, s.ids);
    return [s.user.email, { all, now: all.slice(0, Math.max(1, plan.messagesPerUser)) }];
  }));

  // 3. Read them in batched waves; extract; keep only fields and message ids.
  const getCalls: GmailCall[] = [];
  for (const [email, r] of reads) for (const id of r.now) getCalls.push({ method: 'messages.get', user: email, id, format: 'full' });
  const got = getCalls.length ? runDelegated(getCalls, client) : null;
  if (got) {
    report.calls += got.stats.calls;
    report.unfinished.push(...got.unfinished.filter((u) => !report.unfinished.includes(u)));
  }
  const resultsByUser = new Map<string, GmailResult[]>((got?.outcomes ?? []).map((o) => [o.user, o.results]));
  // A get that failed after retries (5xx storm) marks the linkage, but the messages read before it still count.
  const getVerdicts = new Map((got?.outcomes ?? []).filter((o) => o.linkage.status !== 'ok').map((o) => [o.user, o.linkage]));

  for (const u of users) {
    const s = state.get(u.email)!;
    let next: EnrolledUser = { ...s.user };
    if (report.unfinished.includes(u.email)) {
      report.users.push(next);
      continue;
    }
    const verdict = verdicts.get(u.email) ?? okVerdict();
    next = withVerdict(next, getVerdicts.get(u.email) ?? verdict, nowMs);
    const r = reads.get(u.email);
    if (!r || verdict.status !== 'ok') {
      report.users.push(next);
      continue;
    }
    const results = new Map((resultsByUser.get(u.email) ?? []).map((x) => [(x.call as { id: string }).id, x]));
    const outcomes: ReadOutcome[] = [];
    const suggestions: ContactSuggestion[] = [];
    const tags: string[] = [];
    const ownDomains = [...new Set([tenant.primaryDomain.toLowerCase(), domainOf(u.email)])];
    for (const id of r.now) {
      const x = results.get(id);
      if (!x || (!x.ok && x.status !== 404)) {
        outcomes.push({ id, sec: null, state: 'failed' });
        continue;
      }
      if (!x.ok) {
        outcomes.push({ id, sec: null, state: 'done' }); // deleted since it was listed
        continue;
      }
      const msg = x.data as GmailMessage;
      const receivedAt = Number(msg.internalDate) || nowMs;
      outcomes.push({ id, sec: Math.floor(receivedAt / 1000), state: 'done' });
      report.processed++;
      const e = extractFromMessage(msg, { ownDomains });
      if (e.status === 'skipped' || e.extraction.sender.email === u.email) {
        report.skipped++;
        continue;
      }
      const suggestion = suggestionFrom(e.extraction, id, receivedAt);
      if (!suggestion) continue;
      const tag = senderTag(tenant.customerId, u.email, suggestion.senderEmail);
      if (next.suggestedSenders.includes(tag)) continue;
      // One suggestion per sender: their newest message in the slice wins, whatever order Gmail's answers came in.
      const seen = tags.indexOf(tag);
      if (seen >= 0) {
        if (suggestion.receivedAt > suggestions[seen].receivedAt) suggestions[seen] = suggestion;
        continue;
      }
      tags.push(tag);
      suggestions.push(suggestion);
    }
    const complete = r.now.length === r.all.length;
    const windowEnd = listWindow(next.cursor, nowSec).beforeSec;
    if (!complete || windowEnd !== null || outcomes.some((o) => o.state === 'failed')) report.behind.push(u.email);
    next = {
      ...rememberSenders(next, tags),
      cursor: advance(next.cursor, outcomes, listWindow(next.cursor, nowSec), complete, nowSec),
      lastRunAt: nowMs,
      processed: next.processed + outcomes.filter((o) => o.state === 'done').length,
      suggested: next.suggested + suggestions.length,
    };
    if (suggestions.length) report.batches.push({ email: u.email, batchId: `${runId}.${u.email.length}${nowMs.toString(36)}`, suggestions });
    report.suggested += suggestions.length;
    report.users.push(next);
  }
  return report;
}

/** Seals and appends a slice's suggestions, then writes the users' records (in that order: see the file comment). */
export function saveSlice(
  store: TenantStore,
  tenant: TenantRecord,
  report: SliceReport,
  drop: GoogleAppsScript.Spreadsheet.Spreadsheet,
  snapshot?: EnrollmentSnapshot,
): EnrollmentSnapshot {
  appendDrops(drop, tenant.customerId, report.batches, Date.now());
  const table = new EnrollmentTable(store);
  const snap = snapshot ?? table.read();
  // An admin may have disabled or re-enabled someone since the snapshot: keep the sheet's switch (two columns read).
  const enabledNow = table.enabledFlags();
  const byEmail = new Map(report.users.map((u) => [u.email, { ...u, enabled: enabledNow.get(u.email) ?? u.enabled }]));
  const next = snap.users.map((u) => byEmail.get(u.email) ?? u);
  table.write(snap, next);
  // What the sheet holds now, so the next slice of this execution writes only its own rows without re-reading.
  return { data: { header: [...ENROLLMENT_COLUMNS], rows: next.map(enrollmentToRow) }, users: next };
}

/** "Start now" from the admin card: reads the given users within `budgetMs`. */
export function startNow(store: TenantStore, emails: string[], budgetMs: number, runId: string): { read: string[]; later: string[]; suggested: number; processed: number; message: string } {
  const settings = readContactInboxSettings(store);
  const drop = openDrop(settings);
  if (!settings?.enabled || !drop) return { read: [], later: emails, suggested: 0, processed: 0, message: 'Contact Inbox is not enabled for your domain: enable it first.' };
  const conn = activeConnection(store);
  if (!conn) return { read: [], later: emails, suggested: 0, processed: 0, message: 'No service account is connected: open Autograph › Connection first.' };
  const want = new Set(emails.map((e) => e.toLowerCase()));
  const users = new EnrollmentTable(store).read().users.filter((u) => u.enabled && want.has(u.email));
  const report = readUsers(store, store.tenant, conn, users, Date.now() + budgetMs, runId);
  saveSlice(store, store.tenant, report, drop);
  const later = [...new Set([...report.unfinished, ...emails.filter((e) => !users.some((u) => u.email === e.toLowerCase()))])];
  if (later.length) writeContactInboxSettings(store, { ...settings, startRequested: [...new Set([...settings.startRequested, ...later])] });
  return { read: users.map((u) => u.email).filter((e) => !later.includes(e)), later, suggested: report.suggested, processed: report.processed, message: '' };
}

/** Pass 1: users "Start now" asked for first, then every enabled user by email. */
function firstPassOrder(snap: EnrollmentSnapshot, requested: string[]): string[] {
  const enabled = snap.users.filter((u) => u.enabled).map((u) => u.email).sort();
  const first = requested.filter((e) => enabled.includes(e));
  return [...first, ...enabled.filter((e) => !first.includes(e))];
}

export const contactInboxStage: NightlyStage = {
  name: 'contact-inbox',
  run(ctx: StageContext, budget: Budget): StageResult {
    const settings = readContactInboxSettings(ctx.store);
    if (!settings?.enabled) return 'done';
    const drop = openDrop(settings);
    if (!drop) {
      ctx.reportErrors([{ email: '', field: 'Contact Inbox', message: 'The Contact Inbox spreadsheet cannot be opened by the admin who runs the nightly job.', fix: 'Open Autograph › Contact Inbox and press Enable Contact Inbox again: Autograph makes a new one.' }]);
      return 'done';
    }
    const conn = activeConnection(ctx.store);
    if (!conn) {
      ctx.record({ changes: 'contact inbox: not read (no service account is connected)' });
      return 'done';
    }
    const table = new EnrollmentTable(ctx.store);
    let snap = table.read();
    let cp = ctx.checkpoint<ContactInboxCheckpoint>();
    if (!cp) {
      // Before any batch is written: only admins edit the drop (editors from before are demoted, which takes one
      // Drive call each, so a large tenant may need more executions), and users enabled in bulk on a card get
      // view access (one call per 100 users).
      const admins = [ctx.runAs, ...ctx.store.spreadsheet.getEditors().map((u) => u.getEmail())];
      // Only users the tenant's Directory confirms now get access (store rows are editable by any admin in Sheets).
      const enabledEmails = snap.users.filter((u) => u.enabled).map((u) => u.email);
      const confirmed = conn.gate.check(enabledEmails);
      const access = secureDropAccess(drop, enabledEmails.filter((e) => confirmed.get(e.toLowerCase()) === 'member'), admins, Date.now() + budget.remainingMs() - SAVE_RESERVE_MS);
      if (access.demoted) ctx.log(`contact inbox: ${access.demoted} users who were not admins can no longer edit the drop${access.left ? `, ${access.left} left for the next execution` : ''}`);
      if (access.shared) ctx.log(`contact inbox: drop shared with ${access.shared} more users (view only)`);
      if (access.left) return 'more';
      cp = { at: ctx.now(), pass: 1, cursor: 0, passOrder: [], behind: [], users: 0, processed: 0, suggested: 0, skipped: 0, failedUsers: 0 };
      ctx.saveCheckpoint(cp);
    }
    let order = cp.pass === 1 ? firstPassOrder(snap, settings.startRequested) : cp.passOrder;
    if (cp.pass === 1) cp.users = order.length;
    while (cp.cursor < order.length && budget.remainingMs() > SAVE_RESERVE_MS) {
      const emails = new Set(order.slice(cp.cursor, cp.cursor + USERS_PER_SLICE));
      const users = snap.users.filter((u) => u.enabled && emails.has(u.email));
      const report = readUsers(ctx.store, ctx.tenant, conn, users, Date.now() + budget.remainingMs() - SAVE_RESERVE_MS, ctx.runId);
      snap = saveSlice(ctx.store, ctx.tenant, report, drop, snap);
      cp.processed += report.processed;
      cp.suggested += report.suggested;
      cp.skipped += report.skipped;
      const bad = report.users.filter((u) => u.status !== 'ok' && u.status !== '' && !report.unfinished.includes(u.email));
      cp.failedUsers += bad.length;
      ctx.reportErrors(bad.map((u) => ({ email: u.email, field: 'Contact Inbox', message: u.reason, fix: u.fix })));
      const behind = report.behind.filter((e) => !bad.some((u) => u.email === e));
      cp.behind = [...new Set([...cp.behind, ...behind])].slice(0, MAX_BEHIND);
      if (report.unfinished.length > 0) {
        // The deadline came first: the slice is read again next execution (from the cursors already saved).
        ctx.saveCheckpoint(cp);
        break;
      }
      cp.cursor += emails.size;
      if (cp.cursor >= order.length && cp.behind.length > 0 && cp.pass < MAX_PASSES) {
        // Everyone had their share; users with more mail get another pass while the run lasts.
        cp.passOrder = cp.behind;
        order = cp.passOrder;
        cp.behind = [];
        cp.cursor = 0;
        cp.pass++;
      }
      ctx.progress('Contact Inbox: reading mail', cp.cursor, order.length);
      ctx.saveCheckpoint(cp);
    }
    if (cp.cursor < order.length) {
      ctx.log(`contact inbox: pass ${cp.pass}, ${cp.cursor} of ${order.length} users read; continuing in the next execution`);
      return 'more';
    }
    pruneDrops(drop, ctx.now());
    const latest = readContactInboxSettings(ctx.store);
    if (latest && latest.startRequested.length) writeContactInboxSettings(ctx.store, { ...latest, startRequested: [] });
    ctx.record({
      changes: `contact inbox: ${cp.users} users, ${cp.processed} messages read, ${cp.suggested} suggestions, ${cp.skipped} skipped (own domain, automated)${cp.failedUsers ? `, ${cp.failedUsers} users not linked (see errors)` : ''}`,
      failed: cp.failedUsers,
    });
    ctx.saveCheckpoint(null);
    return 'done';
  },
};
