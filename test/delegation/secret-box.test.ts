import * as crypto from 'node:crypto';
import { derivationLabel, openSecret, sealSecret } from '../../src/core/delegation/secret-box';
import { InMemoryLinkageStore, InMemorySecretStore, linkageToRow, mergeLinkage, recheckOrder, rowToLinkage, LINKAGE_COLUMNS, LinkageRecord } from '../../src/core/delegation/connection';

/** What the adapter does with Utilities.computeHmacSha256Signature. */
const derive = (master: Buffer, customerId: string) => new Uint8Array(crypto.createHmac('sha256', master).update(derivationLabel(customerId, 'serviceAccountKey')).digest());
const master = crypto.randomBytes(32);
const nonce = () => new Uint8Array(crypto.randomBytes(24));

describe('sealing a customer\'s key', () => {
  const secret = JSON.stringify({ private_key: '-----BEGIN PRIVATE KEY-----\nMIIE…\n-----END PRIVATE KEY-----\n', client_email: 'x@y.iam.gserviceaccount.com' });

  it('opens with the same tenant\'s key, and the sealed text does not contain the secret', () => {
    const sealed = sealSecret(secret, derive(master, 'C01'), nonce());
    expect(sealed.startsWith('sb1.')).toBe(true);
    expect(sealed).not.toContain('PRIVATE KEY');
    expect(openSecret(sealed, derive(master, 'C01'))).toBe(secret);
  });

  it('does not open in another tenant, under another master secret, or once altered', () => {
    const sealed = sealSecret(secret, derive(master, 'C01'), nonce());
    expect(openSecret(sealed, derive(master, 'C02'))).toBeNull();
    expect(openSecret(sealed, derive(crypto.randomBytes(32), 'C01'))).toBeNull();
    const i = sealed.length - 10;
    const altered = sealed.slice(0, i) + (sealed[i] === 'A' ? 'B' : 'A') + sealed.slice(i + 1);
    expect(openSecret(altered, derive(master, 'C01'))).toBeNull();
    expect(openSecret('garbage', derive(master, 'C01'))).toBeNull();
  });

  it('seals the same secret differently with each nonce', () => {
    expect(sealSecret(secret, derive(master, 'C01'), nonce())).not.toBe(sealSecret(secret, derive(master, 'C01'), nonce()));
  });

  it('refuses keys and nonces of the wrong size', () => {
    expect(() => sealSecret(secret, new Uint8Array(16), nonce())).toThrow('32 bytes');
    expect(() => sealSecret(secret, derive(master, 'C01'), new Uint8Array(12))).toThrow('24 bytes');
  });

  it('keeps each tenant\'s secrets apart in a store', () => {
    const s = new InMemorySecretStore();
    s.write('C01', 'k', 'a');
    s.write('C02', 'k', 'b');
    expect(s.read('C01', 'k')).toBe('a');
    s.remove('C01', 'k');
    expect(s.read('C01', 'k')).toBeNull();
    expect(s.read('C02', 'k')).toBe('b');
  });
});

describe('linkage records', () => {
  const rec = (email: string, status: LinkageRecord['status'], checkedAt: number): LinkageRecord => ({
    email,
    status,
    cause: status === 'ok' ? 'none' : 'delegation',
    reason: 'r',
    fix: 'f',
    googleAnswer: '',
    checkedAt,
  });

  it('merge by email, newest winning, per tenant', () => {
    const m = mergeLinkage([rec('b@x', 'ok', 1), rec('a@x', 'unauthorized', 1)], [rec('a@x', 'ok', 2)]);
    expect(m.map((r) => [r.email, r.status])).toEqual([['a@x', 'ok'], ['b@x', 'ok']]);
    const store = new InMemoryLinkageStore();
    store.merge('C01', [rec('a@x', 'ok', 1)]);
    expect(store.readAll('C02')).toEqual([]);
  });

  it('re-check the never-checked first, then the failing, then the oldest', () => {
    const known = [rec('ok-old@x', 'ok', 1), rec('ok-new@x', 'ok', 5), rec('bad@x', 'unauthorized', 9)];
    expect(recheckOrder(['ok-new@x', 'ok-old@x', 'bad@x', 'new@x'], known)).toEqual(['new@x', 'bad@x', 'ok-old@x', 'ok-new@x']);
  });

  it('round-trip through a sheet row', () => {
    const r = rec('a@x', 'linkage_error', Date.UTC(2026, 10, 21));
    expect(rowToLinkage([...LINKAGE_COLUMNS], linkageToRow(r))).toEqual(r);
    expect(rowToLinkage([...LINKAGE_COLUMNS], ['a@x', 'bogus'])).toBeNull();
  });
});
