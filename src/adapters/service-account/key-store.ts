/**
 * Where service account keys live (docs/delegation.md "Where keys live"):
 * - the publisher's key: script property `AUTOGRAPH_PUBLISHER_KEY` (the JSON key file, set once by the publisher
 *   in the Apps Script editor › Project Settings › Script properties). One key for every customer; ~2.4 KB of the
 *   500 KB store.
 * - a customer's own key: sealed (tweetnacl secretbox) under a key derived from the publisher's master secret and
 *   the customer id, in a hidden sheet of that customer's spreadsheet. Script properties cannot hold one key per
 *   customer (500 KB for all) and are readable by every execution of every customer's users through our code.
 * - the master secret: script property `AUTOGRAPH_MASTER_SECRET`, created once under the script lock.
 */
import { fromSignedBytes, toSignedBytes, base64Encode, base64Decode } from '../../core/delegation/bytes';
import type { SecretStore } from '../../core/delegation/connection';
import { parseServiceAccountKey, ServiceAccountKey } from '../../core/delegation/key-file';
import { derivationLabel, NONCE_BYTES, openSecret, sealSecret } from '../../core/delegation/secret-box';
import type { TenantStore } from '../store/tenant-store';

export const PUBLISHER_KEY_PROPERTY = 'AUTOGRAPH_PUBLISHER_KEY';
export const MASTER_SECRET_PROPERTY = 'AUTOGRAPH_MASTER_SECRET';
/** The secret's name in a tenant's SecretStore. */
export const CUSTOMER_KEY_SECRET = 'serviceAccountKey';

export class KeyUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyUnavailableError';
  }
}

/** The publisher's key, or null when the deployment has none (the setup card then offers only "Your own key"). */
export function publisherKey(): ServiceAccountKey | null {
  const text = PropertiesService.getScriptProperties().getProperty(PUBLISHER_KEY_PROPERTY);
  if (!text) return null;
  const parsed = parseServiceAccountKey(text);
  if (!parsed.ok) {
    // The publisher's deployment is broken; say which field without quoting the value.
    throw new KeyUnavailableError(
      `Script property ${PUBLISHER_KEY_PROPERTY} is not a valid service account key: ${parsed.error.field} ${parsed.error.problem} ` +
        'The publisher must set it again (docs/delegation.md "Deploying the publisher\'s key").',
    );
  }
  return parsed.key;
}

/** 32 random bytes: SHA-256 over several UUIDs (v4, random) and the time; Apps Script offers no CSPRNG call. */
function randomBytes32(): number[] {
  const seed = [Utilities.getUuid(), Utilities.getUuid(), Utilities.getUuid(), String(Date.now())].join('|');
  return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, seed, Utilities.Charset.UTF_8);
}

/** The master secret, created on first use. The script lock keeps two first uses from creating two. */
function masterSecret(): number[] {
  const props = PropertiesService.getScriptProperties();
  const existing = props.getProperty(MASTER_SECRET_PROPERTY);
  if (existing) return toSignedBytes(base64Decode(existing)!);
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) throw new KeyUnavailableError('Autograph is busy setting up its encryption; try again in a minute.');
  try {
    const again = props.getProperty(MASTER_SECRET_PROPERTY);
    if (again) return toSignedBytes(base64Decode(again)!);
    const fresh = randomBytes32();
    props.setProperty(MASTER_SECRET_PROPERTY, base64Encode(fromSignedBytes(fresh)));
    return fresh;
  } finally {
    lock.releaseLock();
  }
}

/** HMAC-SHA256(master, customer id + name): one sealing key per tenant and secret. */
export function sealingKey(customerId: string, name: string): Uint8Array {
  const label = Utilities.newBlob(derivationLabel(customerId, name)).getBytes();
  return fromSignedBytes(Utilities.computeHmacSha256Signature(label, masterSecret()));
}

const purposeKeys = new Map<string, number[]>();

/**
 * HMAC-SHA256 of `label` under the tenant's key for `purpose` (itself `sealingKey(customerId, purpose)`, derived
 * once per execution): per-user keys and opaque tags that only Autograph's code can compute.
 */
