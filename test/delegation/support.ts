import * as crypto from 'node:crypto';

/** A service account key file as Google issues it, with a fresh 2048-bit RSA key (made once per test file). */
export function keyFile(overrides: Record<string, unknown> = {}): { text: string; pem: string; json: Record<string, unknown> } {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const json: Record<string, unknown> = {
    type: 'service_account',
    project_id: 'acme-signatures',
    private_key_id: crypto.randomBytes(20).toString('hex'),
    private_key: pem,
    client_email: 'autograph@acme-signatures.iam.gserviceaccount.com',
    client_id: '104857600000000000001',
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: 'https://oauth2.googleapis.com/token',
    ...overrides,
  };
  return { text: JSON.stringify(json, null, 2), pem, json };
}

/** Pieces of a PEM's base64 body long enough that finding one in output means the key leaked. */
export function keyFragments(pem: string): string[] {
  const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  const out: string[] = [];
  for (let i = 0; i + 24 <= body.length; i += 24) out.push(body.slice(i, i + 24));
  return out;
}
