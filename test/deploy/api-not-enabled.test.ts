/**
 * Issue 11 item 1: the first deploy before anyone enabled the APIs. Autograph says which API, in which Cloud
 * project, and links to the console page — to the super admin, in each user's linkage status and in the sync —
 * and never takes it for "not an admin", a bad key or an outage. Nothing is written or lost meanwhile.
 */
import { action, directoryWorld, scriptProps, setUp, sheetRows, shown, type DirWorld } from '../directory/world';
import { turnOnAutoSync } from '../support/triggers';
import { disableApi, enableApi, useStandardCloudProject } from '../../sim/google/api-enablement';
import { createServiceAccount, createServiceAccountKey, grantDelegation, registry } from '../../sim/google/registry';
import { addFault, clearFaults } from '../../sim/faults';
import { propertiesState } from '../../sim/services/properties';
import { mailboxOf } from '../../sim/google/mailbox';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';
import * as delegation from '../delegation/world';

const DAY = 24 * 3600_000;
const ADDON_PROJECT = 'autograph-addon';

/** Autograph set up for a sample company, its script switched to a standard Cloud project (README step 2). */
function deployed(): DirWorld & { projectNumber: string } {
  const w = directoryWorld({ users: 40, seed: 5 });
  useStandardCloudProject(w.ws, w.project.id, ADDON_PROJECT);
  if (!setUp(w).ok) throw new Error('setup failed');
  for (let i = 0; i < 6 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  return { ...w, projectNumber: registry(w.ws).projects[ADDON_PROJECT].projectNumber };
}

/** Everything a run could change: the tenant's spreadsheets and the script properties. */
function stateOf(w: DirWorld): string {
  return JSON.stringify([w.ws.state('spreadsheets', () => ({})), propertiesState(w.ws).script[w.project.id]]);
}

describe('the Admin SDK API is not enabled in the add-on\'s Cloud project', () => {
  it('shows the super admin an "Enable the Admin SDK API" state with the console link, never the employee view', () => {
    const w = deployed();
    disableApi(w.ws, ADDON_PROJECT, 'admin.googleapis.com');
    const before = stateOf(w);
    const home = w.ws.run(w.project, 'onHomepage', { user: w.admin, kind: 'homepage', event: {} });
    const card = shown(home);
    expect(card).toContain(`The Admin SDK API is not enabled in Autograph's Cloud project (${w.projectNumber})`);
    expect(card).toContain('Enable the Admin SDK API');
    expect(card).toContain(`https://console.cloud.google.com/apis/library/admin.googleapis.com?project=${w.projectNumber}`);
    expect(card).toContain(`gcloud services enable admin.googleapis.com --project=${w.projectNumber}`);
    expect(card).not.toContain('"name":"my-signature"');
    expect(card).not.toContain('My signature');
    // The link opens through a prefix the manifest allows (apps-script/reference/card-service/open-link).
    const prefixes: string[] = (w.project.manifest.addOns?.common as { openLinkUrlPrefixes?: string[] }).openLinkUrlPrefixes ?? [];
    const urls = [...card.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toContain(`https://console.cloud.google.com/apis/library/admin.googleapis.com?project=${w.projectNumber}`);
    for (const u of urls) expect(prefixes.some((p) => u.startsWith(p))).toBe(true);
    // An admin action is refused with the same words, not "Only an administrator".
    const refused = shown(action(w, 'sync.open'));
    expect(refused).toContain('Admin SDK API is not enabled');
    expect(refused).not.toContain('Only an administrator of your domain');
    expect(stateOf(w)).toBe(before);

    // Once enabled, the same admin gets the admin home at the next click.
    enableApi(w.ws, ADDON_PROJECT, 'admin.googleapis.com');
    expect(shown(w.ws.run(w.project, 'onHomepage', { user: w.admin, kind: 'homepage', event: {} }))).toContain('Manage your domain');
  });

  it('lets the nightly sync say so and touch nothing, then sync normally once enabled', () => {
    const w = deployed();
    turnOnAutoSync(w.ws, w.project, w.admin);
    const runs = sheetRows(w, 'runs').length;
    disableApi(w.ws, ADDON_PROJECT, 'admin.googleapis.com');
    const before = stateOf(w);
    const logsBefore = w.ws.logs.length;
    w.ws.advance(DAY);
    const said = w.ws.logs.slice(logsBefore).map((l) => l.text).join('\n');
    expect(said).toContain('The run did not start, nothing was read or written: The Admin SDK API is not enabled');
    expect(said).toContain(`https://console.cloud.google.com/apis/library/admin.googleapis.com?project=${w.projectNumber}`);
    expect(said).not.toMatch(/not an administrator|lost.*admin/i);
    expect(stateOf(w)).toBe(before);

    enableApi(w.ws, ADDON_PROJECT, 'admin.googleapis.com');
    w.ws.advance(DAY);
    expect(sheetRows(w, 'runs').length).toBe(runs + 1);
    expect(sheetRows(w, 'runs').pop()).toMatchObject({ kind: 'nightly', outcome: 'done' });
  });

  it('records directory reads refused mid-sync with the API, the project and the fix, not a raw error', () => {
    const w = deployed();
    const message = `Admin SDK API has not been used in project ${w.projectNumber} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/admin.googleapis.com/overview?project=${w.projectNumber} then retry.`;
    // The admin-rights check (users.get) passed; then every users.list of this click is refused.
    addFault(w.ws, { match: 'directory.users.list', status: 403, reason: 'accessNotConfigured', message, rate: 1 });
    const employees = JSON.stringify(sheetRows(w, 'employees'));
    const seen = sheetRows(w, 'errors').length;
    const card = shown(action(w, 'sync.now'));
    clearFaults(w.ws);
    const rows = sheetRows(w, 'errors').slice(seen);
    expect(rows.map((r) => r.field)).toEqual(['sharing', '']);
    expect(rows[1].message).toContain(`stopped at stage "directory": The Directory could not be read (users.list): the Admin SDK API is not enabled in Autograph's Cloud project ${w.projectNumber}`);
    for (const r of rows) {
      expect(r.fix).toContain(`Enable the Admin SDK API in Cloud project ${w.projectNumber}`);
      expect(r.fix).toContain(`https://console.cloud.google.com/apis/library/admin.googleapis.com?project=${w.projectNumber}`);
    }
    expect(card).toContain('Admin SDK API is not enabled');
    expect(JSON.stringify(sheetRows(w, 'employees'))).toBe(employees);
  });
});

describe('the Gmail API is not enabled in the service account\'s Cloud project', () => {
  it('gives every user Gmail refuses the linkage cause apiDisabled with the project and the console link, for a customer\'s own key', () => {
    const w = delegation.world();
    const own = createServiceAccountKey(w.ws, createServiceAccount(w.ws, 'acme-own-project', 'autograph-acme'));
    grantDelegation(w.ws, delegation.CUSTOMER, own.client_id, [...DELEGATION_SCOPES]);
    expect(delegation.shown(delegation.action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own), testUser: 'ada@acme.example' } }))).toContain('Key saved');
    const signaturesBefore = JSON.stringify(['admin', 'ada', 'bob'].map((u) => mailboxOf(w.ws, w.ws.directory.findUser(`${u}@acme.example`)!).sendAs));

    disableApi(w.ws, 'acme-own-project', 'gmail.googleapis.com');
    const number = registry(w.ws).projects['acme-own-project'].projectNumber;
    const card = delegation.shown(delegation.action(w, 'connection.recheck'));
    expect(delegation.statusOf(w)).toEqual({
      'admin@acme.example': 'linkage_error/apiDisabled',
      'ada@acme.example': 'linkage_error/apiDisabled',
      'bob@acme.example': 'linkage_error/apiDisabled',
      'room@acme.example': 'linkage_error/apiDisabled',
      // Refused before Gmail is asked: the token endpoint and the membership check answer first.
      'sam@acme.example': 'authentication_error/user',
      'ghost@acme.example': 'unauthorized/membership',
    });
    const ada = delegation.linkageRows(w).find((r) => r.email === 'ada@acme.example')!;
    expect(ada.reason).toContain(`The Gmail API is not enabled in the service account's Cloud project (${number})`);
    expect(ada.fix).toContain(`Enable the Gmail API in Cloud project ${number}`);
    expect(ada.fix).toContain(`https://console.cloud.google.com/apis/library/gmail.googleapis.com?project=${number}`);
    expect(ada.fix).toContain(own.client_email);
    expect(ada.googleAnswer).toContain('accessNotConfigured');
    expect(card).toContain("Can't write to Gmail: 4");
    // The user's card links the customer's own project's console page (an allowed openLinkUrlPrefixes entry).
    const userCard = delegation.shown(delegation.action(w, 'connection.user', { params: { email: 'ada@acme.example' } }));
    expect(userCard).toContain(`"openLink":{"url":"https://console.cloud.google.com/apis/library/gmail.googleapis.com?project=${number}"}`);
    expect(userCard).toContain('Enable the Gmail API');
    expect(JSON.stringify(['admin', 'ada', 'bob'].map((u) => mailboxOf(w.ws, w.ws.directory.findUser(`${u}@acme.example`)!).sendAs))).toBe(signaturesBefore);

    enableApi(w.ws, 'acme-own-project', 'gmail.googleapis.com');
    delegation.action(w, 'connection.recheck');
    expect(delegation.statusOf(w)['ada@acme.example']).toBe('ok');
  });

  it('does not save a customer key whose project has not enabled the Gmail API, and says which API and project', () => {
    const w = delegation.world();
    const own = createServiceAccountKey(w.ws, createServiceAccount(w.ws, 'acme-own-project', 'autograph-acme'));
    grantDelegation(w.ws, delegation.CUSTOMER, own.client_id, [...DELEGATION_SCOPES]);
    disableApi(w.ws, 'acme-own-project', 'gmail.googleapis.com');
    const number = registry(w.ws).projects['acme-own-project'].projectNumber;
    const r = delegation.shown(delegation.action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own), testUser: 'ada@acme.example' } }));
    expect(r).toContain('The key was not saved');
    expect(r).toContain(`Enable the Gmail API in Cloud project ${number}`);
    expect(JSON.stringify(w.ws.state('spreadsheets', () => ({})))).not.toContain('sb1.');
  });

  it('tells a customer on the publisher\'s account that the fix is on the publisher\'s side', () => {
    const w = delegation.world();
    disableApi(w.ws, 'autograph-prod', 'gmail.googleapis.com');
    delegation.action(w, 'connection.recheck');
    const bob = delegation.linkageRows(w).find((r) => r.email === 'bob@acme.example')!;
    expect(`${bob.status}/${bob.cause}`).toBe('linkage_error/apiDisabled');
    expect(bob.fix).toContain("This is on the publisher's side");
    expect(bob.fix).toContain('gmail.googleapis.com');
    // Not the customer's project: no button sends their admin to a console page they cannot change.
    expect(delegation.shown(delegation.action(w, 'connection.user', { params: { email: 'bob@acme.example' } }))).not.toContain('openLink');
  });
});

