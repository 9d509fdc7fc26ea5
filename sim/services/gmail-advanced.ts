import type { Execution } from '../execution';
import type { OfflineWorkspace } from '../workspace';
import type { ServiceModule } from './types';
import type { Principal } from '../google/access-tokens';
import { handleGmailCall } from '../google/gmail-rest';
import { drawLatency } from '../google/latency';
import { scriptCloudProject } from '../google/api-enablement';

/**
 * The Gmail advanced service (apps-script/advanced/gmail): the REST API's methods as `Gmail.Users.…`, acting as
 * the user running the script with the manifest's scopes. It reaches the same emulated endpoints as UrlFetchApp,
 * so another user's mailbox answers "Delegation denied for <running user>". Errors surface as Apps Script does:
 * a `GoogleJsonResponseException` "API call to gmail.<method> failed with error: <message>" with `details`.
 */

/** The scopes a script gets when its manifest lists none (Apps Script infers them; here: all Gmail scopes). */
const INFERRED_SCOPES = ['https://mail.google.com/', 'https://www.googleapis.com/auth/gmail.settings.basic', 'https://www.googleapis.com/auth/gmail.settings.sharing'];

type Json = Record<string, unknown>;

class GmailAdvanced {
  constructor(
    private readonly ws: OfflineWorkspace,
    private readonly exec: Execution,
  ) {}

  private principal(): Principal {
    const scopes = this.exec.project.manifest.oauthScopes ?? INFERRED_SCOPES;
    return { kind: 'user', email: this.exec.user.primaryEmail, scopes, projectId: scriptCloudProject(this.ws, this.exec.project.id) };
  }

  call(method: string, endpoint: string, httpMethod: string, userId: unknown, resourceId: unknown, query: Json, body?: unknown): unknown {
    this.exec.assertAlive();
    if (typeof userId !== 'string' || userId === '') {
      throw this.exec.realmError(`Invalid argument: userId`);
    }
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v === undefined || v === null) continue;
      for (const item of Array.isArray(v) ? v : [v]) q.append(k, String(item));
    }
    const at = this.exec.now();
    const latency = drawLatency(this.ws, endpoint);
    const r = handleGmailCall(
      this.ws,
      this.principal(),
      { endpoint, method: httpMethod, userId, resourceId: resourceId === undefined ? undefined : String(resourceId), query: q, body: body === undefined ? '' : JSON.stringify(body) },
      at,
      latency,
    );
    this.exec.serviceCall(`gmail.${method}`, latency);
    if (r.units && r.quotaUser) {
      this.exec.count('quota.gmail', r.units);
      this.exec.count(`quota.gmail.${r.quotaUser.toLowerCase()}`, r.units);
    }
    const json = JSON.parse(r.response.body) as Json;
    if (r.response.status >= 400) {
      const details = json.error as Json;
      throw this.exec.realmError(`API call to gmail.${method} failed with error: ${details.message}`, 'GoogleJsonResponseException', {
        details: this.exec.toRealm(details),
      });
    }
    return this.exec.toRealm(json);
  }
}

export const gmailAdvancedModule: ServiceModule = {
  name: 'Gmail',
  advancedService: 'Gmail',
  globals: ({ ws, exec }) => {
    const g = new GmailAdvanced(ws, exec);
    return {
      Gmail: {
        Users: {
          Settings: {
            SendAs: {
              list: (userId: string) => g.call('users.settings.sendAs.list', 'gmail.sendAs.list', 'GET', userId, undefined, {}),
              get: (userId: string, sendAsEmail: string) => g.call('users.settings.sendAs.get', 'gmail.sendAs.get', 'GET', userId, sendAsEmail, {}),
              patch: (resource: object, userId: string, sendAsEmail: string) =>
                g.call('users.settings.sendAs.patch', 'gmail.sendAs.patch', 'PATCH', userId, sendAsEmail, {}, resource),
              update: (resource: object, userId: string, sendAsEmail: string) =>
                g.call('users.settings.sendAs.update', 'gmail.sendAs.update', 'PUT', userId, sendAsEmail, {}, resource),
            },
          },
          Messages: {
            list: (userId: string, optionalArgs: Json = {}) => g.call('users.messages.list', 'gmail.messages.list', 'GET', userId, undefined, optionalArgs),
            get: (userId: string, id: string, optionalArgs: Json = {}) => g.call('users.messages.get', 'gmail.messages.get', 'GET', userId, id, optionalArgs),
          },
        },
      },
    };
  },
};
