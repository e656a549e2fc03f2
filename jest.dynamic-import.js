/**
 * Jest transform for @opentelemetry/otlp-exporter-base, whose node transport loads `http` and `https` with a dynamic
 * `import()`: jest runs CommonJS in vm contexts, where such an import fails ("A dynamic import callback was invoked
 * without --experimental-vm-modules", open-telemetry/opentelemetry-js#6035). Outside jest node imports them as
 * usual; here the same module comes from `require`, so traces are exported to the tests' receiver for real.
 */
module.exports = {
  process(source) {
    return {
      code: source.replace(/\bimport\((['"])([\w:/.-]+)\1\)/g, 'Promise.resolve().then(() => require($1$2$1))'),
    };
  },
};
