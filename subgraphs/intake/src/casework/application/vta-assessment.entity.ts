import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Access } from '@veiinn/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Participant } from '../../people';
import { Application } from './application.entity';
import { VtaAssessmentStatus } from './application.enums';

/**
 * Every new applicant is also assessed for a VTA place (domain brief, intake step 4), so the need for VTA becomes
 * visible even when the application is for something else. One assessment per participant, opened by the first
 * application submitted.
 */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'The assessment of a participant for a VTA place, opened when they first apply.' })
@Entity({ tableName: 'vta_assessment' })
export class VtaAssessment {
  @Field(() => ID, { description: 'Stable id of the assessment.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Participant, { ref: true, fieldName: 'participant_id', unique: true })
  participant!: Ref<Participant>;

  @ManyToOne(() => Application, { ref: true, fieldName: 'application_id', index: true })
  application!: Ref<Application>;

  @Field(() => VtaAssessmentStatus, { description: 'Pending, or the outcome recorded last.' })
  @Enum({ items: () => VtaAssessmentStatus, type: 'string', length: 32 })
  status: VtaAssessmentStatus = VtaAssessmentStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'A short note on the outcome, e.g. which trial is arranged.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the outcome was recorded; null while pending.' })
  @Property({ type: 'Date', nullable: true })
  assessedAt: Date | null = null;

  @Field(() => Date, { description: 'When the assessment was opened.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when recording.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
