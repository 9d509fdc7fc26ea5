import * as crypto from 'node:crypto';
import { setup } from './core-services-fixture';

const CODE = `
function sign(e) { return Utilities.computeRsaSha256Signature(e.input, e.key); }
function signChecked(e) {
  var sig = Utilities.computeRsaSha256Signature(e.input, e.key);
  return { isArray: Array.isArray(sig), realm: sig instanceof Array, min: Math.min.apply(null, sig), max: Math.max.apply(null, sig),
    b64: Utilities.base64EncodeWebSafe(sig) };
}
function badKey() { try { Utilities.computeRsaSha256Signature('x', 'not a key'); return 'signed'; } catch (e) { return e.message; } }
function b64() {
  var s = 'Grüße <&> ✓';
  var enc = Utilities.base64Encode(s);
  var web = Utilities.base64EncodeWebSafe([-1, -2, -3, 62, 63]);
  var dec = Utilities.newBlob(Utilities.base64Decode(enc)).getDataAsString();
  var webDec = Utilities.base64DecodeWebSafe(web);
  return [enc, web, dec, webDec.join(',')].join('|');
}
function digests() {
  var hex = function (bytes) { return bytes.map(function (b) { return ((b + 256) % 256).toString(16).padStart(2, '0'); }).join(''); };
  return [hex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc')),
    hex(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc', Utilities.Charset.UTF_8)),
    hex(Utilities.computeHmacSha256Signature('value', 'key')),
    hex(Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_SHA_1, 'value', 'key'))].join('|');
}
function blob() {
  var b = Utilities.newBlob('héllo', 'text/plain', 'a.txt');
  var c = b.copyBlob().setName('b.txt').setContentType('text/csv');
  return [b.getName(), b.getContentType(), c.getName(), c.getContentType(), b.getBytes().length, c.getDataAsString()].join('|');
}
function charsets() {
  var latin = Utilities.newBlob([0x47, 0x72, -4, 0xdf - 256, 0x65]).getDataAsString('ISO-8859-1');
  var win = Utilities.newBlob([0x80 - 256, 0x20, 0x93 - 256, 0x94 - 256]).getDataAsString('windows-1252');
  var sjis = Utilities.newBlob([0x93 - 256, 0xfa - 256, 0x96 - 256, 0x7b]).getDataAsString('Shift_JIS');
  var back = Utilities.newBlob('').setDataFromString('Grüße', 'ISO-8859-1').getBytes().length;
  var bad; try { Utilities.newBlob('x').getDataAsString('no-such-charset'); } catch (e) { bad = e.message; }
  return [latin, win, sjis, back, bad].join('|');
}
function dates(e) {
  var d = new Date(e.ms);
  return Utilities.formatDate(d, e.tz, e.pattern);
}
function misc() {
  return JSON.stringify([
    Utilities.formatString('%s is %d years and %.2f%% done, %05d', 'Ada', 36, 12.345, 42),
    Utilities.parseCsv('a,"b,c",d\\n"x ""y""",z'),
    Utilities.jsonParse(Utilities.jsonStringify({ k: [1, 2] })),
    Utilities.getUuid().length,
  ]);
}
function uuids() { return [Utilities.getUuid(), Utilities.getUuid()].join(' '); }
function sleepy() { var t0 = Date.now(); Utilities.sleep(2500); return Date.now() - t0; }
function tooSleepy() { Utilities.sleep(300001); }
`;

