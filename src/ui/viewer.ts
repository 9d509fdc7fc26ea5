import { currentUserEmail, directoryRole } from '../adapters/identity';

/** Who is looking at a card: their email, their domain, and whether they administer it. */
export interface Viewer {
  email: string;
  domain: string;
  isAdmin: boolean;
}

export function currentViewer(): Viewer {
  const email = currentUserEmail();
  const domain = email.slice(email.indexOf('@') + 1).toLowerCase();
  return { email, domain, isAdmin: directoryRole(email).isAdmin };
}
