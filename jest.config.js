/** One jest project per workspace, so `jest --selectProjects intake` runs one of them. */
module.exports = {
  // Integration suites start real servers and databases; PostgreSQL runs take longer than SQLite.
  testTimeout: 60_000,
  projects: [
    '<rootDir>/packages/kit',
    '<rootDir>/packages/testing',
    '<rootDir>/packages/demo-data',
    '<rootDir>/subgraphs/intake',
    '<rootDir>/subgraphs/day-services',
    '<rootDir>/subgraphs/work-centre',
    '<rootDir>/subgraphs/arba',
    '<rootDir>/subgraphs/nav',
    '<rootDir>/schema',
    '<rootDir>/clients',
    '<rootDir>/issuer',
    '<rootDir>/gateway',
  ],
};
