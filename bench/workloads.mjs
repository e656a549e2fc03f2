// The benchmark's workloads (npm run bench; docs/performance.md): what is sent through each gateway, and what each
// subgraph is asked directly for the table of subgraph costs. Documents are the clients' where one fits.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const demo = require(join(root, 'packages/demo-data/dist/src/index.js'));
const clientDocument = (name) => readFileSync(join(root, 'clients/src/web', name), 'utf8');

/** What a card of the catalogue shows: all of it the hub's (intake's) own, so intake answers it alone. */
const CARD = `id kind title { nb en } trade site hoursPerWeek intakeMode openForApplications nextApplicationDeadline
  provider { id name shortName } capacity { places free waiting }`;

/** The catalogue page as intake answers it: 20 offers with capacity and provider. */
export const CATALOGUE_PAGE = `query BenchCataloguePage { offers(first: 20) { totalCount nodes { ${CARD} } } }`;

/** A participant's whole path (as gateway/test/path.api.test.ts asks it), with each provider's detail and NAV's. */
const PATH = `query BenchPath($id: ID!) { participant(id: $id) { fullName
  placements { status startDate endDate provider { shortName } dayServices { daysPerWeek }
    workCentre { hoursPerWeek group { name } } arba { measure arena { name } } }
  nav { records { status } } } }`;

/** The case worker's worklist: the submitted applications, newest first, with participant and choices. */
const WORKLIST = `query BenchWorklist { applications(first: 20, filter: { status: [SUBMITTED] }) { totalCount
  nodes { id status round submittedByRole participant { id fullName }
    choices { rank offer { id title { nb en } provider { shortName } } } } } }`;

const CAPACITY = `query BenchCapacity { capacityOverview { places occupied upcoming free waiting
  provider { id name shortName } } }`;

const CREATE = `mutation BenchCreate($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`;
const SUBMIT = `mutation BenchSubmit($input: ApplicationStepInput!) { submitApplication(input: $input) { status } }`;

/** The participant whose path is read: from the work centre to VTA at Arba, with NAV's record. */
export const PATH_PARTICIPANT = demo.demoParticipantId('p29');

/**
 * Through the gateways. `kind`: public (no sign-in), personal (a different signed-in case worker per connection, so
 * no gateway can answer one caller's request from another's), write (personal, and changes data: two requests per
 * application, create then submit, each counted as a request).
 */
export const workloads = [
  {
    name: 'catalogue',
    kind: 'public',
    description: "the web app's catalogue page (WebCatalogue) plus each offer's detail at its provider",
    query: `query BenchCatalogue { offers(first: 20) { totalCount nodes { ${CARD}
      dayServices { groups { id name capacity free } } workCentre { groups { id name capacity free } }
      arba { arenas { id name } } } } }`,
  },
  {
    name: 'catalogue-page',
    // Signed in, so that no response cache answers it: the row shows what the gateway adds to one subgraph's answer.
    kind: 'personal',
    description:
      '20 offers with capacity and provider, signed in: intake answers it alone (compared with asking intake directly)',
    query: CATALOGUE_PAGE,
  },
  {
    name: 'offer',
    kind: 'public',
    description: "the web app's offer page (WebOffer) for VTA at Arba",
    query: clientDocument('offer.graphql'),
    variables: { id: demo.demoOfferId('arba-vta') },
  },
  {
    name: 'capacity',
    kind: 'public',
    description: 'the capacity dashboard (capacityOverview)',
    query: CAPACITY,
  },
  {
    name: 'path',
    kind: 'personal',
    description: "a participant's whole path as a case worker: five subgraphs",
    query: PATH,
    variables: { id: PATH_PARTICIPANT },
  },
  {
    name: 'worklist',
    kind: 'personal',
    description: "the case worker's worklist: 20 submitted applications with participant and choices",
    query: WORKLIST,
  },
  {
    name: 'write',
    kind: 'write',
    description: 'create and submit an application (two requests)',
    steps: [
      {
        query: CREATE,
        variables: {
          input: {
            participantId: demo.demoParticipantId('p03'),
            offerIds: [demo.demoOfferId('ba-kort'), demo.demoOfferId('bjornegard')],
            submittedByRole: 'TEACHER',
            submittedByName: 'Lærer Testesen',
            tradeWishes: 'Design',
            daysPerWeek: 2,
          },
        },
      },
      {
        query: SUBMIT,
        // Filled from the answer to the first step.
        variables: (created) => ({ input: { applicationId: created.id, expectedVersion: created.version } }),
      },
    ],
  },
];

/** A case worker of the bench's own identity provider: one per connection (claims as issuer/src/users.ts signs). */
export const caseWorker = (n) => ({ sub: `bench-case-worker-${n}`, roles: ['case-worker'] });

const offerReps = demo.demoOffers
  .slice(0, 20)
  .map((offer) => ({ __typename: 'Offer', id: demo.demoOfferId(offer.key) }));
const placementRepsOf = (providerId) =>
  demo.demoPlacements
    .filter((placement) => demo.demoOffer(placement.offer).providerId === providerId)
    .slice(0, 20)
    .map((placement) => ({ __typename: 'Placement', id: demo.demoPlacementId(placement.key) }));

/**
 * Asked of each subgraph directly, as the gateway asks it (the `_entities` of the providers, as a plan sends them),
 * for the table of subgraph costs against a bare @apollo/server answering `{ __typename }`. `variables` may be a
 * function of what intake answered at start (`seen`: NAV's pseudonyms of the participants).
 */
export const directQueries = {
  intake: [
    { name: 'catalogue page', query: CATALOGUE_PAGE },
    {
      name: 'participant path',
      query: `query ($id: ID!) { participant(id: $id) { fullName navRef
        placements { id status startDate endDate provider { shortName } } } }`,
      variables: { id: PATH_PARTICIPANT },
    },
    { name: 'capacity', query: CAPACITY },
    { name: 'worklist', query: WORKLIST },
  ],
  'day-services': [
    {
      name: '_entities offers',
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { dayServices { groups { id name capacity free } } } } }`,
      variables: { r: offerReps },
    },
    {
      name: '_entities placements',
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Placement { dayServices { daysPerWeek } } } }`,
      variables: { r: placementRepsOf('baerum-kommunale-dagtilbud') },
    },
  ],
  'work-centre': [
    {
      name: '_entities offers',
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { workCentre { groups { id name capacity free } } } } }`,
      variables: { r: offerReps },
    },
    {
      name: '_entities placements',
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Placement { workCentre { hoursPerWeek group { name } } } } }`,
      variables: { r: placementRepsOf('baerum-arbeidssenter') },
    },
  ],
  arba: [
    {
      name: '_entities offers',
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { arba { arenas { id name } } } } }`,
      variables: { r: offerReps },
    },
    {
      name: '_entities placements',
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Placement { arba { measure arena { name } } } } }`,
      variables: { r: placementRepsOf('arba') },
    },
  ],
  nav: [
    {
      name: '_entities offers',
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { navMeasureInstances { id } } } }`,
      variables: { r: offerReps },
    },
    {
      name: '_entities participant',
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { nav { records { status } } } } }`,
      variables: (seen) => ({ r: [{ __typename: 'Participant', id: PATH_PARTICIPANT, navRef: seen.navRef }] }),
    },
  ],
};
