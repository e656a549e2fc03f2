export * from './gateway';
export * from './supergraph-source';
export * from './sign-in';
