// The catalogue's public face: what the modules above may use. Resolvers stay out (they reach the platform's row
// scope, which reads the provider registry from here).
export { Offer } from './offer/offer.entity';
export { CatalogueSource, DecisionAuthority, IntakeMode, OfferKind } from './offer/offer.enums';
export { defaultsForKind, MAIN_INTAKE_DEADLINE, nextApplicationDeadline } from './offer/offer.rules';
export { placementsNotEndedByOffer } from './offer/catalogue-query';
export { Provider, ProviderKind } from './provider/provider.entity';
export { FeedStatus } from './provider/feed-status';
export {
  Capacity,
  emptyCapacity,
  hasFreePlaces,
  shownCapacity,
  sumCapacity,
  withFree,
  type CountedCapacity,
} from './capacity/capacity';
