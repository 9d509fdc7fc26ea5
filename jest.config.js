/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
    // htmlparser2 12 ships ESM only; these packages are rewritten to CommonJS for the tests (see the file).
    '/node_modules/(htmlparser2|entities|domhandler|domelementtype|domutils|dom-serializer)/.+\\.js$': '<rootDir>/test/support/esm-to-cjs.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|entities|domhandler|domelementtype|domutils|dom-serializer)/)'],
  testTimeout: 120000,
  // Each run gets its own temp folder and fails if a test leaves anything in it; each test file removes the
  // folders it made with makeTempDir (test/support/temp-dirs.ts).
  globalSetup: '<rootDir>/test/support/temp-guard-setup.js',
  globalTeardown: '<rootDir>/test/support/temp-guard-teardown.js',
  setupFilesAfterEnv: ['<rootDir>/test/support/remove-temp-dirs.ts'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
