import { Embeddable, Enum, Property } from '@mikro-orm/core';
import {
  DECISION_AUTHORITIES,
  INTAKE_MODES,
  OFFER_KINDS,
  type OfferKindCode,
  type OfferSnapshot,
} from '@veiinn/contracts';

/**
 * The catalogue fields of an offer, as a provider keeps them: embed it in the provider's own offer entity
 * (`@Embedded(() => CatalogueEntry, { prefix: false })`) and publish it with `offerSnapshot`. The hub's catalogue
 * is built from these, so a provider changes its offers in its own subgraph, never in the hub.
 */
@Embeddable()
export class CatalogueEntry {
  @Enum({ items: () => [...OFFER_KINDS], type: 'string', length: 32 })
  kind!: OfferKindCode;

  @Property({ type: 'string', length: 120 })
  titleNb!: string;

  @Property({ type: 'string', length: 120 })
  titleEn!: string;

  @Property({ type: 'text' })
  descriptionNb!: string;

  @Property({ type: 'text' })
  descriptionEn!: string;

  /**
   * Easy-read text (lettlest) of the description, see `EASY_READ_RULE`. Rows made before it existed got the
   * description (the migration's backfill) until the provider writes one.
   */
  @Property({ type: 'text', default: '' })
  easyReadNb!: string;

  @Property({ type: 'text', default: '' })
  easyReadEn!: string;

  @Property({ type: 'text' })
  eligibilityNb!: string;

  @Property({ type: 'text' })
  eligibilityEn!: string;

  @Property({ type: 'string', length: 80, nullable: true })
  trade: string | null = null;

  @Property({ type: 'string', length: 80, nullable: true })
  site: string | null = null;

  @Property({ type: 'double', nullable: true })
  hoursPerWeek: number | null = null;

  @Enum({ items: () => [...INTAKE_MODES], type: 'string', length: 32 })
  intakeMode!: (typeof INTAKE_MODES)[number];

  @Enum({ items: () => [...DECISION_AUTHORITIES], type: 'string', length: 32 })
  decidedBy!: (typeof DECISION_AUTHORITIES)[number];

  @Property({ type: 'boolean' })
  openForApplications = true;
}

/** The `offer` feed event's data for an offer with these catalogue fields and this many places. */
export function offerSnapshot(entry: CatalogueEntry, places: number | null): OfferSnapshot {
  return {
    kind: entry.kind,
    title: { nb: entry.titleNb, en: entry.titleEn },
    description: { nb: entry.descriptionNb, en: entry.descriptionEn },
    easyRead: { nb: entry.easyReadNb, en: entry.easyReadEn },
    eligibility: { nb: entry.eligibilityNb, en: entry.eligibilityEn },
    trade: entry.trade,
    site: entry.site,
    hoursPerWeek: entry.hoursPerWeek,
    intakeMode: entry.intakeMode,
    decidedBy: entry.decidedBy,
    places,
    openForApplications: entry.openForApplications,
  };
}
