/**
 * Issue 11, item 6: script properties are one 500 KB store for every customer (apps-script/guides/services/quotas:
 * "Properties total storage 500 KB / property store"), so a tenant keeps there only what must be found before its
 * own store is open. Measured here by running tenants in the offline Workspace and summing their keys and values.
 */
import { action, directoryWorld, setUp, sheetRows, shown, tenantRecord, type DirWorld } from './world';
import { turnOnAutoSync } from '../support/triggers';
import { registryBytes, storedTenant } from '../support/tenant-registry';
import { propertiesState, PROPERTY_STORE_MAX_BYTES } from '../../sim/services/properties';
import { spreadsheetState } from '../../sim/services/spreadsheet';
import { createServiceAccount, createServiceAccountKey, grantDelegation } from '../../sim/google/registry';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';

const DAY = 24 * 3600_000;

function ready(seed: string): DirWorld {
  const w = directoryWorld({ users: 20, seed });
  if (!setUp(w).ok) throw new Error('setup failed');
  for (let i = 0; i < 6 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  return w;
}

const props = (w: DirWorld) => (propertiesState(w.ws).script[w.project.id] ??= {});
const bytesOf = (w: DirWorld) => registryBytes(w.ws, w.project.id, w.tenant.customerId, w.tenant.domains);
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** Fills the shared store with another project's-worth of filler until only `room` bytes are left. */
function fillStore(w: DirWorld, room: number): void {
  const p = props(w);
  const used = () => Object.entries(p).reduce((n, [k, v]) => n + utf8(k) + utf8(v), 0);
  for (let i = 0; PROPERTY_STORE_MAX_BYTES - used() > room + 9_000; i++) p[`filler:${i}`] = 'x'.repeat(8_000);
  const left = PROPERTY_STORE_MAX_BYTES - used() - room - 20;
  if (left > 0) p['filler:last'] = 'x'.repeat(left);
}

function saveOwnKey(w: DirWorld): void {
  const own = createServiceAccountKey(w.ws, createServiceAccount(w.ws, 'own-project', 'autograph-own'));
  grantDelegation(w.ws, w.tenant.customerId, own.client_id, [...DELEGATION_SCOPES]);
  const tester = sheetRows(w, 'employees').find((e) => e.primaryEmail !== w.admin)!.primaryEmail;
  const r = action(w, 'connection.saveKey', { form: { keyFile: JSON.stringify(own), testUser: tester } });
  expect(shown(r)).toContain('Key saved');
}

describe("a tenant's share of the script properties", () => {
  it('holds at most 100 bytes at rest after setup, a nightly run and its own key; Contact Inbox adds only the drop id', () => {
    const w = ready('registry-bytes');
    turnOnAutoSync(w.ws, w.project, w.admin);
    saveOwnKey(w);
    w.ws.advance(DAY);
    expect(sheetRows(w, 'runs').pop()).toMatchObject({ kind: 'nightly', outcome: 'done' });
    const atRest = bytesOf(w);
    expect(atRest.keys.sort()).toEqual([`d:${w.tenant.domains[0]}`, `t:${w.tenant.customerId}`].sort());
    expect(atRest.bytes).toBeLessThanOrEqual(100);
    // Everything else is in the tenant's own store, where the add-on reads it.
    const stored = storedTenant(w.ws, w.project.id, w.tenant.customerId)!;
    expect(stored.settings.connection).toMatchObject({ mode: 'customer' });
    expect(tenantRecord(w)).toMatchObject({ autoSync: true, triggerOwner: w.admin });

    expect(action(w, 'contactInbox.enableTenant').ok).toBe(true);
    w.ws.advance(DAY);
    const withInbox = bytesOf(w);
    // Users who are not admins read the drop's id before they can open anything: one more id, nothing else.
    expect(withInbox.bytes - atRest.bytes).toBe(utf8(` d=${stored.spreadsheetId}`));
    expect(storedTenant(w.ws, w.project.id, w.tenant.customerId)!.settings.contactInbox).toMatchObject({ enabled: true, enabledBy: w.admin });
  });

  it('refuses Connect on a full store with a clear message and leaves no spreadsheet behind', () => {
    const w = directoryWorld({ users: 20, seed: 'registry-full' });
    fillStore(w, 40);
    const files = () => Object.keys(w.ws.state<{ files: Record<string, unknown> }>('spreadsheets', () => ({ files: {} })).files).length;
    const before = files();
    const card = shown(action(w, 'dir.setup.connect'));
    expect(card).toContain('created nothing in your Drive');
    expect(card).toContain('shared registry');
    expect(files()).toBe(before);
    expect(Object.keys(props(w)).filter((k) => k.startsWith('t:') || k.startsWith('d:'))).toEqual([]);
    // Room again: the same Connect works.
    for (const k of Object.keys(props(w))) if (k.startsWith('filler:')) delete props(w)[k];
    expect(setUp(w).ok).toBe(true);
    expect(tenantRecord(w)).toMatchObject({ createdBy: w.admin });
  });

  it('records a nightly run that cannot save its progress in the tenant store, where every admin sees it', () => {
    const w = ready('registry-night');
    turnOnAutoSync(w.ws, w.project, w.admin);
    fillStore(w, 10);
    w.ws.advance(DAY);
    const last = sheetRows(w, 'runs').pop()!;
    expect(last).toMatchObject({ kind: 'nightly', outcome: 'failed' });
    expect(last.message).toContain('shared registry');
    expect(sheetRows(w, 'errors').pop()!.message).toContain('could not save its progress');
  });
});

describe('a tenant of an earlier version', () => {
  it('moves every setting into its store on first use, keeps them, and deletes the old keys', () => {
    const w = ready('registry-legacy');
    const cid = w.tenant.customerId;
    const { spreadsheetId } = storedTenant(w.ws, w.project.id, cid)!;
    const p = props(w);
    const legacy = {
      record: { spreadsheetId, primaryDomain: w.tenant.domains[0], timeZone: 'America/New_York', autoSync: true, triggerOwner: w.admin, createdBy: w.admin, createdAt: 1234, notice: '' },
      connection: { mode: 'publisher', clientId: '1234567890', clientEmail: 'sa@p.iam.gserviceaccount.com', privateKeyId: '', testUser: '', savedBy: w.admin, savedAt: 99 },
      contactInbox: { enabled: true, enabledBy: w.admin, enabledAt: 77, dropSpreadsheetId: 'drop-id-of-an-earlier-version', startRequested: ['ada@x.example'] },
    };
    p[`t:${cid}`] = JSON.stringify(legacy.record);
    p[`t:${cid}:connection`] = JSON.stringify(legacy.connection);
    p[`t:${cid}:contactInbox`] = JSON.stringify(legacy.contactInbox);
    p[`t:${cid}:signatures:published`] = 'published-id-of-an-earlier-version';
    const ss = spreadsheetState(w.ws, spreadsheetId)!;
    ss.sheets = ss.sheets.filter((s) => s.name !== '_tenant');
    const oldBytes = bytesOf(w).bytes;

    // The first admin execution that opens the store moves everything.
    expect(shown(action(w, 'sync.open'))).toContain('America/New_York');
    const now = storedTenant(w.ws, w.project.id, cid)!;
    expect(now.settings.tenant).toEqual({ primaryDomain: w.tenant.domains[0], timeZone: 'America/New_York', autoSync: true, triggerOwner: w.admin, createdBy: w.admin, createdAt: 1234 });
    expect(now.settings.connection).toEqual(legacy.connection);
    expect(now.settings.contactInbox).toEqual(legacy.contactInbox);
    expect(now.settings.published).toBe('published-id-of-an-earlier-version');
    // Users keep finding the files they read: the drop (Contact Inbox on) and the published copies.
    expect(now.dropId).toBe('drop-id-of-an-earlier-version');
    expect(now.publishedId).toBe('published-id-of-an-earlier-version');
    expect(Object.keys(props(w)).filter((k) => k.startsWith(`t:${cid}:`))).toEqual([]);
    expect(bytesOf(w).bytes).toBeLessThan(oldBytes);
    // And the tenant goes on working: a nightly run as the trigger owner the old record named.
    turnOnAutoSync(w.ws, w.project, w.admin);
    w.ws.advance(DAY);
    expect(sheetRows(w, 'runs').pop()).toMatchObject({ kind: 'nightly', outcome: 'done' });
  });
});
