import type { OfflineWorkspace } from '../workspace';
import { header, mailboxOf, payloadOf, snippetOf } from '../google/mailbox';
import { findBody } from '../google/mime';
import type { MailboxView, MailItem, MailMessage } from './mailbox-view';

/** The offline Gmail mailboxes (sim/google/mailbox) as the served page's inbox. Reading never marks mail read. */
export function gmailMailboxView(ws: OfflineWorkspace): MailboxView {
  const item = (m: ReturnType<typeof mailboxOf>['messages'][number]): MailItem => {
    const p = payloadOf(m);
    return {
      id: m.id,
      threadId: m.threadId,
      from: header(p, 'From'),
      subject: header(p, 'Subject'),
      snippet: snippetOf(p),
      date: m.internalDate,
      unread: m.labelIds.includes('UNREAD'),
    };
  };
  return {
    list(userEmail: string, limit: number): MailItem[] {
      const u = ws.directory.findUser(userEmail);
      if (!u || !u.isMailboxSetup) return [];
      const box = mailboxOf(ws, u);
      return box.messages.filter((m) => m.labelIds.includes('INBOX')).slice(-limit).reverse().map(item);
    },
    open(userEmail: string, id: string): MailMessage | undefined {
      const u = ws.directory.findUser(userEmail);
      const m = u ? mailboxOf(ws, u).messages.find((x) => x.id === id) : undefined;
      if (!m) return undefined;
      const p = payloadOf(m);
      const html = findBody(p, 'text/html');
      const text = findBody(p, 'text/plain') ?? (html ?? '').replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ');
      return { ...item(m), to: header(p, 'To'), text, html };
    },
  };
}
