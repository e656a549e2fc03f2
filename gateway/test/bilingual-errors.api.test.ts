import { randomUUID } from 'node:crypto';
import { startTestGraph, type TestGraph } from './support';

type Error = { message: string; extensions?: { code?: string; messages?: { nb: string; en: string } } };

/**
 * Issue 11: errors people see were English only, and FORBIDDEN named the internal role `service` and listed roles.
 * A few representative errors of each kind, through the gateway: each in bokmål and English.
 */
describe('errors through the gateway are in bokmål and English', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  const errorOf = async (user: string, query: string, variables?: Record<string, unknown>): Promise<Error> => {
    const result = await graph.as(user).request(query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    return result.errors![0] as Error;
  };

  const bilingual = (error: Error) => {
    const messages = error.extensions?.messages;
    expect(messages?.nb).toEqual(expect.any(String));
    expect(messages?.en).toEqual(expect.any(String));
    expect(messages!.nb).not.toBe(messages!.en);
    expect(error.message).toBe(`${messages!.nb} / ${messages!.en}`);
  };

  it('BAD_USER_INPUT from the intake subgraph: a list of problems in both languages', async () => {
    const error = await errorOf(
      'case-worker',
      'mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }',
      { input: { givenName: ' ', familyName: 'Per\tsen', nationalIdentityNumber: '123' } },
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    bilingual(error);
    expect(error.extensions?.messages?.nb).toMatch(/^Dette må rettes:\n- /);
    expect(error.extensions?.messages?.en).toMatch(/^Please correct:\n- /);
  });

  it('BAD_USER_INPUT from paging arguments (the kit)', async () => {
    const error = await errorOf('case-worker', '{ offers(first: 1000) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    bilingual(error);
  });

  it('FORBIDDEN from a subgraph write rule and from a day services write, without `service` or role lists', async () => {
    const intake = await errorOf(
      'applicant',
      'mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }',
      { input: { givenName: 'Kari', familyName: 'Nordmann', nationalIdentityNumber: '123' } },
    );
    const dayServices = await errorOf(
      'provider-staff-arba',
      'mutation C($input: DayServicesGroupCapacityInput!) { setDayServicesGroupCapacity(input: $input) { id } }',
      { input: { groupId: randomUUID(), capacity: 3, expectedVersion: 1 } },
    );
    for (const error of [intake, dayServices]) {
      expect(error.extensions?.code).toBe('FORBIDDEN');
      bilingual(error);
      expect(error.message).not.toMatch(/service\b|case-worker|provider-staff/);
    }
  });

  it('NOT_FOUND from the day services', async () => {
    const error = await errorOf(
      'case-worker',
      'mutation C($input: DayServicesGroupCapacityInput!) { setDayServicesGroupCapacity(input: $input) { id } }',
      { input: { groupId: randomUUID(), capacity: 3, expectedVersion: 1 } },
    );
    expect(error.extensions?.code).toBe('NOT_FOUND');
    bilingual(error);
  });

  it('NOT_FOUND from Arba, and BAD_USER_INPUT from the work centre', async () => {
    const arba = await errorOf(
      'case-worker',
      'mutation G($input: ArbaSetVtaGoalInput!) { setArbaVtaGoal(input: $input) { id } }',
      { input: { participationId: randomUUID(), description: 'Lære å lage kaffe' } },
    );
    expect(arba.extensions?.code).toBe('NOT_FOUND');
    bilingual(arba);
    const workCentre = await errorOf(
      'case-worker',
      'mutation S($input: WorkCentreStartPlacementInput!) { startWorkCentrePlacement(input: $input) { id } }',
      {
        input: {
          participantId: 'not-a-uuid',
          offerId: randomUUID(),
          groupId: randomUUID(),
          hoursPerWeek: 99,
          startDate: '2027-01-04',
        },
      },
    );
    expect(workCentre.extensions?.code).toBe('BAD_USER_INPUT');
    bilingual(workCentre);
  });

  it("FORBIDDEN from the gateway's field rules names the field, not the roles", async () => {
    const error = await errorOf('analyst', '{ participants(first: 1) { nodes { familyName } } }');
    expect(error.extensions?.code).toBe('FORBIDDEN');
    bilingual(error);
    expect(error.message).not.toMatch(/service\b|case-worker|analyst|rolle|role/i);
    expect(JSON.stringify(error.extensions)).not.toMatch(/"service"/);
  });
});
