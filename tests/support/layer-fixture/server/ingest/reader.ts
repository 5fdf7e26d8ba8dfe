export const READER = 'ingest';
