import * as crypto from 'node:crypto';
import type { Execution } from '../execution';
import type { OfflineWorkspace } from '../workspace';
import type { ServiceModule } from './types';
import { findMessage, header, mailboxOf, payloadOf, StoredMessage } from '../google/mailbox';
import { findBody, MessagePart } from '../google/mime';

/**
 * GmailApp, the part a Gmail add-on uses (apps-script/reference/gmail/gmail-app): the contextual trigger's event
 * carries `gmail.messageId` and `gmail.accessToken`; with only the `gmail.addons.current.message.*` scopes the
 * script must call `setCurrentMessageAccessToken(token)` before `getMessageById(id)`, and only that message opens
 * (workspace/add-ons/gmail/extending-message-ui). Scripts holding a full Gmail scope read any of their own messages.
 * The host emulation makes the token with `issueMessageAccessToken`.
 */

const FULL_SCOPES = ['https://mail.google.com/', 'https://www.googleapis.com/auth/gmail.readonly', 'https://www.googleapis.com/auth/gmail.modify'];
const MESSAGE_TOKEN_TTL_MS = 3600_000;
const GMAIL_APP_LATENCY_MS = 40;

interface MessageTokenState {
  tokens: Record<string, { email: string; messageId: string; expiresAt: number }>;
  issued: number;
}

function messageTokens(ws: OfflineWorkspace): MessageTokenState {
  return ws.state<MessageTokenState>('gmail.messageTokens', () => ({ tokens: {}, issued: 0 }));
}

/** What the Gmail host puts in `e.gmail.accessToken` when `userEmail` opens `messageId`. */
export function issueMessageAccessToken(ws: OfflineWorkspace, userEmail: string, messageId: string): string {
  const st = messageTokens(ws);
  const now = ws.clock.now();
  for (const [k, v] of Object.entries(st.tokens)) if (v.expiresAt < now) delete st.tokens[k];
  const token = 'AKWx' + crypto.createHash('sha256').update(`${ws.seed}|msgtoken|${st.issued++}`).digest('base64url');
  st.tokens[token] = { email: userEmail.toLowerCase(), messageId, expiresAt: now + MESSAGE_TOKEN_TTL_MS };
  return token;
}

function realmDate(exec: Execution, ms: number): Date {
  // The realm's own Date (the virtual one), so `instanceof Date` holds in script code.
  const RealmFunction = exec.realm!.Error.constructor as FunctionConstructor;
  const D = RealmFunction('return Date')() as DateConstructor;
  return new D(ms);
}

type MessageMethods = 'getId' | 'getFrom' | 'getTo' | 'getCc' | 'getReplyTo' | 'getSubject' | 'getDate' | 'getPlainBody' | 'getBody' | 'getRawContent' | 'getHeader' | 'isUnread' | 'isInInbox';

export class SimGmailMessage implements Pick<GoogleAppsScript.Gmail.GmailMessage, MessageMethods> {
  private payloadCache: MessagePart | null = null;
  constructor(
    private readonly app: SimGmailApp,
    private readonly exec: Execution,
    private readonly m: StoredMessage,
  ) {}
  private payload(): MessagePart {
    return (this.payloadCache ??= payloadOf(this.m));
  }
  private touch(): void {
    this.exec.serviceCall('gmailApp.message', 0);
  }
  getId(): string {
    return this.m.id;
  }
  getFrom(): string {
    this.touch();
    return header(this.payload(), 'From');
  }
  getTo(): string {
    this.touch();
    return header(this.payload(), 'To');
  }
  getCc(): string {
    this.touch();
    return header(this.payload(), 'Cc');
  }
  getReplyTo(): string {
    this.touch();
    return header(this.payload(), 'Reply-To');
  }
  getSubject(): string {
    this.touch();
    return header(this.payload(), 'Subject');
  }
  getDate(): Date {
    this.touch();
    return realmDate(this.exec, this.m.internalDate);
  }
  getPlainBody(): string {
    this.touch();
    const text = findBody(this.payload(), 'text/plain');
    if (text !== undefined) return text;
    return (findBody(this.payload(), 'text/html') ?? '').replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '');
  }
  getBody(): string {
    this.touch();
    return findBody(this.payload(), 'text/html') ?? findBody(this.payload(), 'text/plain') ?? '';
  }
  getRawContent(): string {
    this.touch();
    return Buffer.from(this.m.raw, 'binary').toString('utf8');
  }
  getHeader(name: string): string {
    this.touch();
    return header(this.payload(), String(name));
  }
  isUnread(): boolean {
    return this.m.labelIds.includes('UNREAD');
  }
  isInInbox(): boolean {
    return this.m.labelIds.includes('INBOX');
  }
  getThread(): SimGmailThread {
    return new SimGmailThread(this.app, this.exec, this.m.threadId);
  }
}

