// The people module's public face: participants, their guardians and guardianships.
export { Guardian, GuardianRelation, Participant } from './participant/participant.entity';
export { Guardianship } from './participant/guardianship.entity';
export { CorrectionRequest } from './correction/correction.entity';
export { withOwnParticipant } from './participant/own-participant';
export { backfillPersonRefs } from './participant/person-ref.backfill';
export { onParticipantRegistered } from './participant/hooks';
export type { PeopleRules } from './module';
export { ParticipantConnection, ParticipantResolver } from './participant/participant.resolver';
export { ParticipantFilter } from './participant/participant.inputs';
