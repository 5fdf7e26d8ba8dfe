// The client may import the contract, and nothing else of the server.
import { TYPES } from '../server/contract/types';
import { READER } from '../server/ingest/reader';
export const PAGE = [TYPES, READER];
