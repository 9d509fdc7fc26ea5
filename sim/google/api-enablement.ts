import type { OfflineWorkspace } from '../workspace';
import type { Execution } from '../execution';
import { jsonResponse, type GoogleResponse } from './http';
import { createCloudProject, registry } from './registry';
import { hashString } from '../rng';

/**
 * Which Google APIs each Cloud project has enabled. Every call is billed to one project — the script's Cloud project
 * for advanced services and `ScriptApp.getOAuthToken()` tokens, the service account's project for a token minted
 * with its key — and fails when that project has not enabled the API:
 * - apps-script/guides/services/advanced: in a standard Cloud project "you must manually enable the API";
 * - admin-sdk/reseller/v1/support/…common_errors: "403: usageLimits.accessNotConfigured … occurs when the API is not
 *   enabled in the Google Cloud project";
 * - googleapis/google/api/error_reason.proto: `SERVICE_DISABLED` "The request is calling a disabled service for a
 *   consumer", metadata `{consumer: "projects/123", service: "pubsub.googleapis.com"}`.
 * The message text and the `activationUrl`/`serviceTitle` metadata are Google's as reported in users' issues
 * (e.g. google-gemini/gemini-cli#1343); Google does not document the exact words.
 *
 * A script project uses a default Cloud project until `useStandardCloudProject` switches it (Apps Script ›
 * Project settings › Change project). Every project starts with the emulated APIs on — kinder than a new standard
 * project, where they are off — so tests switch an API off with `disableApi` to play a project before the
 * console step; the default project enables an advanced service's API by itself, as Google does.
 */

/** The APIs the offline Workspace serves, by service name, with the title Google's messages use. */
export const GOOGLE_API_TITLES = {
  'admin.googleapis.com': 'Admin SDK API',
  'gmail.googleapis.com': 'Gmail API',
  'people.googleapis.com': 'People API',
} as const;

export type GoogleApiService = keyof typeof GOOGLE_API_TITLES;

/** The API behind each advanced service module (its `advancedService` user symbol) and its method prefix. */
export const ADVANCED_SERVICE_APIS: Record<string, { service: GoogleApiService; methodPrefix: string }> = {
  AdminDirectory: { service: 'admin.googleapis.com', methodPrefix: 'directory' },
  Gmail: { service: 'gmail.googleapis.com', methodPrefix: 'gmail' },
  People: { service: 'people.googleapis.com', methodPrefix: 'people' },
};

interface EnablementState {
  /** Cloud project id → the services switched off. */
  disabled: Record<string, string[]>;
  /** Script project id → the standard Cloud project it was switched to. */
  scriptProjects: Record<string, string>;
}

function enablementState(ws: OfflineWorkspace): EnablementState {
  return ws.state<EnablementState>('google.apiEnablement', () => ({ disabled: {}, scriptProjects: {} }));
}

function knownService(service: string): GoogleApiService {
  if (!(service in GOOGLE_API_TITLES)) {
    throw new Error(`"${service}" is not an API the offline Workspace serves: use one of ${Object.keys(GOOGLE_API_TITLES).join(', ')}`);
  }
  return service as GoogleApiService;
}

/** Cloud console › APIs & Services › the API › Disable (or a project where nobody enabled it yet). */
export function disableApi(ws: OfflineWorkspace, cloudProjectId: string, service: string): void {
  const off = (enablementState(ws).disabled[cloudProjectId] ??= []);
  if (!off.includes(knownService(service))) off.push(service);
}

/** `gcloud services enable <service> --project=<id>`. */
export function enableApi(ws: OfflineWorkspace, cloudProjectId: string, service: string): void {
  const st = enablementState(ws);
  st.disabled[cloudProjectId] = (st.disabled[cloudProjectId] ?? []).filter((s) => s !== knownService(service));
}

export function isApiEnabled(ws: OfflineWorkspace, cloudProjectId: string, service: GoogleApiService): boolean {
  return !(enablementState(ws).disabled[cloudProjectId] ?? []).includes(service);
}

/**
 * Apps Script › Project settings › Google Cloud Platform project › Change project: the script's advanced services
 * and user tokens are billed to `cloudProjectId` from now on (created in the registry if new).
 */
