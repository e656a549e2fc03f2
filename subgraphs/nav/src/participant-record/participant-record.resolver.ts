import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NavContext } from '../context';
import { NavMeasureInstance } from '../measure/measure-instance.entity';
import { NavExtentPeriod, NavParticipantRecord } from './participant-record.entity';

@Resolver(() => NavParticipantRecord)
export class ParticipantRecordResolver {
  @FieldResolver(() => NavMeasureInstance, { description: 'The measure instance the record is in.' })
  async measureInstance(
    @Root() record: NavParticipantRecord,
    @Ctx() { loaders }: NavContext,
  ): Promise<NavMeasureInstance> {
    const instance = await loaders.measureInstance.load(record.measureInstance.id);
    if (!instance)
      throw new Error(`Record ${record.id} refers to missing measure instance ${record.measureInstance.id}`);
    return instance;
  }

  @FieldResolver(() => [NavExtentPeriod], {
    description: 'Extent of the participation over time (deltakelsesmengder), oldest first; empty when not set.',
  })
  extent(@Root() record: NavParticipantRecord, @Ctx() { loaders }: NavContext): Promise<NavExtentPeriod[]> {
    return loaders.extentByRecord.load(record.id);
  }
}
