// jest globalSetup: every test of the run gets one fresh temp folder (TMPDIR, and TMP/TEMP that os.tmpdir() reads
// on Windows), and temp-guard-teardown.js fails the run if a test leaves anything in it. Counting names in the
// shared system temp folder could be fooled by other processes (another run, another tool); a folder that only
// this run uses cannot. The workers jest starts after globalSetup inherit the environment, and so do the
// processes tests spawn.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async function setUpRunTempDir() {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-jest-run-'));
  process.env.AUTOGRAPH_TEST_TMPDIR = runDir;
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = runDir;
};
