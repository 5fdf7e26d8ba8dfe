import type { CaseDefinition } from '../case-spec';

export const CASES: CaseDefinition[] = [];
