import {
  Access,
  conflictOnRace,
  expectVersion,
  FailedPreconditionError,
  hasRole,
  isUuid,
  NotFoundError,
  requiresAnyRole,
  Role,
  textProblems,
  UserInputError,
  type FieldProblem,
} from '@veiinn/kit';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { HubWriteAccess, requireActingFor, requireCaseWorker } from '../../access/write-rules';
import type { IntakeContext } from '../../context';
import { Participant } from '../participant/participant.entity';
import { updateParticipant } from '../participant/participant.use-cases';
import { CorrectionField, CorrectionRequest, CorrectionRequester, CorrectionStatus } from './correction.entity';

/** Who may read correction requests: the person and their guardian for their own, and the allocation office. */
const READS_CORRECTIONS = requiresAnyRole(Role.APPLICANT, Role.GUARDIAN, Role.CASE_WORKER, Role.SERVICE);

const MAX_VALUE = 500;
const MAX_TEXT = 2000;

/** A free text's first problem (multi-line: line breaks kept), or null. */
const textProblem = (field: string, text: string | null | undefined, required: boolean): FieldProblem | null =>
  text == null
    ? required
      ? { field, nb: 'må fylles ut.', en: 'is required.' }
      : null
    : (textProblems(field, text, { max: MAX_TEXT, required, multiline: true })[0] ?? null);
const MAX_LIST = 500;
const REQUEST = { nb: 'Forespørselen om retting', en: 'The correction request' } as const;

/** The fields an accepted request changes on the participant at once, by the participant's property. */
const DIRECT: Partial<Record<CorrectionField, 'givenName' | 'familyName' | 'email' | 'phone'>> = {
  [CorrectionField.GIVEN_NAME]: 'givenName',
  [CorrectionField.FAMILY_NAME]: 'familyName',
  [CorrectionField.EMAIL]: 'email',
  [CorrectionField.PHONE]: 'phone',
};

export enum CorrectionOutcome {
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
}
registerEnumType(CorrectionOutcome, {
  name: 'CorrectionOutcome',
  description: 'The office’s answer to a request.',
  valuesConfig: {
    ACCEPTED: { description: 'Accept: the data is (or will be) corrected.' },
    REFUSED: { description: 'Refuse, with the reason in the answer.' },
  },
});

@InputType({ description: 'A request to correct data about a participant.' })
export class RequestCorrectionInput {
  @Field(() => ID, { description: 'Id of the participant.' })
  participantId!: string;

  @Field(() => CorrectionField, { description: 'What is wrong.' })
  field!: CorrectionField;

  @Field(() => String, { nullable: true, description: `What it says now, at most ${MAX_VALUE} characters.` })
  currentValue?: string | null;

  @Field(() => String, { description: `What it should say, at most ${MAX_VALUE} characters.` })
  correctValue!: string;

  @Field(() => String, { description: 'Why, at most 2000 characters.' })
  reason!: string;
}

@InputType({ description: 'The allocation office’s answer to a correction request.' })
export class DecideCorrectionRequestInput {
  @Field(() => ID, { description: 'Id of the request.' })
  requestId!: string;

  @Field(() => Int, { description: 'The request’s `version` you read; CONFLICT if it changed since.' })
  expectedVersion!: number;

  @Field(() => CorrectionOutcome, { description: 'ACCEPTED or REFUSED.' })
  outcome!: CorrectionOutcome;

  @Field(() => String, {
    description: 'Why (and for a part of the case: how it was corrected), at most 2000 characters.',
  })
  answer!: string;
}

function requesterOf(ctx: IntakeContext): CorrectionRequester {
  if (!ctx.caller || hasRole(ctx.caller, Role.CASE_WORKER, Role.SERVICE)) return CorrectionRequester.CASE_WORKER;
  return hasRole(ctx.caller, Role.GUARDIAN) ? CorrectionRequester.GUARDIAN : CorrectionRequester.PARTICIPANT;
}

function requestProblems(input: RequestCorrectionInput): FieldProblem[] {
  const value = (field: string, text: string | null | undefined, required: boolean) => {
    const problem = textProblem(field, text, required);
    if (problem) return problem;
    return text && text.trim().length > MAX_VALUE
      ? { field, nb: `kan være høyst ${MAX_VALUE} tegn.`, en: `may be at most ${MAX_VALUE} characters.` }
      : null;
  };
  return [
    value('currentValue', input.currentValue, false),
    value('correctValue', input.correctValue, true),
    textProblem('reason', input.reason, true),
  ].filter((problem) => problem != null);
}

