import * as crypto from 'node:crypto';
import type { OfflineWorkspace } from '../workspace';
import { hashString } from '../rng';

/**
 * Google Cloud's side of delegated access: Cloud projects, their service accounts and keys, and each Workspace
 * tenant's domain-wide delegation grants (Admin console › Security › API controls › Domain-wide delegation).
 * Plain JSON state under `ws.state('google.registry')`; private keys are handed out once and never stored.
 */

export type KeyStatus = 'enabled' | 'disabled' | 'deleted';

export interface ServiceAccountKey {
  keyId: string;
  publicKeyPem: string;
  status: KeyStatus;
  createdAt: number;
}

export interface ServiceAccount {
  email: string;
  /** The numeric OAuth client id admins paste into the delegation form (21 digits). */
  clientId: string;
  projectId: string;
  displayName: string;
  disabled: boolean;
  deleted: boolean;
  keys: ServiceAccountKey[];
}

export interface CloudProject {
  projectId: string;
  projectNumber: string;
  serviceAccounts: Record<string, ServiceAccount>;
}

export interface DelegationGrant {
  clientId: string;
  scopes: string[];
  /** Virtual time from which the grant applies (Google: "can take up to 24 hours"). */
  effectiveAt: number;
}

export interface RegistryState {
  projects: Record<string, CloudProject>;
  /** customerId → clientId → grant. */
  delegation: Record<string, Record<string, DelegationGrant>>;
  keyCounter: number;
}

/** The Google-format JSON key file (iam/docs/keys-create-delete). */
export interface ServiceAccountKeyFile {
  type: 'service_account';
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  client_id: string;
  auth_uri: string;
  token_uri: string;
  auth_provider_x509_cert_url: string;
  client_x509_cert_url: string;
  universe_domain: string;
}

export function registry(ws: OfflineWorkspace): RegistryState {
  return ws.state<RegistryState>('google.registry', () => ({ projects: {}, delegation: {}, keyCounter: 0 }));
}

function digits(seed: string, n: number): string {
  let out = '';
  let i = 0;
  while (out.length < n) out += String(hashString(`${seed}|${i++}`)).padStart(10, '0');
  return (String(1 + (hashString(seed) % 9)) + out).slice(0, n);
}

export function createCloudProject(ws: OfflineWorkspace, projectId: string): CloudProject {
  const reg = registry(ws);
  if (reg.projects[projectId]) return reg.projects[projectId];
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(projectId)) {
    throw new Error(`project id "${projectId}" is invalid: 6–30 lower-case letters, digits or hyphens, starting with a letter`);
  }
  const p: CloudProject = { projectId, projectNumber: digits(`${ws.seed}|project|${projectId}`, 12), serviceAccounts: {} };
  reg.projects[projectId] = p;
  return p;
}

/** Creates `<accountId>@<projectId>.iam.gserviceaccount.com` (creating the project if needed). */
export function createServiceAccount(
  ws: OfflineWorkspace,
  projectId: string,
  accountId: string,
  displayName = accountId,
): ServiceAccount {
  const p = createCloudProject(ws, projectId);
  const email = `${accountId}@${projectId}.iam.gserviceaccount.com`;
  const existing = p.serviceAccounts[email];
  if (existing && !existing.deleted) throw new Error(`service account ${email} exists already`);
  const sa: ServiceAccount = {
    email,
    clientId: digits(`${ws.seed}|sa|${email}`, 21),
    projectId,
    displayName,
    disabled: false,
    deleted: false,
    keys: [],
  };
  p.serviceAccounts[email] = sa;
  return sa;
}

/** By client email or numeric client id; deleted accounts too (callers check `deleted`). */
export function findServiceAccount(ws: OfflineWorkspace, emailOrClientId: string): ServiceAccount | undefined {
  const needle = emailOrClientId.toLowerCase();
  for (const p of Object.values(registry(ws).projects)) {
    for (const sa of Object.values(p.serviceAccounts)) if (sa.email === needle || sa.clientId === needle) return sa;
  }
  return undefined;
}

function requireServiceAccount(ws: OfflineWorkspace, sa: ServiceAccount | string): ServiceAccount {
  const found = findServiceAccount(ws, typeof sa === 'string' ? sa : sa.email);
  if (!found || found.deleted) throw new Error(`no service account ${typeof sa === 'string' ? sa : sa.email}`);
  return found;
}

