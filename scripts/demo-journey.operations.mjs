// Every GraphQL operation of `npm run demo:journey` (scripts/demo-journey.mjs), in one place, so that a renamed
// field or input is changed here only. docs/walkthrough.md shows the same operations, step by step.

export const OPERATIONS = {
  // Public: no token.
  catalogue: /* GraphQL */ `
    query Catalogue($kinds: [OfferKind!]) {
      offers(filter: { kinds: $kinds, openForApplications: true }, first: 50) {
        totalCount
        nodes {
          id
          kind
          intakeMode
          title {
            nb
            en
          }
          provider {
            id
            shortName
          }
          capacity {
            places
            free
            waiting
          }
          dayServices {
            groups {
              id
              name
              free
            }
          }
          workCentre {
            groups {
              id
              name
              free
            }
          }
        }
      }
    }
  `,
  applicationForm: /* GraphQL */ `
    query ApplicationForm($kind: OfferKind!) {
      applicationForm(kind: $kind) {
        kind
        fields {
          name
          label {
            nb
            en
          }
        }
      }
    }
  `,

  // The allocation office (case-worker).
  registerParticipant: /* GraphQL */ `
    mutation RegisterParticipant($input: RegisterParticipantInput!) {
      registerParticipant(input: $input) {
        id
        fullName
        birthDate
      }
    }
  `,

  // The participant (applicant), with their own token.
  createApplication: /* GraphQL */ `
    mutation CreateApplication($input: CreateApplicationInput!) {
      createApplication(input: $input) {
        id
        status
        round
        intakeYear
        version
      }
    }
  `,
  submitApplication: /* GraphQL */ `
    mutation SubmitApplication($input: ApplicationStepInput!) {
      submitApplication(input: $input) {
        id
        status
        submittedAt
        version
      }
    }
  `,

  // The allocation office (case-worker).
  startApplicationAssessment: /* GraphQL */ `
    mutation StartApplicationAssessment($input: ApplicationStepInput!) {
      startApplicationAssessment(input: $input) {
        id
        status
        version
      }
    }
  `,
  decideApplication: /* GraphQL */ `
    mutation DecideApplication($input: DecideApplicationInput!) {
      decideApplication(input: $input) {
        id
        outcome
        startDate
        placementStatus
        placementId
        placementError
      }
    }
  `,

  // The participant (applicant).
  decisionLetter: /* GraphQL */ `
    query DecisionLetter($id: ID!, $language: LetterLanguage!) {
      decision(id: $id) {
        id
        outcome
        letter(language: $language) {
          title
          date
          greeting
          paragraphs
          appeal
          signature
        }
      }
    }
  `,
  myData: /* GraphQL */ `
    query MyData($id: ID!, $other: ID!) {
      me: participant(id: $id) {
        id
        fullName
        birthDate
        applications {
          id
          status
        }
        decisions {
          id
          outcome
        }
        placements {
          id
          status
          startDate
          endDate
          offer {
            title {
              nb
            }
          }
        }
        nav {
          records {
            status
          }
          waitingLists {
            position
            waitingCount
          }
        }
        readLog(first: 5) {
          nodes {
            readerSub
            category
            readAt
          }
        }
      }
      someoneElse: participant(id: $other) {
        id
      }
    }
  `,

  // The allocation office (case-worker): someone else's id, to show the participant cannot read it.
  anotherParticipant: /* GraphQL */ `
    query AnotherParticipant($first: Int!) {
      participants(first: $first) {
        nodes {
          id
        }
      }
    }
  `,
  placements: /* GraphQL */ `
    query Placements($id: ID!) {
      participant(id: $id) {
        placements {
          id
          status
          startDate
          endDate
          offer {
            id
          }
        }
        nav {
          records {
            status
          }
        }
      }
    }
  `,
  navMeasureInstances: /* GraphQL */ `
    query NavMeasureInstances($measureCode: NavMeasureCode) {
      navMeasureInstances(measureCode: $measureCode) {
        id
        name
        status
        openForSignup
      }
    }
  `,

  // The transition (dynamisk flyt).
  proposeTransition: /* GraphQL */ `
    mutation ProposeTransition($input: ProposeTransitionInput!) {
      proposeTransition(input: $input) {
        id
        kind
        status
        proposedBy
      }
    }
  `,
  createFlowMeeting: /* GraphQL */ `
    mutation CreateFlowMeeting($input: CreateFlowMeetingInput!) {
      createFlowMeeting(input: $input) {
        id
        year
        week
        startDate
        endDate
      }
    }
  `,
  flowMeetings: /* GraphQL */ `
    query FlowMeetings($year: Int!) {
      flowMeetings(year: $year) {
        id
        year
        week
        startDate
        endDate
      }
    }
  `,
  addTransitionToAgenda: /* GraphQL */ `
    mutation AddTransitionToAgenda($input: AddTransitionToAgendaInput!) {
      addTransitionToAgenda(input: $input) {
        id
        status
      }
    }
  `,
  recordTransitionOutcome: /* GraphQL */ `
    mutation RecordTransitionOutcome($input: RecordTransitionOutcomeInput!) {
      recordTransitionOutcome(input: $input) {
        id
        status
        decision {
          id
          kind
        }
      }
    }
  `,
  executeTransition: /* GraphQL */ `
    mutation ExecuteTransition($input: TransitionStepInput!) {
      executeTransition(input: $input) {
        id
        status
        stalled
        steps {
          kind
          outcome
          message
          startDate
          endDate
        }
      }
    }
  `,
  settleTransition: /* GraphQL */ `
    mutation SettleTransition($input: TransitionStepInput!) {
      settleTransition(input: $input) {
        id
        status
        complete
        waitingFor
      }
    }
  `,
};
