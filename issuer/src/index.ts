export * from './issuer';
export * from './users';
