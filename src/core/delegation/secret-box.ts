/**
 * Sealing a customer's service account key for storage (see docs/delegation.md "Where keys live"):
 * XSalsa20-Poly1305 (tweetnacl `secretbox`), with a key derived per customer from the publisher's master secret,
 * so a sealed value copied into another tenant's store does not open there, and a changed byte does not open at
 * all. The caller supplies the derived key and a fresh 24-byte nonce (Apps Script has no CSPRNG API; the adapter
 * hashes `Utilities.getUuid()` output, which Google generates randomly).
 */
import nacl from 'tweetnacl';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './bytes';

const VERSION = 'sb1';
export const SECRET_KEY_BYTES = nacl.secretbox.keyLength;
export const NONCE_BYTES = nacl.secretbox.nonceLength;

export function sealSecret(plaintext: string, key: Uint8Array, nonce: Uint8Array): string {
  if (key.length !== SECRET_KEY_BYTES) throw new Error(`A sealing key has ${SECRET_KEY_BYTES} bytes, not ${key.length}`);
  if (nonce.length !== NONCE_BYTES) throw new Error(`A nonce has ${NONCE_BYTES} bytes, not ${nonce.length}`);
  const box = nacl.secretbox(utf8Encode(plaintext), nonce, key);
  return `${VERSION}.${base64Encode(nonce)}.${base64Encode(box)}`;
}

/** The plaintext, or null when the value was sealed under another key or altered. */
export function openSecret(sealed: string, key: Uint8Array): string | null {
  const [version, nonceB64, boxB64] = sealed.split('.');
  if (version !== VERSION || !nonceB64 || !boxB64) return null;
  const nonce = base64Decode(nonceB64);
  const box = base64Decode(boxB64);
  if (!nonce || !box || nonce.length !== NONCE_BYTES || key.length !== SECRET_KEY_BYTES) return null;
  const plain = nacl.secretbox.open(box, nonce, key);
  return plain ? utf8Decode(plain) : null;
}

/** What the key-derivation input is for a tenant: bound to the customer id and the secret's name. */
export function derivationLabel(customerId: string, name: string): string {
  return `autograph/secret/v1|${customerId}|${name}`;
}
