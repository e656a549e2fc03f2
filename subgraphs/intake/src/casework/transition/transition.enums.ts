import { registerEnumType } from 'type-graphql';

/** The kinds of change the flow meetings take up (domain brief, "Dynamisk flyt"). */
export enum TransitionKind {
  ACTIVITY_TO_WORK = 'ACTIVITY_TO_WORK',
  BETWEEN_PROVIDERS = 'BETWEEN_PROVIDERS',
  COMBINE_WITH_ORDINARY_WORK = 'COMBINE_WITH_ORDINARY_WORK',
  SPLIT_WEEK = 'SPLIT_WEEK',
  TO_LESS_DEMANDING = 'TO_LESS_DEMANDING',
  CHANGE_EXTENT = 'CHANGE_EXTENT',
}
registerEnumType(TransitionKind, {
  name: 'TransitionKind',
  description: 'What kind of change between offers a transition is (dynamisk flyt).',
  valuesConfig: {
    ACTIVITY_TO_WORK: { description: 'From a day activity (aktivitet) to adapted work (arbeid).' },
    BETWEEN_PROVIDERS: { description: 'To the same kind of offer at another provider (e.g. BA to Arba or back).' },
    COMBINE_WITH_ORDINARY_WORK: {
      description: 'Adapted work combined with work in an ordinary company (VTO/VTAO).',
    },
    SPLIT_WEEK: { description: 'The week split between activity and work.' },
    TO_LESS_DEMANDING: { description: '"The other way": to less demanding work, or to activity.' },
    CHANGE_EXTENT: { description: 'More or fewer days or hours, e.g. days added in a smaller group.' },
  },
});

export enum TransitionStatus {
  PROPOSED = 'PROPOSED',
  ON_AGENDA = 'ON_AGENDA',
  AGREED = 'AGREED',
  REJECTED = 'REJECTED',
  EXECUTING = 'EXECUTING',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
  REVERTING = 'REVERTING',
  REVERTED = 'REVERTED',
}
registerEnumType(TransitionStatus, {
  name: 'TransitionStatus',
  description: 'Where a transition stands, from the wish to the change at the providers.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed; waiting to be put on a flow meeting’s agenda (again, when postponed).' },
    ON_AGENDA: { description: 'On the agenda of a flow meeting (flytmøte).' },
    AGREED: { description: 'The flow meeting agreed; the change can be executed at the providers.' },
    REJECTED: { description: 'The flow meeting said no, with a reason. Final.' },
    EXECUTING: {
      description: 'The hub has asked the providers to end and start placements and waits for their feeds.',
    },
    COMPLETED: { description: 'The hub’s placement index shows every change asked for. Final.' },
    WITHDRAWN: { description: 'Withdrawn before the meeting decided. Final.' },
    REVERTING: {
      description:
        'A target could not be started, so the allocation office undoes the ends (revertTransition): the UNDO_END steps ask each provider to restore the placement’s last day.',
    },
    REVERTED: {
      description:
        'Every end was undone: the participant keeps the placements they had, and the changed decision is annulled. Final.',
    },
  },
});

/** Who proposed a transition. */
export enum TransitionProposer {
  PARTICIPANT = 'PARTICIPANT',
  GUARDIAN = 'GUARDIAN',
  PROVIDER_STAFF = 'PROVIDER_STAFF',
  CASE_WORKER = 'CASE_WORKER',
}
registerEnumType(TransitionProposer, {
  name: 'TransitionProposer',
  description: 'The role of whoever proposed or changed a transition.',
  valuesConfig: {
    PARTICIPANT: { description: 'The participant.' },
    GUARDIAN: { description: 'A guardian or next of kin (foresatt/pårørende).' },
    PROVIDER_STAFF: { description: 'Staff at a provider.' },
    CASE_WORKER: { description: 'A case worker at the allocation office (Tildelingskontoret).' },
  },
});

/** What a flow meeting decided on a transition on its agenda. */
export enum FlowMeetingOutcome {
  AGREED = 'AGREED',
  REJECTED = 'REJECTED',
  POSTPONED = 'POSTPONED',
}
registerEnumType(FlowMeetingOutcome, {
  name: 'FlowMeetingOutcome',
  description: 'What a flow meeting decided on a transition on its agenda.',
  valuesConfig: {
    AGREED: { description: 'Agreed: the transition can be executed.' },
    REJECTED: { description: 'Rejected, with the reason in the note.' },
    POSTPONED: { description: 'Postponed: the transition is PROPOSED again, for a later meeting.' },
  },
});

export enum TransitionStepKind {
  END = 'END',
  START = 'START',
  UNDO_END = 'UNDO_END',
}
registerEnumType(TransitionStepKind, {
  name: 'TransitionStepKind',
  description: 'Whether a step ends a current placement or starts a new one.',
  valuesConfig: {
    END: { description: 'Ends one of the participant’s current placements.' },
    START: { description: 'Starts a placement in a target offer.' },
    UNDO_END: {
      description: 'Undoes an END of a reverted transition: restores the placement’s last day before the transition.',
    },
  },
});

export enum TransitionStepOutcome {
  NOT_ASKED = 'NOT_ASKED',
  ENDED = 'ENDED',
  CREATED = 'CREATED',
  REFUSED = 'REFUSED',
  UNREACHABLE = 'UNREACHABLE',
  RESTORED = 'RESTORED',
}
registerEnumType(TransitionStepOutcome, {
  name: 'TransitionStepOutcome',
  description: 'The provider’s answer to one step of an executed transition.',
  valuesConfig: {
    NOT_ASKED: { description: 'The provider has not been asked yet.' },
    ENDED: { description: 'The provider set the end of the placement.' },
    CREATED: { description: 'The provider created the placement.' },
    REFUSED: { description: 'The provider refused; see `refusal`. retryTransitionStep asks again.' },
    UNREACHABLE: { description: 'No answer from the provider; retryTransitionStep asks again.' },
    RESTORED: { description: 'UNDO_END: the provider restored the placement’s last day before the transition.' },
  },
});
