export * from './context';
export * from './schema';
export * from './subgraph';
export type { IngestReport, IngestRejection } from './ingest/ingest';