export function useStandardCloudProject(ws: OfflineWorkspace, scriptProjectId: string, cloudProjectId: string): void {
  createCloudProject(ws, cloudProjectId);
  enablementState(ws).scriptProjects[scriptProjectId] = cloudProjectId;
}

/** The Cloud project a script project's calls are billed to. */
export function scriptCloudProject(ws: OfflineWorkspace, scriptProjectId: string): string {
  return enablementState(ws).scriptProjects[scriptProjectId] ?? `apps-script:${scriptProjectId}`;
}

/** The project number Google's messages name (a default project gets a stable made-up one). */
export function projectNumber(ws: OfflineWorkspace, cloudProjectId: string): string {
  const known = registry(ws).projects[cloudProjectId]?.projectNumber;
  if (known) return known;
  return String(100_000_000_000 + (hashString(`${ws.seed}|project|${cloudProjectId}`) % 900_000_000_000));
}

/** Google's error body for a call to a disabled API (googleapis.com domain, reason SERVICE_DISABLED). */
export function serviceDisabledError(ws: OfflineWorkspace, cloudProjectId: string, service: GoogleApiService): Record<string, unknown> {
  const n = projectNumber(ws, cloudProjectId);
  const title = GOOGLE_API_TITLES[service];
  const activationUrl = `https://console.developers.google.com/apis/api/${service}/overview?project=${n}`;
  const message =
    `${title} has not been used in project ${n} before or it is disabled. Enable it by visiting ${activationUrl} then retry. ` +
    'If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.';
  return {
    code: 403,
    message,
    errors: [{ message, domain: 'usageLimits', reason: 'accessNotConfigured', extendedHelp: 'https://console.developers.google.com' }],
    status: 'PERMISSION_DENIED',
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'SERVICE_DISABLED',
        domain: 'googleapis.com',
        metadata: { service, consumer: `projects/${n}`, serviceTitle: title, containerInfo: n, activationUrl },
      },
      { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: 'Google developers console API activation', url: activationUrl }] },
    ],
  };
}

/** The REST answer for a call billed to `cloudProjectId`, or null when the API is on. */
export function disabledApiResponse(ws: OfflineWorkspace, cloudProjectId: string, service: GoogleApiService): GoogleResponse | null {
  if (isApiEnabled(ws, cloudProjectId, service)) return null;
  return jsonResponse(403, { error: serviceDisabledError(ws, cloudProjectId, service) });
}

/** Latency of a call refused before it reaches the API. */
const REFUSED_CALL_MS = 40;

type Namespace = { [name: string]: unknown };

/**
 * Wraps an advanced service's namespace so each method first asks whether the script's Cloud project has the API
 * enabled, and throws what Apps Script throws when not: a `GoogleJsonResponseException` "API call to
 * <service>.<method> failed with error: <message>" whose `details` is Google's error.
 */
export function gateAdvancedService(ws: OfflineWorkspace, exec: Execution, userSymbol: string, namespace: Namespace): Namespace {
  const api = ADVANCED_SERVICE_APIS[userSymbol];
  if (!api) return namespace;
  const wrap = (node: Namespace, path: string[]): Namespace => {
    const out: Namespace = {};
    for (const [name, value] of Object.entries(node)) {
      const here = [...path, name[0].toLowerCase() + name.slice(1)];
      if (typeof value === 'function') {
        const method = `${api.methodPrefix}.${here.join('.')}`;
        out[name] = (...args: unknown[]) => {
          const project = scriptCloudProject(ws, exec.project.id);
          if (!isApiEnabled(ws, project, api.service)) {
            exec.serviceCall(method, REFUSED_CALL_MS);
            const details = serviceDisabledError(ws, project, api.service);
            throw exec.realmError(`API call to ${method} failed with error: ${details.message}`, 'GoogleJsonResponseException', { details });
          }
          return (value as (...a: unknown[]) => unknown)(...args);
        };
      } else if (value && typeof value === 'object') {
        out[name] = wrap(value as Namespace, here);
      } else {
        out[name] = value;
      }
    }
    return out;
  };
  return wrap(namespace, []);
}
