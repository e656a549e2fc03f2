export * from './context';
export * from './schema';
export * from './subgraph';
export { FeedCursor } from './network/feed/feed.entities';
export { Placement } from './network/placement/placement.entity';
