/**
 * Checks a pasted service account key file before Autograph stores it. Google's JSON key
 * (iam/docs/keys-create-delete): `type: "service_account"`, `project_id`, `private_key_id`, `private_key` (PKCS#8
 * PEM), `client_email`, `client_id`, `token_uri`… Errors name the field, what is wrong and the fix, and never quote
 * the file's content.
 */
import { base64Decode } from './bytes';

export interface ServiceAccountKey {
  type: 'service_account';
  projectId: string;
  privateKeyId: string;
  privateKey: string;
  clientEmail: string;
  clientId: string;
}

export interface KeyFileError {
  field: string;
  problem: string;
  fix: string;
}

export type KeyFileResult = { ok: true; key: ServiceAccountKey } | { ok: false; error: KeyFileError };

const NEW_KEY_FIX =
  'In Google Cloud console › IAM & Admin › Service accounts, open the service account › Keys › Add key › ' +
  'Create new key › JSON, open the downloaded file in a text editor and paste all of it.';

function fail(field: string, problem: string, fix = NEW_KEY_FIX): KeyFileResult {
  return { ok: false, error: { field, problem, fix } };
}

/** The user pasted only part of the file: braces or the PEM end line are missing. */
function looksTruncated(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith('{')) return false;
  if (!t.endsWith('}')) return true;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  return depth !== 0 || inString;
}

const OTHER_TYPES: Record<string, string> = {
  authorized_user: 'a user credential (from `gcloud auth application-default login`), not a service account key',
  external_account: 'a workload identity federation configuration, which holds no private key',
  impersonated_service_account: 'an impersonation configuration, which holds no private key',
  external_account_authorized_user: 'a workforce identity credential, not a service account key',
};

export function parseServiceAccountKey(text: string): KeyFileResult {
  const t = (text ?? '').trim();
  if (!t) return fail('key file', 'is empty.');
  if (t.startsWith('-----BEGIN')) {
    return fail('key file', 'holds only a PEM private key, not the JSON key file (Autograph also needs the client email and id).');
  }
  if (!t.startsWith('{')) {
    return fail('key file', 'is not a JSON key file (it does not start with "{"). P12 keys are not supported.');
  }
  let o: Record<string, unknown>;
  try {
    const v = JSON.parse(t) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return fail('key file', 'is JSON but not an object.');
    o = v as Record<string, unknown>;
  } catch {
    if (looksTruncated(t)) return fail('key file', 'is cut short: the text ends before the file does. Copy the whole file, down to its last "}".');
    return fail('key file', 'is not valid JSON.');
  }
  if (o.installed || o.web) {
    return fail(
      'key file',
      'is an OAuth client ID file (client_secret_….json), not a service account key.',
      `Domain-wide delegation needs a service account. ${NEW_KEY_FIX}`,
    );
  }
  const type = typeof o.type === 'string' ? o.type : '';
  if (!type) return fail('type', 'is missing: this is not a Google service account key file.');
  if (type !== 'service_account') {
    const what = OTHER_TYPES[type] ?? `a key of type "${type.slice(0, 40)}"`;
    return fail('type', `is "${type.slice(0, 40)}": the file is ${what}.`);
  }
  const clientEmail = typeof o.client_email === 'string' ? o.client_email.trim() : '';
  if (!clientEmail) return fail('client_email', 'is missing.');
  if (!/^[^@\s]+@[a-z0-9.-]*gserviceaccount\.com$/i.test(clientEmail)) {
    return fail('client_email', 'is not a service account address (…@….iam.gserviceaccount.com).');
  }
  if (typeof o.client_id === 'number') {
    return fail('client_id', 'is a number; Google writes it in quotes, so the file was edited (large numbers lose digits).');
  }
  const clientId = typeof o.client_id === 'string' ? o.client_id.trim() : '';
  if (!clientId) return fail('client_id', 'is missing.');
  if (!/^\d{10,30}$/.test(clientId)) return fail('client_id', 'is not the numeric client id Google gives service accounts.');
  const privateKey = typeof o.private_key === 'string' ? o.private_key : '';
  if (!privateKey) return fail('private_key', 'is missing.');
  const pem = checkPem(privateKey);
  if (pem) return fail('private_key', pem);
  const privateKeyId = typeof o.private_key_id === 'string' ? o.private_key_id.trim() : '';
  if (privateKeyId && !/^[0-9a-f]{20,64}$/i.test(privateKeyId)) return fail('private_key_id', 'is not a key id (hexadecimal).');
  return {
    ok: true,
    key: {
      type: 'service_account',
      projectId: typeof o.project_id === 'string' ? o.project_id : '',
      privateKeyId,
      privateKey: privateKey.replace(/\r\n/g, '\n'),
      clientEmail,
      clientId,
    },
  };
}

/**
 * A problem with the PEM text, or null. Checks the PKCS#8 armour and that the DER inside is whole: its outer
 * SEQUENCE header states its own length, so a key cut in the middle (and re-armoured) is caught here, not by a
 * puzzling signing error later.
 */
export function checkPem(pem: string): string | null {
  const text = pem.replace(/\\n/g, '\n');
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(text)) return 'is encrypted with a passphrase; Google JSON keys are not. Create a new JSON key.';
  if (/-----BEGIN RSA PRIVATE KEY-----/.test(text)) {
    return 'is in PKCS#1 form ("BEGIN RSA PRIVATE KEY"); Google JSON keys are PKCS#8 ("BEGIN PRIVATE KEY"). Create a new JSON key.';
  }
  const m = /-----BEGIN PRIVATE KEY-----([\s\S]*?)(-----END PRIVATE KEY-----|$)/.exec(text);
  if (!m) return 'is not a PEM private key (no "-----BEGIN PRIVATE KEY-----" line).';
  if (!m[2]) return 'is cut short: the "-----END PRIVATE KEY-----" line is missing. Copy the whole file.';
  const der = base64Decode(m[1]);
  if (!der) return 'holds characters that are not base64 between its BEGIN and END lines.';
  if (der.length < 4 || der[0] !== 0x30) return 'does not hold a DER-encoded key.';
  let declared: number;
  if (der[1] < 0x80) declared = 2 + der[1];
  else {
    const n = der[1] & 0x7f;
    if (n < 1 || n > 3 || der.length < 2 + n) return 'does not hold a DER-encoded key.';
    let len = 0;
    for (let i = 0; i < n; i++) len = (len << 8) | der[2 + i];
    declared = 2 + n + len;
  }
  if (der.length < declared) return `is cut short: the key inside is ${der.length} of ${declared} bytes. Copy the whole file.`;
  if (der.length > declared) return 'has extra bytes after the key. Paste the file unchanged.';
  if (der.length < 600) return 'is too short for an RSA key Google issues (2048 bits).';
  return null;
}
