import { currentUserEmail, directoryRole } from '../adapters/identity';
import { domainOf } from '../core/tenant';

/** Who is looking at a card: their email, their domain, and whether they administer it. */
export interface Viewer {
  email: string;
  domain: string;
  isAdmin: boolean;
}

export function currentViewer(): Viewer {
  const email = currentUserEmail();
  return { email, domain: domainOf(email), isAdmin: directoryRole(email).isAdmin };
}
