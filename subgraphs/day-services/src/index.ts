export * from './context';
export * from './subgraph';
