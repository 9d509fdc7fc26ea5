import { setup } from './core-services-fixture';
import { triggerFirings, userTokens, scriptAppState } from '../../sim/services/script-app';
import { formatSimpleDate } from '../../sim/services/simple-date-format';

const CODE = `
function installNightly(e) {
  var b = ScriptApp.newTrigger('nightly').timeBased().atHour(e.hour).everyDays(1);
  if (e.tz) b = b.inTimezone(e.tz);
  if (e.nearMinute !== undefined) b = b.nearMinute(e.nearMinute);
  return b.create().getUniqueId();
}
function nightly(e) {
  var p = PropertiesService.getUserProperties();
  p.setProperty('runs', (p.getProperty('runs') || '') + Session.getActiveUser().getEmail() + ';');
  PropertiesService.getScriptProperties().setProperty('lastEvent', JSON.stringify(e));
}
function installEveryMinutes() { ScriptApp.newTrigger('nightly').timeBased().everyMinutes(5).create(); }
function installEveryHours() { return ScriptApp.newTrigger('nightly').timeBased().everyHours(1).create().getUniqueId(); }
function installAfter(e) { return ScriptApp.newTrigger('nightly').timeBased().after(e.ms).create().getUniqueId(); }
function installBroken() { ScriptApp.newTrigger('doesNotExist').timeBased().after(1000).create(); }
function list() {
  return ScriptApp.getProjectTriggers().map(function (t) {
    return [t.getHandlerFunction(), t.getTriggerSource() == ScriptApp.TriggerSource.CLOCK, t.getEventType() === ScriptApp.EventType.CLOCK].join(':');
  }).join(',');
}
function deleteAll() {
  var ts = ScriptApp.getProjectTriggers();
  for (var i = 0; i < ts.length; i++) ScriptApp.deleteTrigger(ts[i]);
  return ts.length;
}
function tooMany() {
  try {
    for (var i = 0; i < 21; i++) ScriptApp.newTrigger('nightly').timeBased().everyHours(1).create();
    return 'created 21';
  } catch (e) { return ScriptApp.getProjectTriggers().length + ':' + e.message; }
}
function runs() { return PropertiesService.getUserProperties().getProperty('runs'); }
function lastEvent() { return PropertiesService.getScriptProperties().getProperty('lastEvent'); }
function token() { return [ScriptApp.getOAuthToken(), ScriptApp.getOAuthToken(), ScriptApp.getScriptId()].join(' '); }
`;

const ADDON = {
  timeZone: 'Europe/Paris',
  runtimeVersion: 'V8',
  oauthScopes: ['https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/userinfo.email'],
  addOns: { common: { name: 'Test add-on' } },
};

