import type { EntityManager } from '@mikro-orm/core';
import { leanByIdLoader, leanChildrenLoader } from '../common/lean';
import type { IntakeContext } from '../context';
import type { HubModule } from '../hub-module';
import { Offer } from './offer/offer.entity';
import { DecisionAuthority } from './offer/offer.enums';
import { OfferResolver } from './offer/offer.resolver';
import { Provider, ProviderKind } from './provider/provider.entity';
import { ProviderResolver } from './provider/provider.resolver';

type Reference = { id: string };

/** Providers and offers, by id; a provider's offers not withdrawn. Lean rows: the resolvers only read them. */
function catalogueLoaders(em: EntityManager) {
  return {
    provider: leanByIdLoader(em, Provider),
    offer: leanByIdLoader(em, Offer, { uuidKeys: true }),
    offersByProvider: leanChildrenLoader(
      em,
      Offer,
      'provider',
      (o) => o.provider.id,
      { titleSort: 'asc', id: 'asc' },
      { withdrawn: false },
    ),
  };
}

export type CatalogueLoaders = ReturnType<typeof catalogueLoaders>;

/** The catalogue: the provider registry and the offers (the hub's own and those the feeds bring). */
export const catalogueModule: HubModule<CatalogueLoaders> = {
  name: 'catalogue',
  entities: [Provider, Offer],
  loaders: catalogueLoaders,
  resolvers: [ProviderResolver, OfferResolver],
  referenceResolvers: {
    Provider: { __resolveReference: (ref: Reference, ctx: IntakeContext) => ctx.loaders.provider.load(ref.id) },
    Offer: { __resolveReference: (ref: Reference, ctx: IntakeContext) => ctx.loaders.offer.load(ref.id) },
  },
  // The base of a provider's view: its own providers (NAV: the state agencies) and their offers; NAV also sees
  // every state place (an offer NAV decides: VTA, AFT, VTAO).
  organisationView: async (em, view, scope) => {
    let sources: string[];
    let offerIds: string[];
    if (scope.scope.kind === 'provider') {
      sources = await scope.ownProviders();
      offerIds = sources.length
        ? (await em.find(Offer, { provider: { $in: sources } }, { fields: ['id'] })).map((o) => o.id)
        : [];
    } else {
      sources = (await em.find(Provider, { kind: ProviderKind.STATE_AGENCY }, { fields: ['id'] })).map((p) => p.id);
      const offers = await em.find(
        Offer,
        { $or: [{ decidedBy: DecisionAuthority.NAV }, { provider: { $in: sources } }] },
        { fields: ['id'] },
      );
      offerIds = offers.map((o) => o.id);
    }
    view.sources = new Set(sources);
    view.offerIds = new Set(offerIds);
  },
};
