export * from './gateway';
export * from './supergraph-source';
