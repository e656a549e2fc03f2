// The audit module's public face: how other modules record a read of personal data outside GraphQL.
export { AuditEntry } from './audit-entry.entity';
export { recordHubRead } from './audit.store';
export { auditRoutes } from './audit.route';
