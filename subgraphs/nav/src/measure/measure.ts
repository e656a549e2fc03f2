import { LocalizedText } from '@veiinn/kit';
import { Field, ObjectType } from 'type-graphql';
import { NavMeasureCode } from './measure.enums';

/** A NAV measure: its code, its old Arena code and its name. The list is NAV's, not the adapter's data. */
@ObjectType({ description: 'A NAV measure (tiltak), e.g. VTA or AFT, with its old Arena code.' })
export class NavMeasure {
  @Field(() => NavMeasureCode, { description: "NAV's code for the measure (Tiltakskode)." })
  code!: NavMeasureCode;

  @Field(() => String, {
    nullable: true,
    description: "The measure's code in NAV's old Arena system, e.g. VASV; null for measures made after Arena.",
  })
  arenaCode!: string | null;

  @Field(() => String, { description: 'Short name used in lists and letters, e.g. "VTA" or "AFT".' })
  shortName!: string;

  @Field(() => LocalizedText, { description: 'Name of the measure.' })
  name!: LocalizedText;
}

export const navMeasures: NavMeasure[] = [
  {
    code: NavMeasureCode.VARIG_TILRETTELAGT_ARBEID_SKJERMET,
    arenaCode: 'VASV',
    shortName: 'VTA',
    name: {
      nb: 'Varig tilrettelagt arbeid i skjermet virksomhet',
      en: 'Permanent adapted work in a sheltered company',
    },
  },
  {
    code: NavMeasureCode.ARBEIDSFORBEREDENDE_TRENING,
    arenaCode: 'ARBFORB',
    shortName: 'AFT',
    name: { nb: 'Arbeidsforberedende trening', en: 'Work preparatory training' },
  },
  {
    code: NavMeasureCode.VTAO,
    arenaCode: 'VATIAROR',
    shortName: 'VTAO',
    name: {
      nb: 'Varig tilrettelagt arbeid i ordinær virksomhet',
      en: 'Permanent adapted work in an ordinary business',
    },
  },
  {
    code: NavMeasureCode.TILRETTELAGT_ARBEID_ORDINAER,
    arenaCode: null,
    // NAV's successor of VTAO; the municipality still calls it VTAO.
    shortName: 'VTAO',
    name: { nb: 'Tilrettelagt arbeid i ordinær virksomhet', en: 'Adapted work in an ordinary business' },
  },
];

const byCode = new Map(navMeasures.map((m) => [m.code, m]));

export function navMeasure(code: NavMeasureCode): NavMeasure {
  return byCode.get(code)!;
}
