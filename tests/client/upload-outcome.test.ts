import { describe, expect, it } from 'vitest';
import type { SubmissionReportDto } from '../../server/contract/submissions';
import type { UploadRejected } from '../../client/features/upload/lib/upload';
import {
  mergeHeaders,
  outcomeParts,
  readAsText,
} from '../../client/features/upload/lib/upload-outcome';

const issue = { row: 3, column: 'Date', code: 'DATE', message: 'Not a date' };

describe('the parts of an upload outcome', () => {
  it('has nothing before a check, nor after one that failed', () => {
    const none = {
      report: null,
      rejected: null,
      mapping: null,
      readings: null,
      source: null,
      warnings: [],
    };
    expect(outcomeParts(null)).toEqual(none);
    expect(
      outcomeParts({
        kind: 'failed',
        error: { status: 0, code: 'NETWORK', message: 'No' } as never,
      }),
    ).toEqual(none);
  });

  it('reads the columns and warnings of a report', () => {
    const report = {
      mapping: { date: 'When' },
      columns: [],
      source: undefined,
      warnings: [issue],
    } as unknown as SubmissionReportDto;
    const parts = outcomeParts({ kind: 'report', status: 200, report });
    expect(parts.report).toBe(report);
    expect(parts.rejected).toBeNull();
    expect(parts.mapping).toEqual({ date: 'When' });
    expect(parts.readings).toEqual([]);
    expect(parts.source).toBeNull();
    expect(parts.warnings).toEqual([issue]);
  });

  it('reads what a refusal says of the columns, without warnings when it gives none', () => {
    const body: UploadRejected = {
      error: { code: 'ROWS_INVALID', message: 'Rows were invalid' },
      issues: [issue],
      mapping: { date: null },
    };
    const parts = outcomeParts({ kind: 'rejected', status: 422, body });
    expect(parts.report).toBeNull();
    expect(parts.rejected).toBe(body);
    expect(parts.mapping).toEqual({ date: null });
    expect(parts.readings).toBeNull();
    expect(parts.warnings).toEqual([]);
    expect(
      outcomeParts({ kind: 'rejected', status: 422, body: { ...body, warnings: [issue] } })
        .warnings,
    ).toEqual([issue]);
  });
});

describe('the upload page text', () => {
  it('keeps each header once, in the order first seen', () => {
    expect(mergeHeaders(['Date', 'Type'], ['Type', 'Who', 'Date', 'Notes'])).toEqual([
      'Date',
      'Type',
      'Who',
      'Notes',
    ]);
  });

  it('says how the file was read, a tab by name, and when it changes nothing', () => {
    expect(readAsText({ format: 'csv', encoding: 'utf-8', delimiter: ';' }, false)).toBe(
      'CSV, utf-8, separated by “;”',
    );
    expect(readAsText({ format: 'csv', encoding: null, delimiter: '\t' }, false)).toBe(
      'CSV, separated by “tab”',
    );
    expect(readAsText({ format: 'xlsx', encoding: null, delimiter: null }, true)).toBe(
      'XLSX · identical to the current version: nothing to store',
    );
  });
});
