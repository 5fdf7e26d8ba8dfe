import type { AgencyKind, RowIssueDto } from '../../../../server/contract/common';
import type {
  ColumnReadingDto,
  SubmissionReportDto,
  TableOriginDto,
} from '../../../../server/contract/submissions';
import { refreshSession, toApiError, type ApiError } from '../../../shared/api/api';
import { csrfToken, endSession } from '../../../shared/lib/session';

export interface UploadRequest {
  reviewId: string;
  agency: string;
  agencyKind: AgencyKind | null;
  file: File;
  mapping: Record<string, string | null>;
  typeMap: Record<string, string>;
  dryRun: boolean;
  /** Excel only: the sheet to read instead of the one the server finds. */
  sheet?: string | null;
}

/** 422: rows were invalid and nothing was stored. */
export interface UploadRejected {
  error: { code: string; message: string };
  issues: RowIssueDto[];
  /** The file's headers, when it could be read as a table. */
  headers?: string[];
  mapping?: Record<string, string | null>;
  warnings?: RowIssueDto[];
  /** Each column: what it was read as, why and how sure. */
  columns?: ColumnReadingDto[];
  /** Excel and Word: the sheet or tables read. */
  source?: TableOriginDto;
}

export type UploadOutcome =
  | { kind: 'report'; status: number; report: SubmissionReportDto }
  | { kind: 'rejected'; status: 422; body: UploadRejected }
  | { kind: 'failed'; error: ApiError };

/**
 * POST /api/reviews/:id/submissions through XMLHttpRequest, because fetch cannot report upload
 * progress and a 20 MB chronology on a slow link takes long enough to need a bar. It carries
 * the session's CSRF token like every other change (shared/api/http.ts); a 401 ends the session.
 */
export async function uploadChronology(
  request: UploadRequest,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadOutcome> {
  let outcome = await sendOnce(request, onProgress, signal);
  // A stale token (the user signed in again in another tab): fetch the current one, once.
  if (
    outcome.kind === 'failed' &&
    outcome.error.code === 'CROSS_SITE_REQUEST' &&
    !signal?.aborted &&
    (await refreshSession())
  ) {
    outcome = await sendOnce(request, onProgress, signal);
  }
  if (outcome.kind === 'failed' && outcome.error.status === 401) endSession('expired');
  return outcome;
}

function sendOnce(
  request: UploadRequest,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadOutcome> {
  const form = new FormData();
  form.append('agency', request.agency);
  if (request.agencyKind) form.append('agencyKind', request.agencyKind);
  if (Object.keys(request.mapping).length > 0)
    form.append('mapping', JSON.stringify(request.mapping));
  if (Object.keys(request.typeMap).length > 0)
    form.append('typeMap', JSON.stringify(request.typeMap));
  if (request.dryRun) form.append('dryRun', 'true');
  if (request.sheet) form.append('sheet', request.sheet);
  // The file last: multipart fields after it would only be read once the whole file has arrived.
  form.append('file', request.file, request.file.name);

  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/reviews/${encodeURIComponent(request.reviewId)}/submissions`);
    xhr.setRequestHeader('accept', 'application/json');
    const token = csrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status === 200 || xhr.status === 201) {
        resolve({ kind: 'report', status: xhr.status, report: body as SubmissionReportDto });
      } else if (xhr.status === 422 && body && typeof body === 'object' && 'issues' in body) {
        resolve({ kind: 'rejected', status: 422, body: body as UploadRejected });
      } else {
        resolve({
          kind: 'failed',
          error: toApiError(xhr.status, body, xhr.getResponseHeader('retry-after')),
        });
      }
    };
    const fail = (message: string) => () =>
      resolve({ kind: 'failed', error: toApiError(0, { error: { code: 'NETWORK', message } }) });
    xhr.onerror = fail('The upload did not reach the server. Check the connection and try again.');
    xhr.onabort = fail('The upload was cancelled.');
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
