import { base64Decode, base64Encode, base64UrlEncode, fromSignedBytes, toHex, toSignedBytes, utf8Decode, utf8Encode } from '../../src/core/delegation/bytes';

describe('byte helpers that work without Buffer or TextEncoder', () => {
  const samples = ['', 'a', 'ab', 'abc', 'Zoë Ångström – 東京 😀', '{"k":"v"}\n'];

  it('encode UTF-8 exactly as Node does', () => {
    for (const s of samples) {
      expect(Buffer.from(utf8Encode(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
      expect(utf8Decode(Uint8Array.from(Buffer.from(s, 'utf8')))).toBe(s);
    }
  });

  it('encode and decode base64 (standard and URL-safe) exactly as Node does', () => {
    for (const s of samples) {
      const bytes = Uint8Array.from(Buffer.from(s, 'utf8'));
      expect(base64Encode(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64UrlEncode(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(Buffer.from(base64Decode(Buffer.from(bytes).toString('base64url'))!).equals(Buffer.from(bytes))).toBe(true);
    }
    expect(base64Decode('not base64!')).toBeNull();
  });

  it('decode malformed UTF-8 to U+FFFD instead of throwing (here as Node does)', () => {
    for (const bad of [[0x48, 0xc3], [0xff, 0x41], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf]]) {
      expect(utf8Decode(Uint8Array.from(bad))).toBe(Buffer.from(bad).toString('utf8'));
    }
  });

  it('convert between Apps Script\'s signed bytes and unsigned ones', () => {
    const u = Uint8Array.from([0, 1, 127, 128, 255]);
    expect(toSignedBytes(u)).toEqual([0, 1, 127, -128, -1]);
    expect(Array.from(fromSignedBytes([0, 1, 127, -128, -1]))).toEqual([0, 1, 127, 128, 255]);
    expect(toHex([-1, 0, 16])).toBe('ff0010');
  });
});
