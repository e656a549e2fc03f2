import { Hook } from '../../common/hook';
import type { Participant } from './participant.entity';

/**
 * Raised inside the registration's transaction, after the participant is written: network registers the handler
 * that links the waiting lists NAV already had the person on (network/module.ts), so people need not import them.
 */
export const onParticipantRegistered = new Hook<Participant>('onParticipantRegistered');
