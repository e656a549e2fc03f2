import { demoNavRecords } from '@veiinn/demo-data';
import { FeedEvent, personRef, type NavGrantSnapshot } from '@veiinn/kit';
import { NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { arbaAft, arbaVta, changed, topicLine, tombstone } from './fixtures';
import { startTestNav, TEST_PERSON_REF_KEY, type TestNav } from './support';

describe('nav-grant events on the feed', () => {
  let nav: TestNav;
  beforeAll(async () => {
    nav = await startTestNav();
  });
  afterAll(() => nav.stop());

  const grants = async (after: number) =>
    (await nav.feedEvents()).filter((e) => e.sequence > after && e.type === 'nav-grant');
  const head = async () => (await nav.feedEvents()).at(-1)?.sequence ?? 0;
  const versionOf = async (id: string) => (await nav.orm.em.fork().findOneOrFail(NavParticipantRecord, { id })).version;

  it('publishes the seed’s grants: everyone taking part at Arba, nobody who has left', async () => {
    const seeded = await nav.orm.em.fork().find(FeedEvent, { type: 'nav-grant' }, { orderBy: { sequence: 'asc' } });
    const taking = demoNavRecords.filter((r) => r.value?.status.type === 'DELTAR');
    expect(taking.length).toBeGreaterThan(0);
    expect(seeded.filter((e) => e.version === 1).map((e) => e.recordId)).toEqual(taking.map((r) => r.key));
    expect(seeded.every((e) => (e.data as unknown as NavGrantSnapshot).granted)).toBe(true);
  });

  it('publishes a grant for someone never on the waiting list, its move to DELTAR, and its end with HAR_SLUTTET', async () => {
    const start = await head();
    const granted = changed(topicLine({ at: '2026-09-01T10:00:00' }), 'VENTER_PA_OPPSTART', '2026-09-01T10:00:00', {
      startDato: '2026-10-05',
    });
    expect((await nav.ingest([granted])).body).toMatchObject({ accepted: 1 });
    const events = await nav.feedEvents();
    // Never waiting: no `waiting` event, only the grant.
    expect(events.filter((e) => e.sequence > start).map((e) => e.type)).toEqual(['nav-grant']);
    const [grant] = await grants(start);
    expect(grant).toMatchObject({ recordId: granted.key, version: await versionOf(granted.key) });
    expect(grant.data).toEqual({
      personRef: personRef(granted.value.personIdent, TEST_PERSON_REF_KEY),
      offerId: arbaVta.offerId,
      measureCode: 'VARIG_TILRETTELAGT_ARBEID_SKJERMET',
      description: 'VTA, Arba Inkludering (2016/104411)',
      granted: true,
      status: 'VENTER_PA_OPPSTART',
      statusOn: '2026-09-01',
      from: '2026-10-05',
      reason: null,
    });

    // The same state again, also with a newer change time: nothing new.
    await nav.ingest([granted]);
    await nav.ingest([{ ...granted, value: { ...granted.value, endretDato: '2026-09-02T10:00:00' } }]);
    expect(await grants(grant.sequence)).toEqual([]);

    const taking = changed(granted, 'DELTAR', '2026-10-05T08:00:00');
    await nav.ingest([taking]);
    const [deltar] = await grants(grant.sequence);
    expect(deltar.data).toMatchObject({ granted: true, status: 'DELTAR', statusOn: '2026-10-05', from: '2026-10-05' });

    const ended = changed(taking, 'HAR_SLUTTET', '2027-03-01T08:00:00', {
      aarsak: 'FATT_JOBB',
      sluttDato: '2027-02-28',
    });
    await nav.ingest([ended]);
    const [withdrawn] = await grants(deltar.sequence);
    expect(withdrawn).toMatchObject({ recordId: granted.key, version: await versionOf(granted.key) });
    expect(withdrawn.data).toMatchObject({
      offerId: arbaVta.offerId,
      granted: false,
      status: 'HAR_SLUTTET',
      statusOn: '2027-03-01',
      from: '2026-10-05',
      reason: 'HAR_SLUTTET/FATT_JOBB',
    });
    // Ended is ended: a later change of the ended record, or the same end again, publishes nothing.
    await nav.ingest([ended, changed(ended, 'HAR_SLUTTET', '2027-03-02T08:00:00', { aarsak: 'UTDANNING' })]);
    expect(await grants(withdrawn.sequence)).toEqual([]);
  });

  it('withdraws a grant NAV takes back (back to the waiting list, IKKE_AKTUELL) or deletes', async () => {
    const start = await head();
    const waiting = topicLine({ gjennomforingId: arbaAft.id, at: '2026-06-01T08:00:00' });
    await nav.ingest([waiting]);
    expect(await grants(start)).toEqual([]);
    const granted = changed(waiting, 'VENTER_PA_OPPSTART', '2026-07-01T08:00:00', { startDato: '2026-08-03' });
    await nav.ingest([granted]);
    await nav.ingest([changed(granted, 'VENTELISTE', '2026-07-10T08:00:00')]);
    await nav.ingest([changed(granted, 'VENTER_PA_OPPSTART', '2026-07-20T08:00:00', { startDato: '2026-08-03' })]);
    await nav.ingest([
      changed(granted, 'IKKE_AKTUELL', '2026-07-25T08:00:00', { aarsak: 'FIKK_IKKE_PLASS', startDato: null }),
    ]);
    const events = await grants(start);
    expect(events.map((e) => [e.version, (e.data as unknown as NavGrantSnapshot).granted, e.data!['reason']])).toEqual([
      [2, true, null],
      [3, false, 'VENTELISTE'],
      [4, true, null],
      [5, false, 'IKKE_AKTUELL/FIKK_IKKE_PLASS'],
    ]);
    expect(events[0].data).toMatchObject({ offerId: arbaAft.offerId, measureCode: 'ARBEIDSFORBEREDENDE_TRENING' });

    // A granted record deleted at NAV: a tombstone of the grant. A record that never had one publishes none.
    const other = changed(topicLine(), 'DELTAR', '2026-02-01T08:00:00', { startDato: '2026-02-01' });
    await nav.ingest([other]);
    const before = await head();
    await nav.ingest([tombstone(other.key), tombstone(waiting.key)]);
    expect((await grants(before)).map((e) => [e.recordId, e.data])).toEqual([[other.key, null]]);
  });

  it('publishes nothing for a rejected line: the grant and its record are written together or not at all', async () => {
    const start = await head();
    const unknown = changed(
      topicLine({ gjennomforingId: '00000000-0000-4000-8000-000000000000' }),
      'DELTAR',
      '2026-02-01T08:00:00',
    );
    const { body } = await nav.ingest([unknown]);
    expect(body.rejected).toMatchObject([{ code: 'UNKNOWN_MEASURE_INSTANCE' }]);
    expect(await nav.feedEvents().then((e) => e.filter((x) => x.sequence > start))).toEqual([]);
  });
});
