export * from './context';
export * from './schema';
export * from './subgraph';
