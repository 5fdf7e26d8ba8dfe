import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgencyKind } from '../../../../server/contract/common';
import type { SubmissionReportDto } from '../../../../server/contract/submissions';
import { ColumnReadings } from '../components/column-readings';
import { FileDrop } from '../components/file-drop';
import { IssueTable } from '../../../shared/components/issue-table';
import { MappingEditor } from '../components/mapping-editor';
import { PreviewTable } from '../components/preview-table';
import { SourceChoice } from '../components/source-choice';
import { TypeMapEditor } from '../components/type-map-editor';
import { ErrorNote, ProgressBar } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, type ReviewDto } from '../../../shared/api/api';
import { AGENCY_KIND_LABELS, AGENCY_KINDS, isAgencyKind } from '../../../shared/lib/agencies';
import { formatCount } from '../../../shared/lib/dates';
import { reviewPath } from '../../../shared/lib/routes';
import { uploadChronology, type UploadOutcome } from '../lib/upload';

type Phase = 'idle' | 'checking' | 'checked' | 'storing' | 'stored';

export function UploadPage({ review, onStored }: { review: ReviewDto; onStored: () => void }) {
  const [submissions] = useResource(() => api.listSubmissions(review.id), [review.id]);
  // A submitter uploads for their own agency only: the name is theirs and cannot be changed.
  const lockedAgency = review.myRole === 'submitter' ? review.myAgency : null;
  const [agency, setAgency] = useState(lockedAgency ?? '');
  const [kind, setKind] = useState<AgencyKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [typeMap, setTypeMap] = useState<Record<string, string>>({});
  const [headers, setHeaders] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState(0);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);
  const [stale, setStale] = useState(false);
  const [sheet, setSheet] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const knownAgencies = new Map<string, AgencyKind>();
  for (const s of submissions.data ?? []) knownAgencies.set(s.agency, s.agencyKind);
  // A submitter's agency keeps the kind it was uploaded with last time.
  useEffect(() => {
    if (!lockedAgency || kind) return;
    const name = lockedAgency.toLocaleLowerCase('en-GB');
    const known = [...knownAgencies].find(([a]) => a.toLocaleLowerCase('en-GB') === name);
    if (known) setKind(known[1]);
  }, [submissions.data]);

  async function send(options: {
    dryRun: boolean;
    file?: File | null;
    mapping?: Record<string, string | null>;
    typeMap?: Record<string, string>;
    sheet?: string | null;
  }) {
    const chosen = options.file ?? file;
    if (!chosen || !agency.trim()) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setPhase(options.dryRun ? 'checking' : 'storing');
    setProgress(0);
    const result = await uploadChronology(
      {
        reviewId: review.id,
        agency: agency.trim(),
        agencyKind: kind || null,
        file: chosen,
        mapping: options.mapping ?? mapping,
        typeMap: options.typeMap ?? typeMap,
        dryRun: options.dryRun,
        sheet: options.sheet === undefined ? sheet : options.sheet,
      },
      setProgress,
      controller.signal,
    );
    if (controller.signal.aborted) return;
    setOutcome(result);
    setStale(false);
    if (result.kind === 'report') {
      const r = result.report;
      setHeaders((old) => merge(old, r.headers));
      setPhase(r.dryRun ? 'checked' : 'stored');
      if (!r.dryRun) onStored();
    } else {
      if (result.kind === 'rejected') {
        const b = result.body;
        setHeaders((old) => merge(old, b.headers ?? []));
      }
      setPhase('checked');
    }
  }

  function chooseFile(next: File) {
    setFile(next);
    setMapping({});
    setTypeMap({});
    setHeaders([]);
    setSheet(null);
    setOutcome(null);
    setPhase('idle');
    if (agency.trim())
      void send({ dryRun: true, file: next, mapping: {}, typeMap: {}, sheet: null });
  }

  /** Another sheet has other columns: the mapping starts again. */
  function chooseSheet(next: string) {
    setSheet(next);
    setMapping({});
    setHeaders([]);
    void send({ dryRun: true, mapping: {}, sheet: next });
  }

  function changeMapping(field: string, header: string | null) {
    changeMappings({ [field]: header });
  }

  function changeMappings(changes: Record<string, string | null>) {
    const next = { ...mapping, ...changes };
    setMapping(next);
    void send({ dryRun: true, mapping: next });
  }

  function changeTypeMap(word: string, code: string | null) {
    const next = { ...typeMap };
    if (code) next[word] = code;
    else delete next[word];
    setTypeMap(next);
    void send({ dryRun: true, typeMap: next });
  }

  const busy = phase === 'checking' || phase === 'storing';
  const report = outcome?.kind === 'report' ? outcome.report : null;
  const rejected = outcome?.kind === 'rejected' ? outcome.body : null;
  const shownMapping = report?.mapping ?? rejected?.mapping ?? null;
  const readings = report?.columns ?? rejected?.columns ?? null;
  const source = report?.source ?? rejected?.source ?? null;

  return (
    <main class="page">
      <div class="page-head">
        <div>
          <h1>Upload a chronology</h1>
          <p class="lead">
            Check an agency’s file first: nothing is stored until you confirm. CSV (comma, semicolon
            or tab; UTF-8, UTF-16 or Windows-1252), JSON, an Excel workbook (.xlsx) or a table in a
            Word document (.docx). The{' '}
            <a href="/api/template.csv" download>
              CSV template
            </a>{' '}
            lists the columns we read.
          </p>
        </div>
      </div>

      <section class="panel upload-form">
        <div class="form-grid">
          <label>
            Agency
            <input
              name="agency"
              list={lockedAgency ? undefined : 'known-agencies'}
              value={agency}
              maxLength={200}
              required
              readOnly={lockedAgency !== null}
              aria-describedby={lockedAgency ? 'agency-locked' : undefined}
              placeholder="e.g. Dyfed-Powys Police"
              onInput={(e) => {
                if (lockedAgency) return;
                const value = e.currentTarget.value;
                setAgency(value);
                const known = knownAgencies.get(value.trim());
                if (known) setKind(known);
                if (file) setStale(true);
              }}
            />
            {lockedAgency ? (
              <span id="agency-locked" class="muted small">
                Your role in this review is to upload for this agency.
              </span>
            ) : null}
            <datalist id="known-agencies">
              {[...knownAgencies.keys()].map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </label>
          <label>
            Kind of agency
            <select
              name="agencyKind"
              value={kind}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setKind(isAgencyKind(value) ? value : '');
                if (file) setStale(true);
              }}
            >
              <option value="">Guess from the name</option>
              {AGENCY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {AGENCY_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <div class="span-3">
            <FileDrop file={file} disabled={busy} onFile={chooseFile} />
          </div>
          <div class="form-actions span-3">
            <button
              type="button"
              class={report?.dryRun && !stale ? 'button' : 'button button-primary'}
              disabled={!file || !agency.trim() || busy}
              onClick={() => void send({ dryRun: true })}
            >
              {outcome ? 'Check again' : 'Check the file'}
            </button>
            {!agency.trim() && file ? (
              <span class="muted">Name the agency to check the file.</span>
            ) : null}
            {stale ? (
              <span class="warn-text">The agency changed: check the file again.</span>
            ) : null}
          </div>
        </div>
        {busy ? (
          progress < 1 ? (
            <ProgressBar
              fraction={progress}
              label={phase === 'storing' ? 'Uploading' : 'Sending for a check'}
            />
          ) : (
            <p class="muted" role="status">
              {phase === 'storing' ? 'Storing the rows…' : 'Reading the rows…'}
            </p>
          )
        ) : null}
      </section>

      {source && phase !== 'stored' ? (
        <section class="panel">
          <SourceChoice source={source} disabled={busy} onChooseSheet={chooseSheet} />
        </section>
      ) : null}

      {outcome?.kind === 'failed' ? (
        <ErrorNote error={outcome.error} title="The file could not be checked." />
      ) : null}

      {phase === 'stored' && report ? <StoredNote review={review} report={report} /> : null}

      {rejected ? (
        <section class="panel">
          <h2>Nothing was stored: {rejected.error.message}</h2>
          <p>
            Fix these rows in the file (or choose the right columns below) and check again. Rows
            count like a spreadsheet: the header is row 1.
          </p>
          <IssueTable issues={rejected.issues} label="Row errors" />
        </section>
      ) : null}

      {report && report.dryRun ? (
        <section class="panel">
          <div class="panel-head">
            <h2>
              Checked: {formatCount(report.submission.eventCount, 'row')} ready to store as version{' '}
              {report.submission.version} of {report.submission.agency}
            </h2>
            <button
              type="button"
              class="button-primary"
              disabled={busy || stale || report.unchanged}
              onClick={() => void send({ dryRun: false })}
            >
              Store version {report.submission.version}
            </button>
          </div>
          <p class="muted small">
            {report.submission.format.toUpperCase()}
            {report.submission.encoding ? `, ${report.submission.encoding}` : ''}
            {report.submission.delimiter
              ? `, separated by “${report.submission.delimiter === '\t' ? 'tab' : report.submission.delimiter}”`
              : ''}
            {report.unchanged ? ' · identical to the current version: nothing to store' : ''}
          </p>
        </section>
      ) : null}

      {readings && phase !== 'stored' ? (
        <section class="panel">
          <h2>How each column was read</h2>
          <p class="muted small">
            From each column’s header words and what its cells look like. Change “Read as” where it
            is wrong; the check runs again with your choice.
          </p>
          <ColumnReadings readings={readings} disabled={busy} onChange={changeMappings} />
        </section>
      ) : null}

      {shownMapping && phase !== 'stored' ? (
        <div class="upload-columns">
          <section class="panel">
            <h2>Columns</h2>
            <MappingEditor
              mapping={shownMapping}
              headers={headers}
              disabled={busy}
              onChange={changeMapping}
            />
          </section>
          <section class="panel">
            <h2>Warnings (the rows are kept)</h2>
            {(report?.warnings.length ?? rejected?.warnings?.length ?? 0) > 0 ? (
              <IssueTable issues={report?.warnings ?? rejected?.warnings ?? []} label="Warnings" />
            ) : (
              <p class="muted">None.</p>
            )}
          </section>
        </div>
      ) : null}

      {shownMapping && phase !== 'stored' ? (
        <section class="panel">
          <h2>Event types</h2>
          <TypeMapEditor
            checked={report !== null}
            readings={report?.typeReadings ?? []}
            wordCount={report?.typeWordCount ?? 0}
            suggestions={report?.typeSuggestions ?? {}}
            typeMap={typeMap}
            disabled={busy || !report}
            onChange={changeTypeMap}
          />
        </section>
      ) : null}

      {report && report.dryRun && report.preview.length > 0 ? (
        <section class="panel">
          <h2>Preview</h2>
          <PreviewTable rows={report.preview} total={report.submission.eventCount} />
        </section>
      ) : null}
    </main>
  );
}

function StoredNote({ review, report }: { review: ReviewDto; report: SubmissionReportDto }) {
  const s = report.submission;
  return (
    <section class="panel note-ok" role="status">
      <h2>
        {report.unchanged
          ? `Unchanged: this file is already version ${s.version} of ${s.agency}; nothing was stored.`
          : `Stored version ${s.version} of ${s.agency}: ${formatCount(s.eventCount, 'event')}, ${formatCount(s.warningCount, 'warning')}.`}
      </h2>
      <p>
        <a class="button button-primary" href={reviewPath(review.id, 'timeline')}>
          Open the merged timeline
        </a>{' '}
        <a class="button" href={reviewPath(review.id)}>
          Review overview
        </a>{' '}
        <span class="muted">or choose another agency’s file above.</span>
      </p>
    </section>
  );
}

function merge(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
