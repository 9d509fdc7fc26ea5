/**
 * The Gmail REST calls Autograph makes with delegated tokens, as data: what each call is, the HTTP request it
 * becomes (gmail/api/reference/rest), the scopes it needs and the typed answer it gets. Pure, so the client and its
 * tests share one definition.
 */
import type { BatchPart } from './batch';
import type { GmailMethod } from './quota';
import { SCOPE_READONLY, SIGNATURE_SCOPES } from './scopes';

/** gmail/api/reference/rest/v1/users.settings.sendAs#SendAs (the fields Autograph reads). */
export interface SendAs {
  sendAsEmail: string;
  displayName?: string;
  replyToAddress?: string;
  signature?: string;
  isPrimary?: boolean;
  isDefault?: boolean;
  treatAsAlias?: boolean;
  verificationStatus?: string;
}

/** gmail/api/reference/rest/v1/users.messages/list response. */
export interface MessageList {
  messages?: Array<{ id: string; threadId: string }>;
  nextPageToken?: string;
  resultSizeEstimate?: number;
}

/** gmail/api/reference/rest/v1/users.messages#Message (formats metadata and full). */
export interface GmailMessage {
  id: string;
  threadId: string;
  labelIds?: string[];
  snippet?: string;
  internalDate?: string;
  payload?: {
    mimeType?: string;
    headers?: Array<{ name: string; value: string }>;
    body?: { size?: number; data?: string; attachmentId?: string };
    parts?: GmailMessage['payload'][];
  };
}

export type GmailCall =
  | { method: 'sendAs.list'; user: string }
  | { method: 'sendAs.get'; user: string; sendAsEmail: string }
  | { method: 'sendAs.patch' | 'sendAs.update'; user: string; sendAsEmail: string; body: Partial<SendAs> }
  | { method: 'messages.list'; user: string; q?: string; maxResults?: number; pageToken?: string; labelIds?: string[] }
  | { method: 'messages.get'; user: string; id: string; format?: 'minimal' | 'metadata' | 'full' | 'raw'; metadataHeaders?: string[] };

/** What each method answers. */
export interface GmailAnswer {
  'sendAs.list': { sendAs?: SendAs[] };
  'sendAs.get': SendAs;
  'sendAs.patch': SendAs;
  'sendAs.update': SendAs;
  'messages.list': MessageList;
  'messages.get': GmailMessage;
}

export type GmailResult =
  | { ok: true; call: GmailCall; status: number; data: unknown; attempts: number }
  | { ok: false; call: GmailCall; status: number; reason: string; message: string; attempts: number };

/** Typed access to a result's data. */
export function dataOf<M extends GmailMethod>(r: GmailResult & { call: { method: M } }): GmailAnswer[M] | null {
  return r.ok ? (r.data as GmailAnswer[M]) : null;
}

/** The scopes a set of calls needs: settings scopes for sendAs, readonly for messages. */
export function scopesFor(calls: readonly GmailCall[]): string[] {
  const s = new Set<string>();
  for (const c of calls) {
    if (c.method.startsWith('sendAs.')) for (const x of SIGNATURE_SCOPES) s.add(x);
    else s.add(SCOPE_READONLY);
  }
  return [...s];
}

function userPath(user: string): string {
  return `/gmail/v1/users/${encodeURIComponent(user)}`;
}

function query(params: Record<string, string | number | string[] | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(x))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Method, path and body of a call (gmail/api/reference/rest). */
export function requestOf(call: GmailCall): { method: BatchPart['method']; path: string; body?: string } {
  const base = userPath(call.user);
  switch (call.method) {
    case 'sendAs.list':
      return { method: 'GET', path: `${base}/settings/sendAs` };
    case 'sendAs.get':
      return { method: 'GET', path: `${base}/settings/sendAs/${encodeURIComponent(call.sendAsEmail)}` };
    case 'sendAs.patch':
    case 'sendAs.update':
      return {
        method: call.method === 'sendAs.patch' ? 'PATCH' : 'PUT',
        path: `${base}/settings/sendAs/${encodeURIComponent(call.sendAsEmail)}`,
        body: JSON.stringify(call.body),
      };
    case 'messages.list':
      return {
        method: 'GET',
        path: `${base}/messages${query({ q: call.q, maxResults: call.maxResults, pageToken: call.pageToken, labelIds: call.labelIds })}`,
      };
    case 'messages.get':
      return {
        method: 'GET',
        path: `${base}/messages/${encodeURIComponent(call.id)}${query({ format: call.format, metadataHeaders: call.metadataHeaders })}`,
      };
  }
}


/** Answers that say nothing about the linkage (the call was wrong, not the access): 404, 400 invalid argument. */
export function linkageNeutral(status: number, reason: string): boolean {
  return status === 404 || (status === 400 && reason !== 'failedPrecondition') || status === 409;
}

