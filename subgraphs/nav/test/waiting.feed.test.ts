import { demoNavRecords } from '@veiinn/demo-data';
import { personRef, type FeedEventDto, type FeedPageDto } from '@veiinn/kit';
import { NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { arbaAft, arbaVta, changed, topicLine, tombstone } from './fixtures';
import { startTestNav, TEST_PERSON_REF_KEY, type TestNav } from './support';

describe('waiting events on the feed', () => {
  let nav: TestNav;
  beforeAll(async () => {
    nav = await startTestNav();
  });
  afterAll(() => nav.stop());

  // Only `waiting` events: the same imports publish `nav-grant` events too (see nav-grant.feed.test.ts).
  const newEvents = async (after: number) =>
    (await nav.feedEvents()).filter((e) => e.sequence > after && e.type === 'waiting');
  const head = async () => (await nav.feedEvents()).at(-1)?.sequence ?? 0;
  const versionOf = async (id: string) => (await nav.orm.em.fork().findOneOrFail(NavParticipantRecord, { id })).version;

  it('publishes a record while it waits, when it leaves, and null when a waiting record is deleted', async () => {
    const start = await head();
    const waiting = topicLine({ at: '2026-03-02T09:15:00' });
    await nav.ingest([waiting]);
    const [joined] = await newEvents(start);
    expect(joined).toMatchObject({ type: 'waiting', recordId: waiting.key, version: 1 });
    expect(joined.data).toEqual({
      participantId: null,
      personRef: personRef(waiting.value.personIdent, TEST_PERSON_REF_KEY),
      offerId: arbaVta.offerId,
      description: 'VTA, Arba Inkludering (2016/104411)',
      since: '2026-03-02',
      leftOn: null,
      leftReason: null,
    });

    const left = changed(waiting, 'IKKE_AKTUELL', '2026-05-04T12:00:00', { aarsak: 'FATT_JOBB' });
    await nav.ingest([left]);
    const [leaving] = await newEvents(joined.sequence);
    expect(leaving).toMatchObject({ recordId: waiting.key, version: 2 });
    expect(leaving.data).toMatchObject({
      since: '2026-03-02',
      leftOn: '2026-05-04',
      leftReason: 'IKKE_AKTUELL/FATT_JOBB',
    });
    // The event carries the version the record has in the database.
    expect(await versionOf(waiting.key)).toBe(2);

    await nav.ingest([tombstone(waiting.key)]);
    const [deleted] = await newEvents(leaving.sequence);
    expect(deleted).toMatchObject({ type: 'waiting', recordId: waiting.key, version: 3, data: null });
  });

  it('publishes the move from the waiting list into a place, with the status as the reason', async () => {
    const waiting = topicLine({ gjennomforingId: arbaAft.id, at: '2026-06-01T08:00:00' });
    await nav.ingest([waiting]);
    const start = await head();
    await nav.ingest([changed(waiting, 'DELTAR', '2026-08-03T08:00:00', { startDato: '2026-08-03' })]);
    const [event] = await newEvents(start);
    expect(event.data).toMatchObject({
      offerId: arbaAft.offerId,
      description: 'AFT, Arba Inkludering (2020/100517)',
      since: '2026-06-01',
      leftOn: '2026-08-03',
      leftReason: 'DELTAR',
    });
    // Later changes do not change the waiting history: nothing more is published.
    await nav.ingest([changed(waiting, 'HAR_SLUTTET', '2027-03-01T08:00:00', { aarsak: 'UTDANNING' })]);
    expect(await newEvents(event.sequence)).toEqual([]);
  });

  it('publishes nothing for records that were never waiting, nor for unchanged, stale or rejected ones', async () => {
    const start = await head();
    const participating = changed(topicLine(), 'DELTAR', '2026-02-01T08:00:00', { startDato: '2026-02-01' });
    await nav.ingest([participating]);
    await nav.ingest([participating, changed(participating, 'VENTELISTE', '2026-01-01T08:00:00')]);
    await nav.ingest([tombstone(participating.key)]);
    await nav.ingest(`${JSON.stringify(topicLine({ personIdent: '1' }))}\nnope`);
    expect(await newEvents(start)).toEqual([]);
  });

  describe('GET /feed', () => {
    const page = async (query: string) => {
      const response = await fetch(`${nav.baseUrl}/feed?${query}`);
      return {
        status: response.status,
        body: (await response.json()) as FeedPageDto & { errors?: { extensions?: { code?: string } }[] },
      };
    };

    it('pages through the seeded waiting lists in order, with head', async () => {
      const seededWaiting = demoNavRecords.filter((r) => r.value?.status.type === 'VENTELISTE');
      const first = await page('after=0&limit=5');
      expect(first.status).toBe(200);
      expect(first.body.protocol).toBe('veiinn-feed/1');
      expect(first.body.head).toBe(await head());
      expect(first.body.events.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5]);

      const all: FeedEventDto[] = [];
      for (let after = 0; ;) {
        const { body } = await page(`after=${after}&limit=2`);
        if (!body.events.length) break;
        all.push(...body.events);
        after = body.events.at(-1)!.sequence;
      }
      // The seed's grants (everyone taking part at Arba) come first, then the waiting lists, in the seed's order.
      const seeded = all.filter((e) => e.type === 'waiting').slice(0, seededWaiting.length);
      expect(seeded.map((e) => e.id)).toEqual(seededWaiting.map((r) => r.key));
      expect(seeded.every((e) => e.data && e.data.leftOn === null)).toBe(true);
      expect(all.map((e) => e.sequence)).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
      expect(all.at(-1)!.sequence).toBe(first.body.head);
    });

    it('answers 400 with BAD_USER_INPUT for a bad cursor', async () => {
      for (const query of ['after=-1', 'after=abc', 'limit=0']) {
        const { status, body } = await page(query);
        expect(status).toBe(400);
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });
});
