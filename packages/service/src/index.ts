// How a Veiinn process runs, without a database of its own: logs, metrics, traces, shared state in Redis, typed
// env, JSON errors over HTTP, operation limits, and starting and stopping a server. The gateway, the issuer and the
// kit build on it; the contracts they speak are in @veiinn/contracts.
export * from './bounded-cache';
export * from './database';
export * from './env';
export * from './http-errors';
export * from './limits';
export * from './listen';
export * from './logger';
export * from './main';
export * from './metrics';
export * from './operation-rules';
export * from './shared-state';
export * from './tracing';
