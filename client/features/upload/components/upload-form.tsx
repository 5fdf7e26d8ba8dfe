// The upload form: the agency, its kind, the file and the "Check the file" button, with the progress of a check or a store.
import type { AgencyKind } from '../../../../server/contract/common';
import { AGENCY_KIND_LABELS, AGENCY_KINDS } from '../../../shared/lib/agencies';
import { ProgressBar } from '../../../shared/ui';
import { FileDrop } from './file-drop';
import type { Phase } from './use-upload';

export function UploadForm({
  lockedAgency,
  knownAgencies,
  agency,
  kind,
  file,
  phase,
  progress,
  busy,
  checked,
  checkedBefore,
  stale,
  onAgency,
  onKind,
  onFile,
  onCheck,
}: {
  /** A submitter's own agency, which they cannot change; null for anyone else. */
  lockedAgency: string | null;
  knownAgencies: ReadonlyMap<string, AgencyKind>;
  agency: string;
  kind: AgencyKind | '';
  file: File | null;
  phase: Phase;
  progress: number;
  busy: boolean;
  /** The file as it is now has passed a check: checking again is no longer the main action. */
  checked: boolean;
  /** A check has run before: the button checks again. */
  checkedBefore: boolean;
  stale: boolean;
  onAgency: (value: string) => void;
  onKind: (value: string) => void;
  onFile: (file: File) => void;
  onCheck: () => void;
}) {
  return (
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
            onInput={(e) => onAgency(e.currentTarget.value)}
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
          <select name="agencyKind" value={kind} onChange={(e) => onKind(e.currentTarget.value)}>
            <option value="">Guess from the name</option>
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {AGENCY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <div class="span-3">
          <FileDrop file={file} disabled={busy} onFile={onFile} />
        </div>
        <div class="form-actions span-3">
          <button
            type="button"
            class={checked && !stale ? 'button' : 'button button-primary'}
            disabled={!file || !agency.trim() || busy}
            onClick={onCheck}
          >
            {checkedBefore ? 'Check again' : 'Check the file'}
          </button>
          {!agency.trim() && file ? (
            <span class="muted">Name the agency to check the file.</span>
          ) : null}
          {stale ? <span class="warn-text">The agency changed: check the file again.</span> : null}
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
  );
}
