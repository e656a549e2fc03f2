import {
  Access,
  checkIdentityNumber,
  ConflictError,
  onRace,
  ForbiddenError,
  hasRole,
  isUuid,
  normalizeText,
  NotFoundError,
  requiresAnyRole,
  Role,
  textProblems,
  UserInputError,
} from '@veiinn/kit';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { requireCaseWorker } from '../../access/write-rules';
import type { IntakeContext } from '../../context';
import { Guardianship, GuardianshipStatus } from './guardianship.entity';
import { GuardianRelation, Participant } from './participant.entity';
import { createParticipant } from './participant.resolver';
import { validateParticipant } from './participant.rules';

@InputType({
  description:
    'A guardian, signed in with ID-porten, names the young person they apply for. The guardian is known by the identity number they signed in with.',
})
export class RegisterWardInput {
  @Field(() => String, { description: 'The young person’s given name(s), at most 100 characters.' })
  givenName!: string;

  @Field(() => String, { description: 'The young person’s family name, at most 100 characters.' })
  familyName!: string;

  @Field(() => String, {
    description: 'The young person’s national identity number or D-number, 11 digits. Never returned.',
  })
  nationalIdentityNumber!: string;

  @Field(() => GuardianRelation, { description: 'How you are related to the young person.' })
  relation!: GuardianRelation;

  @Field(() => String, { description: 'Your own name, at most 200 characters.' })
  guardianName!: string;
}

@InputType({ description: 'The guardianship the allocation office has checked and confirms.' })
export class ConfirmGuardianshipInput {
  @Field(() => ID, { description: 'Id of the guardianship (from `guardianships`).' })
  guardianshipId!: string;
}

const GUARDIAN_ONLY = {
  nb: 'Bare en foresatt som har logget inn med ID-porten kan søke på vegne av en ungdom.',
  en: 'Only a guardian signed in with ID-porten (a token with "pid") can apply on behalf of a young person.',
};

@Resolver(() => Guardianship)
export class GuardianshipResolver {
  @FieldResolver(() => ID, { description: 'Id of the young person’s participant: what `createApplication` takes.' })
  participantId(@Root() guardianship: Guardianship): string {
    return guardianship.participant.id;
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description:
      'The young person, for whoever may see them: the allocation office, and the guardian once the guardianship is confirmed; null before.',
  })
  participant(@Root() guardianship: Guardianship, @Ctx() ctx: IntakeContext): Promise<Participant | null> {
    return rowScope(ctx).participant(guardianship.participant.id);
  }

  @Directive(Access.CASE_WORKER)
  @Query(() => [Guardianship], {
    description:
      'Guardianships claimed by signed-in guardians, oldest first (the allocation office): those still to confirm with `status: CLAIMED`.',
  })
  async guardianships(
    @Arg('status', () => GuardianshipStatus, { nullable: true, description: 'Only these; all when left out.' })
    status: GuardianshipStatus | null,
    @Ctx() { em, caller }: IntakeContext,
  ): Promise<Guardianship[]> {
    requireCaseWorker(caller, { no: 'se vergemålsmeldinger', en: 'read guardianship claims' });
    const where =
      status === GuardianshipStatus.CLAIMED
        ? { confirmedAt: null }
        : status === GuardianshipStatus.CONFIRMED
          ? { confirmedAt: { $ne: null } }
          : {};
    return em.find(Guardianship, where, { orderBy: [{ claimedAt: 'asc' }, { id: 'asc' }] });
  }

  @Directive(requiresAnyRole(Role.GUARDIAN))
  @Mutation(() => Guardianship, {
    description:
      'A guardian signed in with ID-porten names the young person they apply for: the participant is found by the identity number, or registered. The guardianship is CLAIMED until the allocation office confirms it (`confirmGuardianship`); until then the guardian may apply for the young person (`createApplication` with `participantId`) and sees only the applications they submitted. FORBIDDEN without a guardian’s sign-in; BAD_USER_INPUT for unusable input (or the guardian’s own number). Asking again gives the same claim.',
  })
  async registerWard(
    @Arg('input', () => RegisterWardInput, { description: 'The young person, and how you are related.' })
    input: RegisterWardInput,
    @Ctx() { em, app, caller }: IntakeContext,
  ): Promise<Guardianship> {
    const ref = caller?.personRef;
    if (!caller?.pid || !ref || !hasRole(caller, Role.GUARDIAN)) throw new ForbiddenError(GUARDIAN_ONLY);
    const number = input.nationalIdentityNumber.trim();
    const problems = [
      ...checkIdentityNumber(number, app.allowRealIdentityNumbers),
      ...validateParticipant({
        givenName: input.givenName,
        familyName: input.familyName,
        email: null,
        phone: null,
        guardians: [],
      }),
      ...textProblems('guardianName', input.guardianName, { max: 200 }),
    ];
    if (number === caller.pid) {
      problems.push({
        field: 'nationalIdentityNumber',
        nb: 'er ditt eget fødselsnummer; skriv ungdommens.',
        en: 'is your own identity number; give the young person’s.',
      });
    }
    if (problems.length) throw new UserInputError(problems);
    const raced = () =>
      new ConflictError({
        nb: 'Ungdommen ble registrert av noen andre i samme øyeblikk; prøv igjen.',
        en: 'The young person was registered by someone else at the same moment; try again.',
      });
    // The same guardian asking twice at once: the unique index decides, and both get the one claim's conflict.
    return onRace(
      ['unique'],
      // One transaction: the young person (when new) and the claim are written together, or neither is.
      () =>
        em.transactional(async (tx) => {
          const known = await tx.findOne(Participant, { nationalIdentityNumber: number });
          const participant =
            known ??
            (await createParticipant(tx, app, { ...input, nationalIdentityNumber: number, guardians: [] }, raced));
          const existing = await tx.findOne(Guardianship, { participant: participant.id, guardianRef: ref });
          if (existing) return existing;
          const claim = tx.create(Guardianship, {
            participant: participant.id,
            guardianRef: ref,
            guardianName: normalizeText(input.guardianName),
            relation: input.relation,
            wardName: normalizeText(`${input.givenName.trim()} ${input.familyName.trim()}`),
          } as never);
          await tx.flush();
          return claim;
        }),
      raced,
    );
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Guardianship, {
    description:
      'The allocation office confirms, after checking, that a signed-in guardian is the young person’s guardian: from then on the guardian sees what the young person would see. NOT_FOUND for an unknown id; confirming again changes nothing.',
  })
  async confirmGuardianship(
    @Arg('input', () => ConfirmGuardianshipInput, { description: 'The guardianship to confirm.' })
    input: ConfirmGuardianshipInput,
    @Ctx() { em, caller }: IntakeContext,
  ): Promise<Guardianship> {
    requireCaseWorker(caller, { no: 'bekrefte vergemål', en: 'confirm guardianships' });
    return em.transactional(async (tx) => {
      const claim = isUuid(input.guardianshipId) ? await tx.findOne(Guardianship, { id: input.guardianshipId }) : null;
      if (!claim) throw new NotFoundError('Guardianship', input.guardianshipId);
      if (!claim.confirmedAt) {
        claim.confirmedAt = new Date();
        claim.confirmedBy = caller?.sub ?? 'intake';
      }
      return claim;
    });
  }
}
