import { setup } from './core-services-fixture';
import { scriptAppState, triggerFirings } from '../../sim/services/script-app';

const ESCAPES = `
function reach(f) {
  try { var v = f(); return v === undefined ? 'undefined' : typeof v; } catch (e) { return 'threw ' + (e instanceof Error); }
}
function viaMethodConstructor() {
  return reach(function () { return Session.getActiveUser.constructor('return process')(); });
}
function viaConstructorConstructor() {
  return reach(function () { return Session.getActiveUser().constructor.constructor('return process')(); });
}
function viaPrototype() {
  return reach(function () { return Object.getPrototypeOf(PropertiesService.getScriptProperties).constructor('return require')(); });
}
function viaReturnedObject() {
  var lock = LockService.getScriptLock();
  return reach(function () { return lock.constructor.constructor('return process')(); });
}
function viaHostPrototypeChain() {
  var p = PropertiesService.getScriptProperties();
  return reach(function () { return p.__proto__.__proto__.constructor.constructor('return process')(); });
}
function viaThrownError() {
  try { PropertiesService.getScriptProperties().setProperty(null, 'x'); } catch (e) {
    return (e instanceof Error) + ':' + reach(function () { return e.constructor.constructor('return process')(); });
  }
}
function viaErrorDetails() {
  try { AdminDirectory.Users.get('nobody@acme.test'); } catch (e) {
    return (e instanceof Error) + ':' + typeof e.details + ':' + reach(function () { return e.details.constructor.constructor('return process')(); });
  }
}
function viaArrayOfServiceObjects() {
  ScriptApp.newTrigger('viaEnum').timeBased().everyHours(1).create();
  var sheets = SpreadsheetApp.create('x').getSheets();
  var triggers = ScriptApp.getProjectTriggers();
  return [reach(function () { return triggers[0].constructor.constructor('return process')(); }),
    reach(function () { return sheets[0].constructor.constructor('return process')(); }),
    triggers[0].getHandlerFunction(), sheets[0].getName()].join('|');
}
function viaSpeciesArgument() {
  var written = [];
  function Catcher() {
    return new Proxy([], {
      defineProperty: function (t, k, d) { written.push(d.value); return Reflect.defineProperty(t, k, d); },
      set: function (t, k, v) { written.push(v); t[k] = v; return true; }
    });
  }
  class Evil extends Array { static get [Symbol.species]() { return Catcher; } }
  var ss = SpreadsheetApp.create('x');
  ss.addEditors(Evil.from([Session.getActiveUser(), 'bob@acme.test']));
  return written.length + ':' + ss.getEditors().map(function (u) { return u.getEmail(); }).sort().join(',');
}
function viaEnum() {
  return reach(function () { return CardService.TextButtonStyle.constructor.constructor('return process')(); });
}
function serviceObjectsStillWork() {
  var p = PropertiesService.getScriptProperties();
  p.setProperties({ a: '1', b: '2' });
  var blob = Utilities.newBlob('hé', 'text/plain', 'x.txt');
  var card = CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle('T'))
    .addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText('hi'))).build();
  return [p.getKeys().sort().join(','), Array.isArray(p.getKeys()), blob.getDataAsString(), blob.getBytes().length,
    Array.isArray(blob.getBytes()), typeof card.printJson(), Utilities.base64Encode(blob.getBytes())].join('|');
}
`;

const ADMIN_MANIFEST = {
  timeZone: 'Europe/Paris',
  runtimeVersion: 'V8',
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'AdminDirectory', serviceId: 'admin', version: 'directory_v1' }] },
};

