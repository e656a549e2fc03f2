import {
  createLogger,
  ForbiddenError,
  hasRole,
  LocalizedText,
  requiresAnyRole,
  Role,
  UserInputError,
} from '@veiinn/kit';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import type { NavContext } from '../context';
import {
  ingestParticipantRecords,
  type IngestLine,
  type IngestLineOutcome,
  type IngestRejection,
  type IngestReport,
} from './ingest';
import type { IngestRejectionCode } from './topic-record';

/**
 * Largest import through the graph, in bytes of UTF-8. Smaller than the route's 5 MB (INGEST_BODY_LIMIT): the text
 * travels as a JSON string inside the gateway's request, whose body may be at most 1 MB (GATEWAY_BODY_LIMIT), and
 * JSON escapes every quote of the lines. 450 kB stays under that even when much of the text needs escaping.
 */
export const NAV_IMPORT_GRAPH_LIMIT = 450_000;

const logger = createLogger('nav');

/** What each rejection code means, in bokmål; the English detail of the line follows it. */
const REASON_NB: Record<IngestRejectionCode, string> = {
  MALFORMED_JSON: 'Linjen er ikke gyldig JSON. Hver linje må være ett JSON-objekt med "key" og "value".',
  INVALID_RECORD: 'Posten mangler et felt, eller et felt har feil type.',
  KEY_MISMATCH: 'value.id er ikke lik key. En post må sendes under sin egen id.',
  UNKNOWN_MEASURE_INSTANCE: 'gjennomforingId er ikke en gjennomføring vi kjenner. Sjekk id-en.',
  INVALID_PERSON_IDENT: 'personIdent er ikke et gyldig fødselsnummer eller D-nummer.',
  UNKNOWN_STATUS: 'status.type er ikke en av NAVs statuser.',
  UNKNOWN_REASON: 'status.aarsak.type er ikke en av NAVs årsaker.',
  REASON_NOT_ALLOWED: 'Denne statusen kan ikke ha en årsak.',
  REASON_TEXT_REQUIRED: 'Årsaken ANNET må ha en beskrivelse i status.aarsak.beskrivelse.',
  REASON_TEXT_NOT_ALLOWED: 'status.aarsak.beskrivelse er bare lov med årsaken ANNET.',
  END_BEFORE_START: 'sluttDato er før startDato.',
  INTERNAL_ERROR: 'Posten kunne ikke lagres på grunn av en feil hos oss. Send den på nytt senere.',
};

/**
 * A rejection's reason in both languages: the ingest code's reason is English and names NAV's fields, so the bokmål
 * reason is the code's meaning followed by that detail (field names are NAV's own, the same in both languages).
 */
export function bilingualReason(rejection: Pick<IngestRejection, 'code' | 'reason'>): { nb: string; en: string } {
  return { nb: `${REASON_NB[rejection.code]} Detalj: ${rejection.reason}`, en: rejection.reason };
}

@InputType('NavImportInput', { description: "An export of NAV's participant topic to import." })
export class NavImportInput {
  @Field(() => String, {
    description: `The file's text: one JSON object per line, \`{ "key", "value" }\` (docs/nav-import.md). At most ${NAV_IMPORT_GRAPH_LIMIT / 1000} kB.`,
  })
  jsonLines!: string;
}

@ObjectType({ description: 'One line of a NAV import that was not stored, with why.' })
export class NavImportRejection {
  @Field(() => Int, { description: 'Line number in the file, counted from 1 (blank lines count).' })
  line!: number;

  @Field(() => String, { nullable: true, description: "The record's key when it could be read." })
  key!: string | null;

  @Field(() => String, {
    description: 'Why, as a stable code (docs/nav-import.md, "Rejection codes"), e.g. UNKNOWN_MEASURE_INSTANCE.',
  })
  code!: string;

  @Field(() => LocalizedText, {
    description: 'What is wrong and what to do, in bokmål and English; never contains the identity number.',
  })
  reason!: LocalizedText;
}

export enum NavImportLineOutcome {
  ACCEPTED = 'ACCEPTED',
  UNCHANGED = 'UNCHANGED',
  STALE = 'STALE',
  DELETED = 'DELETED',
}

