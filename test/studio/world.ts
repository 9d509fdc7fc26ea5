/**
 * A company set up with Autograph (employees synced, the publisher's service account delegated), for the Studio
 * tests: calls go through the built bundle as the web app's google.script.run calls (sim/web-app.ts).
 */
import { action, directoryWorld, importableUsers, scriptProps, setUp, sheetRows, type DirWorld, connectPublisher } from '../directory/world';
import { touch } from '../../sim/directory/profile';
import type { ScriptCallResult } from '../../sim/web-app';

export interface StudioWorld extends DirWorld {
  /** An employee with a mobile number and one without. */
  withMobile: string;
  withoutMobile: string;
  regular: string;
}

export function studioWorld(users = 24, seed = 31): StudioWorld {
  const w = directoryWorld({ users, seed });
  const people = importableUsers(w).filter((x) => !x.isAdmin && !x.isDelegatedAdmin && x.isMailboxSetup !== false);
  const [a, b] = people;
  a.phones = [{ type: 'mobile', value: '+49 158 9162241', primary: true }];
  b.phones = [{ type: 'work', value: '+49 30 1234567', primary: true }];
  touch(a);
  touch(b);
  const r = setUp(w);
  if (!r.ok) throw new Error(r.error);
  for (let i = 0; i < 12 && sheetRows(w, 'employees').length === 0; i++) w.ws.advance(3600_000);
  connectPublisher(w);
  return { ...w, withMobile: a.primaryEmail, withoutMobile: b.primaryEmail, regular: people[2].primaryEmail };
}

/** A google.script.run call as `user` (default the admin); throws with the failure handler's message. */
export function studioCall<T = any>(w: DirWorld, fn: string, args: unknown[], user = w.admin): T {
  const r: ScriptCallResult = w.ws.runScriptCall(w.project, user, fn, args);
  if (!r.ok) throw new Error(`${fn}: ${r.error}`);
  return r.value as T;
}

export { action };
