import { demoMeasureInstances, demoNavRecords, demoParticipants } from '@veiinn/demo-data';
import { createLogger, personRef } from '@veiinn/kit';
import { graphqlRequest } from '@veiinn/testing';
import { changed, seededIdents, topicLine } from './fixtures';
import { startTestNav, TEST_PERSON_REF_KEY, type TestNav } from './support';

/**
 * The national identity number must never leave the import: not in a response, a log line, a feed event, an SQL
 * statement or a table. This suite sends the seeded people's numbers through every path and looks for them.
 */
describe('identity numbers never leave the import', () => {
  const written: string[] = [];
  const bodies: string[] = [];
  let nav: TestNav;
  let restore: () => void;

  beforeAll(async () => {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    restore = () => {
      out.mockRestore();
      err.mockRestore();
    };
    // Everything the adapter logs, down to debug, is captured.
    nav = await startTestNav({ logger: createLogger('nav', 'debug') });
  });
  afterAll(async () => {
    await nav.stop();
    restore();
  });

  const request = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${nav.baseUrl}${path}`, init);
    bodies.push(await response.text());
  };
  const graphql = async (query: string, variables?: Record<string, unknown>) => {
    bodies.push(JSON.stringify(await graphqlRequest(nav.url, query, variables)));
  };
  const ingest = (text: string) =>
    request('/ingest/deltakere', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: text });

  it('sends the seeded numbers through imports, queries, entities and the feed', async () => {
    const again = demoNavRecords.map((r) => JSON.stringify(r));
    const later = demoNavRecords.map((r) => JSON.stringify(changed(r as never, 'VENTELISTE', '2030-01-01T08:00:00')));
    const broken = demoNavRecords.map((r) => JSON.stringify(r).slice(0, -20)); // malformed JSON holding the number
    const invalid = seededIdents.map((ident) => JSON.stringify(topicLine({ personIdent: ident, startDato: 'x' })));
    const unknownInstance = seededIdents.map((ident) =>
      JSON.stringify(topicLine({ personIdent: ident, gjennomforingId: '00000000-0000-4000-8000-000000000000' })),
    );
    for (const lines of [again, later, broken, invalid, unknownInstance]) await ingest(lines.join('\n'));
    await ingest(JSON.stringify({ key: demoNavRecords[0].key, value: null }));

    const representations = demoParticipants.map((p) => ({
      __typename: 'Participant',
      id: p.id,
      navRef: personRef(p.identityNumber, TEST_PERSON_REF_KEY),
    }));
    await graphql(
      `
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Participant {
              id
              nav {
                records {
                  id
                  status
                  statusReason
                  statusReasonText
                  startDate
                  endDate
                  statusAt
                  registeredAt
                  changedAt
                  source
                  version
                  measureInstance {
                    id
                    name
                  }
                  extent {
                    percent
                    daysPerWeek
                    validFrom
                  }
                }
                waitingLists {
                  since
                  position
                  waitingCount
                  measureInstance {
                    id
                  }
                }
              }
            }
          }
        }
      `,
      { representations },
    );
    for (const instance of demoMeasureInstances) {
      await graphql('query($id: ID!) { navWaitingList(measureInstanceId: $id) { position since recordId } }', {
        id: instance.id,
      });
    }
    await graphql('{ navMeasureInstances { id number participants waiting freePlaces } navStateVtaPlaces { places } }');
    await request('/feed?after=0&limit=1000');
    await request('/health');
    expect(bodies.length).toBeGreaterThan(10);
  });

  it('no response body contains one', () => {
    const hits = seededIdents.filter((ident) => bodies.some((body) => body.includes(ident)));
    expect(hits).toEqual([]);
  });

  it('no log line contains one', () => {
    // The imports above were logged (with their rejections), so the capture did see the adapter's logging.
    expect(written.some((line) => line.includes('Rejected a participant record'))).toBe(true);
    const hits = seededIdents.filter((ident) => written.some((line) => line.includes(ident)));
    expect(hits).toEqual([]);
  });

  it('no SQL statement and no stored row contains one', async () => {
    expect(seededIdents.filter((ident) => nav.sql.statements.some((sql) => sql.includes(ident)))).toEqual([]);
    const connection = nav.orm.em.getConnection();
    const tables = ['participant_record', 'extent_period', 'measure_instance', 'feed_event', 'state_vta_allocation'];
    const dump = JSON.stringify(await Promise.all(tables.map((t) => connection.execute(`select * from ${t}`))));
    expect(dump).toContain(personRef(seededIdents[0], TEST_PERSON_REF_KEY));
    expect(seededIdents.filter((ident) => dump.includes(ident))).toEqual([]);
  });
});

describe('an import the database cannot take', () => {
  it('rejects each line with INTERNAL_ERROR and a reference that is in the log, without the number', async () => {
    const written: string[] = [];
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const nav = await startTestNav({ logger: createLogger('nav', 'error') });
    try {
      await nav.orm.close(true); // the database goes away under a running server
      const line = topicLine({ personIdent: seededIdents[0] });
      const { status, body } = await nav.ingest([line]);
      expect(status).toBe(200);
      expect(body.rejected).toEqual([
        { line: 1, key: line.key, code: 'INTERNAL_ERROR', reason: expect.stringMatching(/Reference: [0-9a-f-]{36}/) },
      ]);
      const reference = /Reference: ([0-9a-f-]{36})/.exec(body.rejected[0].reason)![1];
      expect(written.join('')).toContain(reference);
      expect(written.join('')).not.toContain(seededIdents[0]);
      expect(JSON.stringify(body)).not.toContain(seededIdents[0]);
    } finally {
      err.mockRestore();
      await nav.stop().catch(() => undefined);
    }
  });
});
