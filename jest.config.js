/** One jest project per workspace, so `jest --selectProjects intake` runs one of them. */
const { availableParallelism } = require('node:os');

module.exports = {
  // Jest's default (cores - 1) is one worker on a 2-core machine, and the integration suites mostly wait on
  // sockets and databases: two workers there use both cores.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // Integration suites start real servers and databases; PostgreSQL runs take longer than SQLite.
  testTimeout: 60_000,
  // The long suites first (see jest.sequencer.js).
  testSequencer: '<rootDir>/jest.sequencer.js',
  projects: [
    '<rootDir>/packages/contracts',
    '<rootDir>/packages/service',
    '<rootDir>/packages/kit',
    '<rootDir>/packages/testing',
    '<rootDir>/packages/demo-data',
    '<rootDir>/subgraphs/intake',
    '<rootDir>/subgraphs/day-services',
    '<rootDir>/subgraphs/work-centre',
    '<rootDir>/subgraphs/arba',
    '<rootDir>/subgraphs/nav',
    '<rootDir>/subgraphs/asker-produkt',
    '<rootDir>/schema',
    '<rootDir>/clients',
    '<rootDir>/issuer',
    '<rootDir>/gateway',
    '<rootDir>/packages/conformance',
    '<rootDir>/packages/provider-template',
  ],
};
