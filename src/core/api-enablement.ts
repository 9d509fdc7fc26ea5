/**
 * "API not enabled": a call billed to a Cloud project that has not enabled the API. Google answers 403 with reason
 * `accessNotConfigured` and an ErrorInfo `SERVICE_DISABLED` whose metadata names the service and the consumer
 * project (googleapis google/api/error_reason.proto; admin-sdk …/common_errors: "403: usageLimits.accessNotConfigured
 * … occurs when the API is not enabled in the Google Cloud project"). It says nothing about the user, the key or
 * the delegation, and retrying does not help until someone enables the API in that project.
 */

export interface DisabledApi {
  /** Google's title, e.g. "Admin SDK API". */
  title: string;
  /** The service name, e.g. `admin.googleapis.com` (empty when Google's answer did not name it). */
  service: string;
  /** The project number (or id) Google named. */
  project: string;
  /** The console page with the Enable button; under `https://console.cloud.google.com/` (openLinkUrlPrefixes). */
  enableUrl: string;
}

const TITLES: Record<string, string> = {
  'admin.googleapis.com': 'Admin SDK API',
  'gmail.googleapis.com': 'Gmail API',
  'people.googleapis.com': 'People API',
};

type ErrorLike = { message?: unknown; details?: { message?: unknown; errors?: Array<{ reason?: unknown }>; details?: unknown[] } };

/**
 * A Gmail REST answer (status, the first error's reason, its message) that says the API is disabled, or null: the one
 * reading the writer (a write's failure kind) and the linkage check (a user's status) share.
 */
export function disabledApiOfAnswer(status: number, reason: string, message: string): DisabledApi | null {
  return status === 403 ? disabledApiOf({ message, details: { errors: [{ reason }] } }) : null;
}

/** What an error (an Apps Script exception, a REST body's `error`, or its text) says about a disabled API, or null. */
export function disabledApiOf(err: unknown): DisabledApi | null {
  const e = (typeof err === 'string' ? { message: err } : (err ?? {})) as ErrorLike;
  const text = `${String(e.message ?? '')} ${String(e.details?.message ?? '')}`;
  const reason = String(e.details?.errors?.[0]?.reason ?? '');
  const info = (e.details?.details ?? []).find(
    (d): d is { reason?: string; metadata?: Record<string, string> } => (d as { reason?: string })?.reason === 'SERVICE_DISABLED',
  );
  const said = /([A-Z][\w ]*? API) has not been used in project (\S+) before or it is disabled/.exec(text);
  if (!said && !info && !/accessNotConfigured|SERVICE_DISABLED/.test(`${text} ${reason}`)) return null;
  const service = info?.metadata?.service ?? /apis\/api\/([a-z0-9.-]+)\/overview/.exec(text)?.[1] ?? '';
  const project = said?.[2] ?? String(info?.metadata?.consumer ?? '').replace(/^projects\//, '');
  const title = said?.[1] ?? info?.metadata?.serviceTitle ?? TITLES[service] ?? 'the API';
  return { title, service, project, enableUrl: enableUrlOf(service, project) };
}

/** Cloud console › APIs & Services › Library › the API, in that project. */
export function enableUrlOf(service: string, project: string): string {
  const page = service ? `apis/library/${encodeURIComponent(service)}` : 'apis/library';
  return `https://console.cloud.google.com/${page}${project ? `?project=${encodeURIComponent(project)}` : ''}`;
}

/** The one-line fix for whoever owns the project. */
export function enableApiFix(d: DisabledApi): string {
  const where = d.project ? `Cloud project ${d.project}` : 'the Cloud project';
  const cli = d.service && d.project ? ` (or \`gcloud services enable ${d.service} --project=${d.project}\`)` : '';
  return `Enable the ${d.title} in ${where}: Google Cloud console › APIs & Services › Library › ${d.title} › Enable, at ${d.enableUrl}${cli}. It can take a few minutes to apply; then try again.`;
}
