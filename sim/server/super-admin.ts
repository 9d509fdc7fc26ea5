import type { OfflineWorkspace } from '../workspace';
import type { SimUser } from '../directory/model';

/** Users who can run an add-on in Gmail: active, with a mailbox. */
export function activeUsers(ws: OfflineWorkspace, customerId: string): SimUser[] {
  return ws.directory.usersOf(customerId).filter((u) => !u.suspended && !u.archived && !u.deleted && u.isMailboxSetup);
}

/** The company's first active super admin: who installs the add-on and manages domain-wide delegation. */
export function superAdminOf(ws: OfflineWorkspace, customerId: string): SimUser {
  const admin = activeUsers(ws, customerId).find((u) => u.isAdmin);
  if (!admin) throw new Error(`tenant ${customerId} has no active super admin to install the add-on`);
  return admin;
}
