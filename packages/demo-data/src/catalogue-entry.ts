import { CatalogueEntry, kindDefaults } from '@veiinn/kit';
import type { DemoOffer } from './offers';

/**
 * A demo offer's catalogue fields as a provider keeps them (the kit's `CatalogueEntry`, embedded in its own offer
 * entity), open for applications, with the kind's intake mode and decision authority.
 */
export function demoCatalogueEntry(seed: DemoOffer): CatalogueEntry {
  return Object.assign(new CatalogueEntry(), {
    kind: seed.kind,
    ...kindDefaults(seed.kind),
    titleNb: seed.title[0],
    titleEn: seed.title[1],
    descriptionNb: seed.description[0],
    descriptionEn: seed.description[1],
    easyReadNb: seed.easyRead[0],
    easyReadEn: seed.easyRead[1],
    eligibilityNb: seed.eligibility?.[0] ?? '',
    eligibilityEn: seed.eligibility?.[1] ?? '',
    trade: seed.trade ?? null,
    site: seed.site ?? null,
    hoursPerWeek: seed.hoursPerWeek ?? null,
    openForApplications: true,
  });
}
