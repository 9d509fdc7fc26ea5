/**
 * The setup checklist on the admin home: five steps from a fresh install to a first signature that Gmail gave
 * back, each done or to do from what the store holds — never from which buttons were pressed. One function
 * decides, so the home card, its toasts and the tests read the same answer.
 */
import type { SignatureStateCounts } from './signatures/employee-state';

export type SetupStepKey = 'directory' | 'connection' | 'template' | 'assignment' | 'push';

/** What the store knows, read once by the home card (src/ui/setup-checklist-card.ts). */
export interface SetupFacts {
  /** Employees in Autograph's store (0 before the first import; null when no store exists yet). */
  employees: number | null;
  /** A directory run that goes on in the background. */
  importRunning: boolean;
  /** Users whose delegation evidence (a Connection check, or a write read back) says OK. */
  reachedOk: number;
  /** Users a check or a write reached with another answer (unauthorised, key error…). */
  reachedNotOk: number;
  /** A service account is configured (the publisher's key, or the customer's own). */
  connected: boolean;
  templates: number;
  /** The status function's counts for every employee (employee-state.ts). */
  counts: SignatureStateCounts | null;
}

export interface SetupStep {
  key: SetupStepKey;
  title: string;
  done: boolean;
  /** What is true now, in plain words, with numbers the store gave. */
  status: string;
}

export interface SetupChecklist {
  steps: SetupStep[];
  /** The first step still to do; null once every step is done. */
  next: SetupStepKey | null;
  done: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Employees that have a template (every state after "No template assigned" in precedence order). */
export function employeesWithTemplate(c: SignatureStateCounts): number {
  return c.refused + c.not_connected + c.failed + c.edited_in_gmail + c.not_checked + c.waiting + c.verified;
}

function directoryStep(f: SetupFacts): SetupStep {
  const n = f.employees ?? 0;
  const status =
    f.employees === null ? 'Not connected to your directory yet.'
    : f.importRunning ? `Import in progress: ${plural(n, 'employee')} so far.`
    : n === 0 ? 'No employees imported yet.'
    : `${plural(n, 'employee')} imported.`;
  return { key: 'directory', title: 'Import your directory', done: n > 0 && !f.importRunning, status };
}

function connectionStep(f: SetupFacts): SetupStep {
  const status =
    !f.connected ? 'No service account is set up.'
    : f.reachedOk > 0 ? `Autograph reached the Gmail of ${plural(f.reachedOk, 'user')}.`
    : f.reachedNotOk > 0 ? `Checked: Google refused for ${plural(f.reachedNotOk, 'user')}. Authorise the client id below in the Admin console, then press Check.`
    : 'Not checked yet: authorise the client id below in the Admin console, then press Check.';
  return { key: 'connection', title: 'Let Autograph write signatures', done: f.connected && f.reachedOk > 0, status };
}

function templateStep(f: SetupFacts): SetupStep {
  return { key: 'template', title: 'Design a signature', done: f.templates > 0, status: f.templates > 0 ? `${plural(f.templates, 'template')} saved.` : 'No template yet.' };
}

function assignmentStep(f: SetupFacts): SetupStep {
  const n = f.counts ? employeesWithTemplate(f.counts) : 0;
  return { key: 'assignment', title: 'Choose who gets it', done: n > 0, status: n > 0 ? `${plural(n, 'employee')} get a template.` : 'Nobody gets a template yet.' };
}

function pushStep(f: SetupFacts): SetupStep {
  const verified = f.counts?.verified ?? 0;
  const waiting = f.counts ? f.counts.waiting + f.counts.not_checked + f.counts.failed + f.counts.not_connected + f.counts.refused : 0;
  const status = verified > 0
    ? `${plural(verified, 'signature')} written and verified in Gmail.`
    : waiting > 0 ? `None written and verified in Gmail yet (${plural(waiting, 'employee')} waiting or not written).` : 'Nothing written to Gmail yet.';
  return { key: 'push', title: 'Write to Gmail and check', done: verified > 0, status };
}

/** The five steps, in order; a later step can be done before an earlier one (the list says so as it is). */
export function setupChecklist(f: SetupFacts): SetupChecklist {
  const steps = [directoryStep(f), connectionStep(f), templateStep(f), assignmentStep(f), pushStep(f)];
  const next = steps.find((s) => !s.done)?.key ?? null;
  return { steps, next, done: next === null };
}