/**
 * Generates a real RSA 2048 key pair, registers the public half and returns the JSON key file with the private
 * half: the only time the private key exists anywhere, as with Google ("Google only stores the public portion").
 */
export function createServiceAccountKey(ws: OfflineWorkspace, account: ServiceAccount | string): ServiceAccountKeyFile {
  const sa = requireServiceAccount(ws, account);
  const reg = registry(ws);
  // iam/quotas: at most 10 keys per service account.
  if (sa.keys.filter((k) => k.status !== 'deleted').length >= 10) {
    throw new Error(`service account ${sa.email} has 10 keys already: delete one before creating another`);
  }
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const keyId = crypto.createHash('sha1').update(`${ws.seed}|key|${sa.email}|${reg.keyCounter++}`).digest('hex');
  sa.keys.push({ keyId, publicKeyPem: publicKey, status: 'enabled', createdAt: ws.clock.now() });
  const encoded = encodeURIComponent(sa.email);
  return {
    type: 'service_account',
    project_id: sa.projectId,
    private_key_id: keyId,
    private_key: privateKey,
    client_email: sa.email,
    client_id: sa.clientId,
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: 'https://oauth2.googleapis.com/token',
    auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encoded}`,
    universe_domain: 'googleapis.com',
  };
}

function keyOf(ws: OfflineWorkspace, account: ServiceAccount | string, keyId: string): ServiceAccountKey {
  const sa = requireServiceAccount(ws, account);
  const key = sa.keys.find((k) => k.keyId === keyId);
  if (!key || key.status === 'deleted') throw new Error(`service account ${sa.email} has no key ${keyId}`);
  return key;
}

export function disableServiceAccountKey(ws: OfflineWorkspace, account: ServiceAccount | string, keyId: string): void {
  keyOf(ws, account, keyId).status = 'disabled';
}

export function enableServiceAccountKey(ws: OfflineWorkspace, account: ServiceAccount | string, keyId: string): void {
  keyOf(ws, account, keyId).status = 'enabled';
}

/** Deleting is final: the public key is forgotten and the private key can no longer sign for the account. */
export function deleteServiceAccountKey(ws: OfflineWorkspace, account: ServiceAccount | string, keyId: string): void {
  const key = keyOf(ws, account, keyId);
  key.status = 'deleted';
  key.publicKeyPem = '';
}

export function setServiceAccountDisabled(ws: OfflineWorkspace, account: ServiceAccount | string, disabled: boolean): void {
  requireServiceAccount(ws, account).disabled = disabled;
}

export function deleteServiceAccount(ws: OfflineWorkspace, account: ServiceAccount | string): void {
  const sa = requireServiceAccount(ws, account);
  sa.deleted = true;
  for (const k of sa.keys) {
    k.status = 'deleted';
    k.publicKeyPem = '';
  }
}

/**
 * What a super admin does in Admin console › Security › API controls › Domain-wide delegation: authorise a
 * numeric client id for a list of scopes. Saving again replaces the scope list, as the console does.
 * `delayMs` models the documented propagation delay (default: immediate).
 */
export function grantDelegation(
  ws: OfflineWorkspace,
  customerId: string,
  clientId: string,
  scopes: string[],
  opts: { delayMs?: number } = {},
): DelegationGrant {
  ws.directory.tenant(customerId);
  if (!/^\d{10,30}$/.test(clientId)) {
    throw new Error(`client id "${clientId}" is not numeric: paste the service account's numeric client id, not its email`);
  }
  const reg = registry(ws);
  const grants = (reg.delegation[customerId] ??= {});
  const grant: DelegationGrant = {
    clientId,
    scopes: [...new Set(scopes.map((s) => s.trim()).filter(Boolean))],
    effectiveAt: ws.clock.now() + (opts.delayMs ?? 0),
  };
  grants[clientId] = grant;
  return grant;
}

export function revokeDelegation(ws: OfflineWorkspace, customerId: string, clientId: string): void {
  delete registry(ws).delegation[customerId]?.[clientId];
}

export function delegationGrant(
  ws: OfflineWorkspace,
  customerId: string,
  clientId: string,
  at: number,
): DelegationGrant | undefined {
  const g = registry(ws).delegation[customerId]?.[clientId];
  return g && g.effectiveAt <= at ? g : undefined;
}
