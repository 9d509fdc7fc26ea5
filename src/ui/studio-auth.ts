/**
 * The one gate of every Studio entry point (doGet and each google.script.run function): today an administrator of
 * the tenant the caller's own domain belongs to (src/ui/viewer.ts asks the Directory on every call). Roles
 * (issue 14) replace the rule here, once, for the page and every call.
 */
import type { Viewer } from './viewer';

export type StudioAccess = { allowed: true; viewer: Viewer } | { allowed: false; reason: string };

export function authorizeStudioCall(viewer: Viewer): StudioAccess {
  if (viewer.isAdmin) return { allowed: true, viewer };
  return { allowed: false, reason: viewer.rightsProblem || 'Only an administrator of your domain can open the Signature Studio.' };
}
