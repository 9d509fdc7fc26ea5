import * as crypto from 'node:crypto';
import type { OfflineWorkspace } from '../workspace';
import type { SimUser } from '../directory/model';
import { buildRawMessage, decodeWords, findBody, headerValue, MessagePart, OutgoingMessage, parseMessage } from './mime';

/**
 * Each user's Gmail as the emulated REST endpoints see it: send-as addresses (from the directory: the primary
 * address and every alias) with their signatures, and the messages in the mailbox. Plain JSON state under
 * `ws.state('gmail.mailboxes')`, created lazily per user.
 */

/** gmail/api/reference/rest/v1/users.settings.sendAs#SendAs (the fields Workspace addresses have). */
export interface SendAsRecord {
  sendAsEmail: string;
  displayName: string;
  replyToAddress: string;
  signature: string;
  isPrimary?: boolean;
  isDefault: boolean;
  treatAsAlias?: boolean;
  verificationStatus?: 'accepted' | 'pending';
}

export interface StoredMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  internalDate: number;
  /** RFC 822 text as a binary string. */
  raw: string;
}

export interface Mailbox {
  email: string;
  sendAs: Record<string, SendAsRecord>;
  /** Newest last. */
  messages: StoredMessage[];
  historyId: number;
}

interface MailboxState {
  boxes: Record<string, Mailbox>;
  nextMessage: number;
}

function mailState(ws: OfflineWorkspace): MailboxState {
  return ws.state<MailboxState>('gmail.mailboxes', () => ({ boxes: {}, nextMessage: 0 }));
}

function displayNameOf(u: SimUser): string {
  return u.name.fullName ?? `${u.name.givenName} ${u.name.familyName}`.trim();
}

/**
 * The user's mailbox, brought in line with the directory: a send-as entry for the primary address and one per
 * alias (aliases removed from the directory disappear; signatures of the rest are kept).
 */
export function mailboxOf(ws: OfflineWorkspace, user: SimUser): Mailbox {
  const st = mailState(ws);
  const key = user.id;
  const box = (st.boxes[key] ??= { email: user.primaryEmail, sendAs: {}, messages: [], historyId: 1000 });
  box.email = user.primaryEmail;
  const wanted = [user.primaryEmail, ...(user.aliases ?? [])].map((e) => e.toLowerCase());
  for (const k of Object.keys(box.sendAs)) if (!wanted.includes(k)) delete box.sendAs[k];
  for (const email of wanted) {
    const primary = email === user.primaryEmail.toLowerCase();
    const existing = box.sendAs[email];
    if (existing) {
      if (primary) existing.isPrimary = true;
      continue;
    }
    box.sendAs[email] = primary
      ? { sendAsEmail: email, displayName: displayNameOf(user), replyToAddress: '', signature: '', isPrimary: true, isDefault: true }
      : {
          sendAsEmail: email,
          displayName: displayNameOf(user),
          replyToAddress: '',
          signature: '',
          isDefault: false,
          treatAsAlias: true,
          verificationStatus: 'accepted',
        };
  }
  if (!Object.values(box.sendAs).some((s) => s.isDefault)) box.sendAs[user.primaryEmail.toLowerCase()].isDefault = true;
  return box;
}

export interface DeliverOptions extends Partial<OutgoingMessage> {
  from: string;
  subject?: string;
  /** A complete RFC 822 message instead of from/subject/text/html. */
  raw?: string;
  labelIds?: string[];
  /** Defaults to now on the virtual clock. */
  at?: number;
  threadId?: string;
}

/** Puts a message into `toEmail`'s inbox, as if it arrived now. Returns the Gmail message id. */
export function deliverMessage(ws: OfflineWorkspace, toEmail: string, m: DeliverOptions): string {
  const user = ws.directory.findUser(toEmail);
  if (!user) throw new Error(`cannot deliver to ${toEmail}: no such user in the offline Workspace`);
  if (!user.isMailboxSetup) throw new Error(`cannot deliver to ${toEmail}: the user has no Gmail mailbox`);
  const st = mailState(ws);
  const box = mailboxOf(ws, user);
  const at = m.at ?? ws.clock.now();
  const n = st.nextMessage++;
  // Gmail ids are 16 hex digits that grow with time.
  const id = (at * 1000 + (n % 1000)).toString(16).padStart(16, '0').slice(-16);
  const messageId = `<${crypto.createHash('sha1').update(`${ws.seed}|msg|${n}`).digest('hex').slice(0, 24)}@${m.from.replace(/^.*@/, '').replace(/>.*$/, '') || 'mail.example'}>`;
  const raw =
    m.raw ??
    buildRawMessage(
      { from: m.from, to: m.to ?? toEmail, subject: m.subject ?? '', text: m.text, html: m.html, cc: m.cc, headers: m.headers },
      new Date(at),
      messageId,
      id,
    );
  box.messages.push({ id, threadId: m.threadId ?? id, labelIds: m.labelIds ?? ['INBOX', 'UNREAD', 'CATEGORY_PERSONAL'], internalDate: at, raw: Buffer.from(raw, 'utf8').toString('binary') });
  box.historyId++;
  return id;
}

