import { demoParticipantId } from '@veiinn/demo-data';
import type { Caller } from '@veiinn/kit';
import { Participant } from '../src/people/participant/participant.entity';
import { Transition } from '../src/casework/transition/transition.entity';
import { TransitionKind, TransitionProposer, TransitionStatus } from '../src/casework/transition/transition.enums';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * What the flow meeting workspace reads beside the meetings: the transitions waiting for an agenda, and what each
 * transition may become next. Both are the allocation office's alone, refused to everyone else.
 */
const callers = {
  caseWorker: { sub: 'case-worker', roles: ['case-worker'] },
  dayServices: { sub: 'bkd-staff', roles: ['provider-staff'], providerId: 'baerum-kommunale-dagtilbud' },
  applicant: { sub: 'applicant', roles: ['applicant'], participantIds: [demoParticipantId('p09')] },
  nav: { sub: 'nav', roles: ['nav-staff'] },
} satisfies Record<string, Caller>;

const LIST = `query ($statuses: [TransitionStatus!]!) { transitionsByStatus(statuses: $statuses) { id status participant { id } } }`;
const NEXT = `query ($id: ID!) { transition(id: $id) { id nextStatuses } }`;

describe('the flow workspace’s reads', () => {
  let intake: TrustedTestIntake;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: () => '2027-10-11' });
    const em = intake.orm.em.fork();
    const at = (minute: number) => new Date(Date.UTC(2027, 9, 1, 8, minute));
    for (const [key, status, minute] of [
      ['later', TransitionStatus.PROPOSED, 5],
      ['first', TransitionStatus.PROPOSED, 1],
      ['agenda', TransitionStatus.ON_AGENDA, 2],
      ['agreed', TransitionStatus.AGREED, 3],
      ['done', TransitionStatus.COMPLETED, 4],
    ] as const) {
      const transition = em.create(Transition, {
        participant: em.getReference(Participant, demoParticipantId('p09')),
        kind: TransitionKind.ACTIVITY_TO_WORK,
        status,
        proposedBy: TransitionProposer.PROVIDER_STAFF,
        participantWish: 'Jeg vil jobbe. / I want to work.',
        createdAt: at(minute),
        updatedAt: at(minute),
      } as never);
      ids[key] = transition.id;
    }
    await em.flush();
  });
  afterAll(() => intake.stop());

  it('lists the transitions in the statuses asked for, oldest first, for the allocation office', async () => {
    const list = async (statuses: string[]) => {
      const answer = await intake.as(callers.caseWorker)<{ transitionsByStatus: { id: string; status: string }[] }>(
        LIST,
        { statuses },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.transitionsByStatus.map((t) => t.id);
    };
    expect(await list(['PROPOSED'])).toEqual([ids.first, ids.later]);
    expect(await list(['AGREED', 'COMPLETED'])).toEqual([ids.agreed, ids.done]);
    expect(await list([])).toEqual([]);
  });

  it('says what a transition may become next, as the transition rules do', async () => {
    const next = async (key: string) =>
      (await intake.as(callers.caseWorker)<{ transition: { nextStatuses: string[] } }>(NEXT, { id: ids[key] })).data!
        .transition.nextStatuses;
    expect(await next('first')).toEqual(['ON_AGENDA', 'WITHDRAWN']);
    expect(await next('agenda')).toEqual(['AGREED', 'REJECTED', 'PROPOSED', 'WITHDRAWN']);
    expect(await next('agreed')).toEqual(['EXECUTING']);
    expect(await next('done')).toEqual([]);
  });

  it.each(['dayServices', 'applicant', 'nav'] as const)('refuses both to %s (FORBIDDEN)', async (who) => {
    const list = await intake.as(callers[who])<{ transitionsByStatus: unknown }>(LIST, { statuses: ['PROPOSED'] });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(list.data?.transitionsByStatus ?? null).toBeNull();
    const next = await intake.as(callers[who])<{ transition: { nextStatuses: string[] | null } | null }>(NEXT, {
      id: ids.agreed,
    });
    expect(next.data?.transition?.nextStatuses ?? null).toBeNull();
    if (next.data?.transition) expect(next.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
