// jest globalTeardown: removes the run's temp folder (temp-guard-setup.js) and fails the run if a test left
// anything in it.
const fs = require('node:fs');

module.exports = async function checkRunTempDir() {
  const runDir = process.env.AUTOGRAPH_TEST_TMPDIR;
  if (!runDir) return;
  const left = fs.readdirSync(runDir).sort();
  fs.rmSync(runDir, { recursive: true, force: true });
  if (left.length > 0) {
    const shown = left.slice(0, 20).join(', ') + (left.length > 20 ? `, … (${left.length} in all)` : '');
    throw new Error(
      `Tests left ${left.length} entries in the temp folder: ${shown}. ` +
        'Make temp folders with makeTempDir (test/support/temp-dirs.ts), which removes them after the test file.',
    );
  }
};