export function findMessage(ws: OfflineWorkspace, user: SimUser, id: string): StoredMessage | undefined {
  return mailboxOf(ws, user).messages.find((x) => x.id === id);
}

export function payloadOf(m: StoredMessage): MessagePart {
  return parseMessage(m.raw);
}

export function snippetOf(payload: MessagePart): string {
  const text = findBody(payload, 'text/plain') ?? (findBody(payload, 'text/html') ?? '').replace(/<[^>]*>/g, ' ');
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** A header's value with encoded words decoded, or ''. */
export function header(payload: MessagePart, name: string): string {
  const v = headerValue(payload.headers, name);
  return v === undefined ? '' : decodeWords(v);
}

// ---- search (support.google.com/mail/answer/7190: the operators the add-on uses) ----

const DAY = 86_400_000;

function parseDate(v: string): number | null {
  if (/^\d+$/.test(v)) return Number(v) * 1000; // epoch seconds
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(v);
  // Gmail reads dates in the user's time zone [here: UTC].
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

function relative(v: string): number | null {
  const m = /^(\d+)([dmy])$/i.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  return n * ({ d: DAY, m: 30 * DAY, y: 365 * DAY } as Record<string, number>)[m[2].toLowerCase()];
}

type Predicate = (m: StoredMessage, p: MessagePart) => boolean;

/** Compiles a Gmail search string; unknown operators are an error, as words are matched as text. */
export function compileQuery(q: string, now: number): Predicate | { error: string } {
  const tokens = q.match(/-?[a-z_]+:"[^"]*"|-?[a-z_]+:\S+|"[^"]*"|\S+/gi) ?? [];
  const preds: Predicate[] = [];
  for (const tok of tokens) {
    const negate = tok.startsWith('-');
    const t = negate ? tok.slice(1) : tok;
    const m = /^([a-z_]+):(.*)$/i.exec(t);
    let p: Predicate;
    if (!m) {
      const word = t.replace(/^"|"$/g, '').toLowerCase();
      p = (x, pl) => (header(pl, 'Subject') + ' ' + snippetOf(pl) + ' ' + header(pl, 'From')).toLowerCase().includes(word);
    } else {
      const op = m[1].toLowerCase();
      const arg = m[2].replace(/^"|"$/g, '');
      const low = arg.toLowerCase();
      switch (op) {
        case 'from':
        case 'to':
        case 'cc':
        case 'subject':
          p = (x, pl) => header(pl, op === 'from' ? 'From' : op === 'to' ? 'To' : op === 'cc' ? 'Cc' : 'Subject').toLowerCase().includes(low);
          break;
        case 'after':
        case 'before': {
          const d = parseDate(arg);
          if (d === null) return { error: `Invalid ${op}: date ${arg}` };
          p = op === 'after' ? (x) => x.internalDate >= d : (x) => x.internalDate < d;
          break;
        }
        case 'newer_than':
        case 'older_than': {
          const r = relative(arg);
          if (r === null) return { error: `Invalid ${op}: ${arg}` };
          p = op === 'newer_than' ? (x) => x.internalDate >= now - r : (x) => x.internalDate < now - r;
          break;
        }
        case 'in':
        case 'label':
        case 'is': {
          const label = low === 'anywhere' ? '' : low === 'starred' ? 'STARRED' : low.toUpperCase();
          p = label === '' ? () => true : (x) => x.labelIds.map((l) => l.toUpperCase()).includes(label);
          break;
        }
        case 'has':
          p = low === 'attachment' ? (x, pl) => JSON.stringify(pl).includes('"filename":"') && /"filename":"[^"]/.test(JSON.stringify(pl)) : () => false;
          break;
        case 'list':
          p = (x, pl) => header(pl, 'List-Id').toLowerCase().includes(low);
          break;
        default:
          p = (x, pl) => (header(pl, 'Subject') + ' ' + snippetOf(pl)).toLowerCase().includes(t.toLowerCase());
      }
    }
    preds.push(negate ? (x, pl) => !p(x, pl) : p);
  }
  return (x, pl) => preds.every((f) => f(x, pl));
}
