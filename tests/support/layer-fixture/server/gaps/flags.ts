// Down from gaps to the contract: allowed.
import { TYPES } from '../contract/types';
export const FLAGS = TYPES;
