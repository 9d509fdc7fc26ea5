/**
 * Emails to the tenant's admins through Apps Script's mail service. MailApp needs the scope
 * `https://www.googleapis.com/auth/script.send_mail` (apps-script/reference/mail/mail-app: "Scripts that use this
 * method require authorization with … script.send_mail") and counts recipients against "Email recipients per day
 * (for example, with MailApp)": 1,500 / day for Google Workspace accounts, per user, the trigger owner's for a
 * trigger run (apps-script/guides/services/quotas). `MailApp.getRemainingDailyQuota()` "Returns the number of
 * recipients you can send emails to for the rest of the day", so a send is skipped, and said, when it would not fit.
 *
 * Each admin turns each kind off for themselves (setting `adminMail` in the tenant's store). Each event is sent once:
 * its key is recorded BEFORE sending, so a repeated run or a cut-off execution does not send it again (a send cut
 * off mid-way is lost rather than doubled; the next event of the kind is sent as usual).
 */
import { readSetting, writeSetting } from './store/tenant-settings';
import { AdminDirectoryPort } from './directory';
import type { AdminEvent, AdminMailKind } from '../core/admin-mail-events';
import { errorText } from '../core/error-text';

export type { AdminEvent, AdminMailKind };

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ADMIN_MAIL_KINDS: Array<{ kind: AdminMailKind; label: string }> = [
  { kind: 'contactInbox', label: 'Contact Inbox turned on (who, when, for whom)' },
  { kind: 'runHealth', label: 'The nightly run failed, or has not run for 36 hours' },
  { kind: 'connectionLost', label: 'The connection to Gmail lost for many users at once' },
  { kind: 'editRequests', label: 'Employees’ edit requests waiting for an Approver' },
];

export interface AdminMailPrefs {
  off: AdminMailKind[];
}

interface AdminMailSetting {
  /** Per admin (lower-case email): the kinds they turned off. */
  prefs: Record<string, AdminMailPrefs>;
  /** Event keys already sent, with when (the newest KEEP_SENT). */
  sent: Record<string, number>;
}

const KEEP_SENT = 200;

function setting(ss: Spreadsheet): AdminMailSetting {
  const s = readSetting<Partial<AdminMailSetting>>(ss, 'adminMail');
  return { prefs: s?.prefs ?? {}, sent: s?.sent ?? {} };
}

export function readAdminMailPrefs(ss: Spreadsheet, admin: string): AdminMailPrefs {
  return setting(ss).prefs[admin.toLowerCase()] ?? { off: [] };
}

export function writeAdminMailPrefs(ss: Spreadsheet, admin: string, prefs: AdminMailPrefs): void {
  const s = setting(ss);
  s.prefs[admin.toLowerCase()] = { off: [...new Set(prefs.off)] };
  writeSetting(ss, 'adminMail', s);
}

export interface MailReport {
  /** Admins the email went to. */
  sentTo: string[];
  /** Already sent for this event: nothing sent. */
  duplicate: boolean;
  /** Why some or all were not sent (quota, turned off), for the log. */
  skipped: string[];
}

/** Sends one event to every admin who has not turned its kind off, once per event key. */
export function emailAdmins(ss: Spreadsheet, admins: string[], event: AdminEvent, now: number): MailReport {
  const s = setting(ss);
  const key = `${event.kind}:${event.key}`;
  if (s.sent[key]) return { sentTo: [], duplicate: true, skipped: [] };
  const skipped: string[] = [];
  const to = [...new Set(admins.map((a) => a.toLowerCase()))].filter((a) => {
    const off = (s.prefs[a]?.off ?? []).includes(event.kind);
    if (off) skipped.push(`${a} turned these emails off`);
    return !off;
  });
  s.sent[key] = now;
  const keys = Object.keys(s.sent).sort((a, b) => s.sent[a] - s.sent[b]);
  for (const k of keys.slice(0, Math.max(0, keys.length - KEEP_SENT))) delete s.sent[k];
  writeSetting(ss, 'adminMail', s);
  if (to.length === 0) return { sentTo: [], duplicate: false, skipped };
  const left = MailApp.getRemainingDailyQuota();
  if (left < to.length) {
    skipped.push(`not sent: ${to.length} recipients, ${left} left of the running user's "Email recipients per day" quota`);
    console.warn(`Autograph email "${event.subject}" ${skipped[skipped.length - 1]}`);
    return { sentTo: [], duplicate: false, skipped };
  }
  MailApp.sendEmail({ to: to.join(','), subject: event.subject, body: `${event.body}\n\nTurn these emails off for yourself: Autograph › Disconnect & emails.`, name: 'Autograph' });
  return { sentTo: to, duplicate: false, skipped };
}

/** Forgets an event once it is over (the connection is back), so the next one is emailed again. */
export function forgetAdminEvent(ss: Spreadsheet, kind: AdminMailKind, key: string): void {
  const s = setting(ss);
  if (!s.sent[`${kind}:${key}`]) return;
  delete s.sent[`${kind}:${key}`];
  writeSetting(ss, 'adminMail', s);
}

/**
 * Emails the tenant's current admins (asked of the Directory now). An email is a notice, never the action: a
 * Directory or mail failure is logged and the caller goes on.
 */
export function notifyAdmins(ss: Spreadsheet, event: AdminEvent, now: number, directory: Pick<AdminDirectoryPort, 'listAdminEmails'> = new AdminDirectoryPort(), only: (admins: string[]) => string[] = (a) => a): MailReport | null {
  try {
    return emailAdmins(ss, only(directory.listAdminEmails()), event, now);
  } catch (err) {
    console.warn(`Autograph could not email the admins "${event.subject}": ${errorText(err)}`);
    return null;
  }
}
