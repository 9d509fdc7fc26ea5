import * as crypto from 'node:crypto';
import { checkPem, parseServiceAccountKey } from '../../src/core/delegation/key-file';
import { keyFile, keyFragments } from './support';

const good = keyFile();

function problem(text: string): { field: string; problem: string; fix: string } {
  const r = parseServiceAccountKey(text);
  if (r.ok) throw new Error('expected a problem');
  return r.error;
}

describe('checking a pasted service account key file', () => {
  it('accepts Google\'s JSON key file and keeps what token minting needs', () => {
    const r = parseServiceAccountKey(good.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.key.clientEmail).toBe('autograph@acme-signatures.iam.gserviceaccount.com');
    expect(r.key.clientId).toBe('104857600000000000001');
    expect(r.key.privateKey).toBe(good.pem);
  });

  it('recognises an OAuth client file and says which file to download instead', () => {
    const e = problem(JSON.stringify({ installed: { client_id: 'x.apps.googleusercontent.com', client_secret: 'GOCSPX-abc' } }));
    expect(e.problem).toContain('OAuth client ID file');
    expect(e.fix).toContain('Service accounts');
    expect(problem(JSON.stringify({ web: { client_id: 'x' } })).problem).toContain('OAuth client');
  });

  it('recognises keys of another type', () => {
    expect(problem(JSON.stringify({ type: 'authorized_user', client_id: 'x', refresh_token: 'y' })).problem).toContain('user credential');
    expect(problem(JSON.stringify({ type: 'external_account', audience: 'x' })).problem).toContain('workload identity');
    expect(problem(JSON.stringify({ type: 'something_else' })).field).toBe('type');
    expect(problem(JSON.stringify({ client_email: 'x' })).problem).toContain('not a Google service account key');
  });

  it('says a file cut short is cut short, wherever it was cut', () => {
    expect(problem(good.text.slice(0, good.text.length / 2)).problem).toContain('cut short');
    const noEnd = keyFile({ private_key: good.pem.replace('-----END PRIVATE KEY-----', '') });
    expect(problem(noEnd.text)).toMatchObject({ field: 'private_key' });
    expect(problem(noEnd.text).problem).toContain('END PRIVATE KEY');
    const lines = good.pem.trim().split('\n');
    const rearmoured = [...lines.slice(0, 10), lines[lines.length - 1]].join('\n') + '\n';
    const e = problem(keyFile({ private_key: rearmoured }).text);
    expect(e.field).toBe('private_key');
    expect(e.problem).toMatch(/cut short: the key inside is \d+ of \d+ bytes/);
  });

  it('names missing or malformed fields', () => {
    expect(problem(keyFile({ client_email: undefined }).text).field).toBe('client_email');
    expect(problem(keyFile({ client_email: 'ada@acme.example' }).text).field).toBe('client_email');
    expect(problem(keyFile({ client_id: undefined }).text).field).toBe('client_id');
    expect(problem(keyFile({ client_id: 104857600000000000001 }).text).problem).toContain('number');
    expect(problem(keyFile({ private_key: undefined }).text).field).toBe('private_key');
    expect(problem('').problem).toContain('empty');
    expect(problem(good.pem).problem).toContain('only a PEM private key');
    expect(problem('hello').problem).toContain('not a JSON key file');
  });

  it('rejects PEM forms Google does not issue', () => {
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(checkPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString())).toContain('PKCS#1');
    const enc = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'p' }).toString();
    expect(checkPem(enc)).toContain('encrypted');
    expect(checkPem(good.pem)).toBeNull();
  });

  it('never quotes the key in an error', () => {
    const lines = good.pem.trim().split('\n');
    const bad = [
      good.text.slice(0, 900),
      keyFile({ private_key: [...lines.slice(0, 10), lines[lines.length - 1]].join('\n') }).text,
      keyFile({ client_email: 'nope' }).text,
      keyFile({ type: 'authorized_user' }).text,
    ];
    for (const text of bad) {
      const e = problem(text);
      const all = `${e.field} ${e.problem} ${e.fix}`;
      for (const frag of keyFragments(good.pem)) expect(all).not.toContain(frag);
    }
  });
});