export function keyedHmac(customerId: string, purpose: string, label: string): Uint8Array {
  const id = `${customerId}|${purpose}`;
  let k = purposeKeys.get(id);
  if (!k) purposeKeys.set(id, (k = toSignedBytes(sealingKey(customerId, purpose))));
  return fromSignedBytes(Utilities.computeHmacSha256Signature(Utilities.newBlob(label).getBytes(), k));
}

export function nonce(): Uint8Array {
  return fromSignedBytes(randomBytes32()).slice(0, NONCE_BYTES);
}

/** Seals and stores a customer's key (the minimal fields, not the whole file). */
export function storeCustomerKey(store: SecretStore, customerId: string, key: ServiceAccountKey): void {
  const plain = JSON.stringify({
    type: key.type,
    project_id: key.projectId,
    private_key_id: key.privateKeyId,
    private_key: key.privateKey,
    client_email: key.clientEmail,
    client_id: key.clientId,
  });
  store.write(customerId, CUSTOMER_KEY_SECRET, sealSecret(plain, sealingKey(customerId, CUSTOMER_KEY_SECRET), nonce()));
}

/** The customer's key, or null when none is stored. Throws when it is stored but cannot be opened. */
export function loadCustomerKey(store: SecretStore, customerId: string): ServiceAccountKey | null {
  const sealed = store.read(customerId, CUSTOMER_KEY_SECRET);
  if (!sealed) return null;
  const plain = openSecret(sealed, sealingKey(customerId, CUSTOMER_KEY_SECRET));
  if (plain === null) {
    throw new KeyUnavailableError(
      'Your stored service account key cannot be decrypted (it was altered, or copied from another Autograph ' +
        'installation). Upload the key file again in Autograph › Connection › Your own key.',
    );
  }
  const parsed = parseServiceAccountKey(plain);
  if (!parsed.ok) throw new KeyUnavailableError('Your stored service account key is damaged. Upload the key file again.');
  return parsed.key;
}

export function removeCustomerKey(store: SecretStore, customerId: string): void {
  store.remove(customerId, CUSTOMER_KEY_SECRET);
}

const SECRETS_SHEET = '_secrets';

/**
 * Sealed secrets in a hidden sheet of the tenant's spreadsheet: one row per secret, name in column A,
 * sealed value in B (~3 KB, well under a cell's 50,000 characters). Only the tenant's admins can open the
 * spreadsheet, and what they see there is ciphertext.
 */
export class SpreadsheetSecretStore implements SecretStore {
  constructor(private readonly store: TenantStore) {}

  private sheet(create: boolean): GoogleAppsScript.Spreadsheet.Sheet | null {
    const ss = this.store.spreadsheet;
    let sheet = ss.getSheetByName(SECRETS_SHEET);
    if (!sheet && create) {
      sheet = ss.insertSheet(SECRETS_SHEET);
      sheet.hideSheet();
    }
    return sheet;
  }

  private check(customerId: string): void {
    if (customerId !== this.store.customerId) {
      throw new Error(`This store belongs to customer ${this.store.customerId}, not ${customerId}`);
    }
  }

  private rows(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[][] {
    const n = sheet.getLastRow();
    return n === 0 ? [] : (sheet.getRange(1, 1, n, 2).getValues() as string[][]).map((r) => [String(r[0]), String(r[1])]);
  }

  read(customerId: string, name: string): string | null {
    this.check(customerId);
    const sheet = this.sheet(false);
    if (!sheet) return null;
    const row = this.rows(sheet).find((r) => r[0] === name);
    return row && row[1] ? row[1] : null;
  }

  write(customerId: string, name: string, sealed: string): void {
    this.check(customerId);
    const sheet = this.sheet(true)!;
    const rows = this.rows(sheet);
    const i = rows.findIndex((r) => r[0] === name);
    const at = i >= 0 ? i + 1 : rows.length + 1;
    sheet.getRange(at, 1, 1, 2).setNumberFormat('@').setValues([[name, sealed]]);
  }

  remove(customerId: string, name: string): void {
    this.check(customerId);
    const sheet = this.sheet(false);
    if (!sheet) return;
    const i = this.rows(sheet).findIndex((r) => r[0] === name);
    if (i >= 0) sheet.deleteRow(i + 1);
  }
}
