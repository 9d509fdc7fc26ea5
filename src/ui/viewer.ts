import { adminRights, currentUserEmail } from '../adapters/identity';
import { locationForEmail } from '../adapters/store/registry';
import { type AdminRights, rightsFixLink, rightsProblemText } from '../core/admin-rights';
import { domainOf } from '../core/tenant';

/**
 * Who is looking at a card: their email, their domain, and whether they administer it — asked of the Directory
 * on every call (never from a cache), and only "admin" when their Workspace account is the tenant's.
 */
export interface Viewer {
  email: string;
  domain: string;
  isAdmin: boolean;
  /** A super admin of the tenant (an Owner in Autograph: core/roles.ts). */
  isSuperAdmin: boolean;
  /** Why the admin rights could not be checked (empty when the Directory answered). */
  rightsProblem: string;
  /** The console page that fixes `rightsProblem`, when there is one (e.g. enable the Admin SDK API). */
  rightsFix: { label: string; url: string } | null;
}

export function viewerFrom(email: string, rights: AdminRights): Viewer {
  return { email, domain: domainOf(email), isAdmin: rights.state === 'admin', isSuperAdmin: rights.state === 'admin' && rights.isSuperAdmin, rightsProblem: rightsProblemText(rights), rightsFix: rightsFixLink(rights) };
}

/** Whoever this execution runs for (every entry point asks `currentViewer` first): what cards render for. */
let executionViewer: Viewer | null = null;

export function currentViewer(): Viewer {
  const email = currentUserEmail();
  const where = locationForEmail(email);
  executionViewer = viewerFrom(email, adminRights(email, where?.customerId ?? null));
  return executionViewer;
}

/** The viewer `currentViewer` found in this execution, or null before it ran (each execution starts afresh). */
export function viewerOfThisExecution(): Viewer | null {
  return executionViewer;
}
