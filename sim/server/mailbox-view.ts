/**
 * What the served page needs from the users' mailboxes to draw a Gmail-like inbox. The server works without one
 * (no inbox column); `sim/server/gmail-mailbox.ts` adapts the offline Gmail mailboxes to it.
 */
export interface MailItem {
  id: string;
  threadId: string;
  from: string;
  subject: string;
  snippet: string;
  /** Received, ms since epoch (virtual time). */
  date: number;
  unread: boolean;
}

export interface MailMessage extends MailItem {
  to: string;
  /** The newest plain-text body, or the HTML body with tags removed. */
  text: string;
  /** The HTML body when the message has one (shown in a sandboxed frame). */
  html?: string;
}

export interface MailboxView {
  /** Newest first. */
  list(userEmail: string, limit: number): MailItem[];
  open(userEmail: string, id: string): MailMessage | undefined;
}
