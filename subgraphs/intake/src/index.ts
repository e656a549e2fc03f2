export * from './context';
export * from './schema';
export * from './subgraph';
export { FeedCursor } from './feed/feed.entities';
export { Placement } from './placement/placement.entity';
