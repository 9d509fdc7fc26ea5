import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import type { SimUser } from '../../sim/directory/model';
import { createServiceAccount, createServiceAccountKey, grantDelegation, ServiceAccountKeyFile } from '../../sim/google/registry';
import type { SimProject } from '../../sim/project';
import { makeTempDir } from '../support/temp-dirs';

export const CUSTOMER = 'C0acme01';
export const SCOPES = {
  settingsBasic: 'https://www.googleapis.com/auth/gmail.settings.basic',
  readonly: 'https://www.googleapis.com/auth/gmail.readonly',
};

export function user(email: string, extra: Partial<SimUser> = {}): SimUser {
  const [given] = email.split('@');
  return {
    kind: 'admin#directory#user',
    id: String(100000 + Math.abs(crypto.createHash('md5').update(email).digest().readInt32BE(0) % 900000)),
    primaryEmail: email,
    name: { givenName: given, familyName: 'Example', fullName: `${given} Example` },
    isAdmin: false,
    isDelegatedAdmin: false,
    suspended: false,
    archived: false,
    isMailboxSetup: true,
    orgUnitPath: '/',
    customerId: CUSTOMER,
    creationTime: '2024-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** A tenant with an admin, two users (one with an alias), a suspended user and one without a mailbox. */
export function acme(ws = new OfflineWorkspace({ seed: 'google-tests' })): OfflineWorkspace {
  ws.directory.addTenant({
    customerId: CUSTOMER,
    domains: ['acme.example'],
    organizationName: 'Acme',
    timeZone: 'Europe/Berlin',
    language: 'en',
    orgUnits: [],
    groups: [],
    schemas: [],
  });
  ws.directory.addUser(user('admin@acme.example', { isAdmin: true }));
  ws.directory.addUser(user('ada@acme.example', { aliases: ['ada.l@acme.example'] }));
  ws.directory.addUser(user('bob@acme.example'));
  ws.directory.addUser(user('sam@acme.example', { suspended: true }));
  ws.directory.addUser(user('room@acme.example', { isMailboxSetup: false }));
  return ws;
}

export interface Delegated {
  key: ServiceAccountKeyFile;
  clientId: string;
}

/** The publisher's service account, with a key and delegation for `scopes` in the Acme tenant. */
export function delegated(ws: OfflineWorkspace, scopes = [SCOPES.settingsBasic, SCOPES.readonly]): Delegated {
  const sa = createServiceAccount(ws, 'autograph-prod', 'signatures');
  const key = createServiceAccountKey(ws, sa);
  grantDelegation(ws, CUSTOMER, sa.clientId, scopes);
  return { key, clientId: sa.clientId };
}

/** A JWT-bearer assertion signed in Node (what Google's client libraries send). */
export function assertion(
  key: ServiceAccountKeyFile,
  claims: Record<string, unknown>,
  opts: { kid?: string | null; signWith?: string } = {},
): string {
  const header: Record<string, string> = { alg: 'RS256', typ: 'JWT' };
  if (opts.kid !== null) header.kid = opts.kid ?? key.private_key_id;
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${enc(header)}.${enc({ iss: key.client_email, aud: 'https://oauth2.googleapis.com/token', ...claims })}`;
  const sig = crypto.sign('RSA-SHA256', Buffer.from(input), opts.signWith ?? key.private_key).toString('base64url');
  return `${input}.${sig}`;
}

export function tokenForm(a: string): string {
  return new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: a }).toString();
}

/** Writes a tiny Apps Script project (manifest + one file) and loads it. */
export function scriptProject(ws: OfflineWorkspace, code: string, manifest: Record<string, unknown> = {}): SimProject {
  const dir = makeTempDir('gproj-');
  fs.writeFileSync(
    path.join(dir, 'appsscript.json'),
    JSON.stringify({
      timeZone: 'Europe/Berlin',
      runtimeVersion: 'V8',
      urlFetchWhitelist: ['https://oauth2.googleapis.com/token', 'https://gmail.googleapis.com/gmail/v1/', 'https://www.googleapis.com/batch/gmail/v1'],
      ...manifest,
    }),
  );
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  return ws.loadProject(dir);
}
