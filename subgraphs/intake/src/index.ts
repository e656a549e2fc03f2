export * from './context';
export * from './schema';
export * from './subgraph';
export { FeedCursor } from './network/feed/feed.entities';
export { Placement } from './network/placement/placement.entity';
export { createProviderClient, placingProvider, type ProviderClient } from './casework/provider-client/provider-client';
export { Provider } from './catalogue/provider/provider.entity';
