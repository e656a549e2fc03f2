import { ArbaArenaKind } from '../arena/arena.entity';
import { ArbaMeasure } from '../common/enums';

/** Arba's arenas as the municipality's documents name them (docs/domain.md); slugs match the demo placements. */
export const seedArenas = [
  { id: 'montering', name: 'Montering', kind: ArbaArenaKind.INTERNAL, onlyFor: null },
  { id: 'pakking-jobbfrukt', name: 'Pakking og jobbfrukt', kind: ArbaArenaKind.INTERNAL, onlyFor: null },
  { id: 'carpe-diem', name: 'Arbeidslag hos Carpe Diem', kind: ArbaArenaKind.EXTERNAL, onlyFor: null },
  { id: 'isi', name: 'Miljøstasjonen ISI', kind: ArbaArenaKind.INTERNAL, onlyFor: null },
  { id: 'bruktbutikk', name: 'Bruktbutikk', kind: ArbaArenaKind.INTERNAL, onlyFor: null },
  { id: 'grafisk', name: 'Grafisk', kind: ArbaArenaKind.INTERNAL, onlyFor: null },
  { id: 'barnehage', name: 'Barnehage', kind: ArbaArenaKind.INTERNAL, onlyFor: null },
  {
    id: 'lokale-bedrifter',
    name: 'Praksis i lokale bedrifter',
    kind: ArbaArenaKind.EXTERNAL,
    onlyFor: ArbaMeasure.AFT,
  },
];

/**
 * Supervisors, with invented names. Demo values: the demo world has 12 VTA and 5 AFT participants today, so 4 VTA
 * supervisors (3.0 per supervisor against the norm of 5) and one AFT job specialist (5.0 against 6) make realistic
 * ratios. The small arenas (second-hand shop, graphics, kindergarten) have no supervisor of their own and show as
 * below the norm.
 */
export const seedSupervisors = [
  { name: 'Kjersti Vangen', arena: 'montering', measure: ArbaMeasure.VTA },
  { name: 'Rune Halvorsrud', arena: 'pakking-jobbfrukt', measure: ArbaMeasure.VTA },
  { name: 'Marte Skogstad', arena: 'carpe-diem', measure: ArbaMeasure.VTA },
  { name: 'Øystein Brenna', arena: 'isi', measure: ArbaMeasure.VTA },
  { name: 'Hilde Rognstad', arena: 'lokale-bedrifter', measure: ArbaMeasure.AFT },
];
