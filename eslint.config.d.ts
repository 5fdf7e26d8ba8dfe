// Types for what tests import from eslint.config.js (tests/unit/architecture.test.ts).
import type { Linter } from 'eslint';

export const QUERIES_NOT_YET_MOVED: string[];
declare const config: Linter.Config[];
export default config;
