/** One jest project per workspace, so `jest --selectProjects intake` runs one of them. */
module.exports = {
  projects: ['<rootDir>/packages/kit', '<rootDir>/packages/testing', '<rootDir>/subgraphs/intake', '<rootDir>/schema', '<rootDir>/clients', '<rootDir>/gateway'],
};
