import { setup, writeProject } from './core-services-fixture';
import { OfflineWorkspace } from '../../sim/workspace';

const CODE = `
function useSetTimeout() { setTimeout(function () {}, 10); }
function useRequire() { return require('fs'); }
function useBuffer() { return Buffer.from('x').toString('base64'); }
function useProcess() { return process.env.HOME; }
function useFetch() { return fetch('https://example.com'); }
function useTextEncoder() { return new TextEncoder().encode('x'); }
function clock() { return [new Date().getTime(), Date.now()].join('|'); }
function randomness() { return [Math.random(), Math.random()].join('|'); }
function busyService() {
  var p = PropertiesService.getScriptProperties();
  for (var i = 0; i < 100000; i++) p.getProperty('k');
  return 'finished';
}
function sleepy(e) { for (var i = 0; i < e.times; i++) Utilities.sleep(e.ms); return 'finished'; }
function swallowTimeout() {
  try { for (var i = 0; i < 10; i++) Utilities.sleep(60000); } catch (e) { return 'caught ' + e.message; }
  return 'finished';
}
function writeTen() {
  var p = PropertiesService.getScriptProperties();
  for (var i = 0; i < 10; i++) p.setProperty('k' + i, 'v');
}
function internals() {
  var objs = [PropertiesService.getScriptProperties(), CacheService.getScriptCache(), LockService.getScriptLock(),
    Utilities.newBlob('x'), ScriptApp.newTrigger('f').timeBased()];
  return objs.map(function (o) { return Object.keys(o).length + ':' + ('ws' in o) + ':' + ('exec' in o); }).join(',');
}
function keys() { return PropertiesService.getScriptProperties().getKeys().sort().join(','); }
`;

describe('the Apps Script runtime of the offline Workspace', () => {
  it.each([
    ['useSetTimeout', 'setTimeout'],
    ['useRequire', 'require'],
    ['useBuffer', 'Buffer'],
    ['useProcess', 'process'],
    ['useFetch', 'fetch'],
    ['useTextEncoder', 'TextEncoder'],
  ])('fails %s with a ReferenceError, as Apps Script would', (fn, name) => {
    const { run } = setup(CODE);
    const r = run(fn);
    expect(r.ok).toBe(false);
    expect(r.errorName).toBe('ReferenceError');
    expect(r.error).toBe(`${name} is not defined`);
  });

  it('fails a bundle that calls require at load time', () => {
    const ws = new OfflineWorkspace();
    ws.directory.addTenant({ customerId: 'C1', domains: ['a.test'], organizationName: 'A', timeZone: 'UTC', language: 'en', orgUnits: [], groups: [], schemas: [] });
    const { addUser } = require('./core-services-fixture');
    addUser(ws, 'C1', 'x@a.test');
    const p = ws.loadProject(writeProject("var fs = require('fs');\nfunction main() { return 1; }", { timeZone: 'UTC' }, 'cjs'));
    const r = ws.run(p, 'main', { user: 'x@a.test' });
    expect(r.ok).toBe(false);
    expect(r.error).toBe('require is not defined');
  });

  it('gives new Date() and Date.now() the virtual clock', () => {
    const { ws, run } = setup(CODE, undefined, { startAt: Date.UTC(2030, 0, 1) });
    expect(run('clock').value).toBe(`${Date.UTC(2030, 0, 1)}|${Date.UTC(2030, 0, 1)}`);
    ws.advance(3 * 24 * 3600_000);
    expect(run('clock').value).toBe(`${Date.UTC(2030, 0, 4)}|${Date.UTC(2030, 0, 4)}`);
  });

  it('seeds Math.random, so runs repeat exactly', () => {
    expect(setup(CODE).run('randomness').value).toBe(setup(CODE).run('randomness').value);
  });

  it('ends an execution whose service calls run past 6 virtual minutes', () => {
    const { run } = setup(CODE);
    const r = run('busyService');
    expect(r.ok).toBe(false);
    expect(r.endedByPlatform).toBe(true);
    expect(r.error).toBe('Exceeded maximum execution time');
    expect(r.execution.elapsed()).toBeGreaterThan(6 * 60_000);
    expect(r.execution.elapsed()).toBeLessThan(6 * 60_000 + 1000);
  });

  it('ends a card action past 30 seconds', () => {
    const { run } = setup(CODE);
    expect(run('sleepy', 'ada@acme.test', { kind: 'action', event: { times: 2, ms: 14_000 } }).ok).toBe(true);
    const r = run('sleepy', 'ada@acme.test', { kind: 'action', event: { times: 4, ms: 10_000 } });
    expect(r.ok).toBe(false);
    expect(r.error).toBe('Exceeded maximum execution time');
  });

  it('ends the execution even when the script catches the timeout', () => {
    const { run } = setup(CODE);
    const r = run('swallowTimeout');
    expect(r.ok).toBe(false);
    expect(r.endedByPlatform).toBe(true);
    expect(r.error).toBe('Exceeded maximum execution time');
  });

  it('advances the clock by Utilities.sleep', () => {
    const { ws, run } = setup(CODE);
    const t0 = ws.clock.now();
    run('sleepy', 'ada@acme.test', { event: { times: 3, ms: 100_000 } });
    expect(ws.clock.now() - t0).toBeGreaterThanOrEqual(300_000);
  });

  it('shows scripts only the service methods, not the workspace behind them', () => {
    const { run } = setup(CODE);
    expect(run('internals').value).toBe('0:false:false,0:false:false,0:false:false,0:false:false,0:false:false');
  });

  it('stops an execution at a requested cut-off, keeping the writes made before it', () => {
    const { run } = setup(CODE);
    const r = run('writeTen', 'ada@acme.test', { cutOff: { afterServiceCalls: 3 } });
    expect(r.ok).toBe(false);
    expect(r.endedByPlatform).toBe(true);
    expect(r.error).toMatch(/^Exceeded maximum execution time \(cut off/);
    expect(run('keys').value).toBe('k0,k1');
  });
});
