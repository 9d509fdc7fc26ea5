import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import { createSampleCompany } from '../../sim/directory/generator';
import { superAdminOf } from '../../sim/server';
import { ensurePublisherAccount } from '../../sim/server/publisher-account';
import type { Tenant } from '../../sim/directory/model';
import type { SimProject } from '../../sim/project';
import type { ServiceAccount } from '../../sim/google/registry';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { storeSpreadsheetId } from '../../sim/cli/demo-counts';

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

/** The rows of one sheet of the tenant's store, read by the sim (not by the add-on), as header → text records. */
export function storeRows(ws: OfflineWorkspace, project: SimProject, customerId: string, sheet: string): Array<Record<string, string>> {
  const id = storeSpreadsheetId(ws, project, customerId);
  const values = (id && spreadsheetState(ws, id)?.sheets.find((x) => x.name === sheet)?.values) || [];
  const [header = [], ...rows] = values.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  return rows.filter((r) => r.some((c) => c !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
