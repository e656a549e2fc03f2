export * from './gateway';
export * from './supergraph-source';
export * from './sign-in';
export * from './rate-limit';
export * from './trusted-documents';
