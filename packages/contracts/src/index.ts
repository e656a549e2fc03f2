// What a Veiinn process and a partner's code agree on (docs/partners.md, "The contracts package"): error codes and
// bodies, roles and callers, service trust and keys, request ids, the feed protocol, the audit records, date scalars.
// No database, no schema builder: graphql, jose and Node's own modules only.
export * from './access';
export * from './audit';
export * from './config-error';
export * from './catalogue';
export * from './dates';
export * from './errors';
export * from './feed-protocol';
export * from './identity-number';
export * from './ids';
export * from './keys';
export * from './redis-settings';
export * from './request-id';
export * from './scalars';
export * from './trust';
export * from './suppression';
