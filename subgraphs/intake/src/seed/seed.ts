import type { EntityManager } from '@mikro-orm/core';
import {
  demoGuardianSignIn,
  demoOfferId,
  demoOffers,
  demoParticipants,
  demoProviders,
  providersPublishingOffers,
} from '@veiinn/demo-data';
import { personRef } from '@veiinn/kit';
import { searchTextOf } from '../common/search';
import { Offer } from '../catalogue/offer/offer.entity';
import { defaultsForKind } from '../catalogue/offer/offer.rules';
import type { OfferKind } from '../catalogue/offer/offer.enums';
import { Guardianship } from '../people/participant/guardianship.entity';
import { Guardian, type GuardianRelation, Participant } from '../people/participant/participant.entity';
import { Provider, type ProviderKind } from '../catalogue/provider/provider.entity';

export interface SeedOptions {
  personRefKey: string;
  /** Feed URLs by provider id, instead of the demo defaults. */
  feedUrls?: Record<string, string>;
}

/**
 * Fills an empty intake database with the demo world's provider registry, synthetic participants and the offers
 * of providers without their own subgraph, in one transaction. The other providers' offers and placements come
 * through their feeds. Does nothing (and returns false) when providers already exist, so restarts are safe.
 */
export async function seedDemoData(em: EntityManager, options: SeedOptions): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.count(Provider, {})) > 0) return false;
    const providers = seedProviders(tx, options);
    seedHubOffers(tx, providers);
    seedParticipants(tx, options);
    return true;
  });
}

/** The demo world's provider registry, with the feed URLs given (or the demo defaults) and each one's subgraph. */
function seedProviders(tx: EntityManager, options: SeedOptions): Map<string, Provider> {
  return new Map<string, Provider>(
    demoProviders.map((p) => {
      const feedUrl = 'feedUrl' in p ? (options.feedUrls?.[p.id] ?? p.feedUrl) : null;
      const subgraph = 'subgraph' in p ? p.subgraph : null;
      const fields = { ...p, kind: p.kind as ProviderKind, organisationNumber: null, feedUrl, subgraph };
      return [p.id, tx.create(Provider, fields as never)];
    }),
  );
}

/** The offers of providers without their own subgraph (the others' come through their feeds). */
function seedHubOffers(tx: EntityManager, providers: Map<string, Provider>): void {
  for (const seed of demoOffers.filter((o) => !providersPublishingOffers.includes(o.providerId))) {
    const provider = providers.get(seed.providerId)!;
    tx.create(Offer, {
      id: demoOfferId(seed.key),
      provider,
      kind: seed.kind,
      ...defaultsForKind(seed.kind as OfferKind),
      titleNb: seed.title[0],
      titleEn: seed.title[1],
      descriptionNb: seed.description[0],
      descriptionEn: seed.description[1],
      easyReadNb: seed.easyRead[0],
      easyReadEn: seed.easyRead[1],
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
}

/** Synthetic participants, their guardians, and the demo guardian's confirmed guardianship. */
function seedParticipants(tx: EntityManager, options: SeedOptions): void {
  for (const seed of demoParticipants) {
    const participant = tx.create(Participant, {
      id: seed.id,
      givenName: seed.givenName,
      familyName: seed.familyName,
      nationalIdentityNumber: seed.identityNumber,
      personRef: personRef(seed.identityNumber, options.personRefKey),
      birthDate: seed.birthDate,
      phone: seed.phone ?? null,
      email: null,
      searchText: searchTextOf([seed.givenName, seed.familyName]),
    } as never);
    if (seed.guardian) {
      tx.create(Guardian, {
        participant,
        ...seed.guardian,
        relation: seed.guardian.relation as GuardianRelation,
        email: null,
        position: 0,
      });
    }
    // The guardian who signs in (the issuer's demo `guardian`), confirmed by the office: `me.guardianships`.
    if (seed.key === demoGuardianSignIn.participantKey && seed.guardian) {
      const confirmedAt = new Date(demoGuardianSignIn.confirmedAt);
      tx.create(Guardianship, {
        participant,
        guardianRef: personRef(demoGuardianSignIn.identityNumber, options.personRefKey),
        guardianName: seed.guardian.name,
        relation: seed.guardian.relation as GuardianRelation,
        wardName: `${seed.givenName} ${seed.familyName}`,
        claimedAt: confirmedAt,
        confirmedAt,
        confirmedBy: 'case-worker',
      } as never);
    }
  }
}
