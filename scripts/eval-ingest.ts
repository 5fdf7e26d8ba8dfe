/**
 * npm run eval:ingest — measures the ingest against the corpus of realistic agency exports in
 * fixtures/corpus (docs/corpus.md): every file uploaded through the real app's API with no
 * mapping, the type phrases, and the review cases' criticised gaps.
 *   --json   print the figures (and per-file results) as JSON
 *   --check  exit 1 when a goal is missed
 *   --file <name>  only this file (repeatable); --phrases <n> only the first n phrases;
 *   --no-cases     skip the review cases; --case <name> only this case (repeatable)
 */
import { printReport } from './eval/print';
import { runIngestEval } from './eval/run';

const args = process.argv.slice(2);
const valuesOf = (flag: string) =>
  args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]!] : []));
const files = valuesOf('--file');
const phrases = valuesOf('--phrases')[0];
const cases = valuesOf('--case');

const report = await runIngestEval({
  files: files.length ? files : undefined,
  phrases: phrases ? Number(phrases) : undefined,
  cases: args.includes('--no-cases') ? false : cases.length ? cases : true,
});
if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else printReport(report);
if (args.includes('--check') && !report.figures.met) process.exitCode = 1;
