import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany } from '../../sim/directory/generator';
import { superAdminOf } from '../../sim/server';
import { ensurePublisherAccount } from '../../sim/server/publisher-account';
import type { Tenant } from '../../sim/directory/model';
import type { SimProject } from '../../sim/project';
import type { ServiceAccount } from '../../sim/google/registry';

export const DIST = path.join(__dirname, '..', '..', 'dist');

export interface FreshInstall {
  ws: OfflineWorkspace;
  tenant: Tenant;
  project: SimProject;
  admin: string;
  /** The publisher's service account, whose client id the admin authorises in the Admin console. */
  account: ServiceAccount;
}

/**
 * Autograph just installed domain-wide by the company's super admin, as a Marketplace admin install leaves it: the
 * publisher's key is set (a script property, once per deployment), and the company has granted it nothing yet.
 */
export function freshInstall(seed: string, users = 12): FreshInstall {
  const ws = new OfflineWorkspace({ seed });
  const tenant = createSampleCompany(ws, { seed, users });
  const project = ws.loadProject(DIST, 'autograph');
  const admin = superAdminOf(ws, tenant.customerId).primaryEmail;
  ws.install(project, tenant.customerId, admin);
  const { account } = ensurePublisherAccount(ws, project);
  return { ws, tenant, project, admin, account };
}
