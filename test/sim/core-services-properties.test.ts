import { setup } from './core-services-fixture';

const CODE = `
function setScript(e) { PropertiesService.getScriptProperties().setProperty(e.key, e.value); }
function getScript(e) { return PropertiesService.getScriptProperties().getProperty(e.key); }
function setUser(e) { PropertiesService.getUserProperties().setProperty(e.key, e.value); }
function getUser(e) { return PropertiesService.getUserProperties().getProperty(e.key); }
function docProps() { return PropertiesService.getDocumentProperties(); }
function bulk() {
  var p = PropertiesService.getScriptProperties();
  p.setProperties({ a: '1', b: '2', n: 3 });
  var keys = p.getKeys().sort().join(',');
  p.setProperties({ c: 'x' }, true);
  var after = JSON.stringify(p.getProperties());
  p.deleteProperty('c');
  var empty = p.getKeys().length;
  p.setProperty('d', 4);
  var typed = typeof p.getProperty('d');
  p.deleteAllProperties();
  return [keys, after, empty, typed, p.getKeys().length, p.getProperty('missing')].join('|');
}
function bigValue(e) { PropertiesService.getScriptProperties().setProperty('big', new Array(e.n + 1).join('x')); }
function fillStore() {
  var p = PropertiesService.getUserProperties();
  var chunk = new Array(9 * 1024 + 1 - 8).join('y');
  for (var i = 0; i < 60; i++) p.setProperty('key' + (i < 10 ? '0' : '') + i, chunk);
}
function countKeys() { return PropertiesService.getUserProperties().getKeys().length; }
function catchTooLarge() {
  try { bigValue({ n: 9 * 1024 + 1 }); return 'no error'; } catch (e) { return (e instanceof Error) + ':' + e.message; }
}
`;

describe('PropertiesService', () => {
  it('shares one script store among every user of the add-on, across tenants', () => {
    const { run } = setup(CODE);
    run('setScript', 'ada@acme.test', { event: { key: 'k', value: 'from acme' } });
    expect(run('getScript', 'gia@globex.test', { event: { key: 'k' } }).value).toBe('from acme');
  });

  it('keeps user properties per user and per project', () => {
    const { ws, run } = setup(CODE);
    run('setUser', 'ada@acme.test', { event: { key: 'k', value: 'ada' } });
    expect(run('getUser', 'ada@acme.test', { event: { key: 'k' } }).value).toBe('ada');
    expect(run('getUser', 'bob@acme.test', { event: { key: 'k' } }).value).toBeNull();
    const other = ws.loadProject(require('./core-services-fixture').writeProject(CODE, undefined, 'other'));
    expect(ws.run(other, 'getUser', { user: 'ada@acme.test', event: { key: 'k' } }).value).toBeNull();
  });

  it('has no document properties in a Gmail add-on', () => {
    const { run } = setup(CODE);
    expect(run('docProps').value).toBeNull();
  });

  it('stores strings, sets in bulk, replaces all and deletes', () => {
    const { run } = setup(CODE);
    expect(run('bulk').value).toBe('a,b,n|{"c":"x"}|0|string|0|');
  });

  it('accepts a 9 KB value and refuses one byte more with Google\'s words', () => {
    const { run } = setup(CODE);
    expect(run('bigValue', 'ada@acme.test', { event: { n: 9 * 1024 } }).ok).toBe(true);
    const r = run('bigValue', 'ada@acme.test', { event: { n: 9 * 1024 + 1 } });
    expect(r.ok).toBe(false);
    expect(r.error).toBe('Argument too large: value');
    expect(run('catchTooLarge').value).toBe('true:Argument too large: value');
  });

  it('refuses to grow a store past 500 KB and keeps what fitted', () => {
    const { run } = setup(CODE);
    const r = run('fillStore');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/exceeded the property storage quota/);
    const kept = run('countKeys').value as number;
    expect(kept).toBeGreaterThan(50);
    expect(kept).toBeLessThan(60);
  });

  it('counts reads and writes toward the daily quota and spends virtual time', () => {
    const { run } = setup(CODE);
    const r = run('bulk');
    expect(r.execution.counters.get('properties.ops')).toBe(11);
    expect(r.execution.elapsed()).toBeGreaterThan(0);
  });
});
