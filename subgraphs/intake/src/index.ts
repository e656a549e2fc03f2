export * from './context';
export * from './schema';
export * from './subgraph';
export { parseIdentityNumber, syntheticIdentityNumber } from './participant/identity-number';
