import { setupChecklist, type SetupFacts } from '../../src/core/setup-checklist';
import { SIGNATURE_STATE_ORDER, type SignatureStateCounts } from '../../src/core/signatures/employee-state';

function counts(over: Partial<SignatureStateCounts> = {}): SignatureStateCounts {
  return { ...(Object.fromEntries(SIGNATURE_STATE_ORDER.map((k) => [k, 0])) as SignatureStateCounts), ...over };
}

const fresh: SetupFacts = { employees: null, importRunning: false, reachedOk: 0, reachedNotOk: 0, connected: false, templates: 0, counts: null };
const doneOf = (f: SetupFacts) => setupChecklist(f).steps.map((s) => `${s.key}:${s.done ? 'done' : 'todo'}`);

describe('the setup checklist', () => {
  it('starts with the directory import on a fresh install, every step to do', () => {
    const c = setupChecklist(fresh);
    expect(c.next).toBe('directory');
    expect(c.done).toBe(false);
    expect(c.steps.map((s) => s.status)).toEqual([
      'Not connected to your directory yet.',
      'No service account is set up.',
      'No template yet.',
      'Nobody gets a template yet.',
      'Nothing written to Gmail yet.',
    ]);
  });

  it('does not call an import done while it still runs, nor an empty import', () => {
    expect(setupChecklist({ ...fresh, employees: 40, importRunning: true }).steps[0]).toMatchObject({ done: false, status: 'Import in progress: 40 employees so far.' });
    expect(setupChecklist({ ...fresh, employees: 0 }).steps[0]).toMatchObject({ done: false, status: 'No employees imported yet.' });
    expect(setupChecklist({ ...fresh, employees: 1 }).steps[0]).toMatchObject({ done: true, status: '1 employee imported.' });
  });

  it('counts the connection done only when Google let Autograph into someone\'s Gmail', () => {
    const base = { ...fresh, employees: 10, connected: true, counts: counts({ no_template: 10 }) };
    expect(setupChecklist(base).steps[1]).toMatchObject({ done: false, status: 'Not checked yet: authorise the client id below in the Admin console, then press Check.' });
    expect(setupChecklist({ ...base, reachedNotOk: 1 }).steps[1]).toMatchObject({ done: false });
    expect(setupChecklist({ ...base, reachedNotOk: 1 }).steps[1].status).toMatch(/^Checked: Google refused for 1 user\./);
    expect(setupChecklist({ ...base, reachedOk: 2 }).steps[1]).toMatchObject({ done: true, status: 'Autograph reached the Gmail of 2 users.' });
    expect(setupChecklist({ ...base, connected: false, reachedOk: 2 }).steps[1].done).toBe(false);
    expect(setupChecklist({ ...base, reachedOk: 2 }).next).toBe('template');
  });

  it('needs a template, someone it applies to, and a signature Gmail gave back', () => {
    const base: SetupFacts = { ...fresh, employees: 10, connected: true, reachedOk: 1, templates: 1, counts: counts({ no_template: 10 }) };
    expect(setupChecklist(base).next).toBe('assignment');
    const assigned = { ...base, counts: counts({ waiting: 9, no_mailbox: 1 }) };
    expect(setupChecklist(assigned).next).toBe('push');
    expect(setupChecklist(assigned).steps[3].status).toBe('9 employees get a template.');
    expect(setupChecklist(assigned).steps[4].status).toBe('None written and verified in Gmail yet (9 employees waiting or not written).');
    const pushed = { ...base, counts: counts({ verified: 9, no_mailbox: 1 }) };
    expect(setupChecklist(pushed)).toMatchObject({ done: true, next: null });
    expect(setupChecklist(pushed).steps[4].status).toBe('9 signatures written and verified in Gmail.');
  });

  it('says each step as it is, even when a later one is done before an earlier one', () => {
    // Signatures already verified (e.g. written by employees themselves) while the service account was removed.
    const f: SetupFacts = { ...fresh, employees: 5, connected: false, templates: 1, counts: counts({ verified: 5 }) };
    expect(doneOf(f)).toEqual(['directory:done', 'connection:todo', 'template:done', 'assignment:done', 'push:done']);
    expect(setupChecklist(f).next).toBe('connection');
  });
});
