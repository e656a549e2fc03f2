import { appendToFeed, FailedPreconditionError, UserInputError, type FieldProblem, lockForWrite } from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import {
  AFT_OUTCOME,
  ARBA_WRITE,
  arbaScope,
  PROVIDER_DETAIL,
  providerDetailOnly,
  requireArbaWrite,
  seesParticipation,
} from '../access/arba-access';
import { AftPeriod } from '../aft/aft-period.entity';
import { initialAftPeriod } from '../aft/aft.rules';
import { ArbaArena } from '../arena/arena.entity';
import { ArbaMeasure } from '../common/enums';
import type { ArbaContext } from '../context';
import { ArbaOffer } from '../offer/offer.entity';
import { ArbaPlaceReservation } from '../offer/place-reservation.entity';
import { placementChange } from './participation.feed';
import { ArbaParticipation } from './participation.entity';
import { ArbaEndParticipationInput, ArbaStartParticipationInput } from './participation.inputs';
import { DEFAULT_MUNICIPALITY, noFreePlace, startProblems } from './participation.rules';
import { assertRunning, findTarget, withVersionCheck } from './participation.target';
import { PlacementStub } from './placement.stub';

@Resolver(() => PlacementStub)
export class PlacementStubResolver {
  @Directive(AFT_OUTCOME)
  @FieldResolver(() => ArbaParticipation, {
    nullable: true,
    description:
      "Arba's detail of the placement; null when the placement is not at Arba, or when the caller may not see it: " +
      "Arba's own staff and the case worker see every one, an applicant or guardian their own, NAV's staff AFT " +
      'placements only (periods and outcome), staff of other providers none.',
  })
  async arba(
    @Root() placement: PlacementStub,
    @Ctx() { loaders, caller, app }: ArbaContext,
  ): Promise<ArbaParticipation | null> {
    const participation = await loaders.participation.load(placement.id);
    return participation && seesParticipation(arbaScope(caller, app), participation) ? participation : null;
  }
}

