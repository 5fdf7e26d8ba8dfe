import { describe, it, expect } from 'vitest';

// Each pure core the mutation run covers (docs/testing.md, "Mutation testing") loads on its own.
// A change that breaks a module while it loads (a regular expression built from a mangled
// constant, say) makes every test file importing it fail before any of its tests run, and
// Stryker's vitest runner counts a file that fails to load as no failed test: the change would
// "survive". Importing inside a test turns that failure into a failing test.
const MODULES = {
  'ingest/dates': () => import('../../server/ingest/dates'),
  'ingest/date-marks': () => import('../../server/ingest/date-marks'),
  'ingest/time-zones': () => import('../../server/ingest/time-zones'),
  'ingest/times': () => import('../../server/ingest/times'),
  'anonymise/redact': () => import('../../server/anonymise/redact'),
  'access/access': () => import('../../server/access/access'),
  'shared/calendar': () => import('../../server/shared/calendar'),
  'gaps/bank-holidays': () => import('../../server/gaps/bank-holidays'),
  'gaps/working-days': () => import('../../server/gaps/working-days'),
  'gaps/limits': () => import('../../server/gaps/limits'),
  'gaps/match': () => import('../../server/gaps/match'),
  'gaps/event-index': () => import('../../server/gaps/event-index'),
  'gaps/evaluate': () => import('../../server/gaps/evaluate'),
  'gaps/gap-page': () => import('../../server/gaps/gap-page'),
  'gaps/packs': () => import('../../server/gaps/packs'),
  'ingest/type-words': () => import('../../server/ingest/type-words'),
  'ingest/type-matcher': () => import('../../server/ingest/type-matcher'),
  'ingest/type-rank': () => import('../../server/ingest/type-rank'),
  'ingest/type-agency': () => import('../../server/ingest/type-agency'),
  'ingest/columns/assign-columns': () => import('../../server/ingest/columns/assign-columns'),
  'ingest/columns/header-words': () => import('../../server/ingest/columns/header-words'),
  'ingest/columns/cell-signals': () => import('../../server/ingest/columns/cell-signals'),
  'ingest/columns/cell-profile': () => import('../../server/ingest/columns/cell-profile'),
  'ingest/columns/column-scores': () => import('../../server/ingest/columns/column-scores'),
  'ingest/columns/date-order': () => import('../../server/ingest/columns/date-order'),
  'ingest/columns/refine-columns': () => import('../../server/ingest/columns/refine-columns'),
};

describe('the pure cores load', () => {
  it.each(Object.entries(MODULES))('%s', async (_name, load) => {
    const loaded: Record<string, unknown> = await load();
    expect(Object.keys(loaded).length).toBeGreaterThan(0);
  });
});
