/**
 * Byte helpers that work without Node or the DOM (Apps Script has neither `Buffer` nor `TextEncoder`).
 * Apps Script's `Utilities` speaks in signed bytes (-128..127); tweetnacl in Uint8Array; these convert.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX: Record<string, number> = {};
for (let i = 0; i < B64.length; i++) B64_INDEX[B64[i]] = i;
B64_INDEX['-'] = 62;
B64_INDEX['_'] = 63;

export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** How many bytes `text` takes in UTF-8 (what Apps Script's property quotas count), without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * UTF-8 to string. Malformed sequences become U+FFFD instead of throwing or garbling what follows: mail often
 * mislabels its charset, and the same decoder serves sealed data Autograph wrote itself.
 */
export function utf8Decode(bytes: Uint8Array): string {
  const chunks: string[] = [];
  let codes: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let need = 0;
    let c = 0;
    if (b < 0x80) (c = b), (need = 0);
    else if (b >= 0xc2 && b < 0xe0) (c = b & 31), (need = 1);
    else if (b >= 0xe0 && b < 0xf0) (c = b & 15), (need = 2);
    else if (b >= 0xf0 && b < 0xf5) (c = b & 7), (need = 3);
    else {
      codes.push(0xfffd);
      i++;
      continue;
    }
    let ok = i + need < bytes.length;
    for (let k = 1; k <= need && ok; k++) {
      const cont = bytes[i + k];
      if (cont === undefined || (cont & 0xc0) !== 0x80) ok = false;
      else c = (c << 6) | (cont & 63);
    }
    // F4 90.. and above encode past U+10FFFF, which String.fromCodePoint refuses.
    if (!ok || c > 0x10ffff) {
      codes.push(0xfffd);
      i++;
      continue;
    }
    codes.push(c);
    i += need + 1;
    if (codes.length >= 4096) {
      chunks.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  chunks.push(String.fromCodePoint(...codes));
  return chunks.join('');
}

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/** Decodes standard or URL-safe base64, padded or not. Returns null on any character outside the alphabet. */
export function base64Decode(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=]/g, '');
  if (clean.length % 4 === 1) return null;
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = B64_INDEX[ch];
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

export function base64UrlEncode(bytes: Uint8Array): string {
  return base64Encode(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Apps Script byte[] (signed) → Uint8Array. */
export function fromSignedBytes(bytes: readonly number[]): Uint8Array {
  return Uint8Array.from(bytes, (b) => b & 0xff);
}

/** Uint8Array → Apps Script byte[] (signed), as `Utilities` methods accept. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function toHex(bytes: Uint8Array | readonly number[]): string {
  let out = '';
  for (const b of bytes) out += ((b as number) & 0xff).toString(16).padStart(2, '0');
  return out;
}
