import type { OfflineWorkspace } from '../workspace';

/** Access tokens minted by ScriptApp.getOAuthToken, read by the emulated Google endpoints to accept user tokens. */
export interface UserTokenRecord {
  email: string;
  scopes: string[];
  expiresAt: number;
  /** The Apps Script project whose Cloud project the token belongs to (for quota attribution). */
  projectId?: string;
}

export function userTokens(ws: OfflineWorkspace): Record<string, UserTokenRecord> {
  return ws.state<Record<string, UserTokenRecord>>('oauth.userTokens', () => ({}));
}
