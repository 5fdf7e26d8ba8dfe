import type { CaseDefinition } from '../case-spec';
import { csprCase } from './cspr';
import { dhrCase } from './dhr';

export const CASES: CaseDefinition[] = [csprCase, dhrCase];
