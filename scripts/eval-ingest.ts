/**
 * npm run eval:ingest — measures the ingest against the corpus of realistic agency exports in
 * fixtures/corpus (docs/corpus.md): every file uploaded through the real app's API with no
 * mapping, the type phrases, and the review cases' criticised gaps; then the development set
 * in fixtures/devset (three former held-out corpora, printed in full as its own block) and the
 * held-out corpus in fixtures/holdout, whose figures only print as their own block.
 *   --json   print the figures (and per-file results) as JSON, the development set's in full;
 *            the holdout as figures and counts
 *   --check  exit 1 when a goal is missed on the main corpus
 *   --check-holdout  also exit 1 when a goal is missed on the held-out corpus
 *   --file <name>  only this file (repeatable; skips the holdout); --phrases <n> only the first
 *                  n phrases (of each corpus); --no-cases skip the review cases; --case <name>
 *                  only this case (repeatable); --no-holdout skip the held-out corpus;
 *                  --no-devset skip the development set (both for a main-corpus-only run)
 *   --holdout-detail  print the held-out corpus's per-file misses too (for its author and the
 *                     lead; engineers improving recognition do not read them)
 */
import { holdoutSummary, printDevset, printHoldout, printReport } from './eval/print';
import { runIngestEval } from './eval/run';

const args = process.argv.slice(2);
const valuesOf = (flag: string) =>
  args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]!] : []));
const files = valuesOf('--file');
const phrases = valuesOf('--phrases')[0];
const cases = valuesOf('--case');
const phraseCount = phrases ? Number(phrases) : undefined;
const detail = args.includes('--holdout-detail');

const report = await runIngestEval({
  files: files.length ? files : undefined,
  phrases: phraseCount,
  cases: args.includes('--no-cases') ? false : cases.length ? cases : true,
  // A run on named files is a developer's slice of the main corpus: the side corpora stay out.
  devset: args.includes('--no-devset') || files.length ? false : { phrases: phraseCount },
  holdout: args.includes('--no-holdout') || files.length ? false : { phrases: phraseCount },
});
if (args.includes('--json')) {
  const holdout = report.holdout && (detail ? report.holdout : holdoutSummary(report.holdout));
  console.log(JSON.stringify({ ...report, holdout }, null, 2));
} else {
  printReport(report);
  if (report.devset) printDevset(report.devset);
  if (report.holdout) printHoldout(report.holdout, detail);
}
const holdoutMissed = args.includes('--check-holdout') && report.holdout?.figures.met === false;
if ((args.includes('--check') && !report.figures.met) || holdoutMissed) process.exitCode = 1;
