// The network module's public face: the placement index, waiting lists and NAV's grants as the feeds tell them,
// and the hook casework answers when a grant arrives.
export { Placement, PlacementStatus, placementStatus } from './placement/placement.entity';
export { HUB_WAITING_SOURCE, HubLeftReason, timeOrderedId, WaitingEntry } from './waiting/waiting-entry.entity';
export { NavGrant, NavGrantChange } from './waiting/nav-grant.entity';
export { assertNavGranted, isNavGrant } from './waiting/nav-grant';
export { onNavGrantArrived, type NavGrantArrived } from './feed/hooks';
export { FeedFollower, type FeedFollowerOptions, type FeedProvider } from './feed/follower';
export { bumpAfterMutations, changesRoute, PublicDataVersion } from './feed/changes';
export { WaitingEntryResolver } from './waiting/waiting.resolver';
export { FeedStatusResolver } from './feed/feed.resolver';
