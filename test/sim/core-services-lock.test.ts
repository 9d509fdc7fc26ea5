import { setup } from './core-services-fixture';

const CODE = `
function holdFiveMinutes() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  Utilities.sleep(300000);
  lock.releaseLock();
  return lock.hasLock();
}
function holdUntilEnd() {
  LockService.getScriptLock().waitLock(1000);
  Utilities.sleep(60000);
}
function tryBriefly() {
  var lock = LockService.getScriptLock();
  var got = lock.tryLock(1000);
  return got + '|' + lock.hasLock();
}
function waitLong() {
  var t0 = Date.now();
  var lock = LockService.getScriptLock();
  lock.waitLock(330000);
  return { waited: Date.now() - t0, has: lock.hasLock() };
}
function waitShort() { LockService.getScriptLock().waitLock(1000); }
function userLockBriefly() { return LockService.getUserLock().tryLock(1000); }
function reentrant() {
  var a = LockService.getScriptLock();
  var b = LockService.getScriptLock();
  return [a.tryLock(0), b.hasLock(), b.tryLock(0), a.hasLock()].join('|');
}
function docLock() { return LockService.getDocumentLock(); }
`;

describe('LockService', () => {
  it('makes a concurrent execution fail tryLock(1000) while another holds the script lock for 5 minutes', () => {
    const { ws, project } = setup(CODE);
    const [first, second] = ws.runConcurrently([
      { project, fn: 'holdFiveMinutes', user: 'ada@acme.test' },
      { project, fn: 'tryBriefly', user: 'gia@globex.test' },
    ]);
    expect(first.ok).toBe(true);
    expect(first.value).toBe(false);
    expect(second.value).toBe('false|false');
    expect(second.execution.elapsed()).toBeGreaterThanOrEqual(1000);
    expect(second.execution.elapsed()).toBeLessThan(5000);
  });

  it('lets waitLock with a long enough timeout succeed once the holder is done', () => {
    const { ws, project } = setup(CODE);
    const [first, second] = ws.runConcurrently([
      { project, fn: 'holdFiveMinutes', user: 'ada@acme.test' },
      { project, fn: 'waitLong', user: 'bob@acme.test' },
    ]);
    expect(second.ok).toBe(true);
    const v = second.value as { waited: number; has: boolean };
    expect(v.has).toBe(true);
    expect(second.execution.startedAt + v.waited).toBeGreaterThanOrEqual(first.execution.now() - 1000);
    expect(v.waited).toBeGreaterThanOrEqual(300_000);
  });

  it('throws Google\'s words when waitLock times out', () => {
    const { ws, project } = setup(CODE);
    const [, second] = ws.runConcurrently([
      { project, fn: 'holdFiveMinutes', user: 'ada@acme.test' },
      { project, fn: 'waitShort', user: 'bob@acme.test' },
    ]);
    expect(second.ok).toBe(false);
    expect(second.error).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('releases a lock when its execution ends without releasing it', () => {
    const { ws, project, run } = setup(CODE);
    const [first, second] = ws.runConcurrently([
      { project, fn: 'holdUntilEnd', user: 'ada@acme.test' },
      { project, fn: 'waitLong', user: 'bob@acme.test' },
    ]);
    expect(first.ok).toBe(true);
    expect((second.value as { waited: number }).waited).toBeGreaterThanOrEqual(60_000);
    expect((second.value as { waited: number }).waited).toBeLessThan(120_000);
    expect(run('tryBriefly').value).toBe('true|true');
  });

  it('keeps user locks per user, so two users do not contend', () => {
    const { ws, project } = setup(CODE + 'function holdUser() { LockService.getUserLock().waitLock(0); Utilities.sleep(60000); }');
    const [, other, same] = ws.runConcurrently([
      { project, fn: 'holdUser', user: 'ada@acme.test' },
      { project, fn: 'userLockBriefly', user: 'bob@acme.test' },
      { project, fn: 'userLockBriefly', user: 'ada@acme.test' },
    ]);
    expect(other.value).toBe(true);
    expect(same.value).toBe(false);
  });

  it('lets one execution take the lock it already holds, and has no document lock', () => {
    const { run } = setup(CODE);
    expect(run('reentrant').value).toBe('true|false|true|true');
    expect(run('docLock').value).toBeNull();
  });
});
