export * from './compose';
export * from './registry';