@Resolver(() => CorrectionRequest)
export class CorrectionRequestResolver {
  @Directive(Access.CASE_WORKER)
  @Query(() => [CorrectionRequest], {
    description: `Correction requests for the allocation office, oldest first (at most ${MAX_LIST}): the open ones by default.`,
  })
  async correctionRequests(
    @Arg('status', () => [CorrectionStatus], { defaultValue: [CorrectionStatus.OPEN], description: 'Which.' })
    status: CorrectionStatus[],
    @Ctx() ctx: IntakeContext,
  ): Promise<CorrectionRequest[]> {
    requireCaseWorker(ctx.caller, { no: 'se forespørsler om retting', en: 'list correction requests' });
    return ctx.em.find(
      CorrectionRequest,
      { status: { $in: status } },
      { orderBy: { createdAt: 'asc' }, limit: MAX_LIST },
    );
  }

  @FieldResolver(() => Participant, { nullable: true, description: 'Whose data it is; null if not yours to see.' })
  participant(@Root() request: CorrectionRequest, @Ctx() ctx: IntakeContext): Promise<Participant | null> {
    return rowScope(ctx).participant(request.participant.id);
  }

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => CorrectionRequest, {
    description:
      'Asks for a correction of data about a participant (GDPR art. 16): the participant or a guardian for their own, or the office on their behalf (FORBIDDEN otherwise). NOT_FOUND for an unknown participant, BAD_USER_INPUT naming every field. The office answers with decideCorrectionRequest.',
  })
  async requestCorrection(
    @Arg('input', () => RequestCorrectionInput, { description: 'The request.' }) input: RequestCorrectionInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<CorrectionRequest> {
    await requireActingFor(ctx, input.participantId, { no: 'be om retting', en: 'ask for a correction' });
    const problems = requestProblems(input);
    if (problems.length) throw new UserInputError(problems);
    return ctx.em.transactional(async (tx) => {
      const participant = isUuid(input.participantId)
        ? await tx.findOne(Participant, { id: input.participantId })
        : null;
      if (!participant) throw new NotFoundError('Participant', input.participantId);
      return tx.create(CorrectionRequest, {
        participant,
        field: input.field,
        currentValue: input.currentValue?.trim() || null,
        correctValue: input.correctValue.trim(),
        reason: input.reason.trim(),
        requestedBy: requesterOf(ctx),
        createdAt: new Date(),
      } as never);
    });
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => CorrectionRequest, {
    description:
      'Accepts or refuses an OPEN correction request with a reason. Accepting GIVEN_NAME, FAMILY_NAME, EMAIL or PHONE changes the participant in the same transaction (BAD_USER_INPUT if the value is not valid, e.g. an e-mail address), and keeps the value it had. NOT_FOUND, CONFLICT for a stale expectedVersion, FAILED_PRECONDITION CORRECTION_DECIDED when already answered.',
  })
  async decideCorrectionRequest(
    @Arg('input', () => DecideCorrectionRequestInput, { description: 'The answer.' })
    input: DecideCorrectionRequestInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<CorrectionRequest> {
    requireCaseWorker(ctx.caller, { no: 'svare på forespørsler om retting', en: 'answer correction requests' });
    const problem = textProblem('answer', input.answer, true);
    if (problem) throw new UserInputError([problem]);
    return conflictOnRace(REQUEST, () =>
      ctx.em.transactional(async (tx) => {
        const request = isUuid(input.requestId) ? await tx.findOne(CorrectionRequest, { id: input.requestId }) : null;
        if (!request) throw new NotFoundError('CorrectionRequest', input.requestId);
        expectVersion(request, input.expectedVersion, REQUEST);
        if (request.status !== CorrectionStatus.OPEN) {
          throw new FailedPreconditionError('CORRECTION_DECIDED', {
            nb: 'Forespørselen er allerede besvart.',
            en: 'The request has already been answered.',
          });
        }
        const property = DIRECT[request.field];
        if (input.outcome === CorrectionOutcome.ACCEPTED && property) {
          const participant = await tx.findOneOrFail(Participant, { id: request.participant.id });
          request.previousValue = participant[property] ?? null;
          await updateParticipant(
            { ...ctx, em: tx },
            { participantId: participant.id, [property]: request.correctValue },
          );
        }
        request.status =
          input.outcome === CorrectionOutcome.ACCEPTED ? CorrectionStatus.ACCEPTED : CorrectionStatus.REFUSED;
        request.answer = input.answer.trim();
        request.decidedAt = new Date();
        return request;
      }),
    );
  }
}

@Resolver(() => Participant)
export class ParticipantCorrectionsResolver {
  @Directive(READS_CORRECTIONS)
  @FieldResolver(() => [CorrectionRequest], {
    description: 'The participant’s correction requests and their answers, newest first.',
  })
  correctionRequests(@Root() participant: Participant, @Ctx() ctx: IntakeContext): Promise<CorrectionRequest[]> {
    return ctx.loaders.correctionsByParticipant.load(participant.id);
  }
}
