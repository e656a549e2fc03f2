/** One jest project per workspace, so `jest --selectProjects intake` runs one of them. */
module.exports = {
  // Integration suites start real servers and databases; PostgreSQL runs take longer than SQLite.
  testTimeout: 60_000,
  projects: [
    '<rootDir>/packages/kit',
    '<rootDir>/packages/testing',
    '<rootDir>/subgraphs/intake',
    '<rootDir>/schema',
    '<rootDir>/clients',
    '<rootDir>/gateway',
  ],
};
