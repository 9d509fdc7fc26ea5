import { setup } from './core-services-fixture';

const CODE = `
function put(e) { CacheService.getScriptCache().put(e.key, e.value, e.ttl); }
function get(e) { return CacheService.getScriptCache().get(e.key); }
function putUser(e) { CacheService.getUserCache().put(e.key, e.value); }
function getUser(e) { return CacheService.getUserCache().get(e.key); }
function docCache() { return CacheService.getDocumentCache(); }
function many() {
  var c = CacheService.getScriptCache();
  for (var i = 0; i < 1001; i++) c.put('k' + i, 'v' + i);
  return [c.get('k0'), c.get('k1'), c.get('k1000')].join('|');
}
function bulk() {
  var c = CacheService.getScriptCache();
  c.putAll({ a: '1', b: '2', c: '3' });
  c.removeAll(['b']);
  c.remove('c');
  var all = c.getAll(['a', 'b', 'c', 'zz']);
  return JSON.stringify(all) + '|' + (all instanceof Object);
}
function tryPut(e) {
  try { CacheService.getScriptCache().put(e.key, e.value, e.ttl); return 'ok'; } catch (err) { return err.message; }
}
`;

describe('CacheService', () => {
  it('expires an entry after the default 600 s on the virtual clock', () => {
    const { ws, run } = setup(CODE);
    run('put', 'ada@acme.test', { event: { key: 'k', value: 'v' } });
    ws.advance(599_000);
    expect(run('get', 'bob@acme.test', { event: { key: 'k' } }).value).toBe('v');
    ws.advance(2_000);
    expect(run('get', 'bob@acme.test', { event: { key: 'k' } }).value).toBeNull();
  });

  it('honours a TTL up to 6 hours and refuses longer ones', () => {
    const { ws, run } = setup(CODE);
    run('put', 'ada@acme.test', { event: { key: 'k', value: 'v', ttl: 21600 } });
    ws.advance(6 * 3600_000 - 1000);
    expect(run('get', 'ada@acme.test', { event: { key: 'k' } }).value).toBe('v');
    expect(run('tryPut', 'ada@acme.test', { event: { key: 'k', value: 'v', ttl: 21601 } }).value).toMatch(
      /expirationInSeconds/,
    );
  });

  it('keeps user caches apart and has no document cache', () => {
    const { run } = setup(CODE);
    run('putUser', 'ada@acme.test', { event: { key: 'k', value: 'ada' } });
    expect(run('getUser', 'ada@acme.test', { event: { key: 'k' } }).value).toBe('ada');
    expect(run('getUser', 'bob@acme.test', { event: { key: 'k' } }).value).toBeNull();
    expect(run('docCache').value).toBeNull();
  });

  it('evicts the oldest item beyond 1,000', () => {
    const { run } = setup(CODE);
    expect(run('many').value).toBe('|v1|v1000');
  });

  it('puts, gets and removes in bulk', () => {
    const { run } = setup(CODE);
    expect(run('bulk').value).toBe('{"a":"1"}|true');
  });

  it('refuses keys over 250 characters and values over 100 KB', () => {
    const { run } = setup(CODE);
    expect(run('tryPut', 'ada@acme.test', { event: { key: 'k'.repeat(250), value: 'v' } }).value).toBe('ok');
    expect(run('tryPut', 'ada@acme.test', { event: { key: 'k'.repeat(251), value: 'v' } }).value).toBe(
      'Argument too large: key',
    );
    expect(run('tryPut', 'ada@acme.test', { event: { key: 'k', value: 'x'.repeat(100 * 1024) } }).value).toBe('ok');
    expect(run('tryPut', 'ada@acme.test', { event: { key: 'k', value: 'x'.repeat(100 * 1024 + 1) } }).value).toBe(
      'Argument too large: value',
    );
  });
});
