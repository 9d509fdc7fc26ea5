/**
 * The publisher's service account of the offline demo, and a company's domain-wide delegation grant to it.
 *
 * Autograph reads its publisher key from the script property `AUTOGRAPH_PUBLISHER_KEY` (one key for every
 * customer: src/adapters/service-account/key-store.ts); each customer's super admin then authorises that key's
 * numeric client id in Admin console › Security › API controls › Domain-wide delegation. Offline, the publisher's
 * half is made once per workspace, and each sample company's half is the grant a super admin would add.
 */
import type { OfflineWorkspace } from '../workspace';
import type { SimProject } from '../project';
import { propertiesState } from '../services/properties';
import { createServiceAccount, createServiceAccountKey, findServiceAccount, grantDelegation, type ServiceAccount } from '../google/registry';
import { parseServiceAccountKey } from '../../src/core/delegation/key-file';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';

const PUBLISHER_KEY_PROPERTY = 'AUTOGRAPH_PUBLISHER_KEY';
const PUBLISHER_PROJECT = 'autograph-publisher';
const PUBLISHER_ACCOUNT = 'signatures';

/** The publisher's service account the project's key belongs to, or undefined when the deployment has none. */
export function publisherAccount(ws: OfflineWorkspace, project: SimProject): ServiceAccount | undefined {
  const text = propertiesState(ws).script[project.id]?.[PUBLISHER_KEY_PROPERTY];
  if (!text) return undefined;
  const parsed = parseServiceAccountKey(text);
  return parsed.ok ? findServiceAccount(ws, parsed.key.clientEmail) : undefined;
}

/**
 * Makes the publisher's service account and stores its JSON key as the project's script property, as a publisher
 * does once in the Apps Script editor › Project Settings › Script properties. Keeps an existing one.
 */
export function ensurePublisherAccount(ws: OfflineWorkspace, project: SimProject): { account: ServiceAccount; created: boolean } {
  const existing = publisherAccount(ws, project);
  if (existing) return { account: existing, created: false };
  const account = findServiceAccount(ws, `${PUBLISHER_ACCOUNT}@${PUBLISHER_PROJECT}.iam.gserviceaccount.com`) ?? createServiceAccount(ws, PUBLISHER_PROJECT, PUBLISHER_ACCOUNT, 'Autograph (publisher)');
  const props = (propertiesState(ws).script[project.id] ??= {});
  props[PUBLISHER_KEY_PROPERTY] = JSON.stringify(createServiceAccountKey(ws, account));
  return { account, created: true };
}

/** Which companies the demo has given their first grant (so a grant the admin later revoked stays revoked). */
function delegatedCompanies(ws: OfflineWorkspace): Record<string, true> {
  return ws.state<Record<string, true>>('server.delegatedCompanies', () => ({}));
}

/**
 * A company's first grant to the publisher's service account, for Autograph's delegation scopes — what its super
 * admin does once in the Admin console. Only once per company: after that, grants and revocations are the admin's
 * (the Admin console page), and this does nothing. Returns whether it granted now.
 */
export function delegateToPublisher(ws: OfflineWorkspace, project: SimProject, customerId: string): boolean {
  const done = delegatedCompanies(ws);
  if (done[customerId]) return false;
  const { account } = ensurePublisherAccount(ws, project);
  grantDelegation(ws, customerId, account.clientId, [...DELEGATION_SCOPES]);
  done[customerId] = true;
  return true;
}
