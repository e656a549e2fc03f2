import { registerEnumType } from 'type-graphql';

export enum DecisionOutcome {
  GRANTED = 'GRANTED',
  REJECTED = 'REJECTED',
  WAITING = 'WAITING',
}
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'What the allocation office decided on an application.',
  valuesConfig: {
    GRANTED: { description: 'A place is granted (innvilget) in one of the offers applied for.' },
    REJECTED: { description: 'The application is refused (avslått), with the reason.' },
    WAITING: { description: 'The applicant is put on the waiting list (venteliste) for the offer or offers.' },
  },
});

/** What a decision is about: an application, or the change of offers a flow meeting agreed. */
export enum DecisionKind {
  ON_APPLICATION = 'ON_APPLICATION',
  CHANGED_OFFERS = 'CHANGED_OFFERS',
}
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'What a decision is about.',
  valuesConfig: {
    ON_APPLICATION: { description: 'A decision on an application: granted, rejected or waiting.' },
    CHANGED_OFFERS: {
      description:
        'A changed decision (endret vedtak): the flow meeting agreed a transition, and the allocation office changes the participant’s offers (GRANTED). A state place in it is NAV’s to decide.',
    },
  },
});

/**
 * Where the placement that a GRANTED decision asks of the provider stands. The provider owns placements: the hub asks
 * its subgraph to create one and learns of it, like of every placement, through the provider's change feed.
 */
export enum DecisionPlacementStatus {
  PLACEMENT_REQUESTED = 'PLACEMENT_REQUESTED',
  PLACEMENT_CREATED = 'PLACEMENT_CREATED',
  PLACEMENT_REFUSED = 'PLACEMENT_REFUSED',
  ARRANGED_DIRECTLY = 'ARRANGED_DIRECTLY',
}
registerEnumType(DecisionPlacementStatus, {
  name: 'DecisionPlacementStatus',
  description: 'Where the placement of a granted decision stands at the provider.',
  valuesConfig: {
    PLACEMENT_REQUESTED: {
      description:
        'The hub has asked the provider for the placement and has no answer yet (e.g. the provider was unreachable); retryDecisionPlacement asks again.',
    },
    PLACEMENT_CREATED: {
      description:
        'The provider created the placement. `Decision.placement` stays null until the provider’s feed has brought it to the hub.',
    },
    PLACEMENT_REFUSED: {
      description:
        'The provider refused the placement (e.g. GROUP_FULL, ALREADY_PLACED); see `placementRefusal`. The decision stands.',
    },
    ARRANGED_DIRECTLY: {
      description:
        'The provider has no subgraph of its own: the allocation office arranges the place with it directly.',
    },
  },
});

export enum LetterLanguage {
  NB = 'NB',
  EN = 'EN',
}
registerEnumType(LetterLanguage, {
  name: 'LetterLanguage',
  description: 'The language of a decision letter.',
  valuesConfig: {
    NB: { description: 'Norwegian bokmål (norsk bokmål), the default.' },
    EN: { description: 'English.' },
  },
});
