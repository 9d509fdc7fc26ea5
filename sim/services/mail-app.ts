/**
 * MailApp (apps-script/reference/mail/mail-app): `sendEmail` in its documented forms and
 * `getRemainingDailyQuota`. Needs the manifest scope `https://www.googleapis.com/auth/script.send_mail` ("Scripts
 * that use this method require authorization with … script.send_mail"); counts recipients per running user against
 * "Email recipients per day": 1,500 for Google Workspace accounts, reset 24 hours after the first request
 * (apps-script/guides/services/quotas: "Quotas are per user and reset 24 hours after the first request"). Past it,
 * "Service invoked too many times for one day: email." as users report it (Google's page gives no wording). A
 * message to a user of the offline Workspace lands in their offline mailbox (sim/google/mailbox.ts). Everything
 * is kept per sending user (`ws.state('mailApp').users[<email>]`): their quota day, what they sent, and the
 * recipients outside the offline Workspace.
 */
import type { ServiceContext, ServiceModule } from './types';
import type { OfflineWorkspace } from '../workspace';
import { deliverMessage } from '../google/mailbox';

export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
export const MAIL_RECIPIENTS_PER_DAY = 1_500;
const DAY_MS = 86_400_000;
const MAIL_LATENCY_MS = 300;

interface SentMail {
  from: string;
  to: string[];
  subject: string;
  at: number;
}

interface SenderState {
  /** When their quota day began, and recipients counted since. */
  since: number;
  used: number;
  sent: SentMail[];
  /** Recipients who are not users of the offline Workspace (counted, not delivered). */
  outside: SentMail[];
}

interface MailAppState {
  users: Record<string, SenderState>;
}

export function mailAppState(ws: OfflineWorkspace): MailAppState {
  return ws.state<MailAppState>('mailApp', () => ({ users: {} }));
}

/** Every email sent through MailApp, oldest first. */
export function sentMail(ws: OfflineWorkspace): SentMail[] {
  return Object.values(mailAppState(ws).users).flatMap((u) => u.sent).sort((a, b) => a.at - b.at);
}

interface Message {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

function recipients(m: Message): string[] {
  return [m.to, m.cc, m.bcc].flatMap((x) => String(x ?? '').split(',')).map((x) => x.trim()).filter(Boolean);
}

function mailApp({ ws, exec }: ServiceContext) {
  const me = exec.user.primaryEmail.toLowerCase();
  const allowed = () => {
    const scopes = exec.project.manifest.oauthScopes;
    if (scopes && !scopes.includes(SEND_MAIL_SCOPE)) {
      throw exec.realmError(`You do not have permission to call MailApp.sendEmail. Required permissions: ${SEND_MAIL_SCOPE}`);
    }
  };
  const day = () => {
    const q = (mailAppState(ws).users[me] ??= { since: exec.now(), used: 0, sent: [], outside: [] });
    if (exec.now() - q.since >= DAY_MS) Object.assign(q, { since: exec.now(), used: 0 });
    return q;
  };
  const send = (m: Message) => {
    exec.serviceCall('mailApp.sendEmail', MAIL_LATENCY_MS);
    allowed();
    const to = recipients(m);
    if (to.length === 0) throw exec.realmError('Failed to send email: no recipient');
    if (!m.subject && m.subject !== '') throw exec.realmError('Invalid argument: subject');
    const q = day();
    if (q.used + to.length > MAIL_RECIPIENTS_PER_DAY) throw exec.realmError('Service invoked too many times for one day: email.');
    q.used += to.length;
    const record = { from: me, to, subject: String(m.subject ?? ''), at: exec.now() };
    q.sent.push(record);
    for (const r of to) {
      const user = ws.directory.findUser(r);
      if (user && user.isMailboxSetup !== false) {
        deliverMessage(ws, r, { from: `${m.name ?? me} <${me}>`, subject: record.subject, text: m.body ?? '', html: m.htmlBody, to: m.to });
      } else {
        q.outside.push({ ...record, to: [r] });
      }
    }
  };
  return {
    getRemainingDailyQuota(): number {
      exec.serviceCall('mailApp.getRemainingDailyQuota', 0);
      allowed();
      return MAIL_RECIPIENTS_PER_DAY - day().used;
    },
    sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
      if (a && typeof a === 'object') return send(a as Message);
      // sendEmail(recipient, subject, body[, options]) and sendEmail(to, replyTo, subject, body).
      if (typeof d === 'string') return send({ to: String(a), replyTo: String(b), subject: String(c), body: d });
      return send({ ...((d as Message | undefined) ?? {}), to: String(a), subject: String(b), body: String(c ?? '') });
    },
  };
}

export const mailAppModule: ServiceModule = {
  name: 'MailApp',
  globals: (ctx) => ({ MailApp: mailApp(ctx) }),
};
