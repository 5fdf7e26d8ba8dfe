// What the upload page reads from a check's outcome: the report or the refusal, and what either says of the file's columns.
import type { SubmissionReportDto } from '../../../../server/contract/submissions';
import type { UploadOutcome } from './upload';

/** The parts of an outcome the page shows; each null (or empty) when the outcome has none. */
export function outcomeParts(outcome: UploadOutcome | null) {
  const report = outcome?.kind === 'report' ? outcome.report : null;
  const rejected = outcome?.kind === 'rejected' ? outcome.body : null;
  return {
    report,
    rejected,
    /** The column mapping the server read the file with. */
    mapping: report?.mapping ?? rejected?.mapping ?? null,
    /** Each column: what it was read as, why and how sure. */
    readings: report?.columns ?? rejected?.columns ?? null,
    /** Excel and Word: the sheet or tables read. */
    source: report?.source ?? rejected?.source ?? null,
    warnings: report?.warnings ?? rejected?.warnings ?? [],
  };
}

/** The headers seen so far and the new ones, each once, in the order first seen. */
export function mergeHeaders(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** How the file was read: "CSV, UTF-8, separated by “;”", and whether it changes anything. */
export function readAsText(
  submission: Pick<SubmissionReportDto['submission'], 'format' | 'encoding' | 'delimiter'>,
  unchanged: boolean,
): string {
  const { format, encoding, delimiter } = submission;
  return (
    format.toUpperCase() +
    (encoding ? `, ${encoding}` : '') +
    (delimiter ? `, separated by “${delimiter === '\t' ? 'tab' : delimiter}”` : '') +
    (unchanged ? ' · identical to the current version: nothing to store' : '')
  );
}
