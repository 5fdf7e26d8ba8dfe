import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPE_MODEL_FILE } from '../../server/ingest/type-learned-data';
import { typeModelText } from '../../scripts/type-model/train';

// The learned type reader's counts are generated from the labelled rows (npm run types:train),
// never edited by hand: the committed file must be what the script writes from the committed
// corpus, development set and training phrases today.

describe('data/type-model.json', () => {
  it('is what `npm run types:train` writes', async () => {
    const written = await typeModelText();
    // Compared whole rather than diffed: the file is 250 kB of counts.
    const same = fs.readFileSync(TYPE_MODEL_FILE, 'utf8') === written;
    expect(same, 'data/type-model.json is stale: run `npm run types:train`').toBe(true);
  }, 120_000);
});