describe('ScriptApp time-driven triggers', () => {
  it('fires atHour(3).everyDays(1) once a day between 03:00 and 04:00 of its time zone, at a stable minute, across DST', () => {
    // US daylight saving time ends on 2026-11-01.
    const { ws, run } = setup(CODE, undefined, { startAt: Date.UTC(2026, 9, 29, 12) });
    run('installNightly', 'gus@globex.test', { event: { hour: 3, tz: 'America/Los_Angeles' } });
    ws.advance(6 * 24 * 3600_000);
    const local = triggerFirings(ws).map((f) => formatSimpleDate(f.dueAt, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm z'));
    expect(local).toHaveLength(6);
    expect(new Set(local.map((l) => l.slice(11, 16))).size).toBe(1);
    for (const l of local) expect(l.slice(11, 13)).toBe('03');
    expect(local.map((l) => l.slice(0, 10))).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']);
    expect(local[0]).toMatch(/PDT$/);
    expect(local[5]).toMatch(/PST$/);
  });

  it('uses the manifest time zone unless inTimezone is given, and keeps nearMinute within 15 minutes', () => {
    const { ws, run } = setup(CODE);
    run('installNightly', 'ada@acme.test', { event: { hour: 22, nearMinute: 30 } });
    ws.advance(3 * 24 * 3600_000);
    const firings = triggerFirings(ws);
    expect(firings).toHaveLength(3);
    for (const f of firings) {
      const [h, m] = formatSimpleDate(f.dueAt, 'Europe/Paris', 'HH:mm').split(':').map(Number);
      expect(h).toBe(22);
      expect(m).toBeGreaterThanOrEqual(15);
      expect(m).toBeLessThanOrEqual(45);
    }
  });

  it('runs as its creator with the time-driven event object', () => {
    const { ws, run } = setup(CODE);
    const id = run('installNightly', 'bob@acme.test', { event: { hour: 3 } }).value;
    ws.advance(24 * 3600_000);
    expect(run('runs', 'bob@acme.test').value).toBe('bob@acme.test;');
    expect(run('runs', 'ada@acme.test').value).toBeNull();
    const e = JSON.parse(run('lastEvent').value as string);
    const f = triggerFirings(ws)[0];
    const at = new Date(f.startedAt);
    expect(e).toEqual({
      authMode: 'FULL',
      'day-of-month': at.getUTCDate(),
      'day-of-week': at.getUTCDay() || 7,
      hour: at.getUTCHours(),
      minute: at.getUTCMinutes(),
      month: at.getUTCMonth() + 1,
      second: at.getUTCSeconds(),
      timezone: 'UTC',
      triggerUid: id,
      'week-of-year': expect.any(Number),
      year: at.getUTCFullYear(),
    });
    expect(f).toMatchObject({ owner: 'bob@acme.test', handler: 'nightly', ok: true });
    expect(ws.executions.find((x) => x.id === f.executionId)).toMatchObject({ kind: 'trigger', user: 'bob@acme.test' });
  });

  it('shows each user only their own triggers, and deletes them', () => {
    const { run } = setup(CODE);
    run('installEveryHours', 'ada@acme.test');
    run('installNightly', 'ada@acme.test', { event: { hour: 1 } });
    expect(run('list', 'ada@acme.test').value).toBe('nightly:true:true,nightly:true:true');
    expect(run('list', 'bob@acme.test').value).toBe('');
    expect(run('deleteAll', 'bob@acme.test').value).toBe(0);
    expect(run('deleteAll', 'ada@acme.test').value).toBe(2);
    expect(run('list', 'ada@acme.test').value).toBe('');
  });

  it('allows 20 triggers per user per script and refuses the 21st with Google\'s words', () => {
    const { run } = setup(CODE);
    expect(run('tooMany', 'ada@acme.test').value).toBe(
      '20:This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(run('installEveryHours', 'bob@acme.test').ok).toBe(true);
  });

  it('refuses add-on triggers more often than hourly but accepts everyHours(1)', () => {
    const { ws, run } = setup(CODE, ADDON);
    const r = run('installEveryMinutes', 'ada@acme.test');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/at most once per hour/);
    expect(run('installEveryHours', 'ada@acme.test').ok).toBe(true);
    ws.advance(5 * 3600_000);
    const firings = triggerFirings(ws);
    expect(firings.length).toBe(5);
    for (let i = 1; i < firings.length; i++) expect(firings[i].dueAt - firings[i - 1].dueAt).toBe(3600_000);
  });

  it('lets a plain script fire every 5 minutes', () => {
    const { ws, run } = setup(CODE);
    expect(run('installEveryMinutes').ok).toBe(true);
    ws.advance(3600_000);
    expect(triggerFirings(ws)).toHaveLength(12);
  });

  it('fires an after() trigger once, no sooner than asked, and keeps it listed until deleted', () => {
    const { ws, run } = setup(CODE);
    const t0 = ws.clock.now();
    run('installAfter', 'ada@acme.test', { event: { ms: 10 * 60_000 } });
    ws.advance(5 * 60_000);
    expect(triggerFirings(ws)).toHaveLength(0);
    ws.advance(24 * 3600_000);
    const firings = triggerFirings(ws);
    expect(firings).toHaveLength(1);
    expect(firings[0].dueAt).toBeGreaterThanOrEqual(t0 + 10 * 60_000);
    expect(firings[0].dueAt).toBeLessThan(t0 + 12 * 60_000);
    expect(run('list', 'ada@acme.test').value).toBe('nightly:true:true');
  });

  it('stops running an owner\'s triggers after 6 hours of trigger runtime in a day', () => {
    const { ws, run } = setup(CODE + `
      function installLong() { ScriptApp.newTrigger('longJob').timeBased().everyMinutes(5).create(); }
      function longJob() { Utilities.sleep(300000); }`);
    run('installLong', 'ada@acme.test');
    ws.advance(24 * 3600_000 - 10 * 60_000);
    const firings = triggerFirings(ws);
    expect(firings.filter((f) => f.ok)).toHaveLength(72);
    const failed = firings.filter((f) => !f.ok);
    expect(failed.length).toBeGreaterThan(100);
    expect(failed[0].error).toBe('Service using too much computer time for one day');
    expect(failed[0].executionId).toBeNull();
  });

  it('fires everyWeeks(1).onWeekDay(MONDAY).atHour(9) on Mondays, and atDate near midnight', () => {
    const { ws, run } = setup(CODE + `
      function installWeekly() { ScriptApp.newTrigger('nightly').timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).create(); }
      function installOnDate() { ScriptApp.newTrigger('nightly').timeBased().atDate(2026, 11, 20).create(); }
      function badCombination() { ScriptApp.newTrigger('nightly').timeBased().everyHours(1).atHour(3).create(); }`);
    run('installWeekly', 'ada@acme.test');
    run('installOnDate', 'bob@acme.test');
    ws.advance(21 * 24 * 3600_000);
    const weekly = triggerFirings(ws).filter((f) => f.owner === 'ada@acme.test');
    expect(weekly.map((f) => formatSimpleDate(f.dueAt, 'Europe/Paris', 'EEE HH'))).toEqual(['Mon 09', 'Mon 09', 'Mon 09']);
    const once = triggerFirings(ws).filter((f) => f.owner === 'bob@acme.test');
    expect(once).toHaveLength(1);
    const midnight = Date.UTC(2026, 10, 19, 23);
    expect(Math.abs(once[0].dueAt - midnight)).toBeLessThanOrEqual(15 * 60_000);
    expect(run('badCombination').error).toMatch(/atHour and nearMinute do not apply to everyHours/);
  });

  it('records a firing whose handler does not exist as failed', () => {
    const { ws, run } = setup(CODE);
    run('installBroken');
    ws.advance(5 * 60_000);
    expect(triggerFirings(ws)[0]).toMatchObject({ ok: false, error: 'Script function not found: doesNotExist' });
  });

  it('survives saving and restoring the workspace', () => {
    const { ws, run, project } = setup(CODE);
    run('installNightly', 'ada@acme.test', { event: { hour: 3 } });
    const file = require('node:path').join(require('../support/temp-dirs').makeTempDir('script-app-state-'), 'state.json');
    ws.saveState(file);
    const { OfflineWorkspace } = require('../../sim/workspace');
    const restored = OfflineWorkspace.loadState(file);
    restored.loadProject(project.dir, project.id);
    restored.advance(24 * 3600_000);
    expect(triggerFirings(restored)).toHaveLength(1);
    expect(Object.keys(scriptAppState(restored).triggers)).toHaveLength(1);
  });
});

describe('ScriptApp.getOAuthToken', () => {
  it('mints a one-hour token for the running user with the manifest scopes, reused while fresh', () => {
    const { ws, run } = setup(CODE, ADDON);
    const [t1, t2, scriptId] = String(run('token', 'bob@acme.test').value).split(' ');
    expect(t1).toBe(t2);
    expect(scriptId).toHaveLength(57);
    const rec = userTokens(ws)[t1];
    expect(rec.email).toBe('bob@acme.test');
    expect(rec.scopes).toEqual(ADDON.oauthScopes);
    expect(rec.expiresAt - ws.clock.now()).toBeGreaterThan(59 * 60_000);
    expect(rec.expiresAt - ws.clock.now()).toBeLessThanOrEqual(3600_000);
    ws.advance(55 * 60_000);
    const [t3] = String(run('token', 'bob@acme.test').value).split(' ');
    expect(t3).not.toBe(t1);
    const [other] = String(run('token', 'ada@acme.test').value).split(' ');
    expect(userTokens(ws)[other].email).toBe('ada@acme.test');
  });
});
