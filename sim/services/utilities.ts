import * as crypto from 'node:crypto';
import type { Execution } from '../execution';
import type { OfflineWorkspace } from '../workspace';
import type { ServiceModule } from './types';
import { appsScriptEnum, coreCall } from './core-latency';
import { Rng } from '../rng';
import { formatSimpleDate } from './simple-date-format';
import { formatJavaString, parseCsv } from './java-text';

export { formatJavaString, parseCsv };

type Bytes = GoogleAppsScript.Byte[];

export const DigestAlgorithm = appsScriptEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);
export const Charset = appsScriptEnum(['US_ASCII', 'UTF_8'] as const);
export const MacAlgorithm = appsScriptEnum([
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
] as const);
export const RsaAlgorithm = appsScriptEnum(['RSA_SHA_1', 'RSA_SHA_256'] as const);

const DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const HMAC: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

/**
 * Parsed private keys by PEM (real-time only: parsing a PEM costs the host more than signing with it; virtual time
 * and errors are as before). Small: a workspace holds a handful of service-account keys.
 */
const PRIVATE_KEYS = new Map<string, crypto.KeyObject>();
function parsedPrivateKey(pem: string): crypto.KeyObject {
  let k = PRIVATE_KEYS.get(pem);
  if (!k) {
    k = crypto.createPrivateKey({ key: pem, format: 'pem' });
    if (PRIVATE_KEYS.size > 64) PRIVATE_KEYS.clear();
    PRIVATE_KEYS.set(pem, k);
  }
  return k;
}

