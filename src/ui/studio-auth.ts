/**
 * The one gate of every Studio entry point (doGet and each google.script.run function): an administrator of the
 * tenant the caller's own domain belongs to (src/ui/viewer.ts asks the Directory on every call) holding a role the
 * Studio needs (STUDIO_NEED in src/ui/route-roles.ts: Designer, or an Owner), resolved afresh on every call.
 */
import type { Viewer } from './viewer';
import { STUDIO_NEED } from './route-roles';
import { rolesOfViewer } from './viewer-roles';
import { mayUse, refusalText } from '../core/roles';

export type StudioAccess = { allowed: true; viewer: Viewer } | { allowed: false; reason: string };

export function authorizeStudioCall(viewer: Viewer): StudioAccess {
  if (!viewer.isAdmin) return { allowed: false, reason: viewer.rightsProblem || 'Only an administrator of your domain can open the Signature Studio.' };
  const held = rolesOfViewer(viewer);
  if (!mayUse(STUDIO_NEED, held.roles)) return { allowed: false, reason: held.problem || refusalText(STUDIO_NEED, held.askWhom) };
  return { allowed: true, viewer };
}