@Resolver(() => ArbaParticipation)
export class ParticipationResolver {
  @Directive(PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @FieldResolver(() => ArbaArena, { description: 'The arena the participant works or trains at.' })
  async arena(@Root() participation: ArbaParticipation, @Ctx() { loaders }: ArbaContext): Promise<ArbaArena> {
    const arena = await loaders.arena.load(participation.arena.id);
    if (!arena) throw new Error(`Placement ${participation.id} refers to missing arena ${participation.arena.id}`);
    return arena;
  }

  @Directive(ARBA_WRITE)
  @Mutation(() => ArbaParticipation, {
    description:
      'Starts a participation in VTA or AFT (AFT gets its initial period of one year). Unknown ids give BAD_USER_INPUT; ' +
      'a full offer, or one whose free places are reserved for another municipality, gives FAILED_PRECONDITION ' +
      'NO_FREE_PLACE; a participant already placed in the measure from that day FAILED_PRECONDITION ALREADY_PLACED.',
  })
  async startArbaParticipation(
    @Arg('input', () => ArbaStartParticipationInput, { description: 'Who starts where, and when.' })
    input: ArbaStartParticipationInput,
    @Ctx() { em, caller, app }: ArbaContext,
  ): Promise<ArbaParticipation> {
    requireArbaWrite(caller, app, { no: 'starte en deltakelse', en: 'start a participation' });
    const municipality = input.municipality ?? DEFAULT_MUNICIPALITY;
    const participantId = input.participantId.toLowerCase();
    return em.transactional(async (tx) => {
      const problems: FieldProblem[] = startProblems(input);
      // Locked, so two starts at once cannot both take the last place (PostgreSQL; SQLite has one writer anyway).
      const offer = await lockForWrite(tx, ArbaOffer, input.offerId);
      const arena = await tx.findOne(ArbaArena, { id: input.arenaId });
      if (!offer)
        problems.push({
          field: 'offerId',
          nb: `Arba har ikke noe tilbud med id «${input.offerId}».`,
          en: `no Arba offer has the id "${input.offerId}".`,
        });
      else if (offer.measure === null) {
        problems.push({
          field: 'offerId',
          nb: `«${offer.catalogue.titleNb}» står bare i katalogen. Plasser føres for VTA og AFT.`,
          en: `"${offer.catalogue.titleNb}" is in the catalogue only; participations are kept for VTA and AFT.`,
        });
      }
      if (!arena)
        problems.push({
          field: 'arenaId',
          nb: `Arba har ingen arena med id «${input.arenaId}».`,
          en: `no Arba arena has the id "${input.arenaId}".`,
        });
      else if (offer?.measure && arena.onlyFor !== null && arena.onlyFor !== offer.measure) {
        problems.push({
          field: 'arenaId',
          nb: `«${arena.name}» er en arena bare for ${arena.onlyFor}.`,
          en: `"${arena.name}" is an arena for ${arena.onlyFor} only.`,
        });
      }
      if (problems.length) throw new UserInputError(problems);
      const measure = offer!.measure!;

      // Participations that have not ended before the start hold a place on the start day or later.
      const occupying = await tx.find(ArbaParticipation, {
        offer: offer!.id,
        $or: [{ endDate: null }, { endDate: { $gte: input.startDate } }],
      });
      if (occupying.some((p) => p.participantId === participantId)) {
        throw new FailedPreconditionError('ALREADY_PLACED', {
          nb: `Deltakeren har allerede en plass i ${measure} hos Arba som ikke slutter før ${input.startDate}.`,
          en: `Participant ${participantId} already has a placement in Arba's ${measure} that has not ended before ${input.startDate}.`,
        });
      }
      const reservations = await tx.find(ArbaPlaceReservation, { offer: offer!.id });
      const full = noFreePlace(
        { measure, places: offer!.places, reservations, occupying: occupying.map((p) => p.municipality) },
        municipality,
        input.startDate,
      );
      if (full) throw full;

      const initial = measure === ArbaMeasure.AFT ? initialAftPeriod(input.startDate) : null;
      const participation = tx.create(ArbaParticipation, {
        participantId,
        offer: offer!,
        arena: arena!,
        measure,
        municipality,
        hoursPerWeek: input.hoursPerWeek,
        startDate: input.startDate,
        aftGrantedUntil: initial?.endDate ?? null,
      } as never);
      if (initial) tx.create(AftPeriod, { participation, ...initial });
      await tx.flush();
      await appendToFeed(tx, [placementChange(participation)]);
      return participation;
    });
  }

  @Directive(ARBA_WRITE)
  @Mutation(() => ArbaParticipation, {
    description:
      'Ends a participation. Unknown id gives NOT_FOUND; a stale expectedVersion CONFLICT; an end before the start, ' +
      'a missing AFT outcome or an end after the granted AFT periods BAD_USER_INPUT; an ended one FAILED_PRECONDITION ALREADY_ENDED. ' +
      'endDate null takes back the end of an ended participation (the hub undoing a transition’s end).',
  })
  async endArbaParticipation(
    @Arg('input', () => ArbaEndParticipationInput, { description: 'Which placement ends, when, and how.' })
    input: ArbaEndParticipationInput,
    @Ctx() { em, caller, app }: ArbaContext,
  ): Promise<ArbaParticipation> {
    requireArbaWrite(caller, app, { no: 'avslutte en deltakelse', en: 'end a participation' });
    return withVersionCheck(input.participationId, () =>
      em.transactional(async (tx) => {
        const participation = await findTarget(tx, input.participationId, input.expectedVersion);
        const endDate = input.endDate ?? null;
        if (endDate === null) {
          // Taking back an end (the hub undoing a transition's end): the participation runs on, without an outcome.
          if (input.outcome != null)
            throw new UserInputError([
              {
                field: 'outcome',
                nb: 'skal stå tomt når slutten tas tilbake.',
                en: 'leave it out when taking back an end.',
              },
            ]);
          if (participation.endDate === null) return participation;
          participation.endDate = null;
          participation.outcome = null;
          await tx.flush();
          await appendToFeed(tx, [placementChange(participation)]);
          return participation;
        }
        const problems: FieldProblem[] = [];
        if (endDate < participation.startDate) {
          problems.push({
            field: 'endDate',
            nb: `Slutten (${endDate}) er før starten (${participation.startDate}).`,
            en: `The end (${endDate}) is before the start (${participation.startDate}).`,
          });
        }
        if (participation.measure === ArbaMeasure.AFT) {
          if (input.outcome == null)
            problems.push({ field: 'outcome', nb: 'må fylles ut når AFT slutter.', en: 'is required when AFT ends.' });
          const last = participation.aftGrantedUntil;
          if (last !== null && endDate > last) {
            problems.push({
              field: 'endDate',
              nb: `er etter den siste innvilgede AFT-perioden, som slutter ${last}. Forleng perioden først.`,
              en: `is after the last granted AFT period, which ends ${last}; extend the period first.`,
            });
          }
        } else if (input.outcome != null) {
          problems.push({
            field: 'outcome',
            nb: 'føres bare for AFT. La feltet stå tomt for VTA.',
            en: 'is recorded for AFT only; leave it out for VTA.',
          });
        }
        if (problems.length) throw new UserInputError(problems);
        assertRunning(participation);

        participation.endDate = endDate;
        participation.outcome = input.outcome ?? null;
        await tx.flush();
        await appendToFeed(tx, [placementChange(participation)]);
        return participation;
      }),
    );
  }
}
