import type { ApolloServerPlugin } from '@apollo/server';
import {
  AUDIT_EXTENSION,
  isAudited,
  type AuditCategory,
  type AuditMap,
  type AuditRead,
  type Caller,
} from '@veiinn/contracts';
import {
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { Path } from 'graphql/jsutils/Path';

// How a subgraph collects the reads it reports; what a read is, and the record the gateway writes, are in
// @veiinn/contracts (audit.ts).

/** Key fields are never audited: the gateway reads `id` to plan and join, and an id alone says nothing. */
const NEVER_AUDITED = new Set(['id', '__typename']);

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
        const participantId =
          declared.participantId?.(source as never) ??
          collector.inherited(info.path.prev) ??
          declared.subjectWhenAlone?.(source as never);
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
