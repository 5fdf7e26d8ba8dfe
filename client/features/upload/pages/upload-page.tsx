import type { ReviewDto } from '../../../shared/api/api';
import { IssueTable } from '../../../shared/components/issue-table';
import { ErrorNote } from '../../../shared/ui';
import { CheckedSummary } from '../components/checked-summary';
import { ColumnReadings } from '../components/column-readings';
import { MappingEditor } from '../components/mapping-editor';
import { PreviewTable } from '../components/preview-table';
import { SourceChoice } from '../components/source-choice';
import { StoredNote } from '../components/stored-note';
import { TypeMapEditor } from '../components/type-map-editor';
import { UploadForm } from '../components/upload-form';
import { useUpload } from '../components/use-upload';
import { outcomeParts } from '../lib/upload-outcome';

/**
 * Uploading an agency's chronology: check the file (as often as the columns and types need),
 * then store it as the agency's next version.
 */
export function UploadPage({ review, onStored }: { review: ReviewDto; onStored: () => void }) {
  const upload = useUpload(review, onStored);
  const { phase, busy, stale, outcome, send, chooseSheet, changeMappings } = upload;
  const {
    report,
    rejected,
    mapping: shownMapping,
    readings,
    source,
    warnings,
  } = outcomeParts(outcome);

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

      <UploadForm
        lockedAgency={upload.lockedAgency}
        knownAgencies={upload.knownAgencies}
        agency={upload.agency}
        kind={upload.kind}
        file={upload.file}
        phase={phase}
        progress={upload.progress}
        busy={busy}
        checked={report?.dryRun ?? false}
        checkedBefore={outcome !== null}
        stale={stale}
        onAgency={upload.typeAgency}
        onKind={upload.chooseKind}
        onFile={upload.chooseFile}
        onCheck={() => void send({ dryRun: true })}
      />

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
        <CheckedSummary
          report={report}
          disabled={busy || stale}
          onStore={() => void send({ dryRun: false })}
        />
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
              headers={upload.headers}
              disabled={busy}
              onChange={(field, header) => changeMappings({ [field]: header })}
            />
          </section>
          <section class="panel">
            <h2>Warnings (none stops the upload)</h2>
            {warnings.length > 0 ? (
              <IssueTable issues={warnings} label="Warnings" />
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
            typeMap={upload.typeMap}
            disabled={busy || !report}
            onChange={upload.changeTypeMap}
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
