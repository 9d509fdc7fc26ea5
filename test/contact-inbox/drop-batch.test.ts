import nacl from 'tweetnacl';
import { base64Encode, utf8Encode } from '../../src/core/delegation/bytes';
import { sealSecret } from '../../src/core/delegation/secret-box';
import { MAX_TAKEN_BYTES, openBatch, rememberTaken, sealBatch } from '../../src/core/contact-inbox/drop-batch';
import type { ContactSuggestion } from '../../src/core/contact-inbox/suggestion';

const key = (n: number) => Uint8Array.from({ length: 32 }, (_v, i) => (i * 7 + n) & 255);
const nonce = (n: number) => Uint8Array.from({ length: 24 }, (_v, i) => (i * 3 + n) & 255);
const CEO = { id: 'ceo@evil.example', senderEmail: 'ceo@evil.example', name: 'Office of the CEO', status: 'pending', receivedAt: 1 } as unknown as ContactSuggestion;
const TOM = { id: 'tom@fjord.example', senderEmail: 'tom@fjord.example', name: 'Tom Berg', status: 'pending', receivedAt: 2 } as unknown as ContactSuggestion;

describe('drop batches', () => {
  it('open only under their user\'s key, and not when altered', () => {
    const sealed = sealBatch('r1.a.0', [TOM], key(1), nonce(1));
    expect(openBatch(sealed, key(1), 'r1.a.0')).toEqual({ ok: true, suggestions: [TOM] });
    expect(openBatch(sealed, key(2), 'r1.a.0')).toEqual({ ok: false, reason: 'seal' });
    const altered = sealed.slice(0, -6) + (sealed.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
    expect(openBatch(altered, key(1), 'r1.a.0')).toEqual({ ok: false, reason: 'seal' });
  });

  it('refuses a genuine batch copied to another row', () => {
    const sealed = sealBatch('r1.a.0', [TOM], key(1), nonce(1));
    expect(openBatch(sealed, key(1), 'r9.z.0')).toEqual({ ok: false, reason: 'batch' });
  });

  it('refuses the retired public-key format, which anyone holding the public key could seal', () => {
    const ada = nacl.box.keyPair.fromSecretKey(key(1));
    const eph = nacl.box.keyPair.fromSecretKey(key(3));
    const box = nacl.box(utf8Encode(JSON.stringify([CEO])), nonce(2), ada.publicKey, eph.secretKey);
    const forged = `ci1.${base64Encode(eph.publicKey)}.${base64Encode(nonce(2))}.${base64Encode(box)}`;
    expect(openBatch(forged, key(1), 'r1.a.0')).toEqual({ ok: false, reason: 'seal' });
  });

  it('still opens batches sealed under the user\'s key before the batch id was sealed with them', () => {
    const legacy = sealSecret(JSON.stringify([TOM]), key(1), nonce(4));
    expect(openBatch(legacy, key(1), 'r0.x.0')).toEqual({ ok: true, suggestions: [TOM] });
    expect(openBatch(sealSecret('not json', key(1), nonce(5)), key(1), 'r0.x.0')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('batches a user has taken', () => {
  it('forgets batches the nightly run pruned from the drop', () => {
    expect(rememberTaken(['a.0', 'b.0', 'c.0'], ['b.0', 'c.0', 'd.0'], ['d.0'])).toEqual(['b.0', 'c.0', 'd.0']);
  });

  it('stays within a user property value, keeping the newest', () => {
    const ids = Array.from({ length: 2000 }, (_v, i) => `run${i.toString(36)}.${'x'.repeat(20)}.${i}`);
    const kept = rememberTaken(ids.slice(0, 1500), ids, ids.slice(1500));
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(MAX_TAKEN_BYTES);
    expect(kept.length).toBeGreaterThan(200);
    expect(kept[kept.length - 1]).toBe(ids[1999]);
    expect(kept).not.toContain(ids[0]);
  });
});
