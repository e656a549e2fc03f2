export * from './client';
export * from './feed.entities';
export * from './outbox';
export * from './route';
