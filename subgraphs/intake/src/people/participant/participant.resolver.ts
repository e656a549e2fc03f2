import { type FilterQuery } from '@mikro-orm/core';
import { Access, ConnectionArgs, ConnectionType, paginate, UserInputError } from '@veiinn/kit';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { HubWriteAccess } from '../../access/write-rules';
import { searchTerms } from '../../common/search';
import type { IntakeContext } from '../../context';
import { Guardian, Participant } from './participant.entity';
import { ParticipantFilter, RegisterParticipantInput, UpdateParticipantInput } from './participant.inputs';

import { MAX_LOOKUP, registerParticipant, updateParticipant } from './participant.use-cases';

@ObjectType({ description: 'A page of participants.' })
export class ParticipantConnection extends ConnectionType(Participant, 'Participant') {}

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => ParticipantConnection, {
    description:
      'Participants by family name, then given name, with cursor pagination. Only those the caller may see (their own, their provider’s, NAV-linked; all for the allocation office); `totalCount` counts the same.',
  })
  async participants(
    @Arg('filter', () => ParticipantFilter, {
      nullable: true,
      description: 'Conditions the participants must meet; all when left out.',
    })
    filter: ParticipantFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<ParticipantConnection> {
    const terms = searchTerms(filter?.search);
    const where: FilterQuery<Participant> = {
      $and: [await rowScope(ctx).participantWhere(), ...terms.map((t) => ({ searchText: { $like: `%${t}%` } }))],
    };
    // Norwegian order (… Z, Æ, Ø, Å) on both databases: by the stored sort keys, then the id.
    return paginate(ctx.em, Participant, where, page, [
      { familyNameSort: 'asc' },
      { givenNameSort: 'asc' },
      { id: 'asc' },
    ]);
  }

  @Query(() => Participant, {
    nullable: true,
    description:
      'One participant by id; null when there is none with that id, or when the caller may not see them (the same answer, so it tells nothing of who exists).',
  })
  async participant(
    @Arg('id', () => ID, { description: 'Id of the participant.' }) id: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Participant | null> {
    return rowScope(ctx).participant(id);
  }

  @Query(() => [Participant], {
    nullable: 'items',
    description: `Several participants by id (at most ${MAX_LOOKUP}), in the order given; null where there is none with an id or the caller may not see them. For lists such as a caseload.`,
  })
  async participantsByIds(
    @Arg('ids', () => [ID], { description: `Ids of the participants, at most ${MAX_LOOKUP}.` }) ids: string[],
    @Ctx() ctx: IntakeContext,
  ): Promise<(Participant | null)[]> {
    if (ids.length > MAX_LOOKUP) {
      throw new UserInputError([
        {
          field: 'ids',
          nb: `kan ha høyst ${MAX_LOOKUP} id-er. Spør i flere deler.`,
          en: `must be at most ${MAX_LOOKUP} ids; ask in parts.`,
        },
      ]);
    }
    const scope = rowScope(ctx);
    return Promise.all(ids.map((id) => scope.participant(id)));
  }

  @FieldResolver(() => [Guardian], {
    description: 'Guardians and next of kin, in the order the participant gave them.',
  })
  async guardians(@Root() participant: Participant, @Ctx() { loaders }: IntakeContext): Promise<Guardian[]> {
    return loaders.guardiansByParticipant.load(participant.id);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Participant, {
    description:
      'Registers a participant (the allocation office). Invalid input gives BAD_USER_INPUT; an identity number already registered gives CONFLICT; FORBIDDEN for any other role.',
  })
  registerParticipant(
    @Arg('input', () => RegisterParticipantInput, { description: 'The new participant.' })
    input: RegisterParticipantInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Participant> {
    return registerParticipant(ctx, input);
  }

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => Participant, {
    description:
      'Changes a participant. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT. An applicant or guardian may change only their own participant’s contact (email, phone); anything else is FORBIDDEN.',
  })
  updateParticipant(
    @Arg('input', () => UpdateParticipantInput, { description: 'The participant and the changes.' })
    input: UpdateParticipantInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Participant> {
    return updateParticipant(ctx, input);
  }
}

// Kept here for the resolvers that import it from this file (me, guardianship).
export { createParticipant } from './participant.use-cases';
