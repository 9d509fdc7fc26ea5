/**
 * Temp folders for tests. Each folder made here is removed when the test file that made it ends
 * (test/support/remove-temp-dirs.ts adds that `afterAll` to every test file); test/support/temp-guard.js fails the
 * run if anything is left in the run's temp folder all the same.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made = new Set<string>();

/** A new empty folder under the system temp folder, named `${prefix}XXXXXX`, removed after this test file. */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder `makeTempDir` made in this test file (jest gives each file its own copy of this module). */
export function removeTempDirs(): void {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  made.clear();
}
