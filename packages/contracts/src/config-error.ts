/** A process is misconfigured (an environment variable, a key file): it stops at start with this message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
