import { setup } from './core-services-fixture';

const CODE = `
function who() {
  return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(),
    Session.getActiveUserLocale()].join('|');
}
function key() { return Session.getTemporaryActiveUserKey(); }
function logs() {
  Logger.log('plain');
  Logger.log('%s has %s items', 'cart', 3);
  Logger.log({ a: 1 });
  console.log('console %s', 'log');
  console.info('info');
  console.warn('warn', 42);
  console.error('oops');
  return Logger.getLog();
}
`;

describe('Session', () => {
  it('names the running user and the manifest time zone', () => {
    const { run } = setup(CODE);
    expect(run('who', 'gia@globex.test').value).toBe('gia@globex.test|gia@globex.test|Europe/Paris|en');
  });

  it('gives a temporary key that is stable per user and differs between users', () => {
    const { run } = setup(CODE);
    const a1 = run('key', 'ada@acme.test').value;
    const a2 = run('key', 'ada@acme.test').value;
    const b = run('key', 'bob@acme.test').value;
    expect(a1).toBe(a2);
    expect(a1).not.toBe(b);
    expect(String(a1)).toMatch(/^[A-Za-z0-9]{20,}$/);
  });
});

describe('Logger and console', () => {
  it('writes formatted lines into the execution log with their levels', () => {
    const { ws, run } = setup(CODE);
    const r = run('logs');
    expect(r.value).toBe('plain\ncart has 3 items\n{"a":1}');
    const lines = ws.logs.filter((l) => l.execution === r.execution.id).map((l) => `${l.level}:${l.text}`);
    expect(lines).toEqual([
      'info:plain',
      'info:cart has 3 items',
      'info:{"a":1}',
      'log:console log',
      'info:info',
      'warn:warn 42',
      'error:oops',
    ]);
  });
});
