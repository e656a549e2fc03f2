import { kindDefaults, type DECISION_AUTHORITIES, type IntakeModeCode, type OfferKindCode } from '@veiinn/contracts';
import type { DemoOffer } from './offers';

/** The catalogue fields of an offer as a provider keeps them: the kit's `CatalogueEntry`, field for field. */
export interface DemoCatalogueEntry {
  kind: OfferKindCode;
  titleNb: string;
  titleEn: string;
  descriptionNb: string;
  descriptionEn: string;
  easyReadNb: string;
  easyReadEn: string;
  eligibilityNb: string;
  eligibilityEn: string;
  trade: string | null;
  site: string | null;
  hoursPerWeek: number | null;
  intakeMode: IntakeModeCode;
  decidedBy: (typeof DECISION_AUTHORITIES)[number];
  openForApplications: boolean;
}

/**
 * A demo offer's catalogue fields, open for applications, with the kind's intake mode and decision authority: what
 * a provider's seed embeds in its own offer entity. A plain object, so that the demo data needs no ORM (the issuer
 * reads the demo people without loading one).
 */
export function demoCatalogueEntry(seed: DemoOffer): DemoCatalogueEntry {
  return {
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
  };
}
