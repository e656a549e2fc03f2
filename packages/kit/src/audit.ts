import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { Path } from 'graphql/jsutils/Path';
import { hasRole, Role } from './access';
import type { Caller } from './trust';

/**
 * What kind of personal data a read touched, as the audit log records it (docs/security.md, "Audit log"). One read
 * of a participant is one entry per category, however many fields of that category the operation asked for.
 */
export const AuditCategory = {
  /** Name, birth date, contact details, guardians. */
  IDENTITY: 'IDENTITY',
  /** The path: the hub's placement index, at which provider and when. */
  PATH: 'PATH',
  /** A provider's own detail of a placement: hours, days, group, goals, AFT periods, training. */
  PROVIDER_DETAIL: 'PROVIDER_DETAIL',
  /** NAV's records of the participant. */
  NAV: 'NAV',
  /** Health and function data (IPLOS); not in the graph yet. */
  IPLOS: 'IPLOS',
  /** Applications, decisions, waiting lists, transitions, the career plan. */
  APPLICATIONS: 'APPLICATIONS',
  /** The audit log itself: who read this participant's data. */
  AUDIT: 'AUDIT',
} as const;
export type AuditCategory = (typeof AuditCategory)[keyof typeof AuditCategory];

export const AUDIT_CATEGORIES = Object.values(AuditCategory);

/** One read a subgraph reports: this participant's data of this category was resolved for the request. */
export interface AuditRead {
  participantId: string;
  category: AuditCategory;
}

/** The key under `extensions` of a subgraph's response where its reads go to the gateway (never to clients). */
export const AUDIT_EXTENSION = 'veiinnAudit';

/** How a subgraph declares that the fields of one GraphQL type describe one participant. */
export interface AuditedType<TSource = never> {
  /** The category of every field of the type, unless `fields` says otherwise. */
  category: AuditCategory;
  /**
   * The participant the parent object describes. When left out, or when it answers null or undefined (a goal whose
   * placement is not loaded, NAV's records below `Participant.nav`), the nearest audited object above it in the
   * response decides; with none above, nothing is recorded (e.g. a placement of someone unknown to the hub).
   */
  participantId?: (source: TSource) => string | null | undefined;
  /** Per field: another category, or `null` for a field that reveals nothing about the person (e.g. a version). */
  fields?: Record<string, AuditCategory | null>;
}

/** GraphQL type name -> how its fields are audited. */
export type AuditMap = Record<string, AuditedType<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Key fields are never audited: the gateway reads `id` to plan and join, and an id alone says nothing. */
const NEVER_AUDITED = new Set(['id', '__typename']);

/**
 * Whose reads are recorded: every caller the gateway vouched for (a person, a partner system, or an anonymous
 * caller), but not our own services (role `service`), which read on the graph's behalf, and nobody when service
 * trust is off (`caller === null`: tests, a subgraph run alone), where no one is known to record.
 */
export const isAudited = (caller: Caller | null | undefined): caller is Caller =>
  !!caller && !hasRole(caller, Role.SERVICE);

/** The reads of one request, each participant and category once, in the order first seen. */
export class AuditCollector {
  private readonly seen = new Set<string>();
  readonly reads: AuditRead[] = [];
  // Which participant a place in the response describes, so that nested objects inherit it (see `participantId`).
  private readonly participantAt = new WeakMap<Path, string>();

  record(participantId: string, category: AuditCategory): void {
    const key = `${participantId}\u0000${category}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.reads.push({ participantId, category });
  }

  mark(path: Path, participantId: string): void {
    this.participantAt.set(path, participantId);
  }

  /** The participant of the nearest marked place at or above `path`, if any. */
  inherited(path: Path | undefined): string | undefined {
    for (let at = path; at; at = at.prev) {
      const found = this.participantAt.get(at);
      if (found) return found;
    }
    return undefined;
  }
}

// Keyed by the request context object, so the request context type needs no field of its own.
const collectors = new WeakMap<object, AuditCollector>();

/** The collector of the request whose context this is (made on first use). */
export function auditCollectorOf(context: object): AuditCollector {
  let collector = collectors.get(context);
  if (!collector) collectors.set(context, (collector = new AuditCollector()));
  return collector;
}

/** The reads recorded so far for a request, or none. */
export const auditReadsOf = (context: object): AuditRead[] => collectors.get(context)?.reads ?? [];

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  !!value && typeof (value as PromiseLike<unknown>).then === 'function';

/**
 * Wraps the field resolvers of the types in `map` (in place: @apollo/subgraph keeps `__resolveReference` on the
 * type objects, which a rebuilt schema would lose) so that each field resolved for an audited caller records
 * (participant, category) in the request's collector. Recorded after the resolver succeeds: a refused field
 * released nothing.
 */
export function auditSchema(schema: GraphQLSchema, map: AuditMap): GraphQLSchema {
  for (const [typeName, declared] of Object.entries(map)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Audit map names "${typeName}", which is not an object type here.`);
    for (const [fieldName, field] of Object.entries(type.getFields())) {
      if (NEVER_AUDITED.has(fieldName)) continue;
      const category = declared.fields && fieldName in declared.fields ? declared.fields[fieldName] : declared.category;
      if (category === null) continue;
      const original: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const leaf = isLeafType(getNamedType(field.type));
      field.resolve = (source, args, context: { caller?: Caller | null }, info) => {
        const result = original(source, args, context, info);
        if (!isAudited(context?.caller)) return result;
        const collector = auditCollectorOf(context);
        const participantId = declared.participantId?.(source as never) ?? collector.inherited(info.path.prev);
        if (!participantId) return result;
        if (!leaf) collector.mark(info.path, participantId);
        if (!isPromiseLike(result)) {
          collector.record(participantId, category);
          return result;
        }
        return Promise.resolve(result).then((value) => {
          collector.record(participantId, category);
          return value;
        });
      };
    }
  }
  return schema;
}

/**
 * Puts the request's reads in the response's `extensions.veiinnAudit`, for the gateway to write to the hub's
 * audit log. A subgraph answers only the gateway (service trust), and the gateway takes them out again.
 */
export function auditExtensionPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const reads = auditReadsOf(contextValue);
          if (!reads.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [AUDIT_EXTENSION]: reads };
        },
      };
    },
  };
}

/** Who writes the audit log: the gateway, with a token it signs for the hub (audience `intake`) as this caller. */
export const AUDIT_WRITER: Caller = Object.freeze({
  sub: 'veiinn-gateway',
  roles: Object.freeze(['service']) as string[],
});

/** One entry as the gateway sends it to the hub (`POST /audit`, body `{ "entries": [...] }`). */
export interface AuditRecord extends AuditRead {
  /** The reader: the client caller's `sub` and roles as the gateway verified them. */
  sub: string;
  roles: string[];
  /** When the data was read (ISO 8601). */
  at: string;
  operationName: string | null;
  requestId: string;
  /** The subgraph that served the data. */
  subgraph: string;
}
