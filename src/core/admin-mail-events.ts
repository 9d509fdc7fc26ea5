/**
 * The emails Autograph sends its admins, as plain text: what happened, who, when, for whom, and what to do. Each
 * has a key that names the event (not the run that saw it), so an event seen by several runs is one email.
 */
export type AdminMailKind = 'contactInbox' | 'runHealth' | 'connectionLost' | 'editRequests';

export interface AdminEvent {
  kind: AdminMailKind;
  key: string;
  subject: string;
  body: string;
}

const when = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function list(emails: string[], max = 50): string {
  const shown = emails.slice(0, max).map((e) => `  - ${e}`).join('\n');
  return emails.length > max ? `${shown}\n  … and ${emails.length - max} more` : shown;
}

export function contactInboxEnabledEvent(domain: string, by: string, at: number, users: string[]): AdminEvent {
  return {
    kind: 'contactInbox',
    key: `${by}:${at}`,
    subject: users.length ? `Autograph: Contact Inbox enabled for ${users.length} user(s) of ${domain}` : `Autograph: Contact Inbox enabled for ${domain}`,
    body: users.length
      ? `${by} enabled Contact Inbox on ${when(at)} for:\n${list(users)}\n\nAutograph reads these users' incoming mail every night and suggests contacts from the signatures in it.`
      : `${by} enabled Contact Inbox for ${domain} on ${when(at)}. No user's mail is read until an admin chooses the users.`,
  };
}

export function runFailedEvent(domain: string, runId: string, at: number, message: string): AdminEvent {
  return {
    kind: 'runHealth',
    key: `failed:${runId}`,
    subject: `Autograph: the nightly run for ${domain} failed`,
    body: `The nightly run ${runId} gave up on ${when(at)}:\n${message}\n\nOpen Autograph › Directory sync for the errors; Sync now retries.`,
  };
}

export function runStaleEvent(domain: string, lastCompletedAt: number, message: string, fix: string): AdminEvent {
  return {
    kind: 'runHealth',
    key: `stale:${lastCompletedAt}`,
    subject: `Autograph: no nightly run for ${domain} in 36 hours`,
    body: `${message}\n\nWhat to do: ${fix} (Autograph › home).`,
  };
}

/** Many users lost the connection at once: at least this many, and this share of the addresses Autograph writes. */
export const CONNECTION_LOST_MIN = 5;
export const CONNECTION_LOST_SHARE = 0.2;

export function connectionLost(unauthorized: number, total: number): boolean {
  return unauthorized >= CONNECTION_LOST_MIN && unauthorized >= total * CONNECTION_LOST_SHARE;
}

export function connectionLostEvent(domain: string, at: number, users: string[], total: number): AdminEvent {
  return {
    kind: 'connectionLost',
    key: 'ongoing',
    subject: `Autograph: the connection to Gmail is lost for ${users.length} of ${total} addresses at ${domain}`,
    body: `On ${when(at)} Gmail refused Autograph's service account for ${users.length} of ${total} addresses:\n${list(users, 20)}\n\n` +
      'What to do: check Admin console › Security › API controls › Domain-wide delegation (client id and scopes), then Autograph › Connection.',
  };
}

/** Employees' edit requests wait for an Approver: one email per newest proposal, so new ones are told once. */
export function editRequestsWaitingEvent(domain: string, waiting: Array<{ email: string; proposedAt: number }>): AdminEvent {
  const newest = Math.max(...waiting.map((w) => w.proposedAt));
  return {
    kind: 'editRequests',
    key: `newest:${newest}`,
    subject: `Autograph: ${waiting.length} employee edit request(s) waiting at ${domain}`,
    body: `${waiting.length} edit request(s) wait for an Approver, the newest proposed on ${when(newest)}, from:\n${list([...new Set(waiting.map((w) => w.email))])}\n\n` +
      'What to do: an Approver or Owner opens Autograph › Edit requests and approves or rejects each (a rejection needs a reason, which the employee sees).',
  };
}
