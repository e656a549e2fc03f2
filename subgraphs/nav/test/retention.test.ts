/**
 * Retention in the NAV adapter (docs/privacy.md, "Retention"): a record NAV deleted is kept empty for a year (its
 * extent periods went with the tombstone), so a late older version cannot bring it back, and then goes. A dry run counts and changes
 * nothing; applied, exactly the old tombstones go, and live records and recent tombstones stay.
 */
import { NavExtentPeriod, NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { nav as navSubgraph } from '../src/subgraph';
import { arbaAft, changed, tombstone, topicLine } from './fixtures';
import { startTestNav, type TestNav } from './support';

describe('retention in the NAV adapter', () => {
  let nav: TestNav;
  beforeAll(async () => {
    nav = await startTestNav();
  });
  afterAll(() => nav.stop());

  it('removes records NAV deleted over a year ago, and nothing else', async () => {
    const withExtent = (line: ReturnType<typeof topicLine>) =>
      changed(
        topicLine({
          ...line.value,
          gjennomforingId: arbaAft.id,
          startDato: '2025-09-01',
          deltakelsesmengder: [{ deltakelsesprosent: 60, dagerPerUke: 3, gyldigFra: '2025-09-01' }],
        }),
        'DELTAR',
        '2025-09-01T08:00:00',
      );
    const old = withExtent(topicLine());
    const recent = withExtent(topicLine());
    const live = withExtent(topicLine());
    expect((await nav.ingest([old, recent, live])).body).toMatchObject({ accepted: 3 });
    expect((await nav.ingest([tombstone(old.key), tombstone(recent.key)])).body).toMatchObject({ deleted: 2 });
    const em = nav.orm.em.fork();
    // NAV's deletion of `old` was 400 days before the day the rules run; `recent`'s 30 days.
    await em.nativeUpdate(NavParticipantRecord, { id: old.key }, { deletedAt: new Date('2025-10-28T12:00:00Z') });
    await em.nativeUpdate(NavParticipantRecord, { id: recent.key }, { deletedAt: new Date('2026-11-02T12:00:00Z') });
    const today = '2026-12-02';
    const extentsOf = (id: string) => nav.orm.em.fork().count(NavExtentPeriod, { record: id });
    expect(await extentsOf(live.key)).toBeGreaterThan(0);
    const records = () => nav.orm.em.fork().count(NavParticipantRecord, {});
    const before = await records();

    const dryRun = await navSubgraph.runRetention(nav.orm.em, { today, apply: false });
    expect(dryRun.rules).toEqual([expect.objectContaining({ name: 'DELETED_RECORDS', days: 365, count: 1 })]);
    expect(await records()).toBe(before);

    const applied = await navSubgraph.runRetention(nav.orm.em, { today, apply: true });
    expect(applied.rules).toEqual([expect.objectContaining({ name: 'DELETED_RECORDS', count: 1 })]);
    expect(await records()).toBe(before - 1);
    expect(await nav.orm.em.fork().findOne(NavParticipantRecord, { id: old.key })).toBeNull();
    expect(await nav.orm.em.fork().findOne(NavParticipantRecord, { id: recent.key })).not.toBeNull();
    expect(await extentsOf(live.key)).toBeGreaterThan(0);
  });

  it('takes the period from NAV_RETENTION_DELETED_RECORDS_DAYS', async () => {
    const report = await navSubgraph.runRetention(nav.orm.em, {
      today: '2026-12-02',
      apply: false,
      env: { NAV_RETENTION_DELETED_RECORDS_DAYS: '10' },
    });
    expect(report.rules[0]).toMatchObject({ days: 10, cutoff: '2026-11-22', count: 1 });
  });
});