// apps-script/reference/utilities/utilities#sleep: "The maximum allowed value is 300000 (or 5 minutes)."
export const SLEEP_MAX_MS = 300_000;

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
export function toSignedBytes(buf: Uint8Array): number[] {
  const out = new Array<number>(buf.length);
  for (let i = 0; i < buf.length; i++) out[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  return out;
}

export function fromBytes(bytes: ArrayLike<number>): Buffer {
  const b = Buffer.alloc(bytes.length);
  for (let i = 0; i < bytes.length; i++) b[i] = Number(bytes[i]) & 0xff;
  return b;
}

function isByteArray(v: unknown): v is number[] {
  return Array.isArray(v);
}

/** A string as bytes in the given charset; US_ASCII turns every non-ASCII character into '?', as Java does. */
export function encodeString(s: string, charset?: unknown): Buffer {
  if (charset === undefined || String(charset) === 'UTF_8') return Buffer.from(s, 'utf8');
  if (String(charset) === 'US_ASCII') return Buffer.from([...s].map((c) => (c.charCodeAt(0) < 128 ? c : '?')).join(''), 'latin1');
  throw new Error(`unknown charset ${String(charset)}`);
}

let readBlobBytes: (blob: SimBlob) => Buffer;

/** windows-1252 characters for bytes 0x80..0x9F (unassigned bytes stay as their C1 control characters). */
const WINDOWS_1252_HIGH = [
  '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
  '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
  '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
  '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
];

/** The content of a blob made by `Utilities.newBlob`, for other service fakes (never handed to scripts). */
export function blobBytes(blob: SimBlob): Buffer {
  return readBlobBytes(blob);
}

/**
 * The subset of Blob the offline Workspace offers (apps-script/reference/base/blob): bytes, text, content type and
 * name. Other services (UrlFetchApp payloads, attachments) recognise it with `instanceof SimBlob` and read it
 * with `blobBytes`. Fields are #private so scripts see only the Blob methods.
 */
export class SimBlob {
  readonly #exec: Execution;
  #bytes: Buffer;
  #contentType: string | null;
  #name: string | null;

  constructor(exec: Execution, bytes: Buffer, contentType: string | null = null, name: string | null = null) {
    this.#exec = exec;
    this.#bytes = bytes;
    this.#contentType = contentType;
    this.#name = name;
  }

  static {
    readBlobBytes = (blob) => blob.#bytes;
  }

  /** @deprecated use `blobBytes(blob)`: a public method is visible to scripts, and this one hands out a host Buffer. */
  raw(): Buffer {
    return this.#bytes;
  }

  getBytes(): Bytes {
    coreCall(this.#exec, 'utilities.blob');
    return this.#exec.toRealm(toSignedBytes(this.#bytes));
  }
  setBytes(data: Bytes): SimBlob {
    coreCall(this.#exec, 'utilities.blob');
    this.#bytes = fromBytes(data);
    return this;
  }
  // reference/base/blob#getDataAsString(charset): any charset Java knows (ISO-8859-1, windows-1252, Shift_JIS, ...);
  // decoded here with the WHATWG decoders, which cover the charsets mail uses.
  getDataAsString(charset?: string): string {
    coreCall(this.#exec, 'utilities.blob');
    if (charset === undefined || /^utf-?8$/i.test(charset)) return this.#bytes.toString('utf8');
    // Node decodes windows-1252 as plain Latin-1; Java maps 0x80..0x9F to € ‚ ƒ „ … and friends.
    if (/^(windows-1252|cp1252)$/i.test(charset)) {
      return [...this.#bytes].map((b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
    }
    try {
      return new TextDecoder(String(charset)).decode(this.#bytes);
    } catch {
      throw this.#exec.realmError(`Unsupported charset: ${charset}`);
    }
  }
  setDataFromString(s: string, charset?: string): SimBlob {
    coreCall(this.#exec, 'utilities.blob');
    const c = (charset ?? 'UTF-8').toLowerCase().replace(/_/g, '-');
    if (c === 'utf-8' || c === 'utf8') this.#bytes = Buffer.from(String(s), 'utf8');
    else if (c === 'iso-8859-1' || c === 'latin1') this.#bytes = Buffer.from(String(s), 'latin1');
    else if (c === 'us-ascii' || c === 'ascii') this.#bytes = encodeString(String(s), 'US_ASCII');
    else if (c === 'utf-16le') this.#bytes = Buffer.from(String(s), 'utf16le');
    else throw this.#exec.realmError(`Unsupported charset: ${charset} (the offline Workspace encodes UTF-8, ISO-8859-1, US-ASCII and UTF-16LE)`);
    return this;
  }
  getContentType(): string | null {
    return this.#contentType;
  }
  setContentType(contentType: string | null): SimBlob {
    this.#contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.#name;
  }
  setName(name: string): SimBlob {
    this.#name = name;
    return this;
  }
  copyBlob(): SimBlob {
    coreCall(this.#exec, 'utilities.blob');
    return new SimBlob(this.#exec, Buffer.from(this.#bytes), this.#contentType, this.#name);
  }
  getBlob(): SimBlob {
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
}

function utilities(ws: OfflineWorkspace, exec: Execution) {
  const rng = new Rng(`${ws.seed}:uuid:${exec.id}`);
  const bytesOut = (b: Buffer): Bytes => exec.toRealm(toSignedBytes(b));
  const input = (value: unknown, charset?: unknown): Buffer =>
    isByteArray(value) ? fromBytes(value) : encodeString(String(value), charset);
  const decode64 = (encoded: unknown, webSafe: boolean): Buffer => {
    const s = String(encoded).replace(/\s+/g, '');
    const alphabet = webSafe ? /^[A-Za-z0-9_\-+/]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
    if (!alphabet.test(s) || s.replace(/=+$/, '').length % 4 === 1) {
      throw exec.realmError('Could not decode string.');
    }
    return Buffer.from(webSafe ? s.replace(/-/g, '+').replace(/_/g, '/') : s, 'base64');
  };
  const rsaSign = (hash: 'sha1' | 'sha256', value: unknown, key: unknown, charset?: unknown): Bytes => {
    coreCall(exec, 'utilities.crypto');
    let privateKey: crypto.KeyObject;
    try {
      privateKey = parsedPrivateKey(String(key));
    } catch {
      // Never echo the key: it is a secret (reference/utilities/utilities#computeRsaSha256Signature).
      throw exec.realmError('Invalid argument: key');
    }
    if (privateKey.asymmetricKeyType !== 'rsa') throw exec.realmError('Invalid argument: key');
    return bytesOut(crypto.sign(hash, input(value, charset), privateKey));
  };
  const hmac = (alg: unknown, value: unknown, key: unknown, charset?: unknown): Bytes => {
    coreCall(exec, 'utilities.crypto');
    const h = HMAC[String(alg)];
    if (!h) throw exec.realmError(`Invalid argument: algorithm (${String(alg)})`);
    if (isByteArray(value) !== isByteArray(key)) {
      throw exec.realmError('Invalid argument: value and key must both be strings or both be byte arrays');
    }
    return bytesOut(crypto.createHmac(h, input(key, charset)).update(input(value, charset)).digest());
  };

  const methods = {
    base64Encode(data: Bytes | string, charset?: GoogleAppsScript.Utilities.Charset): string {
      coreCall(exec, 'utilities.encode');
      return input(data, charset).toString('base64');
    },
    // reference/utilities/utilities#base64EncodeWebSafe: RFC 4648 URL alphabet, padding kept.
    base64EncodeWebSafe(data: Bytes | string, charset?: GoogleAppsScript.Utilities.Charset): string {
      coreCall(exec, 'utilities.encode');
      return input(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): Bytes {
      coreCall(exec, 'utilities.encode');
      return bytesOut(decode64(encoded, false));
    },
    base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): Bytes {
      coreCall(exec, 'utilities.encode');
      return bytesOut(decode64(encoded, true));
    },
    computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: Bytes | string, charset?: GoogleAppsScript.Utilities.Charset): Bytes {
      coreCall(exec, 'utilities.crypto');
      const h = DIGEST[String(algorithm)];
      // MD2 is in Apps Script's enum, but OpenSSL 3 (Node) no longer provides it.
      if (!h) throw exec.realmError(`Invalid argument: algorithm (${String(algorithm)} is not available offline)`);
      return bytesOut(crypto.createHash(h).update(input(value, charset)).digest());
    },
    computeHmacSha256Signature(value: Bytes | string, key: Bytes | string, charset?: GoogleAppsScript.Utilities.Charset): Bytes {
      return hmac('HMAC_SHA_256', value, key, charset);
    },
    computeHmacSignature(
      algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
      value: Bytes | string,
      key: Bytes | string,
      charset?: GoogleAppsScript.Utilities.Charset,
    ): Bytes {
      return hmac(algorithm, value, key, charset);
    },
    // reference/utilities/utilities#computeRsaSha256Signature: signs with an RSA private key in PEM (as found in a
    // service account's JSON key file), returning the PKCS#1 v1.5 signature bytes.
    computeRsaSha256Signature(value: string, key: string, charset?: GoogleAppsScript.Utilities.Charset): Bytes {
      return rsaSign('sha256', value, key, charset);
    },
    computeRsaSha1Signature(value: string, key: string, charset?: GoogleAppsScript.Utilities.Charset): Bytes {
      return rsaSign('sha1', value, key, charset);
    },
    computeRsaSignature(
      algorithm: GoogleAppsScript.Utilities.RsaAlgorithm,
      value: string,
      key: string,
      charset?: GoogleAppsScript.Utilities.Charset,
    ): Bytes {
      const a = String(algorithm);
      if (a !== 'RSA_SHA_1' && a !== 'RSA_SHA_256') throw exec.realmError(`Invalid argument: algorithm (${a})`);
      return rsaSign(a === 'RSA_SHA_1' ? 'sha1' : 'sha256', value, key, charset);
    },
    newBlob(data: Bytes | string, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
      coreCall(exec, 'utilities.blob');
      const blob = new SimBlob(exec, input(data), contentType ?? null, name ?? null);
      return blob as unknown as GoogleAppsScript.Base.Blob;
    },
    // Seeded per execution, so runs are reproducible; formatted as a version-4 UUID.
    getUuid(): string {
      coreCall(exec, 'utilities.uuid');
      const b = Buffer.alloc(16);
      for (let i = 0; i < 16; i++) b[i] = rng.int(0, 256);
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      const h = b.toString('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    sleep(milliseconds: number): void {
      coreCall(exec, 'utilities.sleep');
      const ms = Number(milliseconds);
      if (!Number.isFinite(ms) || ms < 0 || ms > SLEEP_MAX_MS) {
        throw exec.realmError(`Invalid argument: milliseconds (${milliseconds}): the maximum is ${SLEEP_MAX_MS}`);
      }
      exec.count('utilities.sleepMs', ms);
      exec.spend(ms);
    },
    formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
      coreCall(exec, 'utilities.format');
      const d = date as unknown as { getTime?: () => number };
      if (!d || typeof d.getTime !== 'function') throw exec.realmError('Invalid argument: date');
      try {
        return formatSimpleDate(d.getTime(), String(timeZone), String(format));
      } catch (e) {
        throw exec.realmError(`Invalid argument: format (${(e as Error).message})`);
      }
    },
    formatString(template: string, ...args: unknown[]): string {
      coreCall(exec, 'utilities.format');
      return formatJavaString(String(template), args);
    },
    parseCsv(csv: string, delimiter?: string): string[][] {
      coreCall(exec, 'utilities.format');
      return exec.toRealm(parseCsv(String(csv), delimiter ?? ','));
    },
    jsonStringify(obj: unknown): string {
      coreCall(exec, 'utilities.format');
      return (exec.realm?.JSON ?? JSON).stringify(obj);
    },
    jsonParse(jsonString: string): unknown {
      coreCall(exec, 'utilities.format');
      return (exec.realm?.JSON ?? JSON).parse(jsonString);
    },
  } satisfies Pick<GoogleAppsScript.Utilities.Utilities, UtilitiesMethod>;
  // The enums are Apps Script enum objects (names as values), not TypeScript numeric enums.
  return { ...methods, DigestAlgorithm, Charset, MacAlgorithm, RsaAlgorithm };
}

/** The part of GoogleAppsScript.Utilities.Utilities this fake offers (zip, gzip, parseDate are not emulated). */
type UtilitiesMethod =
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'computeRsaSha256Signature'
  | 'computeRsaSha1Signature'
  | 'computeRsaSignature'
  | 'newBlob'
  | 'getUuid'
  | 'sleep'
  | 'formatDate'
  | 'formatString'
  | 'parseCsv'
  | 'jsonStringify'
  | 'jsonParse';

export const utilitiesModule: ServiceModule = {
  name: 'Utilities',
  globals: ({ ws, exec }) => ({ Utilities: utilities(ws, exec) }),
};
