export * from './database';
export * from './graphql';
export * from './sql-counter';
export * from './schema-drift';
export * from './processes';
export * from './read-only-flush';
export * from './callers';
export * from './mutation-sweep';
