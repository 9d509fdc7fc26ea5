import type { Route } from './actions';
import { homeRoutes } from './home';
import { connectionRoutes } from './connection-cards';
import { helpRoutes } from './help';
import { signatureRoutes } from './signature-cards';
import { mySignatureRoutes } from './my-signature-cards';
import { templateRoutes } from './template-cards';
import { campaignRoutes } from './campaign-cards';
import { setupRoutes } from './setup-cards';
import { syncRoutes } from './sync-cards';
import { employeeRoutes } from './employee-cards';
import { departmentRoutes } from './department-cards';
import { contactInboxAdminRoutes } from './contact-inbox-admin-cards';
import { contactRoutes } from './contact-cards';
import { storeRoutes } from './admin-store';
import { platformCheckRoutes } from './platform-check-cards';
import { confirmRoutes } from './confirm';
import { versionRoutes } from './version-cards';
import { dryRunRoutes } from './dry-run-cards';
import { rolesRoutes } from './roles-cards';
import { disconnectRoutes } from './disconnect-cards';
import { editRequestRoutes } from './edit-request-cards';

/**
 * Every card action, by route name. Each feature's card file exports its routes; they are merged here so
 * `dispatchAction` has one table to check (and refuse admin routes to non-admins).
 */
export const ROUTES: Record<string, Route> = {
  ...homeRoutes,
  ...connectionRoutes,
  ...helpRoutes,
  ...signatureRoutes,
  ...mySignatureRoutes,
  ...templateRoutes,
  ...campaignRoutes,
  ...setupRoutes,
  ...syncRoutes,
  ...employeeRoutes,
  ...departmentRoutes,
  ...contactInboxAdminRoutes,
  ...contactRoutes,
  ...storeRoutes,
  ...platformCheckRoutes,
  ...confirmRoutes,
  ...versionRoutes,
  ...dryRunRoutes,
  ...rolesRoutes,
  ...disconnectRoutes,
  ...editRequestRoutes,
};
