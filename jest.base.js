/** Shared jest settings; each workspace adds its displayName and rootDir. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{src,test}/**/*.test.ts'],
  // Types are checked once by `tsc -b` before jest runs; with isolatedModules (tsconfig.base.json) ts-jest only
  // transpiles each file, keeping decorator metadata.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // The OTLP exporter's transport, which a dynamic import() breaks under jest (see jest.dynamic-import.js).
    '/@opentelemetry/otlp-exporter-base/.+\\.js$': require.resolve('./jest.dynamic-import.js'),
  },
  // Every other package stays untransformed, as by default.
  transformIgnorePatterns: ['/node_modules/(?!(?:.+/node_modules/)?@opentelemetry/otlp-exporter-base/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['reflect-metadata'],
};
