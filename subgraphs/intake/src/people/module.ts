import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { childrenLoader, isUuid } from '@veiinn/kit';
import { NOTHING, rowScope, type RowScopeCore } from '../access/row-scope';
import { leanByIdLoader } from '../common/lean';
import type { IntakeContext } from '../context';
import type { HubModule } from '../hub-module';
import { CorrectionRequest } from './correction/correction.entity';
import { CorrectionRequestResolver, ParticipantCorrectionsResolver } from './correction/correction.resolver';
import { Guardianship } from './participant/guardianship.entity';
import { unconfirmedGuardianships } from './participant/guardianship.retention';
import { onParticipantRegistered } from './participant/hooks';
import { GuardianshipResolver } from './participant/guardianship.resolver';
import { MeResolver } from './participant/me.resolver';
import { Guardian, Participant } from './participant/participant.entity';
import { ParticipantResolver } from './participant/participant.resolver';

type Reference = { id: string };
type OfParticipant = { participant: { id: string } };
const ofParticipant = (row: OfParticipant) => row.participant.id;

/** The row rules of participants: whoever sees a participant sees their identity and whole path. */
function peopleRules(s: RowScopeCore) {
  const rules = {
    /** May the caller see this participant? A provider or NAV: those its view has found in any module's rows. */
    async seesParticipant(participantId: string): Promise<boolean> {
      switch (s.scope.kind) {
        case 'all':
          return true;
        case 'own':
          return s.scope.participantIds.has(participantId);
        case 'none':
          return false;
        default:
          return (await s.organisation()).participantIds.has(participantId);
      }
    },

    async participant(id: string): Promise<Participant | null> {
      if (s.scope.kind === 'none' || (s.scope.kind === 'own' && !s.scope.participantIds.has(id))) return null;
      return s.one(await s.loaders.participant.load(id), (p) => rules.seesParticipant(p.id));
    },

    /** The condition for list queries, so that a page and its totalCount hold the same rows. */
    async participantWhere(): Promise<FilterQuery<Participant>> {
      switch (s.scope.kind) {
        case 'all':
          return {};
        case 'own':
          return { id: { $in: [...s.scope.participantIds].filter(isUuid) } };
        case 'none':
          return NOTHING;
        default:
          return { id: { $in: [...(await s.organisation()).participantIds].filter(isUuid) } };
      }
    },

    /** For writes: the participants a provider may act for (propose a transition), as for reads. */
    async providerSees(participantId: string): Promise<boolean> {
      return s.scope.kind === 'provider' && rules.seesParticipant(participantId);
    },
  };
  return rules;
}

/** Participants and their guardians, by id and by participant; participants as lean rows (resolvers only read them). */
function peopleLoaders(em: EntityManager) {
  return {
    participant: leanByIdLoader(em, Participant, { uuidKeys: true }),
    guardiansByParticipant: childrenLoader(em, Guardian, 'participant', (g) => g.participant.id, { position: 'asc' }),
    correctionsByParticipant: childrenLoader(em, CorrectionRequest, 'participant', (r) => r.participant.id, {
      createdAt: 'desc',
    }),
  };
}

export type PeopleLoaders = ReturnType<typeof peopleLoaders>;
export type PeopleRules = ReturnType<typeof peopleRules>;

/** People: participants, their guardians and next of kin, and the guardianships citizens sign in with. */
export const peopleModule: HubModule<PeopleLoaders, PeopleRules> = {
  name: 'people',
  entities: [Participant, Guardian, Guardianship, CorrectionRequest],
  loaders: peopleLoaders,
  resolvers: [
    ParticipantResolver,
    MeResolver,
    GuardianshipResolver,
    CorrectionRequestResolver,
    ParticipantCorrectionsResolver,
  ],
  audit: {
    // The fields other modules add to Participant are listed here too, so a read of each has one category.
    Participant: {
      category: 'IDENTITY',
      participantId: (p: Reference) => p.id,
      fields: {
        navRef: null,
        version: null,
        placements: 'PATH',
        career: 'PATH',
        waitingLists: 'APPLICATIONS',
        applications: 'APPLICATIONS',
        vtaAssessment: 'APPLICATIONS',
        careerPlan: 'APPLICATIONS',
        decisions: 'APPLICATIONS',
        transitions: 'APPLICATIONS',
        readLog: 'AUDIT',
        navGrants: 'NAV',
        correctionRequests: 'IDENTITY',
      },
    },
    CorrectionRequest: { category: 'IDENTITY', participantId: ofParticipant },
    Guardian: { category: 'IDENTITY', participantId: ofParticipant },
    Guardianship: { category: 'IDENTITY', participantId: ofParticipant },
  },
  referenceResolvers: {
    // Personal rows out of the caller's scope resolve to null, as an unknown id does (see access/row-scope.ts).
    Participant: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).participant(ref.id) },
  },
  rowRules: peopleRules,
  hooks: [onParticipantRegistered],
  retention: [unconfirmedGuardianships],
};