registerEnumType(NavImportLineOutcome, {
  name: 'NavImportLineOutcome',
  description: 'What became of a line of a NAV import that was not rejected.',
  valuesConfig: {
    ACCEPTED: { description: 'Stored: a new record, or a change to one.' },
    UNCHANGED: { description: 'Already stored as sent; nothing changed.' },
    STALE: { description: 'Older than the stored version of the record, so ignored.' },
    DELETED: { description: 'NAV deleted the record (a tombstone), and it is deleted here too.' },
  },
});

@ObjectType({ description: 'One line of a NAV import that was not rejected, with what became of it.' })
export class NavImportLine {
  @Field(() => Int, { description: 'Line number in the file, counted from 1 (blank lines count).' })
  line!: number;

  @Field(() => String, { description: "The record's key (NAV's id of the participant record)." })
  key!: string;

  @Field(() => NavImportLineOutcome, { description: 'What became of it.' })
  outcome!: NavImportLineOutcome;
}

@ObjectType({
  description: 'What an import of NAV participant records did: counts, every line taken, and every rejected line.',
})
export class NavImportReport {
  @Field(() => Int, { description: 'Records stored, new or changed.' })
  accepted!: number;

  @Field(() => Int, { description: 'Records already stored as sent.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Records older than the stored version, ignored.' })
  stale!: number;

  @Field(() => Int, { description: 'Records NAV deleted (tombstones) that were stored.' })
  deleted!: number;

  @Field(() => [NavImportRejection], { description: 'Lines not stored, in the order of the file.' })
  rejected!: NavImportRejection[];

  @Field(() => [NavImportLine], {
    description: 'Every line that was not rejected, in the order of the file, with what became of it.',
  })
  lines!: NavImportLine[];
}

const LINE_OUTCOMES: Record<IngestLineOutcome, NavImportLineOutcome> = {
  accepted: NavImportLineOutcome.ACCEPTED,
  unchanged: NavImportLineOutcome.UNCHANGED,
  stale: NavImportLineOutcome.STALE,
  deleted: NavImportLineOutcome.DELETED,
};

export function toGraphReport(report: IngestReport, lines: IngestLine[]): NavImportReport {
  return {
    ...report,
    rejected: report.rejected.map((r) => ({ line: r.line, key: r.key, code: r.code, reason: bilingualReason(r) })),
    lines: lines.map(({ line, key, outcome }) => ({ line, key, outcome: LINE_OUTCOMES[outcome] })),
  };
}

@Resolver()
export class ImportResolver {
  @Directive(requiresAnyRole(Role.NAV_STAFF))
  @Mutation(() => NavImportReport, {
    description:
      "Imports NAV's participant topic as JSON lines, as `POST /ingest/deltakere` does (docs/nav-import.md): each " +
      `line in its own transaction, a bad line rejected with its reason while the rest is stored. NAV staff only. At most ${NAV_IMPORT_GRAPH_LIMIT / 1000} kB ` +
      '(larger exports go in parts, or through the route): BAD_USER_INPUT when larger.',
  })
  async importNavParticipants(
    @Arg('input', () => NavImportInput, { description: 'The file to import.' }) { jsonLines }: NavImportInput,
    @Ctx() { em, caller, app }: NavContext,
  ): Promise<NavImportReport> {
    // Trust off (tests, development alone) is open, as the route is without NAV_INGEST_*; otherwise NAV's staff only.
    if (caller !== null && !hasRole(caller, Role.NAV_STAFF)) {
      throw new ForbiddenError(
        {
          nb: 'Du har ikke lov til å importere NAV-deltakere. Det kan bare NAVs ansatte.',
          en: 'You may not import NAV participants. Only NAV staff may.',
        },
        { requiredRoles: [Role.NAV_STAFF] },
      );
    }
    const bytes = Buffer.byteLength(jsonLines, 'utf8');
    if (bytes > NAV_IMPORT_GRAPH_LIMIT) {
      const kb = NAV_IMPORT_GRAPH_LIMIT / 1000;
      throw new UserInputError([
        {
          field: 'jsonLines',
          nb: `er ${Math.ceil(bytes / 1000)} kB. Filen kan være på høyst ${kb} kB. Del den i flere filer.`,
          en: `is ${Math.ceil(bytes / 1000)} kB. The file may be at most ${kb} kB; split it into several files.`,
        },
      ]);
    }
    const lines: IngestLine[] = [];
    const report = await ingestParticipantRecords(em.fork(), jsonLines, app, { logger, lines });
    return toGraphReport(report, lines);
  }
}
