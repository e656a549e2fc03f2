/**
 * Speed as counted work: the participant path across every provider, through the gateway, for 10, 500 and 1000
 * participants. The SQL statements each subgraph runs and the fetches the gateway makes must not grow with the
 * number of participants (every entity lookup and list goes through a DataLoader; the query planner sends one
 * `_entities` request per subgraph per step). Counted, not timed, so the test cannot flake on a busy machine.
 */
import { demoOfferId } from '@veiinn/demo-data';
import { stableId, syntheticIdentityNumber } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { startTestGraph, type TestGraph } from './support';

const PATH = /* GraphQL */ `
  query Path($ids: [ID!]!) {
    participantsByIds(ids: $ids) {
      id
      fullName
      placements {
        id
        status
        startDate
        endDate
        provider {
          shortName
        }
        offer {
          title {
            nb
          }
        }
        dayServices {
          daysPerWeek
          group {
            name
          }
        }
        workCentre {
          hoursPerWeek
          group {
            name
            supervisors {
              name
            }
          }
        }
        arba {
          measure
          arena {
            name
          }
        }
      }
      nav {
        records {
          status
        }
        waitingLists {
          position
        }
      }
    }
  }
`;

type PathData = {
  participantsByIds: { id: string; placements: { id: string; dayServices: { daysPerWeek: number } | null }[] }[];
};

const LARGEST = 1000;
const BATCH = 100;

/** Adds the `n`th scale-test person: a synthetic identity number from a birth date unique to n. */
function person(n: number) {
  const birth = new Date(Date.UTC(1970, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return `p${n}: registerParticipant(input: { givenName: "Skala", familyName: "Person ${n}",
    nationalIdentityNumber: "${syntheticIdentityNumber(birth, 200)}" }) { id }`;
}

/**
 * A one-day placement long ago at Bjørnegård for each person, on a day of its own: no two overlap, so the group's
 * capacity (8, with 4 open seeded placements) never stops one, and the hub learns each through the feed.
 */
function placement(n: number, participantId: string) {
  const day = new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return `p${n}: startDayServicesPlacement(input: { participantId: "${participantId}",
    offerId: "${demoOfferId('bjornegard')}", groupId: "${stableId('day-services-group', 'kreativ')}",
    daysPerWeek: 2, startDate: "${day}", endDate: "${day}" }) { id }`;
}

describe('the participant path at scale', () => {
  let graph: TestGraph;
  let ids: string[];

  beforeAll(async () => {
    // Seeding sends BATCH aliased mutations per request; a client's operation may have far fewer aliases (30 by
    // default) and tokens (1000).
    graph = await startTestGraph({
      gateway: { limits: { maxAliases: BATCH, maxRootFields: BATCH, maxTokens: 0 } },
    });
    ids = [];
    for (let from = 0; from < LARGEST; from += BATCH) {
      const numbers = Array.from({ length: BATCH }, (_, i) => from + i);
      const registered = await graph
        .as('case-worker')
        .data<Record<string, { id: string }>>(`mutation { ${numbers.map(person).join('\n')} }`);
      const batch = numbers.map((n) => registered[`p${n}`].id);
      await graph.as('case-worker').data(`mutation { ${numbers.map((n, i) => placement(n, batch[i])).join('\n')} }`);
      ids.push(...batch);
    }
    const synced = await graph.intake.follower.syncAll();
    expect(synced.every((s) => !s.error)).toBe(true);
    // Seeding 1000 participants with their placements is slow on a busy machine; the test counts work, not time.
  }, 300_000);
  afterAll(() => graph.stop());

  /** Runs the path query for the first `count` people and counts the work it caused. */
  async function measure(count: number) {
    const requestId = randomUUID();
    for (const counter of Object.values(graph.sql)) counter.reset();
    const result = await graph.as('case-worker').request<PathData>(
      PATH,
      { ids: ids.slice(0, count) },
      {
        'x-request-id': requestId,
      },
    );
    expect(result.errors).toBeUndefined();
    const fetches: Record<string, number> = {};
    for (const f of graph.fetches.filter((f) => f.requestId === requestId)) {
      fetches[f.subgraph] = (fetches[f.subgraph] ?? 0) + 1;
    }
    const statements = Object.fromEntries(Object.entries(graph.sql).map(([name, c]) => [name, c.count]));
    return { data: result.data!, fetches, statements };
  }

  it('answers for 500 participants with one fetch per subgraph and SQL that does not grow with them', async () => {
    const five = await measure(5);
    const many = await measure(500);
    expect(many.data.participantsByIds).toHaveLength(500);
    for (const participant of many.data.participantsByIds) {
      expect(participant.placements).toEqual([
        expect.objectContaining({ dayServices: expect.objectContaining({ daysPerWeek: 2 }) }),
      ]);
    }
    // The plan: the hub first (participants, their placements, the NAV pseudonym), then every provider and NAV at
    // once, each with all the placements or participants in one `_entities` request.
    expect(many.fetches).toEqual({ intake: 1, 'day-services': 1, 'work-centre': 1, arba: 1, nav: 1 });
    expect(many.statements).toEqual(five.statements);
  });

  it('does the same work for 10 and for 1000 participants: the ratio of statements and fetches is 1', async () => {
    const small = await measure(10);
    const large = await measure(LARGEST);
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    const ratios = {
      statements: total(large.statements) / total(small.statements),
      fetches: total(large.fetches) / total(small.fetches),
    };
    console.log(
      `Participant path, 10 vs ${LARGEST} participants: SQL statements ${JSON.stringify(small.statements)} vs ` +
        `${JSON.stringify(large.statements)}; gateway fetches ${JSON.stringify(small.fetches)} vs ` +
        `${JSON.stringify(large.fetches)}; ratios ${JSON.stringify(ratios)}`,
    );
    expect(large.data.participantsByIds).toHaveLength(LARGEST);
    expect(large.statements).toEqual(small.statements);
    expect(ratios).toEqual({ statements: 1, fetches: 1 });
  });
});
