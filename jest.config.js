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
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
