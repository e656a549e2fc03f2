/**
 * An application through the gateway: a teacher applies on behalf of a seeded pupil for adapted work at the work
 * centre and activity at the day services, submits it, and the applicant's name, the offers' titles and their
 * providers come back from the hub in one graph.
 */
import { demoOfferId, demoParticipantId, demoParticipants } from '@veiinn/demo-data';
import { startTestGraph, type TestGraph } from './support';

describe('applications through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  it('creates and submits an application for a seeded participant and reads it back with offers and providers', async () => {
    const participantId = demoParticipantId('p03');
    const pupil = demoParticipants.find((p) => p.key === 'p03')!;
    const { createApplication } = await graph
      .as('case-worker')
      .data<{ createApplication: { id: string; version: number } }>(
        `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`,
        {
          input: {
            participantId,
            offerIds: [demoOfferId('ba-kort'), demoOfferId('bjornegard')],
            submittedByRole: 'TEACHER',
            submittedByName: 'Lærer Testesen',
            tradeWishes: 'Design',
            daysPerWeek: 2,
          },
        },
      );
    const { submitApplication } = await graph
      .as('case-worker')
      .data<{ submitApplication: { status: string } }>(
        `mutation ($input: ApplicationStepInput!) { submitApplication(input: $input) { status } }`,
        { input: { applicationId: createApplication.id, expectedVersion: createApplication.version } },
      );
    expect(submitApplication.status).toBe('SUBMITTED');

    const { application } = await graph.as('case-worker').data<{ application: Record<string, unknown> }>(
      `query ($id: ID!) { application(id: $id) { status round intakeYear submittedByRole submittedByName
        participant { fullName }
        choices { rank offer { title { nb en } kind provider { name shortName } } }
        statusHistory { status by }
        vtaAssessment { status } } }`,
      { id: createApplication.id },
    );
    expect(application).toEqual({
      status: 'SUBMITTED',
      round: 'MAIN',
      // TEST_TODAY is 23 November 2026: the next main-intake deadline is 1 February 2027.
      intakeYear: 2027,
      submittedByRole: 'TEACHER',
      submittedByName: 'Lærer Testesen',
      participant: { fullName: `${pupil.givenName} ${pupil.familyName}` },
      choices: [
        {
          rank: 1,
          offer: {
            title: { nb: 'Kortavdelingen', en: 'Card department' },
            kind: 'ADAPTED_WORK',
            provider: { name: 'Bærum arbeidssenter', shortName: 'BA' },
          },
        },
        {
          rank: 2,
          offer: {
            title: expect.objectContaining({ nb: expect.any(String) }),
            kind: 'ACTIVITY',
            provider: { name: 'Bærum kommunale dagtilbud', shortName: 'BKD' },
          },
        },
      ],
      statusHistory: [
        { status: 'DRAFT', by: 'TEACHER' },
        { status: 'SUBMITTED', by: 'TEACHER' },
      ],
      vtaAssessment: { status: 'PENDING' },
    });
  });
});
