import type { EntityManager } from '@mikro-orm/core';
import { searchTextOf } from '../common/search';
import { Offer } from '../offer/offer.entity';
import { defaultsForKind } from '../offer/offer.rules';
import { syntheticIdentityNumber } from '../participant/identity-number';
import { Guardian, Participant } from '../participant/participant.entity';
import { Provider } from '../provider/provider.entity';
import { seedOffers } from './offers';
import { seedParticipants } from './participants';
import { seedProviders } from './providers';

/**
 * Fills an empty intake database with the domain brief's providers and catalogue and with synthetic participants,
 * in one transaction. Does nothing (and returns false) when providers already exist, so restarts are safe.
 */
export async function seedDemoData(em: EntityManager): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.count(Provider, {})) > 0) return false;
    const providers = new Map<string, Provider>(
      seedProviders.map((p) => [p.id, tx.create(Provider, { ...p, organisationNumber: null } as never)]),
    );
    for (const seed of seedOffers) {
      const provider = providers.get(seed.providerId)!;
      tx.create(Offer, {
        provider,
        kind: seed.kind,
        ...defaultsForKind(seed.kind),
        titleNb: seed.title[0],
        titleEn: seed.title[1],
        descriptionNb: seed.description[0],
        descriptionEn: seed.description[1],
        eligibilityNb: seed.eligibility?.[0] ?? '',
        eligibilityEn: seed.eligibility?.[1] ?? '',
        trade: seed.trade ?? null,
        site: seed.site ?? null,
        hoursPerWeek: seed.hoursPerWeek ?? null,
        places: seed.places ?? null,
        openForApplications: true,
        searchText: searchTextOf([
          ...seed.title,
          ...seed.description,
          seed.trade,
          seed.site,
          provider.name,
          provider.shortName,
        ]),
      } as never);
    }
    seedParticipants.forEach((seed, i) => {
      const participant = tx.create(Participant, {
        givenName: seed.givenName,
        familyName: seed.familyName,
        nationalIdentityNumber: syntheticIdentityNumber(seed.birthDate, 100 + i * 7),
        birthDate: seed.birthDate,
        phone: seed.phone ?? null,
        email: null,
        searchText: searchTextOf([seed.givenName, seed.familyName]),
      } as never);
      if (seed.guardian) tx.create(Guardian, { participant, ...seed.guardian, email: null, position: 0 });
    });
    return true;
  });
}
