export * from './issuer';
export * from './users';
export * from './oidc';