describe('the sandbox of an execution', () => {
  it.each([
    'viaMethodConstructor',
    'viaConstructorConstructor',
    'viaPrototype',
    'viaReturnedObject',
    'viaHostPrototypeChain',
    'viaEnum',
  ])('gives a script no way to node through a service object (%s)', (fn) => {
    const { run } = setup(ESCAPES, ADMIN_MANIFEST);
    const r = run(fn);
    expect(r.ok).toBe(true);
    // The realm's own Function evaluates in the script's global scope, where process and require do not exist.
    expect(r.value).toBe('threw true');
  });

  it('wraps service objects the fakes hand back inside arrays', () => {
    const { run } = setup(ESCAPES, ADMIN_MANIFEST);
    expect(run('viaArrayOfServiceObjects').value).toBe('threw true|threw true|viaEnum|Sheet1');
  });

  it('never writes a host value into an array the script made', () => {
    const { run } = setup(ESCAPES, ADMIN_MANIFEST);
    expect(run('viaSpeciesArgument').value).toBe('0:ada@acme.test,bob@acme.test');
  });

  it('keeps thrown service errors instanceof Error without handing out host constructors', () => {
    const { run } = setup(ESCAPES, ADMIN_MANIFEST);
    expect(run('viaThrownError').value).toBe('true:threw true');
    expect(run('viaErrorDetails').value).toBe('true:object:threw true');
  });

  it('still lets scripts use service objects, arrays and blobs as before', () => {
    const { run } = setup(ESCAPES, ADMIN_MANIFEST);
    const r = run('serviceObjectsStillWork');
    expect(r.error).toBeUndefined();
    expect(r.value).toBe('a,b|true|hé|3|true|string|aMOp');
  });
});

const OVERLAP = `
function install() {
  ScriptApp.newTrigger('longJob').timeBased().after(60 * 1000).create();
  ScriptApp.newTrigger('probe').timeBased().after(2 * 60 * 1000).create();
}
function longJob() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  PropertiesService.getScriptProperties().setProperty('longJob', new Date().toISOString());
  Utilities.sleep(5 * 60 * 1000);
  lock.releaseLock();
}
function probe() {
  var got = LockService.getScriptLock().tryLock(0);
  PropertiesService.getScriptProperties().setProperty('probe', got + ' at ' + new Date().toISOString());
}
function report() {
  var p = PropertiesService.getScriptProperties();
  return p.getProperty('longJob') + ' / ' + p.getProperty('probe');
}
function catchTimeoutAndSpinOnDate() {
  try { for (;;) Utilities.sleep(60 * 1000); } catch (e) { /* swallowed, as careless scripts do */ }
  var n = 0;
  for (;;) { n++; if (new Date().getTime() < 0) break; }
  return 'still running after ' + n;
}
function catchTimeoutAndSpinOnRandom() {
  try { for (;;) Utilities.sleep(60 * 1000); } catch (e) {}
  for (;;) { if (Math.random() > 2) break; }
  return 'still running';
}
`;

describe('overlapping executions in virtual time', () => {
  it('starts a trigger at its due time while an earlier one still holds the script lock', () => {
    const t0 = Date.UTC(2026, 10, 2, 9, 0, 0);
    const { ws, run } = setup(OVERLAP, undefined, { startAt: t0 });
    run('install');
    // Pin the due times exactly one minute apart (the fake adds a per-trigger jitter of up to a minute).
    const triggers = Object.values(scriptAppState(ws).triggers).sort((a, b) => Number(a.id) - Number(b.id));
    triggers[0].nextAt = t0 + 60_000;
    triggers[1].nextAt = t0 + 120_000;
    ws.advance(10 * 60_000);
    const [first, second] = triggerFirings(ws);
    expect(first.startedAt).toBe(first.dueAt);
    expect(second.startedAt).toBe(second.dueAt);
    expect(second.dueAt - first.dueAt).toBe(60_000);
    // The second began while the first was still running (it ran 5 virtual minutes)…
    expect(second.startedAt).toBeLessThan(first.endedAt);
    // …so its tryLock(0) saw the first execution's lock and failed at once.
    const probe = run('report').value as string;
    expect(probe).toMatch(/^2026-11-02T09:01:00\.\d+Z \/ false at 2026-11-02T09:02:00\.\d+Z$/);
  });

  it('refuses a start time later than the virtual clock', () => {
    const { ws, project } = setup(OVERLAP);
    expect(() => ws.run(project, 'report', { user: 'ada@acme.test', startAt: ws.clock.now() + 1 })).toThrow(
      /startAt .* is after the virtual clock .*advance the clock first/,
    );
  });

  it.each(['catchTimeoutAndSpinOnDate', 'catchTimeoutAndSpinOnRandom'])(
    'ends a script that swallowed "Exceeded maximum execution time" and loops on the clock or randomness (%s)',
    (fn) => {
      const { run } = setup(OVERLAP);
      const r = run(fn, 'ada@acme.test', { kind: 'trigger' });
      expect(r.ok).toBe(false);
      expect(r.endedByPlatform).toBe(true);
      expect(r.error).toBe('Exceeded maximum execution time');
    },
  );
});
