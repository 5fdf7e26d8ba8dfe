import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpusFiles, type CorpusEntry } from '../../scripts/eval/corpus';
import { holdoutSummary } from '../../scripts/eval/print';
import { runIngestEval } from '../../scripts/eval/run';

// Keeps `npm run eval:ingest` working on a small slice: it must produce figures, count a
// refused file as not stored (with its reason), and measure a case's gaps. It does not assert
// that the goals are met: the ingest improves in parallel, and that is what the eval is for.

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-eval-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A real corpus CSV the app stores today, and an old binary .xls that it must refuse. */
function slice(): CorpusEntry[] {
  const csv = loadCorpusFiles().find((e) => e.expected.file === 'probation-ndelius-contacts.csv');
  if (!csv) throw new Error('corpus file missing');
  const xls = path.join(work, 'old-binary.xls');
  // The OLE2 compound-file signature that starts every .xls, then filler.
  fs.writeFileSync(xls, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
  const expected = { ...csv.expected, file: 'old-binary.xls', format: 'xls' };
  return [csv, { path: xls, expected }];
}

describe('eval:ingest on a slice', () => {
  it('prints figures for files, fields, date columns, types and a case’s gaps', async () => {
    const report = await runIngestEval({
      entries: slice(),
      phrases: 20,
      cases: ['demo-cysur-2-2020'],
    });
    const { figures } = report;

    expect(figures.files.total).toBe(2);
    expect(figures.fields.total).toBe(30);
    expect(figures.types.phrases.total).toBe(20);
    expect(figures.types.rows.total).toBe(2 * 9);
    for (const share of [figures.files.share, figures.fields.share, figures.types.share]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }

    const [ndelius, xls] = report.files;
    expect(ndelius).toMatchObject({
      file: 'probation-ndelius-contacts.csv',
      stored: true,
      refusal: null,
    });
    expect(ndelius!.events).toEqual({ expected: 9, stored: 9 });
    expect(ndelius!.fieldsRight + ndelius!.wrongFields.length).toBe(15);
    // The refused file is counted, not thrown: not stored, its reason kept, its rows all missed.
    expect(xls).toMatchObject({
      file: 'old-binary.xls',
      stored: false,
      typesRight: 0,
      fieldsRight: 0,
    });
    expect(xls!.status).toBeGreaterThanOrEqual(400);
    expect(xls!.refusal).toMatch(/\w/);
    expect(figures.files.stored).toBe(1);

    expect(figures.cases).toHaveLength(1);
    const [demo] = figures.cases;
    expect(demo).toMatchObject({ name: 'demo-cysur-2-2020', gaps: 10 });
    expect(demo!.flags).toBeGreaterThan(0);
    expect(demo!.found).toBeGreaterThan(0);
    expect(demo!.recall).toBeCloseTo(demo!.found / 10);
    expect(report.devset).toBeNull();
    expect(report.holdout).toBeNull();
  }, 60_000);

  it('measures the development set and a held-out slice as their own blocks; --json hides the held-out content', async () => {
    const report = await runIngestEval({
      entries: slice().slice(0, 1),
      phrases: 5,
      cases: false,
      devset: { files: ['housing-civica-cx-action-diary.csv'], phrases: 4 },
      holdout: { files: ['ooh-adastra-case-history.csv'], phrases: 10 },
    });
    // The main figures count only the main slice; the two side corpora's are apart.
    expect(report.figures.files.total).toBe(1);
    expect(report.figures.types.phrases.total).toBe(5);
    const devset = report.devset!;
    expect(devset.figures.files.total).toBe(1);
    expect(devset.figures.types.rows.total).toBe(9);
    expect(devset.figures.types.phrases.total).toBe(4);
    expect(devset.files[0]).toMatchObject({ file: 'housing-civica-cx-action-diary.csv' });
    const holdout = report.holdout!;
    expect(holdout.figures.files.total).toBe(1);
    expect(holdout.figures.fields.total).toBe(15);
    expect(holdout.figures.types.rows.total).toBe(10);
    expect(holdout.figures.types.phrases.total).toBe(10);
    expect(holdout.figures.cases).toEqual([]);
    expect(holdout.files[0]).toMatchObject({ file: 'ooh-adastra-case-history.csv' });

    const json = JSON.stringify(holdoutSummary(holdout));
    expect(JSON.parse(json).figures).toEqual(holdout.figures);
    // The misses name the file's headers and type cells: they stay out of the summary.
    const summary = JSON.parse(json);
    expect(Object.keys(summary)).toEqual(['figures', 'files']);
    expect(Object.keys(summary.files[0])).not.toContain('typeMisses');
    expect(Object.keys(summary.files[0])).not.toContain('wrongFields');
  }, 60_000);
});
