import { createHash } from 'node:crypto';
import type { Execution } from '../execution';
import type { OfflineWorkspace } from '../workspace';
import type { ServiceModule } from './types';
import { coreCall } from './core-latency';

/** A project without `timeZone` in its manifest: Apps Script uses the creator's zone; the offline Workspace uses this. */
export const DEFAULT_SCRIPT_TIME_ZONE = 'America/New_York';

// apps-script/reference/base/session#getTemporaryActiveUserKey: "The temporary key rotates every 30 days and is
// unique to the script."
const TEMPORARY_KEY_ROTATION_MS = 30 * 24 * 3600_000;

export function scriptTimeZone(exec: Execution): string {
  return exec.project.manifest.timeZone ?? DEFAULT_SCRIPT_TIME_ZONE;
}

function user(exec: Execution): GoogleAppsScript.Base.User {
  const email = exec.user.primaryEmail;
  return { getEmail: () => email, toString: () => email } as GoogleAppsScript.Base.User;
}

function session(ws: OfflineWorkspace, exec: Execution) {
  return {
    // Add-ons and installable triggers run as the user (not the developer), so active and effective user coincide
    // within one Workspace domain (apps-script/reference/base/session#getActiveUser).
    getActiveUser: () => {
      coreCall(exec, 'session.getUser');
      return user(exec);
    },
    getEffectiveUser: () => {
      coreCall(exec, 'session.getUser');
      return user(exec);
    },
    getScriptTimeZone: () => {
      coreCall(exec, 'session.get');
      return scriptTimeZone(exec);
    },
    // reference/base/session#getActiveUserLocale: the language setting, e.g. "en".
    getActiveUserLocale: () => {
      coreCall(exec, 'session.get');
      const t = ws.directory.tenants.get(exec.user.customerId);
      return (t?.language ?? 'en').replace('-', '_');
    },
    getTemporaryActiveUserKey: () => {
      coreCall(exec, 'session.get');
      const epoch = Math.floor(exec.now() / TEMPORARY_KEY_ROTATION_MS);
      const h = createHash('sha256')
        .update(`${ws.seed}|${exec.project.id}|${exec.user.id}|${epoch}`)
        .digest('base64');
      return h.replace(/[^A-Za-z0-9]/g, '').slice(0, 43);
    },
    // Deprecated aliases that old scripts still call.
    getUser: () => {
      coreCall(exec, 'session.getUser');
      return user(exec);
    },
    getTimeZone: () => {
      coreCall(exec, 'session.get');
      return scriptTimeZone(exec);
    },
  } satisfies GoogleAppsScript.Base.Session;
}

export const sessionModule: ServiceModule = {
  name: 'Session',
  globals: ({ ws, exec }) => ({ Session: session(ws, exec) }),
};