export class SimGmailThread implements Pick<GoogleAppsScript.Gmail.GmailThread, 'getId' | 'getMessageCount' | 'getFirstMessageSubject'> {
  constructor(
    private readonly app: SimGmailApp,
    private readonly exec: Execution,
    private readonly threadId: string,
  ) {}
  getId(): string {
    return this.threadId;
  }
  getMessages(): SimGmailMessage[] {
    const out = this.exec.toRealm([] as SimGmailMessage[]);
    for (const m of this.app.threadMessages(this.threadId)) out.push(m);
    return out;
  }
  getMessageCount(): number {
    return this.app.threadMessages(this.threadId).length;
  }
  getFirstMessageSubject(): string {
    return this.app.threadMessages(this.threadId)[0]?.getSubject() ?? '';
  }
}

export class SimGmailApp implements Pick<GoogleAppsScript.Gmail.GmailApp, 'setCurrentMessageAccessToken' | 'getAliases'> {
  private currentToken: string | null = null;
  constructor(
    private readonly ws: OfflineWorkspace,
    private readonly exec: Execution,
  ) {}

  private hasFullScope(): boolean {
    const scopes = this.exec.project.manifest.oauthScopes;
    return !scopes || scopes.some((s) => FULL_SCOPES.includes(s));
  }

  setCurrentMessageAccessToken(accessToken: string): void {
    this.exec.serviceCall('gmailApp.setCurrentMessageAccessToken', 0);
    if (typeof accessToken !== 'string' || accessToken === '') throw this.exec.realmError('Invalid argument: accessToken');
    this.currentToken = accessToken;
  }

  /** May the script open this message? Full scopes open any own message; add-on scopes only the current one. */
  private mayOpen(id: string): void {
    if (this.hasFullScope()) return;
    if (!this.currentToken) throw this.exec.realmError('Access denied: : Missing access token for per message scope authorization.');
    const t = messageTokens(this.ws).tokens[this.currentToken];
    if (!t || t.expiresAt <= this.exec.now() || t.email !== this.exec.user.primaryEmail.toLowerCase()) {
      // [unverified wording] an expired or foreign token.
      throw this.exec.realmError('Access denied: : Invalid or expired message access token.');
    }
    if (t.messageId !== id) {
      throw this.exec.realmError('Access denied: : The message access token does not grant access to this message.');
    }
  }

  getMessageById(id: string): SimGmailMessage {
    this.exec.serviceCall('gmailApp.getMessageById', GMAIL_APP_LATENCY_MS);
    this.mayOpen(String(id));
    const m = findMessage(this.ws, this.exec.user, String(id));
    if (!m) throw this.exec.realmError('Invalid argument: id');
    return new SimGmailMessage(this, this.exec, m);
  }

  /** The thread's messages this script may open. */
  threadMessages(threadId: string): SimGmailMessage[] {
    const all = mailboxOf(this.ws, this.exec.user).messages.filter((m) => m.threadId === threadId);
    const visible = this.hasFullScope() ? all : all.filter((m) => messageTokens(this.ws).tokens[this.currentToken ?? '']?.messageId === m.id);
    return visible.map((m) => new SimGmailMessage(this, this.exec, m));
  }

  getAliases(): string[] {
    this.exec.serviceCall('gmailApp.getAliases', GMAIL_APP_LATENCY_MS);
    return this.exec.toRealm([...(this.exec.user.aliases ?? [])]);
  }
}

export const gmailAppModule: ServiceModule = {
  name: 'GmailApp',
  globals: ({ ws, exec }) => ({ GmailApp: new SimGmailApp(ws, exec) }),
};
