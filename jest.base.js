/** Shared jest settings; each workspace adds its displayName and rootDir. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{src,test}/**/*.test.ts'],
  // Types are checked once by `tsc -b` before jest runs; ts-jest only transpiles (keeping decorator metadata).
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
};
