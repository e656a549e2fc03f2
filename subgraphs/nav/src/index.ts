export * from './context';
export * from './subgraph';
export type { IngestReport, IngestRejection } from './ingest/ingest';
