/**
 * "Apply now" to everyone at about 1,000 employees, pressed on the Signatures card: the card action's time runs out
 * (the directory stage every manual run starts with takes most of it), the rest goes on in the background, and the
 * toast says what it knows: when the next part runs and how many signatures are left — no "done in about" without a
 * measured pace. The card answers from the run state: it reads no employee's state after the run handed off, so its
 * answer costs the same at 1,000 employees as at 49,250 (where reading them all ended the card action).
 */
import { action, directoryWorld, scriptProps, sheetRows } from '../directory/world';
import { readHostResponse } from '../../sim/services/card-service';
import { classicForEveryone } from './push-world';
import { setLatencyModel } from '../../sim/google/latency';

const MINUTE = 60_000;

describe('Apply now to everyone at 1,000 employees', () => {
  it('hands the rest to the background and says when the next part runs; that part finishes the run', () => {
    const w = classicForEveryone(directoryWorld({ users: 1000, seed: 1000 }));
    const r = action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    expect(r.ok).toBe(true);
    // The card's time (18 s of a card action's ~30 s) ends in the directory stage every manual run starts with: no
    // signature is written in the card, there is no pace to promise an end from, and the toast says only what is
    // known — the employees are up to date, when the continuation fires, and at most how many signatures are left
    // (employees the signatures stage has not taken yet; users without Gmail among them get none).
    expect(r.execution.elapsed()).toBeLessThan(30_000);
    const toast = JSON.stringify(readHostResponse(r.value));
    const said = /Apply now continues in the background \(Employees up to date: (\d+) of \1 so far\), next part in about 1 h; at most (\d+) signatures left;/.exec(toast);
    expect(said).not.toBeNull();
    expect(Number(said![2])).toBeLessThanOrEqual(Number(said![1]));
    expect(toast).not.toMatch(/done in about|Not connected/);
    // After the run saved its progress the card answers from the run state alone (no sheet of every employee is
    // read): well under a second, whatever the size of the company.
    const handedOff = r.execution.logs.find((l) => /saved its progress at \w+ after \d+ ms/.test(l.text));
    expect(handedOff).toBeDefined();
    expect(r.execution.now() - handedOff!.at).toBeLessThan(1_000);
    expect(toast).toContain('Refresh');
    // The card shows the same: the run's progress and when its next part runs, without any employee's counts.
    expect(toast).toMatch(/continues in the background[^}]*— next part in about 1 h; at most \d+ signatures left/);

    const nextMs = 60 * MINUTE;
    const cardEnd = r.execution.now();
    const key = `t:${w.tenant.customerId}:run`;
    for (let i = 0; i < 6 && scriptProps(w)[key]; i++) w.ws.advance(3600_000);
    expect(scriptProps(w)[key]).toBeUndefined();
    // That next part is the last: the run ends within one trigger execution (6 min) of the time the toast gave.
    const ended = Date.parse(sheetRows(w, 'runs').slice(-1)[0].finishedAt);
    expect(ended - cardEnd).toBeLessThanOrEqual(nextMs + 6 * MINUTE);
    const employees = sheetRows(w, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false');
    const written = sheetRows(w, 'signature_addresses').filter((s) => s.status === 'ok').length;
    expect(written).toBe(employees.length);
    // "At most" held: what was written is not more than the toast said was left.
    expect(written).toBeLessThanOrEqual(Number(said![2]));
  });

  it('promises an end once a background execution measured whole slices, and the run keeps that promise', () => {
    const w = classicForEveryone(directoryWorld({ users: 5000, seed: 5000 }));
    // Google answers token requests slowly (2 s each, 20 at a time): an execution writes about one slice of 2,000.
    setLatencyModel(w.ws, { endpoints: { 'oauth.token': { baseMs: 2_000, jitter: 0, tailRate: 0 } } });
    const r = action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(readHostResponse(r.value))).not.toMatch(/done in about/);
    const key = `t:${w.tenant.customerId}:run`;
    // The first background execution finishes whole slices and measures its pace: Refresh shows when the run ends.
    let promise = '';
    let promisedAt = 0;
    for (let i = 0; i < 6 && scriptProps(w)[key] && !promise; i++) {
      w.ws.advance(3600_000);
      if (!scriptProps(w)[key]) break;
      const card = action(w, 'signatures.refresh');
      const said = /done in about (?:(\d+) h)? ?(?:(\d+) min)? at the pace this run measured/.exec(JSON.stringify(readHostResponse(card.value)));
      if (said) {
        promise = said[0];
        promisedAt = card.execution.now() + (Number(said[1] ?? 0) * 60 + Number(said[2] ?? 0)) * MINUTE;
      }
    }
    expect(promise).not.toBe('');
    for (let i = 0; i < 12 && scriptProps(w)[key]; i++) w.ws.advance(3600_000);
    expect(scriptProps(w)[key]).toBeUndefined();
    // Kept: the run ended by the time the card gave (rounded up to the minute), not an hour or more later.
    const ended = Date.parse(sheetRows(w, 'runs').slice(-1)[0].finishedAt);
    expect(ended).toBeLessThanOrEqual(promisedAt);
    expect(promisedAt - ended).toBeLessThan(30 * MINUTE);
    const employees = sheetRows(w, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false');
    expect(sheetRows(w, 'signature_addresses').filter((s) => s.status === 'ok').length).toBe(employees.length);
  });
});
