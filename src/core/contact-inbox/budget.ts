/**
 * How many messages the nightly run reads per user in one execution. Gmail charges 5 units for
 * messages.list and 5 for messages.get, and allows 15,000 units per user per minute and 1,200,000 per project
 * per minute (gmail/api/reference/quota); the execution has its own time budget (6 minutes for a trigger). The
 * plan shares the smaller of these fairly between the users still behind, so one busy mailbox cannot starve
 * the others, and whatever is left over is read in the next execution from each user's cursor.
 */
import { GMAIL_QUOTA_UNITS, PER_PROJECT_UNITS_PER_MINUTE, PER_USER_UNITS_PER_MINUTE } from '../delegation/quota';

export interface BudgetInput {
  /** Users with mail left to read. */
  users: number;
  /** Work time left in this execution. */
  remainingMs: number;
  /** Measured (or assumed) wall time per messages.get including extraction, in a batched wave. */
  msPerMessage: number;
  /** Share of the project's per-minute quota this run may use (other executions and features spend the rest). */
  projectShare: number;
  /** Hard cap per user per execution (keeps one execution's result small enough to save). */
  maxPerUser: number;
  /** messages.list page size (ids per page, ≤ 500). */
  pageSize: number;
}

export interface BudgetPlan {
  messagesPerUser: number;
  listPagesPerUser: number;
  /** Quota units the plan spends per user, for the run record. */
  unitsPerUser: number;
}

export const DEFAULT_BUDGET: Omit<BudgetInput, 'users' | 'remainingMs'> = {
  msPerMessage: 25,
  projectShare: 0.25,
  maxPerUser: 300,
  pageSize: 100,
};

export function planMessageBudget(input: BudgetInput): BudgetPlan {
  const users = Math.max(1, input.users);
  const get = GMAIL_QUOTA_UNITS['messages.get'];
  const list = GMAIL_QUOTA_UNITS['messages.list'];
  const minutes = Math.max(input.remainingMs, 0) / 60_000;
  // Units one message costs, counting its share of a list page.
  const perMessage = get + list / input.pageSize;
  const byTime = Math.floor(input.remainingMs / Math.max(1, input.msPerMessage) / users);
  const byUserQuota = Math.floor((PER_USER_UNITS_PER_MINUTE * Math.max(minutes, 1)) / perMessage);
  const byProjectQuota = Math.floor((PER_PROJECT_UNITS_PER_MINUTE * input.projectShare * Math.max(minutes, 1)) / perMessage / users);
  const messagesPerUser = Math.max(0, Math.min(input.maxPerUser, byTime, byUserQuota, byProjectQuota));
  const listPagesPerUser = messagesPerUser > 0 ? Math.ceil(messagesPerUser / input.pageSize) : 0;
  return { messagesPerUser, listPagesPerUser, unitsPerUser: messagesPerUser * get + listPagesPerUser * list };
}

/** The Gmail search for mail received since the last run, excluding the user's own domain (users.messages.list q). */
export function sinceQuery(afterMs: number, ownDomain: string): string {
  // Gmail search: after:<epoch seconds> is exact to the second (developers.google.com/gmail/api/guides/filtering).
  const after = Math.floor(afterMs / 1000);
  return `in:inbox after:${after} -from:${ownDomain} -category:promotions -category:social`;
}
