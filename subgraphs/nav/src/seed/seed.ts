import type { EntityManager } from '@mikro-orm/core';
import { demoMeasureInstances, demoNavRecords } from '@veiinn/demo-data';
import { defaultNavSettings } from '../context';
import { ingestParticipantRecords } from '../ingest/ingest';
import type { TopicLineSettings } from '../ingest/topic-record';
import { NavMeasureInstance } from '../measure/measure-instance.entity';
import { NavMeasureCode, NavMeasureInstanceStatus, NavStartType } from '../measure/measure.enums';
import { NavStateVtaAllocation } from '../state-places/state-vta-allocation.entity';

/**
 * Fills an empty NAV adapter database with the demo world's measure instances, Bærum's state VTA places, and
 * NAV's participant records. The records go through the ordinary import, so the seed also publishes the waiting
 * lists on the feed exactly as an import would. One transaction; does nothing (and returns false) when
 * measure instances exist already.
 */
export async function seedDemoData(
  em: EntityManager,
  settings: TopicLineSettings = defaultNavSettings,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.count(NavMeasureInstance, {})) > 0) return false;
    for (const instance of demoMeasureInstances) {
      tx.create(NavMeasureInstance, {
        id: instance.id,
        number: instance.number,
        measureCode: NavMeasureCode[instance.measureCode],
        providerOrganisation: instance.providerId,
        organisationNumber: null,
        name: instance.name,
        status: NavMeasureInstanceStatus.GJENNOMFORES,
        // VTA and AFT take participants in continuously.
        startType: NavStartType.LOPENDE,
        startDate: instance.startDate,
        endDate: null,
        places: instance.places,
        openForSignup: true,
        placeOfAttendance: instance.placeOfAttendance,
        estimatedWaitWeeks: instance.estimatedWaitWeeks,
        offerId: instance.offerId,
      } as never);
    }
    // The domain brief: 96 state VTA places at Bærum's disposal in 2021.
    tx.create(NavStateVtaAllocation, { municipality: 'Bærum', year: 2021, places: 96 });
    await tx.flush();
    const lines = demoNavRecords.map((record) => JSON.stringify(record)).join('\n');
    const report = await ingestParticipantRecords(tx, lines, settings);
    if (report.rejected.length) {
      const first = report.rejected[0];
      throw new Error(`Demo record on line ${first.line} was rejected: ${first.code} ${first.reason}`);
    }
    return true;
  });
}
