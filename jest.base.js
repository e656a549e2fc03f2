/** Shared jest settings; each workspace adds its displayName and rootDir. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{src,test}/**/*.test.ts'],
  // Types are checked once by `tsc -b` before jest runs; with isolatedModules (tsconfig.base.json) ts-jest only
  // transpiles each file, keeping decorator metadata.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['reflect-metadata'],
};