describe('Utilities', () => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('signs with RSA-SHA256 so that the public key verifies it', () => {
    const { run } = setup(CODE);
    const r = run('signChecked', 'ada@acme.test', { event: { input: 'header.claims', key: pem } });
    const v = r.value as { isArray: boolean; realm: boolean; min: number; max: number; b64: string };
    expect(v.isArray && v.realm).toBe(true);
    expect(v.min).toBeGreaterThanOrEqual(-128);
    expect(v.max).toBeLessThanOrEqual(127);
    expect(v.min).toBeLessThan(0);
    const sig = Buffer.from(v.b64, 'base64url');
    expect(crypto.verify('sha256', Buffer.from('header.claims'), publicKey, sig)).toBe(true);
  });

  it('refuses an invalid key without echoing it', () => {
    const { run } = setup(CODE);
    expect(run('badKey').value).toBe('Invalid argument: key');
  });

  it('encodes base64 and web-safe base64 from strings (UTF-8) and signed bytes', () => {
    const { run } = setup(CODE);
    const enc = Buffer.from('Grüße <&> ✓', 'utf8').toString('base64');
    const web = Buffer.from([255, 254, 253, 62, 63]).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    expect(web).toMatch(/[-_]/);
    expect(run('b64').value).toBe(`${enc}|${web}|Grüße <&> ✓|-1,-2,-3,62,63`);
  });

  it('computes digests and HMACs like node:crypto', () => {
    const { run } = setup(CODE);
    const h = (alg: string, v: string) => crypto.createHash(alg).update(v).digest('hex');
    const m = (alg: string, v: string, k: string) => crypto.createHmac(alg, k).update(v).digest('hex');
    expect(run('digests').value).toBe(
      [h('sha256', 'abc'), h('md5', 'abc'), m('sha256', 'value', 'key'), m('sha1', 'value', 'key')].join('|'),
    );
  });

  it('makes blobs with names, content types and UTF-8 bytes', () => {
    const { run } = setup(CODE);
    expect(run('blob').value).toBe('a.txt|text/plain|b.txt|text/csv|6|héllo');
  });

  it('decodes blob text in the charsets mail uses', () => {
    const { run } = setup(CODE);
    expect(run('charsets').value).toBe('Grüße|€ “”|日本|5|Unsupported charset: no-such-charset');
  });

  it('formats dates in a time zone with SimpleDateFormat patterns, across DST', () => {
    const { run } = setup(CODE);
    const fmt = (ms: number, tz: string, pattern: string) => run('dates', 'ada@acme.test', { event: { ms, tz, pattern } }).value;
    const beforeDst = Date.UTC(2026, 2, 29, 0, 30); // 01:30 CET
    const afterDst = Date.UTC(2026, 2, 29, 1, 30); // 03:30 CEST
    expect(fmt(beforeDst, 'Europe/Paris', "yyyy-MM-dd'T'HH:mm:ssXXX z")).toBe('2026-03-29T01:30:00+01:00 CET');
    expect(fmt(afterDst, 'Europe/Paris', "yyyy-MM-dd'T'HH:mm:ssXXX z")).toBe('2026-03-29T03:30:00+02:00 CEST');
    expect(fmt(afterDst, 'America/Los_Angeles', 'EEE, d MMM yyyy hh:mm a Z')).toBe('Sat, 28 Mar 2026 06:30 PM -0700');
    expect(fmt(Date.UTC(2026, 0, 5, 12), 'UTC', "EEEE MMMM dd yy 'o''clock' D X")).toBe("Monday January 05 26 o'clock 5 Z");
    expect(fmt(Date.UTC(2026, 0, 5, 12), 'Asia/Kolkata', 'HH:mm z XX')).toBe('17:30 IST +0530');
  });

  it('formats strings, parses CSV and JSON, and makes UUIDs', () => {
    const { run } = setup(CODE);
    expect(JSON.parse(run('misc').value as string)).toEqual([
      'Ada is 36 years and 12.35% done, 00042',
      [
        ['a', 'b,c', 'd'],
        ['x "y"', 'z'],
      ],
      { k: [1, 2] },
      36,
    ]);
  });

  it('makes UUIDs that are deterministic for a seed and distinct within a run', () => {
    const a = setup(CODE).run('uuids').value as string;
    const b = setup(CODE).run('uuids').value as string;
    expect(a).toBe(b);
    const [u1, u2] = a.split(' ');
    expect(u1).not.toBe(u2);
    expect(u1).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sleeps on the virtual clock, at most 5 minutes at a time', () => {
    const { run } = setup(CODE);
    expect(run('sleepy').value).toBeGreaterThanOrEqual(2500);
    const r = run('tooSleepy');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/milliseconds/);
  });
});
