/** Writing the catalogue's own offers: new ones, and changes at the version read. */
import {
  conflictOnRace,
  expectVersion,
  FailedPreconditionError,
  isUuid,
  NotFoundError,
  UserInputError,
} from '@veiinn/kit';
import { requireOwnProvider } from '../../access/write-rules';
import { searchTextOf } from '../../common/search';
import type { IntakeContext } from '../../context';
import { Provider } from '../provider/provider.entity';
import { Offer } from './offer.entity';
import { CreateOfferInput, UpdateOfferInput } from './offer.inputs';
import { defaultsForKind, easyReadInputProblems, validateOffer, type OfferFields } from './offer.rules';

function fieldsOf(offer: Offer): OfferFields {
  return {
    kind: offer.kind,
    title: offer.title,
    description: offer.description,
    eligibility: offer.eligibility,
    trade: offer.trade,
    site: offer.site,
    hoursPerWeek: offer.hoursPerWeek,
    places: offer.places,
  };
}

function assign(offer: Offer, input: Partial<CreateOfferInput>): void {
  if (input.kind != null) offer.kind = input.kind;
  if (input.title) [offer.titleNb, offer.titleEn] = [input.title.nb.trim(), input.title.en.trim()];
  if (input.description)
    [offer.descriptionNb, offer.descriptionEn] = [input.description.nb.trim(), input.description.en.trim()];
  if (input.easyRead) [offer.easyReadNb, offer.easyReadEn] = [input.easyRead.nb.trim(), input.easyRead.en.trim()];
  if (input.eligibility)
    [offer.eligibilityNb, offer.eligibilityEn] = [input.eligibility.nb.trim(), input.eligibility.en.trim()];
  if (input.trade !== undefined) offer.trade = input.trade?.trim() || null;
  if (input.site !== undefined) offer.site = input.site?.trim() || null;
  if (input.hoursPerWeek !== undefined) offer.hoursPerWeek = input.hoursPerWeek;
  if (input.places !== undefined) offer.places = input.places;
  if (input.intakeMode != null) offer.intakeMode = input.intakeMode;
  if (input.decidedBy != null) offer.decidedBy = input.decidedBy;
  if (input.openForApplications != null) offer.openForApplications = input.openForApplications;
}

function refreshSearchText(offer: Offer, provider: Provider): void {
  offer.searchText = searchTextOf([
    offer.titleNb,
    offer.titleEn,
    offer.descriptionNb,
    offer.descriptionEn,
    offer.trade,
    offer.site,
    provider.name,
    provider.shortName,
  ]);
}

/** A new offer of the caller’s own provider in the catalogue. */
export async function createOffer(ctx: IntakeContext, input: CreateOfferInput): Promise<Offer> {
  await requireOwnProvider(ctx, input.providerId, { no: 'legge til tilbud', en: 'add offers' });
  return ctx.em.transactional(async (tx) => {
    const provider = await tx.findOne(Provider, { id: input.providerId });
    const offer = new Offer();
    offer.provider = tx.getReference(Provider, input.providerId, { wrapped: true });
    Object.assign(offer, defaultsForKind(input.kind));
    assign(offer, input);
    const problems = [...validateOffer(fieldsOf(offer)), ...easyReadInputProblems(input.easyRead)];
    if (!provider)
      problems.unshift({
        field: 'providerId',
        nb: `det finnes ingen tilbyder med id «${input.providerId}».`,
        en: `no provider has the id "${input.providerId}".`,
      });
    if (problems.length) throw new UserInputError(problems);
    refreshSearchText(offer, provider!);
    tx.persist(offer);
    return offer;
  });
}

/** Changes an offer the hub keeps itself (not one a provider publishes), at the version read. */
export async function updateOffer(ctx: IntakeContext, input: UpdateOfferInput): Promise<Offer> {
  const id = input.offerId;
  const name = { nb: 'Tilbudet', en: `Offer ${id}`, it: 'det' } as const;
  return conflictOnRace(name, () =>
    ctx.em.transactional(async (tx) => {
      // Not a UUID: not one of ours (and PostgreSQL's uuid column would refuse the comparison).
      const offer = isUuid(id) ? await tx.findOne(Offer, { id }, { populate: ['provider', 'searchText'] }) : null;
      if (!offer) throw new NotFoundError('Offer', id);
      await requireOwnProvider(ctx, offer.provider.id, { no: 'endre tilbud', en: 'change offers' });
      if (offer.feedVersion !== null) {
        throw new FailedPreconditionError('OWNED_BY_PROVIDER', {
          nb: `Tilbudet publiseres av ${offer.provider.getEntity().name} i deres eget system. Endre det der.`,
          en: `Offer ${id} is published by ${offer.provider.getEntity().name} through its own subgraph; change it there.`,
        });
      }
      expectVersion(offer, input.expectedVersion, name);
      const { expectedVersion: _v, offerId: _id, ...changes } = input;
      assign(offer, changes as Partial<CreateOfferInput>);
      const problems = [...validateOffer(fieldsOf(offer)), ...easyReadInputProblems(input.easyRead)];
      if (problems.length) throw new UserInputError(problems);
      refreshSearchText(offer, offer.provider.getEntity());
      return offer;
    }),
  );
}
