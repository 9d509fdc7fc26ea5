/**
 * Suggestions found by the nightly run are sealed to their user: the run executes as an admin (the trigger
 * owner), so whatever it can write in plain form that admin could read. Each user instead has a Curve25519 key
 * pair made in their own execution; the secret key stays in THEIR user properties (PropertiesService
 * getUserProperties: "specific to the current user of a script"), the public key is published for the run. The run
 * seals each batch with an ephemeral key pair (tweetnacl `box`, XSalsa20-Poly1305), so only the user's own
 * execution opens it — not the admin whose trigger wrote it, not another user. See docs/contact-inbox.md.
 */
import nacl from 'tweetnacl';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from '../delegation/bytes';

const VERSION = 'ci1';

export interface InboxKeyPair {
  publicKey: string;
  secretKey: string;
}

/** A key pair from 32 random bytes (the adapter derives them from Utilities.getUuid(): no CSPRNG in Apps Script). */
export function inboxKeyPair(seed: Uint8Array): InboxKeyPair {
  if (seed.length !== nacl.box.secretKeyLength) throw new Error(`A key seed has ${nacl.box.secretKeyLength} bytes, not ${seed.length}`);
  const kp = nacl.box.keyPair.fromSecretKey(seed);
  return { publicKey: base64Encode(kp.publicKey), secretKey: base64Encode(kp.secretKey) };
}

/** Seals `plaintext` to `publicKey`; `ephemeralSeed` (32 bytes) and `nonce` (24 bytes) must be fresh. */
export function sealTo(publicKey: string, plaintext: string, ephemeralSeed: Uint8Array, nonce: Uint8Array): string {
  const pk = base64Decode(publicKey);
  if (!pk || pk.length !== nacl.box.publicKeyLength) throw new Error('The user\'s Contact Inbox key is damaged: they open Autograph in Gmail once to make a new one.');
  if (nonce.length !== nacl.box.nonceLength) throw new Error(`A nonce has ${nacl.box.nonceLength} bytes, not ${nonce.length}`);
  const eph = nacl.box.keyPair.fromSecretKey(ephemeralSeed);
  const box = nacl.box(utf8Encode(plaintext), nonce, pk, eph.secretKey);
  return `${VERSION}.${base64Encode(eph.publicKey)}.${base64Encode(nonce)}.${base64Encode(box)}`;
}

/** The plaintext, or null when it was sealed to another key or altered. */
export function openSealed(sealed: string, secretKey: string): string | null {
  const [version, ephB64, nonceB64, boxB64] = sealed.split('.');
  if (version !== VERSION || !ephB64 || !nonceB64 || !boxB64) return null;
  const eph = base64Decode(ephB64);
  const nonce = base64Decode(nonceB64);
  const box = base64Decode(boxB64);
  const sk = base64Decode(secretKey);
  if (!eph || !nonce || !box || !sk || sk.length !== nacl.box.secretKeyLength || nonce.length !== nacl.box.nonceLength) return null;
  const plain = nacl.box.open(box, nonce, eph, sk);
  return plain ? utf8Decode(plain) : null;
}