describe('the publisher\'s project has not enabled the Gmail API when signatures go out', () => {
  it('writes nothing, records why with the fix, and writes every signature once the API is on', () => {
    const w = deployed();
    const sa = createServiceAccount(w.ws, 'autograph-prod', 'signatures');
    scriptProps(w).AUTOGRAPH_PUBLISHER_KEY = JSON.stringify(createServiceAccountKey(w.ws, sa));
    grantDelegation(w.ws, w.tenant.customerId, sa.clientId, [...DELEGATION_SCOPES]);
    const classic = STARTER_TEMPLATES.find((t) => t.key === 'classic')!;
    shown(action(w, 'templates.save', { form: { name: 'Classic', html: classic.html, aliasPolicy: 'primary' } }));
    shown(action(w, 'assignments.add', { form: { targetKind: 'company', templateId: sheetRows(w, 'signature_templates')[0].id } }));
    const employees = sheetRows(w, 'employees').filter((e) => e.syncOn !== 'false' && e.reason === '').map((e) => e.primaryEmail);
    const signatures = () => employees.map((e) => mailboxOf(w.ws, w.ws.directory.findUser(e)!).sendAs[e.toLowerCase()]?.signature ?? '');
    const before = JSON.stringify(signatures());

    disableApi(w.ws, 'autograph-prod', 'gmail.googleapis.com');
    action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    for (let i = 0; i < 4; i++) w.ws.advance(3600_000);
    expect(JSON.stringify(signatures())).toBe(before);
    const states = sheetRows(w, 'signature_addresses');
    expect(states.filter((s) => s.status === 'ok')).toEqual([]);
    const number = registry(w.ws).projects['autograph-prod'].projectNumber;
    expect(states.length).toBe(employees.length);
    for (const st of states) {
      expect(st).toMatchObject({ status: 'error', lastWrittenAt: '0', storedHtml: '' });
      expect(st.reason).toContain(`Gmail API has not been used in project ${number}`);
      expect(st.fix).toContain("This is on the publisher's side");
      expect(st.fix).toContain(`https://console.cloud.google.com/apis/library/gmail.googleapis.com?project=${number}`);
    }

    enableApi(w.ws, 'autograph-prod', 'gmail.googleapis.com');
    action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    for (let i = 0; i < 8 && signatures().some((x) => !x); i++) w.ws.advance(3600_000);
    expect(signatures().every((x, i) => x.includes(`mailto:${employees[i]}`))).toBe(true);
  });
});
