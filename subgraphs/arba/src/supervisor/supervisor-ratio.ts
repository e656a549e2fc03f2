import type { EntityManager } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ArbaArena } from '../arena/arena.entity';
import { ArbaMeasure } from '../common/enums';

/** Participants per supervisor that NAV's measures are staffed for at Arba: 5:1 in VTA, 6:1 in AFT. */
export const SUPERVISOR_NORM: Record<ArbaMeasure, number> = { [ArbaMeasure.VTA]: 5, [ArbaMeasure.AFT]: 6 };

@ObjectType('ArbaSupervisorRatio', {
  description:
    'Participants per supervisor in one measure, at Arba as a whole or at one arena, compared with the norm.',
})
export class ArbaSupervisorRatio {
  @Field(() => ArbaMeasure, { description: 'The measure counted.' })
  measure!: ArbaMeasure;

  @Field(() => ArbaArena, { nullable: true, description: 'The arena counted; null for the whole measure.' })
  arena!: ArbaArena | null;

  @Field(() => Int, { description: 'Participations of the measure that are current today.' })
  participants!: number;

  @Field(() => Int, { description: 'Supervisors of the measure.' })
  supervisors!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Participants per supervisor, rounded to two decimals; null when there is no supervisor.',
  })
  participantsPerSupervisor!: number | null;

  @Field(() => Int, {
    description: 'The most participants one supervisor should follow in this measure (5 VTA, 6 AFT).',
  })
  norm!: number;

  @Field(() => Boolean, {
    description: 'Whether the staffing meets the norm: no participants, or at most `norm` per supervisor.',
  })
  meetsNorm!: boolean;
}

export function supervisorRatio(
  measure: ArbaMeasure,
  arena: ArbaArena | null,
  participants: number,
  supervisors: number,
): ArbaSupervisorRatio {
  const norm = SUPERVISOR_NORM[measure];
  return Object.assign(new ArbaSupervisorRatio(), {
    measure,
    arena,
    participants,
    supervisors,
    participantsPerSupervisor: supervisors === 0 ? null : Math.round((participants / supervisors) * 100) / 100,
    norm,
    meetsNorm: participants <= norm * supervisors,
  });
}

/**
 * Who is at work where on one day: participations current that day by offer, measure and arena, and supervisors by
 * measure and arena. Loaded once per request and day (three queries), so every ratio in a response, however many
 * offers and arenas ask for one, costs no further SQL.
 */
export class Staffing {
  constructor(
    readonly arenas: ArbaArena[],
    /** Counted by the database: `n` participations of each offer, measure and arena. */
    private readonly participations: { offerId: string; measure: ArbaMeasure; arenaId: string; n: number }[],
    /** `n` supervisors of each measure and arena. */
    private readonly supervisors: { measure: ArbaMeasure; arenaId: string; n: number }[],
  ) {}

  private count(
    measure: ArbaMeasure,
    where: { arenaId?: string; offerId?: string },
  ): { participants: number; supervisors: number } {
    const inScope = (row: { measure: ArbaMeasure; arenaId: string }) =>
      row.measure === measure && (where.arenaId === undefined || row.arenaId === where.arenaId);
    const sum = (rows: { n: number }[]) => rows.reduce((total, row) => total + row.n, 0);
    return {
      participants: sum(
        this.participations.filter((p) => inScope(p) && (where.offerId === undefined || p.offerId === where.offerId)),
      ),
      // Supervisors follow a measure, not an offer: an offer's ratio uses all supervisors of its measure.
      supervisors: sum(this.supervisors.filter(inScope)),
    };
  }

  /** The ratio of a measure, or of one offer of it (its participants, the measure's supervisors), at Arba or one arena. */
  ratio(measure: ArbaMeasure, options: { arena?: ArbaArena; offerId?: string } = {}): ArbaSupervisorRatio {
    const { participants, supervisors } = this.count(measure, { arenaId: options.arena?.id, offerId: options.offerId });
    return supervisorRatio(measure, options.arena ?? null, participants, supervisors);
  }

  /** Per arena, by name: arenas where the measure (or the offer) has participants today or supervisors. */
  arenaRatios(measure: ArbaMeasure, offerId?: string): ArbaSupervisorRatio[] {
    return this.arenas
      .map((arena) => this.ratio(measure, { arena, offerId }))
      .filter((r) => r.participants > 0 || r.supervisors > 0);
  }

  /** At one arena: one ratio per measure that has participants or supervisors there. */
  ratiosAt(arena: ArbaArena): ArbaSupervisorRatio[] {
    return Object.values(ArbaMeasure)
      .map((measure) => this.ratio(measure, { arena }))
      .filter((r) => r.participants > 0 || r.supervisors > 0);
  }
}

/** Loads the staffing of `day`; the arenas come from the request's one read of all arenas (see createArbaLoaders). */
export async function loadStaffing(
  em: EntityManager,
  day: string,
  allArenas: () => Promise<ArbaArena[]>,
): Promise<Staffing> {
  const arenas = await allArenas();
  // Counted by the database, as plain rows: a read, and the rows read do not grow with the participations. The
  // conditions of `periodCovers`: started on or before the day, no end or an end on or after it.
  const execute = <T>(sql: string, params: unknown[]) =>
    em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T[]>;
  const current = await execute<{ offer_id: string; measure: ArbaMeasure; arena_id: string; n: number | string }>(
    'select offer_id, measure, arena_id, count(*) as n from participation ' +
      'where start_date <= ? and (end_date is null or end_date >= ?) group by offer_id, measure, arena_id',
    [day, day],
  );
  const supervisors = await execute<{ measure: ArbaMeasure; arena_id: string; n: number | string }>(
    'select measure, arena_id, count(*) as n from supervisor group by measure, arena_id',
    [],
  );
  // PostgreSQL's count is a bigint, which its driver answers as a string.
  return new Staffing(
    arenas,
    current.map((p) => ({ offerId: p.offer_id, measure: p.measure, arenaId: p.arena_id, n: Number(p.n) })),
    supervisors.map((s) => ({ measure: s.measure, arenaId: s.arena_id, n: Number(s.n) })),
  );
}
