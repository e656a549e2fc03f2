/** The subgraph's name in the supergraph and the prefix of its environment variables (NAV_PORT, ...). */
export const NAV_SUBGRAPH_NAME = 'nav';
export const NAV_DEFAULT_PORT = 4005;
/** NAV Bærum's provider id in the hub. */
export const NAV_PROVIDER_ID = 'nav-baerum';
