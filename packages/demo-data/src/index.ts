export * from './nav';
export * from './offers';
export * from './participants';
export * from './placements';
export * from './providers';
export * from './catalogue-entry';
