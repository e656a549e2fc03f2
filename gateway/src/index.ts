export * from './gateway';
export * from './supergraph-source';
export * from './sign-in';
export * from './rate-limit';
export * from './trusted-documents';
export * from './authorization';
export * from './access-directives';
export * from './graphiql';
