import { buildFederatedSchema, type AuditMap } from '@veiinn/kit';
import type { GraphQLSchema } from 'graphql';
import { hubModules } from './modules';

/**
 * The hub's types that describe one participant, and how each read of them goes to the audit log (see the kit's
 * audit.ts): every module's entries. Types without `participantId` (an application's choices, a decision's letter)
 * take the participant of the object they hang below.
 */
export const intakeAudit: AuditMap = Object.assign({}, ...hubModules.map((m) => m.audit ?? {}));

/** The intake subgraph's schema. No database or port: the server, `npm run compose` and tests share it. */
export function createIntakeSchema(): Promise<GraphQLSchema> {
  const [first, ...rest] = hubModules.flatMap((m) => [...m.resolvers]);
  return buildFederatedSchema({
    resolvers: [first, ...rest],
    audit: intakeAudit,
    referenceResolvers: Object.assign({}, ...hubModules.map((m) => m.referenceResolvers ?? {})),
  });
}
