import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import type { Caller } from '@veiinn/kit';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * `office`: the allocation office's workspace. Its pages' operations must be refused as a whole to every other role
 * (the issue's "refused on the wire"), and answer the case worker as the root fields do; `waitingList(kinds)` gives
 * the VTA list across providers, left entries with their reason when asked.
 */
const id = demoParticipantId;
const callers: Record<string, Caller> = {
  applicant: { sub: 'applicant', roles: ['applicant'], participantIds: [id('p07')] },
  guardian: { sub: 'guardian', roles: ['guardian'], participantIds: [id('p01')] },
  providerStaff: { sub: 'ba-staff', roles: ['provider-staff'], providerId: 'baerum-arbeidssenter' },
  nav: { sub: 'nav', roles: ['nav-staff'] },
  analyst: { sub: 'analyst', roles: ['analyst'] },
  privacy: { sub: 'privacy', roles: ['privacy-officer'] },
};
const caseWorker: Caller = { sub: 'case-worker', roles: ['case-worker'] };

const OFFICE = /* GraphQL */ `
  query ($search: String, $kinds: [OfferKind!], $includeLeft: Boolean!) {
    office {
      participants(filter: { search: $search }, first: 5) {
        totalCount
        nodes {
          fullName
        }
      }
      participant(id: "${id('p07')}") {
        fullName
      }
      waitingList(kinds: $kinds, includeLeft: $includeLeft) {
        id
        leftOn
        leftReason
      }
      feeds {
        behind
      }
    }
  }
`;

describe('office: the allocation office’s workspace', () => {
  let intake: TrustedTestIntake;
  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: '2026-11-23' });
    await intake.orm.em.fork().transactional(async (tx) => {
      const entry = (
        key: string,
        participant: string,
        offer: string,
        leftOn: string | null,
        leftReason: string | null,
      ) =>
        tx.create(WaitingEntry, {
          id: key,
          sourceId: 'nav-baerum',
          participantId: id(participant),
          personRef: null,
          offerId: demoOfferId(offer),
          description: offer,
          since: '2026-03-02',
          leftOn,
          leftReason,
          decisionId: null,
          feedVersion: 1,
          updatedAt: new Date(),
        });
      entry('w-vta-p07', 'p07', 'arba-vta', null, null);
      entry('w-vta-p05', 'p05', 'asker-vta', '2026-09-01', 'DELTAR');
      entry('w-aft-p12', 'p12', 'arba-aft', null, null);
    });
  });
  afterAll(() => intake.stop());

  it.each(Object.keys(callers))('refuses %s the whole workspace with FORBIDDEN, and answers nothing', async (who) => {
    const result = await intake.as(callers[who])(OFFICE, { includeLeft: true });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.data ?? null).toBeNull();
  });

  it('answers the case worker as the root fields do', async () => {
    const asOffice = intake.as(caseWorker);
    const { data, errors } = await asOffice<{
      office: { participants: { totalCount: number; nodes: { fullName: string }[] }; participant: unknown };
    }>(OFFICE, { search: 'lindemo', includeLeft: false });
    expect(errors).toBeUndefined();
    const root = await asOffice<{ participants: { totalCount: number; nodes: { fullName: string }[] } }>(
      '{ participants(filter: { search: "lindemo" }, first: 5) { totalCount nodes { fullName } } }',
    );
    expect(data!.office.participants).toEqual(root.data!.participants);
    expect(data!.office.participants.nodes.map((p) => p.fullName)).toEqual(['Jonas Lindemo']);
    expect(data!.office.participant).toEqual({ fullName: 'Emil Kvernstad' });
  });

  it('gives the VTA list across providers with kinds, and those who left with the reason only when asked', async () => {
    type Answer = { office: { waitingList: { id: string; leftOn: string | null; leftReason: string | null }[] } };
    const asOffice = intake.as(caseWorker);
    const waiting = await asOffice<Answer>(OFFICE, { kinds: ['VTA'], includeLeft: false });
    expect(waiting.data!.office.waitingList.map((e) => e.id)).toEqual(['w-vta-p07']);
    const withLeft = await asOffice<Answer>(OFFICE, { kinds: ['VTA'], includeLeft: true });
    expect(withLeft.data!.office.waitingList).toEqual([
      { id: 'w-vta-p05', leftOn: '2026-09-01', leftReason: 'DELTAR' },
      { id: 'w-vta-p07', leftOn: null, leftReason: null },
    ]);
    const every = await asOffice<Answer>(OFFICE, { includeLeft: false });
    expect(every.data!.office.waitingList.map((e) => e.id).sort()).toEqual(['w-aft-p12', 'w-vta-p07']);
  });
  it('answers the participants page with the same number of SQL statements for 2 rows as for 20', async () => {
    const PAGE = /* GraphQL */ `
      query ($first: Int) {
        office {
          participants(first: $first) {
            totalCount
            nodes {
              id
              fullName
              birthDate
              placements(status: [ACTIVE]) {
                id
                provider {
                  shortName
                }
                offer {
                  title {
                    nb
                  }
                }
              }
              applications {
                id
                status
              }
            }
          }
        }
      }
    `;
    const asOffice = intake.as(caseWorker);
    const statements = async (first: number) => {
      await asOffice(PAGE, { first }); // warms the caches that are not per request
      intake.sql.reset();
      const { data, errors } = await asOffice<{ office: { participants: { nodes: unknown[] } } }>(PAGE, { first });
      expect(errors).toBeUndefined();
      expect(data!.office.participants.nodes).toHaveLength(first);
      return intake.sql.count;
    };
    expect(await statements(20)).toBe(await statements(2));
  });
});
