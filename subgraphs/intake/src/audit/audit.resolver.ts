import {
  Access,
  ConnectionArgs,
  ConnectionType,
  ForbiddenError,
  isAuditSubject,
  paginate,
  UserInputError,
  type Caller,
} from '@veiinn/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { IntakeContext } from '../context';
import { Participant } from '../people';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogFilter, auditFilterProblems, auditFilterWhere } from './audit.filter';
import { mayReadAuditLog } from './audit.rules';

@ObjectType({ description: "A page of a participant's audit log, newest first." })
export class AuditEntryConnection extends ConnectionType(AuditEntry, 'AuditEntry') {}

/** One participant's log, newest first, after the row rule: the participant, a guardian, the privacy officer. */
function readLog(
  em: EntityManager,
  caller: Caller | null,
  participantId: string,
  page: ConnectionArgs,
  filter?: AuditLogFilter | null,
) {
  if (!mayReadAuditLog(caller, participantId)) {
    throw new ForbiddenError({
      nb: 'Bare deltakeren, verger og personvernombudet kan se hvem som har lest opplysningene.',
      en: 'Only the participant, their guardian and the privacy officer may see who read the participant’s data.',
    });
  }
  return paginate(em, AuditEntry, auditFilterWhere(participantId, filter), page, [{ readAt: 'desc' }, { id: 'desc' }]);
}

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => [String], { description: 'The reader’s roles at the time, e.g. "case-worker".' })
  readerRoles(@Root() entry: AuditEntry): string[] {
    return entry.roles.split(' ').filter(Boolean);
  }

  @Directive(Access.AUDIT_LOG)
  @Query(() => AuditEntryConnection, {
    description:
      "Who read a participant's personal data, newest first: for the privacy officer, and for the participant or a guardian (their own). Refused with FORBIDDEN for anyone else.",
  })
  auditLog(
    @Arg('participantId', () => ID, {
      description:
        'Id of the participant, or the subject a subgraph logged a read under when the hub knows no participant for it (`nav-record:<id>`: a NAV record read on its own).',
    })
    participantId: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AuditLogFilter, {
      nullable: true,
      description: 'Only the entries that match: by reader, role, category and period. Left out: every entry.',
    })
    filter: AuditLogFilter | null,
    @Ctx() { em, caller }: IntakeContext,
  ): Promise<AuditEntryConnection> {
    const problems = isAuditSubject(participantId)
      ? []
      : [
          {
            field: 'participantId',
            nb: 'må være en UUID, eller nav-record: og en UUID.',
            en: 'must be a UUID, or nav-record: and a UUID.',
          },
        ];
    problems.push(...auditFilterProblems(filter));
    if (problems.length) throw new UserInputError(problems);
    return readLog(em, caller, participantId, page, filter);
  }
}

@Resolver(() => Participant)
export class ParticipantReadLogResolver {
  @Directive(Access.AUDIT_LOG)
  @FieldResolver(() => AuditEntryConnection, {
    description:
      "Who read this participant's personal data, newest first: for the participant, a guardian and the privacy officer. Refused with FORBIDDEN for anyone else.",
  })
  readLog(
    @Root() participant: Participant,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() { em, caller }: IntakeContext,
  ): Promise<AuditEntryConnection> {
    return readLog(em, caller, participant.id, page);
  }
}
